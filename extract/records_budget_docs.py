"""Records of the SAKIP budget documents: LRA lines, DPA / DPA Perubahan lines, multi-year budget matrices.

* :func:`lra_lines` — a Laporan Realisasi Anggaran (kode, uraian, anggaran, realisasi, %, the prior
  year's realisasi); the level follows the account code's depth (``2`` akun, ``2.1`` kelompok …).
* :func:`dpa_lines` — a DPA or DPA Perubahan: its code cells (urusan, bidang, program, kegiatan, sub
  kegiatan) joined into one ``kode``, the budget before, after and the change; then the months of its
  Rencana Penarikan Dana (level ``bulan``, Jumlah ``total``) when the table carries them.
* :func:`budget_year_lines` — a table of one line over several years (a Renstra's anggaran / realisasi
  2020–2024, or its target and pagu indikatif per year): one :class:`~lkjip.model.BudgetLine` per line
  and year, ``tahun`` set.

Cells are read by the table's column formats (:class:`~lkjip.extract.records.Sink`), so English
separators, parentheses and spreadsheet errors are handled and recorded as everywhere else.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from lkjip.extract.classify import FoundTable, head_years, header_rows
from lkjip.extract.document import TableRow
from lkjip.extract.headers import Column, build_columns, contains_any
from lkjip.extract.records import Rule, Sink, _cell, _prov, _text, map_columns
from lkjip.model import BudgetLine, DpaLine, LraLine, Provenance

_KODE_TEXT = re.compile(r"^(no\.?( urut)?|nomor|kode( rekening)?)$", re.I)
_TOTAL = re.compile(r"^\s*(jumlah|total)\b", re.I)
_NO_NUMBER = {"", "-", "–"}


def _money(sink: Sink, row: TableRow, col: int | None, prov: Provenance, kind: str = "money") -> Decimal | None:
    raw = _cell(row, col)
    return None if raw is None or raw.strip() in _NO_NUMBER else sink.value(raw, kind, prov, col)


# --- LRA ------------------------------------------------------------------------------------------------

LRA_RULES: list[Rule] = [
    ("kode", lambda c: _KODE_TEXT.match(c.text.strip()) is not None),
    ("persen", lambda c: c.has("%", "persen")),
    ("uraian", lambda c: c.has("uraian")),
    ("anggaran", lambda c: c.has("anggaran") and not c.has("realisasi")),
]
LRA_LEVELS = ("akun", "kelompok", "jenis", "objek", "rincian")
_SURPLUS = re.compile(r"surplus|defisit", re.I)
_PEMBIAYAAN = re.compile(r"pembiayaan|silpa", re.I)


def _realisasi_columns(columns: list[Column]) -> tuple[int | None, int | None]:
    """(this year's realisasi column, the prior year's) — the later year is this year's."""
    real = sorted((c for c in columns if c.has("realisasi")), key=lambda c: c.year or 0, reverse=True)
    this = real[0].index if real else None
    prior = real[1].index if len(real) > 1 and real[1].year != real[0].year else None
    return this, prior


def lra_kode(raw: str | None) -> str | None:
    """"2 . 1 . 1" → "2.1.1"."""
    return re.sub(r"\s+", "", raw) if raw and re.fullmatch(r"[\d\s.]+", raw) else None


def lra_level(kode: str | None, uraian: str) -> str | None:
    if kode:
        return LRA_LEVELS[min(kode.strip(".").count("."), len(LRA_LEVELS) - 1)]
    if _SURPLUS.search(uraian):
        return "surplus"
    return "pembiayaan" if _PEMBIAYAAN.search(uraian) else None


def lra_lines(ft: FoundTable, sink: Sink) -> list[LraLine]:
    sink.begin(ft)
    cols = map_columns(ft.columns, LRA_RULES)
    real, prior = _realisasi_columns(ft.columns)
    out: list[LraLine] = []
    for row in ft.body:
        prov = _prov(ft, row)
        uraian = _text(_cell(row, cols.get("uraian")))
        amounts = {f: _money(sink, row, i, prov) for f, i in
                   (("anggaran", cols.get("anggaran")), ("realisasi", real), ("realisasi_lalu", prior))}
        if not uraian or all(v is None for v in amounts.values()):
            continue
        kode = lra_kode(_cell(row, cols.get("kode")))
        out.append(LraLine(source_table=ft.label, line_no=len(out) + 1, kode=kode, level=lra_level(kode, uraian),
                           uraian=uraian, persen=_money(sink, row, cols.get("persen"), prov, "percent"),
                           source=prov, **amounts))
    return out


# --- DPA / DPA Perubahan --------------------------------------------------------------------------------

DPA_LEVELS = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
_KODE_CELL = re.compile(r"^\d{1,2}(?:\.\d{1,4})*$")
_PENARIKAN = re.compile(r"rencana\s*penarikan\s*dana", re.I)
_MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember")
PENARIKAN_LABEL = "Rencana Penarikan Dana per Bulan"


def _leafish(c: Column, *words: str) -> bool:
    return contains_any((c.leaf or c.group).casefold(), words)


def _dpa_columns(columns: list[Column]) -> dict[str, int]:
    """uraian, sebelum, sesudah, selisih and anggaran columns of a DPA header (the Jumlah leaf of a group)."""
    out: dict[str, int] = {}
    for c in columns:
        if "uraian" not in out and c.has("uraian"):
            out["uraian"] = c.index
        elif c.has("bertambah", "berkurang", "selisih"):
            out.setdefault("selisih", c.index)
        elif c.has("sebelum") and _leafish(c, "jumlah", "sebelum"):
            out["sebelum"] = c.index  # the last one: "Jumlah (Sebelum)" after its parts
        elif c.has("sesudah") and _leafish(c, "jumlah", "sesudah"):
            out["sesudah"] = c.index
        elif "anggaran" not in out and (c.has("anggaran", "pagu") or c.leaf.strip().casefold() in ("t", "jumlah")):
            out["anggaran"] = c.index
    return out


def _code_columns(ft: FoundTable, uraian: int | None) -> list[int]:
    """The columns left of Uraian whose cells are codes ("2", "16", "1.02")."""
    if uraian is None:
        return []
    rows = [r.cells for r in ft.body if len(r.cells) > uraian and r.cells[uraian].strip()]
    out = []
    for i in range(uraian):
        vals = [r[i].strip() for r in rows if r[i].strip()]
        if vals and sum(bool(_KODE_CELL.match(v)) for v in vals) >= 0.8 * len(vals):
            out.append(i)
    return out


def dpa_level(kode: str | None, uraian: str) -> str | None:
    """Level from the code: one part per code cell ("2 16 01 1.02 01"), else from a dotted code's parts."""
    if not kode:
        return "total" if _TOTAL.match(uraian) else None
    parts = kode.split()
    if len(parts) == 1:
        dotted = {1: 0, 2: 1, 3: 2, 4: 3, 5: 3, 6: 4}
        return DPA_LEVELS[dotted.get(len(kode.strip(".").split(".")), 4)]
    return DPA_LEVELS[min(len(parts), len(DPA_LEVELS)) - 1]


def _is_column_numbers(uraian: str) -> bool:
    return bool(re.fullmatch(r"[\d\s=()+\-]*", uraian))


def full_columns(ft: FoundTable, more: int = 3) -> list[Column]:
    """The table's columns, from its header with the header rows left in its body (``T-1 | T(Sebelum)``)."""
    head = header_rows(ft.head, [r.cells for r in ft.body], more=more)
    return ft.columns if len(head) == len(ft.head) else build_columns(head, ft.table.n_cols)


def dpa_lines(ft: FoundTable, sink: Sink) -> list[DpaLine]:
    sink.begin(ft)
    cols = _dpa_columns(full_columns(ft))
    codes = _code_columns(ft, cols.get("uraian"))
    out: list[DpaLine] = []
    for k, row in enumerate(ft.body):
        if _PENARIKAN.search(" ".join(row.cells[:3])):
            out.extend(penarikan_lines(ft, ft.body[k + 1:], sink, start=len(out)))
            break
        line = _dpa_line(ft, row, cols, codes, sink, len(out) + 1)
        if line is not None:
            out.append(line)
    return out


def _dpa_line(ft: FoundTable, row: TableRow, cols: dict[str, int], codes: list[int], sink: Sink,
              line_no: int) -> DpaLine | None:
    prov = _prov(ft, row)
    uraian = _text(_cell(row, cols.get("uraian")))
    if not uraian or _is_column_numbers(uraian):
        return None
    kode = " ".join(c for i in codes if (c := _cell(row, i))) or None
    amounts = {f: _money(sink, row, cols.get(f), prov) for f in ("anggaran", "sebelum", "sesudah", "selisih")}
    if amounts["anggaran"] is None or "sesudah" in cols:
        amounts["anggaran"] = amounts["sesudah"]  # a DPPA's effective budget is its "sesudah"
    return DpaLine(source_table=ft.label, line_no=line_no, kode=kode, level=dpa_level(kode, uraian), uraian=uraian,
                   source=prov, **amounts)


def _month(cells: list[str]) -> str | None:
    first = " ".join(c for c in cells[:2] if c.strip()).strip()
    if first.casefold() in _MONTHS or _TOTAL.match(first):
        return first
    return None


def penarikan_lines(ft: FoundTable, rows: list[TableRow], sink: Sink, start: int = 0) -> list[DpaLine]:
    """The months of a Rencana Penarikan Dana and its Jumlah: the first amount printed on each row."""
    out: list[DpaLine] = []
    for row in rows:
        name = _month(row.cells)
        if name is None:
            continue
        prov = _prov(ft, row).model_copy(update={"table": PENARIKAN_LABEL})
        raw = next((c for c in row.cells[1:] if re.search(r"\d", c)), None)
        amount = sink.value(raw, "money", prov) if raw else None
        out.append(DpaLine(source_table=PENARIKAN_LABEL, line_no=start + len(out) + 1, uraian=name,
                           level="total" if _TOTAL.match(name) else "bulan", anggaran=amount, source=prov))
    return out


# --- multi-year budget matrices ---------------------------------------------------------------------------

_ROLE_WORDS = (("persen", ("rasio", "%", "persen")), ("realisasi", ("realisasi",)),
               ("anggaran", ("pagu", "anggaran")), ("target", ("target",)))


def _role(texts: list[str]) -> str | None:
    """What a column holds, from its header texts read bottom-up (the leaf decides before its group)."""
    for t in texts:
        t = t.casefold()
        for role, words in _ROLE_WORDS:
            if contains_any(t, words):
                return role
    return None


def _filled_right(row: list[str], n: int) -> list[str]:
    out, cur = [], ""
    for i in range(n):
        c = row[i].strip() if i < len(row) else ""
        cur = c or cur
        out.append(cur)
    return out


def year_columns(head: list[list[str]], n_cols: int) -> dict[int, tuple[int, str]]:
    """Column → (year, role) for every column of a multi-year header that has both."""
    years = head_years(head)
    groups = [_filled_right(r, n_cols) for r in head]
    out: dict[int, tuple[int, str]] = {}
    for i, y in years.items():
        texts = [r[i] for r in reversed(head) if i < len(r) and r[i].strip()] + [g[i] for g in reversed(groups)]
        role = _role(texts)
        if role:
            out[i] = (y, role)
    return out


_GROWTH = ("pertumbuhan", "growth")


def growth_columns(head: list[list[str]], n_cols: int) -> dict[int, str]:
    """Column → ``anggaran`` / ``realisasi`` for the yearless columns of a multi-year header printing the
    line's average growth ("Rata-rata Pertumbuhan" over "Anggaran" and "Realisasi")."""
    years = head_years(head)
    groups = [_filled_right(r, n_cols) for r in head]
    out: dict[int, str] = {}
    for i in range(n_cols):
        if i in years:
            continue
        texts = [r[i] for r in reversed(head) if i < len(r) and r[i].strip()] + [g[i] for g in reversed(groups)]
        if not any(contains_any(t.casefold(), _GROWTH) for t in texts):
            continue
        role = _role([t for t in texts if not contains_any(t.casefold(), _GROWTH)])
        if role in ("anggaran", "realisasi") and role not in out.values():
            out[i] = role
    return out


_LEVEL_WORDS = re.compile(r"^\W*(?:[\d.]+\s+)?(program|kegiatan|sub\s*kegiatan)\b", re.I)
_PROGRAM_CAPS = re.compile(r"\b(PROGRAM)\b")  # a program's name printed in capitals after its code cells
_DOTTED = re.compile(r"(?<![\d.])(\d{2}(?:\.\d{1,4}){1,3})(?![\d.])")


def year_line_level(uraian: str) -> str | None:
    """total (JUMLAH), program (named so), kegiatan / sub kegiatan by a dotted code's parts ("01.2.01",
    "01.2.01.0001"); else unknown."""
    if _TOTAL.match(uraian):
        return "total"
    m = _LEVEL_WORDS.match(uraian) or _PROGRAM_CAPS.search(uraian)
    if m:
        return m.group(1).casefold().replace(" ", "_").replace("subkegiatan", "sub_kegiatan")
    code = _DOTTED.search(uraian)
    if code:
        return {2: "kegiatan", 3: "sub_kegiatan"}.get(code.group(1).count("."))
    return None


def _name_columns(ft: FoundTable, years: dict) -> tuple[list[int], int | None]:
    """(the name columns left of the first year column, the indikator column)."""
    first = min(years) if years else ft.table.n_cols
    ind = next((c.index for c in ft.columns if c.index < first and c.has("indikator")), None)
    names = [c.index for c in ft.columns if c.index < first and c.index != ind and not c.has("satuan", "baseline")]
    return names, ind


def budget_year_lines(ft: FoundTable, sink: Sink) -> list[BudgetLine]:
    sink.begin(ft)
    head = header_rows(ft.head, [r.cells for r in ft.body])
    years = year_columns(head, ft.table.n_cols)
    names, ind = _name_columns(ft, years)
    growth = growth_columns(head, ft.table.n_cols)
    out: list[BudgetLine] = []
    pending: str | None = None
    for n, row in enumerate(ft.body[len(head) - len(ft.head):], start=1):
        name = _text(" ".join(c for i in names if (c := _cell(row, i)))) or ""
        lines = _year_values(ft, row, years, sink)
        if not lines:
            pending = name or pending  # a name row above its indicator row (target and pagu matrices)
            continue
        uraian = pending if pending and ind is not None else name
        pending = None
        rates = {f"pertumbuhan_{role}": _money(sink, row, i, _prov(ft, row), "percent") for i, role in growth.items()}
        for y, vals in sorted(lines.items()):
            out.append(BudgetLine(source_table=ft.label, line_no=n, level=year_line_level(uraian), uraian=uraian,
                                  tahun=y, output_uraian=_text(_cell(row, ind)), source=_prov(ft, row), **vals,
                                  **rates))
    return out


_YEAR_FIELD = {"anggaran": ("anggaran", "money"), "realisasi": ("realisasi", "money"),
               "persen": ("persen", "percent"), "target": ("output_target", "quantity")}


def _year_values(ft: FoundTable, row: TableRow, years: dict[int, tuple[int, str]], sink: Sink) -> dict[int, dict]:
    """Year → the fields a row prints for it (a row printing no amount gives nothing)."""
    prov = _prov(ft, row)
    out: dict[int, dict] = {}
    for i, (y, role) in years.items():
        raw = _cell(row, i)
        if raw is None:
            continue
        field, kind = _YEAR_FIELD[role]
        rec = out.setdefault(y, {})
        rec[field] = None if raw.strip() in _NO_NUMBER else sink.value(raw, kind, prov, i)
        if role == "target":
            rec["output_target_text"] = raw
    return {y: v for y, v in out.items() if any(v.get(f) is not None for f in ("anggaran", "realisasi"))}

"""Typed records of the SAKIP target documents: IKU and RKT indicator targets, Renja lines, Rencana Aksi and
Evaluasi Renja quarters.

Cells are read through the same :class:`~lkjip.extract.records.Sink` as every other table, so each column's
number format is decided from the column itself (a Renja pagu printed "(Rp. 000)" is scaled to rupiah, with a
warning). A quarterly header runs over more rows than the table finder's header takes ("Triwulan" /
"I II III IV" / "K Rp"): :func:`quarter_columns` reads it from the table's own first rows.
"""

from __future__ import annotations

import regex as re
from pydantic import BaseModel

from lkjip.extract.classify import FoundTable
from lkjip.extract.document import TableRow
from lkjip.extract.headers import Column, is_header_like, is_numbering_row
from lkjip.extract.records import Rule, Sink, _cell, _prov, _text, map_columns
from lkjip.extract.records_pk import pk_targets
from lkjip.model import (
    BudgetLevel,
    BudgetLine,
    IndicatorTarget,
    ParseWarning,
    QuarterlyProgress,
    RencanaAksiRow,
    RenjaLine,
)

# --- IKU / RKT -------------------------------------------------------------------


def indicator_targets(ft: FoundTable, sink: Sink, document_type: str, year: int | None) -> list[IndicatorTarget]:
    """An IKU or RKT indicator table: sasaran, indikator, satuan and target (an IKU may print no target)."""
    return [IndicatorTarget(document_type=document_type, source_table=ft.label, sasaran=t.sasaran,
                            indikator=t.indikator, satuan=t.satuan, tahun=year, target=t.target,
                            target_text=t.target_text, source=t.source)
            for t in pk_targets(ft, sink)]


# --- Renja -----------------------------------------------------------------------

RENJA_RULES: list[Rule] = [
    ("kode", lambda c: re.fullmatch(r"no\.?|nomor|kode( rekening)?", c.leaf.strip().casefold()) is not None),
    ("pagu", lambda c: c.has("pagu", "anggaran", "(rp") and not c.has("prakiraan", "maju")),
    ("target", lambda c: c.has("target", where="leaf")),
    ("lokasi", lambda c: c.has("lokasi")),
    ("indikator", lambda c: c.has("indikator", "tolok ukur")),
    ("keluaran", lambda c: c.has("keluaran", "output")),
    ("uraian", lambda c: c.has("program", "kegiatan", "uraian")),
]
_PROGRAM = re.compile(r"^\s*program\b", re.I)


def _segments(kode: str | None) -> int:
    return len([s for s in (kode or "").strip(". ").split(".") if s.strip()])


def _renja_level(kode: str | None, uraian: str, deepest: int) -> BudgetLevel | None:
    """A program by its name; a kegiatan by the longest dotted code of its table."""
    if _PROGRAM.match(uraian):
        return "program"
    return "kegiatan" if deepest > 1 and _segments(kode) == deepest else None


def renja_lines(ft: FoundTable, sink: Sink) -> list[RenjaLine]:
    """A Renja's programs and kegiatan: code, indicator and target, lokasi, pagu (scaled when in thousands)."""
    sink.begin(ft)
    cols = map_columns(ft.columns, RENJA_RULES)
    deepest = max((_segments(_cell(r, cols.get("kode"))) for r in ft.body), default=0)
    out: list[RenjaLine] = []
    for row in ft.body:
        uraian, raw_pagu = _text(_cell(row, cols.get("uraian"))), _cell(row, cols.get("pagu"))
        if not uraian:
            continue
        prov, kode = _prov(ft, row), _cell(row, cols.get("kode"))
        raw_t = _cell(row, cols.get("target"))
        t = sink.num(raw_t, "target", prov, cols.get("target"))
        out.append(RenjaLine(
            source_table=ft.label, line_no=len(out) + 1, kode=kode, level=_renja_level(kode, uraian, deepest),
            uraian=uraian, indikator=_text(_cell(row, cols.get("indikator")) or _cell(row, cols.get("keluaran"))),
            target=t.value if t else None, target_text=raw_t, satuan=t.satuan if t else None,
            pagu=sink.value(raw_pagu, "money", prov, cols.get("pagu")), lokasi=_text(_cell(row, cols.get("lokasi"))),
            source=prov))
    return out


# --- quarterly tables (Rencana Aksi, Evaluasi Renja) -------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_IN = re.compile(r"(?:triwulan|tw)\.?\s*-?\s*(iv|i{1,3}|[1-4])\b", re.I)
_QUARTER_ALONE = re.compile(r"^\s*(?:triwulan\s*|tw\.?\s*)?(iv|i{1,3}|[1-4])\s*$", re.I)
_MONEY_HEAD = re.compile(r"^\s*rp\.?\s*$|anggaran|pagu|\(rp|\bdana\b|keuangan", re.I)
_KINERJA_HEAD = re.compile(r"^\s*k\s*$|kinerja|target|realisasi|fisik|capaian", re.I)


class QuarterColumn(BaseModel):
    index: int
    triwulan: int | None  # None: the year's column (a yearly target or anggaran)
    money: bool  # Rp / anggaran, else kinerja / target


def _is_column_numbers(cells: list[str]) -> bool:
    """ "1 2 3 …", also with gaps where columns were left out ("2 3 7 8 … 14")."""
    return is_numbering_row(cells) or all(re.fullmatch(r"\s*\(?\d{1,2}\)?\s*", c) or not c.strip() for c in cells)


def header_zone(ft: FoundTable, limit: int = 8) -> tuple[list[list[str]], int]:
    """The table's leading header rows (also those the table finder left in the body; column-number rows
    skipped) and how many of the table's rows they take."""
    out: list[list[str]] = []
    n = 0
    for r in ft.table.rows[:limit]:
        if not _is_column_numbers(r.cells):
            if not is_header_like(r.cells):
                break
            out.append(r.cells)
        n += 1
    return out, n


def _carry(row: list[str]) -> list[int | None]:
    """The quarter each cell of one header row stands under: a quarter label spans the empty cells to its right."""
    out, current = [], None
    for c in row:
        if c.strip():
            m = _QUARTER_IN.search(c) or _QUARTER_ALONE.match(c)
            current = _ROMAN[m.group(1).casefold()] if m and not re.search(r"[-–]\s*(iv|i{1,3})\b", c, re.I) else None
        out.append(current)
    return out


def quarter_columns(ft: FoundTable) -> list[QuarterColumn]:
    """Every quarter column (and yearly target / anggaran column) of a quarterly table, from its header rows."""
    n = ft.table.n_cols
    rows = [list(r) + [""] * (n - len(r)) for r in header_zone(ft)[0]]
    carried = [_carry(r) for r in rows]
    out: list[QuarterColumn] = []
    for i in range(n):
        cells = [r[i].strip() for r in rows if r[i].strip()]
        leaf = cells[-1] if cells else ""
        quarter = next((q[i] for q in reversed(carried) if q[i] is not None), None)
        money = bool(_MONEY_HEAD.search(leaf))
        if quarter is None and not (money or re.search(r"target", leaf, re.I)):
            continue
        if money or _KINERJA_HEAD.search(leaf) or _QUARTER_IN.search(leaf) or _QUARTER_ALONE.match(leaf):
            out.append(QuarterColumn(index=i, triwulan=quarter, money=money))  # not a column the span ran over
    return out


QUARTERLY_TEXT_RULES: list[Rule] = [
    ("kode", lambda c: re.fullmatch(r"no\.?|nomor|kode( rekening)?", c.leaf.strip().casefold()) is not None),
    ("indikator", lambda c: c.has("indikator", "tolok ukur")),
    ("sasaran", lambda c: c.has("sasaran", "tujuan")),
    ("kegiatan", lambda c: c.has("rencana aksi", "aksi", "kegiatan", "program", "uraian", "urusan")),
]


def _text_columns(ft: FoundTable, quarters: list[QuarterColumn]) -> dict[str, int]:
    taken = {q.index for q in quarters}
    return map_columns([c for c in ft.columns if c.index not in taken], QUARTERLY_TEXT_RULES)


def _level(uraian: str) -> BudgetLevel | None:
    """Told apart only by letter case: a PROGRAM in capitals, the office's own total line in capitals."""
    if not uraian.isupper():
        return None
    return "program" if _PROGRAM.match(uraian) else "total"


def _data_rows(ft: FoundTable) -> list[TableRow]:
    """Body rows below the header rows the table finder left in the body."""
    head = {id(r) for r in ft.table.rows[: header_zone(ft)[1]]}
    return [r for r in ft.body if id(r) not in head]


def quarterly_progress(ft: FoundTable, sink: Sink) -> list[QuarterlyProgress]:
    """An Evaluasi Renja table: per line and quarter, the realised kinerja (K) and rupiah (Rp)."""
    sink.begin(ft)
    quarters = [q for q in quarter_columns(ft) if q.triwulan is not None]
    cols = _text_columns(ft, quarters)
    out: list[QuarterlyProgress] = []
    last = None
    for row in _data_rows(ft):
        indikator = _text(_cell(row, cols.get("indikator")))
        uraian = _text(_cell(row, cols.get("kegiatan"))) or (last if indikator else None)  # a 2nd indicator
        if not uraian:
            continue
        last = uraian
        prov = _prov(ft, row)
        for tw in sorted({q.triwulan for q in quarters}):
            k = next((q.index for q in quarters if q.triwulan == tw and not q.money), None)
            rp = next((q.index for q in quarters if q.triwulan == tw and q.money), None)
            raw_k, raw_rp = _cell(row, k), _cell(row, rp)
            if raw_k is None and raw_rp is None:
                continue
            pv = sink.num(raw_k, "target", prov, k)
            out.append(QuarterlyProgress(
                source_table=ft.label, kode=_cell(row, cols.get("kode")), level=_level(uraian), uraian=uraian,
                indikator=indikator, triwulan=tw,
                kinerja=pv.value if pv else None, kinerja_text=raw_k,
                rp=sink.value(raw_rp, "money", prov, rp), source=prov))
    return out


def rencana_aksi(ft: FoundTable, sink: Sink) -> list[RencanaAksiRow]:
    """A Rencana Aksi table: per indicator (or kegiatan) and quarter, its target and anggaran."""
    sink.begin(ft)
    quarters = quarter_columns(ft)
    cols = _text_columns(ft, quarters)
    out: list[RencanaAksiRow] = []
    last_sasaran = None
    for row in _data_rows(ft):
        indikator, kegiatan = _text(_cell(row, cols.get("indikator"))), _text(_cell(row, cols.get("kegiatan")))
        last_sasaran = _text(_cell(row, cols.get("sasaran"))) or last_sasaran
        if not (indikator or kegiatan):
            continue
        prov = _prov(ft, row)
        for tw in sorted({q.triwulan for q in quarters}, key=lambda t: (t is None, t or 0)):
            t_col = next((q.index for q in quarters if q.triwulan == tw and not q.money), None)
            a_col = next((q.index for q in quarters if q.triwulan == tw and q.money), None)
            raw_t, raw_a = _cell(row, t_col), _cell(row, a_col)
            if raw_t is None and raw_a is None:
                continue
            pv = sink.num(raw_t, "target", prov, t_col)
            out.append(RencanaAksiRow(
                source_table=ft.label, sasaran=last_sasaran, indikator=indikator, kegiatan=kegiatan, triwulan=tw,
                target=pv.value if pv else None, target_text=raw_t,
                anggaran=sink.value(raw_a, "money", prov, a_col), source=prov))
    return out


# --- a Realisasi column that stayed empty ---------------------------------------------


def empty_realisasi_warnings(lines: list[BudgetLine], found: list[FoundTable], year: int | None) -> list[ParseWarning]:
    """A budget table whose header prints a Realisasi column but none of whose lines received a realisasi:
    a reading failure (the column's values were lost), said out loud instead of a silent empty column."""
    out: list[ParseWarning] = []
    for ft in found:
        rows = [b for b in lines if b.source_table == ft.label]
        if not rows or not _has_realisasi_column(ft.columns, year) or any(b.realisasi is not None for b in rows):
            continue
        if not any(b.anggaran is not None for b in rows):
            continue
        out.append(ParseWarning(
            code="reading.empty_column", table=ft.label, page=ft.page, line_no=ft.line_no,
            message=f"{ft.label}: the header prints a Realisasi column but no line received a value — its cells "
                    "were not read (check the table on the page); realisasi left empty"))
    return out


def _has_realisasi_column(columns: list[Column], year: int | None) -> bool:
    """A Realisasi column of the report's year (a comparison column of another year is left out on purpose)."""
    return any(c.has("realisasi", where="leaf") and not c.has("%", "persen")
               and (year is None or c.year is None or c.year == year) for c in columns)


"""Records of the Perjanjian Kinerja's tables: its targets (sasaran, indikator, target) and its programs' budgets.

Split from :mod:`lkjip.extract.records` by concern; the same column mapping (:func:`~.records.map_columns`),
cell parsing (:class:`~.records.Sink`) and provenance. Rows a reader cut into pieces are folded first: names
wrapped onto a row of their own, amounts wrapped over rows, a target's figure in brackets under its grade.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.classify import FoundTable
from lkjip.extract.document import TableRow
from lkjip.extract.headers import contains_any, is_header_like
from lkjip.extract.layout.cues import ROW_KEY, whole_amount_text
from lkjip.extract.records import (
    _KEYED_NAME,
    _LETTER,
    _TOTAL,
    Rule,
    Sink,
    _cell,
    _guess_text_column,
    _prov,
    _text,
    column_numbers_tail,
    map_columns,
    page_heads_moved,
    row_key_dropped,
    run_on,
    spill_columns,
    text_in,
)
from lkjip.extract.records_spill import signed_rows_folded
from lkjip.model import PKBudget, PKTarget, RenstraTarget
from lkjip.normalize.numbers import grouped_money

# --- PK -------------------------------------------------------------------------

PK_BUDGET_RULES: list[Rule] = [
    ("nomor", lambda c: re.fullmatch(r"no\.?|nomor", c.text.strip().casefold()) is not None),
    ("sumber_dana", lambda c: c.has("keterangan", "sumber", "ket.")),
    ("anggaran", lambda c: c.has("anggaran", "pagu", "jumlah", "(rp", "dana")),
    ("program", lambda c: c.has("program", "kegiatan", "uraian")),
]


def _numbered(row: TableRow, cols: dict[str, int]) -> bool:
    """The row carries its number: in the number column, or read into the program's name ("1 Penunjang …"), or in
    a column left of the program's that has no header (PK budget parts print "| Program | Anggaran" over "1 |
    Penunjang … | Rp …")."""
    prog = cols.get("program")
    left = row.cells[:prog] if prog is not None and "nomor" not in cols else []
    return bool(_cell(row, cols.get("nomor"))) or bool(_KEYED_NAME.match(_cell(row, prog) or "")) \
        or any(ROW_KEY.match(c.strip()) for c in left)


def _names_folded(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """In a PK budget table whose rows are numbered, a row holding nothing but words in the program column and no
    number of its own is the wrapped end of the name above ("2 Pemberdayaan Masyarakat" / "Desa dan
    Kelurahan"): it joins that name."""
    prog = cols.get("program")
    out: list[TableRow] = []
    for row in rows:
        filled = [i for i, c in enumerate(row.cells) if c.strip()]
        if (out and prog is not None and filled == [prog] and _numbered(out[-1], cols)
                and not _numbered(row, cols) and _LETTER.search(row.cells[prog])):
            cells = list(out[-1].cells)
            cells[prog] = run_on(cells[prog], row.cells[prog])
            out[-1] = out[-1].model_copy(update={"cells": cells})
            continue
        out.append(row)
    return out


#: an amount at the start of the source-of-funds cell, its own column left empty: "Rp. 2.345.678.901 APBD/DAU"
_AMOUNT_FIRST = re.compile(r"^((?:rp\.?\s*\.?\s*)?\d{1,3}(?:\.\d{3})+(?:,\d{1,2}|,-)?)\s+(\S.*)$", re.I)


#: a source-of-funds cell holding an amount wrapped around the source's words: "3.368.08 APBD 2.214,00"
_AMOUNT_AROUND = re.compile(r"^((?:rp\.?\s*)?\d[\d.,]*)\s+(\p{L}[^\d]*?)(?:\s+(\d[\d.,]*(?:,-)?))?$", re.I)


def _amount_out_of_sumber(amount: str | None, sumber: str | None) -> tuple[str | None, str | None]:
    """The amount and the source of funds, when the amount was read into the source's column (the two columns
    read as one, or the amount's own left empty). An amount a narrow column wrapped stands around the source's
    words, its head before them and its tail after ("3.368.08 APBD 2.214,00" → "3.368.082.214,00", "APBD"): the
    pieces are joined when they make one amount, else kept as read (no value, a warning); a head cut short with
    no tail beside it ("136.207. APBD") is kept as read too, never read as a smaller amount."""
    if amount is not None:
        return amount, sumber
    m = _AMOUNT_FIRST.match(sumber or "")
    if m:
        return m.group(1), m.group(2)
    m = _AMOUNT_AROUND.match(" ".join((sumber or "").split()))
    if m is None or not re.search(r"\d[.,]\d", m.group(1) + (m.group(3) or "")):
        return amount, sumber
    head, words, tail = m.group(1), m.group(2).strip(), m.group(3)
    if tail is None:
        return head, words
    return whole_amount_text([head, tail]) or f"{head} {tail}", words


def pk_budgets(ft: FoundTable, sink: Sink) -> list[PKBudget]:
    sink.begin(ft)
    cols = map_columns(ft.columns, PK_BUDGET_RULES)
    if "program" not in cols:
        cols["program"] = _guess_text_column(ft, exclude=set(cols.values()))
    spill = spill_columns(ft, set(cols.values()))
    out = []
    for row in _names_folded(signed_rows_folded(ft.body, cols), cols):
        prov = _prov(ft, row)
        program = _text(text_in(row, cols.get("program"), spill))
        program = row_key_dropped(program) if program and "nomor" not in cols else program
        raw_amount, sumber = _amount_out_of_sumber(_cell(row, cols.get("anggaran")), _cell(row, cols.get("sumber_dana")))
        if not program and not raw_amount:
            continue
        program = program or _text(_cell(row, cols.get("nomor"))) or ""
        out.append(
            PKBudget(
                program=program, anggaran=sink.value(raw_amount, "money", prov, cols.get("anggaran")),
                anggaran_text=raw_amount,
                sumber_dana=_text(sumber), is_total=bool(_TOTAL.match(program)),
                source=prov,
            )
        )
    return out


TARGET_RULES: list[Rule] = [
    ("nomor", lambda c: re.fullmatch(r"no\.?|nomor", c.text.strip().casefold()) is not None),
    ("indikator", lambda c: c.has("indikator")),
    ("satuan", lambda c: c.has("satuan")),
    ("target", lambda c: c.has("target", "volume")),
    ("sasaran", lambda c: c.has("sasaran", "tujuan", "uraian")),
    ("program", lambda c: c.has("program")),
    ("anggaran", lambda c: c.has("anggaran", "pagu", "(rp")),
]


def budget_part_header(cells: list[str]) -> bool:
    """A header row of a PK's budget part ("Program | Anggaran | Keterangan") inside a target table."""
    text = " ".join(cells).casefold()
    return "program" in text and "anggaran" in text and not re.search(r"\d", text) and is_header_like(cells)


def budget_part_row(row: TableRow, cols: dict[str, int]) -> bool:
    """A row of the PK's program budget part read into its target table with the part's header lost: where the
    indicator stands, an amount of money ("1 | Penunjang Urusan … | Rp 2.038.832.288 | APBD"). An indicator
    is a measure's name, never an amount."""
    return grouped_money(" ".join((_cell(row, cols.get("indikator")) or "").split()), millions=True)


#: a budget part's column head at the end of a target cell: "80% Keterangan", "… pemerintahan desa Program"
_PART_HEAD_END = re.compile(r"\s+(program|anggaran(\s*\(rp\.?\))?|pagu|keterangan|sumber\s+dana)\s*$", re.IGNORECASE)


def _part_heads_dropped(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """The row before a headerless budget part (:func:`budget_part_row`) took in the part's lost header, one
    column head at the end of each cell ("… desa Program", "… yang baik Anggaran", "80% Keterangan"): the heads
    go, when at least two of its cells end in one."""
    at = next((i for i, r in enumerate(rows) if budget_part_row(r, cols)), None)
    if not at:
        return rows
    cells = list(rows[at - 1].cells)
    ends = [i for i, c in enumerate(cells) if _PART_HEAD_END.search(c) and _PART_HEAD_END.sub("", c).strip()]
    if len(ends) < 2:
        return rows
    for i in ends:
        cells[i] = _PART_HEAD_END.sub("", cells[i])
    return [*rows[:at - 1], rows[at - 1].model_copy(update={"cells": cells}), *rows[at:]]


def _level(words: str) -> str:
    """The level a PK target table's name column states: "Tujuan" alone names goals, else sasaran."""
    words = words.casefold()
    return "tujuan" if contains_any(words, ("tujuan",)) and not contains_any(words, ("sasaran",)) else "sasaran"


def part_header(row: TableRow, cols: dict[str, int]) -> bool:
    """A header row inside a PK target table's body (its sasaran part after its tujuan part, stitched on as one
    table): words only, the indicator column saying "Indikator"."""
    return (row.is_header or is_header_like(row.cells)) and contains_any(
        (_cell(row, cols.get("indikator")) or "").casefold(), ("indikator",))


#: a target cell carrying on the one above it: its figure in brackets under a grade ("BB" / "(70)")
_BRACKETED = re.compile(r"^\(\s*[\d.,]+\s*%?\s*\)$")


def _target_goes_on(row: TableRow, above: TableRow, cols: dict[str, int]) -> bool:
    """A row carrying on the PK target above it: no number of its own where the row above has one, and either
    a name running on in lower case ("di kecamatan") and no target but the bracketed figure of the grade above,
    or nothing but more of the indicator's name."""
    nomor = cols.get("nomor")
    if nomor is None or _cell(row, nomor) or not _cell(above, nomor):
        return False
    names = [t for t in (_cell(row, cols.get(k)) for k in ("sasaran", "indikator")) if t]
    target = _cell(row, cols.get("target"))
    if [i for i, c in enumerate(row.cells) if c.strip()] == [cols.get("indikator")]:
        return True  # the rest of the indicator's name alone, cut off by a page break ("Masyarakat (IKM)")
    return (any(t[0].islower() for t in names) and (target is None or (bool(_BRACKETED.match(target))
                                                                       and bool(_cell(above, cols.get("target"))))))


def _targets_folded(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """Rows carrying on the PK target above (see :func:`_target_goes_on`) joined to it, cell by cell."""
    out: list[TableRow] = []
    for row in rows:
        if out and _target_goes_on(row, out[-1], cols):
            above = out[-1]
            cells = [run_on(a, b) if i != cols.get("target") else " ".join(x for x in (a.strip(), b.strip()) if x)
                     for i, (a, b) in enumerate(zip(above.cells, row.cells, strict=False))]
            out[-1] = above.model_copy(update={"cells": cells + list(above.cells[len(cells):])})
            continue
        out.append(row)
    return out


def pk_targets(ft: FoundTable, sink: Sink) -> list[PKTarget]:
    sink.begin(ft)
    cols = map_columns(ft.columns, TARGET_RULES)
    sasaran_col = next((c for c in ft.columns if c.index == cols.get("sasaran")), None)
    level = _level(sasaran_col.text) if sasaran_col else "sasaran"
    out: list[PKTarget] = []
    last_sasaran: str | None = None
    last_program: str | None = None
    spill = spill_columns(ft, set(cols.values()))
    names = [cols[k] for k in ("sasaran", "indikator") if k in cols]
    for row in _targets_folded(page_heads_moved(_part_heads_dropped(ft.body, cols), names), cols):
        if budget_part_header(row.cells) or budget_part_row(row, cols):
            break  # the PK's program budget part, read into the same table: its rows name no indicator
        tail = column_numbers_tail(row.cells)
        if tail is not None:  # the column numbers repeated on the next page, with the wrapped end of a name
            if tail and out:
                out[-1] = out[-1].model_copy(update={"indikator": f"{out[-1].indikator} {tail}"})
            continue
        if part_header(row, cols):
            level = _level(_cell(row, cols.get("sasaran")) or "") if cols.get("sasaran") is not None else level
            last_sasaran = None
            continue
        prov = _prov(ft, row)
        indikator = _text(text_in(row, cols.get("indikator"), spill))
        sasaran = _text(text_in(row, cols.get("sasaran"), spill))
        if sasaran:
            last_sasaran = sasaran
        program = _text(_cell(row, cols.get("program")))
        if program:  # a Program column whose cells span several sasaran
            last_program = program
        if not indikator:
            continue
        raw_t = _cell(row, cols.get("target"))
        pv = sink.num(raw_t, "target", prov, cols.get("target"))
        out.append(
            PKTarget(
                level=level, sasaran=sasaran or last_sasaran, indikator=_strip_bullet(indikator),
                target=pv.value if pv else None, target_text=raw_t,
                satuan=_cell(row, cols.get("satuan")) or (pv.satuan if pv else None),
                note=pv.note if pv else None, program=last_program, source=prov,
            )
        )
    return out


def pk_programs_of_targets(targets: list[PKTarget], ft: FoundTable, sink: Sink) -> list[PKBudget]:
    """Programs named in a PK target table (no budget column): one PK budget line each, amount unknown."""
    sink.begin(ft)
    cols = map_columns(ft.columns, TARGET_RULES)
    if "program" not in cols:
        return _budget_part_rows(ft, cols, sink)
    out: list[PKBudget] = []
    for row in ft.body:
        name = _text(_cell(row, cols["program"]))
        if not name:
            continue
        prov = _prov(ft, row)
        raw = _cell(row, cols.get("anggaran"))
        out.append(PKBudget(program=re.sub(r"^\s*\d+[.)]\s*", "", name),
                            anggaran=sink.value(raw, "money", prov, cols.get("anggaran")),
                            anggaran_text=raw, source=prov))
    return out


def _budget_part_rows(ft: FoundTable, cols: dict[str, int], sink: Sink) -> list[PKBudget]:
    """The PK's program budget part read into its target table without its header (:func:`budget_part_row`): its
    rows under the target table's columns, the program's name where the sasaran stands, its amount where the
    indicator does and its source of funds where the target does."""
    out: list[PKBudget] = []
    for row in ft.body:
        if not budget_part_row(row, cols):
            continue
        prov = _prov(ft, row)
        raw = _cell(row, cols.get("indikator"))
        name = _text(_cell(row, cols.get("sasaran"))) or _text(_cell(row, cols.get("nomor"))) or ""
        out.append(PKBudget(program=name, anggaran=sink.value(raw, "money", prov, cols.get("indikator")),
                            anggaran_text=raw, sumber_dana=_text(_cell(row, cols.get("target"))),
                            is_total=bool(_TOTAL.match(name)), source=prov))
    return out


def _strip_bullet(s: str) -> str:
    """"- Persentase …", "1.Persentase …", "a) Jumlah …" → the indicator itself."""
    return re.sub(r"^\s*(?:[-•·*]|\d{1,2}[.)]|[a-z][.)])\s*(?=[A-Za-z])", "", s)


# --- performance tables -------------------------------------------------------


def period_targets(ft: FoundTable, sink: Sink) -> list[RenstraTarget]:
    """A Renstra's tujuan / indikator / satuan / target table with one target for the whole period."""
    out: list[RenstraTarget] = []
    for p in pk_targets(ft, sink):
        out.append(RenstraTarget(sasaran=p.sasaran, indikator=p.indikator, tahun=None, jenis="target",
                                 target=p.target, target_text=p.target_text, satuan=p.satuan, source=p.source))
    return out

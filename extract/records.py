"""Turn classified tables into typed records.

One function per table kind. Columns are mapped to fields by header wording
(:func:`map_columns`), cells are parsed by the column's type, and every
record keeps its provenance (label, page, line, raw cells). A cell that
cannot be read is kept raw and yields a :class:`ParseWarning`. Before a table's
cells are read, each column's number format is decided from the column itself
(:func:`column_formats`): its separator style from its own values, and a scale
of 1000 when its header or the caption says the amounts are in thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

import regex as re
from pydantic import BaseModel

from lkjip.extract.classify import FoundTable, TableKind
from lkjip.extract.document import TableRow
from lkjip.extract.headers import Column, contains_any, is_numbering_row, says_thousands
from lkjip.extract.layout.cues import (
    CURRENCY_SIGN,
    ROW_KEY,
    WELL_FORMED,
    whole_amount_text,
)
from lkjip.extract.layout.words import join_wrapped
from lkjip.extract.ocr_words import dictionary_vocabulary
from lkjip.extract.records_amounts import amount_of, amount_pieces_only, amount_tails_only
from lkjip.extract.records_header_lines import header_lines_out
from lkjip.extract.records_keys import key_out_of_name
from lkjip.extract.records_merged import measures_split, stacked_rows_split
from lkjip.extract.records_out_name import output_name_column, outputs_without_group, unlabelled_key_column
from lkjip.extract.records_spill import (
    name_line_alone,
    page_cut_name,
    page_openers_without_amounts,
    pieces_put_back,
    signed_rows_folded,
)
from lkjip.extract.records_total import (
    TOTAL_ROW,
    name_end_out_of_total,
    restated_total_dropped,
    total_label_closed,
    total_label_out_of_name,
)
from lkjip.extract.records_unlabelled_money import unlabelled_realisasi_percent
from lkjip.extract.records_wrap import wrapped_lines_folded
from lkjip.model import (
    BudgetLine,
    MalformedCell,
    ParseWarning,
    Performance,
    Provenance,
    RenstraTarget,
)
from lkjip.normalize.numbers import NumberStyle, ParsedValue, column_style, parse_number, value_style

Rule = tuple[str, Callable[[Column], bool]]


class ColumnFormat(BaseModel):
    """How one column prints its numbers, decided from its own values and header."""

    header: str = ""
    style: NumberStyle | None = None
    decided_by: str | None = None  # the cell that decided the style
    thousands: str | None = None  # the header words putting amounts in thousands


def _column_cells(ft: FoundTable, idx: int) -> list[str]:
    return [r.cells[idx] for r in ft.body if idx < len(r.cells) and r.cells[idx].strip()]


def column_formats(ft: FoundTable) -> dict[int, ColumnFormat]:
    """Each column's separator style (its own values; else the table's, when they agree) and scale."""
    cells = {i: _column_cells(ft, i) for i in range(ft.table.n_cols)}
    table_style = column_style(c for vals in cells.values() for c in vals)
    headers = {c.index: c.text for c in ft.columns}
    caption = says_thousands(ft.caption)
    out: dict[int, ColumnFormat] = {}
    for i, vals in cells.items():
        style = column_style(vals) or table_style
        decided_by = next((v for v in vals if value_style(v) == style), None) if style else None
        if decided_by is None and style:  # the table decided
            decided_by = next((v for vs in cells.values() for v in vs if value_style(v) == style), None)
        out[i] = ColumnFormat(header=headers.get(i) or f"column {i + 1}", style=style, decided_by=decided_by,
                              thousands=says_thousands(headers.get(i)) or caption)
    return out


class Sink:
    """Collects parse warnings with provenance while records are built.

    :meth:`begin` reads a table's column formats first, so each cell is read in its column's
    separator style and scaled when the header says thousands; each such decision and each
    repair is written down as a warning.
    """

    def __init__(self) -> None:
        self.warnings: list[ParseWarning] = []
        self._formats: dict[int, ColumnFormat] = {}
        self._noted: set[tuple[int, str]] = set()
        self._table: FoundTable | None = None

    def begin(self, ft: FoundTable) -> None:
        if self._table is ft:  # a second pass over the same table (its programs after its targets)
            return
        self._table = ft
        self._formats = column_formats(ft)
        self._noted = set()

    def _warn(self, code: str, message: str, raw: str | None, prov: Provenance) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, raw=raw, table=prov.table,
                                          page=prov.page, line_no=prov.line_no))

    def num(self, raw: str | None, kind: str, prov: Provenance, col: int | None = None) -> ParsedValue | None:
        if raw is None or not raw.strip():
            return None
        fmt = self._formats.get(col, ColumnFormat()) if col is not None else ColumnFormat()
        if fmt.style is None and col is not None and value_style(raw) == "en":
            # a column mixing both styles: a value that proves its own style by itself is read in it
            fmt = fmt.model_copy(update={"style": "en", "decided_by": None})
        pv = parse_number(raw, kind, style=fmt.style)
        if pv.warning:
            self._warn(pv.warning_code or "number.unparseable", pv.warning, raw, prov)
        for note in pv.repairs:
            self._warn("number.repaired", note, raw, prov)
        if pv.value is not None and col is not None:
            pv = self._column_format(pv, fmt, kind, col, prov)
        return pv

    def _note_english(self, pv: ParsedValue, fmt: ColumnFormat, kind: str, col: int, prov: Provenance) -> None:
        """Once per column, where English separators gave another reading than the Indonesian default."""
        key = (col, "en") if fmt.decided_by else (col, pv.raw)
        if key in self._noted or parse_number(pv.raw, kind).value == pv.value:
            return
        self._noted.add(key)
        why = (f"as the column's own values print them: {fmt.decided_by!r}" if fmt.decided_by else
               "as this value proves by itself (the column mixes English and Indonesian separators)")
        self._warn("number.english_separators", f"{fmt.header!r} read with English separators (',' groups "
                   f"thousands, '.' starts decimals), {why}", pv.raw, prov)

    def _column_format(self, pv: ParsedValue, fmt: ColumnFormat, kind: str, col: int,
                       prov: Provenance) -> ParsedValue:
        """Note the column's English separators once; scale a money amount printed in thousands."""
        if fmt.style == "en":
            self._note_english(pv, fmt, kind, col, prov)
        if kind != "money" or not fmt.thousands:
            return pv
        if (col, "k") not in self._noted:
            self._noted.add((col, "k"))
            self._warn("number.thousands", f"{fmt.header!r} is in thousands of rupiah ({fmt.thousands!r}): "
                       "its amounts are multiplied by 1000", pv.raw, prov)
        return pv.model_copy(update={"value": pv.value * 1000})

    def value(self, raw: str | None, kind: str, prov: Provenance, col: int | None = None) -> Decimal | None:
        pv = self.num(raw, kind, prov, col)
        return pv.value if pv else None


def map_columns(columns: list[Column], rules: list[Rule]) -> dict[str, int]:
    """Each column takes the first rule it satisfies whose field is still free."""
    out: dict[str, int] = {}
    for col in columns:
        if not col.text:
            continue
        for field, pred in rules:
            if field not in out and pred(col):
                out[field] = col.index
                break
    return out


def _cell(row: TableRow, idx: int | None) -> str | None:
    if idx is None or idx >= len(row.cells):
        return None
    v = row.cells[idx].strip()
    return v or None


def _prov(ft: FoundTable, row: TableRow) -> Provenance:
    return Provenance(table=ft.label, page=row.page or ft.page, line_no=row.line_no, raw=list(row.cells))


def _text(v: str | None) -> str | None:
    return " ".join(v.split()) if v else None


_LETTER = re.compile(r"[^\W\d_]")


def _indicator_rows(ft: FoundTable, text_cols: dict[str, int], rows: list[TableRow] | None = None,
                    used: Iterable[int] = ()) -> Iterator[tuple[TableRow, Provenance, str | None, str]]:
    """Body rows naming an indicator, with their provenance and sasaran (a blank sasaran cell takes the one above);
    a name's words falling in a headerless column right of its own (:func:`spill_columns`) are part of it."""
    last = None
    rows = ft.body if rows is None else rows
    spill = spill_columns(ft, set(text_cols.values()) | set(used))
    nomor = next((c.index for c in ft.columns if _NOMOR_HEAD.fullmatch(c.text.strip().casefold())), None)
    # "No Sasaran" over one column: the row numbers were read into the name's column
    merged = any(c.index == text_cols.get("sasaran") and _NOMOR_WORD.match(c.text.casefold()) for c in ft.columns)
    for i, row in enumerate(rows):
        if column_numbers_tail(row.cells) is not None or row.is_header:
            continue  # the column numbers; a header repeated on the next page, worded a little otherwise
        sasaran = _text(text_in(row, text_cols.get("sasaran"), spill))
        if sasaran and (merged or (nomor is not None and nomor not in text_cols.values() and not _cell(row, nomor))):
            sasaran = row_key_dropped(sasaran)
        sasaran = sasaran or last
        last = sasaran
        indikator = _text(text_in(row, text_cols.get("indikator"), spill))
        tail = column_numbers_tail(rows[i + 1].cells) if i + 1 < len(rows) else None
        if indikator and tail:
            indikator = f"{indikator} {tail}"
        if indikator and _LETTER.search(indikator):  # "3": a row numbering the columns names no indicator
            yield row, _prov(ft, row), sasaran, indikator


#: the rest of a number a narrow column wrapped onto the next line ("10" over "0", "99,9" over "9")
_FRAGMENT = re.compile(r"^[\d.,]{1,2}$")


def _fragment_of(above: str | None, below: str | None) -> bool:
    """``below`` is the wrapped end of the number ``above``: a few digits that make one well-formed number with it."""
    if not above or not below or not _FRAGMENT.match(below) or not re.search(r"\d", below):
        return False
    if len(below) > 2 or len(below) >= len(above):
        return False  # "81" over "70": a value of its own, not the end of the one above
    return bool(WELL_FORMED.match(above + below)) and bool(re.fullmatch(r"[\d.,]+", above))


#: the header of a row-number column
_NOMOR_HEAD = re.compile(r"no\.?|nomor|no\. urut")
_NOMOR_WORD = re.compile(r"^\s*(no\.?|nomor)\s+\p{L}")
_KEYED_NAME = re.compile(r"^(\d{1,2}[.)]?)\s+(?=\p{Lu})")


def row_key_dropped(name: str) -> str:
    """A name that took in its row's number, the number column left empty (a number printed right-aligned
    against the name's column: "1 Meningkatnya kualitas …"): the name alone."""
    return _KEYED_NAME.sub("", name, count=1)


def _continues(row: TableRow, text_cols: dict[str, int], measures: list[int], above: TableRow | None = None) -> bool:
    """A row carrying on the one above: a name in it starts in lower case and it states no target, realisasi
    or capaian of its own (the wrapped end of a long name, with the ends of amounts wrapped in a narrow column);
    or a name of the row above runs on in lower case ("Meningkatny" / "a kualitas pelayanan") and the row's only
    values are the wrapped ends of the numbers above ("10" / "0") while a value above has no piece here."""
    values = [(i, _cell(row, i)) for i in measures if _cell(row, i) not in (None, "-", "–")]
    names = [t for t in (_cell(row, text_cols.get(k)) for k in ("sasaran", "indikator")) if t]
    if not any(t[0].islower() for t in names):
        return False
    if not values:
        return True
    if above is None:
        return False
    left_over = any(_cell(above, i) and not _cell(row, i) for i in measures)
    return left_over and all(_fragment_of(_cell(above, i), v) for i, v in values)


#: the lower-case words opening a cell, before a capitalised word: the end of the name above, cut off by a page break
_CARRIED_HEAD = re.compile(r"^((?:\p{Ll}[^\s]*\s+)+)(?=\p{Lu})")


def page_heads_moved(rows: list[TableRow], cols: Iterable[int]) -> list[TableRow]:
    """A name cut by a page break whose end a reader put in front of the next row's name ("ketenteraman dan
    ketertiban umum Persentase lembaga …" opening the next page): the lower-case words before the first
    capitalised one go back to the end of the name above."""
    out: list[TableRow] = []
    for row in rows:
        above = out[-1] if out else None
        if above is None or row.page is None or above.page is None or row.page <= above.page:
            out.append(row)
            continue
        cells, up = list(row.cells), list(above.cells)
        for i in cols:
            m = _CARRIED_HEAD.match(cells[i]) if i < len(cells) and i < len(up) and up[i].strip() else None
            if m:
                up[i], cells[i] = f"{up[i].strip()} {m.group(1).strip()}", cells[i][m.end():]
        out[-1] = above.model_copy(update={"cells": up})
        out.append(row.model_copy(update={"cells": cells}))
    return out


def run_on(name: str, more: str) -> str:
    """A name carried on by the next row's words: a single word broken by a narrow column is glued back
    ("Meningkatny" + "a kualitas" → "Meningkatnya kualitas", when the dictionary knows the whole word and the
    piece below is none of its own), else the words joined with a space."""
    name, more = name.strip(), more.strip()
    if not name or not more:
        return name or more
    if " " not in name:
        return join_wrapped([name, more], full_lines=[True], vocab=dictionary_vocabulary("ind"))
    return f"{name} {more}"


def fold_continuations(rows: list[TableRow], text_cols: dict[str, int], measures: list[int],
                       amounts: list[int]) -> list[TableRow]:
    """Rows carrying on the one above (see :func:`_continues`; a line of amount pieces or tails, any name's case)
    joined to it: names run on, and an amount wrapped in a narrow column over two or more lines is put back together
    ("55.56" over "5.370,-" → "55.565.370,-"), a number's wrapped end too ("10" over "0" → "100")."""
    out: list[TableRow] = []
    pieces: dict[int, list[str]] = {}
    texts = set(text_cols.values())
    for row in rows:
        if not out or not (_continues(row, text_cols, measures, out[-1])
                           or amount_pieces_only(row, out[-1], text_cols, measures, amounts)
                           or amount_tails_only(row, out[-1], text_cols, amounts, pieces)):
            out.append(row)
            pieces = {i: [row.cells[i].strip()] for i in amounts if i < len(row.cells) and row.cells[i].strip()}
            continue
        above = out[-1]
        cells = list(above.cells) + [""] * max(0, len(row.cells) - len(above.cells))
        for i, more in enumerate(row.cells):
            more = more.strip()
            if i in texts and more:
                cells[i] = run_on(cells[i], more)
            elif i in amounts and more:
                pieces.setdefault(i, []).append(more)
                cells[i] = amount_of(pieces[i])
            elif i in measures and more and _fragment_of(cells[i].strip(), more):
                cells[i] = cells[i].strip() + more
        out[-1] = above.model_copy(update={"cells": cells})
    return out


def column_numbers_tail(cells: list[str]) -> str | None:
    """A row numbering the columns ("1 2 3 …", repeated under a header on the next page) that took in the wrapped
    end of the name above it ("1 | 2 yang baik | 3 | 4"): the words it took, else None (no words: ""; not such
    a row: None)."""
    heads, words = [], []
    for cell in (c.strip() for c in cells):
        if cell:
            first, _, rest = cell.partition(" ")
            heads.append(first)
            words.append(rest.strip())
    return " ".join(w for w in words if w) if is_numbering_row(heads) else None


# --- budget tables ------------------------------------------------------------

_OUT = ("output", "keluaran")


def _is_out(c: Column) -> bool:
    return c.has(*_OUT, where="group") or c.has(*_OUT, where="leaf")


BUDGET_RULES: list[Rule] = [
    ("output_uraian", lambda c: _is_out(c) and (c.has("uraian", "indikator", "keluaran", "output", where="leaf"))
     and not c.has("target", "realisasi", "%", "satuan", where="leaf")),
    ("output_target", lambda c: _is_out(c) and c.has("target", "volume", where="leaf")),
    ("output_realisasi", lambda c: _is_out(c) and c.has("realisasi", where="leaf")),
    ("output_persen", lambda c: _is_out(c) and c.has("%", "persen", "capaian", where="leaf")),
    ("output_satuan", lambda c: c.has("satuan", where="leaf")),
    ("nomor", lambda c: re.fullmatch(r"no\.?|nomor|kode( rekening)?|no urut", c.text.strip().casefold()) is not None),
    ("sisa", lambda c: c.has("sisa", "selisih", "lebih/kurang", where="leaf")),
    ("realisasi", lambda c: c.has("realisasi", where="leaf")),
    ("persen", lambda c: c.has("%", "persen", "serapan", "capaian", where="leaf")),
    ("anggaran", lambda c: c.has("anggaran", "pagu", "alokasi", "dpa", "jumlah (rp", "(rp", where="leaf")),
    ("uraian", lambda c: c.has("uraian", "program", "kegiatan", "nama", "rincian", where="leaf")),
]

_TOTAL = TOTAL_ROW  # "jumlah total", "jumlah belanja" open with "jumlah"
_BELANJA = re.compile(r"^\s*belanja\b", re.I)
_NUMBERING_PREFIX = re.compile(r"^\s*((?:[A-Z]|[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]?)\s+(?=\S)")


_NOMOR_WORDS = re.compile(r"^\s*((?:[A-Za-z]|[IVXivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)(?:[.)]\s*|\s+))?(?![IVXLCivxlc]+\b)(\p{L}{3,}.*)$")


def words_out_of_nomor(nomor: str | None, uraian: str | None) -> tuple[str | None, str | None]:
    """A number cell that holds words ("JUMLAH", "3 PROGRAM" when the name's first word fell left of the
    uraian column's edge): the words go back to the front of the uraian, the number stays."""
    m = _NOMOR_WORDS.match(nomor or "")
    if m is None:
        return nomor, uraian
    words = m.group(2).strip()
    return (m.group(1) or "").strip() or None, f"{words} {uraian}" if uraian else words


def _other_year(c: Column, report_year: int | None) -> bool:
    """A money or percent column of another year (a 2015-vs-2016 comparison, last year's capaian) is not
    this year's budget."""
    return report_year is not None and c.year is not None and c.year != report_year and c.has(
        "realisasi", "anggaran", "pagu", "(rp", "dpa", "%", "persen", "capaian", "serapan")


def word_end(cells: list[str]) -> str | None:
    """A row holding nothing but one to three capital letters (the end of a word the row above broke in a narrow
    column): those letters, else None."""
    vals = [c.strip() for c in cells if c.strip()]
    return vals[0] if len(vals) == 1 and re.fullmatch(r"\p{Lu}{1,3}", vals[0]) else None


def budget_lines(ft: FoundTable, sink: Sink, report_year: int | None = None) -> list[BudgetLine]:
    ft = measures_split(ft)
    sink.begin(ft)
    cols = map_columns([c for c in ft.columns if not _other_year(c, report_year) and not _is_rate(c)], BUDGET_RULES)
    cols = outputs_without_group(ft.columns, output_name_column(ft.columns, cols))
    if "uraian" not in cols:
        # a first text column without a recognizable header: take the widest text column
        cols["uraian"] = _guess_text_column(ft, exclude=set(cols.values()))
    cols = unlabelled_key_column(ft.columns, cols, [r.cells for r in ft.body])
    cols = unlabelled_realisasi_percent(ft.columns, cols, [r.cells for r in ft.body])
    spill = spill_columns(ft, set(cols.values()))
    out: list[BudgetLine] = []
    texts = {cols[f] for f in ("nomor", "uraian", "output_uraian") if f in cols}
    rows = wrapped_lines_folded(signed_rows_folded(pieces_put_back(stacked_rows_split(ft.body, cols), cols), cols), cols)
    cut_at_page = page_openers_without_amounts(rows, cols)
    for i, row in enumerate(rows):
        prov = _prov(ft, row)
        frag = word_end(row.cells)
        if frag and out and re.search(r"\p{Lu}{2}$", out[-1].uraian):
            out[-1].uraian += frag  # "JUMLA" over "H": a word broken in a narrow column
            continue
        row = name_end_out_of_total(row, cols, out[-1] if out else None)
        nomor, uraian = _cell(row, cols.get("nomor")), _cell(row, cols.get("uraian"))
        nomor, uraian = words_out_of_nomor(nomor, uraian)
        uraian = total_label_closed(uraian)  # "JUML AH": the total's label broken in a narrow cell
        nomor, uraian = key_out_of_name(nomor, uraian) if "nomor" in cols else (nomor, uraian)
        if out and nomor is None and (name_goes_on(uraian, row.cells) or not _TOTAL.match(uraian or "") and
                                      row.page is not None and name_line_alone(uraian, row.cells, texts, out[-1])
                                      or i in cut_at_page and page_cut_name(uraian, out[-1])):
            out[-1].uraian = f"{out[-1].uraian} {_text(uraian)}"  # a row's name cut by a page break or a wrap
            if more := _text(_cell(row, cols.get("output_uraian"))):
                out[-1].output_uraian = f"{out[-1].output_uraian or ''} {more}".strip()
            continue
        if uraian is None:
            if nomor is None and not any(_cell(row, cols.get(f)) for f in ("anggaran", "realisasi")):
                continue
            if nomor is None and not any(re.search(r"\d", c) for c in row.cells):
                continue  # words under the amount columns and nothing else: a header line repeated on a page
            uraian = ""
        if "nomor" not in cols:
            m = _NUMBERING_PREFIX.match(uraian)
            if m and not _TOTAL.match(uraian):
                nomor, uraian = m.group(1), uraian[m.end():]
        out_t = sink.num(_cell(row, cols.get("output_target")), "quantity", prov, cols.get("output_target"))
        out_r = sink.num(_cell(row, cols.get("output_realisasi")), "quantity", prov, cols.get("output_realisasi"))
        satuan = _cell(row, cols.get("output_satuan")) or (out_t.satuan if out_t else None) or (
            out_r.satuan if out_r else None)
        money = {f: sink.num(_amount_cell(_cell(row, c)), "money", prov, c)
                 for f in ("anggaran", "realisasi", "sisa") for c in [_filled(row, cols.get(f), spill)]}
        malformed = [MalformedCell(field=f, raw=pv.raw, candidates=pv.candidates)
                     for f, pv in money.items() if pv is not None and pv.value is None and pv.candidates]
        out.append(
            BudgetLine(
                source_table=ft.label, line_no=len(out) + 1, nomor=nomor, uraian=_text(uraian) or "",
                anggaran=money["anggaran"].value if money["anggaran"] else None,
                realisasi=money["realisasi"].value if money["realisasi"] else None,
                persen=_percent(sink, row, cols.get("persen"), prov),
                sisa=money["sisa"].value if money["sisa"] else None,
                malformed=malformed,
                output_uraian=_text(_cell(row, cols.get("output_uraian"))),
                output_target=out_t.value if out_t else None,
                output_target_text=_cell(row, cols.get("output_target")),
                output_realisasi=out_r.value if out_r else None,
                output_realisasi_text=_cell(row, cols.get("output_realisasi")),
                output_satuan=satuan,
                output_persen=_percent(sink, row, cols.get("output_persen"), prov),
                source=prov,
            )
        )
    return restated_total_dropped(total_label_out_of_name(out))


def name_goes_on(uraian: str | None, cells: list[str]) -> bool:
    """A line holding only words that start in lower case ("yang Dilimpahkan kepada Camat"), no number and no
    amount anywhere: the rest of the name above it, cut off by a page break or wrapped into a line of its own."""
    return bool(uraian) and uraian[0].islower() and not any(re.search(r"\d", c) for c in cells)


def _amount_cell(text: str | None) -> str | None:
    """An amount a narrow column broke over two lines, read with a space at the break ("53.857.40 1,00"): the
    whole amount (:func:`~lkjip.extract.layout.cues.whole_amount_text`), else the cell as read."""
    parts = (text or "").split()
    return (whole_amount_text(parts) or text) if len(parts) >= 2 else text


def spill_columns(ft: FoundTable, used: set[int]) -> dict[int, int]:
    """Mapped column → the column right of it that has no header of its own and no field: one header over
    two reader columns, a row's amount printed a little right of the others falling in the second."""
    blank = {c.index for c in ft.columns if not c.text.strip()}
    return {i: i + 1 for i in used if i + 1 in blank and i + 1 not in used}


def _filled(row: TableRow, col: int | None, spill: dict[int, int]) -> int | None:
    """``col``, or its spill column when ``col`` is empty in this row and the spill column is not."""
    if col is not None and _cell(row, col) is None and col in spill and _cell(row, spill[col]) is not None:
        return spill[col]
    return col


#: a cell that is a value, not words carrying on a name ("80%", "1.234,5", "-")
_VALUE_CELL = re.compile(r"^[\s\d.,%()+\-–]*$")


def text_in(row: TableRow, col: int | None, spill: dict[int, int]) -> str | None:
    """The text of ``col``, with the words its spill column holds in this row (one header over two reader
    columns, a name's words falling in both: "Persentase" | "desa dengan tata kelola …"; a header over a row
    number and a name, "Program" over "1" | "Penunjang Urusan …": the name alone)."""
    own = _cell(row, col)
    more = _cell(row, spill[col]) if col in spill else None
    if more is None or _VALUE_CELL.match(more) or not _LETTER.search(more) or CURRENCY_SIGN.match(more):
        return own
    return f"{own} {more}" if own and not ROW_KEY.match(own) else more


def _percent(sink: Sink, row: TableRow, col: int | None, prov: Provenance) -> Decimal | None:
    raw = _cell(row, col)
    if raw is None or raw.strip() in {"-", "–"}:
        return None
    return sink.value(raw, "percent", prov, col)


def _is_rate(c: Column) -> bool:
    """A growth or ratio column ("Rata-rata Pertumbuhan / Anggaran") holds rates, never amounts."""
    return c.has("pertumbuhan", "rata-rata", "rasio", "growth")


def _guess_text_column(ft: FoundTable, exclude: set[int]) -> int:
    best, width = 0, -1
    for i in range(ft.table.n_cols):
        if i in exclude:
            continue
        w = sum(len(r.cells[i]) for r in ft.body if i < len(r.cells) and re.search(r"[A-Za-z]{3}", r.cells[i]))
        if w > width:
            best, width = i, w
    return best


def _money_leaf(c: Column) -> bool:
    """A column printing amounts of money by its own header cell: "Anggaran (Rp)", "Realisasi (Rp)", "Pagu"."""
    leaf = c.leaf.casefold()
    return "(rp" in leaf or contains_any(leaf, ("anggaran", "pagu"))


def _money_groups(columns: list[Column]) -> set[str]:
    """Header groups that hold a money column: a "%" under the same group is that money's absorption (serapan),
    whatever the group's own word reads ("Biaya" cut to "Biay" by a line break, "Sumber Daya")."""
    return {c.group.casefold() for c in columns if c.group.strip() and c.leaf and _money_leaf(c)}


def _measure(c: Column, money_groups: frozenset[str] | set[str] = frozenset()) -> str | None:
    """What a performance-table column measures, from its header wording (survives "KEMAJUA N")."""
    t = c.text.casefold()
    leaf = (c.leaf or c.group).casefold()
    group = c.group.casefold()

    def has(hay: str, *words: str) -> bool:
        return contains_any(hay, words)

    if has(t, "efisiensi"):
        return "efisiensi"
    if has(t, "penyerapan", "serapan"):
        return "serapan"
    if has(group, "biaya", "anggaran", "keuangan") or "(rp" in leaf or (group.strip() and group in money_groups):
        if has(leaf, "realisasi"):
            return "realisasi_anggaran"
        if has(leaf, "anggaran", "pagu"):
            return "anggaran"
        if leaf.strip() == "%" or has(leaf, "persen"):
            return "serapan"
    if has(t, "capaian", "kemajuan") or leaf.strip() in {"%", "persen"}:
        return "capaian"
    for measure, words in (("target", ("target",)), ("realisasi", ("realisasi",)), ("indikator", ("indikator",)),
                           ("sasaran", ("sasaran", "tujuan", "uraian"))):
        if has(t, *words):
            return measure
    return "satuan" if has(leaf, "satuan") else None


def performance(ft: FoundTable, sink: Sink, report_year: int | None) -> list[Performance]:
    sink.begin(ft)
    measures: list[tuple[int, str, int | None]] = []
    text_cols: dict[str, int] = {}
    money_groups = _money_groups(ft.columns)
    for c in ft.columns:
        m = _measure(c, money_groups)
        if m in ("sasaran", "indikator", "satuan"):
            text_cols.setdefault(m, c.index)
        elif m:
            measures.append((c.index, m, c.year))
    # "Target Akhir Renstra (Tahun 2024)" states its own year; an unstated year is the report year
    out: list[Performance] = []
    rows = fold_continuations(page_heads_moved(header_lines_out(ft), text_cols.values()), text_cols,
                              [i for i, m, _ in measures if m in ("target", "realisasi", "capaian")],
                              [i for i, m, _ in measures if m in ("anggaran", "realisasi_anggaran")])
    for row, prov, sasaran, indikator in _indicator_rows(ft, text_cols, rows, {i for i, _, _ in measures}):
        by_year: dict[int | None, dict] = {}
        for idx, m, year in measures:
            raw = _cell(row, idx)
            if raw is None:
                continue
            y = year if year is not None else report_year
            if ft.kind is TableKind.renstra_progress and m == "capaian":
                y = report_year
            rec = by_year.setdefault(y, {})
            kind = {"target": "target", "realisasi": "target", "capaian": "percent", "serapan": "percent",
                    "efisiensi": "decimal", "anggaran": "money", "realisasi_anggaran": "money"}[m]
            pv = sink.num(raw, kind, prov, idx) if raw not in {"-", "–"} else None
            rec[m] = pv.value if pv else None
            if m in ("target", "realisasi", "capaian"):
                rec[f"{m}_text"] = raw
            if pv and pv.satuan and "satuan" not in rec:
                rec["satuan"] = pv.satuan
        satuan = _cell(row, text_cols.get("satuan"))
        for y, rec in by_year.items():
            sat = rec.pop("satuan", None)
            out.append(
                Performance(
                    source_table=ft.label, sasaran=sasaran, indikator=indikator,
                    satuan=satuan if satuan not in (None, "-") else sat, tahun=y, source=prov, **rec,
                )
            )
    return out


# --- renstra ------------------------------------------------------------------

def _conditions_placed(year_cols: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A condition column whose header names neither start nor end ("Kondisi Renstra (2018)": its "Awal" a reader
    set in the next cell) is the initial condition left of the yearly targets, the final one right of them."""
    targets = [i for i, _, jenis in year_cols if jenis == "target"]
    out = []
    for i, year, jenis in year_cols:
        if jenis == "kondisi":
            if not targets or min(targets) < i < max(targets):
                continue
            jenis = "kondisi_awal" if i < min(targets) else "kondisi_akhir"
        out.append((i, year, jenis))
    return out


def renstra_targets(ft: FoundTable, sink: Sink) -> list[RenstraTarget]:
    sink.begin(ft)
    text_cols: dict[str, int] = {}
    year_cols: list[tuple[int, int, str]] = []
    for c in ft.columns:
        t = c.text.casefold()
        flat = re.sub(r"[\s/]+", "", t)  # "Kondis" over "i Awal Renstra (2018)": a word a narrow header broke
        if "kondisiawal" in flat and c.year:
            year_cols.append((c.index, c.year, "kondisi_awal"))
        elif "kondisiakhir" in flat and c.year:
            year_cols.append((c.index, c.year, "kondisi_akhir"))
        elif c.year and re.fullmatch(r"(19|20)\d\d", (c.leaf or "").strip()):
            year_cols.append((c.index, c.year, "target"))
        elif "kondisi" in flat and c.year:  # "Kondisi" / "Renstra (2018)", its "Awal" read into the next cell
            year_cols.append((c.index, c.year, "kondisi"))
        elif c.has("indikator"):  # also "Indikato" over "r": a narrow column broke the word
            text_cols.setdefault("indikator", c.index)
        elif c.has("satuan"):
            text_cols.setdefault("satuan", c.index)
        elif c.has("misi"):
            text_cols.setdefault("misi", c.index)
        elif c.has("tujuan", "sasaran", "uraian"):
            text_cols.setdefault("sasaran", c.index)
    year_cols = _conditions_placed(year_cols)
    out: list[RenstraTarget] = []
    rows = page_heads_moved(header_lines_out(ft), [text_cols[k] for k in ("sasaran", "indikator") if k in text_cols])
    rows = fold_continuations(rows, text_cols, [i for i, _, _ in year_cols], [])
    for row, prov, sasaran, indikator in _indicator_rows(ft, text_cols, rows, used={i for i, _, _ in year_cols}):
        for idx, year, jenis in year_cols:
            raw = _cell(row, idx)
            if raw is None:
                continue
            pv = sink.num(raw, "target", prov, idx) if raw not in {"-", "–"} else None
            out.append(
                RenstraTarget(
                    misi=_cell(row, text_cols.get("misi")), sasaran=sasaran, indikator=indikator, tahun=year,
                    jenis=jenis, target=pv.value if pv else None, target_text=raw,
                    satuan=_cell(row, text_cols.get("satuan")) or (pv.satuan if pv else None), source=prov,
                )
            )
    return out

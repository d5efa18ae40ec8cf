"""A budget row's cells put back where they were printed (:func:`pieces_put_back`), then its wrapped lines joined
(:func:`signed_rows_folded`).

Two layouts of a narrow amount column read a row apart:

* a justified name line stretched across the cell: its last word crosses into the amount column beside it and is
  read into that cell, before the amount's head ("Masyarakat 78.00", "PEMERINTAHAN Rp"). The head then reads as
  no amount and the row's wrapped amounts below are read as a row of their own (:func:`name_words_out_of_amounts`
  gives the words back to the name);
* an amount wrapped after a head that reads as a decimal ("571.7" / "77", "686.58" / "3"): no piece says by itself
  that it is one amount cut, since "82.5" above "75" may be two values; but in a column printing its amounts in
  groups of three no value reads "571.7", so the head is the cut of an amount (:func:`grouped_columns`,
  :func:`grouped_join`).
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import TableRow
from lkjip.extract.layout.cues import (
    CURRENCY_SIGN,
    ROW_KEY,
    amount_cut,
    amount_goes_on,
    number_continues,
    whole_amount_text,
)
from lkjip.extract.records_amounts import CENTS_CUT, NUMBER_PIECE
from lkjip.model import BudgetLine
from lkjip.normalize.numbers import grouped_money

#: a word of a name: letters, maybe a comma or a closing bracket after them; never a currency sign
_NAME_WORD = re.compile(r"^\p{L}[\p{L}\-/]*[,.)]?$")
#: this share of a column's filled cells in groups of three makes it a column of grouped amounts
GROUPED_SHARE = 0.7
#: a column needs this many grouped amounts before its format says anything
GROUPED_MIN = 3


def _cell(row: TableRow, k: int) -> str:
    return row.cells[k].strip() if 0 <= k < len(row.cells) else ""


def name_words_out_of_amounts(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """Each row whose first amount cell opens with words of a name (the column right of the name's) with those
    words moved to the end of its name: a justified line of the name reached into the amount column."""
    name, first = cols.get("uraian"), cols.get("anggaran")
    if name is None or first is None or first != name + 1:
        return rows
    out = []
    for row in rows:
        words = _cell(row, first).split()
        n = 0
        while n < len(words) and _NAME_WORD.match(words[n]) and not CURRENCY_SIGN.match(words[n]):
            n += 1
        if n == 0 or not _cell(row, name):
            out.append(row)
            continue
        cells = list(row.cells)
        cells[name] = f"{_cell(row, name)} {' '.join(words[:n])}"
        cells[first] = " ".join(words[n:])
        out.append(row.model_copy(update={"cells": cells}))
    return out


def grouped_columns(rows: list[TableRow], money: list[int]) -> set[int]:
    """The amount columns that print their amounts in groups of three ("1.234.567"): most of their numbers with a
    separator read so."""
    out = set()
    for k in money:
        cells = ["".join(_cell(r, k).split()) for r in rows]
        cells = [c for c in cells if re.search(r"\d[.,]\d", c)]  # values with a separator ("77" says nothing)
        grouped = sum(1 for c in cells if grouped_money(c))
        if grouped >= GROUPED_MIN and grouped >= GROUPED_SHARE * len(cells):
            out.add(k)
    return out


def grouped_join(above: str, below: str) -> str | None:
    """``above`` and ``below`` as one amount of a column of grouped amounts: a head that is no amount in groups
    of three ("571.7", "686.58") and a piece of digits that makes it one ("77", "3") → "571.777"; else None."""
    a, b = "".join(above.split()), "".join(below.split())
    if not NUMBER_PIECE.match(b) or not re.fullmatch(r"(rp\.?)?\d[\d.]*", a, flags=re.IGNORECASE):
        return None
    return a + b if not grouped_money(a) and grouped_money(a + b) else None


def name_line_alone(uraian: str | None, cells: list[str], text_cols: set[int], above: BudgetLine) -> bool:
    """A row holding nothing but a name opening in a capital ("Berdasarkan Tugas dan Fungsi"; perhaps the rest of
    its output's name beside it), no number of its own, under a numbered row with amounts: a line of that row's
    name (names print in Title Case) the reader started a row at, or the end of the row a page break cut. A
    heading in capitals under a name that is not is a row of its own ("BELANJA TIDAK LANGSUNG"), so is a total
    ("Jumlah"). Only for rows a layout reader grouped from a page's lines (the caller checks the row's page): a
    text export's rows are the author's own, a name there may be printed without amounts."""
    if not uraian or not uraian[0].isupper() or not above.nomor or (above.anggaran is None and above.realisasi is None):
        return False
    filled = [k for k, c in enumerate(cells) if c.strip()]
    if any(re.search(r"\d", cells[k]) for k in filled) or not set(filled) <= text_cols:
        return False
    return not (uraian.isupper() and not above.uraian.isupper())


def _amounts_in(row: TableRow, money: list[int]) -> bool:
    return any(re.search(r"\d", _cell(row, k)) for k in money)


def page_openers_without_amounts(rows: list[TableRow], cols: dict[str, int]) -> set[int]:
    """The indexes of the rows holding a name and no amount, when every such row of the table opens a page (the row
    above it on an earlier page) under a row with amounts: in a table that prints amounts on every row of its own
    (a per-program table), such a row is the end of the name above it, cut by the page break ("Program Pemberdayaan
    Masyarakat | 61.803.398" / page break / "Desa dan Kelurahan"). Where a row without amounts stands inside a page
    (a program heading over its kegiatan), rows without amounts are the table's own: none is taken for a cut."""
    money = [cols[f] for f in ("anggaran", "realisasi") if f in cols]
    name = cols.get("uraian")
    if not money or name is None:
        return set()
    out: set[int] = set()
    for i, row in enumerate(rows):
        if not _cell(row, name) or any(re.search(r"\d", c) for c in row.cells):
            continue
        above = rows[i - 1] if i else None
        if above is None or row.page is None or above.page is None or row.page <= above.page \
                or not _amounts_in(above, money):
            return set()
        out.add(i)
    return out


def page_cut_name(uraian: str | None, above: BudgetLine) -> bool:
    """A name-only row opening a page (see :func:`page_openers_without_amounts`) is the rest of the name above,
    unless it reads as a row of its own: a total ("Jumlah"), a heading in capitals under a name that is not."""
    if not uraian or above.anggaran is None and above.realisasi is None:
        return False
    return not re.match(r"(jumlah|total)\b", uraian, re.IGNORECASE) and not (
        uraian.isupper() and not above.uraian.isupper())


#: the head of a word a narrow first column broke ("JUML" over "AH"): capitals ending a cell
_WORD_HEAD = re.compile(r"\p{Lu}{2,}$")
#: the rest of such a word alone in the cell below ("AH")
_WORD_REST = re.compile(r"\p{Lu}{1,3}")


def word_piece(above: str, below: str) -> bool:
    """``below`` (a key cell) is the end of the word ``above`` ends in, broken by a narrow column: "JUML" / "AH"
    of a total row whose amounts wrapped too; not a row key of its own ("II" under "I" reads as no word)."""
    return bool(_WORD_HEAD.search(above.strip())) and bool(_WORD_REST.fullmatch(below.strip())) \
        and not ROMAN.fullmatch(above.strip())


#: a Roman row key, with or without its dot
ROMAN = re.compile(r"[IVXL]+\.?")


def cell_joined(above: str, below: str) -> str:
    """Two lines of one cell read as two rows, as one: a word a narrow column broke joined without a space
    (:func:`word_piece`), a number it broke made whole ("98,6" / "7": :func:`number_continues`), else the
    lines with a space between."""
    a, b = above.strip(), below.strip()
    if a and b and (word_piece(a, b) or number_continues(a, b)):
        return a + b
    return " ".join(x for x in (a, b) if x)


def wordless_rows_dropped(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """The rows with no key, no name and no digit left out (a line of a header repeated on a page: "ANGGARAN |
    REALISASI | %"; :func:`lkjip.extract.records.budget_lines` would skip them): a row the page break cut, its
    wrapped amounts below that line, then joins the row it belongs to."""
    keys = [cols[f] for f in ("nomor", "uraian") if f in cols]
    return [r for r in rows if any(_cell(r, k) for k in keys) or any(re.search(r"\d", c) for c in r.cells)]


#: a key cell holding a row's key and the word of a total under it ("IV. JUMLAH"): a total's label, centred in
#: its cell and broken there ("JUM" / "LAH"), read up into the row above's key cell
_KEY_AND_TOTAL = re.compile(r"^(\S+)\s+((?:jumlah|total)\b.*)$", re.IGNORECASE)


def total_word_given_back(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """A total word read into the key cell of the row above its own (a row with amounts and no key nor name)
    goes back to that row's name: "IV. JUMLAH | Fasilitasi … | 29.813.161" over "| | 3.856.091.624" is the
    sub kegiatan IV. and the JUMLAH row."""
    key, name = cols.get("nomor"), cols.get("uraian")
    if key is None or name is None:
        return rows
    out = list(rows)
    for i in range(len(out) - 1):
        m = _KEY_AND_TOTAL.match(_cell(out[i], key))
        below = out[i + 1]
        if m is None or not ROW_KEY.match(m.group(1)) or _cell(below, key) or _cell(below, name) \
                or not any(re.search(r"\d", c) for c in below.cells):
            continue
        above_cells, below_cells = list(out[i].cells), list(below.cells)
        above_cells[key], below_cells[name] = m.group(1), m.group(2)
        out[i] = out[i].model_copy(update={"cells": above_cells})
        out[i + 1] = below.model_copy(update={"cells": below_cells})
    return out


def pieces_put_back(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """A budget table's rows with the pieces a reader put in the wrong row moved back (repeated header lines left
    out, a total's word given back to its row, name words out of the amount column), before wrapped lines join."""
    rows = total_word_given_back(wordless_rows_dropped(rows, cols), cols)
    return name_words_out_of_amounts(next_row_heads_given_back(rows, cols), cols)


#: an amount cell that ends with the currency sign of the row below: "Rp 24.055.286 Rp"
_SIGN_AFTER = re.compile(r"^(.*\d.*?)\s+(rp\.?)$", re.IGNORECASE)
#: a number in a percent cell
_PERCENT_NUMBER = re.compile(r"\d[\d.,]*")


def _name_head(words: list[str], openers: set[str]) -> int:
    """Where in a name the next row's name begins: the last word (not the first) that opens another row's name
    ("Program", "Total"); len(words) when none does."""
    for i in range(len(words) - 1, 0, -1):
        if words[i].casefold() in openers:
            return i
    return len(words)


def next_row_heads_given_back(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """A row whose every amount cell ends with a currency sign after its amount ("Rp 24.055.286 Rp"), over a row
    whose amounts have none: rows printing the sign on their first line and the amount below, the next row's
    first line read into this one. The signs, the second number of the percent cell ("100 % 95,05") and the
    name's words from the last one that opens a row ("… Kelurahan Program Koordinasi") go to the row below."""
    money = [cols[f] for f in ("anggaran", "realisasi") if f in cols]
    name, pct = cols.get("uraian"), cols.get("persen")
    if not money or name is None:
        return rows
    openers = {r_words[0].casefold() for r in rows if (r_words := _cell(r, name).split())} | {"jumlah", "total"}
    out = list(rows)
    for i in range(len(out) - 1):
        row, below = out[i], out[i + 1]
        signs = [_SIGN_AFTER.match(_cell(row, k)) for k in money]
        if not all(signs) or any(CURRENCY_SIGN.match(_cell(below, k).split()[0] if _cell(below, k) else "x")
                                 or not re.search(r"\d", _cell(below, k)) for k in money):
            continue
        up, down = list(row.cells), list(below.cells)
        for k, m in zip(money, signs, strict=True):
            up[k], down[k] = m.group(1), f"{m.group(2)} {_cell(below, k)}"
        words = _cell(row, name).split()
        cut = _name_head(words, openers)
        up[name], down[name] = " ".join(words[:cut]), " ".join([*words[cut:], _cell(below, name)]).strip()
        nums = list(_PERCENT_NUMBER.finditer(_cell(row, pct))) if pct is not None else []
        if len(nums) >= 2:
            text = _cell(row, pct)
            up[pct], down[pct] = text[: nums[-1].start()].strip(), f"{text[nums[-1].start():]} {_cell(below, pct)}".strip()
        out[i] = row.model_copy(update={"cells": up})
        out[i + 1] = below.model_copy(update={"cells": down})
    return out


def _cut_pieces_kept(above: TableRow, row: TableRow, amounts: dict[int, str | None]) -> dict[int, str | None]:
    """``amounts`` (each of ``row``'s amount cells joined to ``above``'s, None where they make no amount) with the
    pieces that make none kept as read, "21071 51.225", when another amount of the two rows joined whole: that one
    says ``row`` is ``above``'s wrapped line, the other amount lost a separator to the scan. Kept raw, it is read as
    no value (with a warning), never as two small amounts of a row of its own."""
    def piece(r: TableRow, k: int) -> str:
        return "".join(r.cells[k].split()) if k < len(r.cells) else ""

    whole = [k for k, v in amounts.items() if v is not None and piece(above, k) and piece(row, k)]
    if not whole or all(v is not None for v in amounts.values()):
        return amounts
    out = dict(amounts)
    for k, v in amounts.items():
        a, b = piece(above, k), piece(row, k)
        if v is None and NUMBER_PIECE.match(a) and NUMBER_PIECE.match(b):
            out[k] = f"{a} {b}"
    return out


def signed_rows_folded(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """A budget row whose amounts wrapped in a narrow column, read as two rows: the first holds currency signs or
    the heads of amounts ("PROGRAM PEMBERDAYAAN | Rp | | 94,03", "Program Penyelenggaraan | 15.27 | 15.27 | 99,99
    %"), the next no number, the rest of the name and the rest of each amount ("| MASYARAKAT DESA | 117.552.042 |
    110.531.970 |", "Pelayanan Publik | 9.011 | 8.700"). The second joins the first: names run on, each amount
    is made whole (:func:`~lkjip.extract.layout.cues.whole_amount_text`)."""
    money = [cols[f] for f in ("anggaran", "realisasi") if f in cols]
    if not money:
        return rows
    grouped = grouped_columns(rows, money)  # there a head reading as a decimal ("571.7") is an amount cut

    def cell(row: TableRow, k: int) -> str:
        return row.cells[k].strip() if k < len(row.cells) else ""

    def joined(above: TableRow, row: TableRow, k: int) -> str | None:
        a, b = cell(above, k), cell(row, k)
        if not b:  # nothing more of this amount
            return a
        if not a:  # nothing above: the amount wholly on the second line, or none
            return b if whole_amount_text(["Rp", b]) else None
        if CENTS_CUT.match("".join(a.split())) and re.fullmatch(r"\d", b):
            return a + b  # money printed with cents, its second cent digit wrapped alone ("56.161.476,0" / "0")
        if not amount_cut("".join(a.split())):  # a whole-looking head ("2.662") the next piece carries on (".394.")
            return a + b if b[:1] in (".", ",") and amount_goes_on("".join((a + b).split())) else None
        if CURRENCY_SIGN.match(a) and b and whole_amount_text(b.split() or [b]) is None and re.search(r"\d", b):
            return f"{a} {b}" if re.fullmatch(r"[\d.,]+(,-)?", b) else None
        whole = whole_amount_text([a, b]) or (grouped_join(a, b) if k in grouped else None)
        if whole is None and NUMBER_PIECE.match(b) and amount_cut("".join((a + b).split())):
            return a + b  # an amount wrapped over three lines or more ("123.45" / "6.789," / "00"): not whole yet
        return whole

    out: list[TableRow] = []
    for row in rows:
        above = out[-1] if out else None
        if above is not None and ("nomor" not in cols or not cell(row, cols["nomor"])
                                  or word_piece(cell(above, cols["nomor"]), cell(row, cols["nomor"]))):
            amounts = _cut_pieces_kept(above, row, {k: joined(above, row, k) for k in money})
            if all(v is not None for v in amounts.values()) and any(cell(above, k) for k in money) \
                    and any(re.search(r"\d", v) for v in amounts.values() if v) and any(cell(row, k) for k in money):
                cells = [amounts[k] if k in amounts else cell_joined(cell(above, k), cell(row, k))
                         for k in range(len(above.cells))]
                out[-1] = above.model_copy(update={"cells": cells})
                continue
        out.append(row)
    return out

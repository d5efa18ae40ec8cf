"""A total row that took the wrapped end of the name above it (:func:`name_end_out_of_total`).

A budget table whose total row prints its label in the number column ("JUMLAH | | 4.669.201.609") can print that
label on the line of the last row's wrapped name ("2. Fasilitasi Pengelolaan | 8.314.000" over "JUMLAH
Pendayagunaan Aset Desa 4.669.201.609"), the last row cut by a page break or its lines drawn down onto the total's.
A reader then gives the total row the name's end (and the end of its output's name), and the last row loses it:
the total reads "JUMLAH Pendayagunaan Aset Desa", a row of the hierarchy no sum can place.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from lkjip.extract.document import TableRow
from lkjip.model import BudgetLine

#: the labels a total's row prints
_LABELS = ("jumlah", "total", "jumlah total", "grand total")
#: a total's label alone in the number column
TOTAL_LABEL = re.compile("(" + "|".join(_LABELS) + r")\s*:?", re.IGNORECASE)
#: a name a total row may print beside its label: its own ("Belanja Langsung", "Keseluruhan")
_OWN_NAME = re.compile(r"^\s*(belanja|keseluruhan|seluruh|total|jumlah|anggaran)\b", re.IGNORECASE)
_OUTPUT = ("output_uraian", "output_target", "output_realisasi", "output_satuan", "output_persen")


def _cell(row: TableRow, k: int | None) -> str:
    return row.cells[k].strip() if k is not None and 0 <= k < len(row.cells) else ""


def name_end_out_of_total(row: TableRow, cols: dict[str, int], above: BudgetLine | None) -> TableRow:
    """``row`` with the words beside its total label given back to ``above`` (the numbered row with amounts over
    it): the name's words to its name, the output name's to its output name; the total keeps its label alone and
    no output (the words of an output unit beside it are the last row's too). Words in capitals are a name of the
    total's own ("JUMLAH | BELANJA LANGSUNG"), so is a name opening with a word a total prints."""
    key, name = cols.get("nomor"), cols.get("uraian")
    label, words = _cell(row, key), _cell(row, name)
    if above is None or not TOTAL_LABEL.fullmatch(label) or not words or words.isupper() or _OWN_NAME.match(words):
        return row
    if not above.nomor or above.anggaran is None and above.realisasi is None:
        return row
    money = [cols[f] for f in ("anggaran", "realisasi") if f in cols]
    if not any(re.search(r"\d", _cell(row, k)) for k in money):
        return row
    above.uraian = f"{above.uraian} {' '.join(words.split())}".strip()
    if more := _cell(row, cols.get("output_uraian")):
        above.output_uraian = f"{above.output_uraian or ''} {' '.join(more.split())}".strip()
    cells = list(row.cells)
    cells[key], cells[name] = "", label
    for f in _OUTPUT:
        k = cols.get(f)
        if k is not None and k < len(cells) and not re.search(r"\d", cells[k]):
            cells[k] = ""
    return row.model_copy(update={"cells": cells})


#: a line stating a total as a sentence: "Jumlah Anggaran : Rp 3.309.991.779", "Total anggaran: …"
_STATED = re.compile(r"^\s*(jumlah|total)\b[^:\d]{0,40}:", re.IGNORECASE)
#: a total row's name: "JUMLAH", "Total", "Jumlah Belanja", "Grand Total"
TOTAL_ROW = re.compile(r"^\s*(jumlah|total|grand total)\b", re.IGNORECASE)


def _digits(amount: Decimal | None) -> str:
    return str(int(amount)) if amount is not None else ""


def restated_total_dropped(lines: list[BudgetLine]) -> list[BudgetLine]:
    """``lines`` without a last line that restates the total above it as a sentence ("Jumlah Anggaran : Rp
    3.309.991.779" printed under the table, read into its columns as one more total): its label holds a colon, the
    line above is the table's total and the amount it states is that total's. Kept, it is a second total the
    table's sums cannot place."""
    if len(lines) < 2:
        return lines
    last, total = lines[-1], lines[-2]
    if not _STATED.match(last.uraian) or not TOTAL_ROW.match(total.uraian) or total.anggaran is None:
        return lines
    stated = [_digits(last.anggaran)] + [re.sub(r"\D", "", n) for n in re.findall(r"\d[\d.,]*", last.uraian)]
    if not any(s and s.startswith(_digits(total.anggaran)) for s in stated):
        return lines
    return lines[:-1]


#: a total's label at the end of a name cell: "Desa Total", "Pendayagunaan Aset Desa JUMLAH"
_LABEL_AT_END = re.compile(r"^(?P<words>.*?\S)\s+(?P<label>jumlah total|grand total|jumlah|total)\s*:?\s*$",
                           re.IGNORECASE)


def total_label_out_of_name(lines: list[BudgetLine]) -> list[BudgetLine]:
    """``lines`` with the words a reader put before a total's label in its name cell ("Desa Total": the end of
    the last program's name, cut by a page break or drawn down onto the total's line) given back to the line
    above. Only when the line's amounts are the sum of every line above it — the table's total, no row of the
    hierarchy — so a row whose own name ends with "Total" stays. Kept, the total reads as a child of the last
    row and its sum is a false contradiction."""
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        m = _LABEL_AT_END.match(line.uraian or "")
        if not m or line.nomor or m.group("words").isupper() or _OWN_NAME.match(m.group("words")):
            continue
        if not _closes_all_above(line, lines[:i]):
            continue
        above.uraian = f"{above.uraian} {m.group('words')}".strip()
        line.uraian = m.group("label")
    return lines


def _closes_all_above(line: BudgetLine, above: list[BudgetLine]) -> bool:
    """The line's anggaran is the sum of the lines above it (its realisasi is not asked: a report may misprint
    one total, and that contradiction is the validators' to report)."""
    if line.anggaran is None or len(above) < 2 or any(x.anggaran is None for x in above):
        return False
    return sum(x.anggaran for x in above) == line.anggaran


#: a total's label, its letters closed up
_LABEL_WORDS = {label.replace(" ", "") for label in _LABELS}


def total_label_closed(uraian: str | None) -> str | None:
    """``uraian`` with a total's label a narrow cell broke inside its word closed up again ("JUML AH", "Jum lah" →
    "JUMLAH", "Jumlah"): the cell holds nothing but two or three pieces of letters that spell the label whole, and
    no piece is the label itself ("Jumlah Total" stays). Read broken, the total is no total: a row of the hierarchy
    under the last program, whose sum then fails by the table's total — a false contradiction."""
    if not uraian:
        return uraian
    pieces = uraian.strip().rstrip(":").split()
    if not 2 <= len(pieces) <= 3 or not all(p.isalpha() for p in pieces):
        return uraian
    closed = "".join(pieces)
    if closed.casefold() not in _LABEL_WORDS or any(p.casefold() in _LABEL_WORDS for p in pieces):
        return uraian
    return closed

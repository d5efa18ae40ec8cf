"""Text cues the layout reads: numbers, list markers, captions.

One place for the patterns that say what a token or a line is, shared by the
layout engine and :mod:`lkjip.extract.classify` (:data:`CAPTION`). Plain
strings in, no geometry:

* numbers: :func:`is_numeric_token` (any number, amount or percentage),
  :data:`AMOUNT` (a number with a separator: data, never a header's year),
  :data:`WELL_FORMED` and :func:`number_continues` (an amount broken across
  the lines of a narrow column), :data:`ROW_KEY` (a row key "1", "2.", "a",
  "IV"), :data:`COLUMN_NO` (a column number "(3)");
* :data:`LIST_MARKER`: a line opening a list item;
* captions: :data:`CAPTION` ("Tabel 3.6 …", its number and title, for naming
  tables), :data:`NUMBERED_CAPTION` ("Tabel 3.5", "Lampiran 2", "Gambar 1":
  a caption line, never a table's own line) and :data:`CAPTION_WORD` (a
  paragraph opening with a caption word, never running text continued across a
  page break).
"""

from __future__ import annotations

import re

from lkjip.extract.layout.geometry import TextLine
from lkjip.normalize.numbers import grouped_money

#: a number, amount or percentage, with "Rp", brackets, sign and trailing separators
_NUMERIC = re.compile(r"^[(\[]?[-+]?(rp\.?)?[\d.,]*\d[\d.,]*\s?%?[)\]]?[,.-]*$", re.IGNORECASE)


#: a bare number, separators anywhere, an opening bracket allowed: a piece of a number broken across lines
NUMBERISH = re.compile(r"^[(]?[\d.,]*\d[\d.,]*$")


def is_numeric_token(text: str) -> bool:
    """A token that reads as a number, amount or percentage ("2.345.678.901", "93,91%", "(4)")."""
    return bool(_NUMERIC.match(text.strip()))


#: a number with a thousands or decimal separator (money, a percentage): data, not a header's year or column number
AMOUNT = re.compile(r"^[(]?\d{1,3}([.,]\d+)+%?[)]?$")
#: a whole number of up to four digits: a year, a piece of one a narrow column wrapped ("202" / "2"), a column number
PLAIN_INT = re.compile(r"^\(?\d{1,4}\)?$")


def bold_label_numbers(line: TextLine) -> bool:
    """A bold line whose numbers are whole numbers of up to four digits: a header's years or column numbers,
    however a narrow column wrapped them ("2021 202 202" / "2 3"), not a body row's data (a row key comes with
    its name, an amount with its separators)."""
    nums = [w.text for w in line.words if is_numeric_token(w.text)]
    return line.bold and bool(nums) and all(PLAIN_INT.match(t) for t in nums)


#: a row key: "1", "2.1", "a", "IV", "3)"
ROW_KEY = re.compile(r"^([0-9]{1,3}(\.[0-9]{1,3})*|[a-zA-Z]|[IVXLC]{1,5})[.)]?$")
#: a column number under a header: "3", "(3)"
COLUMN_NO = re.compile(r"^\(?\d{1,2}\)?$")


#: a well-formed amount: dot-grouped thousands or plain digits with up to two decimals (or the
#: other convention), optionally ",-" or "%"
WELL_FORMED = re.compile(r"^(\d{1,3}(\.\d{3})+(,\d{1,2})?|\d+([.,]\d{1,2})?|\d{1,3}(,\d{3})+(\.\d{1,2})?)(,-|%)?$")
#: a piece of a number broken across lines
_NUMBER_PIECE = re.compile(r"^[\d.,]*\d[\d.,]*(,-|%)?$")


def number_continues(above: str, below: str) -> bool:
    """``below`` is the rest of the number ``above``, broken because its column was too narrow.

    "1.234.567.89" + "0,00" (the piece above is no well-formed number, the
    whole is), "310.000" + ".000,00" or "1.250." + "000" (a separator at the
    break), "99,9" + "8" (a second decimal digit).
    """
    if not (_NUMBER_PIECE.match(above) and _NUMBER_PIECE.match(below)) or above.endswith(("%", ",-")):
        return False
    whole = above + below
    if not WELL_FORMED.match(whole):
        return False
    if above[-1] in ".," or below[0] in ".,":
        return True
    if not WELL_FORMED.match(above):
        return True
    return bool(re.search(r"[.,]\d$", above)) and bool(re.match(r"^\d(%|,-)?$", below))


#: a currency sign printed alone at the end of a cell's line, its amount wrapped below: "Rp", "Rp.", "Rp ."
CURRENCY_SIGN = re.compile(r"^rp\.?$", re.IGNORECASE)
#: the head of such an amount cut anywhere by a narrow column: "Rp", "1.234.567.", "44.5", "193.17", "890,0"
#: (or the whole of one)
_AMOUNT_HEAD = re.compile(r"^(rp\.?)?(\d{1,3}(\.\d{3})*(\.\d{0,3}|,\d{0,2}|,-)?)?$", re.IGNORECASE)


#: the head of an amount in groups of three, cut short in a narrow column: "1.234.567.", "59.857.92" (no number
#: reads so, in either convention)
BROKEN_AMOUNT = re.compile(r"^(rp\.?)?\d{1,3}(\.\d{3})+\.(\d{1,2})?$", re.IGNORECASE)


#: an amount under a thousand, or printed without grouping, after a currency sign: "Rp500", "Rp.750,00"
_PLAIN_AMOUNT = re.compile(r"^(rp\.?)?\d+(,\d{1,2}|,-)?$", re.IGNORECASE)


def amount_cut(text: str) -> bool:
    """``text`` (a cell's lines so far, spaces dropped) is a currency sign alone or an amount cut short: more of
    the same amount may follow on the cell's next line ("Rp.", "1.234.567.", "44.5"; not "1.234.567.890")."""
    return bool(text) and bool(_AMOUNT_HEAD.match(text)) and not grouped_money(text)


def amount_goes_on(text: str) -> bool:
    """``text`` may still grow into a whole amount (:func:`amount_cut`, or a whole one)."""
    return bool(_AMOUNT_HEAD.match(text))


def amount_whole(text: str, after_sign: bool = False) -> bool:
    """``text`` is a whole amount: in groups of three, or (``after_sign``: the cell opened with a currency sign
    alone) an ungrouped one; never a dot decimal ("Rp.104.21" is the head of "Rp.104.213.674")."""
    if grouped_money(text):
        return True
    return after_sign and bool(_PLAIN_AMOUNT.match(text))


_MONEY_END = re.compile(r",(-|\d{2})$")


def amount_broken(first: str, joined: str) -> bool:
    """Evidence that pieces are one amount a narrow column broke, not numbers of their own: the first piece is
    a currency sign alone, ends in a separator ("2.408.791."), or is a head no number reads as ("52.565.69"),
    or the joined amount ends as printed money does (",-", ",00") or runs to millions in groups of three
    ("193.17" + "8.294"). Without it, "82.5" above "75" (an English decimal, then the next row's value) would
    read as 82.575."""
    return (bool(CURRENCY_SIGN.match(first)) or first.endswith((".", ",")) or bool(BROKEN_AMOUNT.match(first))
            or bool(_MONEY_END.search(joined)) or grouped_money(joined, millions=True, short_cents=True))


def whole_amount_text(parts: list[str]) -> str | None:
    """The lines of one cell as one amount, when they are a narrow column's pieces of it: a currency sign
    alone or an amount's head, then pieces, adding up to a whole amount (:func:`amount_whole`): "Rp." +
    "2.408.791." + "274" -> "Rp. 2.408.791.274", "193.17" + "8.294,-" -> "193.178.294,-". None otherwise."""
    flat = ["".join(p.split()) for p in parts]
    if len(flat) < 2 or not all(flat):
        return None
    sign = re.match(r"^rp\.?", flat[0], re.IGNORECASE)
    head = sign.group(0) if sign else ""
    digits = "".join(flat)[len(head):]
    if not (amount_cut(flat[0]) and _NUMBER_PIECE.match(digits) and amount_whole(head + digits, bool(head))
            and amount_broken(flat[0], head + digits)):
        return None
    if head and not flat[0][len(head):]:
        return f"{parts[0].strip()} {digits}"  # the sign as printed ("Rp .", "Rp."), a space, the amount
    return head + (" " if head and " " in parts[0].strip() else "") + digits


#: a list item's marker ("-", "•", "1.", "a)", "IV.") followed by a space
LIST_MARKER = re.compile(r"^([-•·▪●○◦*]|\d{1,2}[.)]|[a-zA-Z][.)]|[IVXivx]{1,4}[.)])\s")

#: a caption's number as reports print it: "3.6", "3.7.1", "3-7", "7", and a chapter in capital Roman numerals
#: ("III.7", "IV"); lower-case Roman letters are never a number ("Tabel ini …", "tabel di bawah")
CAPTION_NUMBER = r"(?:(?-i:[IVXLC]{1,7})|\d+)(?:\s*\.\s*\d+|[-–]\d+)*"
#: a table caption, "Tabel 3.6 Realisasi …", "Tabel III.7 …": its number and its title (naming tables,
#: :mod:`lkjip.extract.classify`)
CAPTION = re.compile(rf"^\s*(?:tabel|table)\s+({CAPTION_NUMBER})\b\.?\s*(.*)", re.IGNORECASE | re.DOTALL)


#: "Tabel 3.5 …", "Lampiran 2 …": a caption line, never a table's own line
NUMBERED_CAPTION = re.compile(r"^(tabel|table|lampiran|gambar)\s+[\dIVX]+(\.\d+)*\b", re.IGNORECASE)
#: a caption word opening a paragraph ("Tabel", "Gambar", "Grafik" …): no running text continued across a page
CAPTION_WORD = re.compile(r"^(tabel|table|gambar|grafik|bagan|lampiran|diagram)\b", re.IGNORECASE)


def squeezed(text: str) -> str:
    """Text without its spaces: a PDF may space out every letter ("Ta b el 2.1", "Rincia n Anggar an", "1 7")."""
    return "".join(text.split())

"""Numbers as Tesseract misreads them, put right.

Which cell readings may be a misread number (:func:`maybe_number`), which
second reading is a number (:func:`number_reading`), which still looks broken
(:func:`numeric_but_broken`); tokens that are numbers apart from a typical
confusion (``O``/``o`` → 0, ``l``/``I``/``|`` → 1, ``S`` → 5, ``:`` for a
separator, a group cut off by a stray space, a group's dot read as a comma)
fixed (:func:`fix_ocr_digits`); and in table cells a "%" misread
as ``Yo``/``Ya`` restored, a row of column numbers with some misread rebuilt
(:func:`fix_numbering_row`), every fix written to ``Table.warnings``
(:func:`fix_table_digits`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from lkjip.extract.layout.page import PageResult
from lkjip.extract.ocr_currency_wrap import join_under_currency
from lkjip.extract.ocr_header_values import values_out_of_header
from lkjip.extract.ocr_header_words import mend_header_words
from lkjip.extract.ocr_header_years import NUMBERING_ROWS, fix_header_years
from lkjip.extract.ocr_key_dots import fix_key_marks
from lkjip.extract.ocr_year_numbers import split_year_numbers

#: a dash standing for zero or "none" in a table cell ("-", "–", "—")
DASH = re.compile(r"^[-–—]{1,2}$")


_CONFUSABLE = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1", "S": "5", "s": "5", "B": "8"}


_TOKEN = re.compile(r"\S+")


#: thousands grouping ("1.250.000", "3,000") with an optional decimal part: a number beyond doubt
_GROUPED = re.compile(r"^\(?\d{1,3}([.,]\d{3})+([.,]\d+)?%?\)?$")


_NUMBER_SHAPE = re.compile(r"^[(]?(rp\.?)?[\dOoDlIi|SsB][\dOoDlIi|SsB.,]*%?[)]?$", re.IGNORECASE)


#: a row key read cleanly ("1.", "a.", "3)"): no second reading needed
_CLEAN_KEY = re.compile(r"^(\d{1,2}|[A-Za-z])[.)]$")


#: column numbers under a header: "(3)"
_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")


def maybe_number(text: str) -> bool:
    """A first reading that may be a misread number: digits with letters Tesseract confuses with digits or
    with "%", or a short scrap ("YA", "(MN", "aa") where a percent sign or a column number was."""
    text = text.strip()
    if not text or _CLEAN_KEY.match(text):
        return False
    return _numeric_cell(text) or len(text.replace(" ", "")) <= 4


def number_reading(text: str) -> bool:
    """Every token is a well-formed number, a percent sign, a dash, a row key or a column number."""
    tokens = text.split()
    return bool(tokens) and all(
        t == "%" or DASH.match(t) or WELL_FORMED.match(t) or _ROW_KEY.match(t) or _COLUMN_NUMBER.match(t)
        for t in tokens
    )


def percent_misread(first: str, second: str) -> bool:
    """``first`` read the percent sign of ``second`` as digits ("10046" for "100%", "88,206" for "88,20 %")."""
    a, b = digits_of(normalized(first)), digits_of(second)
    return "%" in second and "%" not in first and len(a) > len(b) and a.startswith(b)


def _numeric_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL.match(text)) and any(ch.isdigit() for ch in text)


def normalized(text: str) -> str:
    return fix_ocr_digits(_TRAILING_PERCENT.sub(lambda m: m.group(1) + "%", text))[0]


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


#: what Tesseract may see in a cell holding a number: digits, separators, %, and letters it confuses with digits
_NUMERIC_CELL = re.compile(r"^[\dOoDlIi|SsB.,:;%()\-–Yy ]+$")


WELL_FORMED = re.compile(
    r"^[(]?(\d{1,3}(\.\d{3})+(,\d{1,2})?|\d+([.,]\d{1,2})?|\d{1,3}(,\d{3})+(\.\d{1,2})?)(,-|%)?[)]?$"
)


def numeric_but_broken(text: str) -> bool:
    """A cell that looks like a number (or a dash) but does not read as a well-formed one, even after the
    usual fixes (:func:`fix_ocr_digits`, a percent sign read as letters)."""
    text = text.strip()
    if not text or not _NUMERIC_CELL.match(text) or not any(ch.isdigit() for ch in text):
        return False
    text = _TRAILING_PERCENT.sub(lambda m: m.group(1) + "%", text)
    text = fix_ocr_digits(text)[0]
    tokens = [t for t in text.split() if t not in ("%", "-") and not _ROW_KEY.match(t)]
    return bool(tokens) and not all(WELL_FORMED.match(t) for t in tokens)


#: a row number ("1.", "12", "3)"), not an amount
_ROW_KEY = re.compile(r"^\d{1,2}[.,)]?$")


def fix_ocr_digits(text: str, cents: bool = True) -> tuple[str, list[tuple[str, str]]]:
    """Fix letter/digit confusions inside tokens that are otherwise numbers.

    A token qualifies when it has the shape of a number (digits, ``.``/``,``
    grouping, optional ``%``/parentheses/``Rp``), holds at least one real digit,
    and either its digits outnumber the confusable letters or, once fixed, it
    has thousands grouping ("1.25O.OOO.OOO"). "S1", "D3" (education levels) and
    a bare "l5" are left alone. A colon or semicolon between digits is a
    misread separator: "." before three digits, "," otherwise ("1,371:325",
    "99:97"; a time such as "08:30" stays), and "1.234.567.890.00" gets its
    decimal comma back, "1.234.567.893," its lost dash (",-"). Returns the new text and the
    ``(before, after)`` pairs changed. ``cents``: the number's column prints amounts with cents; where it does
    not, only ".00" is a decimal comma read as a dot (:func:`cut_amount`).
    """
    fixes: list[tuple[str, str]] = []
    joined = _COMMA_DASH.sub(r"\1,-", text)  # "1.234.567.893, -": the dash of ",-" read as a word of its own
    joined = _SPLIT_GROUP.sub(r"\1\2", joined)  # "9.985.639. 757,-": a stray space beside a separator
    if joined != text:
        fixes.append((text, joined))
        text = joined

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if _COLON_NUMBER.match(tok) and not _TIME.match(tok):  # "1,371:325", "99:97": a misread separator
            fixed = _COLON.sub(lambda c: "." if re.match(r"\d{3}(\D|$)", tok[c.end() :]) else ",", tok)
            fixes.append((tok, fixed))
            return fixed
        mixed = _MIXED_GROUPS.match(tok)
        if mixed and "." in mixed.group(2) and "," in mixed.group(2):  # "5.956,794,338,-": a dot read as a comma
            fixed = mixed.group(1) + mixed.group(2).replace(",", ".") + mixed.group(3)
            fixes.append((tok, fixed))
            return fixed
        if _BARE_COMMA.match(tok):  # "1.234.567.893," : the dash of ",-" lost
            fixed = tok + "-"
            fixes.append((tok, fixed))
            return fixed
        if _DOT_DECIMAL.match(tok) and (cents or tok.endswith(".00")):  # "1.234.567.890.00": the comma read "."
            fixed = _DOT_DECIMAL.sub(r"\1,\3", tok)
            fixes.append((tok, fixed))
            return fixed
        body = tok[2:] if tok[:2].lower() == "rp" else tok
        if not _NUMBER_SHAPE.match(tok) or not any(ch.isdigit() for ch in body):
            return tok
        letters = [ch for ch in body if ch in _CONFUSABLE]
        digits = [ch for ch in body if ch.isdigit()]
        if not letters:
            return tok
        candidate = "".join(_CONFUSABLE.get(ch, ch) for ch in body)
        grouped = bool(_GROUPED.match(candidate))
        if not grouped and len(digits) <= len(letters):
            return tok  # "S1", "D3", "l5": too little evidence that this is a number
        fixed = (tok[:2] if body is not tok else "") + candidate
        fixes.append((tok, fixed))
        return fixed

    return _TOKEN.sub(repl, text), fixes


_COLON = re.compile(r"[:;]")


_COMMA_DASH = re.compile(r"(\d),\s+-(?=\s|$)")


#: a thousands group cut from its number by a stray space next to its dot ("9.985.639. 757,-",
#: "9.985 .639.757"): the dot says the digits go on, so the two pieces are one number
_SPLIT_GROUP = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:\.(?=\s+\d)|(?=\s+\.\d)))\s+(\.?\d{3}(?:\.\d{3})*(?:,\d{1,2}|,-)?)(?![\d.,%])"
)


#: the head of an amount a narrow column wrapped, cut after a group's separator or inside a group ("60.679." over
#: "660", "3.682.8" over "45.156"): an amount's digits, read again like one
AMOUNT_HEAD = re.compile(r"^\d{1,3}(\.\d{3})+\.\d{0,2}$")


#: a short decimal or percentage of a table ("97,1", "84,70", "101,39%"), or an amount's head a narrow column cut
#: inside its second group ("75.88" over "6.790"): a digit misread in one is a false contradiction as in an amount
SHORT_DECIMAL = re.compile(r"^\d{1,3},\d{1,2}%?$|^\d{2,3}%?$|^\d{1,3}\.\d{1,2}$")

#: digits alone, read again when read unsure: a target "77" read "7" at 35, a wrapped amount's tail "757" read
#: "1517" at 75 (a sure one, a row's "1", is not read again)
BARE_DIGITS = re.compile(r"^\d+%?$")


def as_printed(read: str, first: str) -> str:
    """``read`` ending with the separator the first reading ended with (a head "72.774," read for "72.774.")."""
    return read[:-1] + first[-1] if first[-1:] in ".," and read[-1:] in ".," else read


def grouped_amount(text: str) -> bool:
    """A word with the thousands grouping of an amount once the usual confusions are put right
    ("9.O22.5ll.000,00"), however its digits were read."""
    body = re.sub(r"^rp\.?", "", text.strip(), flags=re.IGNORECASE)
    return _GROUPED.match(fix_ocr_digits(body)[0].removesuffix(",-")) is not None


def number_like(text: str) -> bool:
    """A word that may be an amount Tesseract read unsure: digits (three at least), separators, and
    letters it confuses with digits."""
    body = re.sub(r"^rp\.?", "", text.strip(), flags=re.IGNORECASE)
    return bool(body) and _NUMERIC_CELL.match(body) is not None and len(digits_of(body)) >= 3


#: thousands groups, then decimals or ",-" after a comma: the groups' separator can only be a dot
_MIXED_GROUPS = re.compile(r"^(\(?\d{1,3})((?:[.,]\d{3}){2,})(,(?:-|\d{2})\)?)$")


#: dot-grouped thousands ending in a bare comma: the "-" of ",-" (no cents) went missing
_BARE_COMMA = re.compile(r"^\d{1,3}(\.\d{3})+,$")


#: dot-grouped thousands then ".dd": valid in no convention, the last dot is a misread decimal comma
_DOT_DECIMAL = re.compile(r"^(\d{1,3}(\.\d{3})+)\.(\d{2})$")


#: an amount with cents after its decimal comma ("24.618.825,50"); ",00" is how whole amounts are often printed
_WITH_CENTS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,(?!00)\d{2}(?![\d.,])")


def columns_with_cents(table) -> list[bool]:
    """For each column of ``table``, whether it prints an amount with cents other than ",00" ("24.618.825,50"):
    there an amount read "1.234.567.890.12" had its decimal comma read as a dot. A column of whole amounts
    printed "1.250.000,00" prints no cents: there it is as likely a cut amount, kept raw."""
    n_cols = max((len(r.cells) for r in table.rows), default=0)
    return [any(k < len(r.cells) and _WITH_CENTS.search(r.cells[k]) for r in table.rows) for k in range(n_cols)]


def cut_amount(text: str, cents: bool) -> bool:
    """Whether ``text`` is an amount whose thousands groups end in a group of two digits ("2.362.853.58") in a column
    of whole amounts (``cents`` False): an amount whose last glyph OCR dropped or a narrow column wrapped away
    ("2.362.853.583"), as likely as a decimal comma read as a dot. Its value cannot be told: it is kept as read
    (no reader takes it for a number), named in a warning, never turned into a decimal."""
    return not cents and _DOT_DECIMAL.match(text) is not None and not text.endswith(".00")


#: "08:30" is a time, not a number
_TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


_COLON_NUMBER = re.compile(r"^\d[\d.,]*[:;][\d.,:;]*\d%?$")


#: "93,91 Yo", "100Yo": a percent sign after a number, read as letters
_TRAILING_PERCENT = re.compile(r"(?<=\d)(\s?)(?:Y[oa6]|%o)(?=\s|$)")


#: how Tesseract reads a "%" standing alone in a cell (a Satuan column, a header; "v6" in a bold header cell)
_LONE_PERCENT = re.compile(r"^(Y[oa6nA]|[%9V]o|[vV]6|o/o|%o)$")


#: "Rp" before an amount read as "Ro" / "R0" ("Ro. 67.961.470")
_RP_MISREAD = re.compile(r"(?<![^\W\d_])R[o0]([.,]?\s?)(?=\d)")


#: "(Yo)" in a header ("Tingkat Kemajuan (%)")
BRACKET_PERCENT = re.compile(r"\((?:Y[oa6nA]|[%9V]o|o/o|%o)\)")


#: a cell of one decimal number whose comma Tesseract read as the end of a word ("80, 40", "99, 88 %"): a space
#: after a comma that two decimals follow, in a cell that holds nothing else, is no space printed
_SPACED_DECIMAL = re.compile(r"^(\(?\d{1,3}),\s+(\d{2}(?:\s?%)?\)?)$")


#: a column number as the first reading may have it: "3)", "(MN" are taken only where the row says so
_COLUMN_NO = re.compile(r"^\(?(\d{1,2})\)?$")


#: marks a leftover of an erased ruling or a speck leaves beside a column number ("- (3)", "(4) |")
_SPECKS = " -–—_|.'`,"


def fix_numbering_row(cells: list[str]) -> list[str] | None:
    """A row of column numbers with some misread ("(1) (2) 3) (4) (MN", "1 … 10 li"), rebuilt; else None.

    It counts as one when at least three cells, and 60 % of the non-empty ones,
    read as a number equal to the column's position plus one same offset (specks beside it aside: "- (3)"), and
    every other non-empty cell is a scrap of at most four characters. The position is the cell's column, or its
    place among the row's filled cells when that agrees with more of them: a reader that split one printed column
    in two leaves an empty cell in the row, and the numbers right of it count on from the filled cells
    ("1 2 3 4 _ s 6 7 8 9 16 11": the "s" a 5, the "16" a 10).
    """
    filled = [(k, c.strip()) for k, c in enumerate(cells) if c.strip()]
    if len(filled) < 3:
        return None
    best = max((_numbering_offset(filled, by_rank) for by_rank in (False, True)), key=lambda b: b[1])
    offset, hits, agreeing, bracketed, position = best
    if hits < 3 or hits < 0.6 * len(filled) or offset + position[filled[0][0]] not in (0, 1):
        return None
    if any(len(c) > 4 or " " in c for k, c in filled if k not in agreeing):
        return None
    rebuilt = [(f"({position[k] + offset})" if bracketed else str(position[k] + offset)) if c.strip() else c
               for k, c in enumerate(cells)]
    return rebuilt if rebuilt != cells else None


def _numbering_offset(filled: list[tuple[int, str]], by_rank: bool) -> tuple[int, int, set[int], bool, dict[int, int]]:
    """For :func:`fix_numbering_row`: the offset most filled cells' numbers stand at from their position (their
    column, or their place among the filled cells ``by_rank``), how many, which cells, whether most of those are
    bracketed, and each filled cell's position."""
    position = {k: (rank if by_rank else k) for rank, (k, _) in enumerate(filled)}
    good = [(k, int(m.group(1)), core.startswith("(")) for k, c in filled
            if (m := _COLUMN_NO.match(core := c.strip(_SPECKS)))]
    if not good:
        return 0, 0, set(), False, position
    offset, hits = Counter(v - position[k] for k, v, _ in good).most_common(1)[0]
    agreeing = {k for k, v, _ in good if v - position[k] == offset}
    bracketed = sum(p for k, _, p in good if k in agreeing) * 2 > hits
    return offset, hits, agreeing, bracketed, position


#: the table warning naming a number whose digits OCR is unsure of (:func:`lkjip.extract.ocr_unsure.unsure_digits`)
_UNSURE_DIGITS = re.compile(r"^page (\d+): OCR unsure of the digits of '(.+)' \(confidence (\d+)\)$")


def unsure_digits_note(page_no: int, text: str, conf: float) -> str:
    """The table warning saying OCR is unsure of the digits of ``text`` (read back by :func:`unsure_digits_read`)."""
    return f"page {page_no}: OCR unsure of the digits of {text!r} (confidence {conf:.0f})"


def unsure_digits_read(warning: str) -> tuple[int, str, int] | None:
    """(page, number as read, confidence) of a warning :func:`unsure_digits_note` wrote, else None."""
    m = _UNSURE_DIGITS.match(warning)
    return (int(m.group(1)), m.group(2), int(m.group(3))) if m else None


#: the first line of an amount wrapped in a narrow column: thousands groups, the last one cut short ("59.862.59",
#: "77,426.39" with a group's dot read as a comma); its last separator is a dot, which the decimal comma of the
#: second line ("4,00") says cannot be the decimal point
_CUT_HEAD = re.compile(r"^(\(?(?:Rp\.?\s?)?\d{1,3}(?:[.,]?\d{3})*)\.(\d{1,2})$")


#: ... and its second line, alone on a row of its own: the rest of the group, then the cents or ",-"
_CUT_TAIL = re.compile(r"^(\d{1,2})((?:\.\d{3})*(?:[,.]\d{2}|,-)\)?)$")


def join_wrapped_amounts(table, page_no: int) -> None:
    """Amounts a narrow column wrapped ("59.862.59" over "4,00") that the OCR layout left as two rows, the second
    holding nothing but the amounts' ends, joined back ("56.789.012,00"). Only when the two pieces make exactly one
    thousands group of three digits, and the lower row has no other text: the digits are the printed ones, in
    their order; a group's separator read as a comma in the first piece is made a dot (a table warning each)."""
    rows = table.rows
    i = 0
    while i + 1 < len(rows):
        upper, lower = rows[i].cells, rows[i + 1].cells
        filled = [k for k, c in enumerate(lower) if c.strip()]
        pairs = []
        for k in filled:
            head = _CUT_HEAD.match(upper[k].strip()) if k < len(upper) else None
            tail = _CUT_TAIL.match(lower[k].strip())
            if not head or not tail or len(head.group(2)) + len(tail.group(1)) != 3:
                break
            if "." in tail.group(2)[:-3] and len(re.sub(r"\D", "", head.group(1))) < 4:
                break  # a tail holding groups of its own goes only under a head of thousands ("12.5" is no head)
            pairs.append((k, head, tail))
        if not filled or len(pairs) != len(filled):
            i += 1
            continue
        for k, head, tail in pairs:
            first = head.group(1)
            lead = re.match(r"^\(?(?:Rp\.?\s?)?", first).group(0)  # type: ignore[union-attr]
            whole = int(re.sub(r"\D", "", first[len(lead):]))  # its groups' dots put back where OCR lost one
            groups = lead + f"{whole:,}".replace(",", ".")
            rest = re.sub(r"\.(\d{2}\)?)$", r",\1", tail.group(2))  # the cents' comma read as a dot ("00.00")
            joined = f"{groups}.{head.group(2)}{tail.group(1)}{rest}"
            table.warnings.append(f"page {page_no}: OCR wrapped amount joined {upper[k]!r} + {lower[k]!r} -> {joined!r}")
            upper[k] = joined
        del rows[i + 1]
        i += 1


#: a row key in Roman numerals as Tesseract may read it: the letters it confuses with I and V ("Il.", "Ill.", "1V.";
#: a serif I's bar read "T": "TI", "Ti", "IT")
_ROMANISH_KEY = re.compile(r"^([1lI|iíVvXxNTt]{1,4})([.)]?)$")


#: digits only that no arabic key is ("111."): three ones are a Roman three
_ROMAN_DIGITS = frozenset({"111"})


#: a row key in Roman numerals as printed
_ROMAN_KEY = re.compile(r"^(I{1,3}|IV|VI{0,3}|IX|X)[.)]?$")


def fix_roman_keys(table, page_no: int) -> None:
    """Row keys in Roman numerals misread in a column that numbers its rows so ("Il." -> "II.", "Ill." -> "III.",
    "IN" -> "III", "1V." -> "IV."), put right with a table warning. Only in a column where two cells at least are Roman
    numerals read as printed ("I.", "V."): there a Roman numeral is what is expected; anywhere else "Il" or "l."
    stays as read, and a key of digits alone ("1.", "11.") stays everywhere (the arabic keys of the items under a
    Roman one)."""
    n_cols = max((len(r.cells) for r in table.rows), default=0)
    for k in range(n_cols):
        cells = [r.cells[k].strip() for r in table.rows if k < len(r.cells)]
        if sum(bool(_ROMAN_KEY.match(c)) for c in cells) < 2:
            continue
        for row in table.rows:
            cell = row.cells[k].strip() if k < len(row.cells) else ""
            m = _ROMANISH_KEY.match(cell)
            if not m or _ROMAN_KEY.match(cell) or (m.group(1).isdigit() and m.group(1) not in _ROMAN_DIGITS):
                continue  # digits alone ("1.", "11.") are the arabic keys a Roman list may hold under its items
            # an "N" is two bars read as one letter ("IN" for "III" in sans print); a "T" is a serif I's bar
            roman = "".join("II" if ch == "N" else "I" if ch in "Tt" else _ROMAN_LETTER[ch] for ch in m.group(1))
            if roman in _CHAPTERS:
                row.cells[k] = roman + m.group(2)
                table.warnings.append(f"page {page_no}: OCR Roman row key fix {cell!r} -> {row.cells[k]!r}")


#: a row key of one lower-case letter as printed ("a.", "c)")
_LETTER_KEY = re.compile(r"^[a-z][.)]$")


#: a row key of one capital letter
_CAPITAL_KEY = re.compile(r"^[A-Z][.)]$")


#: a key of a letter whose capital has its shape ("c", "o", "s", "v", "w", "x", "z") as Tesseract may read it in
#: small print: the capital ("C."), or the letter twice ("Cc.")
_LETTER_LIKE_CAPITAL = re.compile(r"^(?i:([cosvwxz])\1?)([.)])$")


def fix_letter_keys(table, page_no: int) -> None:
    """Row keys of one lower-case letter misread in a column that numbers its rows so ("Cc." or "C." -> "c."),
    put right with a table warning. Only in a column where two cells at least are such keys read as printed, and
    only letters whose capital has the lower-case shape, and not in a column that also keys rows by capitals of
    their own shape ("A.", "B."): "C." elsewhere, or a "B." among "a.", "b.", stays."""
    n_cols = max((len(r.cells) for r in table.rows), default=0)
    for k in range(n_cols):
        cells = [r.cells[k].strip() for r in table.rows if k < len(r.cells)]
        if sum(bool(_LETTER_KEY.match(c)) for c in cells) < 2 or any(
                _CAPITAL_KEY.match(c) and not _LETTER_LIKE_CAPITAL.match(c) for c in cells):
            continue  # capitals of their own shape ("A.", "B.") too: a column keying two levels by case
        for row in table.rows:
            cell = row.cells[k].strip() if k < len(row.cells) else ""
            m = _LETTER_LIKE_CAPITAL.match(cell)
            if m and not _LETTER_KEY.match(cell):
                row.cells[k] = m.group(1).lower() + m.group(2)
                table.warnings.append(f"page {page_no}: OCR letter row key fix {cell!r} -> {row.cells[k]!r}")


def fix_table_digits(res: PageResult, page_no: int) -> None:
    for pt in res.tables:
        join_under_currency(pt.table, page_no)
        join_wrapped_amounts(pt.table, page_no)
        values_out_of_header(pt.table, page_no)
        fix_roman_keys(pt.table, page_no)
        fix_letter_keys(pt.table, page_no)
        fix_key_marks(pt.table, page_no)
        fix_header_years(pt.table, page_no)
        mend_header_words(pt.table, page_no)
        cents = columns_with_cents(pt.table)
        for i, row in enumerate(pt.table.rows):
            numbering = fix_numbering_row(row.cells) if i < NUMBERING_ROWS else None
            if numbering is not None:
                pt.table.warnings.append(f"page {page_no}: OCR column numbers fix {row.cells!r} -> {numbering!r}")
                row.cells[:] = numbering
                continue
            for k, cell in enumerate(row.cells):
                if _RP_MISREAD.search(cell):
                    fixed = _RP_MISREAD.sub(r"Rp\1", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR currency fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                if BRACKET_PERCENT.search(cell):
                    fixed = BRACKET_PERCENT.sub("(%)", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR percent sign fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                if _LONE_PERCENT.match(cell):
                    row.cells[k] = "%"
                    pt.table.warnings.append(f"page {page_no}: OCR percent sign fix {cell!r} -> '%'")
                    continue
                if _TRAILING_PERCENT.search(cell):
                    fixed = _TRAILING_PERCENT.sub(lambda m: m.group(1) + "%", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR percent sign fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                if _SPACED_DECIMAL.match(cell):
                    fixed = _SPACED_DECIMAL.sub(r"\1,\2", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR decimal comma fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                fixed, fixes = fix_ocr_digits(cell, cents[k] if k < len(cents) else True)
                if cut_amount(fixed, cents[k] if k < len(cents) else True):
                    pt.table.warnings.append(f"page {page_no}: OCR amount {fixed!r} cut short or its decimal comma "
                                             "read as a dot, in a column of whole amounts: kept as read")
                if fixes:
                    row.cells[k] = fixed
                    for before, after in fixes:
                        pt.table.warnings.append(f"page {page_no}: OCR digit fix {before!r} -> {after!r}")
        split_year_numbers(pt.table, page_no)  # the column numbers read right first ("l" -> "1")


#: a word that opens a table's or figure's caption; the word after it is the caption's number
_CAPTION_OPENER = frozenset({"tabel", "table", "gambar", "grafik"})


#: a caption number as Tesseract reads a chapter in Roman numerals: "111.3", "IIl.4", "II1.5", "1V.2",
#: "Ill.1" (the letters it confuses with I, V and X, then the section numbers)
_ROMANISH_NUMBER = re.compile(r"^([1lI|iíVvXx!]{1,4})((?:\.\d{1,2})+)(\.?)$")


#: what Tesseract reads for the marks of a Roman number: a bar "I" as "1", "l", "|", "i" or "!" (its foot serif a
#: dot when the stroke breaks, "II!.7" for "III.7")
_ROMAN_LETTER = {"1": "I", "l": "I", "I": "I", "|": "I", "i": "I", "í": "I", "!": "I", "V": "V", "v": "V", "X": "X",
                 "x": "X"}


_CHAPTERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def roman_chapter(text: str, *, page_roman: bool = False) -> str | None:
    """A caption number whose chapter is Roman numerals misread ("111.3" -> "III.3", "IIl.4" -> "III.4",
    "1V.2" -> "IV.2"), put right; None when it is no such number.

    A chapter with a letter among its marks is Roman beyond doubt; "11" and "111" are too (no report has a
    chapter eleven, let alone 111); a lone "1" ("1.2") is Roman only when the page numbers another caption in
    Roman numerals (``page_roman``), since "Tabel 1.2" is as common printed in digits.
    """
    m = _ROMANISH_NUMBER.match(text)
    if not m:
        return None
    chapter, rest = m.group(1), m.group(2) + m.group(3)
    roman = "".join(_ROMAN_LETTER[ch] for ch in chapter)
    if roman not in _CHAPTERS or roman == chapter:
        return None
    if chapter.isdigit() and chapter not in ("11", "111") and not (chapter == "1" and page_roman):
        return None
    return roman + rest


def caption_opener(text: str) -> bool:
    return text.lower().rstrip(".:") in _CAPTION_OPENER


def caption_number_at(w, words: list) -> bool:
    """``w`` stands right after a caption's opening word ("Tabel") of ``words`` on its line."""
    mid = (w.top + w.bottom) / 2
    gap = 2 * max(w.size, 4.0)
    return any(
        caption_opener(o.text) and o.top < mid < o.bottom and 0 <= w.x0 - o.x1 <= gap
        for o in words
    )


#: a caption number read with less confidence than this (0-100) is looked at in the image ("1.2" for "I.2" at 40;
#: a printed "1.2" reads at 90 and more)
UNSURE_CAPTION = 60


def fix_caption_numbers(words: list, bar: Callable[[Any], bool | None] | None = None) -> list[tuple[str, str]]:
    """Caption numbers of a page whose Roman chapter Tesseract read as digits or letters ("Tabel 111.2",
    "Tabel Ill.1"), put right in place (:func:`roman_chapter`); returns the ``(before, after)`` pairs.

    A caption's number names its table (its records' source), so one misread moves every record of the
    table under a name the report never printed. A "1.2" turns Roman only beside another caption of the
    page that is Roman, or when ``bar`` (a look at the image, :func:`~lkjip.extract.ocr_image.first_glyph_is_bar`)
    says its first mark is a plain bar, no "1" with its flag (looked at for readings below :data:`UNSURE_CAPTION`
    only); a chapter of digits whose first mark has the
    flag of a "1" stays as read.
    """
    openers = [o for o in words if caption_opener(o.text)]
    at = [k for k, w in enumerate(words) if openers and caption_number_at(w, openers)]
    page_roman = any(
        roman_chapter(words[k].text) is not None or (m := _ROMANISH_NUMBER.match(words[k].text)) and m.group(1) in _CHAPTERS
        for k in at
    )
    fixes: list[tuple[str, str]] = []
    for k in at:
        m = _ROMANISH_NUMBER.match(words[k].text)
        # only a reading Tesseract doubts is looked at: in 7 pt print the flag of a "1" is a pixel or two
        unsure = words[k].conf < UNSURE_CAPTION
        seen = bar(words[k]) if bar is not None and unsure and m and m.group(1).isdigit() else None
        if seen is False:
            continue  # the image shows a "1"
        fixed = roman_chapter(words[k].text, page_roman=page_roman or seen is True)
        if fixed is not None:
            fixes.append((words[k].text, fixed))
            words[k].text = fixed
    return fixes


def sans_seven(first: str, second: str) -> bool:
    """Whether the digits ``second`` differ from ``first`` only where ``first`` has a "1" and ``second`` a "7": the
    page pass's usual misreading of a sans or condensed "7", the only one a two-against-two split gives back."""
    return len(first) == len(second) and all(a == b or (a, b) == ("1", "7") for a, b in zip(first, second, strict=True))

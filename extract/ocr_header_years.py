"""Years of a scanned table's header misread, put right (:func:`fix_header_years`): a monospaced dotted zero read as
a look-alike ("2826" for "2026"), or a year with digits dropped ("22" for "2022", a tail of them "221 222 223" after
"2019 2020" in small bold print), told by the run of years the header row prints or by the one year a label's digits
can be.
"""

from __future__ import annotations

import re

from lkjip.extract.ocr_header_words import TOP_ROWS

#: rows of a table where a header's years and a column-number row may stand (a header of up to
#: :data:`~lkjip.extract.ocr_header_words.TOP_ROWS` rows, the column numbers under it)
NUMBERING_ROWS = TOP_ROWS + 1


#: a header cell that is a year, or four characters read where one was printed ("2826"), bracketed or not
_YEARISH = re.compile(r"^(\(?)([\d@]{4})(\)?)$")


#: a year as printed
_YEAR = re.compile(r"^(?:19|20)\d\d$")


#: what Tesseract reads for a monospaced zero with a dot or a slash in it, the counter filled in small bold print
_DOTTED_ZERO = frozenset("689@")


def _zero_misread(read: str, year: str) -> bool:
    """Whether ``read`` is ``year`` with one or more of its zeros read as a look-alike (:data:`_DOTTED_ZERO`)."""
    return len(read) == len(year) and read != year and all(
        a == b or (b == "0" and a in _DOTTED_ZERO) for a, b in zip(read, year, strict=True))


def fix_header_years(table, page_no: int) -> None:
    """Years of a table's header with a dotted zero misread, put right with a table warning each (the first
    :data:`NUMBERING_ROWS` rows; anything else stays as read):

    * a cell of a run of year columns ("2021 2022 … 2025 2826") that is no year as read, its filled neighbours in
      the row years one apart from it (the year left of it plus one, the year right of it minus one, the two
      agreeing when both are there, two years at least in the row), each digit it differs from that year in a zero
      of the year read as a look-alike (a dotted monospaced zero read "8", "6", "9" or "@");
    * a four-digit number in a header label ("TARGET 2923") that is no year, in a row holding no decimal or grouped
      number (a row of values), when exactly one year of
      :data:`_LIKELY_YEARS` is it with some of its look-alikes read back as zeros ("2626" may be 2020 or 2026:
      kept)."""
    for row in table.rows[:NUMBERING_ROWS]:
        _fix_year_run(row.cells, table.warnings, page_no)
        if any(_VALUE.search(c) for c in row.cells):
            continue  # a row of values ("80,40", "1.250"): no header
        for k, cell in enumerate(row.cells):
            if not _LETTER.search(cell):
                continue
            fixed = _LABEL_YEAR.sub(lambda m: _only_year(m.group(0)) or m.group(0), cell)
            if fixed != cell:
                row.cells[k] = fixed
                table.warnings.append(f"page {page_no}: OCR header year fix {cell!r} -> {fixed!r}")


#: a four-character number in a header label, standing alone ("TARGET 2923", "Kondisi Awal (2626)")
_LABEL_YEAR = re.compile(r"(?<![\d.,@])[\d@]{4}(?![\d.,@])")


_LETTER = re.compile(r"[^\W\d_]")


#: a decimal or a grouped number: a row holding one is a row of values
_VALUE = re.compile(r"\d[.,]\d")


#: the years a report's header names
_LIKELY_YEARS = range(1990, 2050)


def _only_year(read: str) -> str | None:
    """The one year of :data:`_LIKELY_YEARS` that ``read`` (no year itself) is with a dotted zero misread, or None."""
    if read.isdigit() and int(read) in _LIKELY_YEARS:
        return None
    found = [str(y) for y in _LIKELY_YEARS if _zero_misread(read, str(y))]
    return found[0] if len(found) == 1 else None


def _run_breaker(years: list[int | None], pos: int) -> bool:
    """Whether the year at ``pos`` of a header line (None: no year) breaks a run of years one apart that it stands
    in: the years beside it are one apart from each other across it ("2021 [2026] 2023"), or, at a run's end, the
    two next to it on the other side are one apart ("[2026] 2021 2022")."""
    def at(j: int) -> int | None:
        return years[j] if 0 <= j < len(years) else None

    left, right = at(pos - 1), at(pos + 1)
    if left is not None and right is not None:
        return right - left == 2 and years[pos] != left + 1
    if right is not None and left is None:
        return at(pos + 2) == right + 1 and years[pos] != right - 1
    if left is not None:
        return at(pos - 2) == left - 1 and years[pos] != left + 1
    return False


def _fix_year_run(cells: list[str], warnings: list[str], page_no: int) -> None:
    filled = [(k, m) for k, c in enumerate(cells) if (m := _YEARISH.match(c.strip()))]
    if sum(bool(_YEAR.match(m.group(2))) for _, m in filled) < 2:
        return
    line = [(k, c.strip()) for k, c in enumerate(cells) if c.strip()]
    years = [int(y.group(2)) if (y := _YEARISH.match(c)) and _YEAR.match(y.group(2)) else None for _, c in line]
    for pos, (k, cell) in enumerate(line):
        m = _YEARISH.match(cell)
        if not m:
            _fix_short_year(cells, k, cell, years, pos, warnings, page_no)  # a year put right extends the run
            continue
        expected = {years[j] + step for j, step in ((pos - 1, 1), (pos + 1, -1))
                    if 0 <= j < len(line) and years[j] is not None}
        if _YEAR.match(m.group(2)) and not _run_breaker(years, pos):
            continue
        if len(expected) != 1 or not _zero_misread(m.group(2), year := str(expected.pop())):
            continue
        cells[k] = f"{m.group(1)}{year}{m.group(3)}"
        warnings.append(f"page {page_no}: OCR header year fix {cell!r} -> {cells[k]!r}")


#: a year with digits dropped ("22" or "223" for "2023" in small print on a shaded band), bracketed or not
_SHORT_YEAR = re.compile(r"^(\(?)(\d{2,3})(\)?)$")


def _fix_short_year(cells: list[str], k: int, cell: str, years: list[int | None], pos: int, warnings: list[str],
                    page_no: int) -> None:
    """A cell of a run of year columns read with digits missing ("2021 22 2023"): the year its neighbours say it is,
    when the cell's digits are that year's with some left out, its last digit kept. The neighbours say it when the
    two beside it agree (left plus one, right minus one), or, on a side with no year beside it, when the two years
    on the other side are one apart and step on to it: small bold print reads every year after the first few with
    a digit lost ("2019 2020 221 222 223 224", two digits touching). A year put right is a year of the run for the
    cells after it (``years`` is updated), so such a tail is put right cell by cell; there a cell must have kept three
    digits of the four (a "21" after "2019 2020" may be anything)."""
    m = _SHORT_YEAR.match(cell)
    if not m:
        return
    year, digits = _year_from_neighbours(years, pos), m.group(2)
    if year is None or (len(digits) < 3 and not _between_years(years, pos)):
        return  # on one side only, a year read with one digit lost, no less
    rest = iter(year)
    if digits[-1] != year[-1] or not all(ch in rest for ch in digits):
        return  # not the year's digits in order
    cells[k] = f"{m.group(1)}{year}{m.group(3)}"
    years[pos] = int(year)
    warnings.append(f"page {page_no}: OCR header year fix {cell!r} -> {cells[k]!r}")


def _year_from_neighbours(years: list[int | None], pos: int) -> str | None:
    """The year the cell at ``pos`` of a header line stands for by the years around it (:func:`_fix_short_year`)."""
    def at(j: int) -> int | None:
        return years[j] if 0 <= j < len(years) else None

    left, right = at(pos - 1), at(pos + 1)
    if left is not None and right is not None:
        return str(left + 1) if right - left == 2 else None
    if left is not None and at(pos - 2) == left - 1:
        return str(left + 1)
    if right is not None and at(pos + 2) == right + 1:
        return str(right - 1)
    return None


def _between_years(years: list[int | None], pos: int) -> bool:
    return 0 < pos < len(years) - 1 and years[pos - 1] is not None and years[pos + 1] is not None

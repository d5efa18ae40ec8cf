"""Do the rules of a ruled region part its rows, or frame bands that hold several rows?

:func:`rules_part_rows` says whether every band between two horizontal rules holds one row: a band holding two
lines with numbers of their own, two lines filling every column, two lines opening with a row key, or cells
starting again under white holds several (an outer frame with one rule under the header holds the whole body).
:func:`one_row` asks the same of one band without the table's column count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from lkjip.extract.layout.cues import CURRENCY_SIGN, is_numeric_token, number_continues
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.normalize.numbers import grouped_money


def rules_part_rows(region: Sequence[TextLine], ys: Sequence[float]) -> bool:
    """The rules separate every row: no band between two rules holds two lines with numbers of their own
    (:func:`_numbered`, not the rest of numbers broken above), nor two lines filling every column or opening
    with a row key: an outer frame with one rule under the header
    holds the whole body in one band. The region's lines above the first rule and below the last are a band
    too (a frame left open by a page break)."""
    bounds = [-math.inf, *ys, math.inf]
    n_cells = max((_n_cells(ln) for ln in region), default=0)
    left = min((ln.x0 for ln in region), default=0.0)
    bands = [[ln for ln in region if a <= (ln.top + ln.bottom) / 2 <= b] for a, b in zip(bounds, bounds[1:], strict=False)]
    bands = [band for band in bands if band]
    if len(bands) == 1 and _header_over_body(bands[0]):
        return False  # two rules framing header and body alike (a table's last page): no rule under the header
    # below the first band (a header's labels may stand apart there), a band where cells start again holds rows; so
    # does a frame's only band with no bold header (a table's part on a page of its own, framed top and bottom)
    body = bands[1:] if len(bands) > 1 or any(ln.bold for ln in bands[0]) else bands
    # one band under the header alone (a frame round a header rule, its body cut by the page break to one row):
    # nothing says its rules part rows, so one cell starting again under white is a sub-row too
    least = 1 if len(bands) == 2 and len(body) == 1 else 2
    return all(not _rows_in_band(band, n_cells, left) for band in bands) \
        and not any(_cells_restart(band, least) for band in body)


def _header_over_body(band: Sequence[TextLine]) -> bool:
    """``band`` opens with bold lines (a header) and goes on with lines in regular weight (the body), one with a
    number at least, or two or more (a table of text rows, its header repeated on a continuation page with no rule
    under it): the rules round it frame the table, they part no rows."""
    lines = sorted(band, key=lambda ln: ln.top)
    n_bold = next((k for k, ln in enumerate(lines) if not ln.bold), len(lines))
    return 0 < n_bold < len(lines) and (len(lines) - n_bold >= 2
                                        or any(is_numeric_token(w.text) for ln in lines[n_bold:] for w in ln.words))


def _cells_restart(band: Sequence[TextLine], least: int = 2) -> bool:
    """A line of ``band`` starts ``least`` cells again (two unless told): each of its words opening a cell (:func:`_cell_starts`) with a
    capital or a digit where an earlier line of the band had text but the line just above has none. One cell's
    lines follow each other without a blank line, so text starting again under white is the next row's (a frame
    with one rule under the header: the body's rows, under cells merged down, have no rule between them)."""
    lines = sorted((ln for ln in band if not ln.bold), key=lambda ln: ln.top)
    for k, ln in enumerate(lines[1:], 1):
        above, earlier = lines[k - 1], lines[:k - 1]
        again = [w for w in _cell_starts(ln) if (w.text[:1].isupper() or w.text[:1].isdigit())
                 and not _overlaps(w, above) and any(_overlaps(w, e) for e in earlier)]
        if len(again) >= least:
            return True
    return False


def _overlaps(w: Word, ln: TextLine) -> bool:
    return any(u.x0 < w.x1 and w.x0 < u.x1 for u in ln.words)


def one_row(band: Sequence[TextLine]) -> bool:
    """``band``'s lines may be one row: no two carry numbers of their own, nor open with a row key (see
    :func:`rules_part_rows`; lines filling every column are not told from the lines of one row wrapped in
    every column without the table's column count)."""
    return not _rows_in_band(band, 0, 0.0)


def _rows_in_band(band: Sequence[TextLine], n_cells: int, left: float) -> bool:
    """The band holds two rows or more: two lines with numbers of their own, two filling all ``n_cells``
    columns from ``left`` on, or two opening with a row key."""
    band = sorted(band, key=lambda ln: ln.top)
    numbered = [ln for ln in band if _numbered(ln)]
    fresh = [ln for k, ln in enumerate(numbered) if not k or not (
        _wrapped_amounts(numbered[k - 1], ln) or _pieces_run_on(band, ln))]
    # or two lines filling every column from the first on, each cell opening with a capital or a digit: rows
    # of text (a list of appendices in a frame), not the lines of one row wrapped in every column
    full = [ln for ln in band if n_cells >= 2 and ln.x0 <= left + 2.0 and _opens_every_cell(ln, n_cells)]
    # or two lines opening with a row key at the band's left ("1. Pelayanan …", "2. Gangguan …")
    band_left = min((ln.x0 for ln in band), default=0.0)
    keyed = [ln for ln in band if ln.x0 <= band_left + 2.0 and len(ln.words) >= 2 and _KEY.match(ln.words[0].text)]
    return len(fresh) >= 2 or len(full) >= 2 or len(keyed) >= 2


def _cell_starts(ln: TextLine) -> list[Word]:
    """The first word of each run of words parted by gaps wider than ~1.2 em (each filled cell)."""
    return [ln.words[0]] + [b for a, b in zip(ln.words, ln.words[1:], strict=False)
                            if b.x0 - a.x1 > 1.2 * max(a.size, b.size, 4.0)]


def _n_cells(ln: TextLine) -> int:
    return len(_cell_starts(ln))


def _opens_every_cell(ln: TextLine, n_cells: int) -> bool:
    starts = _cell_starts(ln)
    return len(starts) == n_cells and all(w.text[:1].isupper() or w.text[:1].isdigit() for w in starts)


#: a row key that is no piece of a word broken in a narrow cell: "1", "2.1", "a.", "IV)" (a bare letter is not)
_KEY = re.compile(r"^(\d{1,3}(\.\d{1,3})*[.)]?|[a-zA-Z][.)]|[IVXLC]{1,5}[.)])$")
_YEAR = re.compile(r"^\(?(19|20)\d\d\)?$")


def _numbered(ln: TextLine) -> bool:
    """A line with numbers of its own: two or more, or one ending the line in a cell of its own, no year (a
    list of contents: "BAB II PERENCANAAN KINERJA    10")."""
    if sum(is_numeric_token(w.text) for w in ln.words) >= 2:
        return True
    last = ln.words[-1]
    alone = len(ln.words) >= 2 and last.x0 - ln.words[-2].x1 > 1.2 * max(last.size, 4.0)
    return alone and is_numeric_token(last.text) and not _YEAR.match(last.text)


#: a piece of an amount a narrow column broke: digits and separators ("3.520", ".349.", "872")
_PIECE = re.compile(r"^[\d.,]*\d[\d.,]*$")
#: a separator: the first piece of a broken amount holds one ("3.520", "175.9")
_CUT = re.compile(r"[.,]")
#: a short piece under others, the rest of a group or a group cut at its end ("058", "4", "422.")
_SHORT_PIECE = re.compile(r"^\d{1,3}[.,]?$")


def _pieces_run_on(band: Sequence[TextLine], line: TextLine) -> bool:
    """``line``'s numbers are pieces of amounts a narrow column broke over three lines or more ("175.9" / "59.46" /
    "4", "3.520" / ".349." / "872"), which no two lines show by themselves: the pieces of ``band`` (top down) in
    the column of one of them at least add up to an amount in millions, in groups of three; the others stand
    under pieces in their column and are short pieces themselves (a digit or a mark OCR lost at a cut leaves a
    piece no rule of amounts reads: "3.497" / "422." / "058"). A row's amounts under the row above's whole ones
    ("1.234.567" / "2.345.678"), or small numbers under small numbers ("100" / "95"), add up to none."""
    amounts = [w for w in line.words if is_numeric_token(w.text)]
    sure = False
    for w in amounts:
        col = [u for a in band for u in a.words if u.x0 < w.x1 and w.x0 < u.x1 and _PIECE.match(u.text)]
        if len(col) < 2 or col[0] is w or not _PIECE.match(w.text) or not _CUT.search(col[0].text):
            return False  # a broken amount's first piece holds a separator ("3.520"); a count over an amount not
        if grouped_money("".join(u.text for u in col), millions=True):
            sure = True
        elif not _SHORT_PIECE.match(w.text):
            return False
    return sure


def _wrapped_amounts(above: TextLine, line: TextLine) -> bool:
    """Every amount of ``line`` finishes an amount broken at the end of a cell of the line above, or stands under
    a currency sign alone there ("Rp." / "56.789.012")."""
    amounts = [w for w in line.words if is_numeric_token(w.text)]
    return all(any(u.x0 < w.x1 and w.x0 < u.x1 and (number_continues(u.text, w.text) or CURRENCY_SIGN.match(u.text))
                   for u in above.words)
               for w in amounts)

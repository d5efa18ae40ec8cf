"""A table's last part too short to be found by itself: a row or two set off from the table above by a blank.

A table its author split into parts without repeating the header (an empty paragraph between the parts) may end
with a part of one or two rows, at a page's foot with its rest on the next page: too few lines for the search by
alignment (:func:`~.borderless.find_text_tables` wants three with several segments), so they were read as
running text and the rows lost (their amounts missing from the budget's total, a false sum error).
:func:`short_parts` reads such lines with the columns of the table right above them, as the first lines of a
page are read with the columns of the table the page before ended (:func:`~.carried_region.carried_region`):
every line fits the table's channels, the first crosses none, and each row holds a number. A table of text rows
(a cascading table) split so leaves parts of any length that hold no number and fill only its last columns,
under the names merged down above: too few columns to be found by alignment either; such a part is read with
the columns above it when that table's body holds no number either (:func:`_text_part`). The part is a table
of its own, joined to the one above as every part the author split off is (:mod:`lkjip.extract.stitch`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.borderless import narrow_channels, region_table
from lkjip.extract.layout.carried_region import carried_region
from lkjip.extract.layout.channels import spans_in_channels, word_space
from lkjip.extract.layout.cues import ROW_KEY, is_numeric_token
from lkjip.extract.layout.geometry import Ruling, TextLine
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Vocabulary

#: the most lines a short part has: a part of three rows' lines and more is found by itself
MAX_LINES = 4
#: the fewest columns a table of text rows has whose long parts are read with its columns (a cascading table)
MIN_TEXT_COLUMNS = 5
#: how far below the table above (in its lines' heights) a short part may start: an empty paragraph between
MAX_BLANK = 4.0


def short_parts(tables: Sequence[PageTable], lines: Sequence[TextLine], rules: Sequence[Ruling], page_no: int,
                strategy: str, vocab: Vocabulary | None) -> tuple[list[PageTable], list[TextLine]]:
    """The short parts under ``tables`` (each read with the columns of the table above it) and ``lines``
    without the lines they take."""
    found: list[PageTable] = []
    rest = list(lines)
    for above in sorted((t for t in tables if t.channels and t.table.rows), key=lambda t: t.bottom):
        after = sorted((ln for ln in rest if ln.top >= above.bottom), key=lambda ln: ln.top)
        if not after or any(t is not above and above.bottom <= t.top <= after[0].top for t in tables):
            continue
        part = _short_part(above, after)
        if not part:
            continue
        space = word_space(part) or 0.3 * part[0].size
        cut = [spans_in_channels(ln, above.channels, space) for ln in part]
        channels = narrow_channels(above.channels, [sp for spans in cut for sp in spans])
        pt = region_table(part, rules, page_no, strategy, channels, vocab, trusted=True)
        if pt is None or pt.table.n_cols != above.table.n_cols:
            continue
        pt.x0, pt.x1 = min(pt.x0, above.x0), max(pt.x1, above.x1)
        pt.part_below = True
        found.append(pt)
        rest = [ln for ln in rest if not any(ln is p for p in part)]
    return found, rest


def _short_part(above: PageTable, after: Sequence[TextLine]) -> list[TextLine]:
    """The lines of ``after`` (the lines under ``above``, top down) forming a short part of it, or none."""
    first = after[0]
    height = max(first.height, 4.0)
    if first.top - above.bottom > MAX_BLANK * height or first.top - above.bottom <= 1.5 * height:
        return []  # too far below to be the table's, or no blank between: the table's own search saw it
    space = word_space(after[:MAX_LINES + 1]) or 0.3 * first.size
    cut = [spans_in_channels(ln, above.channels, space) for ln in after]
    end = carried_region(list(after), cut, above, own_first=False)
    if end < 0 or len(cut[0]) < 2:
        return []
    part = list(after[: end + 1])
    if any(not _fits(spans, above.channels) for spans in cut[: end + 1]):
        return []
    if _text_part(above, part, cut[: end + 1]):
        return part
    if end + 1 > MAX_LINES:
        return []
    if not all(any(is_numeric_token(w.text) for w in ln.words) for ln, spans in zip(part, cut, strict=False)
               if len(spans) >= 2):
        return []  # each row holds a number (a line of several cells without one is no budget row's)
    return part


def _text_part(above: PageTable, part: Sequence[TextLine], cut: Sequence[Sequence[tuple[float, float]]]) -> bool:
    """``part`` is a run of text rows of ``above``, a table of text rows, of any length: no line of it nor cell
    of the body above holds a number, and the columns its lines fill are one run ending at the table's last (a
    cascading table split with no header repeated, its next part filled in its last two columns only:
    "Fasilitasi …" / "Jumlah Dokumen …", too few columns to be found by itself; not a two-party signature under
    the table, its names in columns far apart)."""
    if len(above.channels) < MIN_TEXT_COLUMNS - 1:
        return False
    filled = {sum(1 for _, g1 in above.channels if g1 <= a + 1.0) for spans in cut for a, _ in spans}
    if filled != set(range(min(filled, default=0), len(above.channels) + 1)):
        return False
    if any(is_numeric_token(w.text) for ln in part for w in ln.words):
        return False
    body = [r for r in above.table.rows if not r.is_header and len(r.cells) == len(above.channels) + 1]
    # a table of text rows: no number in its body (a signature's lines under a budget table are no part of it)
    return bool(body) and not any(_holds_number(r.cells) for r in body)


def _holds_number(cells: Sequence[str]) -> bool:
    """A row holds a number other than its key: the row number a first "No" column prints ("1", "2.", "a.")
    numbers the rows of a cascading table as well as a budget table's, so it tells neither."""
    lead = "" if ROW_KEY.match(cells[0].strip()) else cells[0]
    return any(is_numeric_token(w) for c in [lead, *cells[1:]] for w in c.split())


def _fits(spans: Sequence[tuple[float, float]], channels: Sequence[tuple[float, float]]) -> bool:
    """No span runs across a channel of the table above."""
    return not any(a < g0 + 1.0 and b > g1 - 1.0 for a, b in spans for g0, g1 in channels)

"""Page furniture: running headers and footers, page numbers.

The texts a document repeats in the top or bottom band of its pages
(:func:`furniture_keys`, digits ignored) and bare page numbers are removed
before any table is built (:func:`drop_furniture`), also when a
browser-printed footer lies over a table cell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from lkjip.extract.document import BBox
from lkjip.extract.layout.cues import amount_broken, amount_cut, amount_goes_on
from lkjip.extract.layout.geometry import (
    Atom,
    Glyph,
    Ruling,
    TextLine,
    Word,
    center,
    contains,
    lines_from_glyphs,
    outside,
)

_DIGITS = re.compile(r"\d+")


_PAGE_NO = re.compile(
    r"^(hal(aman)?\.?|page|lamp(iran)?\.?)?\s*[-–]?\s*(\d{1,4}|[ivxlc]{1,6})\s*[-–]?\s*((dari|of|/)\s*\d+)?$",
    re.IGNORECASE,
)


#: share of the page height at the top and bottom where running headers/footers live
FURNITURE_BAND = 0.12


def furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _in_band(line: TextLine, height: float) -> bool:
    return line.bottom < FURNITURE_BAND * height or line.top > (1 - FURNITURE_BAND) * height


def furniture_keys(pages: Sequence[tuple[float, Sequence[TextLine]]]) -> set[str]:
    """Running header/footer texts (digits ignored) on at least half the pages, and at least 2.

    A text counts on a page when its line stands apart from the body
    (:func:`margin_lines`), or when it sits in the band at the same height on
    enough pages (browser-printed pages put the URL right against the body).
    Keys of the second kind are marked with a leading ``@``.
    """
    if len(pages) < 2:
        return set()
    apart: Counter[str] = Counter()
    placed: Counter[tuple[str, int]] = Counter()
    for height, lines in pages:
        apart.update({furniture_key(ln.text) for ln in margin_lines(lines, height)})
        placed.update({(furniture_key(ln.text), round(ln.top / 3)) for ln in lines if _in_band(ln, height)})
    need = max(2, (len(pages) + 1) // 2)
    keys = {k for k, c in apart.items() if c >= need}
    keys |= {"@" + k for (k, _), c in placed.items() if c >= need}
    return {k for k in keys if k.strip("@# ")}


def margin_lines(lines: Sequence[TextLine], height: float) -> list[TextLine]:
    """Lines of the top/bottom band set apart from the body by a gap wider than a line.

    Running headers and footers stand apart; the first line of running text
    continued from the previous page does not, so it is never taken for
    furniture even when it looks like the line at the same place on the
    next page. A block of band lines close together counts as one.
    """
    ordered = sorted(lines, key=lambda ln: ln.top)
    out: list[TextLine] = []
    # top band, from the body outwards: the line below must be far, or itself margin
    apart = False
    for k in range(len(ordered) - 1, -1, -1):
        ln = ordered[k]
        if not ln.bottom < FURNITURE_BAND * height:
            continue
        below = next((b for b in ordered[k + 1 :] if b.top > ln.bottom - 0.5), None)
        if below is None or below.top - ln.bottom > 0.9 * ln.height:
            apart = True
        elif below.bottom >= FURNITURE_BAND * height:
            apart = False
        if apart:
            out.append(ln)
    apart = False
    for k, ln in enumerate(ordered):
        if not ln.top > (1 - FURNITURE_BAND) * height:
            continue
        above = next((a for a in reversed(ordered[:k]) if a.bottom < ln.top + 0.5), None)
        if above is None or ln.top - above.bottom > 0.9 * ln.height:
            apart = True
        elif above.top <= (1 - FURNITURE_BAND) * height:
            apart = False
        if apart:
            out.append(ln)
    return out


#: share of the page height beyond the band whose lines are read to judge a band line's isolation
_NEAR_BAND = 0.1


def _near_band_y(y: float, height: float) -> bool:
    return y < (FURNITURE_BAND + _NEAR_BAND) * height or y > (1 - FURNITURE_BAND - _NEAR_BAND) * height


def band_lines(glyphs: Sequence[Glyph], height: float) -> list[TextLine]:
    """Lines in and near the top/bottom furniture band of a page ``height`` points high."""
    return lines_from_glyphs([g for g in glyphs if _near_band_y(center(g)[1], height)])


def is_furniture(line: TextLine, height: float, keys: set[str]) -> bool:
    """A running header/footer text, or a bare page number, on a line in the top/bottom band.

    Whether the line stands apart from the body is :func:`margin_lines`'s question.
    """
    if not _in_band(line, height):
        return False
    return furniture_key(line.text) in keys or bool(_PAGE_NO.match(line.text.strip()))


def drop_furniture(
    atoms: Sequence[Atom],
    to_lines: Callable[[list[Atom]], list[TextLine]],
    height: float,
    keys: set[str],
    table_boxes: Sequence[BBox],
    rules: Sequence[Ruling] = (),
) -> list[Atom]:
    """Remove running headers/footers before tables are built.

    Browser-printed pages lay the URL/date footer over a table's last cell, so
    furniture has to go before cell text is read. A band line that is furniture
    (:func:`is_furniture`) is removed unless it lies wholly inside a bordered
    table: a repeated table header near the top of every page stays. A bare number set between two horizontal
    ``rules`` right above and right below it (:func:`_ruled_cell`) is a cell of a table ruled across, not a page
    number: the rest of an amount the page break cut, under the header repeated atop the page.
    """
    near = [a for a in atoms if _near_band_y(center(a)[1], height)]
    if not near:
        return list(atoms)
    doomed: list[BBox] = []
    lines = to_lines(near)
    apart = {id(ln) for ln in margin_lines(lines, height)}
    for ln in lines:
        box = (ln.x0, ln.top, ln.x1, ln.bottom)
        key = furniture_key(ln.text)
        if not _in_band(ln, height) or any(contains(t, box) for t in table_boxes):
            continue
        outer = ln.bottom < 0.06 * height or ln.top > 0.94 * height  # below/above any body margin
        bare_number = outer and bool(_PAGE_NO.match(ln.text.strip()))
        if (_rest_of_amount(ln, lines, height)
                or ("@" + key not in keys and (_rest_of_word(ln, lines) or _ruled_cell(ln, rules)))):
            continue
        if "@" + key in keys or bare_number or (id(ln) in apart and is_furniture(ln, height, keys)):
            doomed.append((ln.x0 - 0.5, ln.top - 0.5, ln.x1 + 0.5, ln.bottom + 0.5))
    if not doomed:
        return list(atoms)
    return outside(atoms, doomed)


def _ruled_cell(line: TextLine, rules: Sequence[Ruling]) -> bool:
    """``line`` is a bare number in a band of a table ruled across: a horizontal rule runs over all of it within a
    line's height above it, and another under it within a line's height below."""
    if not _PAGE_NO.match(line.text.strip()):
        return False
    across = [r for r in rules if r.horizontal and not r.shade and r.x0 <= line.x0 + 0.5 and r.x1 >= line.x1 - 0.5]
    reach = 1.5 * max(line.height, 4.0)
    return (any(0.0 <= line.top - r.bottom <= reach for r in across)
            and any(0.0 <= r.top - line.bottom <= reach for r in across))


def _rest_of_word(line: TextLine, lines: Sequence[TextLine]) -> bool:
    """``line`` is the last letters of a word a narrow column broke ("REALISAS" / "I" in a header cell), no roman
    page number: one word of letters, set flush under a word of letters of the line right above (its left edge
    within half a point), in the same size and weight, no further under it than a line's height (a cell's next
    line)."""
    text = line.text.strip()
    if len(line.words) != 1 or not text.isalpha():
        return False
    w = line.words[0]
    for above in lines:
        gap = line.top - above.bottom
        if above is line or not 0.0 <= gap <= line.bottom - line.top:
            continue
        if any(abs(v.x0 - w.x0) <= 0.5 and v.text.isalpha() and abs(v.size - w.size) <= 0.1 and v.bold == w.bold
               for v in above.words):
            return True
    return False


def _rest_of_amount(line: TextLine, lines: Sequence[TextLine], height: float) -> bool:
    """``line`` is the last piece of an amount a narrow column broke ("2.408.791." / "274"): a number right
    under a cut amount it overlaps, within a line's height, that the two add up to; no page number. The cut
    amount may itself be pieces stacked line under line ("2.21" / "0.83" / "2.71" / "6": a monospaced column
    four characters wide), read together from the top; when those pieces, each alone on its line, open the
    page ("54.7" / "29" atop a page), the amount's head is on the page before: a piece holding a separator is
    evidence enough."""
    text = line.text.strip()
    if not text.isdigit():
        return False
    pieces: list[str] = []
    below: TextLine | Word = line
    alone = True
    while len(pieces) < 8:
        found = _piece_above(below, lines)
        if found is None:
            break
        holder, above = found
        alone = alone and len(holder.words) == 1
        pieces.insert(0, above.text)
        for k in range(len(pieces)):
            head = "".join(pieces[k:])
            if amount_cut(head) and amount_goes_on(head + text) and amount_broken(pieces[k], head + text):
                return True
        below = above
    head = "".join(pieces)
    return (bool(pieces) and alone and any(sep in head for sep in ".,") and amount_goes_on(head + text)
            and below.bottom < 0.5 * height and all(ln.top >= below.top - 0.5 for ln in lines))


def _piece_above(box: TextLine | Word, lines: Sequence[TextLine]) -> tuple[TextLine, Word] | None:
    """The line and word of an amount's cut piece right above ``box`` (within its height), overlapping it."""
    for above in lines:
        gap = box.top - above.bottom
        if above is box or not -0.5 <= gap <= box.bottom - box.top:
            continue
        for w in above.words:
            if w is not box and w.x0 < box.x1 and box.x0 < w.x1 and amount_goes_on(w.text):
                return above, w
    return None

"""A header repeated on the next page whose last line sits on the first line of the body under it.

A frame drawing no rule between its repeated header and the rest of a row the page break cut may set a
tall header label's last line ("Capaian" / "Tahun" / "2023") level with that rest's first line: the line is
read into the rest's row, the header's last level comes out one word short in that column, and the repeated
header is not recognised (its levels then merge into the cut row). :func:`header_spilled` finds that case:
the header's levels match the first part's but for cells missing their last words, each of which opens the
next row's cell in the same column.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import TableRow


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def norm_row(r: TableRow) -> tuple[str, ...]:
    """A row's cells without case and with single spaces."""
    return tuple(_norm(c) for c in r.cells)


def repeated_head(first: Sequence[TableRow], rows: Sequence[TableRow], after: int = 0) -> list[TableRow] | None:
    """``first``'s header (its leading header rows, at most four) when ``rows`` repeat all its levels but the last
    one word for word and hold ``after`` rows more than the header; None otherwise."""
    head = [r for r in first[:4] if r.is_header]
    k = len(head)
    if not k or list(first[:k]) != head or len(rows) < k + after:
        return None
    if any(norm_row(a) != norm_row(b) for a, b in zip(head[:-1], rows[:k - 1], strict=True)):
        return None
    return head


def header_spilled(first: Sequence[TableRow], rows: Sequence[TableRow]) -> tuple[int, list[TableRow]] | None:
    """``rows`` (the next page's part) open with ``first``'s header (its leading header rows, at most four)
    repeated, but for some cells of its last level that end short of ``first``'s by whole words which open
    the next row's cell in the same column. Returns how many rows the repeated header takes and ``rows``
    with those words taken off the row below it (that row dropped when nothing else is left in it); None
    otherwise."""
    head = repeated_head(first, rows, after=1)
    if head is None:
        return None
    k = len(head)
    last, cut, below = head[-1].cells, rows[k - 1].cells, rows[k].cells
    if not (len(last) == len(cut) == len(below)):
        return None
    cells, spilled, same = list(below), 0, 0
    for j, (h, c, b) in enumerate(zip(last, cut, below, strict=True)):
        h, c, b = _norm(h), _norm(c), _norm(b)
        if h == c:
            same += bool(h)
            continue
        rest = h[len(c):].strip() if (not c or h.startswith(c + " ")) else None
        if not rest or not (b == rest or b.startswith(rest + " ")):
            return None
        words = len(rest.split())
        cells[j] = " ".join(below[j].split()[words:])
        spilled += 1
    if not spilled or same < 2:
        return None
    out = [*rows[:k]]
    if any(c.strip() for c in cells):
        out.append(TableRow(cells=cells, page=rows[k].page, bbox=rows[k].bbox))
    return k, [*out, *rows[k + 1:]]

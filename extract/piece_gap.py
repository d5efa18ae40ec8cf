"""What may stand between two pieces of one uncaptioned table, and what makes a piece of one (:mod:`classify`).

An uncaptioned table is numbered by its place among the uncaptioned tables ("Tabel tanpa judul 6"), as a reader of
the document counts them: each printed table once, however a reader of the file cut it. Three cuts leave a piece a
stitcher could not join that would otherwise count as a table of its own, and renumber every table after it:

- a part repeating the header of the table above, under a page of that table's rows read as lines of cell words
  (more lines than a few stray ones, but no sentence among them: :func:`rows_between`);
- a part repeating the header of a table whose header's first line was read as a line of text above it (the header
  wrapped over two lines, its first line left as a paragraph): the header is the same with that line counted
  (:func:`head_with_line`);
- a part under a table of nothing but its header rows (the header printed at a page's foot, its body on the next
  page): a table with no body is no table of its own but the head of the part below it (:func:`header_alone`).
"""

from __future__ import annotations

from lkjip.extract.captions import is_caption, text_row_line
from lkjip.extract.document import Paragraph, Table
from lkjip.extract.table_under import header_rows

#: at most so many lines of cell words between two parts that repeat one header (a page of rows read as text)
ROWS_BETWEEN = 24
#: a line above a table that may be its header's first line: short, no sentence
HEAD_LINE_CHARS = 160


def rows_between(text: list[Paragraph], above: Table) -> bool:
    """The paragraphs ``text`` between two parts are all cell words of ``above``'s rows read as text
    (:func:`~lkjip.extract.captions.text_row_line`): no sentence, caption or title line in capitals among them."""
    return 0 < len(text) <= ROWS_BETWEEN and all(
        text_row_line(p, above) and not is_caption(p) and not _capital_title(p) for p in text)


def _capital_title(p: Paragraph) -> bool:
    letters = [c for c in p.text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.85


def line_above(between: list[Paragraph], furniture) -> str | None:
    """The last line of text right above a table (``furniture`` tells running lines apart) when it may be the first
    line of its header read as text: short, no sentence; else None."""
    text = [p for p in between if not furniture(p)]
    if not text:
        return None
    last = " ".join(text[-1].text.split())
    if not last or len(last) > HEAD_LINE_CHARS or last.endswith((".", ":", "?", "!")) or is_caption(text[-1]):
        return None
    return last


def head_with_line(head: list[list[str]], line: str | None) -> list[list[str]] | None:
    """``head`` with ``line`` (its first line read as text above the table) as one more row, else None."""
    return [[line], *head] if line else None


def header_alone(table: Table, body_rows: int, nxt: Table) -> bool:
    """``table`` holds nothing but header rows (no body row), is no table read from lines of text, and ``nxt`` has as
    many columns: its header cut from its body by a page break, ``nxt`` the body (maybe with the header's rest)."""
    return body_rows == 0 and bool(table.rows) and table.strategy != "text" and table.n_cols == nxt.n_cols


def head_over_body(prev: Table, nxt: Table, lines: list[Paragraph], near: bool) -> bool:
    """``prev`` is a header cut from its body by a page break (:func:`header_alone`: every row of it reads as a header
    row, it does not come from lines of text) and ``nxt``, as many columns, on the page ``prev`` ends on or the next
    (``near``), is that body, maybe opening with the header's rest: the stitcher joins them into one table. Between
    them only a few short lines may stand (a line of the header read as text: "Tahun 2023 Tahun 2024")."""
    return (near and bool(prev.rows) and len(header_rows(prev)) == len(prev.rows) < len(nxt.rows)
            and header_alone(prev, 0, nxt) and len(lines) <= 2
            and all(len(p.text.strip()) <= HEAD_LINE_CHARS and not p.text.strip().endswith(".") for p in lines))


def head_line_under(table: Table, p: Paragraph) -> bool:
    """``p``, right under a table of nothing but header rows (no table read from lines of text), on its page or the
    next, short and no sentence or caption: a line of that header read as text, the header's body may follow."""
    text = p.text.strip()
    return (bool(table.rows) and len(header_rows(table)) == len(table.rows) and table.strategy != "text"
            and 0 < len(text) <= HEAD_LINE_CHARS and not text.endswith((".", ":")) and not is_caption(p)
            and (p.page is None or table.page is None or 0 <= p.page - table.page <= 1))

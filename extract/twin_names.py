"""Cells a reader cut in the wrong place, put right by the names the report prints whole in its other tables.

An LKjIP prints the same names in several tables: a sub kegiatan and its indicator in the cascading table, in the
budget table (Tabel 3.7) and in its rincian lampiran with its output. Where a table has no rule between its rows
(borderless, banded, a header rule only) or a page break cuts a row, a reader can cut a cell's lines in the wrong
place, and two kinds of wrong cells follow:

- **Two entries glued in one cell** (:func:`glued_entries_apart`): a sub kegiatan measured by two indicators
  prints the second on a row of its own with every other cell empty (merged with the row above); read without a
  rule between them, the second indicator is read as the wrapped end of the first, and the cascading loses a row.
  The cell then holds a name printed whole elsewhere and, after it, an entry opening with a word the column's other
  entries open with ("Jumlah …"): the rest is a row of its own.
- **A name's end on the next row** (:func:`page_tails_moved_up`): a page break cut a row's name, and the reader read
  its last line with the first row of the next page ("Pelaksanaan Pelayanan … Kecamatan PROGRAM PEMBERDAYAAN …").
  The name above with the first words of the cell below is a name printed whole elsewhere: those words go up.

Only a name of another table counts (a table is no witness of its own cells), compared without spaces (a narrow
column breaks words: "Anggar an") and case.
"""

from __future__ import annotations

from collections import defaultdict

import regex as re

from lkjip.extract.document import Paragraph, Table, TableRow

#: the fewest words a whole name must have to witness a cut (short cells, "Jumlah", "Program", repeat by chance)
MIN_NAME_WORDS = 4
#: the fewest words the rest of a glued cell must have to be an entry of its own
MIN_REST_WORDS = 2
#: a number standing on its own (not "COVID-19"): a row of values, which a row of glued names is not
_NUMBER = re.compile(r"(?<![\p{L}\-])\d")
#: a row's number ("1", "2.", "1.1", "a)"): no value
_KEY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]?\s*$", re.I)
#: an entry's opening word: a capital letter and letters
_OPENER = re.compile(r"^\p{Lu}[\p{L}]*$")


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _names(tables: list[Table]) -> dict[str, set[int]]:
    """Every whole cell of MIN_NAME_WORDS words or more, by its key: the tables printing it."""
    out: dict[str, set[int]] = defaultdict(set)
    for t, table in enumerate(tables):
        for row in table.rows:
            for cell in row.cells:
                if len(cell.split()) >= MIN_NAME_WORDS:
                    out[_key(cell)].add(t)
    return out


def _cells_under(tables: list[Table]) -> dict[str, set[str]]:
    """By a cell's key, the keys of the cells right under it on the next page (the next row, the same column):
    where another table printed a name cut over two rows by a page break, its first piece is no whole name of the
    words under it. Two rows on one page are two entries (a sub kegiatan's two indicators)."""
    out: dict[str, set[str]] = defaultdict(set)
    for table in tables:
        for row, below in zip(table.rows, table.rows[1:], strict=False):
            if row.page is None or below.page is None or below.page <= row.page:
                continue
            for cell, under in zip(row.cells, below.cells, strict=False):
                if cell.strip() and under.strip():
                    out[_key(cell)].add(_key(under))
    return out


def _elsewhere(names: dict[str, set[int]], text: str, t: int) -> bool:
    """Is ``text`` a whole cell of a table other than the ``t``-th?"""
    return bool(names.get(_key(text), set()) - {t})


def names_put_right(blocks: list[Paragraph | Table]) -> list[Paragraph | Table]:
    """``blocks`` with both kinds of wrong cells put right in every table (in place; the list is returned)."""
    tables = [b for b in blocks if isinstance(b, Table)]
    if len(tables) < 2:
        return blocks
    names, under = _names(tables), _cells_under(tables)
    for t, table in enumerate(tables):
        page_tails_moved_up(table, names, t)
        glued_entries_apart(table, names, t, under)
    return blocks


def page_tails_moved_up(table: Table, names: dict[str, set[int]], t: int) -> None:
    """The first words of a page's first row given back to the row above when, with them, its cell is a name
    printed whole in another table and without them it is not (and the cell below keeps words of its own)."""
    rows = table.rows
    for above, row in zip(rows, rows[1:], strict=False):
        if above.is_header or row.is_header or above.page is None or row.page is None or row.page <= above.page:
            continue
        cells = list(row.cells)
        changed = False
        for c, cell in enumerate(cells):
            if c >= len(above.cells) or not above.cells[c].strip() or _elsewhere(names, above.cells[c], t):
                continue
            words = cell.split()
            for n in range(1, len(words)):
                whole = f"{above.cells[c].strip()} {' '.join(words[:n])}"
                if _elsewhere(names, whole, t):
                    above.cells[c], cells[c], changed = whole, " ".join(words[n:]), True
                    break
        if changed:
            row.cells = cells


def glued_entries_apart(table: Table, names: dict[str, set[int]], t: int,
                        under: dict[str, set[str]] | None = None) -> None:
    """A row of text cells whose cell is a name printed whole in another table followed by an entry opening with
    a word another cell of its column opens with: the entry becomes a row of its own under it, its other cells
    empty (the merged cells of the row above, which the records fill down). Not when a table printed the entry
    right under that name (``under``): there the name was cut over two rows, the two are one name."""
    openers = _column_openers(table)
    out: list[TableRow] = []
    for i, row in enumerate(table.rows):
        out.append(row)
        if row.is_header or _has_values(row.cells):
            continue
        # the first row of a page under a row the page break cut: its cells may open with that row's ends
        above = table.rows[i - 1] if i and _new_page(table.rows[i - 1], row) else None
        rests: dict[int, str] = {}
        for c, cell in enumerate(row.cells):
            head = above.cells[c].strip() if above is not None and c < len(above.cells) else ""
            cut = _glued_cut(cell, names, t, openers.get(c, set()), head)
            if cut is not None and _key(cut[1]) in (under or {}).get(_key(f"{head} {cut[0]}".strip()), set()) | (
                    under or {}).get(_key(cut[0]), set()):
                cut = None
            if cut is not None:
                row.cells[c], rests[c] = cut
        if rests:
            out.append(TableRow(cells=[rests.get(c, "") for c in range(len(row.cells))], page=row.page,
                                line_no=row.line_no))
    table.rows = out


def _has_values(cells: list[str]) -> bool:
    """A number in a cell, but for the row's own number opening it ("1", "2.", "1.1")."""
    first = next((k for k, c in enumerate(cells) if c.strip()), None)
    return any(_NUMBER.search(c) for k, c in enumerate(cells) if not (k == first and _KEY.match(c)))


def _column_openers(table: Table) -> dict[int, set[str]]:
    """The opening word of every body cell, by column."""
    out: dict[int, set[str]] = defaultdict(set)
    for row in table.rows:
        if row.is_header:
            continue
        for c, cell in enumerate(row.cells):
            words = cell.split()
            if words and _OPENER.match(words[0]):
                out[c].add(words[0])
    return out


def _new_page(above: TableRow, row: TableRow) -> bool:
    return above.page is not None and row.page is not None and row.page > above.page and not above.is_header


def _glued_cut(cell: str, names: dict[str, set[int]], t: int, openers: set[str],
               head: str = "") -> tuple[str, str] | None:
    """(the whole name, the entry after it) of a cell holding both, else None. ``head``: the cell above, when a
    page break cut its row and this cell opens with its end (the name is then the two together)."""
    words = cell.split()
    for n in range(len(words) - MIN_REST_WORDS, 0, -1):
        rest, name = words[n:], " ".join(words[:n])
        if rest[0] not in openers:
            continue
        if n >= MIN_NAME_WORDS and _elsewhere(names, name, t) or head and _elsewhere(names, f"{head} {name}", t):
            return name, " ".join(rest)
    return None

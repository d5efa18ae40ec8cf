"""A part with no header of its own read with fewer columns than the table it continues, laid over that table's
columns by the words its columns share with them (:func:`words_laid_over`).

A long table its author split into parts without repeating the header (an empty paragraph or a page break
between) gives the reader of a PDF page nothing but the part's own body to find its columns by. Where a page's
body leaves no white channel between two narrow columns (wrapped names in a monospaced or small font, cells
aligned to the right), two or more of its columns are read as one: the part has fewer columns than the part above
it, and cannot be laid over it column for column (:func:`lkjip.extract.stitch.laid_over`). Left apart it is a
table of no known kind, its rows lost, and (its captions missing) it takes a number of its own that shifts the
numbers of every untitled table after it.

The columns of such a part still print the words of the columns they continue: the names of programs under
"PROGRAM …", indicators under "Persentase …" / "Jumlah …". Each of its filled columns is laid, in order, over the
filled column of the part above whose cells share most words with its own (a column read as two or more is laid
over one of them); the part is laid so only when most of its columns share words with the column they are laid
over and the kinds of values agree (amounts under amounts). The columns it merged stay merged in the one column
they are laid over: the part joins its table, named in its warnings.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.column_kinds import column_leaning
from lkjip.extract.document import TableRow

#: a word a column's cells print: letters only, long enough to name something ("Persentase", "PROGRAM", "Desa")
_WORD = re.compile(r"\p{L}{4,}")
#: the share of the part's filled columns that must share words with the column they are laid over
_AGREEING = 0.6
#: the fewest filled columns a part must have to be laid over by its words
_LEAST_COLUMNS = 3


def _words(rows: list[TableRow], k: int) -> set[str]:
    return {w.casefold() for r in rows if k < len(r.cells) for w in _WORD.findall(r.cells[k])}


def _filled(rows: list[TableRow], n_cols: int) -> list[int]:
    return [k for k in range(n_cols) if any(k < len(r.cells) and r.cells[k].strip() for r in rows)]


def word_mapping(body: list[TableRow], n_cols: int, rows: list[TableRow], n_part: int) -> list[tuple[int, int]] | None:
    """Each filled column of ``rows`` (a part of ``n_part`` columns) with the filled column of ``body`` (of
    ``n_cols`` columns) it is laid over: in order, one column of ``body`` each, the most columns sharing words and
    then the most words shared, never a column of numbers over one of words. None when the part has no fewer filled columns than ``body``, too few, or too few
    of them share words."""
    cols_a, cols_b = _filled(body, n_cols), _filled(rows, n_part)
    if len(cols_b) < _LEAST_COLUMNS or len(cols_b) >= len(cols_a):
        return None
    words_a = [_words(body, k) for k in cols_a]
    words_b = [_words(rows, k) for k in cols_b]
    shared = [[len(wb & wa) for wa in words_a] for wb in words_b]
    # what each column mostly holds (:mod:`~lkjip.extract.column_kinds`), a single cell enough in a short part
    kind_a, kind_b = [column_leaning(body, k, 1) for k in cols_a], [column_leaning(rows, k, 1) for k in cols_b]
    nb, na = len(cols_b), len(cols_a)
    # best[i][j]: (agreeing columns, shared words, mapping) laying the first i columns of the part over the first j
    none = (-1, -1, ())
    best = [[none] * (na + 1) for _ in range(nb + 1)]
    for j in range(na + 1):
        best[0][j] = (0, 0, ())
    for i in range(1, nb + 1):
        for j in range(i, na + 1):
            skip = best[i][j - 1]
            agree, words, moves = best[i - 1][j - 1]
            s = shared[i - 1][j - 1]
            unlike = None not in (kind_a[j - 1], kind_b[i - 1]) and kind_a[j - 1] != kind_b[i - 1]
            take = none if agree < 0 or unlike else (agree + (s > 0), words + s, (*moves, (cols_b[i - 1], cols_a[j - 1])))
            best[i][j] = max(skip, take, key=lambda t: (t[0], t[1]))  # a tie: laid as far left as it goes
    agree, _, moves = best[nb][na]
    if agree < max(_LEAST_COLUMNS, _AGREEING * nb):
        return None
    return list(moves)

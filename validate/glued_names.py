"""Names of two rows read into one cell of a scanned table, told by the word the table's names open with.

A wrapped name's last line at a row's top on a scanned page, or a row lost between two others, leaves the row
names shifted: "Daerah Kabupaten/Kota Program Penyelenggaraan …" (the tail of the name above, then the row's
own), "Indeks Kepuasan Masyarakat (IKM) Persentase partisipasi …" (two indicators in one cell, the second row's
values lost). The amounts and values beside such names belong to other rows: every sum and comparison over the
table is a misread, not the report's contradiction.

The engine already tells a name holding, past its start, the word *most* names open with ("Program …" in a table
of programs). When the names are shifted, fewer of them still open with it: :func:`glued_names` takes, in a table
read through OCR, the word that opens at least two names and that at least half of the names (three at least)
hold somewhere; a name holding it past its start holds the names of two rows. Budget lines are judged by their
uraian, performance rows by their indikator.
"""

from __future__ import annotations

from collections.abc import Iterable

#: a table's names holding the opening word somewhere: this many at least, and this share of them
MIN_HOLDERS, HOLDER_SHARE = 3, 0.5
#: the opening word opens this many names at least
MIN_OPENERS = 2


def _glued(names: list[str]) -> str | None:
    """The first name of ``names`` holding the names of two rows (module doc), or None."""
    words = [[w.casefold() for w in n.split()] for n in names if n.strip()]
    firsts = [ws[0] for ws in words]
    if not firsts:
        return None
    opening = max(set(firsts), key=firsts.count)
    if not opening.isalpha() or len(opening) < 4 or firsts.count(opening) < MIN_OPENERS:
        return None
    holders = sum(opening in ws for ws in words)
    if holders < max(MIN_HOLDERS, HOLDER_SHARE * len(words)):
        return None
    return next((n for n, ws in zip([n for n in names if n.strip()], words, strict=True) if opening in ws[1:]), None)


def glued_names(rows: Iterable[tuple[str, int | None, str]], ocr: set[int]) -> dict[str, str]:
    """Label → a name holding the names of two rows, among ``rows`` given as (table label, page, name); only
    tables read through OCR (all their rows on ``ocr`` pages) are judged."""
    tables: dict[str, list[str]] = {}
    scanned: dict[str, bool] = {}
    for label, page, name in rows:
        tables.setdefault(label, []).append(name)
        scanned[label] = scanned.get(label, True) and page in ocr
    out: dict[str, str] = {}
    for label, names in tables.items():
        if scanned[label] and (name := _glued(names)) is not None:
            out[label] = name
    return out

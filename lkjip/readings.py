"""A doubtful reading of a table against the other plausible one: stitched against not stitched (issue #12 item 5).

A misread must not look like a contradiction. The stitcher (:func:`~lkjip.extract.stitch.stitch_document`) joins
a table to the table above it when it reads as its continuation, and the table finder names a piece no stitcher
joined after the table it belongs to (:func:`~lkjip.extract.classify.find_tables`); the budget hierarchy then runs
on over the join. A wrong join (a table of the same columns under another, no part of it) makes the sums fail
where the second table's rows fall under the first one's groups; a right join left undone makes them fail where
the first part ends inside an open group and the second opens under no group.

:func:`reading_kept` looks at the budget tables where the reader decided a join (a part joined on, or a part of as
many columns right under the table left apart) and whose sums fail at two places or more
(:func:`~lkjip.validate.sums_close.sums_doubtful`: only those, so other documents are read once). For each such
decision (up to :data:`MOST_TRIES` in a document) the document is read again with the decision flipped, and the
reading whose sums and percents close at more places, and fail at fewer
(:meth:`~lkjip.validate.sums_close.Places.better_than`, over every budget table of the report), is kept; the first
reading on a tie. The choice is recorded as a parse warning (``reading.stitch``) naming the table, where the part
stands and the counts of both readings.
"""

from __future__ import annotations

from collections.abc import Callable

from lkjip.errors import LkjipError
from lkjip.extract.classify import FoundTable
from lkjip.extract.parts import Join
from lkjip.model import ParseWarning, Report
from lkjip.validate.sums_close import Places, sum_places, sums_doubtful

#: at most this many other readings are tried for one document (each one reads the document again)
MOST_TRIES = 4

#: reads the document again with the parts of the first set kept apart and those of the second joined on
ReadAgain = Callable[[frozenset[str], frozenset[str]], Report]


def joins_by_label(found: list[FoundTable], made: list[Join], joins: dict[str, list[tuple[str, bool]]]) -> None:
    """Add to ``joins`` each join decided (:data:`~lkjip.extract.parts.Join`), under the label of the table found
    holding its row: (the part's name, joined on)."""
    label_of = {id(r): ft.label for ft in found for r in ft.table.rows}
    for key, row, joined in made:
        if id(row) in label_of and (key, joined) not in joins.get(label_of[id(row)], []):
            joins.setdefault(label_of[id(row)], []).append((key, joined))


def places(report: Report) -> Places:
    """Where the sums and percents of every budget table of ``report`` close and fail."""
    out = Places()
    for label in report.budget_tables():
        out = out + sum_places(report.budget_table(label))
    return out


def _where(key: str) -> tuple[int | None, int | None]:
    """The page and line a part's name (:func:`~lkjip.extract.parts.part_key`) says it stands on."""
    page, line = key.split("|")[:2]
    return (int(page) if page.isdigit() else None), (int(line) if line.isdigit() else None)


def _said(key: str) -> str:
    page, line = _where(key)
    return f"halaman {page}" if page is not None else f"baris {line}" if line is not None else "di bawahnya"


def reading_kept(report: Report, joins: dict[str, list[tuple[str, bool]]], read_again: ReadAgain) -> Report:
    """``report``, or the reading of its document with one join decision flipped whose budget sums close better
    (module doc)."""
    tries = [(label, key, joined) for label in report.budget_tables() if joins.get(label)
             and sums_doubtful(report.budget_table(label), joined=True) for key, joined in joins[label]][:MOST_TRIES]
    if not tries:
        return report
    first = best = places(report)
    kept, chosen = report, None
    for label, key, joined in tries:
        flip = frozenset({key})
        try:
            other = read_again(flip, frozenset()) if joined else read_again(frozenset(), flip)
        except LkjipError:
            continue
        if (got := places(other)).better_than(best):
            kept, best, chosen = other, got, (label, key, joined)
    label, key, joined = chosen or tries[0]
    page, line = _where(key)
    if chosen is None:
        why = (f"jumlahnya tidak cocok di {first.failing} tempat; dibaca juga dengan {len(tries)} sambungan bagiannya "
               f"dibalik (mulai bagian di {_said(key)}), jumlahnya tidak lebih cocok: pembacaan pertama dipertahankan "
               f"({first})")
    elif joined:
        why = (f"bila bagian di {_said(key)} disambung ke tabel ini jumlahnya tidak cocok di {first.failing} tempat "
               f"({first}); bagian itu dibaca sebagai tabel tersendiri, jumlahnya lebih cocok ({best})")
    else:
        why = (f"bila bagian di {_said(key)} dibaca sebagai tabel tersendiri jumlahnya tidak cocok di {first.failing} "
               f"tempat ({first}); bagian itu disambung ke tabel ini, jumlahnya lebih cocok ({best})")
    kept.warnings.append(ParseWarning(code="reading.stitch", table=label, page=page, line_no=line,
                                      message=f"pembacaan tabel tidak pasti: {why}"))
    return kept

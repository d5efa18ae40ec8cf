"""A borderless two-column table in monospace whose names, set right, end less than a segment's gap before the
amounts (lkjip.extract.layout.borderless.region_table), as a Chromium PDF prints it (issue #12): "Program" /
"Anggaran (Rp.)", each program's name flush against its amount, the amount wrapped in its narrow column
("2.345.6" / "78.901," / "-"). The white between name and amount (1.4 pitches) is no segment gap, but it lies in
the channel the header shows: the lines are rows of two cells, and the region is a table, not lines of text.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

PITCH = 6.0


def _line(top: float, x0: float, text: str, *, bold: bool = False, right: float | None = None) -> list[Word]:
    """Words of ``text`` from ``x0`` (or ending at ``right``), one pitch a letter, a pitch between words."""
    if right is not None:
        x0 = right - PITCH * len(text)
    words, x = [], x0
    for tok in text.split():
        words.append(Word(tok, x, top, x + PITCH * len(tok), top + 11.3, size=10.0, bold=bold))
        x += PITCH * (len(tok) + 1)
    return words


NAME_END, AMOUNT_END = 485.8, 536.2


def _page() -> list[TextLine]:
    spec = [(404.2, _line(404.2, 60.0, "Program", bold=True) + _line(404.2, 491.8, "Anggara", bold=True)),
            (415.4, _line(415.4, 491.8, "n (Rp.)", bold=True))]
    top = 428.9
    for name, amount in (("Program Satu Urusan Pemerintahan Daerah", ("1.234.5", "67.890,", "-")),
                         ("Program Dua Pelayanan Publik", ("15.279.", "011,-")),
                         ("Program Tiga Masyarakat Desa", ("73.593.", "494,-")),
                         ("Program Empat Ketertiban Umum", ("23.460.", "000,-"))):
        spec.append((top, _line(top, 0, name, right=NAME_END) + _line(top, 0, amount[0], right=AMOUNT_END)))
        for part in amount[1:]:
            top += 11.3
            spec.append((top, _line(top, 0, part, right=AMOUNT_END)))
        top += 13.5
    return [TextLine(words) for _, words in spec]


def test_names_flush_against_their_amounts_read_as_a_table():
    tables, rest = find_text_tables(_page(), page_no=15)
    assert len(tables) == 1 and rest == []
    rows = [[c for c in r.cells if c] for r in tables[0].table.rows if not r.is_header]
    assert rows[0] == ["Program Satu Urusan Pemerintahan Daerah", "1.234.567.890,-"]
    assert rows[-1] == ["Program Empat Ketertiban Umum", "23.460.000,-"]

"""A table ruled only under its header, printed by a browser: the rule is drawn cell by cell, one piece per
column, and the joints of the pieces are the column borders. In a monospaced font a right-aligned name ending a
space short of the next column ("Meningkatnya kualitas | Indeks Kepuasan …") leaves no wider white there than
the spaces of its own wrapped lines, so the search by alignment cut the name in two and gave its end to the
next column (#12). Where the columns found disagree with the joints, the joints are the columns
(:mod:`~lkjip.extract.layout.joint_columns`). Word boxes and rule pieces as Chromium prints such a table (mono
11 pt, landscape, cells aligned right); names and figures as in the synthetic reports."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.joint_columns import joint_columns

LINES = [
    (403.4, True, [('Sasaran', 60.0, 106.2), ('Strategis', 112.8, 172.1), ('Indikator', 257.1, 316.5),
                   ('Kinerja', 323.1, 369.2), ('Kinerja', 435.3, 481.5), ('Biaya', 633.6, 666.6)]),
    (417.6, True, [('Target', 435.3, 474.9), ('Realisasi', 505.3, 564.7), ('%', 586.7, 593.3),
                   ('Anggar', 633.6, 673.2), ('Realis', 681.8, 721.4), ('%', 730.0, 736.6)]),
    (429.6, True, [('an', 633.6, 646.8), ('asi', 681.8, 701.6)]),
    (441.6, True, [('(Rp)', 633.6, 660.0), ('(Rp)', 681.8, 708.2)]),
    (455.1, True, [('1', 60.0, 66.6), ('2', 257.1, 263.7), ('3', 435.3, 441.9), ('4', 505.3, 511.9),
                   ('5', 586.7, 593.3), ('6', 633.6, 640.2), ('7', 681.8, 688.4), ('8', 730.0, 736.6)]),
    (470.1, False, [('Meningkatnya', 112.6, 191.7), ('kualitas', 198.3, 251.1), ('Indeks', 257.8, 297.4),
                    ('Kepuasan', 304.0, 356.7), ('Masyarakat', 363.3, 429.3), ('82,46', 466.3, 499.3),
                    ('82,47', 547.7, 580.7), ('100', 607.8, 627.6), ('15.279', 636.2, 675.8),
                    ('15.278', 684.4, 724.0), ('99,99', 750.0, 783.0)]),
    (482.1, False, [('pelayanan', 145.5, 204.9), ('publik', 211.5, 251.1), ('.011,-', 636.2, 675.8),
                    ('.700,-', 684.4, 724.0)]),
    (496.4, False, [('Meningkatnya', 92.8, 171.9), ('tata', 178.5, 204.9), ('kelola', 211.5, 251.1),
                    ('Persentase', 271.0, 336.9), ('kualitas', 343.5, 396.3), ('tata', 402.9, 429.3),
                    ('100', 479.5, 499.3), ('100', 560.9, 580.7), ('100', 607.8, 627.6), ('121.67', 636.2, 675.8),
                    ('121.65', 684.4, 724.0), ('99,99', 750.0, 783.0)]),
    (508.4, False, [('pemerintahan', 138.9, 218.1), ('desa', 224.7, 251.1), ('kelola', 297.4, 337.0),
                    ('penataan', 343.5, 396.3), ('desa', 402.9, 429.3), ('3.176,', 636.2, 675.8),
                    ('7.525,', 684.4, 724.0)]),
    (520.4, False, [('-', 669.2, 675.8), ('-', 717.4, 724.0)]),
]
JOINTS = [57.0, 254.2, 432.0, 502.5, 583.5, 630.8, 678.8, 726.8, 786.0]
#: the rule under the header, one piece per cell
PIECES = [Ruling(a, 468.8, b, 469.5) for a, b in zip(JOINTS, JOINTS[1:], strict=False)]
#: the same rule drawn whole (a word processor's print)
WHOLE = [Ruling(57.0, 468.8, 786.0, 469.5)]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + 8.1, size=11.0, bold=bold) for t, x0, x1 in words])
            for top, bold, words in LINES]


def _body(rules) -> list[list[str]]:
    tables, _ = find_text_tables(_lines(), rules, page_no=22)
    assert len(tables) == 1
    return [r.cells for r in tables[0].table.rows if not r.is_header]


def test_a_name_ending_a_space_short_of_the_next_column_keeps_its_words():
    body = _body(PIECES)
    assert [r[:2] for r in body] == [
        ["Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat"],
        ["Meningkatnya tata kelola pemerintahan desa", "Persentase kualitas tata kelola penataan desa"]]
    assert [r[2:5] for r in body] == [["82,46", "82,47", "100"], ["100", "100", "100"]]


def test_a_rule_drawn_whole_gives_no_columns():
    lines = _lines()
    assert joint_columns(lines, WHOLE, [(250.0, 257.0)]) is None


def test_columns_found_at_the_joints_are_kept():
    gaps = [(j - 3.0, j + 3.0) for j in JOINTS[1:-1]]
    assert joint_columns(_lines(), PIECES, gaps) is None

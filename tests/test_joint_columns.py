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


#: a table ruled so, justified, under running text: a wrapped name's line ends a space short of the next column's
#: text (line top, height, size, bold, words)
JUSTIFIED = [
    (557.1, 12.4, 11.0, False, [('Jika', 57.0, 83.4), ('realisasi', 90.0, 149.4), ('kinerja', 155.9, 202.1),
                                ('tahun', 208.7, 241.7), ('2022', 248.3, 274.7), ('dibandingkan', 281.3, 360.4),
                                ('dengan', 367.0, 406.6), ('realisasi', 413.2, 472.6), ('kinerja', 479.2, 525.3)]),
    (569.1, 12.4, 11.0, False, [('tahun', 57.0, 90.0), ('tahun', 96.6, 129.6), ('sebelumnya', 136.2, 202.1),
                                ('(3', 208.7, 221.9), ('tahun', 228.5, 261.5), ('sebelumnya', 268.1, 334.0),
                                ('2019-2021),', 340.6, 413.2), ('maka', 419.8, 446.2), ('dapat', 452.8, 485.8),
                                ('dilihat', 492.4, 538.5)]),
    (581.1, 12.4, 11.0, False, [('pada', 57.0, 83.4), ('tabel', 90.0, 123.0), ('berikut', 129.6, 175.7),
                                ('ini', 182.3, 202.1), (':', 208.7, 215.3)]),
    (597.7, 11.3, 10.0, True, [('SASARAN', 60.0, 102.0), ('STRATEGIS', 108.0, 162.0), ('INDIKATOR', 175.3, 229.3),
                               ('KINERJA', 235.3, 277.3), ('TARGET', 285.1, 321.1), ('REALISASI', 382.2, 436.2)]),
    (611.2, 11.3, 10.0, True, [('2022', 285.1, 309.1), ('2019', 341.1, 365.1), ('2020', 382.2, 406.2),
                               ('2021', 459.8, 483.8), ('2022', 501.0, 525.0)]),
    (624.7, 11.3, 10.0, True, [('(1)', 60.0, 78.0), ('(2)', 175.3, 193.3), ('(3)', 285.1, 303.1), ('(4)', 341.1, 359.1),
                               ('(5)', 382.2, 400.2), ('(6)', 459.8, 477.8), ('(7)', 501.0, 519.0)]),
    (638.2, 11.3, 10.0, False, [('Meningkatnya', 60.0, 132.0), ('Indeks', 175.3, 211.3), ('Kepuasan', 231.1, 279.1),
                                ('82,47', 305.1, 335.1), ('82,59', 346.2, 376.2), ('81,98', 423.8, 453.8),
                                ('81,81', 465.0, 495.0), ('82,46', 506.2, 536.2)]),
    (649.4, 11.3, 10.0, False, [('kualitas', 60.0, 108.0), ('pelayanan', 115.3, 169.3), ('Masyarakat', 175.3, 235.3)]),
    (660.7, 11.3, 10.0, False, [('publik', 60.0, 96.0)]),
    (674.2, 11.3, 10.0, False, [('Meningkatnya', 60.0, 132.0), ('tata', 145.3, 169.3), ('Persentase', 175.3, 235.3),
                                ('100', 317.1, 335.1), ('100', 477.0, 495.0), ('100', 518.2, 536.2)]),
    (685.4, 11.3, 10.0, False, [('kelola', 60.0, 96.0), ('kualitas', 175.3, 223.3), ('tata', 255.1, 279.1)]),
    (696.7, 11.3, 10.0, False, [('pemerintahan', 60.0, 132.0), ('desa', 138.0, 162.0), ('kelola', 175.3, 211.3),
                                ('penataan', 231.1, 279.1)]),
    (707.9, 11.3, 10.0, False, [('desa', 175.3, 199.3)]),
    (736.4, 12.4, 11.0, False, [('Jika', 57.0, 83.4), ('realisasi', 90.0, 149.4), ('kinerja', 155.9, 202.1),
                                ('tahun', 208.7, 241.7), ('2022', 248.3, 274.7), ('dibandingkan', 281.3, 360.4),
                                ('dengan', 367.0, 406.6), ('target', 413.2, 452.8), ('akhir', 459.4, 492.4)]),
]
JUSTIFIED_JOINTS = [57.0, 172.5, 282.0, 338.2, 379.5, 456.8, 498.0, 539.2]


def test_a_justified_wrapped_name_line_keeps_the_table_going():
    lines = [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
             for top, h, size, bold, words in JUSTIFIED]
    rules = [Ruling(a, 636.8, b, 637.5) for a, b in zip(JUSTIFIED_JOINTS, JUSTIFIED_JOINTS[1:], strict=False)]
    tables, rest = find_text_tables(lines, rules, page_no=21)
    assert len(tables) == 1 and [ln.text for ln in rest] == [ln.text for ln in lines[:3] + lines[-1:]]
    body = [r.cells for r in tables[0].table.rows if not r.is_header]
    assert [r[:3] for r in body] == [
        ["Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "82,47"],
        ["Meningkatnya tata kelola pemerintahan desa", "Persentase kualitas tata kelola penataan desa", "100"]]


def test_the_channel_at_a_joint_is_the_white_around_it():
    # as wide as a channel the search by alignment finds (0.3 em at least), so that the table's part on the next
    # page is compared with it and read again with it as with any (:func:`~lkjip.extract.layout.carry.finer_columns`)
    channels = joint_columns(_lines(), PIECES, [(214.0, 215.0)] * 7)
    assert channels is not None and len(channels) == 7
    assert channels[0] == (251.1, 257.1)  # "kualitas" | "2" (the column numbers' row), the joint at 254.2
    assert all(b - a >= 0.3 * 11.0 and a <= j <= b for (a, b), j in zip(channels, JOINTS[1:-1], strict=False))


#: a table's start at a page's foot: its header and one row over the rule (its rest on the next page)
FOOT = [
    (701.6, 13.4, 12.0, False, [('disajikan', 57.0, 103.7), ('dalam', 107.0, 139.7), ('tabel', 143.0, 169.0),
                                ('berikut:', 172.3, 211.7)]),
    (718.9, 13.4, 12.0, False, [('Kabupaten', 57.0, 115.0), ('Lembah', 118.3, 161.7), ('Hijau', 165.0, 192.4),
                                ('Tahun', 195.6, 228.2), ('2022', 231.6, 258.3)]),
    (737.8, 12.3, 11.0, True, [('NO', 60.0, 76.5), ('URAIAN', 120.3, 163.1), ('ANGGARAN', 267.3, 332.0)]),
    (751.3, 12.3, 11.0, True, [('ANGGARAN', 267.3, 332.0), ('REALISASI', 379.6, 438.2), ('%', 491.8, 501.6)]),
    (766.3, 12.3, 11.0, False, [('BELANJA', 120.3, 169.2), ('LANGSUNG', 171.6, 233.3), ('4.105.989.399,00', 288.0, 373.6),
                                ('4.021.066.077,00', 400.3, 485.8), ('97,93', 508.7, 536.2)]),
]
FOOT_JOINTS = [57.0, 117.0, 264.0, 376.5, 489.0, 539.2]


def test_a_header_cut_off_at_a_page_foot_is_left_to_the_next_page():
    # too little of a table for the search by alignment: its lines stay for the next page's body to take in
    # (:func:`~lkjip.extract.layout.carry.dangling_start`), the joints make no table of them
    lines = [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
             for top, h, size, bold, words in FOOT]
    rules = [Ruling(a, 765.0, b, 765.8) for a, b in zip(FOOT_JOINTS, FOOT_JOINTS[1:], strict=False)]
    tables, rest = find_text_tables(lines, rules, page_no=12)
    assert not tables and len(rest) == len(lines)


def test_a_note_under_the_table_stays_text():
    # review: a source note close under the table crosses no joint, but is no wrapped line of its body
    rows = JUSTIFIED[:-1] + [(721.0, 11.3, 10.0, False, [('Sumber:', 60.0, 102.0), ('Kecamatan', 108.0, 162.0)])]
    lines = [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
             for top, h, size, bold, words in rows]
    rules = [Ruling(a, 636.8, b, 637.5) for a, b in zip(JUSTIFIED_JOINTS, JUSTIFIED_JOINTS[1:], strict=False)]
    tables, rest = find_text_tables(lines, rules, page_no=21)
    assert len(tables) == 1 and rest[-1].text == "Sumber: Kecamatan"
    assert all("Sumber" not in c for r in tables[0].table.rows for c in r.cells)


def test_pieces_a_word_under_the_rule_runs_across_are_no_column_borders():
    # review: a rule drawn in segments, one joint inside the amounts' column: an amount lies across it, so the
    # pieces give no columns (the search by alignment's stand)
    joints = [*JOINTS[:5], 610.0, *JOINTS[5:]]
    split = [Ruling(a, 468.8, b, 469.5) for a, b in zip(joints, joints[1:], strict=False)]
    assert joint_columns(_lines(), split, [(214.0, 215.0)] * 8) is None
    assert joint_columns(_lines(), PIECES, [(214.0, 215.0)] * 7) is not None

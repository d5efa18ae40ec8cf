"""A monospaced table read by OCR: its word boxes hold the ink only (issue #12, "any table style").

In a text layer a word set in a monospaced font is as wide as its letters times the pitch and a word space is
one pitch, which is how the layout tells a word space from a column gap in such a font. OCR's boxes cover the
ink: a 9 pt Liberation Mono word (pitch 5.4 pt) comes some 0.9 pt narrower, a word space 6-6.7 pt wide, and
OCR estimates the size at ~10.5 pt, so the pitch looked like 0.5 em (no monospaced font) and each word space
of a right-aligned name read as a column gap ("Penunjang | Urusan | ...").
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.columns_cut import phrase_spans
from lkjip.extract.layout.geometry import TextLine, Word, lines_from_words, mono_space

PITCH = 5.4  # 9 pt Liberation Mono
BEARING = 0.85  # the white beside a glyph's ink, both sides together
SIZE = 10.5  # OCR's estimate of a 9 pt font's size
JITTER = [0.0, 0.3, -0.2, 0.35, -0.1, 0.2]  # OCR's box edges move a little


def _ink(y: float, *cells: tuple[float, str], conf: float = 96.0) -> TextLine:
    """A monospaced line as OCR boxes it: each cell's words from x (advance boxes), the box the ink alone."""
    words = []
    k = 0
    for x, text in cells:
        for tok in text.split():
            j = JITTER[k % len(JITTER)]
            k += 1
            x0, x1 = x + BEARING / 2 + j / 2, x + PITCH * len(tok) - BEARING / 2 - j / 2
            words.append(Word(tok, x0, y, x1, y + SIZE, size=SIZE, conf=conf))
            x += PITCH * (len(tok) + 1)
    return TextLine(words)


def _prop(y: float, text: str, x: float = 50.0) -> TextLine:
    """A proportional font read by OCR: letters of several widths, a space of some 3 pt."""
    words = []
    for tok in text.split():
        w = sum(7.5 if c in "mwMW" else 2.5 if c in "il.,t" else 5.2 for c in tok)
        words.append(Word(tok, x, y, x + w, y + SIZE, size=SIZE, conf=95.0))
        x += w + 3.0
    return TextLine(words)


def test_an_ocr_line_in_a_monospaced_font_has_a_word_space_wider_than_its_spaces():
    line = _ink(100, (60, "Program Penunjang Urusan Pemerintahan Daerah"), (400, "2.525.442.492"))
    space = mono_space(line)
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False)]
    assert space > 0
    assert all(g < space for g in gaps[:4])  # the name's word spaces
    assert gaps[4] > 1.5 * space  # the column gap


def test_an_ocr_line_in_a_proportional_font_is_not_monospaced():
    assert mono_space(_prop(100, "Persentase desa dengan tata kelola pemerintahan yang baik")) == 0.0
    assert mono_space(_prop(100, "Program Penunjang Urusan Pemerintahan Daerah")) == 0.0


def test_a_text_layer_line_is_measured_as_before():
    # the same boxes from a text layer (certain words): as narrow as ink, they are no monospaced font's words
    line = _ink(100, (60, "Program Penunjang Urusan Pemerintahan Daerah"), conf=100.0)
    assert mono_space(line) == 0.0


#: a budget table's start as OCR read it from a 300 dpi scan (9 pt Liberation Mono, names right-aligned in a wide
#: column under a label set left, amounts right-aligned): (text, x0, top, x1, bottom, size, confidence)
BUDGET_SCAN = [
    ("Program", 56.9, 491.0, 94.8, 499.4, 10.0, 96), ("Anggaran", 697.0, 491.0, 740.2, 499.4, 10.0, 93),
    ("(Rp.)", 746.9, 490.6, 771.4, 499.4, 10.3, 89),
    ("Program", 362.9, 503.5, 400.1, 511.9, 10.0, 96), ("Penunjang", 406.1, 503.3, 453.8, 511.9, 10.3, 97),
    ("Urusan", 459.8, 503.8, 491.3, 510.2, 9.8, 96), ("Pemerintahan", 497.8, 503.0, 561.8, 510.2, 10.9, 96),
    ("Daerah", 567.8, 503.3, 599.3, 510.2, 10.5, 93), ("Kabupaten/", 605.8, 503.0, 658.8, 511.7, 10.3, 92),
    ("Kota", 665.3, 503.5, 685.9, 510.2, 10.2, 96), ("2.525.442.492,", 699.6, 503.3, 772.6, 511.4, 12.4, 29),
    ("-", 770.9, 514.9, 773.8, 521.9, 11.4, 30),
    ("Program", 378.7, 527.0, 416.4, 535.4, 10.0, 96), ("Penyelenggaraan", 421.9, 526.3, 502.3, 535.4, 10.9, 96),
    ("Pemerintahan", 508.3, 526.6, 572.4, 533.8, 10.9, 96), ("dan", 578.9, 526.8, 594.0, 533.8, 10.5, 97),
    ("Pelayanan", 600.5, 526.6, 648.2, 535.2, 10.3, 96), ("Publik", 654.2, 526.6, 685.7, 533.8, 10.9, 97),
    ("15.279.011,-", 710.6, 526.8, 773.8, 535.0, 12.4, 29),
]


def test_right_aligned_names_in_a_monospaced_ocr_table_stay_in_their_cell():
    words = [Word(t, x0, top, x1, bottom, size=size, conf=conf) for t, x0, top, x1, bottom, size, conf in BUDGET_SCAN]
    tables, _ = find_text_tables(lines_from_words(words), page_no=1)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows]
    assert rows == [
        ["Program", "Anggaran (Rp.)"],
        ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota", "2.525.442.492,-"],
        ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "15.279.011,-"],
    ]


#: a PK table's row as OCR read it (9 pt Liberation Mono): a bracket's ink leaves more white than a letter's
PK_ROW = [
    ("1", 69.6, 74.2), ("Meningkatnya", 162.0, 226.3), ("kualitas", 233.3, 274.8), ("pelayanan", 281.3, 329.0),
    ("publik", 335.0, 367.0), ("Indeks", 559.7, 591.1), ("Kepuasan", 597.1, 639.6), ("Masyarakat", 645.6, 698.6),
    ("(IKM)", 706.1, 730.6), ("82,47", 748.3, 774.7),
]


def test_a_word_space_by_a_bracket_stays_a_word_space_on_a_monospaced_ocr_line():
    line = TextLine([Word(t, x0, 335.0, x1, 343.5, size=10.3, conf=96.0) for t, x0, x1 in PK_ROW])
    assert [round(a) for a, _ in phrase_spans(line)] == [70, 162, 560, 748]

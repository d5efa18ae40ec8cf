"""A number column set flush right in a monospaced font is a column of its own (issue #12).

"1" under "No.", set flush right, stands one pitch (a word space of the font) from its row's first cell: every
body line reads as one phrase ("1 Meningkatnya kualitas …"). The keys all end at one x, their rows' first words
all start at one x, where the header's "Sasaran" starts after a column gap: the key column is cut off there."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.key_pins import key_pinned

CH = 6.0  # one character of a 10 pt monospaced font


def _line(y: float, x: float, text: str, *more: tuple[float, str]) -> TextLine:
    words = []
    for x0, t in [(x, text), *more]:
        for tok in t.split():
            words.append(Word(tok, x0, y, x0 + CH * len(tok), y + 9, size=10))
            x0 += CH * (len(tok) + 1)
    return TextLine(words)


LINES = [
    _line(100, 60.0, "No.", (90.4, "Sasaran Strategis"), (404.1, "Indikator Kinerja"), (743.0, "Target")),
    _line(112, 60.0, "1", (90.4, "2"), (404.1, "3"), (743.0, "4")),
    _line(124, 78.4, "1 Meningkatnya kualitas pelayanan", (404.1, "Indeks Kepuasan Masyarakat"), (753.0, "81,24")),
    _line(136, 78.4, "2 Meningkatnya partisipasi masyarakat", (404.1, "Persentase partisipasi"), (765.0, "64%")),
    _line(148, 90.4, "dalam pembangunan desa", (404.1, "masyarakat desa")),
    _line(160, 78.4, "3 Menurunnya gangguan ketenteraman", (404.1, "Persentase penanganan"), (765.0, "75%")),
]


def test_a_flush_right_key_one_pitch_from_its_row_is_a_column_of_its_own():
    (pt,), _ = find_text_tables(LINES)
    rows = [r.cells for r in pt.table.rows]
    assert rows[0] == ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"]
    assert rows[2][:2] == ["1", "Meningkatnya kualitas pelayanan"]
    assert [r[0] for r in rows[2:]] == ["1", "2", "3"]


def test_a_numbered_list_under_no_column_gap_is_no_key_column():
    # a numbered list's items under a paragraph: no header starts a word where the items' text starts
    lines = [_line(100, 60.0, "Sasaran yang akan dicapai adalah sebagai berikut:"),
             _line(112, 60.0, "1 Meningkatnya kualitas pelayanan publik kecamatan"),
             _line(124, 60.0, "2 Meningkatnya partisipasi masyarakat desa")]
    assert not key_pinned(lines)


def test_keys_wider_than_the_space_the_header_leaves_are_cut_off_too():
    # "1." flush right starts under "No." itself: the header shows the gap after the keys, not before them
    lines = [_line(100, 60.0, "No.", (90.4, "Tujuan"), (404.1, "Indikator Kinerja"), (743.0, "Target")),
             _line(112, 72.4, "1. Meningkatnya akuntabilitas", (404.1, "Nilai SAKIP"), (753.0, "63,07")),
             _line(124, 72.4, "2. Meningkatnya kualitas", (404.1, "Indeks Kepuasan"), (753.0, "81,72"))]
    (pt,), _ = find_text_tables(lines)
    assert [r.cells[:2] for r in pt.table.rows[1:]] == [["1.", "Meningkatnya akuntabilitas"],
                                                        ["2.", "Meningkatnya kualitas"]]

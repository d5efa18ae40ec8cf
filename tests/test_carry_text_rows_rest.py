"""The last rows of a table of text rows, alone atop the next page in two or three of its columns (#12).

A cascading table (names and indicators, no number) runs on over a page break; a framed part ends the page, and
the next page holds only its last rows: a kegiatan, its sub kegiatan and their indicators, the names of the
columns left of them merged down from the page before. Those lines fill three columns of four: too few for the
page to show a table by itself, and the carried columns were refused because a table of text rows running on over a
page is read from that page's own lines. Those lines read nothing, so the rows fell out as paragraphs; they are now
read with the carried columns (:func:`~lkjip.extract.layout.carried_region.unread_rest`).
Synthetic lines: words of 5 pt per letter, 3 pt apart, 10 pt high.
"""

from __future__ import annotations

from line_builders import cell_words
from test_carry_text_rows import _page_one, _read

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.geometry import Word

REST = [
    ("Koordinasi penerapan", "", "Koordinasi/sinergi", "Jumlah laporan"),
    ("peraturan daerah", "", "dengan perangkat", "koordinasi dengan"),
    ("", "", "daerah", "perangkat daerah"),
    ("", "", "Harmonisasi", "Jumlah laporan"),
    ("", "", "hubungan dengan", "harmonisasi"),
    ("", "", "tokoh agama", "hubungan"),
]


def _rest_page() -> list[Word]:
    words: list[Word] = []
    top = 60.0
    for line in REST:
        words += cell_words(top, *((x, t) for x, t in zip((60.0, 200.0, 340.0, 480.0), line, strict=True) if t))
        top += 12.0
    return words


def test_the_last_rows_alone_in_three_columns_atop_the_next_page_stay_in_the_table():
    blocks = _read([_page_one(), _rest_page()])
    tables = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert len(tables) == 1
    assert not any("Koordinasi" in t or "Harmonisasi" in t for t in texts)
    cells = [r.cells for r in tables[0].rows if r.page == 2]
    assert any(c[2].startswith("Koordinasi/sinergi") and c[3].startswith("Jumlah laporan koordinasi") for c in cells)
    assert any("Harmonisasi hubungan dengan tokoh agama" in c[2] for c in cells)


def test_a_page_reading_its_own_table_keeps_it():
    """The page's own lines showing a table of their own (every column filled) are read as before."""
    full = [("Menciptakan ketertiban", "Menurunnya pelanggaran", "PROGRAM PENEGAKAN", "Jumlah laporan")] * 1
    words = _rest_page()
    top = 60.0 + 12.0 * len(REST) + 8.0
    for line in full * 3:
        words += cell_words(top, *zip((60.0, 200.0, 340.0, 480.0), line, strict=True))
        top += 20.0
    tables = [b for b in _read([_page_one(), words]) if isinstance(b, Table)]
    assert sum(len(t.rows) for t in tables) >= 4 + 3

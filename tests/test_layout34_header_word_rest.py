"""The last letter of a header word a narrow column broke is no roman page number (issue #12).

A table set atop a page (its running header elsewhere), ruled across only, monospaced, its amount columns narrow:
the header "REALISASI" breaks as "REALISAS" / "I", the "I" alone on the header's third line, in the page's top
band. A lone "I" there looked like a roman page number standing apart from the body and was dropped as
furniture before the table was read: the column's header read "REALISAS", the column lost its kind and every
realisation amount of the table was lost. One word of letters set flush under a word of letters of the line
right above, in the same size and weight, a line's height under it, is a word's rest
(:func:`~lkjip.extract.layout.furniture.drop_furniture`). Word boxes as a Chromium PDF prints them (monospaced).
"""

from __future__ import annotations

from lkjip.extract.layout.furniture import drop_furniture, furniture_key
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words

HEIGHT = 842.0


def _w(text: str, x0: float, top: float, bold: bool = False, pitch: float = 6.0) -> Word:
    return Word(text, x0, top, x0 + pitch * len(text), top + 6.8, size=10.0, bold=bold)


WORDS = [
    _w("NO", 56.8, 59.1, True), _w("URAIAN", 128.6, 59.1, True), _w("ANGGARAN", 347.8, 59.1, True),
    _w("ANGGARAN", 347.8, 72.9, True), _w("REALISAS", 411.9, 72.9, True), _w("%", 476.0, 72.9, True),
    _w("I", 411.9, 86.1, True),
]
ROWS = [("1.", "Administrasi Keuangan", "2.556.831.332", "2.203.381.031", "86,18"),
        ("2.", "Administrasi Kepegawaian", "25.749.124", "25.749.124", "100,00"),
        ("3.", "Administrasi Umum", "147.679.903", "140.684.901", "95,26")]
RULES = [Ruling(51.3, 56.7, 533.2, 57.5), Ruling(342.3, 70.5, 533.2, 71.3), Ruling(51.3, 97.4, 533.2, 98.2)]
top = 100.0
for row in ROWS:
    x = {0: 56.8, 1: 128.6, 2: 347.8, 3: 411.9, 4: 476.0}
    for k, cell in enumerate(row):
        xx = x[k]
        for tok in cell.split():
            WORDS.append(_w(tok, xx, top))
            xx += 6.0 * (len(tok) + 1)
    RULES.append(Ruling(51.3, top + 10.0, 533.2, top + 10.8))
    top += 13.0


def test_the_broken_header_words_last_letter_stays():
    kept = drop_furniture(WORDS, lines_from_words, HEIGHT, set(), [], RULES)
    assert any(w.text == "I" for w in kept)


def test_a_roman_page_number_alone_atop_the_page_still_goes():
    number = Word("ii", 290.0, 30.0, 298.0, 36.8, size=10.0)
    kept = drop_furniture([*WORDS, number], lines_from_words, HEIGHT, set(), [], RULES)
    assert not any(w.text == "ii" for w in kept)


def test_a_running_headers_one_word_line_under_its_first_still_goes():
    # a running header of two lines, the second one word set flush under the first's first word: repeated on the
    # report's pages (its key among the page furniture), it goes however much it looks like a word's rest
    header = [_w("Laporan", 56.8, 20.0), _w("Kinerja", 104.8, 20.0), _w("Instansi", 152.8, 20.0),
              _w("Sekretariat", 56.8, 28.0)]
    keys = {"@" + furniture_key(text) for text in ("Laporan Kinerja Instansi", "Sekretariat")}
    kept = drop_furniture([*header, *WORDS], lines_from_words, HEIGHT, keys, [], RULES)
    assert not any(w.text in ("Sekretariat", "Laporan") for w in kept)
    assert any(w.text == "I" for w in kept)

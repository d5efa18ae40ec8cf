"""The dot ending a row key ("IV.", "1."), which Tesseract's page pass leaves out of the word it reads ("IV"),
is put back from the image; a key printed without a dot, a comma, a hyphen or the next word stays as read. A
header's lone "%" read "do" is read again."""

from __future__ import annotations

import numpy as np
from conftest import require_tool
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import percent_marks
from lkjip.extract.ocr_key_dots import restore_key_dots

PX = 300 / 72


def _font(size: int = 42):
    return font("DejaVuSerif.ttf", size)


def _line(printed: list[tuple[int, str, str]]) -> tuple[np.ndarray, list[Word]]:
    """A binarized 300 dpi strip printing each ``(x, text, read)``, and the words Tesseract reads there: ``read``
    boxed over its own glyphs only (the dot it dropped left outside the box, as Tesseract boxes it)."""
    img = Image.new("L", (1600, 160), 255)
    d = ImageDraw.Draw(img)
    f = _font()
    words = []
    for x, text, read in printed:
        d.text((x, 50), text, font=f, fill=0)
        x0, top, x1, bottom = d.textbbox((x, 50), read, font=f)
        words.append(Word(read, x0 / PX, top / PX, x1 / PX, bottom / PX, conf=90.0))
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), words


def test_dot_after_roman_and_arabic_keys_is_put_back():
    binary, words = _line([(40, "VI.", "VI"), (400, "1.", "1"), (700, "a.", "a"), (1000, "1.2", "1.2")])
    binary2, words2 = _line([(40, "1.2.", "1.2")])
    fixes = restore_key_dots(words, binary) + restore_key_dots(words2, binary2)
    assert [w.text for w in words] == ["VI.", "1.", "a.", "1.2"]
    assert words2[0].text == "1.2."
    assert fixes == [("VI", "VI."), ("1", "1."), ("a", "a."), ("1.2", "1.2.")]
    assert words[1].x1 * PX > 400 + 30  # the box now covers the dot (a "1" alone is ~25 px wide)


def test_no_dot_comma_hyphen_or_next_word_stays():
    binary, words = _line([(40, "IV", "IV"), (300, "3,", "3"), (600, "12-", "12"), (900, "2 Unit", "2"),
                           (1200, "17.", "17.")])
    assert restore_key_dots(words, binary) == []
    assert [w.text for w in words] == ["IV", "3", "12", "2", "17."]


def test_dot_another_word_covers_is_that_words():
    binary, words = _line([(40, "5.", "5")])
    dot = Word(".", words[0].x1 + 1, words[0].top, words[0].x1 + 12 / PX, words[0].bottom)
    assert restore_key_dots(words + [dot], binary) == []


def test_percent_read_do_is_read_again_and_a_printed_do_stays():
    """A header's lone "%" that the page pass read "do" becomes "%" when the number model reads it so; the word
    "do" printed as such stays."""
    require_tool("tesseract", "tesseract-ocr")
    img = Image.new("L", (1000, 140), 255)
    d = ImageDraw.Draw(img)
    f = _font(40)
    d.text((100, 40), "%", font=f, fill=0)
    d.text((600, 40), "do", font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    words = []
    for x, read in ((100, "do"), (600, "do")):
        x0, top, x1, bottom = d.textbbox((x, 40), "%" if x == 100 else "do", font=f)
        words.append(Word(read, x0 / PX, top / PX, x1 / PX, bottom / PX, conf=42.0))
    out, found = percent_marks(binary, words, "eng")
    assert found == 1
    assert [w.text for w in out] == ["%", "do"]


def test_roman_keys_read_with_a_serif_bar_as_t_or_as_ones_are_put_right():
    """In a column numbering its rows in Roman numerals, a serif I's bar read "T" ("TI.", "Ti") and three ones
    ("111.", no arabic key) are Roman; "11." and "1." stay (arabic keys under a Roman item)."""
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.ocr_numbers import fix_roman_keys

    keys = ["I.", "TI.", "Ti", "111.", "IV.", "11.", "1.", "IT"]
    table = Table(rows=[TableRow(cells=[k, f"Kegiatan {n}", "1.250.000"]) for n, k in enumerate(keys)])
    fix_roman_keys(table, 3)
    assert [r.cells[0] for r in table.rows] == ["I.", "II.", "II", "III.", "IV.", "11.", "1.", "II"]


def test_letter_keys_read_as_their_capital_or_twice_are_put_right_in_a_lettered_column():
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.ocr_numbers import fix_letter_keys

    keys = ["a.", "b.", "Cc.", "d.", "C.", "Ss)", "1."]
    table = Table(rows=[TableRow(cells=[k, f"Sub Kegiatan {n}", "1.250.000"]) for n, k in enumerate(keys)])
    fix_letter_keys(table, 3)
    assert [r.cells[0] for r in table.rows] == ["a.", "b.", "c.", "d.", "c.", "s)", "1."]
    mixed = Table(rows=[TableRow(cells=[k, "Kegiatan", "1.250.000"]) for k in ("A.", "a.", "b.", "B.", "a.", "C.")])
    fix_letter_keys(mixed, 3)  # capitals key a level of their own: "C." is printed so
    assert [r.cells[0] for r in mixed.rows] == ["A.", "a.", "b.", "B.", "a.", "C."]
    alone = Table(rows=[TableRow(cells=[k, "Program", "1.250.000"]) for k in ("A.", "C.", "Cc.")])
    fix_letter_keys(alone, 3)  # no column of lower-case letter keys: capitals are what is printed
    assert [r.cells[0] for r in alone.rows] == ["A.", "C.", "Cc."]


def test_an_unsure_word_the_page_prints_sure_elsewhere_is_kept_beside_its_line():
    from lkjip.extract.ocr_key_dots import printed_sure_elsewhere

    def w(text: str, x: float, y: float, conf: float = 95.0) -> Word:
        return Word(text, x, y, x + 6 * len(text), y + 10, size=10, conf=conf)

    sure = [w("Indeks", 50, 100), w("Kepuasan", 92, 100), w("Masyarakat", 146, 100), w("(IKM)", 212, 100),
            w("Indeks", 50, 200), w("Kepuasan", 92, 200), w("Masyarakat", 146, 200)]
    assert printed_sure_elsewhere(w("(IKM)", 212, 200, conf=20), sure)
    assert not printed_sure_elsewhere(w("(IKM)", 400, 200, conf=20), sure)  # alone, away from its line
    assert not printed_sure_elsewhere(w("(IKN)", 212, 200, conf=20), sure)  # no word the page prints
    assert not printed_sure_elsewhere(w("%", 212, 200, conf=20), sure)

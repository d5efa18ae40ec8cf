"""Headers of scanned tables told by their weight and their column numbers (issue #12, scans): a bold header whose
words are barely heavier than the body (small sans and monospaced print) lost a word or two to the regular weight,
so the line was no bold line and the header was read as a body row; a bracketed "(2020)" got a size from its box
(brackets reach above the capitals and below the baseline) that made its strokes look thin; row keys printed
without a dot ("1") and column numbers ("6") the page pass passed over were left out."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import require_tool
from ocr_builders import drawn_line, font
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract import ocr, ocr_bold, ocr_tesseract
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import percent_marks

DPI = 300
PX = DPI / 72


def _line(d, words: list[Word], y: int, texts: list[str], face, x: int = 20) -> None:
    """Draw ``texts`` on one line; each word's size from its box as Tesseract's boxes give it (:func:`em_share`)."""
    drawn_line(d, words, y, texts, face, px=PX, x=x, size=lambda text, high: high / ocr_tesseract.em_share(text))


def test_a_bracketed_year_in_a_bold_header_line_is_bold():
    img = Image.new("L", (2400, 500), 255)
    d = ImageDraw.Draw(img)
    regular = ImageFont.truetype("DejaVuSansMono.ttf", 29)  # 7 pt monospaced print at 300 dpi
    bold = ImageFont.truetype("DejaVuSansMono-Bold.ttf", 29)
    words: list[Word] = []
    _line(d, words, 40, ["Kondisi", "Awal", "(2020)", "Target", "Kondisi", "Akhir", "(2026)"], bold)
    for k, y in enumerate((140, 220, 300)):
        _line(d, words, y, ["Persentase", "partisipasi", "masyarakat", "dalam", "pembangunan", str(61 + k)], regular)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    ocr.mark_bold(words, binary, DPI)
    assert [w.bold for w in words[:7]] == [True] * 7
    assert not any(w.bold for w in words[7:])


@pytest.mark.parametrize(("text", "share"), [("(2020)", 0.86), ("(%)", 0.86), ("/", 0.66)])
def test_brackets_and_slashes_span_more_than_their_letters(text, share):
    assert ocr_tesseract.em_share(text) == share


def _word(text: str, x0: float, top: float, conf: float = 95) -> Word:
    return Word(text, x0, top, x0 + 6 * len(text), top + 7, size=9, conf=conf)


def test_a_word_between_the_weights_takes_its_line_s():
    header = [_word("Tujuan", 20, 50), _word("Indikator", 100, 50), _word("Target", 200, 50)]
    body = [_word("Nilai", 20, 80), _word("SAKIP", 100, 80), _word("Kecamatan", 200, 80)]
    words = header + body
    # strokes clearly bold: "Target"; clearly regular: "Nilai", "Kecamatan"; the rest between the two
    clear = {id(header[2]): True, id(body[0]): False, id(body[2]): False}
    assert ocr_bold._line_majority_bold(header[0], words, clear) is True
    assert ocr_bold._line_majority_bold(body[1], words, clear) is False


def test_a_line_of_words_between_the_weights_takes_the_lines_around_it():
    """"Kondisi / Awal / (2020)": the second line of a header cell has no word clearly bold or regular."""
    first = [_word("Kondisi", 20, 50), _word("Target", 100, 50)]
    second = [_word("Awal", 20, 58), _word("Akhir", 200, 58)]
    third = [_word("2021", 100, 66), _word("2022", 150, 66)]
    far = [_word("Nilai", 20, 120), _word("SAKIP", 100, 120)]
    words = first + second + third + far
    clear = {id(w): True for w in first + third} | {id(w): False for w in far}
    assert ocr_bold._line_majority_bold(second[0], words, clear) is True
    alone = [_word("Awal", 20, 58), _word("Nilai", 20, 120)]
    assert ocr_bold._line_majority_bold(alone[0], alone, {id(alone[1]): False}) is False  # nothing close: regular


def _font(size: int):
    return font("DejaVuSans-Bold.ttf", size)


def test_row_keys_without_a_dot_and_column_numbers_passed_over_are_added():
    """The page pass read the labels and values of a borderless table's rows, but neither the row keys printed
    without a dot ("1", "2") nor the column number "6" of the header: each is a blob of ink no word covers, read
    again alone with the number model; a lone digit read sure comes back as a word."""
    require_tool("tesseract", "tesseract-ocr")
    img = Image.new("L", (1600, 400), 255)
    d = ImageDraw.Draw(img)
    f = _font(36)
    d.text((60, 40), "5", font=f, fill=0)
    d.text((400, 40), "6", font=f, fill=0)
    d.text((60, 160), "1", font=f, fill=0)
    d.text((400, 160), "Meningkatnya", font=f, fill=0)
    d.text((60, 280), "2", font=f, fill=0)
    d.text((400, 280), "Persentase", font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    s = 72 / 300
    read = [Word(text="5", x0=55 * s, top=35 * s, x1=90 * s, bottom=90 * s, size=9, conf=96),
            Word(text="Meningkatnya", x0=395 * s, top=155 * s, x1=1000 * s, bottom=215 * s, size=9, conf=96),
            Word(text="Persentase", x0=395 * s, top=275 * s, x1=1000 * s, bottom=335 * s, size=9, conf=96)]  # fmt: skip
    out, _ = percent_marks(binary, read, "eng")
    added = sorted((round(w.top / s), round(w.x0 / s), w.text) for w in out[3:])
    assert [t for *_, t in added] == ["6", "1", "2"]


def test_a_percent_read_as_ten_after_a_target_gets_its_sign_back():
    """A PK target "72%" in condensed print the page pass read "7210" (confidence 44): the number model reads the
    sign, and the digits before it are the first reading's; "2010" read sure is no percentage and stays."""
    require_tool("tesseract", "tesseract-ocr")
    img = Image.new("L", (1400, 120), 255)
    d = ImageDraw.Draw(img)
    f = _font(40)
    for x, text in ((60, "72%"), (400, "2010")):
        d.text((x, 40), text, font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    s = 72 / 300

    def word(text: str, x: int, conf: float) -> Word:
        ink = np.flatnonzero((binary[:, x - 5 : x + 300] == 0).any(axis=0))
        return Word(text=text, x0=x * s, top=40 * s, x1=(x - 5 + int(ink[-1]) + 1) * s, bottom=95 * s, size=10, conf=conf)

    out, found = percent_marks(binary, [word("7210", 60, 44), word("2010", 400, 96)], "eng")
    assert [w.text for w in out[:2]] == ["72%", "2010"] and found == 1

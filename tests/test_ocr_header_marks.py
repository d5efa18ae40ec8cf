"""A bold header line of a scanned table with a short mark in it (issue #12, scans): "TINGKAT / KEMAJUAN (%)"
printed bold, the "(%)" read by the page pass as "(26)" at 52 and never weighed as bold (too short to judge by its
strokes), so the header's second line was taken for a body row and "TARGET AKHIR / RENSTRA (TAHUN 2026)" lost its
year; and short decimals of a table ("97,1" for "97,7") read again like the amounts."""

from __future__ import annotations

import numpy as np
from conftest import require_tool
from ocr_builders import drawn_line
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

DPI = 300
PX = DPI / 72


def _line(d, words: list[Word], y: int, texts: list[str], face, x: int = 20) -> None:
    drawn_line(d, words, y, texts, face, px=PX, x=x, size=lambda text, high: 40 / PX)


def _header_page() -> tuple[list[Word], np.ndarray]:
    """A bold header line ending in "(%)", a regular body line with a "%" in it, a line of column numbers."""
    img = Image.new("L", (2400, 600), 255)
    d = ImageDraw.Draw(img)
    regular = ImageFont.truetype("DejaVuSans.ttf", 40)
    bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 40)
    words: list[Word] = []
    _line(d, words, 40, ["INDIKATOR", "KINERJA", "KEMAJUAN", "(%)"], bold)
    _line(d, words, 140, ["Persentase", "pelayanan", "%", "Indeks", "Kepuasan"], regular)
    _line(d, words, 240, ["Persentase", "lembaga", "kemasyarakatan", "aktif"], regular)
    _line(d, words, 340, ["(1)", "(2)", "(3)"], bold)
    return words, np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))


def test_a_short_mark_takes_the_weight_of_its_line_neighbours():
    words, binary = _header_page()
    ocr.mark_bold(words, binary, DPI)
    by_text = {(w.text, round(w.top)): w.bold for w in words}
    assert [w.bold for w in words[:4]] == [True, True, True, True]  # "(%)" in a bold header line is bold
    assert by_text[("%", round(words[6].top))] is False  # a "%" between regular words stays regular
    assert not any(w.bold for w in words[-3:])  # column numbers alone on their line: no neighbour to go by


def test_a_bracketed_scrap_read_unsure_becomes_a_percent_only_when_read_so_again(monkeypatch):
    words = [Word("KEMAJUAN", 100, 50, 150, 60, conf=96), Word("(26)", 152, 50, 160, 60, conf=52),
             Word("(12)", 100, 80, 110, 90, conf=97), Word("(13)", 120, 80, 130, 90, conf=60)]
    readings = {"(26)": "(Yo)", "(13)": "(13)"}
    asked: list[int] = []

    def stacked(crops, lang, config):
        asked.append(len(crops))
        return [[Word(readings[w.text], 0, 0, 10, 10, conf=84)] for w in words if w.text in readings]

    monkeypatch.setattr(ocr, "read_stacked", stacked)
    found = ocr.bracket_percents(np.full((600, 1000), 255, dtype=np.uint8), words, "ind", DPI)
    assert found == 1 and asked == [2]  # the sure column number "(12)" is not read again
    assert [w.text for w in words] == ["KEMAJUAN", "(%)", "(12)", "(13)"]


def test_a_short_decimal_misread_is_put_right_by_two_readings_of_three(monkeypatch):
    words = [Word("97,1", 100, 50, 130, 60, conf=77), Word("84,70", 100, 70, 130, 80, conf=97),
             Word("13", 100, 90, 110, 100, conf=63), Word("2023", 100, 110, 120, 120, conf=96)]
    second = {"97,1": "97,7", "84,70": "84,70", "13": "73"}
    asked: list[str] = []

    def stacked(crops, lang, config):
        assert len(crops) == 3  # a year is no short decimal
        return [[Word(second[w.text], 0, 0, 10, 10, conf=95)] for w in words[:3]]

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        asked.append(expect)
        return Word(second[expect], px0, py0, px0 + 10, py0 + 10, conf=91)

    monkeypatch.setattr(ocr, "read_stacked", stacked)
    monkeypatch.setattr(ocr, "reread_number", reread)
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 2
    assert [w.text for w in words] == ["97,7", "84,70", "73", "2023"]
    assert asked == ["97,1", "97,1", "13", "13"]
    assert all(MIN_CONFIDENCE <= w.conf < ocr.SURE_DIGITS for w in (words[0], words[2]))  # a warning names each
    assert words[1].conf == 97


def test_a_bold_percent_header_is_read_back_as_a_percent():
    """The real thing: "KEMAJUAN (%)" in bold 9 pt at 300 dpi, read again alone by the installed model."""
    require_tool("tesseract", "tesseract-ocr")
    img = Image.new("L", (900, 120), 255)
    d = ImageDraw.Draw(img)
    face = ImageFont.truetype("DejaVuSans-Bold.ttf", 38)
    d.text((20, 30), "KEMAJUAN", fill=0, font=face)
    box = d.textbbox((300, 30), "(%)", font=face)
    d.text((300, 30), "(%)", fill=0, font=face)
    words = [Word("(26)", box[0] / PX, box[1] / PX, box[2] / PX, box[3] / PX, conf=52)]
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    from lkjip.extract.ocr_tesseract import ocr_language

    lang, _ = ocr_language()
    ocr.bracket_percents(binary, words, lang, DPI)
    assert words[0].text == "(%)"


def test_roman_row_keys_misread_are_put_right_only_in_a_roman_column():
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.ocr_numbers import fix_roman_keys

    def table(keys: list[str]) -> Table:
        return Table(rows=[TableRow(cells=[k, f"Program {n}", "1.250.000"]) for n, k in enumerate(keys)])

    roman = table(["I.", "Il.", "1.", "2.", "Ill.", "1V.", "V.", "11.", "IN"])
    fix_roman_keys(roman, 3)
    assert [r.cells[0] for r in roman.rows] == ["I.", "II.", "1.", "2.", "III.", "IV.", "V.", "11.", "III"]
    assert len(roman.warnings) == 4
    lettered = table(["a.", "Il.", "b.", "I."])  # one Roman numeral as printed: no Roman column
    fix_roman_keys(lettered, 3)
    assert [r.cells[0] for r in lettered.rows] == ["a.", "Il.", "b.", "I."] and not lettered.warnings

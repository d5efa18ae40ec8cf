"""An amount a narrow column wrapped ("2.128.601.01" over "7,00") whose head the page pass reads unsure and a digit
too long ("2.128.601.001" at confidence 0, a well-formed amount of its own) is read again with the number model;
its reading of a head is taken (kept unsure), so the head and its tail below join into one amount."""

from __future__ import annotations

from conftest import require_tool, text_image
from ocr_builders import tsv as _tsv

from lkjip.extract import ocr
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

DPI = 300
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"


def _page_pass(monkeypatch, head: tuple[str, float]):
    """The page pass reads ``head`` (text, confidence) where a monospaced "2.128.601.01" is printed; every other
    Tesseract call (the number model's readings again) is Tesseract's own."""
    from PIL import ImageDraw, ImageFont

    real = ocr.image_to_data
    img = text_image("2.128.601.01", (800, 300), font=MONO, font_size=42, at=(100, 92))
    x0, y0, x1, y1 = ImageDraw.Draw(img).textbbox((100, 92), "2.128.601.01", font=ImageFont.truetype(MONO, 42))
    page = _tsv((head[0], head[1], (x0, y0, x1 - x0, y1 - y0)))

    def data(img, lang, config):
        return page if config == "--psm 11" else real(img, lang, config)

    monkeypatch.setattr(ocr, "image_to_data", data)
    monkeypatch.setattr(ocr, "number_language", lambda lang: "eng")
    return img


def test_an_unsure_amount_read_again_as_a_wrapped_head_is_that_head(monkeypatch):
    require_tool("tesseract", "tesseract-ocr")
    img = _page_pass(monkeypatch, ("2.128.601.001", 0))
    (word,) = ocr.page_words(img, "ind", DPI)
    assert word.text == "2.128.601.01"
    assert word.conf < MIN_CONFIDENCE  # the two readings differ: a table warning names it


def test_a_head_reading_still_needs_an_amount_read_first(monkeypatch):
    """A one-line reading of a cell whose first reading had no amount's grouping ("212860101") is no head."""
    require_tool("tesseract", "tesseract-ocr")
    img = text_image("2.128.601.01", (400, 80), font=MONO, font_size=42, at=(20, 10))
    assert ocr.reread_number(img, 0, 0, DPI / 72, lang="eng", expect="212860101") is None
    assert ocr.reread_number(img, 0, 0, DPI / 72, lang="eng", expect="2.128.601.001", heads=True).text == "2.128.601.01"


"""A word read from ink the page pass left unread gets the glyph checks the page pass's words get: a monospaced
"100%" read "1004" from its ink alone has its "%" put back."""

from __future__ import annotations

from conftest import text_image

from lkjip.extract import ocr

DPI = 300
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"


def test_a_percent_read_from_free_ink_as_a_digit_gets_its_sign(monkeypatch):
    """The page pass misses a monospaced "100%" (a shaded row); read from its ink alone it reads "1004": the
    glyphs' check that puts back the page pass's "%" (:func:`~lkjip.extract.ocr_glyphs.read_marks`) puts back
    this one's too."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    from lkjip.extract.layout.geometry import Word

    px = DPI / 72
    img = text_image("100%", (800, 300), font=MONO, font_size=38, at=(300, 120))
    x0, y0, x1, y1 = ImageDraw.Draw(img).textbbox((300, 120), "100%", font=ImageFont.truetype(MONO, 38))
    misread = Word("1004", x0 / px, y0 / px, x1 / px, y1 / px, size=9.0, conf=84)
    monkeypatch.setattr(ocr, "page_words", lambda clean, lang, dpi: [])
    monkeypatch.setattr(ocr, "percent_marks", lambda gray, words, lang, dpi: (words, 0))
    monkeypatch.setattr(ocr, "read_free_ink", lambda *a, **k: [misread])
    gray = np.where(np.asarray(img) < 128, 0, 255).astype(np.uint8)
    page, warnings = ocr.ocr_words_page([], gray, 1)
    assert [w.text for w in page.words] == ["100%"]
    assert any("'1004' -> '100%'" in w for w in warnings)

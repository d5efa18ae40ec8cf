"""A lone "0%" of a monospaced scan (a budget appendix's output target and realisation, nothing done) the page pass
read as the letters "Ox", unsure: the zero read as the letter O, the percent sign as an "x". The word is read again
with the number model like any short number whose sign was lost; it becomes "0%" only when that reading is exactly
the zero with its sign. Word letters read unsure ("On" printed) stay as read."""

from __future__ import annotations

from conftest import require_tool
from ocr_builders import font
from test_ocr_percent_eight import _line

from lkjip.extract.ocr import percent_marks


def test_a_lone_zero_percent_read_as_ox_is_read_again_as_zero_percent():
    require_tool("tesseract", "tesseract-ocr")
    binary, word = _line((60, "Persentase"), (600, "0%"), (900, "0%"), (1200, "On"),
                         face=font("DejaVuSansMono.ttf", 40))
    read = [word("Persentase", 60, 96), word("Ox", 600, 65), word("Ox", 900, 59), word("On", 1200, 60)]
    out, found = percent_marks(binary, read, "eng")
    assert [w.text for w in out[:4]] == ["Persentase", "0%", "0%", "On"]
    assert found == 2

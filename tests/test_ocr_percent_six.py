"""A "100%" the Indonesian model reads "1006" (the sign read as one "6") outside ruled tables is read again with the
number model, which reads the sign; a number that does end in 6 stays as read."""

from __future__ import annotations

from ocr_builders import tsv as _tsv
from PIL import Image

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word

DPI = 300


def test_a_percent_read_as_one_six_is_read_again_with_the_number_model(monkeypatch):
    page = _tsv(("Capaian", 96, (100, 100, 140, 40)), ("1006", 91, (900, 100, 110, 40)),
                ("56", 95, (1200, 100, 40, 40)), ("2026", 95, (1400, 100, 90, 40)))
    monkeypatch.setattr(ocr, "image_to_data", lambda img, lang, config: page)
    monkeypatch.setattr(ocr, "number_language", lambda lang: "eng")
    read = {900: "100%", 1200: "56", 1400: "2026"}
    asked: list[int] = []

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        x = round(px0 * px) + 8
        asked.append(x)
        return Word(read[x], px0, py0, px0 + 20, py0 + 10, conf=80)

    monkeypatch.setattr(ocr, "reread_number", reread)
    words = ocr.page_words(Image.new("L", (1700, 300), 255), "ind", DPI)
    assert [w.text for w in words] == ["Capaian", "100%", "56", "2026"]
    assert 900 in asked  # read again; the others read again stay as they read

"""Words Tesseract boxed over two printed lines, read again alone (ocr_tall)."""

from __future__ import annotations

from PIL import Image

from lkjip.extract import ocr_tall
from lkjip.extract.layout.geometry import Word, lines_from_words


def _w(text: str, x0: float, top: float, height: float = 5.5) -> Word:
    return Word(text=text, x0=x0, top=top, x1=x0 + 4 * len(text), bottom=top + height, size=7.0, conf=95)


def _row() -> list[Word]:
    """Two printed lines of a table row ruled by rows only; the head "penangan" of the third cell boxed down over
    the line below (its "an" dropped)."""
    return [
        _w("penangan", 100, 702), _w("gangguan", 150, 702), _w("Jumlah", 310, 702), _w("Anggota", 340, 702),
        _w("an", 100, 711), _w("ketentera", 150, 711), _w("Linmas", 310, 711), _w("yang", 340, 711),
        _w("penangan", 195, 698.6, height=17.8),
    ]


def _cell_text(words: list[Word], x0: float, x1: float) -> list[str]:
    return [" ".join(w.text for w in ln.words if x0 <= w.x0 < x1) for ln in lines_from_words(words)]


def test_a_word_boxed_over_two_lines_is_read_again_alone(monkeypatch):
    words = _row()
    # the shuffle the tall box causes: both lines of the row read as one
    assert _cell_text(words, 300, 400) == ["Jumlah Linmas Anggota yang"]
    seen = []

    def alone(w, clean, lang, px):
        seen.append(w.text)
        return [_w("penangan", 195, 702), _w("an", 195, 711)]

    monkeypatch.setattr(ocr_tall, "read_alone", alone)
    fixes = ocr_tall.split_tall_words(words, Image.new("L", (10, 10), 255), "ind", 300 / 72)
    assert seen == ["penangan"] and fixes == [("penangan", "penangan / an")]
    assert _cell_text(words, 300, 400) == ["Jumlah Anggota", "Linmas yang"]
    assert _cell_text(words, 190, 240) == ["penangan", "an"]


def test_a_word_read_otherwise_alone_stays(monkeypatch):
    words = _row()
    monkeypatch.setattr(ocr_tall, "read_alone", lambda w, clean, lang, px: [_w("penanganan", 195, 702)])
    assert ocr_tall.split_tall_words(words, Image.new("L", (10, 10), 255), "ind", 300 / 72) == []
    assert len(words) == 9 and words[-1].bottom - words[-1].top > 17


def test_words_of_the_reading_where_the_page_has_words_are_left_out(monkeypatch):
    words = _row()
    # the reading reaches the next cell's word on the line below: that word is the page's already
    monkeypatch.setattr(ocr_tall, "read_alone", lambda w, clean, lang, px: [
        _w("penangan", 195, 702), _w("ketentera", 150, 711)])
    ocr_tall.split_tall_words(words, Image.new("L", (10, 10), 255), "ind", 300 / 72)
    assert [w.text for w in words].count("ketentera") == 1
    assert max(w.bottom - w.top for w in words) < 6

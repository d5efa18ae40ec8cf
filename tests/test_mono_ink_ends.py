"""The pitch of a monospaced line read by OCR (extract/layout/geometry.py ``ink_mono_space``): a word opening or
closing with punctuation ("Rp.", "(IKM)", "1)") inks less of its end cells than its letters' pitch, so it is left
out of the pitch's estimate; counted, it spread the estimates past the monospaced check and the line lost its
word space, a narrow number column then read apart from its unit or run into the next."""

from __future__ import annotations

from lkjip.extract.layout.geometry import INK_BEARING_EM, TextLine, Word, ink_mono_space

SIZE, PITCH = 10.0, 6.0
BEARING = INK_BEARING_EM * SIZE


def _line(texts_and_ink: list[tuple[str, float]]) -> TextLine:
    """OCR words (confidence under 100) set on a monospaced pitch: each box its cells less the bearings, or less
    the white ``ink`` cells' worth its punctuation leaves; one pitch and the bearings of white between words."""
    words, x = [], 50.0
    for text, short in texts_and_ink:
        width = len(text) * PITCH - BEARING - short * PITCH
        words.append(Word(text, x, 100.0, x + width, 110.0, SIZE, conf=90))
        x += len(text) * PITCH + PITCH
    return TextLine(words=words, x0=words[0].x0, top=100.0, x1=words[-1].x1, bottom=110.0)


def test_words_ending_in_punctuation_leave_the_pitch_of_a_monospaced_ocr_line_readable():
    line = _line([("Penyediaan", 0), ("Jasa", 0), ("Rp.", 0.8), ("3.691.138", 0), ("(IKM)", 0.6)])
    space = ink_mono_space(line)
    assert abs(space - (PITCH + BEARING + 1.2)) < 0.01


def test_a_proportional_ocr_line_still_gives_no_pitch():
    words = [Word(t, 50.0 + 60 * k, 100.0, 50.0 + 60 * k + w, 110.0, SIZE, conf=90)
             for k, (t, w) in enumerate([("Penyediaan", 44.0), ("Jasa", 19.0), ("Administrasi", 50.0), ("umum", 27.0)])]
    assert ink_mono_space(TextLine(words=words)) == 0.0

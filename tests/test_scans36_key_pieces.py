"""Row keys of a monospaced scan read in pieces ("1." "2." "1" for "1.2.1": the white round a dot and a "1" is
half a letter) are joined into one key; white as wide as a word space parts them, and a page in a proportional
font has its keys left as read."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_key_pieces import join_key_pieces, page_pitch

SIZE = 11.0
PITCH = 6.6  # an 11 pt monospaced font's advance
BEARING = 0.08 * SIZE


def _word(text: str, x0: float, top: float, *, pitch: float = PITCH, conf: float = 96) -> Word:
    """A word as OCR boxes it: its letters' advances less the white beside the first and last glyph's ink."""
    return Word(text, x0, top, x0 + len(text) * pitch - BEARING, top + 7.0, size=SIZE, conf=conf)


def _page(pitch: float = PITCH) -> list[Word]:
    """A table's rows: a name of long words beside each key, set at ``pitch``."""
    words = []
    for k, name in enumerate(["Koordinasi Penyusunan Dokumen", "Administrasi Keuangan Daerah",
                              "Penyediaan Gaji Tunjangan", "Pengadaan Kendaraan Operasional"]):
        x = 150.0
        for part in name.split():
            words.append(_word(part, x, 100.0 + 30 * k, pitch=pitch))
            x += (len(part) + 1) * pitch
    return words


def _key(pieces: list[str], top: float, white: float) -> list[Word]:
    """A key's pieces as OCR cuts them, ``white`` points of white between two."""
    out, x = [], 100.0
    for p in pieces:
        out.append(_word(p, x, top, conf=30))
        x = out[-1].x1 + white
    return out


def test_a_monospaced_key_cut_at_its_dots_is_one_key():
    words = _page() + _key(["1.", "2.", "1"], 100.0, 3.2) + _key(["1.", "2"], 130.0, 3.2)
    assert page_pitch(words) > 0
    fixes = join_key_pieces(words)
    assert sorted(w.text for w in words if w.text[0].isdigit()) == ["1.2", "1.2.1"]
    assert ("1.2. 1", "1.2.1") in fixes


def test_a_word_space_parts_pieces_and_a_proportional_page_is_left_alone():
    words = _page() + _key(["1.", "2020"], 100.0, PITCH + 2 * BEARING)  # a key, a year a space after it
    join_key_pieces(words)
    assert [w.text for w in words if w.text[0].isdigit()] == ["1.", "2020"]
    prose = _page(pitch=4.0)  # no advance every word keeps: a proportional font's
    prose[3].x1 += 6.0
    prose[7].x1 -= 5.0
    words = prose + _key(["1.", "2"], 100.0, 2.0)
    assert page_pitch(words) == 0 and join_key_pieces(words) == []

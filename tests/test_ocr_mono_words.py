"""Words of a monospaced scan Tesseract cut in two at the white of a hyphen, a slash or a narrow letter ("DPA-"
"SKPD", "PENYELENGGA" "RAAN", "Per" "Llengkapan") are joined; white as wide as a word space, a ruling, pieces that
are words each, or a proportional page keep them apart."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Ruling, Word
from lkjip.extract.ocr_key_pieces import page_pitch
from lkjip.extract.ocr_mono_words import join_mono_pieces, join_mono_words

SIZE = 11.0
PITCH = 6.6  # an 11 pt monospaced font's advance
BEARING = 0.08 * SIZE
#: words of the model's dictionary the test's names use
DICTIONARY = frozenset({"koordinasi", "penyusunan", "dokumen", "administrasi", "keuangan", "daerah", "penyediaan",
                        "gaji", "tunjangan", "pengadaan", "kendaraan", "operasional", "penyelenggaraan",
                        "perlengkapan", "kantor", "dan", "program", "pemerintahan", "dana", "desa",
                        "danadesa"})  # "danadesa": a join of two words that is a word too


def _word(text: str, x0: float, top: float, *, pitch: float = PITCH, size: float = SIZE) -> Word:
    """A word as OCR boxes it: its letters' advances less the white beside the first and last glyph's ink."""
    return Word(text, x0, top, x0 + len(text) * pitch - 0.08 * size, top + 7.0, size=size, conf=96)


def _names(pitch: float = PITCH, size: float = SIZE, top: float = 100.0) -> list[Word]:
    """A table's names of long words, set at ``pitch``, a word space (one advance) between two."""
    words = []
    for k, name in enumerate(["Koordinasi Penyusunan Dokumen", "Administrasi Keuangan Daerah",
                              "Penyediaan Gaji Tunjangan", "Pengadaan Kendaraan Operasional"]):
        x = 150.0
        for part in name.split():
            words.append(_word(part, x, top + 30 * k, pitch=pitch, size=size))
            x += (len(part) + 1) * pitch
    return words


def _pieces(texts: list[str], top: float, white: float) -> list[Word]:
    """Pieces as OCR cuts them, ``white`` points of white between two."""
    out, x = [], 100.0
    for t in texts:
        out.append(_word(t, x, top))
        x = out[-1].x1 + white
    return out


def _texts(words: list[Word], top: float) -> list[str]:
    return [w.text for w in sorted(words, key=lambda w: w.x0) if w.top == top]


def test_pieces_a_monospaced_page_cut_at_narrow_white_are_one_word():
    words = (_names() + _pieces(["DPA-", "SKPD"], 300.0, 0.9 * PITCH) + _pieces(["APBD/", "DAU"], 320.0, 0.8 * PITCH)
             + _pieces(["PROGRAM", "PENYELENGGA", "RAAN"], 340.0, 0.6 * PITCH)
             + _pieces(["Per", "Llengkapan", "Kantor"], 360.0, 0.5 * PITCH))
    words[-1].x0 += PITCH  # "Kantor" a word space after "Perlengkapan"
    fixes = join_mono_words(words, [], DICTIONARY)
    assert _texts(words, 300.0) == ["DPA-SKPD"] and _texts(words, 320.0) == ["APBD/DAU"]
    assert _texts(words, 340.0) == ["PROGRAM", "PENYELENGGARAAN"]
    assert _texts(words, 360.0) == ["Perlengkapan", "Kantor"]
    assert ("Per Llengkapan", "Perlengkapan") in fixes


def test_a_space_a_ruling_two_words_or_proportional_print_keep_pieces_apart():
    space = PITCH + 2 * BEARING
    words = (_names() + _pieces(["RKA-", "SKPD"], 300.0, space) + _pieces(["Dana", "Desa"], 320.0, 0.6 * PITCH)
             + _pieces(["DPA-", "SKPD"], 340.0, 0.6 * PITCH))
    ruled = words[-1].x0 - 0.3 * PITCH
    rules = [Ruling(ruled, 330.0, ruled, 360.0)]  # a column's ruling between "DPA-" and the next cell's "SKPD"
    assert join_mono_words(words, rules, DICTIONARY) == []
    prose = _names(pitch=4.0)  # no advance every word keeps: a proportional font's
    prose[3].x1 += 6.0
    prose[7].x1 -= 5.0
    words = prose + _pieces(["DPA-", "SKPD"], 300.0, 1.0)
    assert page_pitch(words) == 0 and join_mono_pieces(words, [], DICTIONARY, 1) == []

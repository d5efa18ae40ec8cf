"""Roman row keys of bars and a dot read from their strokes (lkjip.extract.ocr_bar_keys), on synthetic images."""
import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_bar_keys import bar_key_words, fix_bar_keys, read_key, stroke_keys

PX = 300 / 72.0
H = 21  # a key of 8 pt sans print at 300 dpi


def _page(w=600, h=300):
    return np.full((h, w), 255, np.uint8)


def _bar(img, x, y, flag=False):
    img[y : y + H, x : x + 5] = 0
    if flag:  # the flag of a digit "1"
        img[y : y + 4, x - 5 : x] = 0


def _dot(img, x, y):
    img[y + H - 4 : y + H, x : x + 4] = 0


def _vee(img, x, y):
    for r in range(H):
        off = int(r * 9 / H)
        img[y + r, x + off : x + off + 4] = 0
        img[y + r, x + 18 - off : x + 22 - off] = 0


def _key(img, x, y, letters):
    for ch in letters:
        if ch == "I":
            _bar(img, x, y)
            x += 11
        else:
            _vee(img, x, y)
            x += 26
    _dot(img, x + 1, y)
    return x + 5


def _word(text, x0, y, x1):
    return Word(text, x0 / PX, y / PX, x1 / PX, (y + H) / PX, size=H / PX, conf=60.0)


def test_read_key_bars_and_dot():
    img = _page()
    _key(img, 10, 10, "III")
    _key(img, 100, 10, "VII")
    assert read_key(img[5:40, 5:80] == 0) == "III."
    assert read_key(img[5:40, 95:200] == 0) == "VII."


def test_digit_one_with_flag_is_no_key():
    img = _page()
    _bar(img, 20, 10, flag=True)
    _dot(img, 32, 10)
    assert read_key(img[5:40, 5:80] == 0) is None


def test_misread_word_rewritten():
    img = _page()
    end = _key(img, 30, 50, "III")
    w = _word("1g.", 30, 50, end - 3)
    assert fix_bar_keys([w], img) == [("1g.", "III.")]
    assert w.text == "III."


def test_letter_key_and_text_left_alone():
    img = _page()
    end = _key(img, 30, 50, "I")
    w = _word("l.", 30, 50, end)
    assert fix_bar_keys([w], img) == []
    assert w.text == "l."


def test_unread_keys_found_in_free_ink():
    img = _page()
    _key(img, 30, 40, "II")
    _key(img, 30, 120, "I")
    img[120 : 120 + H, 150:300] = 0  # the row's name, read as a word
    words = [Word("Nama", 150 / PX, 120 / PX, 300 / PX, (120 + H) / PX, size=H / PX)]
    found = bar_key_words(img, words)
    assert sorted(w.text for w in found) == ["I.", "II."]
    warnings = stroke_keys(words, img, 3)
    assert len(words) == 3 and warnings


def test_key_followed_closely_by_text_is_no_key():
    img = _page()
    end = _key(img, 30, 40, "II")
    _bar(img, end + 4, 40)  # more ink right after the dot: some other text
    assert bar_key_words(img, []) == []


def test_serif_one_with_blob_flag_is_no_key():
    # a serif "1." of 8 pt print: the flag a blob at its top, the foot a serif (what an "I" has too)
    img = _page()
    img[10:31, 22:27] = 0
    img[11:15, 20:27] = 0
    img[27:31, 20:29] = 0
    _dot(img, 34, 10)
    assert read_key(img[5:40, 5:80] == 0) is None


def _serif_one(img, x, y):
    img[y : y + 21, x + 3 : x + 8] = 0
    img[y + 1 : y + 5, x + 1 : x + 8] = 0
    img[y + 17 : y + 21, x + 1 : x + 10] = 0
    _dot(img, x + 15, y)


def test_serif_bar_is_an_I_only_on_a_page_keyed_by_roman_numerals():
    img = _page()
    _serif_one(img, 30, 40)
    w = _word("L", 30, 40, 41)
    romans = [_word("II.", 300, 100, 320), _word("III.", 300, 200, 330)]
    assert fix_bar_keys([w, _word("2.", 300, 100, 310), _word("3.", 300, 200, 310)], img) == []
    assert fix_bar_keys([w, *romans], img) == [("L", "I.")]

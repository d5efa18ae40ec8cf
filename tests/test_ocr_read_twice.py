"""A number's tail read twice by the page pass (in the number's box and as a word of its own) is dropped."""

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_read_twice import drop_read_twice


def _w(text, x0, x1, top=149.0, bottom=159.0, conf=90.0):
    return Word(text=text, x0=x0, top=top, x1=x1, bottom=bottom, size=10.0, conf=conf)


def test_tail_inside_the_number_box_is_dropped():
    words = [_w("VII.", 74, 97), _w("89.850.000,00", 278, 363, conf=0), _w("00", 351, 363, 148, 161),
             _w("86.685.201,00", 390, 475, conf=0), _w("00", 463, 476, 148, 161), _w("96,48", 498, 530)]
    dropped = drop_read_twice(words)
    assert [w.text for w in words] == ["VII.", "89.850.000,00", "86.685.201,00", "96,48"]
    assert dropped == [("00", "89.850.000,00"), ("00", "86.685.201,00")]


def test_a_word_beside_the_number_stays():
    words = [_w("89.850.000,", 278, 345), _w("00", 351, 363)]
    assert drop_read_twice(words) == []
    assert len(words) == 2


def test_a_tail_whose_digits_the_number_does_not_end_with_stays():
    words = [_w("89.850.000,00", 278, 363), _w("07", 351, 363)]
    assert drop_read_twice(words) == []
    assert len(words) == 2


def test_a_number_inside_a_word_box_not_at_its_end_stays():
    words = [_w("89.850.000,00", 278, 363), _w("850", 290, 310)]
    assert drop_read_twice(words) == []

"""Amounts of a borderless table read twice more (issue #12, scans): a condensed "7" the page pass reads "1"
("21.091.909" for "27.091.909", one digit that turns a sound budget sum into a false contradiction). The
number model reads every amount again; two readings of three that agree are the number, marked unsure; none
agreeing keeps the first reading, marked doubtful. Tesseract is replaced by the readings it gave on a
synthetic scan, so the decision is tested alone."""

from __future__ import annotations

from conftest import require_tool, text_image
from PIL import Image

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

PX = 300 / 72


def _amounts(*texts_conf: tuple[str, float]) -> list[Word]:
    return [Word(t, 100.0, 50.0 + 20 * k, 160.0, 60.0 + 20 * k, conf=c) for k, (t, c) in enumerate(texts_conf)]


def _readings(monkeypatch, second: dict[str, str], third: dict[str, str | None]) -> list[str]:
    """Tesseract's second (stacked) and third (zoomed) readings, keyed by the first; the third ones asked for."""
    asked: list[str] = []
    order: list[str] = []

    def stacked(crops, lang, config):
        assert lang == "eng"
        return [[Word(second[t], 0, 0, 10, 10, conf=95)] for t in order]

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        asked.append(expect)
        text = third[expect]
        return None if text is None else Word(text, px0, py0, px0 + 10, py0 + 10, conf=91)

    monkeypatch.setattr(ocr, "read_stacked", stacked)
    monkeypatch.setattr(ocr, "reread_number", reread)
    return asked, order


def test_a_misread_digit_two_readings_correct_is_put_right_and_marked_unsure(monkeypatch):
    words = _amounts(("85.521.917", 96), ("21.091.909", 79), ("2.571.692.050", 90), ("3.185.835.184", 96), ("Jumlah", 95))
    asked, order = _readings(
        monkeypatch,
        {"85.521.917": "85.521.917", "21.091.909": "27.091.909", "2.571.692.050": "2.577.692.050",
         "3.185.835.184": "3.185.835.1184"},
        {"21.091.909": "27.091.909", "2.571.692.050": "2.577.692.050", "3.185.835.184": "3.185.835.184"})
    order.extend(w.text for w in words[:4])
    changed = ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX)
    assert changed == 2
    assert [w.text for w in words] == ["85.521.917", "27.091.909", "2.577.692.050", "3.185.835.184", "Jumlah"]
    # a reading that agrees is not read again; one that differs is read twice more, enlarged and at print size
    assert asked == [t for t in ["21.091.909", "2.571.692.050", "3.185.835.184"] for _ in (2, 1)]
    assert words[0].conf == 96  # confirmed: stays sure
    assert all(MIN_CONFIDENCE <= w.conf < ocr.SURE_DIGITS for w in words[1:4])  # a table warning names each


def test_three_readings_that_disagree_keep_the_first_and_make_the_table_doubtful(monkeypatch):
    words = _amounts(("21.257.131", 70), ("60.401.658", 96))
    _, order = _readings(monkeypatch, {"21.257.131": "27.257.131", "60.401.658": "60.401.658"},
                         {"21.257.131": "24.257.131"})
    order.extend(w.text for w in words)
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 0
    assert words[0].text == "21.257.131" and words[0].conf < MIN_CONFIDENCE  # never a guessed digit
    assert words[1].conf == 96


def test_an_unsure_single_digit_is_read_again_a_sure_one_is_not(monkeypatch):
    """A renstra target "77" the page pass read "7" at 35 (its box as wide as the "75" beside it): the number
    model reads "77" twice, so the number is "77", marked unsure; a row's "1" read sure is left alone."""
    words = _amounts(("7", 35), ("1", 96), ("75", 90))
    asked, order = _readings(monkeypatch, {"7": "77", "75": "75"}, {"7": "77"})
    order.extend(["7", "75"])
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 1
    assert [w.text for w in words] == ["77", "1", "75"] and asked == ["7", "7"]
    assert MIN_CONFIDENCE <= words[0].conf < ocr.SURE_DIGITS


def test_an_enlarged_reading_agreeing_with_neither_is_followed_by_one_at_print_size(monkeypatch):
    """Sans 11 pt scan: the page pass reads "79.212" for "79.272", the stacked number model "79.272", the enlarged
    one-line reading "19.272" (agreeing with neither); read once more at print size, "79.272": two readings agree."""
    words = _amounts(("79.212", 86), ("21.257.131", 70))
    zooms: list[int] = []
    _, order = _readings(monkeypatch, {"79.212": "79.272", "21.257.131": "27.257.131"}, {})

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        zooms.append(zoom)
        text = {("79.212", 2): "19.272", ("79.212", 1): "79.272"}.get((expect, zoom), "24.257.131")
        return Word(text, px0, py0, px0 + 10, py0 + 10, conf=91)

    monkeypatch.setattr(ocr, "reread_number", reread)
    order.extend(w.text for w in words)
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 1
    assert words[0].text == "79.272" and MIN_CONFIDENCE <= words[0].conf < ocr.SURE_DIGITS
    assert words[1].text == "21.257.131" and words[1].conf < MIN_CONFIDENCE  # four readings, no two agree
    assert zooms == [2, 1, 2, 1]


def test_a_wrapped_amount_head_is_read_again_like_an_amount(monkeypatch):
    """A narrow column wraps "2.782.686.621" after "2.782.6" and "72.774.036" after "72.774."; the page pass reads
    the heads "2.182.6" and "720.174.": they are read again like amounts, the head keeping its printed end."""
    words = _amounts(("2.182.6", 90), ("720.174.", 76), ("86.621", 97))
    asked, order = _readings(monkeypatch, {"2.182.6": "2.782.6", "720.174.": "72.774,", "86.621": "86.621"},
                             {"2.182.6": "2.782.6", "720.174.": "72.774,"})
    order.extend(w.text for w in words)
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 2
    assert [w.text for w in words] == ["2.782.6", "72.774.", "86.621"]
    assert asked == ["2.182.6", "2.182.6", "720.174.", "720.174."]


def test_a_head_reading_counts_only_for_a_head():
    """The one-line reading of a cell accepts a wrapped head ("2.782.6") only when the first reading was one."""
    require_tool("tesseract", "tesseract-ocr")
    img = text_image("2.782.6", (400, 80), font="DejaVuSans.ttf", font_size=44, at=(20, 10))
    head = ocr.reread_number(img, 0, 0, PX, lang="eng", expect="2.182.6")
    assert head is not None and head.text == "2.782.6"
    assert ocr.reread_number(img, 0, 0, PX, lang="eng", expect="2.782.686") is None


def test_readings_split_two_against_two_take_the_number_model_and_make_the_table_doubtful(monkeypatch):
    """A wrapped tail "769" the page pass reads "169", sure of it; the stacked number model "769", the enlarged line
    "169", the line at print size "769": two against two, the stacked number model's reading breaks the tie (a sans
    "7" read "1" by the page pass and the enlarged line together), never sure of it: the table's sums are
    uncertain."""
    words = _amounts(("169", 92), ("2.182.6", 90))
    _, order = _readings(monkeypatch, {"169": "769", "2.182.6": "2.782.6"}, {})

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        text = {("169", 2): "169", ("169", 1): "769", ("2.182.6", 2): "2.182.6", ("2.182.6", 1): "2.782.6"}
        return Word(text[expect, zoom], px0, py0, px0 + 10, py0 + 10, conf=91)

    monkeypatch.setattr(ocr, "reread_number", reread)
    order.extend(w.text for w in words)
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 2
    assert [w.text for w in words] == ["769", "2.782.6"]
    assert all(w.conf < MIN_CONFIDENCE for w in words)


def test_a_two_against_two_split_other_than_a_sans_seven_keeps_the_first_doubtful(monkeypatch):
    """Two against two over a "0" and a "6" ("16.022.836,00" by the page pass and the line at print size,
    "16.622.836,00" by the stacked number model and the enlarged line): no known misreading, the first reading
    stays, doubtful."""
    words = _amounts(("16.022.836,00", 88),)
    _, order = _readings(monkeypatch, {"16.022.836,00": "16.622.836,00"}, {})

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        return Word({2: "16.622.836,00", 1: "16.022.836,00"}[zoom], px0, py0, px0 + 10, py0 + 10, conf=91)

    monkeypatch.setattr(ocr, "reread_number", reread)
    order.append("16.022.836,00")
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 0
    assert words[0].text == "16.022.836,00" and words[0].conf < MIN_CONFIDENCE


def test_a_tie_the_number_model_has_no_second_reading_for_keeps_the_first(monkeypatch):
    """Four readings, two agreeing with the page pass, the stacked number model alone with the other and the print
    size reading lost: the page pass's reading wins, unsure."""
    words = _amounts(("169", 92),)
    _, order = _readings(monkeypatch, {"169": "769"}, {})

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        return Word("169", px0, py0, px0 + 10, py0 + 10, conf=91) if zoom == 2 else None

    monkeypatch.setattr(ocr, "reread_number", reread)
    order.append("169")
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 0
    assert words[0].text == "169" and MIN_CONFIDENCE <= words[0].conf < ocr.SURE_DIGITS


def test_an_unsure_tail_of_bare_digits_is_read_again_a_sure_year_is_not(monkeypatch):
    """A narrow column wraps "94.962.757" after "94.962."; the page pass reads the tail "757" as "1517" at 75: bare
    digits read unsure are read again whatever their length; a year read sure is not."""
    words = _amounts(("1517", 75), ("2022", 97))
    asked, order = _readings(monkeypatch, {"1517": "757"}, {"1517": "757"})
    order.append("1517")
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 1
    assert [w.text for w in words] == ["757", "2022"] and asked == ["1517", "1517"]

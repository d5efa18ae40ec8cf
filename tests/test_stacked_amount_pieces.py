"""An amount a narrow monospaced column broke into short pieces line under line ("2.21" / "0.83" / "2.71" / "6")
keeps its last bare digit in the page's bottom band, and the rest of such an amount atop the next page ("54.7" /
"29", its head on the page before) keeps its bare digits in the top band: no page numbers
(:func:`lkjip.extract.layout.furniture.drop_furniture`). A borderless programme-budget table whose every amount is
broken so keeps its rows (a lone "6" dropped left a blank that ended the table's region)."""

from __future__ import annotations

from lkjip.extract.layout.furniture import drop_furniture
from lkjip.extract.layout.geometry import TextLine, Word

HEIGHT = 842.0


def _to_lines(ws):
    return [TextLine([w for w in ws if w.top == y]) for y in sorted({w.top for w in ws})]


def _kept(words):
    return [w.text for w in drop_furniture(words, _to_lines, HEIGHT, set(), [])]


def test_last_digit_under_stacked_pieces_in_the_footer_band_stays():
    words = [Word("1", 50.8, 753.0, 54.7, 759.0, size=7), Word("Penunjang", 166.5, 753.0, 201.6, 759.0, size=7),
             Word("2.21", 470.3, 753.0, 485.9, 759.0, size=7), Word("APBD", 512.2, 753.0, 527.8, 759.0, size=7),
             Word("0.83", 470.3, 761.8, 485.9, 766.2, size=7),
             Word("2.71", 470.3, 770.3, 485.9, 774.6, size=7),
             Word("6", 476.1, 778.7, 480.0, 783.1, size=7),
             Word("2", 50.8, 786.8, 54.7, 791.6, size=7), Word("Koordinasi", 182.1, 786.8, 221.1, 791.6, size=7),
             Word("79.5", 470.3, 786.8, 485.9, 791.6, size=7), Word("APBD", 512.2, 786.8, 527.8, 791.6, size=7),
             Word("11", 290.0, 815.0, 298.0, 822.0, size=7)]
    kept = _kept(words)
    assert "6" in kept  # "2.21" + "0.83" + "2.71" + "6": 2.210.832.716
    assert "11" not in kept  # the page number goes


def test_rest_of_an_amount_opening_the_page_stays():
    words = [Word("54.7", 470.3, 43.6, 485.9, 48.0, size=7),
             Word("29", 474.2, 52.0, 482.0, 56.4, size=7),
             Word("3", 50.8, 60.1, 54.7, 66.1, size=7), Word("Pemberdayaan", 166.5, 60.1, 212.0, 66.1, size=7),
             Word("31.9", 470.3, 60.1, 485.9, 66.1, size=7), Word("APBD", 512.2, 60.1, 527.8, 66.1, size=7)]
    assert "29" in _kept(words)


def test_a_page_number_under_a_running_title_still_goes():
    words = [Word("LKjIP", 250.0, 30.0, 275.0, 36.0, size=7), Word("2023", 278.0, 30.0, 295.0, 36.0, size=7),
             Word("12", 270.0, 38.5, 278.0, 43.0, size=7),
             Word("Program", 73.6, 70.0, 100.9, 76.0, size=7), Word("Anggaran", 469.1, 70.0, 500.0, 76.0, size=7)]
    assert "12" not in _kept(words)

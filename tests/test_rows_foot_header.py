"""A table's header at a page's foot over a first row longer than a few lines is read with the next page (#12).

A table ruled under its header only, split by a page break inside its first row, leaves its bold header and the
start of that row at the page's foot: a row whose widest cell wraps over many lines ("Faktor Internal: …" in
an Akar Masalah column). The row's lines, set one under the other without a blank line, are all the header's
(:func:`lkjip.extract.layout.carry.dangling_start`), not only the last six of them.
Synthetic lines: words of 5 pt per letter, 3 pt apart, 10 pt high.
"""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.layout.carry import dangling_start
from lkjip.extract.layout.geometry import Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout


def _words(top: float, *cells: tuple[float, str], bold: bool = False) -> list[Word]:
    return cell_words(top, *cells, bold=bold, size=9.0)


_CAUSE = ["Faktor Internal:", "Keterbatasan SDM", "pada Kecamatan", "dalam melaksanakan", "fungsi pelayanan",
          "Faktor Eksternal:", "Kurang optimalnya", "kekuatan server", "dinas terkait"]


def _page(gap: float) -> list[Word]:
    words = _words(600, (60, "Dari rumusan permasalahan tersebut dipetakan sebagai berikut:"))
    words += _words(630, (60, "No"), (90, "Masalah"), (230, "Pokok Masalah"), (380, "Akar Masalah"), bold=True)
    top = 645.0
    for k, cause in enumerate(_CAUSE):
        cells = [(380, cause)]
        if k == 0:
            cells = [(60, "1."), (90, "Pelayanan terhadap"), (230, "Kondisi sarana"), *cells]
        elif k == 1:
            cells = [(90, "masyarakat kurang"), (230, "pelayanan kurang"), *cells]
        words += _words(top, *cells)
        top += 10.0 + gap
    return words


def test_a_long_first_row_under_a_header_at_the_foot_goes_with_the_header():
    res = read_page_layout(1, 842.0, _page(1.0), [], lines_from_words, ruled=False)
    lead, _ = dangling_start(res)
    assert [ln.text for ln in lead][:2] == ["No Masalah Pokok Masalah Akar Masalah",
                                           "1. Pelayanan terhadap Kondisi sarana Faktor Internal:"]
    assert len(lead) == 1 + len(_CAUSE)


def test_lines_set_apart_past_six_stay_on_their_page():
    # a blank line's white between the lines: a paragraph's lines, not one row's
    res = read_page_layout(1, 842.0, _page(8.0), [], lines_from_words, ruled=False)
    lead, _ = dangling_start(res)
    assert not any(ln.bold for ln in lead)

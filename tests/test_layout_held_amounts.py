"""Amounts a narrow column wrapped after a decimal digit or before a group ("41.431.755,0" / "0", "99.198" /
".370,0" / "0"): 7-8 pt monospaced LibreOffice tables with narrow amount columns (extract/layout/cues.py,
rows.amount_run)."""

from __future__ import annotations

from lkjip.extract.layout.cues import amount_cut, whole_amount_text
from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.rows import amount_run


def _w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, top, x0 + 4.2 * len(text), top + 6.5, size=7.0)


def _line(top: float, key: str, name: str, anggaran: str, realisasi: str, persen: str) -> list[list[Word]]:
    return [[_w(key, 42.6, top)] if key else [], [_w(name, 111.0, top)] if name else [],
            [_w(anggaran, 414.8, top)] if anggaran else [], [_w(realisasi, 452.8, top)] if realisasi else [],
            [_w(persen, 490.8, top)] if persen else []]


def test_money_with_one_decimal_digit_is_cut():
    # money prints two decimals: "41.431.755,0" ends where the column did, its "0" on the next line
    assert amount_cut("41.431.755,0") and not amount_cut("41.431.755,00") and not amount_cut("23.460.000,-")
    assert whole_amount_text(["41.431.755,0", "0"]) == "41.431.755,00"


def test_a_decimal_wrapped_alone_finishes_its_row():
    row = [_line(180.1, "1.1.1", "Koordinasi", "41.431.755,0", "39.423.063,0", "95,15")]
    below = [_line(189.2, "", "", "0", "0", ""), _line(198.3, "1.1.2", "Koordinasi", "5.442.427,00", "4.864.645,00",
                                                         "89,38")]
    assert amount_run(row, below) == 1


def test_a_whole_looking_head_goes_on_with_a_separator():
    # "105.94" / "3.384," / "00" beside "99.198" / ".370,0" / "0": "99.198" reads whole, but the piece under it
    # opens with the group separator
    row = [_line(307.9, "4.", "Administrasi", "105.94", "99.198", "93,63")]
    below = [_line(317.0, "", "", "3.384,", ".370,0", ""), _line(326.1, "", "", "00", "0", ""),
             _line(335.2, "1.", "Penyediaan", "2.167.", "2.166.", "99,95")]
    assert amount_run(row, below) == 2

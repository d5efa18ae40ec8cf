"""A lone "Rp" above its amount in a narrow column of 7 pt print: read "R", "Ri", "RI", read unsure, or not read at
all by the page pass (word boxes as Tesseract gave them on a scanned budget table, in points)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import require_tool, scan_strip

from lkjip.extract import ocr_currency
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import read_stacked
from lkjip.extract.ocr_tesseract import ocr_language


def _w(text: str, x0: float, top: float, x1: float, bottom: float, conf: float = 96.0) -> Word:
    return Word(text=text, x0=x0, top=top, x1=x1, bottom=bottom, size=7.0, conf=conf)


def _budget_row(first: str, second: str) -> list[Word]:
    """One row of "Administrasi Keuangan Perangkat Daerah | Rp 1.609.841.396 | Rp 1.373.847.940 | 85,34", the
    amounts wrapped by their narrow columns: the signs alone on the first line, the last digits on a third."""
    return [
        _w("Administrasi", 289.0, 187.7, 324.0, 192.7), _w("Keuangan", 326.4, 187.9, 355.4, 193.9),
        _w("Perangkat", 357.8, 187.7, 387.1, 193.9), _w("Daerah", 389.3, 187.7, 409.9, 192.7),
        _w(first, 444.2, 187.9, 448.1, 192.7, 79.4), _w(second, 485.8, 187.9, 489.6, 192.5, 90.1),
        _w("85,34", 534.7, 187.9, 550.6, 193.4),
        _w("1.609.841.3", 417.8, 195.4, 451.7, 200.2, 89.5), _w("1.373.847.9", 459.8, 195.4, 493.4, 200.2, 90.9),
        _w("96", 445.0, 203.0, 451.7, 207.8), _w("40", 486.5, 203.0, 493.4, 207.8),
    ]


def test_misread_lone_signs_over_amounts_read_rp():
    words = _budget_row("Ri", "R")
    fixes = ocr_currency.restore_lone_signs(words)
    assert fixes == [("Ri", "Rp"), ("R", "Rp")]
    assert [w.text for w in words if w.top < 195] == ["Administrasi", "Keuangan", "Perangkat", "Daerah", "Rp", "Rp",
                                                     "85,34"]
    assert [w.text for w in words if w.top > 195] == ["1.609.841.3", "1.373.847.9", "96", "40"]  # digits untouched


@pytest.mark.parametrize(
    "words",
    [
        # a name's initial: more words follow on its line
        [_w("R", 100.0, 50.0, 104.0, 55.0), _w("DARMAWAN", 106.0, 50.0, 150.0, 55.0),
         _w("1.250.000", 100.0, 58.0, 140.0, 63.0)],
        # nothing below it in its column
        [_w("Ri", 444.2, 187.9, 448.1, 192.7), _w("1.609.841.3", 300.0, 195.4, 330.0, 200.2)],
        # below it a word, not an amount
        [_w("RI", 444.2, 187.9, 448.1, 192.7), _w("Kegiatan", 420.0, 195.4, 451.7, 200.2)],
        # the amount is rows away
        [_w("R", 444.2, 187.9, 448.1, 192.7), _w("1.609.841.396", 417.8, 215.4, 451.7, 220.2)],
    ],
)
def test_other_r_words_stay(words):
    before = [w.text for w in words]
    assert ocr_currency.restore_lone_signs(words) == []
    assert [w.text for w in words] == before


def test_unsure_lone_sign_kept_as_rp():
    sure = [w for w in _budget_row("Ri", "R") if w.x0 != 444.2]
    sign = ocr_currency.unsure_lone_sign(_w("Rp", 444.2, 187.9, 451.7, 193.9, 41.0), sure)
    assert sign is not None and sign.text == "Rp" and sign.conf == 41.0
    assert ocr_currency.unsure_lone_sign(_w("Rp", 444.2, 150.0, 451.7, 155.0, 41.0), sure) is None  # no amount below
    assert ocr_currency.unsure_lone_sign(_w("Ru", 444.2, 187.9, 451.7, 193.9, 41.0), sure) is None


def _page_with_signs() -> tuple[np.ndarray, list[Word]]:
    """A 300 dpi page strip printing two wrapped amounts with their signs, and the words the page pass read: the
    amounts and the right sign ("R"), the left sign not at all."""
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ind")
    printed = [("Rp", 440.0, 10.0, False), ("Rp", 480.0, 10.0, True),
               ("1.609.841.3", 415.0, 18.0, True), ("1.373.847.9", 457.0, 18.0, True)]
    binary, boxes = scan_strip(600, 60, [(text, x, y) for text, x, y, _ in printed])
    words = [replace(w, text="R" if w.text == "Rp" else w.text) for w, (*_, keep) in zip(boxes, printed, strict=True)
             if keep]
    return binary, words


@pytest.mark.ocr
def test_sign_the_page_pass_missed_read_from_the_image():
    binary, words = _page_with_signs()
    lang, _ = ocr_language()
    found = ocr_currency.unread_signs(binary, words, lang, read_stacked)
    assert [w.text for w in found] == ["Rp"]
    assert 435 < found[0].x0 < 445 and found[0].top < 18


@pytest.mark.ocr
def test_no_sign_read_where_the_image_has_none():
    binary, words = _page_with_signs()
    binary[:, : int(455 * 300 / 72)] = 255  # the left sign and amount erased
    words = [w for w in words if w.x0 > 455]
    lang, _ = ocr_language()
    assert ocr_currency.unread_signs(binary, words, lang, read_stacked) == []

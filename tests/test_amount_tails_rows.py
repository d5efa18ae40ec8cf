"""A keyed table whose rows no rule closes (vertical rules alone) wraps a long name and the amounts beside it; a
scan's reading loses the cut mark ("16.122.336" / "00", the comma gone). The wrapped line, with no key and only
such tails in its amount columns, is the row's next line, and the tail is the amount's decimals."""

from __future__ import annotations

from lkjip.extract.layout.amount_tails import amount_tails
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import group_rows
from lkjip.extract.layout.words import join_wrapped

_COLS = [(60.0, 90.0), (100.0, 185.0), (190.0, 230.0), (235.0, 275.0), (280.0, 310.0)]


def _line(top: float, cells: list[str]) -> tuple[TextLine, list[list[Word]]]:
    out: list[list[Word]] = []
    for (x0, _), text in zip(_COLS, cells, strict=True):
        ws, x = [], x0
        for tok in text.split():
            ws.append(Word(tok, x, top, x + 4.5 * len(tok), top + 6.0, size=9.0))
            x += 4.5 * len(tok) + 2.5
        out.append(ws)
    return TextLine([w for c in out for w in c]), out


def _rows() -> list[tuple[TextLine, list[list[Word]]]]:
    return [
        _line(100.0, ["1.4.1", "Penyediaan Komponen", "2.167.489,00", "2.166.500,00", "99,95"]),
        _line(110.0, ["1.4.2", "Penyediaan Peralatan", "16.122.336", "16.122.000", "100,00"]),
        _line(118.0, ["", "dan Perlengkapan", "00", "00", ""]),
        _line(128.0, ["1.4.3", "Penyediaan Bahan", "19.250.809", "19.247.000", "99,98"]),
        _line(136.0, ["", "Logistik Kantor", "", "00", ""]),
        _line(146.0, ["1.4.4", "Penyediaan Barang Cetak", "105.943.38", "7.224.350,00", "100,00"]),
        _line(154.0, ["", "dan Penggandaan", "4,00", "", ""]),
    ]


def test_lines_of_amount_tails_under_a_keyed_row_go_on_in_it():
    groups = group_rows(_rows())
    assert [[ln.words[0].text for ln, _ in g] for g in groups] == [
        ["1.4.1"], ["1.4.2", "dan"], ["1.4.3", "Logistik"], ["1.4.4", "dan"]]


def test_a_key_or_a_full_value_still_starts_a_row():
    rows = _rows()
    assert not amount_tails(rows[2][1], rows[3][1], {2, 3, 4})  # a key
    full = _line(118.0, ["", "dan Perlengkapan", "1.500.000", "00", ""])[1]
    assert not amount_tails(rows[1][1], full, {2, 3, 4})
    under_decimals = _line(118.0, ["", "dan Perlengkapan", "00", "", ""])[1]
    assert not amount_tails(rows[0][1], under_decimals, {2, 3, 4})  # above: an amount with its decimals


def test_two_decimals_under_a_whole_grouped_amount_get_their_lost_mark():
    assert join_wrapped(["16.122.336", "00"]) == "16.122.336,00"
    assert join_wrapped(["16,122,336", "00"]) == "16,122,336.00"
    assert join_wrapped(["16.122.336,", "00"]) == "16.122.336,00"
    assert join_wrapped(["Tahun 2022", "00"]) == "Tahun 2022 00"

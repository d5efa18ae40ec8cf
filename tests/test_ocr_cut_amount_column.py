"""An amount of a scanned budget table read with its thousands groups ending in two digits ("2.362.853.58" for the
printed "2.362.853.583": the last line of a narrow column's wrap lost, or a glyph dropped) is no decimal in a
column of whole amounts: it stays as read with a warning (money is exact), where it was turned into 2.362.853,58.
In a column that prints cents the same shape is a decimal comma read as a dot, and ".00" is one anywhere."""

from __future__ import annotations

from ocr_builders import page_with_table

from lkjip.extract.ocr_numbers import fix_table_digits
from lkjip.normalize.numbers import parse_money


def _fixed(rows: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    res = page_with_table(rows)
    fix_table_digits(res, 7)
    return [r.cells for r in res.tables[0].table.rows], res.tables[0].table.warnings


def test_an_amount_cut_short_in_a_column_of_whole_amounts_is_kept_as_read():
    rows, warnings = _fixed([
        ["Program", "Anggaran (Rp)"],
        ["Program Penunjang Urusan Pemerintahan Daerah", "2.105.089.017"],
        ["Program Pemberdayaan Masyarakat Desa", "71.281.701"],
        ["Jumlah", "2.362.853.58"],
    ])  # fmt: skip
    assert rows[-1] == ["Jumlah", "2.362.853.58"]
    assert any("cut short" in w and "2.362.853.58" in w for w in warnings)
    try:
        value = parse_money(rows[-1][1])
    except ValueError:
        value = None
    assert value is None  # no reader takes it for 2.362.853,58


def test_in_a_column_with_cents_the_dot_is_the_decimal_comma():
    rows, warnings = _fixed([
        ["Program", "Anggaran (Rp)"],
        ["Belanja Pegawai", "1.250.000,50"],
        ["Belanja Barang", "2.362.853.58"],
        ["Belanja Modal", "4.100.000.00"],
    ])  # fmt: skip
    assert [r[1] for r in rows[1:]] == ["1.250.000,50", "2.362.853,58", "4.100.000,00"]
    assert not any("cut short" in w for w in warnings)


def test_cents_of_zeros_are_a_decimal_comma_in_any_column():
    rows, _ = _fixed([
        ["Program", "Anggaran (Rp)"],
        ["Belanja Pegawai", "2.105.089.017"],
        ["Belanja Barang", "3.718.205.460.00"],
    ])  # fmt: skip
    assert rows[-1][1] == "3.718.205.460,00"


def test_whole_amounts_printed_with_zero_cents_are_no_column_of_cents():
    """",00" is how many reports print whole amounts: such a column prints no cents, so an amount whose groups end
    in two digits there is as likely cut short, and stays as read."""
    rows, warnings = _fixed([
        ["Program", "Anggaran (Rp)"],
        ["Program Penunjang Urusan Pemerintahan Daerah", "2.105.089.017,00"],
        ["Program Pemberdayaan Masyarakat Desa", "71.281.701,00"],
        ["Jumlah", "2.362.853.58"],
    ])  # fmt: skip
    assert rows[-1] == ["Jumlah", "2.362.853.58"]
    assert any("cut short" in w and "2.362.853.58" in w for w in warnings)

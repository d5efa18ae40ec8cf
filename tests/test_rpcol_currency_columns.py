"""A currency sign the column finder cut off its amount ("Rp    1.234.567" right-aligned in a monospaced font, as
scanned: the widest amounts push their "Rp" left of where the others start) goes back with the amount."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.columns_cut import currency_columns_joined
from lkjip.extract.layout.geometry import TextLine, Word

SIZE = 7.2


def _ln(top: float, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 5.0, size=SIZE) for t, x0, x1 in words])


def _cells(lines: list[TextLine]) -> list[list[str]]:
    (table,), _ = find_text_tables(lines, page_no=12)
    return [row.cells for row in table.table.rows]


# a budget table as Tesseract read it (7 pt mono, borderless): billions first, their "Rp" at 289.7, the narrower
# amounts' "Rp" at 301.4 (where the billions start) or further right
HEAD = [
    _ln(44.2, [("NO", 46.1, 53.5), ("URAIAN", 131.8, 154.6), ("ANGGARAN", 238.6, 269.5)]),
    _ln(54.0, [("ANGGARAN", 238.6, 269.5), ("REALISASI", 358.1, 392.6), ("%", 476.9, 481.0)]),
]
BODY = [
    _ln(71.8, [("1)", 118.1, 124.6), ("Administrasi", 150.7, 197.3), ("Keuangan", 201.8, 232.3), ("Rp", 289.7, 296.9),
               ("2.703.589.959", 301.4, 351.1), ("Rp", 409.0, 416.2), ("2.356.980.745", 420.7, 470.4),
               ("87,18", 531.6, 550.3)]),
    _ln(79.0, [("Perangkat", 170.6, 204.7), ("Daerah", 209.5, 232.3)]),
    _ln(89.0, [("1)", 118.1, 124.6), ("Penyediaan", 158.9, 197.0), ("Gaji", 201.6, 217.0), ("dan", 221.3, 232.3),
               ("Rp", 289.7, 296.9), ("2.638.191.964", 301.4, 351.1), ("Rp", 409.0, 416.2),
               ("2.298.252.115", 420.7, 470.4), ("87,11", 531.6, 550.6)]),
    _ln(96.0, [("Tunjangan", 181.9, 216.7), ("ASN", 221.0, 232.3)]),
    _ln(105.6, [("2)", 118.1, 124.6), ("Penyediaan", 143.3, 181.4), ("Administrasi", 185.8, 232.3), ("Rp", 301.4, 308.6),
                ("31.406.125", 313.2, 351.1), ("Rp", 420.7, 427.7), ("27.909.019", 432.2, 470.4),
                ("88,86", 531.6, 550.1)]),
    _ln(112.6, [("Pelaksanaan", 151.2, 193.4), ("Tugas", 198.0, 216.7), ("ASN", 221.0, 232.3)]),
    _ln(122.6, [("3)", 118.1, 124.6), ("Pelaksanaan", 135.6, 177.6), ("Penatausahaan", 182.2, 232.3),
                ("Rp", 305.5, 312.5), ("2.308.620", 317.0, 351.1), ("Rp", 424.6, 431.8), ("2.308.620", 436.3, 470.4),
                ("100,00", 527.8, 550.3)]),
    _ln(129.6, [("Keuangan", 182.2, 212.6), ("SKPD", 217.2, 232.6)]),
    _ln(147.6, [("4)", 117.8, 124.6), ("Koordinasi", 135.6, 174.0), ("dan", 178.3, 189.4), ("Penyusunan", 193.9, 232.3),
                ("Rp", 301.4, 308.6), ("31.683.259", 313.2, 351.4), ("Rp", 420.7, 427.7), ("28.519.991", 432.2, 470.6),
                ("89,99", 531.6, 550.1)]),
    _ln(154.6, [("Laporan", 147.6, 173.8), ("Keuangan", 178.6, 209.0), ("Akhir", 213.4, 232.3)]),
]


def test_the_sign_of_the_widest_amounts_stays_in_the_amount_cell():
    rows = _cells(HEAD + BODY)
    body = [r for r in rows if any(c.endswith("87,18") or c.endswith("88,86") for c in r)]
    assert len(body) == 2
    for row in body:
        amounts = [c for c in row if c.startswith("Rp")]
        assert len(amounts) == 2 and all(" " in c for c in amounts), row
        assert "Rp" not in row  # no cell holds a sign alone
    assert [c for c in body[0] if c.startswith("Rp")] == ["Rp 2.703.589.959", "Rp 2.356.980.745"]


def test_a_channel_between_signs_and_their_amounts_is_dropped():
    # the channel right of the billions' "Rp" (296.9-301.4), and the realisasi one (416.2-420.7)
    gaps = [(124.6, 135.1), (232.6, 238.6), (296.9, 301.4), (351.4, 358.1), (416.2, 420.7), (470.6, 476.9)]
    assert currency_columns_joined(HEAD + BODY, gaps) == [(124.6, 135.1), (232.6, 238.6), (351.4, 358.1),
                                                          (470.6, 476.9)]


def test_a_sign_column_the_header_labels_keeps_its_channel():
    # "Satuan" over the signs, "Jumlah" over the amounts: a column of its own
    head = [_ln(44.2, [("NO", 46.1, 53.5), ("URAIAN", 131.8, 154.6), ("Satuan", 272.0, 296.9),
                       ("Jumlah", 325.0, 351.1)])]
    body = [ln for ln in BODY if any(w.text == "Rp" for w in ln.words)]
    gaps = [(124.6, 135.1), (232.6, 238.6), (296.9, 301.4), (351.4, 358.1)]
    assert currency_columns_joined(head + body, gaps) == gaps


def test_a_column_holding_other_words_besides_signs_keeps_its_channel():
    lines = [_ln(10.0, [("Uraian", 10.0, 40.0), ("Anggaran", 100.0, 130.0)]),
             _ln(20.0, [("Belanja", 10.0, 40.0), ("Rp", 100.0, 107.0), ("1.234.567", 112.0, 146.0)]),
             _ln(30.0, [("Belanja", 10.0, 40.0), ("Dokumen", 80.0, 107.0), ("12", 139.0, 146.0)]),
             _ln(40.0, [("Belanja", 10.0, 40.0), ("Rp", 112.0, 119.0), ("34.567", 123.0, 146.0)])]
    gaps = [(40.0, 80.0), (107.0, 112.0)]
    assert currency_columns_joined(lines, gaps) == gaps

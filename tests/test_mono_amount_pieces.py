"""A row whose amounts, percentages and key a narrow column broke stays one row (issue #12).

Budget tables set in a monospaced font at a small width break every number longer than its column: the
anggaran "19.250.8" / "09", a target "1.95" / "0" (a count in groups of three, read alone as a decimal), a
percentage "100" / ",00", the key "1.3." / "1". One piece surely broken ties its line to the row, and the other
pieces on that line finish their cells too. Read from synthetic lines: words of 5 pt per letter, 3 pt apart.
"""

from __future__ import annotations

from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import group_rows

#: key, uraian, anggaran, realisasi, %, output uraian, target
_X = (30, 80, 170, 230, 290, 320, 420)


def _raw(y: float, *cells: str, bold: bool = False) -> tuple[TextLine, list[list[Word]]]:
    """One line of the seven columns, a cell's text from the column's x ("" for an empty cell)."""
    cols: list[list[Word]] = []
    for x, text in zip(_X, cells, strict=True):
        ws = []
        for tok in text.split():
            ws.append(Word(tok, x, y, x + 5.0 * len(tok), y + 10.0, size=10.0, bold=bold))
            x += 5.0 * len(tok) + 3
        cols.append(ws)
    return TextLine([w for c in cols for w in c]), cols


def _rows(raw) -> list[list[str]]:
    return [[" ".join(w.text for _, cells in g for w in cells[k]) for k in range(len(_X))] for g in group_rows(raw)]


def _header() -> list[tuple[TextLine, list[list[Word]]]]:
    return [_raw(80, "No", "Uraian", "Anggaran", "Realisasi", "%", "Output", "Target", bold=True)]


def _row(y: float, key: str, name: str) -> tuple[TextLine, list[list[Word]]]:
    return _raw(y, key, name, "1.800.000", "1.800.000", "100,00", "Jumlah", "365 Eks")


def test_a_count_read_alone_as_a_decimal_finishes_beside_a_broken_amount():
    raw = _header() + [
        _row(95, "1.4.2", "Penyediaan"),
        _raw(110, "1.4.3", "Penyediaan", "19.250.8", "19.247.0", "99,", "Jumlah", "1.95"),
        _raw(122, "", "Bahan", "09", "00", "98", "Paket", "0"),
        _raw(134, "", "Logistik", "", "", "", "Bahan", "Unit"),
        _row(149, "1.4.4", "Penyediaan"),
    ]
    rows = _rows(raw)
    assert len(rows) == 4
    assert rows[2][:5] == ["1.4.3", "Penyediaan Bahan Logistik", "19.250.8 09", "19.247.0 00", "99, 98"]
    assert rows[2][6] == "1.95 0 Unit"


def test_a_percentage_broken_at_its_comma_holds_the_line_to_its_row():
    raw = _header() + [
        _row(95, "1.4.3", "Penyediaan"),
        _raw(110, "1.4.4", "Penyediaan", "7.224.600", "7.224.350", "100", "Jumlah", "1.78"),
        _raw(122, "", "Barang", "", "", ",00", "Paket", "5"),
        _raw(134, "", "Cetak", "", "", "", "Barang", "Unit"),
        _row(149, "1.4.5", "Penyediaan"),
    ]
    rows = _rows(raw)
    assert len(rows) == 4
    assert rows[2][4] == "100 ,00"
    assert rows[2][6] == "1.78 5 Unit"


def test_a_key_broken_in_the_narrow_key_column_finishes_beside_a_percentage():
    raw = _header() + [
        _raw(95, "1.3", "Administrasi Kepegawaian", "-", "-", "0,00", "Presentase", "0%"),
        _raw(110, "1.3.", "Bimbingan", "-", "-", "0,0", "Jumlah", "0 ASN"),
        _raw(122, "1", "Teknis", "", "", "0", "Orang", "ASN"),
        _raw(134, "", "Implementasi", "", "", "", "Mengikuti", ""),
        _row(149, "1.4", "Administrasi"),
    ]
    rows = _rows(raw)
    assert [r[0] for r in rows[1:]] == ["1.3", "1.3. 1", "1.4"]
    assert rows[2][4] == "0,0 0"


def test_a_percentage_broken_over_three_lines_of_a_column_two_digits_wide_stays_whole():
    def row(y: float, key: str) -> tuple[TextLine, list[list[Word]]]:
        return _raw(y, key, "Penyediaan", "1.800.000", "1.800.000", "99", "Jumlah", "365 Eks")

    raw = _header() + [
        row(95, "5."),
        _raw(110, "6.", "Penyediaan", "77.426.394", "77.422.634", "97", "Presentase", "100%"),
        _raw(122, "", "Jasa", "", "", ".8", "penyediaan", ""),
        _raw(134, "", "Penunjang", "", "", "5", "jasa", ""),
        _raw(146, "", "Urusan", "", "", "", "perkantoran", ""),
        row(161, "7."),
    ]
    rows = _rows(raw)
    assert [r[0] for r in rows[1:]] == ["5.", "6.", "7."]
    assert rows[2][4] == "97 .8 5"


def test_a_frame_round_a_tables_last_page_parts_no_rows():
    # the last page of a table framed round its header only on the first page: its repeated header, the rest
    # of a cell cut by the page break and the total, all between the frame's top and bottom rule
    raw = [
        _raw(60, "No", "Uraian", "Anggaran", "Realisasi", "%", "Output", "Target", bold=True),
        _raw(98, "", "Desa", "", "", "", "Peningkatan", ""),
        _raw(110, "", "", "", "", "", "Keuangan Desa", ""),
        _raw(122, "JUMLAH", "", "2.662.394.679", "2.508.522.923", "94,22", "", ""),
    ]
    rows = [[" ".join(w.text for _, cells in g for w in cells[k]) for k in range(len(_X))]
            for g in group_rows(raw, [56.0, 140.0])]
    assert rows[0] == ["No", "Uraian", "Anggaran", "Realisasi", "%", "Output", "Target"]
    assert rows[-1][0] == "JUMLAH" and rows[-1][2] == "2.662.394.679"


def test_the_last_names_overflow_beside_the_total_stays_with_its_row():
    # the name of the last row runs on past its row's amounts, onto the total's line and below it
    raw = _header() + [
        _row(95, "1)", "Penyediaan"),
        _row(110, "2)", "Penyediaan"),
        _row(125, "3)", "Penyediaan"),
        _raw(140, "4)", "Fasilitasi", "7.950.000", "7.950.000", "100,00", "Jumlah", "60 Dokumen"),
        _raw(152, "", "Keuangan", "", "", "", "Dokumen", ""),
        _raw(164, "JUMLAH", "Pendayagunaan", "2.662.394.679", "2.508.522.923", "94,22", "", ""),
        _raw(176, "", "Aset Desa", "", "", "", "", ""),
    ]
    rows = _rows(raw)
    assert [r[0] for r in rows[1:]] == ["1)", "2)", "3)", "4)", "JUMLAH"]
    assert rows[4][1] == "Fasilitasi Keuangan Pendayagunaan Aset Desa"
    assert rows[5][1] == "" and rows[5][2] == "2.662.394.679"


def test_a_totals_amounts_never_go_to_the_row_above():
    from lkjip.extract.layout.rows import _beside_label

    above = _raw(140, "", "Tim", "Rp 87.136.809", "", "", "", "")[1]
    total = _raw(152, "JUMLAH", "", "Rp 3.765.326.8", "", "", "", "")[1]
    # even where the amounts' column is not known for a column of numbers and the line above left no room
    assert _beside_label(above, total, set(), lambda k, w: True) == set()
    name = _raw(152, "JUMLAH", "Penggerak PKK", "Rp 3.765.326.8", "", "", "", "")[1]
    assert _beside_label(above, name, {2}, lambda k, w: True) == {1}


def test_only_two_rules_framing_header_and_body_are_a_frame_round_a_last_page():
    # a scanned frame whose rule under the header was not found: the first band holds the bold header and the first
    # row, more rules below part the other rows; that is no frame round a table's last page (two rules, one band),
    # and the rules still part rows (a whole scanned page read as one table lost every caption on it)
    raw = [
        _raw(60, "No", "Uraian", "Anggaran", "Realisasi", "%", "Output", "Target", bold=True),
        _raw(75, "1.", "Penyediaan", "7.950.000", "7.950.000", "100,00", "Jumlah", "60"),
        _raw(95, "2.", "Fasilitasi", "1.250.000", "1.000.000", "80,00", "Jumlah", "12"),
        _raw(115, "3.", "Koordinasi", "2.000.000", "2.000.000", "100,00", "Jumlah", "4"),
    ]
    lines = [ln for ln, _ in raw]
    assert rules_part_rows(lines, [56.0, 88.0, 108.0, 128.0])
    assert not rules_part_rows(lines, [56.0, 128.0])

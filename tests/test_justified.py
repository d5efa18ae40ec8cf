"""A justified cell line's stretched word spaces are no column gaps (extract/layout/justified.py): 6.5 pt mono,
word boxes as a LibreOffice PDF prints a "header rule only" table with cells set justified."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables, segments
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import JOINED, stretched_spaces

SIZE = 6.5


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 6.0, size=SIZE, bold=bold) for t, x0, x1 in words])


# No | Masalah | Pokok Masalah | Akar Masalah: every line but a cell's last spread over its cell, the spaces of
# one line even ("Pelayanan   administrasi   kepada": 20.7 pt, three times a column gap's 10.7 pt)
PROBLEMS = [
    _ln(419.7, True, [("No", 42.6, 50.4), ("Masalah", 63.4, 90.7), ("Pokok", 221.0, 240.5), ("Masalah", 244.4, 271.7),
                      ("Akar", 378.5, 394.1), ("Masalah", 398.0, 425.3)]),
    _ln(428.9, False, [("1.", 44.9, 52.7), ("Pelayanan", 63.4, 98.5), ("administrasi", 119.2, 166.0),
                       ("kepada", 186.8, 210.2), ("Waktu", 221.0, 240.5), ("penyelesaian", 250.4, 297.2),
                       ("layanan", 307.1, 334.4), ("sering", 344.3, 367.7), ("Faktor", 378.5, 401.9),
                       ("Internal:", 410.6, 445.7), ("Jumlah", 454.4, 477.8), ("petugas", 486.5, 513.8),
                       ("loket", 522.4, 541.9)]),
    _ln(437.4, False, [("masyarakat", 63.4, 102.4), ("belum", 106.3, 125.8), ("optimal", 129.7, 157.0),
                       ("melebihi", 221.0, 252.2), ("standar", 256.1, 283.4), ("belum", 378.5, 398.0),
                       ("sebanding", 406.7, 441.8), ("dengan", 450.5, 473.9), ("jumlah", 482.6, 506.0),
                       ("pemohon", 514.6, 541.9)]),
    _ln(445.8, False, [("Faktor", 378.5, 401.9), ("Eksternal:", 414.8, 453.8), ("Jaringan", 466.7, 497.9),
                       ("aplikasi", 510.7, 541.9)]),
    _ln(454.3, False, [("layanan", 378.5, 405.8), ("dari", 409.7, 425.3), ("dinas", 429.2, 448.7),
                       ("teknis", 452.6, 476.0), ("sering", 479.9, 503.3), ("terputus", 507.2, 538.4)]),
    _ln(462.7, False, [("2.", 44.9, 52.7), ("Ketenteraman", 63.4, 110.2), ("dan", 121.4, 133.1),
                       ("ketertiban", 144.4, 183.4), ("umum", 194.6, 210.2), ("Masih", 221.0, 240.5),
                       ("terjadi", 247.9, 275.2), ("gangguan", 282.6, 313.8), ("keamanan", 321.2, 352.4),
                       ("di", 359.8, 367.6), ("Faktor", 378.5, 401.9), ("Internal:", 408.8, 443.9),
                       ("Personil", 450.9, 482.1), ("Satpol", 489.0, 512.4), ("PP", 519.4, 527.2), ("di", 534.0, 541.8)]),
    _ln(471.2, False, [("belum", 63.4, 82.9), ("sepenuhnya", 86.8, 125.8), ("terjaga", 129.7, 157.0),
                       ("lingkungan", 221.0, 260.0), ("permukiman", 263.9, 302.9), ("kecamatan", 378.5, 413.6),
                       ("terbatas", 425.2, 456.4), ("Faktor", 468.0, 491.4), ("Eksternal:", 503.0, 542.0)]),
    _ln(479.6, False, [("Kesadaran", 378.5, 413.6), ("warga", 421.3, 440.8), ("untuk", 448.6, 468.1),
                       ("ronda", 475.8, 495.3), ("lingkungan", 503.0, 542.0)]),
    _ln(488.1, False, [("masih", 378.5, 398.0), ("rendah", 401.9, 425.3)]),
]


def test_a_justified_line_keeps_its_cells_together():
    (table,), rest = find_text_tables(PROBLEMS, page_no=3)
    assert not rest
    rows = [row.cells for row in table.table.rows]
    assert rows[0] == ["No", "Masalah", "Pokok Masalah", "Akar Masalah"]
    assert rows[1][1] == "Pelayanan administrasi kepada masyarakat belum optimal"
    assert rows[1][2] == "Waktu penyelesaian layanan sering melebihi standar"
    second = next(r for r in rows if r[0] == "2.")
    assert second[1] == "Ketenteraman dan ketertiban umum belum sepenuhnya terjaga"
    assert all(len(r) == 4 for r in rows)


def test_column_gaps_as_wide_as_the_stretched_spaces_stay():
    joined = stretched_spaces(PROBLEMS)
    first = PROBLEMS[1].words
    # "administrasi", "kepada" follow stretched spaces; "Pelayanan" (after the key) and "Waktu" (where the next
    # column's lines start) follow column gaps
    assert {w.text for w in first if id(w) in joined} >= {"administrasi", "kepada"}
    assert not {w.text for w in first if id(w) in joined} & {"Pelayanan", "Waktu", "Faktor"}
    token = JOINED.set(joined)
    try:
        assert [" ".join(w.text for w in seg) for seg in segments(PROBLEMS[1])][:3] == [
            "1.", "Pelayanan administrasi kepada", "Waktu penyelesaian layanan sering"]
    finally:
        JOINED.reset(token)


def test_ragged_cells_and_even_number_columns_have_no_stretched_space():
    # targets of six years in columns of one width: the gaps are even, but every amount ends where the ones
    # above and below end; header labels left-aligned over them, their gaps uneven
    lines = [_ln(100.0, True, [("Indikator", 40.0, 70.0), ("2021", 200.0, 215.6), ("2022", 250.0, 265.6),
                               ("2023", 300.0, 315.6)])]
    for k, vals in enumerate([("53,86", "57,34", "60,81"), ("80,47", "80,87", "81,27"), ("72", "75", "78")]):
        width = 19.5 if len(vals[0]) == 5 else 7.8
        lines.append(_ln(110.0 + 9 * k, False, [("Nilai", 40.0, 58.0), ("SAKIP", 62.0, 80.0)] + [
            (v, 230.0 + 50 * i - width, 230.0 + 50 * i) for i, v in enumerate(vals)]))
    assert stretched_spaces(lines) == frozenset()


def _carry(channels: list[tuple[float, float]]):
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.layout.page_table import PageTable

    head = TableRow(cells=["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"], page=25, is_header=True)
    table = Table(rows=[head], page=25, bbox=(81.9, 500.0, 528.0, 780.0), strategy="text")
    return PageTable(table, [81.9, 111.7, 289.3, 386.2, 482.9, 528.0], 500.0, 780.0, 81.9, 528.0,
                     channels=channels)


def _big(top: float, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 10.3, size=11.0) for t, x0, x1 in words])


def test_a_carried_table_takes_the_justified_rows_opening_the_next_page():
    # 11 pt sans: "Koordinasi   dan   Penyusunan" spread over its cell, and printed so twice (the same words
    # line up with themselves); the carried table's channels say where its columns are, the row below shows the
    # page is set justified
    def row(top, key, name, a, b, pct):
        return _big(top, [(key, 81.9, 106.3), *name, ("Rp", 305.6, 319.6), (a, 331.9, 380.8), ("Rp", 402.3, 416.3),
                          (b, 428.6, 477.5), (pct, 500.5, 528.0)])

    name = [("Koordinasi", 117.1, 169.0), ("dan", 186.8, 205.1), ("Penyusunan", 222.8, 283.9)]
    lines = [row(59.0, "1.1.4", name, "3.771.681", "3.771.325", "99,99"), _big(73.5, [("DPA-SKPD", 117.1, 173.3)]),
             row(88.0, "1.1.5", name, "1.371.681", "1.371.325", "99,97"),
             _big(102.5, [("Perubahan", 117.1, 170.9), ("DPA-SKPD", 174.0, 230.1)]),
             row(117.0, "1.1.6", [("Evaluasi", 117.1, 158.6), ("Kinerja", 179.1, 213.3), ("Perangkat", 233.7, 283.9)],
                 "1.721.903", "1.721.750", "99,99"), _big(131.5, [("Daerah", 117.1, 153.1)])]
    carry = _carry([(106.3, 117.1), (283.9, 294.7), (380.8, 391.6), (477.5, 488.3)])
    tables, rest = find_text_tables(lines, page_no=26, carry=carry)
    assert not rest and tables[0].carried
    rows = [r.cells for r in tables[0].table.rows]
    assert rows[0] == ["1.1.4", "Koordinasi dan Penyusunan DPA-SKPD", "Rp 3.771.681", "Rp 3.771.325", "99,99"]
    assert rows[1][1] == "Koordinasi dan Penyusunan Perubahan DPA-SKPD"


def _sans(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 7.8, size=7.0, bold=bold) for t, x0, x1 in words])


def test_the_last_words_of_justified_lines_show_no_column_edge():
    # 7 pt sans (Chromium): the last word of each full line ends at the cell's right edge, so last words of one
    # length ("belum", "sering", "kantor") start at one x, after stretched spaces of 4.7-8.5 pt: no column
    lines = [
        _sans(721.2, True, [("No", 45.8, 55.1), ("Masalah", 67.2, 94.8), ("Pokok", 232.4, 253.4),
                            ("Masalah", 255.3, 282.9), ("Akar", 381.7, 397.2), ("Masalah", 399.2, 426.8)]),
        _sans(730.9, False, [("1.", 55.4, 61.2), ("Pelayanan", 67.2, 100.3), ("administrasi", 102.9, 140.2),
                             ("kepada", 142.9, 165.8), ("masyarakat", 168.5, 204.6), ("belum", 207.3, 226.4),
                             ("Waktu", 232.4, 251.9), ("penyelesaian", 255.2, 296.4), ("layanan", 299.6, 324.1),
                             ("sering", 327.3, 346.4), ("melebihi", 349.6, 375.6), ("Faktor", 381.7, 401.5),
                             ("Internal:", 410.0, 435.2), ("Jumlah", 443.7, 466.3), ("petugas", 474.8, 499.7),
                             ("loket", 508.2, 522.9), ("belum", 531.4, 550.5)]),
        _sans(738.4, False, [("optimal", 67.2, 89.7), ("standar", 232.4, 255.7), ("sebanding", 381.7, 413.9),
                             ("dengan", 416.4, 439.8), ("jumlah", 442.1, 462.9), ("pemohon", 465.4, 494.6),
                             ("Faktor", 497.1, 516.9), ("Eksternal:", 519.4, 550.5)]),
        _sans(745.9, False, [("Jaringan", 381.7, 408.5), ("aplikasi", 413.2, 436.6), ("layanan", 441.3, 465.8),
                             ("dari", 470.6, 482.2), ("dinas", 487.0, 503.7), ("teknis", 508.4, 526.7),
                             ("sering", 531.4, 550.5)]),
        _sans(753.4, False, [("terputus", 381.7, 406.9)]),
        _sans(763.2, False, [("2.", 55.4, 61.2), ("Sarana", 67.2, 89.8), ("dan", 93.4, 105.1),
                             ("prasarana", 108.8, 140.3), ("kantor", 144.0, 163.4), ("kecamatan", 167.1, 201.3),
                             ("kurang", 205.0, 226.4), ("Ruang", 232.4, 253.0), ("pelayanan", 255.0, 287.2),
                             ("sempit", 289.2, 309.8), ("dan", 311.8, 323.5), ("peralatan", 325.4, 354.6),
                             ("sudah", 356.6, 375.6), ("Faktor", 381.7, 401.5), ("Internal:", 409.5, 434.7),
                             ("Anggaran", 442.3, 472.7), ("pemeliharaan", 480.7, 523.1), ("kantor", 531.0, 550.5)]),
        _sans(770.7, False, [("memadai", 67.2, 96.0), ("tua", 232.4, 242.1), ("terbatas", 381.7, 406.9),
                             ("Faktor", 411.9, 431.8), ("Eksternal:", 436.7, 467.8), ("Harga", 472.8, 491.9),
                             ("peralatan", 496.9, 526.1), ("kantor", 531.0, 550.5)]),
        _sans(778.2, False, [("terus", 381.7, 397.2), ("naik", 399.2, 412.0)]),
    ]
    (table,), _ = find_text_tables(lines, page_no=1)
    assert len(table.channels) == 3
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Masalah", "Pokok Masalah", "Akar Masalah"]
    assert rows[1][3].startswith("Faktor Internal: Jumlah petugas loket belum sebanding")

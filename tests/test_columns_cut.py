"""Borderless column cuts: which channel splits one column, where a label stack belongs (7 pt mono, as printed)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.columns_cut import merge_exclusive_columns, phrase_middles
from lkjip.extract.layout.geometry import TextLine, Word

SIZE = 6.5


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 7.35, size=SIZE, bold=bold) for t, x0, x1 in words])


def _cells(lines: list[TextLine]) -> list[list[str]]:
    (table,), _ = find_text_tables(lines, page_no=1)
    return [row.cells for row in table.table.rows]


# labels set flush left ("ANGGARAN" at the column's left), amounts flush right ("Rp. 2.662.394.679"): every label
# and the amounts under it never share a line, on either side of the label
BUDGET = [
    _ln(668.8, True, [("NO", 45.8, 53.5), ("URAIAN", 136.6, 160.0), ("ANGGARAN", 243.7, 274.9)]),
    _ln(678.6, True, [("ANGGARAN", 243.7, 274.9), ("REALISASI", 357.7, 392.7), ("%", 471.5, 475.4)]),
    _ln(687.6, False, [("BELANJA", 175.4, 202.7), ("LANGSUNG", 206.6, 237.7), ("Rp.", 285.4, 297.1),
                       ("2.662.394.679", 301.0, 351.7), ("Rp.", 399.2, 410.9), ("2.508.522.923", 414.8, 465.5),
                       ("94,22", 531.0, 550.5)]),
    _ln(697.3, False, [("I.", 122.8, 130.6), ("PROGRAM", 144.2, 171.5), ("PENUNJANG", 175.4, 210.5),
                       ("URUSAN", 214.3, 237.7), ("Rp.", 285.4, 297.1), ("2.525.442.492", 301.0, 351.7),
                       ("Rp.", 399.2, 410.9), ("2.371.586.698", 414.8, 465.5), ("93,91", 531.0, 550.5)]),
    _ln(704.8, False, [("PEMERINTAHAN", 163.7, 210.5), ("DAERAH", 214.3, 237.7)]),
    _ln(712.3, False, [("KABUPATEN/KOTA", 183.2, 237.7)]),
    _ln(722.1, False, [("I.", 122.8, 130.6), ("Perencanaan,", 191.0, 237.7), ("Rp.", 297.1, 308.8),
                       ("10.819.887", 312.7, 351.7), ("Rp.", 410.9, 422.6), ("10.818.075", 426.5, 465.5),
                       ("99,98", 531.0, 550.5)]),
    _ln(729.6, False, [("Penganggaran,", 171.5, 222.1), ("dan", 226.0, 237.7)]),
]


def test_a_label_flush_left_joins_the_amounts_right_of_it_not_left():
    rows = _cells(BUDGET)
    assert [c for c in rows[1] if c] == ["ANGGARAN", "REALISASI", "%"]
    first = rows[2]
    anggaran = rows[1].index("ANGGARAN")
    assert first[anggaran] == "Rp. 2.662.394.679"
    assert first[rows[1].index("REALISASI")] == "Rp. 2.508.522.923"
    assert first[rows[1].index("%")] == "94,22"


def test_the_narrowest_lonely_channel_still_goes_first_without_labels_above():
    # "No" keys left-aligned ("A.") and numbers right-aligned ("12."), on alternate lines: no label above either
    lines = [_ln(100, False, [("A.", 40.0, 48.0), ("Program", 80.0, 110.0), ("10", 200.0, 210.0)]),
             _ln(110, False, [("12.", 60.0, 70.0), ("Kegiatan", 80.0, 112.0), ("20", 200.0, 210.0)]),
             _ln(120, False, [("B.", 40.0, 48.0), ("Program", 80.0, 110.0), ("30", 200.0, 210.0)])]
    assert merge_exclusive_columns(lines, [(48.0, 60.0), (70.0, 80.0), (112.0, 200.0)]) == [(70.0, 80.0),
                                                                                         (112.0, 200.0)]


PERFORMANCE = [
    _ln(56.1, True, [("No", 45.8, 53.5), ("Sasaran", 100.6, 127.9), ("Satuan", 437.6, 461.0),
                     ("Realisasi", 506.0, 541.1), ("Tahun", 545.0, 564.5), ("Tahun", 584.6, 604.0),
                     ("2022", 607.9, 623.5), ("Capaian", 731.5, 758.8), ("Tahun", 762.7, 782.1)]),
    _ln(63.6, True, [("Uraian", 100.6, 124.0), ("Indikator", 144.6, 179.7), ("Kinerja", 183.5, 210.8),
                     ("2021", 506.0, 521.6), ("Target", 584.6, 607.9), ("Realisasi", 653.0, 688.0),
                     ("2022", 731.5, 747.1)]),
    _ln(74.8, False, [("1", 90.7, 94.6), ("Meningkat", 103.5, 138.6), ("Indeks", 307.0, 330.3),
                      ("kepuasan", 334.2, 365.4), ("masyarakat", 369.3, 408.3), ("(IKM)", 412.2, 431.6),
                      ("-", 496.1, 500.0), ("81,81", 559.1, 578.6), ("82,47", 627.5, 646.9), ("82,46", 706.0, 725.5),
                      ("100", 785.6, 797.2)]),
    _ln(82.3, False, [("nya", 126.9, 138.6)]),
    _ln(92.0, False, [("2", 90.7, 94.6), ("Meningkat", 103.5, 138.6), ("Persentase", 330.3, 369.3),
                      ("desa", 373.2, 388.8), ("maju", 392.7, 408.3), ("(%)", 420.0, 431.6), ("%", 496.1, 500.0),
                      ("100", 567.0, 578.6), ("100", 635.3, 646.9), ("100", 713.9, 725.5), ("100", 785.6, 797.2)]),
    _ln(99.5, False, [("nya", 126.9, 138.6)]),
]


def test_a_label_wrapped_over_two_lines_is_one_column_over_its_amounts():
    rows = _cells(PERFORMANCE)
    heads = [" ".join(r[k] for r in rows[:2] if r[k]) for k in range(len(rows[0]))]
    k = heads.index("Realisasi Tahun 2021")
    assert rows[2][k] == "81,81"
    assert rows[3][k] == "100"
    assert rows[2][heads.index("Tahun 2022 Target")] == "82,47"


def test_phrases_are_words_a_word_space_apart():
    line = _ln(56.1, True, [("Realisasi", 506.0, 541.1), ("Tahun", 545.0, 564.5), ("Tahun", 584.6, 604.0)])
    assert phrase_middles(line) == [(506.0 + 564.5) / 2, (584.6 + 604.0) / 2]


PROGRESS = [
    _ln(196.3, True, [("SASARAN", 45.8, 73.0), ("INDIKATOR", 89.7, 124.8), ("KINERJA", 128.7, 156.0),
                      ("TARGET", 296.3, 319.7), ("AKHIR", 323.6, 343.0), ("REALISASI", 378.3, 413.4),
                      ("TAHUN", 417.3, 436.8), ("2022", 440.7, 456.2), ("TINGKAT", 469.7, 497.0),
                      ("KEMAJUAN", 500.9, 532.1)]),
    _ln(203.8, True, [("STRATEGIS", 45.8, 80.8), ("RENSTRA", 296.3, 323.6), ("(TAHUN", 327.5, 350.8)]),
    _ln(211.3, True, [("2024)", 296.3, 315.8)]),
    _ln(220.3, True, [("(1)", 45.8, 57.4), ("(2)", 89.7, 101.4), ("(3)", 296.3, 308.0), ("(4)", 378.3, 390.0),
                      ("(5)", 469.7, 481.4)]),
    _ln(230.1, False, [("Meningkat", 48.6, 83.7), ("Indeks", 189.0, 212.4), ("Kepuasan", 216.3, 247.4),
                       ("Masyarakat", 251.3, 290.3), ("82,55", 352.8, 372.3), ("82,46", 444.3, 463.7),
                       ("99,89", 531.0, 550.5)]),
    _ln(237.6, False, [("nya", 72.0, 83.7)]),
    _ln(245.1, False, [("kualitas", 52.5, 83.7)]),
    _ln(269.8, False, [("Meningkat", 48.6, 83.7), ("Persentase", 115.0, 153.9), ("kualitas", 157.8, 189.0),
                       ("tata", 192.9, 208.5), ("kelola", 212.4, 235.7), ("penataan", 239.6, 270.8),
                       ("desa", 274.7, 290.3), ("100", 360.6, 372.3), ("100", 452.1, 463.7), ("100", 538.8, 550.5)]),
    _ln(277.3, False, [("nya", 52.5, 64.2), ("tata", 68.1, 83.7)]),
]


def test_column_numbers_flush_left_do_not_cut_a_column_right_aligned_below():
    rows = _cells(PROGRESS)
    assert len(rows[0]) == 5
    number_row = next(r for r in rows if r[0] == "(1)")
    assert number_row == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    assert rows[0][1] == "INDIKATOR KINERJA"
    body = next(r for r in rows if r[-1] == "99,89")
    assert body[1] == "Indeks Kepuasan Masyarakat"
    assert body[2:] == ["82,55", "82,46", "99,89"]


EFFICIENCY = [
    _ln(92.8, True, [("Sasaran", 45.8, 73.0), ("Indikator", 89.7, 124.8), ("Sasaran", 128.7, 156.0), ("%", 312.0, 315.9),
                     ("Capaian", 319.8, 347.1), ("Kinerja", 351.0, 378.2), ("%", 389.0, 392.9),
                     ("Penyerapan", 396.8, 435.7), ("Tingkat", 472.7, 500.0), ("Efisiensi", 503.9, 539.0)]),
    _ln(100.3, True, [("Strategis", 45.8, 80.8), ("Anggaran", 389.0, 420.1)]),
    _ln(110.1, True, [("1", 45.8, 49.6), ("2", 89.7, 93.6), ("3", 312.0, 315.9), ("4", 389.0, 392.9),
                      ("5", 472.7, 476.6)]),
    _ln(119.1, False, [("Meningkat", 48.6, 83.7), ("Indeks", 204.7, 228.1), ("Kepuasan", 232.0, 263.1),
                       ("Masyarakat", 267.0, 306.0), ("100%", 367.4, 383.0), ("99,99", 439.4, 458.9),
                       ("%", 462.8, 466.7), ("0,99", 534.9, 550.5)]),
    _ln(126.6, False, [("nya", 72.0, 83.7)]),
    _ln(134.1, False, [("kualitas", 52.5, 83.7)]),
    _ln(158.8, False, [("Meningkat", 48.6, 83.7), ("Persentase", 130.7, 169.6), ("kualitas", 173.5, 204.7),
                       ("tata", 208.6, 224.2), ("kelola", 228.1, 251.5), ("penataan", 255.3, 286.5), ("desa", 290.4, 306.0),
                       ("100%", 367.4, 383.0), ("99,99", 439.4, 458.9), ("%", 462.8, 466.7), ("0,99", 534.9, 550.5)]),
    _ln(166.3, False, [("nya", 52.5, 64.2), ("tata", 68.1, 83.7)]),
]


def test_a_row_of_column_numbers_is_no_header_line_meeting_the_body_white():
    # "2" set flush left, the names under it flush right: the white between the number and the names is the
    # names' column, not a column gap (the number row's gap meets the body's there by chance)
    rows = _cells(EFFICIENCY)
    assert rows[0][1:] == ["Indikator Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran", "Tingkat Efisiensi"]
    assert rows[1] == ["1", "2", "3", "4", "5"]
    assert rows[2][1:] == ["Indeks Kepuasan Masyarakat", "100%", "99,99 %", "0,99"]
    assert rows[3][1:] == ["Persentase kualitas tata kelola penataan desa", "100%", "99,99 %", "0,99"]

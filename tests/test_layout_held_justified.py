"""Tables whose cells are set justified, in the layouts the fixes were not fitted to (issue #12): word boxes as
LibreOffice and Chromium print them (11 pt sans shaded tables with cells 10.8 pt apart, 9 pt condensed framed
ones), read by extract/layout/justified.py, channels.py and borderless.py."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.channels import spans_in_channels
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces
from lkjip.extract.layout.page_table import PageTable


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]], size: float = 11.0) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 10.3, size=size, bold=bold) for t, x0, x1 in words])


# a cascading table's last two columns continuing on the next page (Sub Kegiatan | Indikator Sub Kegiatan), cells
# 10.8 pt apart: a justified cell's line of two words ("dalam    rangka") stretches its space to 9.7 pt, nearly
# the column gap; "pendayagunaa" fills its cell up to the channel
CASCADE_TAIL = [
    _ln(175.0, False, [("Fasilitasi", 617.10, 659.82), ("Jumlah", 701.30, 736.71)]),
    _ln(189.5, False, [("pengelolaan", 617.10, 677.03), ("Dokumen", 701.30, 748.31)]),
    _ln(204.0, False, [("keuangan", 617.10, 665.43), ("yang", 701.30, 725.13)]),
    _ln(218.5, False, [("desa", 617.10, 640.93), ("dan", 672.09, 690.50), ("Difasilitasi", 701.30, 750.71)]),
    _ln(233.0, False, [("pendayagunaa", 617.10, 689.85), ("dalam", 701.30, 731.26), ("rangka", 740.98, 774.59)]),
    _ln(247.5, False, [("n", 617.10, 623.22), ("aset", 626.30, 647.05), ("desa", 650.10, 673.93),
                       ("Pengelolaan", 701.30, 762.43)]),
    _ln(262.0, False, [("Keuangan", 701.30, 751.44)]),
    _ln(276.5, False, [("Desa", 701.30, 726.92), ("dan", 756.29, 774.61)]),
    _ln(291.0, False, [("Pendayaguna", 701.30, 769.15)]),
    _ln(305.5, False, [("an", 701.30, 713.52), ("Aset", 716.60, 738.56), ("Desa", 741.60, 767.31)]),
    _ln(320.0, False, [("Fasilitasi", 617.10, 659.82), ("Jumlah", 701.30, 736.71)]),
    _ln(334.5, False, [("pelaksanaan", 617.10, 679.44), ("Dokumen", 701.30, 748.31)]),
    _ln(349.0, False, [("Pemilihan", 617.10, 665.39), ("Fasilitasi", 701.30, 744.02)]),
    _ln(363.5, False, [("Kepala", 617.10, 651.32), ("Desa", 654.40, 680.02), ("dalam", 701.30, 731.26),
                       ("rangka", 740.98, 774.59)]),
    _ln(378.0, False, [("Pelaksanaan", 701.30, 764.92)]),
    _ln(392.5, False, [("Pemilihan", 701.30, 749.59)]),
    _ln(407.0, False, [("Kepala", 701.30, 735.52), ("Desa", 738.60, 764.22)]),
]

#: the previous page's channels of the 11-column table (No | Tujuan | … | Sub Kegiatan | Indikator Sub Kegiatan)
CASCADE_CHANNELS = [(63.5, 75.6), (124.4, 135.2), (182.5, 193.3), (242.1, 252.9), (300.1, 310.9), (390.3, 404.7),
                    (464.2, 475.0), (536.1, 546.8), (606.3, 617.1), (690.5, 701.3)]


def _cascade_carry() -> PageTable:
    labels = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
              "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
    table = Table(rows=[TableRow(cells=labels, page=11, is_header=True)], page=11, bbox=(56.8, 59.0, 785.0, 530.0),
                  strategy="text")
    edges = [56.8, *[(a + b) / 2 for a, b in CASCADE_CHANNELS], 785.0]
    return PageTable(table, edges, 59.0, 530.0, 56.8, 785.0, channels=CASCADE_CHANNELS)


def test_a_gap_holding_a_whole_carried_channel_is_the_column_gap():
    # the line's own (stretched) space is 9.7 pt, the gap across the channel 11.4 pt: not one and a half times
    # as wide, but it holds the whole channel and its word starts where the column's text starts
    assert spans_in_channels(CASCADE_TAIL[4], CASCADE_CHANNELS, 3.1) == [(617.10, 689.85), (701.30, 774.59)]


def test_a_carried_table_reads_on_past_a_justified_line_filling_its_cell():
    tables, rest = find_text_tables(CASCADE_TAIL, page_no=12, carry=_cascade_carry())
    assert not rest and tables[0].carried
    rows = [r.cells[-2:] for r in tables[0].table.rows]
    assert rows[0] == ["Fasilitasi pengelolaan keuangan desa dan pendayagunaan aset desa",
                       "Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa dan Pendayagunaan "
                       "Aset Desa"]
    assert rows[1][1] == "Jumlah Dokumen Fasilitasi dalam rangka Pelaksanaan Pemilihan Kepala Desa"


def test_a_monospaced_line_flush_with_a_narrowed_channel_is_not_cut():
    # 9 pt mono: a caption's words sit on the 5.4 pt pitch, one space apart; a carried channel narrowed to the
    # text of the page may end where one of its words starts: a word space is no column gap
    mono = TextLine([Word(t, x0, 700.0, x0 + 5.4 * len(t), 709.0, size=9.0)
                     for t, x0 in [("Tabel", 57.0), ("2.1", 89.4), ("Tujuan,", 111.0), ("Sasaran", 153.0)]])
    assert spans_in_channels(mono, [(84.0, 89.4)], 5.4) == [(57.0, 190.8)]


# Sasaran, Indikator dan Target: four columns 10.8 pt apart (less than a segment gap), the names justified:
# "Meningkatnya" opens both rows' name cells (the same word ending at one x shows no column), "publik … %" is a
# cell's last line and the target's unit, across two columns
TARGETS = [
    _ln(190.1, False, [("indikator", 56.80, 102.04), ("kinerja", 105.42, 140.75), ("Kecamatan", 144.06, 204.68),
                       ("Sokobanah", 207.99, 268.67), ("Kabupaten", 271.98, 329.97), ("Sampang", 333.28, 384.59),
                       ("Tahun", 387.90, 421.84), ("2022.", 425.15, 455.13)], 12.0),
    _ln(209.7, True, [("No.", 56.80, 74.44), ("Sasaran", 88.90, 131.71), ("Indikator", 272.80, 319.16),
                      ("Target", 489.40, 522.96)]),
    _ln(224.2, False, [("1", 72.00, 78.12), ("Meningkatnya", 88.90, 157.32), ("kualitas", 165.68, 202.97),
                       ("pelayanan", 211.24, 261.97), ("Indeks", 272.80, 305.21), ("Kepuasan", 308.21, 357.83),
                       ("Masyarakat", 360.82, 417.66), ("(IKM)", 420.79, 447.63), ("82,47", 500.40, 527.92)]),
    _ln(238.7, False, [("publik", 88.90, 117.61), ("%", 518.20, 527.98)]),
    _ln(253.2, False, [("2", 72.00, 78.12), ("Meningkatnya", 88.90, 157.32), ("tata", 186.07, 204.48),
                       ("kelola", 233.13, 261.84), ("Persentase", 272.80, 328.42), ("Desa", 337.17, 362.88),
                       ("dengan", 371.63, 408.36), ("Tata", 417.12, 439.13), ("Kelola", 447.89, 478.49),
                       ("100", 496.80, 515.13), ("%", 518.21, 527.98)]),
    _ln(267.7, False, [("pemerintahan", 88.90, 156.11), ("desa", 159.19, 183.02), ("Pemerintahan", 272.80, 341.21),
                       ("Desa", 344.29, 370.00), ("yang", 373.08, 396.90), ("Baik", 399.98, 421.39)]),
    _ln(302.3, False, [("Dokumen", 56.80, 108.12), ("Perjanjian", 111.44, 164.73), ("Kinerja", 168.04, 205.36),
                       ("Kecamatan", 208.67, 269.28), ("Sokobanah", 272.60, 333.28), ("Kabupaten", 336.59, 394.58),
                       ("Sampang", 397.89, 449.20), ("Tahun", 452.51, 486.45), ("2022", 489.76, 516.48)], 12.0),
]


def test_justified_names_over_narrow_column_gaps_make_a_table():
    joined = {w.text for ln in TARGETS for w in ln.words if id(w) in stretched_spaces(TARGETS)}
    assert {"kualitas", "pelayanan", "tata", "kelola"} <= joined
    assert "%" not in joined  # "publik" … "%" runs across the Indikator column: no space of one cell
    (table,), rest = find_text_tables(TARGETS, page_no=18)
    assert [ln.text for ln in rest] == [TARGETS[0].text, TARGETS[-1].text]
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No.", "Sasaran", "Indikator", "Target"]
    assert rows[1] == ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "82,47 %"]
    assert rows[2] == ["2", "Meningkatnya tata kelola pemerintahan desa",
                       "Persentase Desa dengan Tata Kelola Pemerintahan Desa yang Baik", "100 %"]


def _cond(top: float, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 10.5, size=9.0) for t, x0, x1 in words])


# Efisiensi (9 pt condensed, Chromium): two justified cells side by side stretched alike, so the gap between them
# ("kelola | Persentase", 6.0 pt) is as wide as the stretched spaces around it and joins their even run
EFFICIENCY = [
    _cond(57.6, [("Menurunnya", 60.75, 111.43), ("gangguan", 169.01, 209.73), ("Persentase", 215.75, 260.25),
                 ("penanganan", 271.65, 322.30), ("gangguan", 333.69, 374.41), ("101,18%", 386.60, 422.59),
                 ("99,27", 445.79, 468.95), ("%", 471.51, 479.20), ("1,02", 517.48, 535.49)]),
    _cond(68.1, [("ketenteraman", 60.75, 117.77), ("dan", 120.33, 135.56), ("ketertiban", 138.13, 179.65),
                 ("umum", 182.22, 208.25), ("ketenteraman", 215.75, 272.77), ("dan", 275.34, 290.57),
                 ("ketertiban", 293.13, 334.66), ("umum", 337.22, 363.25)]),
    _cond(80.9, [("Meningkatnya", 60.75, 117.91), ("kualitas", 124.74, 156.08), ("tata", 162.90, 179.16),
                 ("kelola", 185.98, 209.74), ("Persentase", 215.75, 260.25), ("desa", 266.37, 285.66),
                 ("dengan", 291.75, 322.23), ("tata", 328.32, 344.57), ("kelola", 350.66, 374.42),
                 ("101,04%", 386.60, 422.59), ("93,76", 445.79, 468.95), ("%", 471.51, 479.20),
                 ("1,08", 517.48, 535.49)]),
    _cond(91.4, [("pemerintahan", 60.75, 117.77), ("desa", 120.34, 139.63), ("pemerintahan", 215.75, 272.78),
                 ("yang", 275.34, 295.36), ("baik", 297.92, 314.95)]),
    _cond(104.1, [("Meningkatnya", 60.75, 117.91), ("keaktifan", 127.49, 164.82), ("lembaga", 174.42, 209.72),
                  ("Persentase", 215.75, 260.25), ("lembaga", 266.09, 301.40), ("kemasyarakatan", 307.21, 374.42),
                  ("100%", 399.47, 422.60), ("84,83", 445.79, 468.95), ("%", 471.51, 479.20),
                  ("1,18", 517.48, 535.49)]),
    _cond(114.6, [("kemasyarakatan", 60.75, 127.96), ("desa", 130.52, 149.81), ("desa", 215.75, 235.04),
                  ("yang", 237.61, 257.62), ("aktif", 260.19, 278.25)]),
]


def test_a_column_gap_inside_an_even_run_keeps_its_edges():
    joined = stretched_spaces(EFFICIENCY)
    first = EFFICIENCY[0].words
    # "Menurunnya    gangguan" fills its cell (from where the names start to where "kelola", "lembaga" end)
    assert id(first[1]) in joined and id(first[3]) in joined and id(first[4]) in joined
    assert not any(id(ln.words[i]) in joined for ln in EFFICIENCY for i, w in enumerate(ln.words)
                   if w.text == "Persentase")


def test_a_bracket_line_keeps_the_weight_of_its_glyphs():
    # a header label's ")" a narrow cell wrapped onto a line of its own ("Kondisi Awal (2020" / ")")
    assert TextLine([Word(")", 226.7, 250.1, 231.2, 260.3, bold=True), Word(")", 493.4, 250.1, 497.9, 260.3,
                                                                            bold=True)]).bold
    assert not TextLine([Word(")", 226.7, 250.1, 231.2, 260.3)]).bold
    assert not TextLine([Word("-", 226.7, 250.1, 231.2, 260.3, bold=True), Word("12", 240.0, 250.1, 251.0, 260.3)]).bold


# Pemetaan Permasalahan (12 pt sans, LibreOffice, narrow name columns): the key column 10.9 pt from the names,
# the columns 10.7-10.9 pt apart, every cell justified; its justified lines join into one segment each, so few
# lines show two segments, but the table's channels cut them
PROBLEMS_12 = [
    _ln(610.1, True, [("No", 56.80, 71.41), ("Masalah", 85.20, 128.61), ("Pokok", 233.50, 266.52),
                      ("Masalah", 269.50, 312.91), ("Akar", 372.60, 397.08), ("Masalah", 400.09, 443.49)]),
    _ln(625.3, False, [("1.", 65.20, 74.35), ("Pelayanan", 85.20, 137.13), ("terhadap", 179.39, 222.81),
                       ("Kondisi", 233.50, 269.55), ("sarana", 273.49, 307.10), ("pelayanan", 310.96, 361.69),
                       ("Faktor", 372.60, 403.76), ("Internal:", 413.18, 452.91), ("Keterbatasan", 462.35, 527.77)]),
    _ln(639.8, False, [("masyarakat", 85.20, 142.04), ("kurang", 145.08, 178.70), ("optimal", 181.78, 217.21),
                       ("yang", 233.50, 257.33), ("kurang", 260.41, 294.02), ("memadai", 297.10, 342.33),
                       ("SDM", 372.60, 397.05), ("pada", 422.36, 446.88), ("Kecamatan", 472.25, 527.86)]),
    _ln(654.3, False, [("Sokobanah", 372.60, 428.24), ("dalam", 498.00, 527.96)]),
    _ln(668.8, False, [("melaksanakan", 372.60, 443.52), ("fungsi", 498.57, 527.92)]),
    _ln(683.3, False, [("pelayanan", 372.60, 423.33), ("Faktor", 435.60, 466.76), ("Eksternal:", 478.98, 527.91)]),
    _ln(697.8, False, [("Kurang", 372.60, 408.02), ("optimalnya", 419.08, 472.18), ("kekuatan", 483.24, 527.86)]),
    _ln(712.3, False, [("sever", 372.60, 399.47), ("pelayanan", 410.48, 461.22), ("dari", 472.27, 490.61),
                       ("dinas", 501.54, 527.84)]),
    _ln(726.8, False, [("terkait", 372.60, 402.53), ("yaitu", 405.58, 428.79), ("Dispendukcapil", 431.87, 506.41)]),
    _ln(741.3, False, [("Nilai", 233.50, 254.83), ("SKM", 281.36, 305.22), ("belum", 331.73, 361.69),
                       ("Faktor", 372.60, 403.76), ("Internal:", 408.68, 448.41), ("Kondisi", 453.25, 489.30),
                       ("sarana", 494.24, 527.85)]),
    _ln(755.8, False, [("memenuhi", 233.50, 284.84), ("target", 297.27, 325.40), ("yang", 337.93, 361.76),
                       ("pelayanan", 372.60, 423.33), ("yang", 446.89, 470.72), ("kurang", 494.28, 527.90)]),
    _ln(770.3, False, [("direncanakan", 233.50, 299.52), ("memadai", 372.60, 417.83), ("Faktor", 432.77, 463.93),
                       ("Eksternal:", 478.95, 527.88)]),
]


def test_a_justified_table_whose_lines_join_into_one_segment_is_still_a_table():
    (table,), rest = find_text_tables(PROBLEMS_12, page_no=10)
    assert not rest
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Masalah", "Pokok Masalah", "Akar Masalah"]
    assert rows[1][:3] == ["1.", "Pelayanan terhadap masyarakat kurang optimal",
                           "Kondisi sarana pelayanan yang kurang memadai"]
    assert rows[1][3].startswith("Faktor Internal: Keterbatasan SDM pada Kecamatan Sokobanah dalam melaksanakan")
    assert any(r[2] == "Nilai SKM belum memenuhi target yang direncanakan" for r in rows)


def test_a_justified_line_of_two_cells_does_not_stretch_into_a_pinned_neighbour():
    # "Sinergitas   dengan   Kepolisian" and "Negara   Republik   Indonesia,": the last words end at the cell's edge
    # and, as long as each other, start at one x; that x is no column's edge, so both lines are justified
    first = _ln(73.5, False, [("4.1.1", 81.90, 106.30), ("Sinergitas", 117.10, 166.00), ("dengan", 181.20, 217.90),
                              ("Kepolisian", 233.10, 283.90), ("Rp", 299.50, 313.50), ("23.460.000", 325.80, 380.80),
                              ("Rp", 396.20, 410.20), ("23.460.000", 422.50, 477.50), ("100,00", 494.40, 528.00)])
    lines = [first,
             _ln(88.0, False, [("Negara", 117.10, 153.10), ("Republik", 171.80, 214.60), ("Indonesia,", 233.10, 283.90)]),
             _ln(102.5, False, [("Tentara", 117.10, 155.00), ("Nasional", 161.70, 204.40), ("Indonesia", 211.10, 258.90),
                                ("dan", 265.50, 283.80)]),
             _ln(117.0, False, [("Instansi", 117.10, 155.00), ("Vertikal", 169.80, 206.50), ("di", 221.30, 229.90),
                                ("Wilayah", 244.70, 283.80)]),
             _ln(131.5, False, [("Kecamatan", 117.10, 172.70)]),
             _ln(146.0, False, [("5", 100.20, 106.30), ("PROGRAM", 117.10, 173.80), ("PEMBINAAN", 184.90, 249.70),
                                ("DAN", 260.60, 283.80), ("Rp", 299.50, 313.50), ("24.619.682", 325.80, 380.80),
                                ("Rp", 396.20, 410.20), ("24.618.825", 422.50, 477.50), ("100,00", 494.40, 528.00)])]
    joined = stretched_spaces(lines)
    assert {w.text for w in first.words if id(w) in joined} == {"dengan", "Kepolisian"}
    assert {w.text for w in lines[1].words if id(w) in joined} == {"Republik", "Indonesia,"}


# Program dan Anggaran (11 pt serif, shaded, justified): "Rp" opens the amounts, set right at one width, so it
# starts at one x row after row; a name's first line ("Program") before it is no justified line of two words
PROGRAMS = [
    _ln(279.0, True, [("Program", 56.80, 98.93), ("Anggaran", 149.20, 196.20), ("(Rp.)", 198.99, 223.13)]),
    _ln(297.3, False, [("Program", 56.80, 94.62), ("Rp", 440.90, 453.70), ("2.085.561.239", 464.68, 527.96)]),
    _ln(311.8, False, [("Penunjang", 56.80, 103.18), ("Urusan", 106.55, 138.31)]),
    _ln(326.0, False, [("Pemerintahan", 56.80, 117.22)]),
    _ln(340.5, False, [("Daerah", 56.80, 88.45)]),
    _ln(355.0, False, [("Kabupaten/Kota", 56.80, 128.81)]),
    _ln(369.8, False, [("Program", 56.80, 94.62), ("Rp", 454.60, 467.40), ("63.276.005", 478.38, 527.87)]),
    _ln(384.0, False, [("Penyelenggaraan", 56.80, 131.81)]),
    _ln(398.5, False, [("Pemerintahan", 56.80, 117.22), ("dan", 122.40, 138.29)]),
    _ln(413.0, False, [("Pelayanan", 56.80, 101.94), ("Publik", 104.64, 133.43)]),
    _ln(427.8, False, [("Program", 56.80, 94.62), ("Rp", 454.60, 467.40), ("85.782.002", 478.38, 527.87)]),
    _ln(442.0, False, [("Pembinaan", 56.80, 105.65), ("dan", 122.43, 138.31)]),
    _ln(456.9, False, [("Pengawasan", 56.80, 111.13)]),
    _ln(471.0, False, [("Pemerintahan", 56.80, 117.22)]),
    _ln(485.9, False, [("Desa", 56.80, 78.74)]),
    _ln(500.3, False, [("Program", 56.80, 94.62), ("Rp", 454.60, 467.40), ("77.988.318", 478.38, 527.87)]),
    _ln(514.5, False, [("Pemberdayaan", 56.80, 121.43)]),
    _ln(529.0, False, [("Lembaga", 56.80, 97.64)]),
    _ln(543.5, False, [("Kemasyarakatan,", 56.80, 132.73)]),
    _ln(558.0, False, [("Lembaga", 56.80, 97.64), ("Adat", 116.95, 138.28)]),
    _ln(572.5, False, [("dan", 56.80, 72.68), ("Masyarakat", 87.06, 138.23)]),
    _ln(587.0, False, [("Hukum", 56.80, 89.74), ("Adat", 92.48, 113.90)]),
    _ln(601.5, False, [("Jumlah", 56.80, 88.57), ("Rp", 440.90, 453.70), ("2.312.607.564", 464.68, 527.96)]),
]


def test_a_currency_sign_at_one_x_row_after_row_is_a_column_edge():
    joined = stretched_spaces(PROGRAMS)
    assert not any(id(w) in joined for ln in PROGRAMS for w in ln.words if w.text == "Rp")
    (table,), rest = find_text_tables(PROGRAMS, page_no=9)
    assert not rest
    rows = [r.cells for r in table.table.rows]
    assert rows[2] == ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Rp 63.276.005"]
    assert rows[-1] == ["Jumlah", "Rp 2.312.607.564"]


# Cascading table, 11 narrow columns, cells centred (12 pt sans, LibreOffice): words broken to fit, one per column,
# fragments as wide as each other ("ngkat" / "kema", "Pers" / "Desa") sharing both edges; centred, none is pinned
# to a cell's edge, so the starts they share with other lines still mark columns
CENTRED = [
    _ln(88.3, True, [("1", 56.80, 62.92), ("2", 69.20, 75.32), ("3", 108.70, 114.82), ("4", 147.10, 153.22),
                     ("5", 186.50, 192.62), ("6", 225.00, 231.12), ("7", 287.00, 293.12), ("8", 333.50, 339.62),
                     ("9", 381.10, 387.22), ("10", 427.60, 439.82), ("11", 483.10, 495.32)]),
    _ln(103.3, False, [("Meni", 71.70, 95.54), ("Pers", 111.20, 133.79), ("Meni", 149.50, 173.34),
                     ("Pers", 189.10, 211.69), ("PROGRA", 226.80, 274.41), ("Persen", 287.40, 322.21),
                     ("Koordi", 336.00, 367.75), ("Persen", 381.50, 416.32), ("Peningk", 430.10, 469.82),
                     ("Jumlah", 487.80, 523.21)]),
    _ln(117.8, False, [("ngkat", 70.10, 96.96), ("entas", 109.10, 136.01), ("ngkat", 148.00, 174.86),
                     ("entas", 186.90, 213.81), ("M", 246.00, 255.16), ("tase", 294.40, 315.21),
                     ("nasi", 341.80, 361.95), ("tase", 388.50, 409.31), ("atan", 439.30, 460.72),
                     ("Lembag", 485.70, 525.42)]),
    _ln(132.3, False, [("nya", 74.70, 92.42), ("e", 119.50, 125.62), ("nya", 152.60, 170.32), ("e", 197.30, 203.42),
                     ("PEMBER", 227.40, 273.83), ("partisip", 287.10, 322.50), ("Kegiat", 336.30, 367.45),
                     ("usulan", 382.70, 415.12), ("Partisipa", 428.60, 471.39), ("a", 502.50, 508.62)]),
    _ln(146.8, False, [("kema", 70.10, 97.01), ("Desa", 109.70, 135.32), ("kema", 148.00, 174.91),
                     ("Desa", 187.50, 213.12), ("DAYAAN", 228.00, 273.23), ("asi", 297.80, 311.85),
                     ("an", 345.80, 358.02), ("progra", 383.00, 414.80), ("si", 446.00, 453.94),
                     ("Kemasy", 485.70, 525.40)]),
    _ln(161.3, False, [("juan", 72.95, 94.01), ("Maju", 110.60, 134.40), ("juan", 150.75, 171.81),
                     ("Maju", 188.40, 212.20), ("MASYAR", 227.40, 273.83), ("masya", 288.60, 321.01),
                     ("Pembe", 334.50, 369.32), ("m", 394.40, 403.56), ("Masyara", 428.90, 471.01),
                     ("arakatan", 484.20, 527.01)]),
    _ln(175.8, False, [("dan", 74.40, 92.73), ("dan", 152.30, 170.63), ("AKAT", 236.20, 264.91),
                     ("rakat", 292.60, 317.04), ("rdayaa", 335.10, 368.72), ("kegiata", 381.20, 416.62),
                     ("kat", 442.60, 457.25), ("yang", 493.60, 517.43)]),
    _ln(190.3, False, [("kema", 70.10, 97.01), ("kema", 148.00, 174.91), ("DESA", 235.60, 265.52),
                     ("dalam", 289.90, 319.86), ("n", 334.50, 340.62), ("Desa", 343.70, 369.32),
                     ("n", 395.90, 402.02), ("dalam", 435.00, 464.96), ("Berpartis", 483.60, 527.58)]),
    _ln(204.8, False, [("ndiria", 70.10, 96.99), ("ndiria", 148.00, 174.90), ("DAN", 239.00, 262.23),
                     ("kegiata", 287.10, 322.52), ("pemba", 382.10, 415.72), ("Forum", 434.10, 465.86),
                     ("ipasi", 494.30, 516.94)]),
    _ln(219.3, False, [("n", 80.50, 86.62), ("n", 158.40, 164.52), ("KELURA", 228.60, 272.52),
                     ("n", 301.80, 307.92), ("nguna", 383.60, 414.14), ("Musyaw", 429.80, 470.17),
                     ("dalam", 490.60, 520.56)]),
    _ln(233.8, False, [("desa", 71.70, 95.53), ("desa", 149.50, 173.33), ("HAN", 239.00, 262.23),
                     ("pemba", 288.00, 321.62), ("n", 382.40, 388.52), ("desa", 391.60, 415.42),
                     ("arah", 439.00, 461.01), ("Forum", 489.70, 521.46)]),
]


def test_centred_fragments_as_wide_as_each_other_are_not_pinned():
    joined = stretched_spaces(CENTRED)
    assert not {w.text for w in CENTRED[1].words[:4] if id(w) in joined}

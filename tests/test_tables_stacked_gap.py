"""Two borderless tables printed one under the other, a blank line of the body's type between them (#12).

A PK annex prints its target table, then its program budget table under it, centred, with no rule: the white
between the two is one blank line of the body's type (18.6 pt for 10 pt lines 3.3 pt apart), but the budget
table's bold header stands in a box taller than the body's lines (13 pt). Measured by the header's height the
blank was too small to part the tables: the two were read as one region, its channels narrowed to the one both
share, and both tables were lost (:func:`~lkjip.extract.layout.region_ends.new_table_below`).
Synthetic lines: words of 5 pt per letter, 3 pt apart.
"""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import lines_from_words


def _words():
    words = cell_words(287.0, (57, "No."), (95, "Sasaran Strategis"), (312, "Indikator Kinerja"), (493, "Target"),
                       bold=True, height=13.1)
    words += cell_words(300.2, (57, "1"), (95, "2"), (312, "3"), (493, "4"), bold=True, height=13.1)
    targets = [("1", "Meningkatnya kemandirian Desa", "Persentase Desa Maju", "100 %"),
               ("2", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "82,47"),
               ("3", "Meningkatnya tata kelola desa", "Persentase Desa Baik", "100 %"),
               ("4", "Penurunan gangguan ketentraman", "Persentase Penurunan", "20 %")]
    top = 316.7
    for row in targets:
        words += cell_words(top, *zip((64, 95, 330, 497), row, strict=True), height=9.9)
        top += 13.2
    top += 18.6 - 3.3  # a blank line's white under the last row
    words += cell_words(top, (98, "Program"), (400, "Anggaran"), (465, "Keterangan"), bold=True, height=13.1)
    top += 13.1 + 3.4
    budgets = [("1", "Penunjang Urusan Pemerintahan", "2.503.940.069,00", "APBD"),
               ("2", "Penyelenggaraan Pemerintahan", "6.964.161,00", "APBD"),
               ("3", "Pemberdayaan Masyarakat Desa", "67.197.194,00", "APBD")]
    for row in budgets:
        words += cell_words(top, *zip((69, 128, 370, 465), row, strict=True), height=9.9)
        top += 13.2
    return words


def test_a_blank_line_of_the_bodys_type_parts_two_tables_under_a_taller_bold_header():
    tables, _ = find_text_tables(lines_from_words(_words()), [], page_no=22)
    assert len(tables) == 2
    assert tables[0].table.rows[0].cells[-1] == "Target"
    assert "Program" in tables[1].table.rows[0].cells
    assert tables[1].table.rows[-1].cells[-2:] == ["67.197.194,00", "APBD"]

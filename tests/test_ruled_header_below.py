"""Two tables ruled under their header only, printed one under the other with no caption between them and
little white, are two tables (extract/layout/ruled_header.py, borderless.py); a band between a page's first rule
and the next table's header rule that ends with running text and that header is no row of the table the page
before ended with (half_ruled.py ``split_stack``)."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.half_ruled import split_stack

SASARAN, INDIKATOR, T1, T2, T3 = 56.8, 318.0, 420.0, 500.0, 580.0


def _table(top: float, head: list[str], values: list[list[str]]) -> list:
    """A bold header line, then three rows: a name on two lines, an indicator, values."""
    lines = [cells_line(top, *zip((SASARAN, INDIKATOR, T1, T2, T3), head, strict=True), bold=True)]
    y = top + 13.2
    for k, vals in enumerate(values):
        lines.append(cells_line(y, (SASARAN, f"Meningkatnya kualitas sasaran {k + 1}"), (INDIKATOR, "Persentase"),
                                *zip((T1, T2, T3), vals, strict=True)))
        lines.append(cells_line(y + 13.2, (SASARAN, "pelayanan desa"), (INDIKATOR, "desa aktif")))
        y += 26.4
    return lines


FIRST = _table(134.0, ["SASARAN", "INDIKATOR", "2020", "2021", "2022"], [["46", "50", "58"], ["75", "81", "87"]])
# the next table's header 13.2 pt under the first one's last line: a line's height and a little more of white
SECOND = _table(FIRST[-1].top + 23.2, ["SASARAN", "INDIKATOR", "TARGET", "REALISASI", "KEMAJUAN"],
                [["79", "63", "79,75"], ["100", "87", "87"]])
RULES = [hrule(FIRST[0].bottom + 1.0, 51.0, 640.0), hrule(SECOND[0].bottom + 1.0, 51.0, 640.0)]


def test_a_ruled_header_under_a_table_opens_another():
    tables, _ = find_text_tables(FIRST + SECOND, RULES, page_no=11)
    assert len(tables) == 2
    assert tables[1].table.rows[0].cells[-1] == "KEMAJUAN"
    assert [r.cells[-1] for r in tables[0].table.rows[1:]] == ["58", "87"]


def test_a_bold_line_without_a_rule_under_it_stays_in_the_table():
    tables, _ = find_text_tables(FIRST + SECOND, RULES[:1], page_no=11)
    assert len(tables) == 1


# the page after: the rest of the last row, a sentence, the next table's header closed by its rule; a rule at the
# page's top (the carried table's border)
REST = [cells_line(60.2, (INDIKATOR, "perencanaan")), cells_line(73.4, (INDIKATOR, "pembangunan desa"))]
SENTENCE = cells_line(100.0, (SASARAN, "Hubungan antara capaian kinerja dan penggunaan anggaran per sasaran "
                                       "disajikan pada tabel berikut tahun ini:"))
NEXT_HEAD = cells_line(115.0, (SASARAN, "Sasaran Strategis"), (INDIKATOR, "Indikator"), (T1, "Target"),
                       (T2, "Realisasi"), (T3, "Anggaran"), bold=True)


def test_a_band_ending_with_text_and_a_header_is_not_the_carried_row():
    lines = [*REST, SENTENCE, NEXT_HEAD, cells_line(130.0, (SASARAN, "Meningkatnya"), (T1, "63"), (T2, "63"))]
    box = (51.0, 57.0, 640.0, 126.5)
    assert split_stack(lines, box, [57.0, 126.5]) == []
    # rows only between the two rules: one band of the table
    assert split_stack([*REST], box, [57.0, 126.5]) == [(box, [57.0, 126.5])]

"""A header of several rows whose cells wrap in narrow columns stays whole (#12).

Two layouts lost it:

* a shaded header whose first row is tall ("Realisasi" / "Tahun" / "2021" in a narrow column) over a second band
  naming the sub-columns ("Target", "Realisasi"): the years in the first row's lines read as a table's body,
  so the second band was taken for the next table's header and the first row fell out as a table of its own;
* a header at a page's foot, cut off from its body by the page break, whose two rows each wrap over three lines
  ("ANG" / "GAR" / "AN"): only the last four bold lines went with the next page, the top row (NO, URAIAN, …)
  stayed behind as paragraphs.

Synthetic lines: words of 5 pt per letter, 3 pt apart, 10 pt high.
"""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.carry import dangling_start
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

#: the columns' left edges: No, Uraian, Indikator, Satuan, Realisasi 2021, Target, Realisasi, Capaian
COLS = (60.0, 90.0, 230.0, 360.0, 410.0, 470.0, 530.0, 600.0)
RIGHT = 660.0


def _band(top: float, bottom: float) -> list[Ruling]:
    """A row of shaded cells, one per column."""
    edges = [c - 5.0 for c in COLS] + [RIGHT]
    return [Ruling(a, top, b, bottom, shade=True) for a, b in zip(edges, edges[1:], strict=False)]


def _shaded_page() -> tuple[list[Word], list[Ruling]]:
    c = COLS
    words = cell_words(100, (c[0], "No"), (c[1], "Sasaran"), (c[3], "Satuan"), (c[4], "Realisasi"), (c[5], "Tahun"),
                       (c[7], "Capaian"), bold=True)
    words += cell_words(112, (c[4], "Tahun"), (c[5], "2022"), (c[7], "Tahun"), bold=True)
    words += cell_words(124, (c[4], "2021"), (c[7], "2022"), bold=True)
    words += cell_words(142, (c[1], "Uraian"), (c[2], "Indikator Kinerja"), (c[5], "Target"), (c[6], "Realisasi"),
                        bold=True)
    words += cell_words(158, (c[0], "1"), (c[1], "Meningkatnya kualitas"), (c[2], "Indeks kepuasan"), (c[3], "-"),
                        (c[4], "81,81"), (c[5], "82,47"), (c[6], "82,46"), (c[7], "100"))
    words += cell_words(170, (c[1], "pelayanan publik"), (c[2], "masyarakat"))
    words += cell_words(184, (c[0], "2"), (c[1], "Meningkatnya tata"), (c[2], "Persentase desa"), (c[3], "%"),
                        (c[4], "100"), (c[5], "100"), (c[6], "100"), (c[7], "100"))
    words += cell_words(196, (c[1], "kelola desa"), (c[2], "yang baik"))
    shades = _band(97.0, 136.0) + _band(136.0, 154.0) + _band(154.0, 182.0) + _band(182.0, 208.0)
    return words, shades


def test_a_tall_first_header_row_over_a_second_band_is_one_table():
    words, shades = _shaded_page()
    tables, rest = find_text_tables(lines_from_words(words), shades, page_no=1, strategy="text", vocab=None)
    assert len(tables) == 1 and not rest
    rows = tables[0].table.rows
    assert rows[0].cells[0] == "No" and "Uraian" in rows[1].cells
    assert [r.cells[0] for r in rows if not r.is_header] == ["1", "2"]


def _foot_page() -> list[Word]:
    words = cell_words(600, (60, "Lembah Hijau, 04 Januari 2024"))
    words += cell_words(630, (300, "PELAKSANAAN PROGRAM DAN KEGIATAN"), bold=True)
    top = 655.0
    header = [[(60, "NO"), (95, "URAIAN"), (330, "ANG"), (440, "OUTPUT/KELUARAN")], [(330, "GAR")], [(330, "AN")],
              [(330, "ANG"), (365, "REAL"), (400, "%"), (440, "URAIAN"), (640, "TARGET")],
              [(330, "GAR"), (365, "ISASI")], [(330, "AN")]]
    for cells in header:
        words += cell_words(top, *cells, bold=True)
        top += 14.0
    words += cell_words(top, (95, "BELANJA LANGSUNG"), (330, "2.930."), (365, "2.891."), (400, "98,66"))
    return words


def test_a_header_of_two_wrapped_rows_at_the_foot_goes_whole_with_the_next_page():
    res = read_page_layout(1, 842.0, _foot_page(), [], lines_from_words, ruled=False)
    lead, _ = dangling_start(res)
    assert [ln.text for ln in lead][0] == "NO URAIAN ANG OUTPUT/KELUARAN"
    assert len(lead) == 7
    assert not any("PELAKSANAAN" in ln.text for ln in lead)  # the title above, set off by a blank line


def test_a_one_row_table_under_its_column_numbers_still_ends_where_the_next_band_opens():
    # a table of one row under its bold column numbers ("(1) (2) (3) (4)"), then the next table's shaded header:
    # the column numbers close a header, so the row under them is a body and the band opens a new table
    c = COLS
    words = cell_words(100, (c[0], "No."), (c[1], "Tujuan"), (c[3], "Indikator Kinerja"), (c[6], "Target"), bold=True)
    words += cell_words(112, (c[0], "(1)"), (c[1], "(2)"), (c[3], "(3)"), (c[6], "(4)"), bold=True)
    words += cell_words(124, (c[0], "1."), (c[1], "Meningkatnya akuntabilitas"), (c[3], "Nilai SAKIP"),
                        (c[6], "B (64,39)"))
    words += cell_words(150, (c[0], "No."), (c[1], "Sasaran Strategis"), (c[3], "Indikator Kinerja"),
                        (c[6], "Target"), bold=True)
    words += cell_words(162, (c[0], "1"), (c[1], "2"), (c[3], "3"), (c[6], "4"), bold=True)
    words += cell_words(176, (c[0], "1"), (c[1], "Meningkatnya kualitas"), (c[3], "Indeks Kepuasan"), (c[6], "81,23"))
    words += cell_words(190, (c[0], "2"), (c[1], "Menurunnya gangguan"), (c[3], "Persentase penanganan"),
                        (c[6], "81%"))
    shades = _band(97.0, 136.0) + _band(146.0, 174.0) + _band(174.0, 188.0) + _band(188.0, 202.0)
    tables, _ = find_text_tables(lines_from_words(words), shades, page_no=1, strategy="text", vocab=None)
    assert len(tables) == 2
    assert tables[1].table.rows[0].cells[1] == "Sasaran Strategis"


def test_column_numbers_close_a_header_and_bold_years_do_not():
    from lkjip.extract.layout.region_ends import body_line

    def line(*cells: tuple[float, str], bold: bool) -> object:
        return lines_from_words(cell_words(100, *cells, bold=bold))[0]

    assert body_line(line((60, "(1)"), (90, "(2)"), (230, "(3)"), bold=True))
    assert not body_line(line((410, "Tahun"), (470, "2022"), (600, "Tahun"), bold=True))
    assert not body_line(line((410, "2021"), (600, "2022"), bold=True))
    assert body_line(line((60, "1."), (90, "Meningkatnya"), (530, "B (64,39)"), bold=False))

"""A header repeated on the next page drawn shorter than its text: its frame clips the lines of its tall cells
("Kondisi Awal Renstr" over a lost "a (2018)"), the column numbers run into its last line ("2019 5"). It is still
the header repeated — its letters are the first part's header's but for some lost, none added — and is dropped,
so the rest of the row the page break cut joins that row (lkjip.extract.layout.stitch.stitch)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch

EDGES = [50, 80, 160, 240, 290, 330, 370, 410, 450, 490, 530, 580]


def _first() -> PageTable:
    rows = [TableRow(cells=["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal Renstra (2018)", "Target", "", "",
                            "", "", "", "Kondisi Akhir Renstra (2024)"], page=11, is_header=True),
            TableRow(cells=["", "", "", "", "2019", "2020", "2021", "2022", "2023", "2024", ""], page=11,
                     is_header=True),
            TableRow(cells=[str(k) for k in range(1, 12)], page=11, is_header=True),
            TableRow(cells=["1", "Meningkatnya", "Nilai SAKIP", "-", "-", "-", "30,88", "61,55", "70", "72", "72"],
                     page=11)]
    return PageTable(Table(rows=rows, page=11), EDGES, 500.0, 780.0, 50.0, 580.0)


def _cont(head: list[list[str]]) -> PageTable:
    rows = [*(TableRow(cells=c, page=12, is_header=True) for c in head),
            TableRow(cells=["", "Tata Kelola Pemerintahan di Kecamatan", "Kecamatan", "", "", "", "", "", "", "", ""],
                     page=12),
            TableRow(cells=["2", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "-",
                            "82,59", "81,98", "81,81", "82,46", "82,99", "83,51", "83,51"], page=12)]
    return PageTable(Table(rows=rows, page=12), EDGES, 50.0, 300.0, 50.0, 580.0)


CLIPPED = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal Renstr 4", "Target", "", "", "", "", "",
            "Kondisi Akhir Renstr 11"],
           ["1", "2", "3", "", "2019 5", "20206", "20217", "20228", "20239", "202410", ""]]


def test_a_clipped_repeated_header_is_dropped_and_the_cut_row_rejoined():
    first = _first()
    stitch(first, _cont(CLIPPED))
    body = [r.cells for r in first.table.rows if not r.is_header]
    assert len(body) == 2
    assert body[0][1:3] == ["Meningkatnya Tata Kelola Pemerintahan di Kecamatan", "Nilai SAKIP Kecamatan"]
    assert body[1][0] == "2" and first.headers_dropped == 1


def test_a_header_with_words_of_its_own_is_no_repeat():
    first = _first()
    other = [CLIPPED[0][:10] + ["Kondisi Akhir Renstr Baru 11"], CLIPPED[1]]
    stitch(first, _cont(other))
    assert first.headers_dropped == 0

"""A header repeated on the next page whose tall label's last line sits level with the first line of the rest
of a cut row (no rule between them): the header is still dropped and the rest rejoins its row
(extract/layout/header_spill.py, extract/layout/stitch.py)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.header_spill import header_spilled
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch
from lkjip.extract.layout.words import Tail

EDGES = [40.0, 70.0, 160.0, 250.0, 300.0, 360.0, 420.0, 480.0, 540.0]
#: two header levels; the last column's label runs over four lines ("Nilai" / "Akhir" / "Periode" / "2030")
HEAD = [["No", "Tujuan", "", "Unit", "Capaian", "Periode 2030", "", "Nilai"],
        ["", "Nama", "Ukuran Hasil", "", "Periode 2029", "Rencana", "Hasil", "Akhir Periode 2030"]]


def _part(rows: list[list[str]], page: int, heads: int) -> PageTable:
    trs = [TableRow(cells=list(r), page=page, is_header=i < heads) for i, r in enumerate(rows)]
    last = rows[-1]
    tails = [Tail(c.rsplit(" ", 1)[-1] if c else "", False, bool(c)) for c in last]
    return PageTable(Table(rows=trs, page=page), list(EDGES), 60.0, 780.0, EDGES[0], EDGES[-1], tails=tails)


ABOVE = [*HEAD,
         ["1", "Terwujudnya layanan air bersih", "Cakupan layanan air bersih", "%", "61", "70", "72", "102,86"],
         ["2", "Bertambahnya", "Jumlah", "Unit", "12", "15", "15", "100"]]
#: the next page: the header again, its last level's last line ("2030") read into the rest of row 2
BELOW = [HEAD[0],
         ["", "Nama", "Ukuran Hasil", "", "Periode 2029", "Rencana", "Hasil", "Akhir Periode"],
         ["", "sarana sanitasi warga", "sarana sanitasi terbangun", "", "", "", "", "2030"]]


def test_spilled_header_line_goes_back_to_the_header():
    k, rows = header_spilled(_part(ABOVE, 5, 2).table.rows, _part(BELOW, 6, 1).table.rows)
    assert k == 2
    assert rows[2].cells == ["", "sarana sanitasi warga", "sarana sanitasi terbangun", "", "", "", "", ""]


def test_repeated_header_dropped_and_rest_rejoins_its_row():
    first = _part(ABOVE, 5, 2)
    stitch(first, _part(BELOW, 6, 1))
    body = [r.cells for r in first.table.rows if not r.is_header]
    assert body[-1] == ["2", "Bertambahnya sarana sanitasi warga", "Jumlah sarana sanitasi terbangun", "Unit",
                        "12", "15", "15", "100"]
    assert len(body) == 2


def test_a_different_word_below_is_not_taken_for_the_header():
    """The row below opens its last cell with another word: the header differs, nothing is moved."""
    below = [BELOW[0], BELOW[1], ["", "sarana sanitasi warga", "sarana sanitasi terbangun", "", "", "", "", "2031"]]
    assert header_spilled(_part(ABOVE, 5, 2).table.rows, _part(below, 6, 1).table.rows) is None

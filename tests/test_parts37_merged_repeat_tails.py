"""The rest of a row a page break cut, under the table's header repeated on the next page and read there with the
output columns run together, holding the tails of the amounts the break cut in a narrow column ("7.950.0" |
"00,-") and followed by the table's total row: the tails finish the amounts of the cut row, the rest's words are
laid over the columns where the cut row holds words (the output's name, not its quantity "60 Dokumen"), and the
total row is joined on (lkjip.extract.merged_repeat, called by lkjip.extract.stitch)."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""],
        ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]]
MERGED = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN URAIAN TARGET REALISASI %"],
          ["", "", "ANGGARAN", "REALISASI", "%", ""]]
ROWS = [["1.", "Fasilitasi Administrasi Tata Pemerintahan Desa", "12.345.678,-", "12.300.000,-", "99,63",
         "Jumlah Dokumen Administrasi Desa yang Difasilitasi", "80 Dokumen", "80 Dokumen", "100"],
        ["2.", "Fasilitasi Pengelolaan", "6.420.0", "6.410.5", "99,85", "Jumlah Dokumen yang", "45 Dokumen",
         "45 Dokumen", "100"]]
TOTAL = ["JUMLAH", "", "18.765.678,-", "18.710.500,-", "99,71", ""]


def _doc(rest: list[str]) -> Document:
    first = Table(rows=[*(TableRow(cells=c, page=37, is_header=True) for c in HEAD),
                        *(TableRow(cells=c, page=37) for c in ROWS)], page=37)
    part = Table(rows=[*(TableRow(cells=c, page=38, is_header=True) for c in MERGED), TableRow(cells=rest, page=38),
                       TableRow(cells=TOTAL, page=38)], page=38)
    return Document(source_file="t.pdf", input_format="pdf", blocks=[first, part])


def test_amount_tails_under_a_merged_repeat_finish_the_cut_row():
    doc = stitch_document(_doc(["", "Keuangan Desa dan Aset Desa", "00,-", "00,-", "",
                                "Difasilitasi dalam Rangka Pengelolaan Keuangan Desa"]))
    (table,) = doc.tables()
    body = [r.cells for r in table.rows if not r.is_header]
    assert body[1][2:4] == ["6.420.000,-", "6.410.500,-"]
    assert body[2] == ["", "Keuangan Desa dan Aset Desa", "", "", "", "Difasilitasi dalam Rangka Pengelolaan Keuangan Desa",
                       "", "", ""]
    assert body[3] == ["JUMLAH", "", "18.765.678,-", "18.710.500,-", "99,71", "", "", "", ""]


def test_a_number_that_finishes_no_amount_stays_apart():
    doc = stitch_document(_doc(["", "Keuangan Desa dan Aset Desa", "7", "00,-", "",
                                "Difasilitasi dalam Rangka Pengelolaan Keuangan Desa"]))
    assert len(doc.tables()) == 2

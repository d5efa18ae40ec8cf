"""A cell's rest cut by a page break goes to the column its lines stand in, the table's columns estimated from
how its cells wrap: a row's box tells how many lines it takes, so a long name wrapped over four lines in a narrow
column is no wide column (a Renstra table printed centred, its indikator's last words alone at the next page's
top, under the indikator column, not the sasaran column whose names are long)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

LINE = 11.25
HEAD = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal Renstra (2018)", "Target", "", "", "", "", "",
         "Kondisi Akhir Renstra (2024)"],
        ["", "", "", "", "2019", "2020", "2021", "2022", "2023", "2024", ""],
        [str(k) for k in range(1, 12)]]
BODY = [["1", "Meningkatnya Akuntabilitas Kinerja di Kecamatan", "Nilai SAKIP Kecamatan", "-", "-", "-", "31,40",
         "60,25", "70", "72", "72"],
        ["2", "Meningkatnya mutu pelayanan kepada masyarakat", "Indeks Kepuasan Masyarakat (IKM)", "-", "80,15",
         "80,90", "81,20", "81,75", "82,30", "83,00", "83,00"],
        ["3", "meningkatkan tata kelola pemerintahan desa", "Persentase kualitas tata kelola", "-", "100", "100",
         "100", "100", "100", "100", "100"]]


def _row(cells: list[str], top: float, lines: int, header: bool = False) -> TableRow:
    return TableRow(cells=cells, page=12, bbox=(60.0, top, 533.0, top + lines * LINE), is_header=header)


def _para(text: str, x0: float, x1: float, top: float, page: int) -> Paragraph:
    return Paragraph(text=text, bbox=(x0, top, x1, top + LINE), page=page, lines=[text])


def test_the_rest_goes_to_the_column_its_lines_stand_in():
    rows = [_row(HEAD[0], 570.0, 4, True), _row(HEAD[1], 617.0, 1, True), _row(HEAD[2], 630.0, 1, True)]
    rows += [_row(cells, 643.0 + 47.0 * i, 4) for i, cells in enumerate(BODY)]
    table = Table(rows=rows, page=12, bbox=(60.0, 570.0, 533.0, 782.0))
    text = _para("Sasaran dan indikator kinerja kecamatan dijabarkan dalam tabel berikut.", 60.0, 533.0, 540.0, 12)
    rest = [_para("penataan", 168.2, 209.9, 57.0, 13), _para("desa", 178.2, 199.9, 68.2, 13)]
    after = _para("Dokumen rencana strategis dijabarkan ke dalam rencana kerja tahunan.", 60.0, 533.0, 100.0, 13)
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=[text, table, *rest, after]))
    (out,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert out.rows[-1].cells[2] == "Persentase kualitas tata kelola penataan desa"
    assert out.rows[-1].cells[1] == BODY[-1][1]

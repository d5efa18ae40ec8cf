"""Cells a reader cut in the wrong place, put right by the names the report prints whole in another table
(issue #12): a second indicator read as the wrapped end of the first, and a name's end read with the first row of
the next page."""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records_front import cascading
from lkjip.extract.stitch import stitch_document

HEAD = CASCADING_HEAD
FIRST = "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah"
SECOND = "Jumlah usulan program kegiatan yang difasilitasi"
ROW = ["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya kemajuan desa",
       "Persentase Desa Maju", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase partisipasi masyarakat",
       "Koordinasi Kegiatan Pemberdayaan Desa", "Persentase usulan program", "Peningkatan Partisipasi Masyarakat"]


def _lampiran(outputs: list[str]) -> Table:
    rows = [TableRow(cells=["NO", "URAIAN", "ANGGARAN", "REALISASI", "OUTPUT"], is_header=True)]
    rows += [TableRow(cells=["1.", "Peningkatan Partisipasi Masyarakat", "1.000", "900", o]) for o in outputs]
    return Table(rows=rows)


def _cascading_doc(last_cell: str, witness: list[str]) -> Document:
    table = Table(rows=[TableRow(cells=HEAD, is_header=True), TableRow(cells=[*ROW, last_cell])])
    return Document(source_file="t.pdf", input_format="pdf",
                    blocks=[Paragraph(text="Tabel 1.2 Cascading Kinerja"), table,
                            Paragraph(text="Lampiran 3 Rincian Anggaran per kegiatan"), _lampiran(witness)])


def _cascade(doc: Document):
    ft = next(f for f in find_tables(stitch_document(doc)) if f.kind == "cascading")
    return cascading(ft)


def test_second_indicator_read_as_the_wrapped_end_of_the_first_is_a_row_of_its_own():
    rows = _cascade(_cascading_doc(f"{FIRST} {SECOND}", [FIRST]))
    assert [r.indikator_sub_kegiatan for r in rows] == [FIRST, SECOND]
    assert rows[1].sub_kegiatan == "Peningkatan Partisipasi Masyarakat"  # the merged cells filled down


def test_a_wrapped_indicator_no_other_table_prints_whole_stays_one():
    # a measure word in capitals with a capitalised word after it goes on the same title-cased indicator; one
    # followed by a word in lower case opens a second indicator even with no witness (lkjip.extract.two_indicators)
    rest = "Jumlah Lembaga Desa"
    rows = _cascade(_cascading_doc(f"{FIRST} {rest}", ["Jumlah Laporan Keuangan Bulanan yang disusun"]))
    assert [r.indikator_sub_kegiatan for r in rows] == [f"{FIRST} {rest}"]
    rows = _cascade(_cascading_doc(f"{FIRST} {SECOND}", ["Jumlah Laporan Keuangan Bulanan yang disusun"]))
    assert [r.indikator_sub_kegiatan for r in rows] == [FIRST, SECOND]


def test_rest_opening_with_a_word_no_entry_of_its_column_opens_with_stays():
    rest = "Forum Desa yang difasilitasi"
    rows = _cascade(_cascading_doc(f"{FIRST} {rest}", [FIRST]))
    assert [r.indikator_sub_kegiatan for r in rows] == [f"{FIRST} {rest}"]


def test_a_names_end_read_with_the_next_pages_first_row_goes_back_up():
    budget = Table(rows=[
        TableRow(cells=["NO", "URAIAN", "ANGGARAN", "REALISASI"], is_header=True, page=3),
        TableRow(cells=["a.", "Peningkatan Efektifitas", "15.000", "14.000"], page=3),
        TableRow(cells=["b.", "Pelaksanaan Pelayanan kepada Masyarakat PROGRAM PEMBERDAYAAN DESA", "70.000",
                        "69.000"], page=4)])
    witness = Table(rows=[TableRow(cells=["Sub Kegiatan", "Indikator"], is_header=True),
                          TableRow(cells=["Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat",
                                          "Jumlah Laporan"])])
    doc = Document(source_file="t.pdf", input_format="pdf", blocks=[witness, Paragraph(text="Teks."), budget])
    out = [b for b in stitch_document(doc).blocks if isinstance(b, Table)][-1]
    assert [r.cells[1] for r in out.rows[1:]] == ["Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat",
                                                  "PROGRAM PEMBERDAYAAN DESA"]


def test_a_row_holding_a_cut_amount_is_no_row_of_glued_names():
    """"56.08" (an amount a narrow column wrapped) reads like a row number "1.1" but stands in a value column."""
    prog = "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga"
    budget = Table(rows=[TableRow(cells=["Program", "Anggaran (Rp.)"], is_header=True),
                         TableRow(cells=["Program Pembinaan Desa", "285.008.783"]),
                         TableRow(cells=[f"{prog} Adat dan Masyarakat Hukum", "56.08"]),
                         TableRow(cells=["Adat", "1.331"])])
    witness = Table(rows=[TableRow(cells=["Program", "Anggaran", "Realisasi"], is_header=True),
                          TableRow(cells=[prog, "56.08", "47.57"])])
    doc = Document(source_file="t.pdf", input_format="pdf", blocks=[budget, Paragraph(text="Teks."), witness])
    out = stitch_document(doc).tables()[0]
    assert [r.cells[0] for r in out.rows][2:] == [f"{prog} Adat dan Masyarakat Hukum", "Adat"]


def test_a_witness_cut_over_two_rows_in_its_own_table_is_no_whole_name():
    """The other table printed the name cut by a page break ("… Pemberdayaan" over "Masyarakat di Wilayah …"):
    its first piece is no whole name, and the cell holding the whole name stays one."""
    whole = "Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan"
    table = Table(rows=[TableRow(cells=HEAD, is_header=True), TableRow(cells=[*ROW, "Jumlah Desa didampingi"]),
                        TableRow(cells=["", "", "", "", "", "", "", "", "", "Masyarakat Desa", "Jumlah Laporan"]),
                        TableRow(cells=["", "", "", "", "", "", "", "", "", whole, "Jumlah Desa"])])
    lampiran = Table(rows=[TableRow(cells=["NO", "URAIAN", "ANGGARAN"], is_header=True),
                           TableRow(cells=["1.", "Peningkatan Efektivitas Kegiatan Pemberdayaan", "1.000"], page=4),
                           TableRow(cells=["", "Masyarakat di Wilayah Kecamatan", ""], page=5)])
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 1.2 Cascading Kinerja"), table, Paragraph(text="Teks."), lampiran])
    assert whole in [r.sub_kegiatan for r in _cascade(doc)]


def test_two_rows_on_one_page_in_another_table_do_not_join_the_witness_to_the_rest():
    """Another table printing the first indicator and, in the row under it on the same page, the second: two
    entries, so the first is a whole name still, and the glued cell comes apart."""
    witness = Table(rows=[TableRow(cells=["Sub Kegiatan", "Indikator"], is_header=True, page=6),
                          TableRow(cells=["Peningkatan Partisipasi Masyarakat", FIRST], page=6),
                          TableRow(cells=["", SECOND], page=6)])
    table = Table(rows=[TableRow(cells=HEAD, is_header=True), TableRow(cells=[*ROW, f"{FIRST} {SECOND}"])])
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 1.2 Cascading Kinerja"), table, Paragraph(text="Teks."), witness])
    assert [r.indikator_sub_kegiatan for r in _cascade(doc)] == [FIRST, SECOND]

"""A two-column table of names and amounts read as text whose header label a narrow column wrapped, the rest of the
label read as a paragraph of its own with the unit ("Program Anggar" / "an (Rp.)"), is one table cut back into its
rows (:func:`lkjip.extract.text_table.tables_read_as_text`): the rest of the label glued back, never a second table
of its own that would shift the number of every uncaptioned table after it."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines
from lkjip.extract.stitch import stitch_document

ROWS = ["Program Satu Urusan Pemerintahan Kabupaten/ Kota 2.525.4 42.492",
        "Program Dua Pelayanan Publik 15.279.011",
        "Program Tiga Pengawasan Desa 24.619.682"]


def _doc(rows: list[str]) -> Document:
    after = Table(rows=[TableRow(cells=["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
                                 page=3, is_header=True),
                        TableRow(cells=["1", "Meningkatnya pelayanan", "Indeks Kepuasan", "%", "80", "82", "102"],
                                 page=3)], page=3)
    blocks = [Paragraph(text="Kecamatan mendapat dukungan anggaran sebagai berikut:", page=2),
              Paragraph(text="Program Anggar", page=2, bold=True),
              Paragraph(text="an (Rp.)", page=2, bold=True),
              *[Paragraph(text=t, page=2) for t in rows],
              Paragraph(text="Anggaran tersebut digunakan untuk melaksanakan seluruh kegiatan.", page=2),
              Paragraph(text="Capaian kinerja sasaran tahun ini sebagai berikut.", page=3), after]
    return Document(source_file="t", input_format="pdf", blocks=blocks)


def test_a_label_rest_read_with_the_unit_line_is_glued_back_and_the_rows_are_read():
    found = find_tables(stitch_document(_doc([*ROWS, "Jumlah 2.565.3 41.185"])))
    budget, capaian = found
    assert budget.kind is TableKind.budget and budget.head == [["Program", "Anggaran (Rp.)"]]
    assert [(r.uraian, r.anggaran) for r in budget_lines(budget, Sink())] == [
        ("Program Satu Urusan Pemerintahan Kabupaten/ Kota", D(2525442492)),
        ("Program Dua Pelayanan Publik", D(15279011)), ("Program Tiga Pengawasan Desa", D(24619682)),
        ("Jumlah", D(2565341185))]
    assert budget.table.doubt is None
    assert (budget.label, capaian.label) == ("Tabel tanpa judul 1", "Tabel tanpa judul 2")


def test_a_header_line_over_rows_it_cannot_cut_keeps_its_unit_line_as_its_own():
    rows = ["Program Satu Urusan Pemerintahan 2.525.4 42.492", "Program Dua Pelayanan Publik 15.279.011"]
    doc = _doc(rows)
    doc.blocks[1] = Paragraph(text="Uraian Pagu", page=2, bold=True)  # no two header cells with the line under it
    tables = [b for b in stitch_document(doc).blocks if isinstance(b, Table)]
    assert len(tables) == 2 and tables[0].rows[0].cells == ["Uraian Pagu"]

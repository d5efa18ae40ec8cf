"""A two-column table of names and amounts read as text (its bold header line "Program Anggar" / "an" over a bold
unit line, rows each a name closed by an amount a narrow column wrapped) is cut back into its rows: each name and
its amount (:func:`lkjip.extract.text_table.tables_read_as_text`); doubtful unless its amounts add up."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph
from lkjip.extract.records import Sink, budget_lines
from lkjip.extract.stitch import stitch_document

ROWS = ["Program Satu Urusan Pemerintahan Kabupaten/Kota 3.597.2 16.867",
        "Program Dua Pelayanan Publik 40.215.089",
        "Program Tiga Pengawasan Desa 113.209.698"]


def _doc(rows: list[str]) -> Document:
    blocks = [Paragraph(text="Kecamatan mendapat dukungan anggaran sebagai berikut:", page=2),
              Paragraph(text="Program Anggar an", lines=["Program Anggar", "an"], page=2, bold=True),
              Paragraph(text="(Rp.)", page=2, bold=True),
              *[Paragraph(text=t, page=2) for t in rows],
              Paragraph(text="Rincian anggaran per kegiatan terdapat pada lampiran.", page=2)]
    return Document(source_file="t", input_format="pdf", blocks=blocks)


def test_rows_of_names_closed_by_amounts_are_read_into_the_table_and_whole_when_they_add_up():
    (ft,) = find_tables(stitch_document(_doc([*ROWS, "Jumlah 3.750.6 41.654"])))
    lines = budget_lines(ft, Sink())
    assert [(r.uraian, r.anggaran) for r in lines] == [
        ("Program Satu Urusan Pemerintahan Kabupaten/Kota", D(3597216867)), ("Program Dua Pelayanan Publik", D(40215089)),
        ("Program Tiga Pengawasan Desa", D(113209698)), ("Jumlah", D(3750641654))]
    assert ft.table.doubt is None


def test_amounts_that_do_not_add_up_leave_the_table_doubtful():
    (ft,) = find_tables(stitch_document(_doc([*ROWS, "Jumlah 3.818.6 76.950"])))
    assert len(budget_lines(ft, Sink())) == 4 and ft.table.doubt

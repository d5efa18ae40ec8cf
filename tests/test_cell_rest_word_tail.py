"""A cell's rest cut by a page break whose first fragment finishes the last word of one cell of the row
("pemerintah" + "an yang") goes to that cell, though its lines stand nearer another column's estimated edges."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

ROWS = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal (2020)", "2021", "2022", "2023", "2024"],
        ["1", "Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP Kecamatan", "56,44", "58,10", "59,76",
         "61,42", "63,08"],
        ["3", "Meningkatnya kualitas tata kelola pemerintahan desa", "Persentase desa dengan tata kelola pemerintah",
         "76", "80", "84", "88", "92"]]


def _para(text: str, bbox, page: int) -> Paragraph:
    return Paragraph(text=text, bbox=bbox, page=page, lines=[text])


def test_the_rest_goes_to_the_cell_whose_word_it_finishes():
    table = Table(rows=[TableRow(cells=c, page=4, bbox=(60.0, 0, 536.0, 0), is_header=i == 0)
                        for i, c in enumerate(ROWS)], page=4, bbox=(60.0, 490.0, 536.0, 766.0))
    text = [_para("Pembinaan tata kelola pemerintahan desa dilakukan setiap triwulan oleh kecamatan.",
                  (60, 100, 536, 112), 3),
            _para("Kecamatan menyelenggarakan urusan pemerintahan umum di wilayahnya.", (60, 120, 536, 132), 3)]
    rest = [_para("an yang", (232.0, 57.0, 264.0, 69.0), 5), _para("baik", (246.0, 69.0, 264.0, 81.0), 5)]
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=[*text, table, *rest]))
    (out,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert out.rows[-1].cells[2] == "Persentase desa dengan tata kelola pemerintahan yang baik"
    assert out.rows[-1].cells[1] == ROWS[-1][1]

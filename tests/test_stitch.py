"""Tables split by their author are joined once, after any reader (extract/stitch.py)."""

from __future__ import annotations

import docx

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.read_docx import read_docx
from lkjip.extract.stitch import stitch_document
from lkjip.pipeline import extract_document

HEAD = ["No", "Uraian", "Anggaran", "Realisasi", "%"]
ROWS = [
    ["1", "Penyediaan Gaji dan Tunjangan ASN", "2.099.836.496", "1.957.824.343", "93,24"],
    ["2", "Penyediaan Alat Tulis Kantor", "7.224.600", "7.224.350", "100,00"],
    ["3", "Penyediaan Barang Cetak", "1.800.000", "1.800.000", "100,00"],
    ["4", "Fasilitasi Kunjungan Tamu", "7.200.000", "7.200.000", "100,00"],
    ["5", "Penyelenggaraan Rapat Koordinasi", "52.178.150", "45.438.520", "87,08"],
    ["6", "Penyediaan Jasa Surat Menyurat", "3.753.894", "3.753.450", "99,99"],
]


def _table(rows: list[list[str]], page: int | None = None) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page) for r in rows], page=page)


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=list(blocks))


def _tables(doc: Document) -> list[Table]:
    return stitch_document(doc).tables()


def test_parts_repeating_the_header_are_one_table_and_rows_keep_their_pages():
    doc = _doc(Paragraph(text="Tabel 3.7 Realisasi Anggaran"), _table([HEAD, *ROWS[:3]], page=4),
               Paragraph(text="- 5 -"), _table([HEAD, *ROWS[3:]], page=5))
    (t,) = _tables(doc)
    assert [r.cells for r in t.rows] == [HEAD, *ROWS]
    assert [r.page for r in t.rows] == [4, 4, 4, 4, 5, 5, 5]
    assert t.rows[0].is_header
    assert any("repeated header dropped" in w for w in t.warnings)


def test_a_part_without_header_whose_columns_hold_the_same_kinds_continues():
    (t,) = _tables(_doc(_table([HEAD, *ROWS[:3]]), _table(ROWS[3:])))
    assert len(t.rows) == 7


def test_only_the_column_number_row_repeated_is_dropped():
    numbers = ["(1)", "(2)", "(3)", "(4)", "(5)"]
    (t,) = _tables(_doc(_table([HEAD, numbers, *ROWS[:3]]), _table([numbers, *ROWS[3:]])))
    assert [r.cells for r in t.rows] == [HEAD, numbers, *ROWS]


def test_a_table_with_a_header_of_its_own_is_another_table():
    pk_budget = [["No", "Program", "Anggaran", "Keterangan", "Sumber Dana"],
                 ["1", "Program Penunjang", "Rp 2.307.258.185", "APBD", "DAU"]]
    assert len(_tables(_doc(_table([HEAD, *ROWS]), _table(pk_budget)))) == 2


def test_a_part_whose_columns_hold_other_kinds_of_values_is_another_table():
    other = [["a", "Camat", "Pembina", "Sokobanah", "ttd"], ["b", "Sekretaris", "Penata", "Sokobanah", "ttd"]]
    assert len(_tables(_doc(_table([HEAD, *ROWS]), _table(other)))) == 2


def test_running_text_between_parts_ends_the_table():
    doc = _doc(_table([HEAD, *ROWS[:3]]), Paragraph(text="Berdasarkan tabel di atas, realisasi anggaran tinggi."),
               _table([HEAD, *ROWS[3:]]))
    assert len(_tables(doc)) == 2


def test_a_continuation_caption_is_spent_and_does_not_name_the_next_table():
    doc = _doc(Paragraph(text="Tabel 3.7 Realisasi Anggaran"), _table([HEAD, *ROWS[:3]]),
               Paragraph(text="Tabel 3.7 (Lanjutan)"), _table([HEAD, *ROWS[3:]]))
    out = stitch_document(doc)
    assert len(out.tables()) == 1
    assert [p.text for p in out.paragraphs()] == ["Tabel 3.7 Realisasi Anggaran"]


def test_numbering_that_runs_on_joins_a_two_column_part():
    a = _table([["No", "Kegiatan"], ["1", "Rapat koordinasi"], ["2", "Monitoring desa"]])
    b = _table([["3", "Evaluasi kinerja"], ["4", "Pelaporan"]])
    (t,) = _tables(_doc(a, b))
    assert len(t.rows) == 5


def _split_docx(path, gap: str) -> None:
    d = docx.Document()
    d.add_paragraph("BAB III AKUNTABILITAS KINERJA")
    d.add_paragraph("Tabel 3.7 Realisasi Anggaran per Kegiatan")
    for k, part in enumerate(([*ROWS[:3]], [*ROWS[3:]])):
        if k:
            p = d.add_paragraph()
            if gap == "page_break":
                p.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
        t = d.add_table(rows=1 + len(part), cols=len(HEAD))
        for r, cells in enumerate([HEAD, *part]):
            for c, text in enumerate(cells):
                t.cell(r, c).text = text
    d.add_paragraph("Berdasarkan tabel di atas, penyerapan anggaran baik.")
    d.save(str(path))


def test_docx_table_split_by_its_author_is_one_captioned_budget_table(tmp_path):
    for gap in ("paragraph", "page_break"):
        path = tmp_path / f"split_{gap}.docx"
        _split_docx(path, gap)
        report = extract_document(read_docx(path))
        budget = [t for t in report.tables_found if t.kind == "budget"]
        assert [(t.label, t.n_rows) for t in budget] == [("Tabel 3.7", 6)], report.tables_found
        assert not any("tanpa judul" in t.label for t in report.tables_found)
        assert [b.uraian for b in report.budget_lines] == [r[1] for r in ROWS]


def test_a_part_repeating_the_header_with_its_columns_cut_elsewhere_is_laid_over_the_first_parts_columns():
    # the part's header read with a merged cell across two columns and empty columns between its values (a PDF
    # page read on its own): the same letters, the same columns holding text in both bodies
    head = [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]
    cut = [["NO", "URAIAN", "", "ANGGARAN ANGGARAN", "", "", ""], ["", "", "", "", "", "REALISASI", "%"]]
    spread = [[r[0], r[1], "", r[2], "", r[3], r[4]] for r in ROWS[3:]]
    doc = _doc(Paragraph(text="Tabel 3.7 Realisasi Anggaran"), _table([*head, *ROWS[:3]], page=9),
               _table([*cut, *spread], page=11))
    (t,) = _tables(doc)
    assert [r.cells for r in t.rows] == [*head, *ROWS]
    assert [r.page for r in t.rows[-3:]] == [11, 11, 11]


def test_a_part_read_with_its_currency_signs_in_columns_of_their_own_is_laid_over_the_first_parts_columns():
    # the first part's page read "Rp" apart from its amounts, in columns of their own; the part repeating the
    # header on a later page read its amounts whole: the parts are one table, the "Rp" columns passed over
    cut = [["NO", "URAIAN", "", "ANGGARAN ANGGARAN", "", "", ""], ["", "", "", "", "", "REALISASI", "%"]]
    signs = [[r[0], r[1], "Rp", r[2], "Rp", r[3], r[4]] for r in ROWS[:3]]
    head = [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]
    doc = _doc(_table([*cut, *signs], page=16), _table([*head, *ROWS[3:]], page=18))
    (t,) = _tables(doc)
    assert [r.cells for r in t.rows[-3:]] == [[r[0], r[1], "", r[2], "", r[3], r[4]] for r in ROWS[3:]]
    assert [r.page for r in t.rows] == [16] * 5 + [18] * 3


def test_a_part_with_another_header_is_not_laid_over_the_columns():
    other = [["No", "Program", "", "Anggaran", "Keterangan"], ["1", "Penunjang", "", "Rp 2.307.258.185", "APBD"],
             ["2", "Koordinasi", "", "Rp 233.367.612", "APBD"]]
    head = [["No", "Sasaran", "Indikator", "Target"]]
    body = [["1", "Meningkatnya kualitas", "Indeks Kepuasan", "82,99"], ["2", "Meningkatnya tata", "Persentase", "100%"]]
    assert len(_tables(_doc(_table([*head, *body]), _table(other)))) == 2


# --- parts with lines of cells left between them ------------------------------------------------------------
# a PDF reader may leave the wrapped words of a cell at a part's end as short paragraphs ("dan Evaluasi Kinerja
# Perangkat", "Daerah"): the part below still continues the table, the lines stay paragraphs after it


def test_a_part_without_header_below_lines_a_reader_left_out_of_the_table_continues_it():
    doc = _doc(Paragraph(text="Tabel 3.7 Realisasi Anggaran"), _table([HEAD, *ROWS[:3]], page=25),
               Paragraph(text="dan Evaluasi Kinerja Perangkat", page=25), Paragraph(text="Daerah", page=25),
               _table(ROWS[3:], page=25))
    out = stitch_document(doc)
    (t,) = out.tables()
    assert [r.cells for r in t.rows] == [HEAD, *ROWS] and [r.page for r in t.rows] == [25] * 7
    # the lines were the table's, not the text's: named in its warnings, never between it and a caption below
    assert [b.text for b in out.paragraphs()] == ["Tabel 3.7 Realisasi Anggaran"]
    assert any("dan Evaluasi Kinerja Perangkat | Daerah" in w for w in t.warnings)


def test_a_caption_below_the_last_part_names_the_table_joined_across_lines_left_out_of_it():
    doc = _doc(Paragraph(text="Berikut realisasi anggaran per kegiatan tahun ini menurut laporan keuangan kantor."),
               _table([HEAD, *ROWS[:3]], page=9), Paragraph(text="Perangkat Daerah", page=9),
               Paragraph(text="yang Dilimpahkan", page=10), _table(ROWS[3:], page=10),
               Paragraph(text="Tabel 3.7 Realisasi Anggaran per Kegiatan", page=10),
               Paragraph(text="Penyerapan anggaran tinggi pada semua program kecamatan tahun ini.", page=10))
    (found,) = find_tables(stitch_document(doc))
    assert found.label == "Tabel 3.7" and len(found.body) == 6


def test_a_sentence_a_title_or_many_lines_between_parts_end_the_table():
    for between in (["Rincian per kegiatan disajikan berikut:"], ["PROGRAM PEMBERDAYAAN MASYARAKAT"],
                    ["Kecamatan", "Sukamaju", "Kabupaten", "Lembah Hijau"]):
        doc = _doc(_table([HEAD, *ROWS[:3]], page=4), *[Paragraph(text=t, page=4) for t in between],
                   _table(ROWS[3:], page=4))
        assert len(_tables(doc)) == 2, between


def test_a_part_with_a_header_of_its_own_below_short_lines_is_another_table():
    doc = _doc(_table([HEAD, *ROWS[:3]], page=4), Paragraph(text="Kabupaten Lembah Hijau", page=4),
               _table([HEAD, *ROWS[3:]], page=4))
    assert len(_tables(doc)) == 2


def test_a_part_pages_away_below_short_lines_is_another_table():
    doc = _doc(_table([HEAD, *ROWS[:3]], page=4), Paragraph(text="Daerah", page=4), _table(ROWS[3:], page=7))
    assert len(_tables(doc)) == 2


def test_lines_with_their_letters_spaced_out_count_by_their_letters():
    # a running header the reader did not recognise, its letters spaced out, and the rest of a cell
    doc = _doc(_table([HEAD, *ROWS[:3]], page=20),
               Paragraph(text="L Kj I P K e c a m a t a n P a s i r K e m u n i n g Ta h u n 2 0 2 1", page=21),
               Paragraph(text="y a n g Dilim p a h k a n k e p a d a C a m a t", page=21), _table(ROWS[3:], page=21))
    (t,) = _tables(doc)
    assert [r.page for r in t.rows] == [20] * 4 + [21] * 3

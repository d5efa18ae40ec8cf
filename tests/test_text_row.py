"""A row of a table read as text between two parts of it, put back as a row (extract/text_row.py), and the next
part's repeated header read as lines of text passed over (extract/stitch.py)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document
from lkjip.extract.text_row import name_rest_line, row_from_text

HEAD = [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]


def _table(rows: list[list[str]], page: int, header: int = 0) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)],
                 page=page)


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=list(blocks))


ABOVE = [*HEAD,
         ["VII.", "Pemeliharaan Barang Milik Daerah", "Rp 89.850.000", "Rp 86.685.201", "96,48"],
         ["II.", "Pemeliharaan Mebel", "Rp 640.000", "Rp 640.000", "100,00"],
         ["III.", "Pemeliharaan Peralatan dan Mesin Lainnya", "Rp 6.600.000", "Rp 6.600.000", "100,00"]]
NEXT = [*HEAD,
        ["VIII.", "Penataan Organisasi", "Rp 13.189.008", "Rp 13.185.500", "99,97"],
        ["I.", "Fasilitasi Pelayanan Publik dan Tata Laksana", "Rp 13.189.008", "Rp 13.185.500", "99,97"]]


def test_a_last_row_framed_alone_on_the_next_page_is_put_back_with_its_currency_signs_apart():
    # the cells print "Rp" apart from the amount ("Rp 89.850.000"): the table holds amounts all the same
    row = Paragraph(text="IV. Pemeliharaan/Rehabilitasi Gedung Rp 78.060.000 Rp 77.822.201 99,70 Kantor dan "
                         "Bangunan Lainnya", page=23,
                    lines=["IV. Pemeliharaan/Rehabilitasi Gedung Rp 78.060.000 Rp 77.822.201 99,70",
                           "Kantor dan Bangunan Lainnya"])
    out = stitch_document(_doc(_table(ABOVE, 22, header=2), row, _table(NEXT, 23, header=2)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows if not r.is_header] == ["VII.", "II.", "III.", "IV.", "VIII.", "I."]
    assert t.rows[5].cells == ["IV.", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                               "Rp 78.060.000", "Rp 77.822.201", "99,70"]
    assert not t.doubt and out.paragraphs() == []


def test_a_parts_header_and_first_row_read_as_text_at_a_pages_foot_are_passed_over_and_put_back():
    # the next part opens at the foot of a page with its header again and its first row, whose name the page
    # break cuts: all read as lines of text; the rest of the part, with no header, opens the next page
    lines = [Paragraph(text="NO URAIAN ANGGARAN", lines=["NO URAIAN ANGGARAN"], page=14),
             Paragraph(text="ANGGARAN REALISASI %", lines=["ANGGARAN REALISASI %"], page=14),
             Paragraph(text="I. Penyelenggaraan Urusan Rp. 13.963.900 Rp. 13.963.900 100,00", page=14,
                       lines=["I. Penyelenggaraan Urusan Rp. 13.963.900 Rp. 13.963.900 100,00"]),
             Paragraph(text="Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah", page=15,
                       lines=["Pemerintahan yang Tidak", "Dilaksanakan oleh Unit Kerja", "Perangkat Daerah"])]
    rest = [["I.", "Pelaksanaan Pelayanan Administrasi Terpadu", "Rp. 13.963.900", "Rp. 13.963.900", "100,00"],
            ["II.", "Pelaksanaan Urusan Pemerintahan", "Rp. 69.130.471", "Rp. 58.384.995", "84,46"]]
    out = stitch_document(_doc(_table(ABOVE, 14, header=2), *lines, _table(rest, 15)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows if not r.is_header] == ["VII.", "II.", "III.", "I.", "I.", "II."]
    assert t.rows[5].cells == ["I.", "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja "
                               "Perangkat Daerah", "Rp. 13.963.900", "Rp. 13.963.900", "100,00"]
    assert not t.doubt and out.paragraphs() == []


def test_lines_of_header_words_not_followed_by_a_part_stay_text():
    words = Paragraph(text="ANGGARAN REALISASI", lines=["ANGGARAN REALISASI"], page=14)
    after = Paragraph(text="Realisasi anggaran tahun ini baik.", lines=["Realisasi anggaran tahun ini baik."], page=14)
    out = stitch_document(_doc(_table(ABOVE, 14, header=2), words, after))
    assert [p.text for p in out.paragraphs()] == [words.text, after.text]


def test_a_title_of_header_words_over_a_part_repeating_the_header_is_no_header_read_as_text():
    # a heading whose words all stand in the header above ("DAFTAR TABEL" between a contents list whose rows print
    # "DAFTAR TABEL" and the next list): the table under it repeats the header itself, so the line is a title
    title = Paragraph(text="URAIAN ANGGARAN", lines=["URAIAN ANGGARAN"], page=22)
    out = stitch_document(_doc(_table(ABOVE, 22, header=2), title, _table(NEXT, 22, header=2)))
    assert len(out.tables()) == 2
    assert [p.text for p in out.paragraphs()] == [title.text]


def test_a_row_is_rebuilt_only_with_as_many_values_as_value_columns():
    table = _table(ABOVE, 22, header=2)
    assert row_from_text(["IV. Pemeliharaan Gedung Rp 78.060.000 Rp 77.822.201 99,70"], table) is not None
    assert row_from_text(["IV. Pemeliharaan Gedung Rp 78.060.000 99,70"], table) is None  # a value missing
    assert row_from_text(["Pemeliharaan Gedung Rp 78.060.000 Rp 77.822.201 99,70"], table) is None  # no number
    assert row_from_text(["IV. Gedung 2 Rp 78.060.000 Rp 77.822.201 99,70"], table) is None  # a name's number?


def test_a_line_repeated_on_other_pages_is_a_names_rest_only_right_under_the_row():
    above = Paragraph(text="Perangkat Daerah yang Ada di", lines=["Perangkat Daerah yang Ada di"], page=15,
                      bbox=(230.0, 80.0, 360.0, 90.0))
    under = Paragraph(text="Kecamatan", lines=["Kecamatan"], page=15, bbox=(300.0, 90.5, 345.0, 100.0))
    far = under.model_copy(update={"bbox": (300.0, 140.0, 345.0, 150.0)})
    assert name_rest_line(under, above, furniture=True)
    assert not name_rest_line(far, above, furniture=True)
    assert name_rest_line(far, above, furniture=False)


def test_a_row_read_as_text_with_its_amounts_wrapped_in_pieces_makes_the_table_doubtful():
    # narrow amount cells wrap the amounts ("3.539.6" / "91.183," / "00"): the row's values cannot be put back, and
    # without the row the table's sums cannot be checked
    row = Paragraph(text="A. PROGRAM PENUNJANG 3.539.6 3.212.7 90,76 URUSAN 91.183, 41.064, PEMERINTAHAN 00 00",
                    page=23, lines=["A. PROGRAM PENUNJANG 3.539.6 3.212.7 90,76", "URUSAN 91.183, 41.064,",
                                    "PEMERINTAHAN 00 00"])
    out = stitch_document(_doc(_table(ABOVE, 22, header=2), row, _table(NEXT, 23, header=2)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows if not r.is_header] == ["VII.", "II.", "III.", "VIII.", "I."]
    assert t.doubt and "PROGRAM PENUNJANG" in t.doubt

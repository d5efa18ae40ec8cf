"""A part of a table split by its author whose repeated header a reader cut in two: its first line set apart from
the part's columns, read as a line of text, the rest read as the part's first row (extract/text_row.py
header_split_by_part, extract/stitch.py); and a total row read as a line of text under a table whose row numbers
("1.1.2") look like numbers (extract/total_line.py)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines
from lkjip.extract.stitch import stitch_document

HEAD = [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]
ABOVE = [["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Rp 2.117.755.404", "Rp 1.830.017.488", "86,41"],
         ["1.1", "Administrasi Keuangan Perangkat Daerah", "Rp 1.408.730.285", "Rp 1.172.969.508", "83,26"],
         ["1.1.1", "Penyediaan Gaji dan Tunjangan ASN", "Rp 1.320.990.599", "Rp 1.089.148.203", "82,45"],
         ["1.1.2", "Pelaksanaan Penatausahaan Keuangan SKPD", "Rp 87.739.686", "Rp 83.821.305", "95,53"]]
PART = [["2", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Rp 46.803.283", "Rp 46.501.880", "99,36"],
        ["2.1", "Koordinasi Kegiatan Pemberdayaan Desa", "Rp 46.803.283", "Rp 46.501.880", "99,36"],
        ["2.1.1", "Fasilitasi Penyusunan Profil Desa", "Rp 46.803.283", "Rp 46.501.880", "99,36"]]


def _table(rows: list[list[str]], page: int, header: int = 0) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)],
                 page=page)


def _line(text: str, page: int) -> Paragraph:
    return Paragraph(text=text, lines=[text], page=page)


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        _line("Sedangkan penyerapan per kegiatan disajikan dalam tabel berikut:", 16), *blocks,
        _line("Tabel 3.7 Penyerapan Anggaran per Kegiatan", 17)])


def test_a_part_whose_repeated_header_lost_its_first_line_to_the_text_continues_the_table():
    # the part repeats only the header's second line; its first line ("NO URAIAN ANGGARAN"), printed over columns
    # the reader did not see as the part's, stands as a line of text between the two parts
    out = stitch_document(_doc(_table([*HEAD, *ABOVE], 16, header=2), _line("NO URAIAN ANGGARAN", 17),
                               _table([HEAD[1], *PART], 17, header=1)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows if not r.is_header] == ["1", "1.1", "1.1.1", "1.1.2", "2", "2.1", "2.1.1"]
    assert not t.doubt
    assert [p.text for p in out.paragraphs()][-1].startswith("Tabel 3.7")
    assert not any(p.text == "NO URAIAN ANGGARAN" for p in out.paragraphs())


def test_a_title_of_other_header_words_over_a_part_repeating_a_line_of_the_header_stays_a_title():
    # the line's words stand in the header, but not as its first line: with the part's repeated line they do not
    # make the header whole, so the line is a title of a table of its own
    out = stitch_document(_doc(_table([*HEAD, *ABOVE], 16, header=2), _line("URAIAN ANGGARAN", 17),
                               _table([HEAD[1], *PART], 17, header=1)))
    assert len(out.tables()) == 2
    assert any(p.text == "URAIAN ANGGARAN" for p in out.paragraphs())


def test_a_total_line_under_a_table_numbered_like_1_1_2_puts_its_values_under_the_amounts():
    # the key column holds "1", "1.1", "1.1.2": numbers to the eye, yet no column of values of the total
    out = stitch_document(_doc(_table([*HEAD, *ABOVE], 16, header=2),
                               _line("JUMLAH Rp 2.117.755.404 Rp 1.830.017.488 86,41", 16)))
    (t,) = out.tables()
    assert t.rows[-1].cells == ["", "JUMLAH", "Rp 2.117.755.404", "Rp 1.830.017.488", "86,41"]
    lines = budget_lines(find_tables(out)[0], Sink())
    assert (lines[-1].uraian, lines[-1].anggaran, lines[-1].realisasi) == ("JUMLAH", D(2117755404), D(1830017488))

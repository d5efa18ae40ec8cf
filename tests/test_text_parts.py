"""A table of text rows (a cascading table) split by its author into parts with no header repeated, an empty
paragraph between: its next part, filled in its last two columns only ("Fasilitasi …" / "Jumlah Dokumen …" under
the names merged down above), shows too few columns to be found by itself and holds no number, so it was read as
running text and its rows lost (#12). It is read with the columns of the table right above it, whatever its
length (:func:`~lkjip.extract.layout.short_parts.short_parts`). Word boxes as LibreOffice prints such a table
(mono 11 pt, landscape, side bars shaded); the table above is the rest of a row a page break cut."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.short_parts import short_parts

CHANNELS = [(63.4, 75.6), (121.8, 135.2), (181.4, 193.3), (239.5, 252.9), (299.1, 310.9), (390.1, 404.7),
            (464.1, 475.0), (534.4, 546.8), (606.2, 617.1), (689.7, 701.3)]
ROW = ['', 'desa', 'pemerintahan desa yang baik', 'desa', 'pemerintahan desa yang baik', '', 'han desa yang baik',
       'Pembinaan dan Pengawasan Pemerintahan Desa', 'yang difasilitasi', '', 'Administrasi Tata Pemerintahan Desa']
#: a budget table's row instead: amounts in the columns the part fills
AMOUNTS = ['1', 'Belanja', '', '', '', '', '', '', '', '12.500.000', '12.000.000']
PART = [
    (163.33, 8.07, [('Fasilitasi', 617.1, 683.1), ('Jumlah', 701.3, 740.9)]),
    (177.63, 10.25, [('pengelolaan', 617.1, 680.0), ('Dokumen', 701.3, 747.5)]),
    (191.93, 10.24, [('keuangan', 617.1, 669.9), ('yang', 701.3, 727.7)]),
    (206.23, 8.11, [('desa', 617.1, 643.5), ('dan', 650.1, 669.9), ('Difasilitas', 701.3, 773.9)]),
    (220.53, 10.25, [('pendayagunaan', 617.1, 683.1), ('i', 701.3, 707.9), ('dalam', 714.5, 747.5)]),
    (234.83, 8.07, [('aset', 617.1, 643.5), ('rangka', 701.3, 740.9)]),
    (249.13, 8.11, [('desa', 617.1, 643.5), ('Pengelolaan', 701.3, 767.3)]),
    (263.43, 10.24, [('Keuangan', 701.3, 754.1)]),
    (277.73, 8.07, [('Desa', 701.3, 727.7)]),
    (292.03, 8.07, [('Fasilitasi', 617.1, 683.1), ('Jumlah', 701.3, 740.9)]),
    (306.33, 10.25, [('pelaksanaan', 617.1, 680.0), ('Dokumen', 701.3, 747.5)]),
    (320.63, 10.24, [('Pemilihan', 617.1, 676.5), ('Fasilitasi', 701.3, 767.3)]),
    (334.93, 8.07, [('Kepala', 617.1, 656.7), ('Desa', 663.3, 689.7), ('dalam', 701.3, 734.3)]),
    (349.23, 10.25, [('rangka', 701.3, 740.9)]),
]
#: a sentence under the table instead, running across its columns
SENTENCE = [(163.33, 8.07, [('Peta', 56.8, 83.2), ('proses', 89.8, 129.4), ('bisnis', 136.0, 175.6),
                            ('dalam', 182.2, 215.2), ('lingkungan', 221.8, 287.8), ('kecamatan', 294.4, 353.8)])]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=11.0) for t, x0, x1 in words]) for top, h, words in rows]


def _above(cells: list[str]) -> PageTable:
    table = Table(rows=[TableRow(cells=cells, page=14)], page=14, strategy="text")
    return PageTable(table, [], 57.93, 137.5, 56.8, 773.9, channels=list(CHANNELS))


def test_a_long_part_of_text_rows_is_read_with_the_columns_above():
    parts, rest = short_parts([_above(ROW)], _lines(PART), [], 14, "text", None)
    assert len(parts) == 1 and not rest
    rows = [r.cells for r in parts[0].table.rows]
    assert [len(r) for r in rows] == [11, 11]
    assert all(not any(r[:9]) for r in rows)
    assert rows[0][9] == "Fasilitasi pengelolaan keuangan desa dan pendayagunaan aset desa"
    assert rows[0][10].startswith("Jumlah Dokumen yang Difasilitas")
    assert rows[0][10].endswith("dalam rangka Pengelolaan Keuangan Desa")
    assert rows[1][9] == "Fasilitasi pelaksanaan Pemilihan Kepala Desa"
    assert rows[1][10] == "Jumlah Dokumen Fasilitasi dalam rangka"


def test_text_under_columns_of_amounts_stays_text():
    parts, rest = short_parts([_above(AMOUNTS)], _lines(PART), [], 14, "text", None)
    assert not parts and len(rest) == len(PART)


def test_a_sentence_under_a_table_of_text_rows_stays_text():
    parts, rest = short_parts([_above(ROW)], _lines(SENTENCE), [], 14, "text", None)
    assert not parts and len(rest) == 1


#: a budget table's row: amounts in its middle columns, words in the last two
BUDGET = ['1.1', 'Belanja', '', '12.500.000', '12.000.000', '96,00', '', '', '', 'Jumlah Laporan', 'Dokumen']


def test_a_signature_under_a_table_of_amounts_stays_text():
    # words only in columns that hold words above, but the table holds amounts: no table of text rows
    signature = [(163.33, 8.07, [('CAMAT', 617.1, 650.1), ('KECAMATAN', 701.3, 760.7)])]
    parts, rest = short_parts([_above(BUDGET)], _lines(signature), [], 14, "text", None)
    assert not parts and len(rest) == 1


def test_a_two_party_signature_under_a_table_of_text_rows_stays_text():
    # review: its names fill columns far apart (2 and 9), not a run ending at the last column as a part does
    signature = [(163.33, 8.07, [('PIHAK', 136.0, 160.0), ('KEDUA,', 164.0, 180.0),
                                 ('PIHAK', 620.0, 645.0), ('PERTAMA,', 649.0, 688.0)]),
                 (177.63, 8.07, [('BUPATI', 136.0, 170.0), ('KEPALA', 620.0, 650.0), ('DINAS', 654.0, 685.0)])]
    parts, rest = short_parts([_above(ROW)], _lines(signature), [], 14, "text", None)
    assert not parts and len(rest) == 2

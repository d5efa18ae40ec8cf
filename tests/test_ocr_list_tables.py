"""A numbered list whose widely spaced words the OCR layout read as a table: it is the list's lines again, and
does not count as an uncaptioned table (which would number every uncaptioned table after it one too far)."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.ocr_list_tables import lists_as_text


def table(rows: list[list[str]], page: int = 26, header: bool = False) -> Table:
    return Table(rows=[TableRow(cells=r, page=page, is_header=header and k == 0) for k, r in enumerate(rows)],
                 page=page)


LIST = [["1", "Program", "Penyelenggaraan Pemerintahan dan Pelayanan Publik"],
        ["2", "Program", "Pemberdayaan Masyarakat Desa dan Kelurahan"],
        ["3", "Program", "Koordinasi Ketentraman dan Ketertiban Umum"],
        ["4", "program", "Pembinaan dan Pengawasan Pemerintahan Desa"]]


def test_a_list_read_as_a_table_is_text_again():
    blocks = lists_as_text([table(LIST)], [26])
    assert all(isinstance(b, Paragraph) for b in blocks)
    assert [b.text for b in blocks][0] == "1 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"


def test_tables_stay_tables():
    numbers = [["1", "Program", "Penyediaan Jasa", "1.250.000"], ["2", "Program", "Pemeliharaan", "900.000"],
               ["3", "Program", "Pengadaan", "400.000"]]  # numbers beside: a table
    varied = [["1.", "Partisipasi masyarakat rendah", "Kehadiran warga", "Faktor internal"],
              ["2.", "Pelayanan administrasi lambat", "Waktu penyelesaian", "Faktor internal"],
              ["3.", "Ketertiban umum", "Gangguan", "Faktor eksternal"]]  # no one-word column repeated
    headed = [["No", "Jenis", "Uraian"], *LIST]
    assert isinstance(lists_as_text([table(numbers)], [26])[0], Table)
    assert isinstance(lists_as_text([table(varied)], [26])[0], Table)
    assert isinstance(lists_as_text([table(headed, header=True)], [26])[0], Table)
    assert isinstance(lists_as_text([table(LIST)], [])[0], Table)  # a page with a text layer

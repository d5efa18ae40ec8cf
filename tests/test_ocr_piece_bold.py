"""A scan's table continued on the next page with no header of its own, its shaded body binarized heavy so that its
first row reads as bold print (a header row): a row opening with a later row's number and words beside it is the
table's body all the same, a piece of the table above, so the uncaptioned tables after it keep their numbers."""

from __future__ import annotations

from test_identity_pieces import CASCADING, NUMBERS, RENSTRA_HEAD, RENSTRA_ROW, ROW, ROW2, _doc, _table

from lkjip.extract.classify import find_tables

ROW4 = ["4", "Mewujudkan tata kelola", "Persentase desa", "Meningkatnya kualitas", "Persentase desa",
        "PROGRAM PEMBINAAN", "Persentase desa", "Fasilitasi", "Persentase pembinaan", "Fasilitasi Administrasi",
        "Jumlah Dokumen"]


def _labels(doc) -> list[tuple[str, str]]:
    """The tables as found, the pieces not stitched (a reader's pieces no stitcher joined: their columns differ)."""
    return [(ft.kind.value, ft.label) for ft in find_tables(doc)]


def _pieces(top: list[str]):
    return _doc(_table([CASCADING, NUMBERS, ROW, ROW2], 3, header=2),
                _table([top, ["", "pemerintahan desa", "", "", "", "", "", "", "", "", ""]], 4, header=1),
                _table([*RENSTRA_HEAD, RENSTRA_ROW], 5, header=2))


def test_a_bold_read_first_row_opening_with_a_row_number_is_a_piece_of_the_table_above():
    labels = _labels(_pieces(ROW4))
    assert labels[-1] == ("renstra", "Tabel tanpa judul 2")
    assert [lb for _, lb in labels[:-1]] == ["Tabel tanpa judul 1"] * (len(labels) - 1)


def test_a_bold_first_row_of_header_words_is_a_table_of_its_own():
    head = ["No", "Sasaran", "Indikator", "Target", "", "", "", "", "", "", ""]
    assert _labels(_pieces(head))[-1] == ("renstra", "Tabel tanpa judul 3")


def test_a_bold_read_sub_row_with_its_left_half_blank_is_a_piece_of_the_table_above():
    """A cascading's next sub kegiatan opens the page (the cells of its program and kegiatan blank: the cut cell
    beside it), bold in a shaded body: a piece, no header of a table of its own."""
    sub = ["", "", "", "", "", "", "", "", "", "Fasilitasi Penyusunan", "Jumlah Rancangan Peraturan"]
    labels = _labels(_pieces(sub))
    assert labels[-1] == ("renstra", "Tabel tanpa judul 2")
    # a top row opening at the left (a header's row) still makes a table of its own
    assert _labels(_pieces(["", "Kegiatan", "", "", "", "", "", "", "", "Sub Kegiatan", "Indikator"]))[-1] == (
        "renstra", "Tabel tanpa judul 3")

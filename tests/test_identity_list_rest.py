"""The rest of a list of contents on the next page is the list's, not a table without a name (issue #12): counted
as a table it would shift the number of every uncaptioned table after it (extract/list_rest.py)."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

PERMASALAHAN = [["No", "Masalah", "Pokok Masalah", "Akar Masalah"],
                ["1.", "Pelayanan belum optimal", "Nilai SKM belum memenuhi target", "Faktor Internal: SDM terbatas"],
                ["2.", "Gangguan ketertiban umum", "Kriminalitas masih tinggi", "Faktor Internal: personil kurang"]]
CONTENTS = [["BAB I PENDAHULUAN", "1"], ["A. Umum", "1"], ["B. Struktur Organisasi", "2"],
            ["BAB III AKUNTABILITAS KINERJA", "17"], ["A. Capaian Kinerja", "17"], ["B. Realisasi", "27"]]


def _table(cells: list[list[str]], page: int) -> Table:
    return Table(rows=[TableRow(cells=c, page=page) for c in cells], page=page, strategy="text")


def _labels(*blocks) -> list[tuple[str, str]]:
    doc = Document(source_file="t.pdf", input_format="pdf", blocks=list(blocks))
    return [(ft.kind.value, ft.label) for ft in find_tables(stitch_document(doc))]


def _document(rest: list[list[str]]) -> list:
    return [Paragraph(text="DAFTAR ISI", page=1), Paragraph(text="Halaman", page=1), _table(CONTENTS, 1),
            Paragraph(text="Halaman", page=2), Paragraph(text="Anggaran", page=2), _table(rest, 2),
            Paragraph(text="Pemetaan permasalahan kecamatan disajikan pada tabel berikut ini.", page=9),
            _table(PERMASALAHAN, 9)]


def test_the_entries_of_a_list_of_contents_opening_the_next_page_are_the_lists():
    labels = _labels(*_document([["C. Tindak Lanjut Hasil Evaluasi", "31"], ["BAB IV PENUTUP", "32"]]))
    assert labels[-1] == ("permasalahan", "Tabel tanpa judul 1")
    assert [k for k, _ in labels[:-1]] == ["toc", "toc"]


def test_a_small_table_whose_numbers_do_not_run_on_is_no_rest_of_the_list():
    # numbers below the list's last page, or a row without one, are a table of its own
    for rest in ([["Sekretariat", "12"], ["Seksi Pemerintahan", "9"]], [["Sekretariat", "12"], ["Seksi", "Tiga"]]):
        labels = _labels(*_document(rest))
        assert ("unknown", "Tabel tanpa judul 1") in labels and labels[-1] == ("permasalahan", "Tabel tanpa judul 2")

"""A page of a long budget table read on its own with its column of keys unseen: each row's key is run into its
name ("a. Penyediaan Gaji") while the other pages hold the keys in their column (issue #12, nineteenth session).
The key is taken out of the name, so the rows keep their level and the hierarchy's sums close
(lkjip.extract.records)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.pipeline import extract_document

HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]


def _report(rows: list[list[str]]):
    table = Table(rows=[TableRow(cells=c, page=3 if k < 3 else 4, is_header=k == 0) for k, c in enumerate(rows)],
                  page=3)
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 3.7 Penyerapan Anggaran per Kegiatan", page=3), table])
    return extract_document(doc)


def test_a_key_run_into_the_name_goes_back_to_the_key_column():
    report = _report([HEAD, ["", "BELANJA LANGSUNG", "1.000.000", "900.000", "90,00"],
                      ["", "a. PROGRAM PENUNJANG URUSAN", "1.000.000", "900.000", "90,00"],
                      ["", "a. Administrasi Keuangan", "1.000.000", "900.000", "90,00"],
                      ["a.", "Penyediaan Gaji dan Tunjangan ASN", "600.000", "500.000", "83,33"],
                      ["b.", "Penyediaan Administrasi", "400.000", "400.000", "100,00"]])
    lines = {b.uraian: b.nomor for b in report.budget_lines}
    assert lines["PROGRAM PENUNJANG URUSAN"] == "a." and lines["Administrasi Keuangan"] == "a."


def test_a_name_opening_with_a_word_keeps_it():
    report = _report([HEAD, ["1", "A Penyediaan Jasa", "1.000.000", "900.000", "90,00"],
                      ["", "JUMLAH", "1.000.000", "900.000", "90,00"]])
    assert [b.uraian for b in report.budget_lines] == ["A Penyediaan Jasa", "JUMLAH"]

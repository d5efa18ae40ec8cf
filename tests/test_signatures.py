"""Signatures a reader left inside a table, PK parties named without colons, and dates with the day left
blank (issue #13): what :mod:`lkjip.extract.signing` and :mod:`lkjip.extract.meta` read."""

from __future__ import annotations

import datetime as dt

import pytest

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.meta import Line, attach_pk_parties, document_lines, find_signatories
from lkjip.extract.signing import looks_like_name, signature_row_lines, split_signature
from lkjip.model import PerjanjianKinerja
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

GLUED = "Sukamaju, 5 Januari 2030 KEPALA DINAS ANI WIJAYA, S.Sos NIP. 197001011990031001"


def test_a_glued_signature_cell_splits_into_the_lines_of_a_signature_block():
    assert split_signature(GLUED) == ["Sukamaju, 5 Januari 2030", "KEPALA DINAS", "ANI WIJAYA, S.Sos",
                                      "NIP. 197001011990031001"]
    with_pangkat = "Sukamaju, 5 Januari 2030 CAMAT SUKAMAJU BUDI SANTOSO Pembina Tk. I NIP. 197001011990031001"
    assert split_signature(with_pangkat) == ["Sukamaju, 5 Januari 2030", "CAMAT SUKAMAJU", "BUDI SANTOSO",
                                             "Pembina Tk. I", "NIP. 197001011990031001"]


def test_a_jabatan_that_cannot_be_told_from_the_name_stays_one_line():
    office = "Sukamaju, 5 Januari 2030 KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK ANI WIJAYA NIP. 19700101" \
             "1990031001"
    assert split_signature(office)[1] == "KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK ANI WIJAYA"
    assert looks_like_name("ANI WIJAYA, S.Sos, M.Si") and not looks_like_name("KOMUNIKASI, INFORMATIKA DAN STATISTIK")


@pytest.mark.parametrize(("cells", "lines"), [
    ([GLUED, "", ""], 4),
    (["xx 2", "", "Sukamaju,", "Januari 2030"], 1),  # an OCR'd signature area: the place and date only
    (["NIP. 197001011990031001", "", "NIP. 197001011990031002"], 0),  # two blocks side by side: not split
    (["1", "Program Satu", "1.000.000"], 0),
])
def test_signature_rows(cells, lines):
    assert len(signature_row_lines(cells)) == lines


def _doc(*blocks) -> Document:
    return Document(source_file="x.pdf", input_format="pdf", pages=1, blocks=list(blocks))


def test_a_signature_inside_a_table_is_read_with_its_date_but_is_no_running_text():
    table = Table(rows=[TableRow(cells=["2", "BELANJA", "1.000,00"], page=1),
                        TableRow(cells=[GLUED, "", ""], page=1)], page=1, n_cols=3)
    lines = document_lines(_doc(Paragraph(text="LAPORAN REALISASI ANGGARAN", page=1), table))
    assert [x.text for x in lines] == ["LAPORAN REALISASI ANGGARAN"]
    (sig,) = find_signatories(lines, [])
    assert (sig.name, sig.jabatan, sig.nip) == ("ANI WIJAYA, S.Sos", "KEPALA DINAS", "197001011990031001")
    assert (sig.date, sig.date_precision) == (dt.date(2030, 1, 5), "day")


PK_TEXT = ["PERJANJIAN KINERJA TAHUN 2030", "Nama ANI WIJAYA, S.Sos", "Jabatan Kepala Badan Perencanaan",
           "Selanjutnya disebut pihak pertama", "Nama BUDI SANTOSO", "Jabatan Bupati",
           "Selaku atasan pihak pertama, selanjutnya disebut pihak kedua", "Sukamaju,      Januari 2030"]


def test_pk_parties_named_without_colons_sign_on_the_month_when_the_day_is_blank():
    warnings: list = []
    sigs = find_signatories([Line(text=t, page=1) for t in PK_TEXT], warnings)
    assert [(s.role, s.name, s.jabatan) for s in sigs] == [
        ("pihak_pertama", "ANI WIJAYA, S.Sos", "Kepala Badan Perencanaan"), ("pihak_kedua", "BUDI SANTOSO", "Bupati")]
    assert {(s.context, s.date, s.date_precision) for s in sigs} == {("PK 2030", dt.date(2030, 1, 1), "month")}
    (w,) = warnings
    assert w.code == "date.day_missing" and w.raw == "Sukamaju, Januari 2030" and "2030-01" in w.message
    pk = PerjanjianKinerja(tahun=2030, label="PK 2030")
    attach_pk_parties([pk], sigs, [])
    assert len(pk.signatories) == 2 and pk.date is None  # a month is no day to date the PK itself


def test_a_word_starting_with_nama_is_no_party():
    lines = [Line(text=t) for t in ["PERJANJIAN KINERJA TAHUN 2030", "Nama kegiatan penunjang", "Jabatannya baru"]]
    assert find_signatories(lines, []) == []


def test_an_lra_signed_before_its_year_ended_is_flagged_from_its_table_signature():
    rows = [["NO. URUT", "URAIAN", "ANGGARAN 2030", "REALISASI 2030", "(%)"],
            ["2", "BELANJA", "1.000.000,00", "900.000,00", "90,00"],
            ["2 . 1", "BELANJA OPERASI", "1.000.000,00", "900.000,00", "90,00"],
            ["Sukamaju, 1 Januari 2030 KEPALA DINAS ANI WIJAYA, S.Sos NIP. 197001011990031001", "", "", "", ""]]
    table = Table(rows=[TableRow(cells=r, page=1) for r in rows], page=1, n_cols=5)
    report = extract_document(_doc(Paragraph(text="PEMERINTAH KABUPATEN SUKAMAJU", page=1),
                                   Paragraph(text="LAPORAN REALISASI ANGGARAN", page=1),
                                   Paragraph(text="UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2030", page=1),
                                   table))
    validate_report(report)
    assert report.document_type == "lra" and report.meta.signing_date == dt.date(2030, 1, 1)
    (f,) = [f for f in report.flags if f.rule == "doc.signing_date"]
    assert "1 Januari 2030" in f.message and "2030-01-01" in f.found


@pytest.mark.parametrize("between", [
    ["t"],  # the last letter of a header "Targe|t" a narrow column cut off
    ["KECAMATAN SUKAMAJU KABUPATEN CONTOH"],  # a lampiran's heading read out of place
    ["No. Sasaran Strategis Indikator Kinerja"],  # a table header row flattened into a line
    ["LKjIP Kecamatan Sukamaju Tahun 2030"],  # a scanned page's running header read into the block
])
def test_the_name_above_a_nip_skips_fragments_and_headings(between):
    texts = ["Sukamaju, 5 Januari 2030", "CAMAT SUKAMAJU", "BUDI SANTOSO, S.Sos", *between, "Pembina",
             "NIP. 197001011990031001"]
    lines = [Line(text=t, page=1, line_no=i + 1) for i, t in enumerate(texts)]
    (sig,) = find_signatories(lines, [])
    assert (sig.name, sig.jabatan, sig.pangkat) == ("BUDI SANTOSO, S.Sos", "CAMAT SUKAMAJU", "Pembina")


def test_a_nip_with_no_name_near_it_is_no_signature():
    texts = ["KECAMATAN SUKAMAJU KABUPATEN CONTOH", "t", "No. Uraian", "NIP. 197001011990031001"]
    assert find_signatories([Line(text=t, page=1, line_no=i + 1) for i, t in enumerate(texts)], []) == []

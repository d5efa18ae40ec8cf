"""Signature blocks as OCR reads them (issue #12, scanned PDFs): a pangkat whose "Tk. I" lost its "I" is still a
pangkat, never the signer's name (a name misread so makes one official look like two people sharing a NIP); a NIP
read through OCR whose digits make it impossible, or differ from the same person's NIP elsewhere in a digit or two,
is an uncertain warning, not an error."""

from __future__ import annotations

import pytest

from lkjip.extract.meta import Line, find_signatories
from lkjip.model import Provenance, Report, ReportMeta, Signatory
from lkjip.validate import validate_report


@pytest.mark.parametrize(("pangkat", "whole"), [
    ("Penata Tk. I", "Penata Tk. I"), ("Penata Tk.", "Penata Tk. I"), ("Penata Tk. l", "Penata Tk. I"),
    ("Pembina Tk. 1", "Pembina Tk. I"), ("Penata Muda Tk", "Penata Muda Tk. I"), ("Penata Tk. |", "Penata Tk. I"),
    ("Penata Tk. (III/d)", "Penata Tk. I (III/d)"), ("PENATA TK. I", "PENATA TK. I"), ("Penata Tk.I", "Penata Tk.I"),
    ("Pembina Utama Muda", "Pembina Utama Muda")])
def test_a_pangkat_whose_tk_i_ocr_cut_short_is_no_name_and_gets_its_i_back(pangkat, whole):
    """The "I" of "Tk. I" lost or misread is put back: a rank's "Tingkat" is only ever the first."""
    texts = ["CAMAT PASIR KEMUNING", "MOH. MULYADI RAHMAN, M.AP", pangkat, "NIP. 19800607 201008 1 001"]
    (sig,) = find_signatories([Line(text=t, page=6, line_no=i + 1) for i, t in enumerate(texts)], [])
    assert (sig.name, sig.pangkat) == ("MOH. MULYADI RAHMAN, M.AP", whole)


def _sig(context: str, nip: str, page: int) -> Signatory:
    return Signatory(context=context, name="R. DARMAWAN PERMANA, SE", jabatan="CAMAT SUKAMAJU", nip=nip,
                     source=Provenance(page=page, line_no=page * 10))


def _nip_flags(sigs: list[Signatory], ocr: list[int]) -> list:
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr", meta=ReportMeta(tahun=2023),
                 ocr_pages=ocr, signatories=sigs)
    return [f for f in validate_report(rep) if f.rule.startswith("doc.nip")]


SIGS = [_sig("Kata Pengantar", "197206032002111006", 1), _sig("PK 2024", "197206032002111006", 14),
        _sig("PK 2023", "197206032902111006", 13)]  # "200211" read "290211": a TMT in the future too


def test_one_nip_misread_in_a_digit_on_an_ocr_page_is_an_uncertain_warning():
    flags = _nip_flags(SIGS, ocr=list(range(1, 20)))
    assert sorted(f.rule for f in flags) == ["doc.nip_invalid", "doc.nip_mismatch"]
    assert all(f.severity == "warning" and f.uncertain and "pembacaan tidak pasti: NIP dibaca dari halaman hasil OCR"
               in f.message for f in flags)


def test_the_same_nips_in_a_text_report_are_errors():
    assert [f.severity for f in _nip_flags(SIGS, ocr=[])] == ["error", "error"]


def test_two_nips_differing_in_many_digits_stay_an_error_on_an_ocr_page():
    sigs = [*SIGS[:2], _sig("PK 2023", "197206032011022004", 13)]  # another TMT, gender and number: another NIP
    (flag,) = _nip_flags(sigs, ocr=list(range(1, 20)))
    assert (flag.rule, flag.severity) == ("doc.nip_mismatch", "error")


def _reference_flags(ocr: list[int], found_by: str) -> list:
    from lkjip.model import Reference, TableInfo

    refs = [Reference(kind="tabel", label="Tabel 2.1", context="daftar", raw="Tabel 2.1", title="Renstra",
                      source=Provenance(page=1, line_no=5)),
            Reference(kind="tabel", label="Tabel 2.2", context="text", raw="disajikan pada Tabel 2.2 berikut",
                      source=Provenance(page=4, line_no=50))]
    tables = [TableInfo(label="Tabel 2.1", kind="renstra", page=3, found_by="caption"),
              TableInfo(label="Tabel tanpa judul 2", kind="perjanjian_kinerja", page=4, found_by=found_by)]
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr", meta=ReportMeta(tahun=2023),
                 ocr_pages=ocr, references=refs, tables_found=tables)
    return [f for f in validate_report(rep) if f.rule == "doc.reference"]


def test_a_reference_to_a_table_not_found_beside_a_scanned_table_with_no_caption_read_is_uncertain():
    (flag,) = _reference_flags(ocr=[1, 3, 4], found_by="header")
    assert flag.severity == "warning" and flag.uncertain and "1 tabel hasil OCR tanpa judul terbaca" in flag.message
    assert [f.severity for f in _reference_flags(ocr=[], found_by="header")] == ["error"]
    assert [f.severity for f in _reference_flags(ocr=[1, 3, 4], found_by="caption")] == ["error"]

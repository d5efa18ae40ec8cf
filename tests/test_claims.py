"""Figures stated in running text (extract/claims.py): the allocation and its counts, the office's APBD."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.claims import find_claims
from lkjip.extract.document import Document, Paragraph


def _doc(*texts: str) -> Document:
    return Document(source_file="x.pdf", input_format="pdf", pages=len(texts), blocks=[Paragraph(text=t, page=i + 1) for i, t in enumerate(texts)])


def _claims(*texts: str) -> list[tuple[str, D]]:
    return [(c.kind, c.value) for c in find_claims(_doc(*texts))]


def test_allocation_with_its_counts():
    got = _claims("Untuk mencapai sasaran tersebut, alokasi anggaran untuk 5 program, 12 kegiatan dan 36 sub kegiatan "
                  "sebesar Rp. 2.597.682.290,-. Realisasinya 94,22 %.")
    assert got == [("total_alokasi", D("2597682290")), ("count_sub_kegiatan", D(36)), ("count_kegiatan", D(12)),
                   ("count_program", D(5))]


def test_the_offices_apbd_as_set_is_kept_with_its_sentence_and_page():
    # a pre-2017 LAKIP: the whole APBD of the office (indirect and direct spending), wrapped over lines
    text = ("AKUNTABILITAS KEUANGAN\nAPBD Dinas Kebersihan dan Pertamanan Kabupaten Cianjur Tahun\n2015 ditetapkan "
            "Rp. 21.910.242.107,- (Dua Puluh Satu Milyar Sembilan\nRatus Sepuluh Juta Rupiah), terdiri dari :")
    [claim] = find_claims(_doc("Kata pengantar.", text))
    assert (claim.kind, claim.value, claim.source.page) == ("total_apbd", D("21910242107"), 2)
    assert claim.raw.startswith("AKUNTABILITAS KEUANGAN APBD Dinas") and "ditetapkan Rp. 21.910.242.107,-" in claim.raw
    assert _claims("APBD Kabupaten Sampang Tahun 2022 ditetapkan sebesar Rp 2.100.000.000.000,00.") == [
        ("total_apbd", D("2100000000000"))]


def test_no_claim_without_the_verb_or_across_a_sentence():
    assert _claims("APBD tahun 2022 dibahas bersama DPRD. Anggaran ditetapkan Rp. 5.000.000,-") == []
    assert _claims("Pagu anggaran kegiatan ini belum ditetapkan.") == []

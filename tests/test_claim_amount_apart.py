"""A sentence stating the allocation cut between its currency sign and its amount (issue #12): printed ragged, the
line ending "… sebesar Rp." ends short, and the PDF reader takes it for a paragraph's last. The stitching stage
joins the two paragraphs (lkjip.extract.amount_apart), so the allocation stated is found and checked
(``text.total_alokasi``). A paragraph ending otherwise, or followed by no amount, stays as it is."""

from __future__ import annotations

from decimal import Decimal

from lkjip.extract.claims import find_claims
from lkjip.extract.document import Document, Paragraph
from lkjip.extract.stitch import stitch_document

HEAD = "Kecamatan Tanjung Lestari pada Tahun Anggaran 2024 mendapat alokasi dana sebesar Rp."
REST = "2.642.511.585,- yang dipergunakan untuk membiayai 14 kegiatan dan 29 sub kegiatan dari 6 program."


def _doc(*paragraphs: tuple[str, int]) -> Document:
    return Document(source_file="t", input_format="pdf",
                    blocks=[Paragraph(text=t, lines=[t], page=p) for t, p in paragraphs])


def test_an_allocation_cut_after_its_currency_sign_is_found():
    doc = stitch_document(_doc((HEAD, 12), (REST, 12)))
    assert len(doc.paragraphs()) == 1
    claims = {c.kind: c.value for c in find_claims(doc)}
    assert claims["total_alokasi"] == Decimal("2642511585") and claims["count_sub_kegiatan"] == 29


def test_an_allocation_cut_by_a_page_break_and_its_footer_is_found():
    doc = stitch_document(_doc((HEAD, 12), ("12", 12), (REST, 13)))
    assert [c.value for c in find_claims(doc) if c.kind == "total_alokasi"] == [Decimal("2642511585")]
    assert [p.text for p in doc.paragraphs()][1] == "12"


def test_a_paragraph_not_ending_with_a_currency_sign_stays_apart():
    doc = stitch_document(_doc(("Realisasi belanja per program adalah sebagai berikut:", 12), (REST, 12)))
    assert len(doc.paragraphs()) == 2


def test_a_currency_sign_followed_by_no_amount_stays_apart():
    doc = stitch_document(_doc((HEAD, 12), ("Realisasi belanja per program adalah sebagai berikut:", 12)))
    assert len(doc.paragraphs()) == 2

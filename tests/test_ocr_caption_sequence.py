"""Scanned captions whose number OCR lost or misread are numbered again by the captions read well around them
(:mod:`lkjip.extract.ocr_captions`)."""

from __future__ import annotations

from dataclasses import dataclass

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.ocr_captions import (
    lift_caption_rows,
    mend_roman_chapters,
    number_by_sequence,
    parse,
    roman_value,
)

HEADER = ["No", "Uraian", "Anggaran", "Realisasi", "%"]
ROWS = [["1", "Program Pelayanan Administrasi", "1.000.000,00", "950.000,00", "95,00"],
        ["2", "Program Ketertiban Umum", "300.000,00", "300.000,00", "100,00"]]


@dataclass
class _Found:
    label: str
    found_by: str


def _chain(label: str = "", found_by: str = "caption+header") -> list[_Found]:
    return [_Found(label, found_by if label else "header")]


def _budget(page: int) -> Table:
    rows = [TableRow(cells=HEADER, page=page, is_header=True)] + [TableRow(cells=r, page=page) for r in ROWS]
    return Table(rows=rows, page=page, strategy="ocr")


def _doc(captions: list[str], ocr: bool) -> Document:
    blocks: list[Paragraph | Table] = []
    for page, cap in enumerate(captions, start=1):
        blocks += [Paragraph(text=cap, lines=[cap], page=page), _budget(page)]
    return Document(source_file="x.pdf", input_format="pdf_ocr" if ocr else "pdf", pages=len(captions),
                    blocks=blocks, ocr_pages=list(range(1, len(captions) + 1)) if ocr else [])


def test_numbers_parse_in_three_schemes():
    assert parse("Tabel III.7").key == (3, 7)
    assert parse("Tabel 3.7").scheme == "arabic" and parse("Tabel 7").scheme == "flat"
    assert parse("Tabel 3.7.1") is None and parse("Tabel I") is None
    assert roman_value("IV") == 4 and roman_value("IIII") is None and roman_value("I!1") is None


def test_misread_chapters_take_the_place_that_fits():
    # "Tabel 1.2" among roman chapters, "Tabel I.2" (for II.2) out of order, a lost caption before III.2
    chains = [_chain("Tabel I.1"), _chain("Tabel 1.2"), _chain("Tabel II.1"), _chain("Tabel I.2"),
              _chain("Tabel II.3"), _chain(), _chain("Tabel III.2")]
    number_by_sequence(chains)
    assert [c[0].label for c in chains] == ["Tabel I.1", "Tabel I.2", "Tabel II.1", "Tabel II.2", "Tabel II.3",
                                             "Tabel III.1", "Tabel III.2"]
    assert chains[5][0].found_by == "context"  # a name found, not a caption read


def test_a_cut_caption_number_takes_the_next_place():
    # "Tabel I!1.7" read as "Tabel I" (the caption word and a chapter only), the last caption of the document
    chains = [_chain("Tabel III.5"), _chain(), _chain("Tabel I")]
    number_by_sequence(chains)
    assert [c[0].label for c in chains] == ["Tabel III.5", "", "Tabel I"]  # two tables, count unknown: no guess
    chains = [_chain("Tabel III.4"), _chain("Tabel III.5"), _chain("Tabel I")]
    number_by_sequence(chains)
    assert chains[2][0].label == "Tabel III.6"


def test_no_free_number_no_name():
    # nothing is missing between 3.5 and 3.6: an uncaptioned table there stays uncaptioned
    chains = [_chain("Tabel 3.5"), _chain(), _chain("Tabel 3.6")]
    number_by_sequence(chains)
    assert chains[1][0].label == ""
    # two tables, one free number: no guess either
    chains = [_chain("Tabel 3.5"), _chain(), _chain(), _chain("Tabel 3.7")]
    number_by_sequence(chains)
    assert [c[0].label for c in chains[1:3]] == ["", ""]
    # a chapter's end is unknown: an uncaptioned table before "Tabel 4.1" is not "Tabel 3.6"
    chains = [_chain("Tabel 3.5"), _chain(), _chain("Tabel 4.1")]
    number_by_sequence(chains)
    assert chains[1][0].label == ""
    # "Tabel 3.7.1" is a number of its own, never renumbered
    chains = [_chain("Tabel 3.6"), _chain("Tabel 3.7"), _chain("Tabel 3.7.1")]
    number_by_sequence(chains)
    assert chains[2][0].label == "Tabel 3.7.1"


def test_flat_numbering_gap():
    chains = [_chain("Tabel 6"), _chain(), _chain("Tabel 8")]
    number_by_sequence(chains)
    assert chains[1][0].label == "Tabel 7"


def test_stroked_roman_chapters_mended():
    paras = [Paragraph(text=t, lines=[t]) for t in ("Tabel II.1 Renstra", "Tabel III.5 Efisiensi",
                                                    "Tabel !II.6 Realisasi Anggaran", "Tabel I!1.7 Penyerapan",
                                                    "Tabel 1.2 Cascading")]
    mend_roman_chapters(paras)
    assert [p.text.split()[1] for p in paras] == ["II.1", "III.5", "III.6", "III.7", "I.2"]
    assert paras[2].lines == ["Tabel III.6 Realisasi Anggaran"]


def test_arabic_chapters_left_alone():
    paras = [Paragraph(text=t, lines=[t]) for t in ("Tabel 1.1 Masalah", "Tabel 2.1 Renstra", "Tabel l.2 Cascading")]
    mend_roman_chapters(paras)
    assert paras[2].text == "Tabel l.2 Cascading"


def test_numberless_caption_row_lifted_out_of_its_table():
    table = _budget(3)
    table.rows.insert(0, TableRow(cells=["Tabel Capaian", "Kinerja Sasaran Tahun 2021", "", "", ""], page=3))
    blocks = lift_caption_rows([table], [3])
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "Tabel Capaian Kinerja Sasaran Tahun 2021"
    assert blocks[1].rows[0].cells == HEADER
    # not on a scanned page, or a row holding amounts: kept
    other = _budget(3)
    other.rows.insert(0, TableRow(cells=["Tabel Capaian", "Kinerja", "", "", ""], page=3))
    assert len(lift_caption_rows([other], [])) == 1
    amounts = _budget(3)
    amounts.rows.insert(0, TableRow(cells=["Tabel Biaya", "1.000.000", "", "", ""], page=3))
    assert len(lift_caption_rows([amounts], [3])) == 1


def test_find_tables_names_a_scanned_misread_caption():
    captions = ["Tabel II.1 Program dan Anggaran", "Tabel I.2 Program dan Anggaran", "Tabel II.3 Program dan Anggaran"]
    labels = [ft.label for ft in find_tables(_doc(captions, ocr=True))]
    assert labels == ["Tabel II.1", "Tabel II.2", "Tabel II.3"]
    # a text PDF's captions are read as printed
    labels = [ft.label for ft in find_tables(_doc(captions, ocr=False))]
    assert labels == ["Tabel II.1", "Tabel I.2", "Tabel II.3"]


def test_a_chapter_misread_as_a_later_one_read_twice():
    # "Tabel II.1" read "Tabel III.1" before the real "Tabel III.1": the number read twice keeps only the caption
    # in order; the misread one takes the free place of its chapter, and the captions between stay as read
    chains = [_chain("Tabel I.1"), _chain("Tabel I.2"), _chain("Tabel III.1"), _chain("Tabel II.2"),
              _chain("Tabel III.1"), _chain("Tabel III.2"), _chain("Tabel III.3")]
    number_by_sequence(chains)
    assert [c[0].label for c in chains] == ["Tabel I.1", "Tabel I.2", "Tabel II.1", "Tabel II.2", "Tabel III.1",
                                             "Tabel III.2", "Tabel III.3"]


def test_a_caption_repeated_under_its_table_kept_as_read():
    # a continued table captioned again right after itself, at a chapter's end: not renumbered to the next place
    chains = [_chain("Tabel III.5"), _chain("Tabel III.6"), _chain("Tabel III.6"), _chain("Tabel IV.1")]
    number_by_sequence(chains)
    assert [c[0].label for c in chains] == ["Tabel III.5", "Tabel III.6", "Tabel III.6", "Tabel IV.1"]

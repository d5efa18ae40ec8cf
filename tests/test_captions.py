"""Captions (extract/captions.py): the caption grammar, captions printed above or below their tables, and
letters / Roman row numbering read as numbering by the budget hierarchy.

The generated documents come from the style space's own rewrite (``synth.restyle.apply``): the same report
with its captions kept, moved below, printed with Roman chapter numbers or dropped, rendered as DOCX (no
LibreOffice needed) and read back by lkjip.
"""

from __future__ import annotations

import pytest
from test_read_pdf import _line as _cells_line

from lkjip import extract_report
from lkjip.extract.captions import caption_label, caption_side, list_entries, side_votes
from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.hierarchy import _ordinals, assign_levels
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.paragraphs import paragraphs_from_lines
from lkjip.model import BudgetLine
from lkjip.synth import draw as dr
from lkjip.synth import render, restyle

# --- the grammar ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "label"), [
    ("Tabel 3.7 Rincian Anggaran", "Tabel 3.7"),
    ("Tabel III.7 Rincian Anggaran", "Tabel III.7"),
    ("TABEL IV.2 REALISASI", "Tabel IV.2"),
    ("Tabel 3.7.1 Rincian", "Tabel 3.7.1"),
    ("Tabel 3-7 Rincian", "Tabel 3-7"),
    ("Tabel 7 Realisasi Anggaran", "Tabel 7"),
    ("Tabel 3 . 7 Rincian", "Tabel 3.7"),
    ("Tabel 3.7. Rincian", "Tabel 3.7"),
    ("Tabel ini menunjukkan realisasi", None),  # lower-case letters are words, never a Roman number
    ("tabel di bawah ini", None),
    ("Tabel Indikator Kinerja", None),
    ("Lampiran 3 Rincian", None),
])
def test_caption_grammar(text, label):
    assert caption_label(text) == label


# --- the side ---------------------------------------------------------------------------------------------------

HEAD = ["No", "Uraian", "Anggaran", "Realisasi"]


def _t(name: str) -> Table:
    return Table(rows=[TableRow(cells=HEAD, is_header=True), TableRow(cells=["1", name, "1.000", "900"])])


def _p(text: str) -> Paragraph:
    return Paragraph(text=text)


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="docx", blocks=list(blocks))


def _labels(doc: Document) -> list[str]:
    return [ft.label for ft in find_tables(doc)]


def test_captions_above_their_tables():
    doc = _doc(_p("Uraian pembuka."), _p("Tabel 3.1 Program"), _t("A"), _p("Penjelasan tabel."),
               _p("Tabel 3.2 Kegiatan"), _t("B"), _p("Penutup."))
    assert side_votes(doc) == (2, 0) and caption_side(doc) == "above"
    assert _labels(doc) == ["Tabel 3.1", "Tabel 3.2"]


def test_captions_below_their_tables_name_the_table_above():
    doc = _doc(_p("Uraian pembuka."), _t("A"), _p("Tabel 3.1 Program"), _p("Penjelasan tabel."),
               _t("B"), _p(""), _p("Tabel 3.2 Kegiatan"), _p("Penutup."))
    assert side_votes(doc) == (0, 2) and caption_side(doc) == "below"
    assert _labels(doc) == ["Tabel 3.1", "Tabel 3.2"]


def test_a_caption_between_two_tables_does_not_vote():
    """Consecutive tables: the caption between them is as close to both; the other captions decide."""
    above = _doc(_p("Teks."), _p("Tabel 3.1 Program"), _t("A"), _p("Tabel 3.2 Kegiatan"), _t("B"))
    assert side_votes(above) == (1, 0) and _labels(above) == ["Tabel 3.1", "Tabel 3.2"]
    below = _doc(_t("A"), _p("Tabel 3.1 Program"), _t("B"), _p("Tabel 3.2 Kegiatan"), _p("Teks."))
    assert side_votes(below) == (0, 1) and _labels(below) == ["Tabel 3.1", "Tabel 3.2"]


def test_running_text_opening_with_a_caption_number_is_no_caption():
    """A long sentence under a table ("Tabel 3.1 di atas menunjukkan …") does not turn the document around."""
    sentence = "Tabel 3.1 di atas menunjukkan bahwa " + "realisasi anggaran tahun ini lebih tinggi " * 8 + "."
    doc = _doc(_p("Tabel 3.1 Program"), _t("A"), _p(sentence), _p("Lanjutan uraian."))
    assert caption_side(doc) == "above" and _labels(doc) == ["Tabel 3.1"]


# --- generated documents read back ------------------------------------------------------------------------------


def _read_back(tmp_path, **values):
    d = dr.Draw(seed=8000, content="generated", **values)
    c = restyle.content(d, None)
    doc, truth = restyle.apply(d, c.document, c.truth)
    path = render.render_docx(doc, tmp_path / f"{d.name}.docx", dr.render_style(d, c.title))
    return truth, extract_report(path)


def _by_label(records) -> dict[str, list]:
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(r.source_table, []).append((r.nomor, r.uraian, r.level, r.anggaran, r.realisasi))
    return out


@pytest.mark.parametrize("caption", ["above", "below", "roman", "missing"])
def test_each_caption_style_names_the_tables_as_printed(tmp_path, caption):
    truth, report = _read_back(tmp_path, caption=caption)
    assert _by_label(report.budget_lines) == _by_label(truth.budget_lines)
    assert {p.source_table for p in report.performance} == {p.source_table for p in truth.performance}
    if caption == "roman":
        assert any(label.startswith("Tabel III.") for label in _by_label(report.budget_lines))
    assert not [f.rule for f in report.flags if f.severity == "error"]


@pytest.mark.parametrize("numbering", ["a.", "I."])
def test_letters_and_roman_numbering_at_every_level_keep_the_counts(tmp_path, numbering):
    """Sub kegiatan with no budget under a kegiatan with no budget: the numbering restarting ("a.", "b." under
    each kegiatan) says where they belong, as "1.", "2." does; the text's counts then match (no text.count)."""
    truth, report = _read_back(tmp_path, numbering=numbering)
    assert _by_label(report.budget_lines) == _by_label(truth.budget_lines)
    assert not [f.rule for f in report.flags if f.severity == "error"]


def _line(i: int, nomor: str, uraian: str, anggaran: int) -> BudgetLine:
    return BudgetLine(source_table="T", line_no=i, nomor=nomor, uraian=uraian, anggaran=anggaran,
                      realisasi=anggaran)


@pytest.mark.parametrize("keys", [("a.", "b.", "c."), ("I.", "II.", "III."), ("1.", "2.", "3.")])
def test_restarting_numbering_places_unbudgeted_lines(keys):
    """A kegiatan with no budget over sub kegiatan with no budget: every sum is 0 = 0, and only the numbering
    (kegiatan go on, sub kegiatan restart under each kegiatan) tells the levels, in letters or Roman numerals
    as in digits."""
    one, two, three = keys
    rows = [("1.", "Program Penunjang", 100), (one, "Kegiatan A", 100), (one, "Sub A1", 60), (two, "Sub A2", 40),
            (two, "Kegiatan B", 0), (one, "Sub B1", 0), (two, "Sub B2", 0), (three, "Sub B3", 0)]
    lines = [_line(i, *r) for i, r in enumerate(rows, 1)]
    levels = [b.level for b in assign_levels(lines)]
    assert levels == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan",
                      "sub_kegiatan", "sub_kegiatan"]


def test_ordinals_of_letters_and_roman_numbers():
    assert _ordinals(["a.", "b.", "c."]) == [1, 2, 3]
    assert _ordinals(["I.", "II.", "III.", "IV.", "V."]) == [1, 2, 3, 4, 5]
    assert _ordinals(["h.", "i.", "j."]) == [8, 9, 10]  # "i" after "h" is the letter
    assert _ordinals(["i)", "ii)", "iii)"]) == [1, 2, 3]
    assert _ordinals(["1", "2", "-", "Jumlah"]) == [1, 2, None, None]


def _text_line(y: float, x: float, text: str) -> TextLine:
    return _cells_line(y, (x, text))


def test_a_caption_under_a_table_does_not_run_on_into_the_text_below_it():
    """PDF lines: a short caption line, then running text filling the page width: two paragraphs. A caption's
    own second line (short, "Kabupaten Y Tahun 2022") still runs on."""
    body = "Penyerapan anggaran yang tidak mencapai seratus persen disebabkan oleh efisiensi belanja"
    lines = [_text_line(100, 57, "Tabel 3.7 Penyerapan Anggaran per Kegiatan"),
             _text_line(114, 57, body), _text_line(128, 57, body), _text_line(142, 57, "pada akhir tahun.")]
    margins = (57.0, lines[1].x1)
    paras = paragraphs_from_lines(lines, 3, margins=margins)
    assert [p.text for p in paras][0] == "Tabel 3.7 Penyerapan Anggaran per Kegiatan"
    assert caption_label(paras[0].text) == "Tabel 3.7" and len(paras) == 2
    two = [_text_line(100, 120, "Tabel 3.6 Realisasi Anggaran Kecamatan"), _text_line(114, 140, "Kabupaten Y Tahun 2022")]
    assert [p.text for p in paragraphs_from_lines(two, 3, margins=margins)] == \
        ["Tabel 3.6 Realisasi Anggaran Kecamatan Kabupaten Y Tahun 2022"]


@pytest.mark.parametrize(("text", "entries"), [
    ("Lampiran 3 Pelaksanaan Program dan Kegiatan", [("lampiran", "3", "Pelaksanaan Program dan Kegiatan")]),
    ("Tabel 2.1. Tujuan dan Sasaran", [("tabel", "2.1", "Tujuan dan Sasaran")]),
    # a reader merged the list's heading and two entries into one cell
    ("DAFTAR LAMPIRAN Lampiran 1 Perjanjian Kinerja Tahun 2024 (PK 2024) Lampiran-2 Rincian Anggaran",
     [("lampiran", "1", "Perjanjian Kinerja Tahun 2024 (PK 2024)"), ("lampiran", "2", "Rincian Anggaran")]),
    # a sentence that points at a lampiran is not an entry of a list
    ("Rincian anggaran per kegiatan ada di Lampiran-2", []),
    ("Daftar isi", []),
])
def test_list_entries(text, entries):
    assert list_entries(text) == entries

"""DOCX reader: body order, merged cells, header rows, bold, line breaks, wrappers."""

from __future__ import annotations

import copy

import pytest
from docx import Document as NewDocx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lkjip.errors import InputError
from lkjip.extract.document import Paragraph, Table
from lkjip.extract.read_docx import read_docx


def _save(doc, tmp_path, name="laporan.docx"):
    path = tmp_path / name
    doc.save(path)
    return path


def _budget_doc():
    doc = NewDocx()
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", 1)
    doc.add_paragraph("Tabel 3.7 Penyerapan Anggaran per Sasaran Kecamatan Sukamaju")
    t = doc.add_table(rows=4, cols=5)
    t.cell(0, 0).merge(t.cell(1, 0))  # NO spans two header rows
    t.cell(0, 1).merge(t.cell(1, 1))  # URAIAN spans two header rows
    t.cell(0, 2).merge(t.cell(0, 4))  # ANGGARAN spans three columns
    t.cell(0, 0).text = "NO"
    t.cell(0, 1).text = "URAIAN"
    t.cell(0, 2).text = "ANGGARAN"
    for k, h in enumerate(("ANGGARAN", "REALISASI", "%")):
        t.cell(1, 2 + k).text = h
    for k, v in enumerate(("1", "Program Pelayanan Publik", "310.000.000", "297.600.000", "96,00")):
        t.cell(2, k).text = v
    t.cell(3, 0).merge(t.cell(3, 1))
    t.cell(3, 0).text = "JUMLAH"
    for k, v in enumerate(("310.000.000", "297.600.000", "96,00")):
        t.cell(3, 2 + k).text = v
    doc.add_paragraph("Sumber: Subbagian Keuangan.")
    return doc


def test_body_order_caption_before_table(tmp_path):
    doc = read_docx(_save(_budget_doc(), tmp_path))
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table", "Paragraph"]
    assert doc.blocks[1].text.startswith("Tabel 3.7")
    assert doc.blocks[3].text == "Sumber: Subbagian Keuangan."
    assert doc.input_format == "docx"
    assert all(b.page is None for b in doc.blocks)


def test_horizontal_merge_keeps_columns_aligned(tmp_path):
    table = read_docx(_save(_budget_doc(), tmp_path)).tables()[0]
    assert table.strategy == "docx"
    assert [r.cells for r in table.rows] == [
        ["NO", "URAIAN", "ANGGARAN", "", ""],
        ["", "", "ANGGARAN", "REALISASI", "%"],
        ["1", "Program Pelayanan Publik", "310.000.000", "297.600.000", "96,00"],
        ["JUMLAH", "", "310.000.000", "297.600.000", "96,00"],
    ]
    assert {len(r.cells) for r in table.rows} == {5}


def test_vertical_merge_continuation_is_empty(tmp_path):
    doc = NewDocx()
    t = doc.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(2, 0))
    t.cell(0, 0).text = "Meningkatnya tata kelola pemerintahan desa"
    for r, (ind, target) in enumerate([("Indikator A", "90 %"), ("Indikator B", "WTP"), ("Indikator C", "A")]):
        t.cell(r, 1).text = ind
        t.cell(r, 2).text = target
    rows = [r.cells for r in read_docx(_save(doc, tmp_path)).tables()[0].rows]
    assert rows[0][0] == "Meningkatnya tata kelola pemerintahan desa"
    assert rows[1][0] == "" and rows[2][0] == ""
    assert [r[2] for r in rows] == ["90 %", "WTP", "A"]


def test_grid_before_and_after(tmp_path):
    doc = NewDocx()
    t = doc.add_table(rows=2, cols=3)
    for k, v in enumerate(("No", "Program", "Anggaran")):
        t.cell(0, k).text = v
    row = t.rows[1]._tr
    # a short row: starts one grid column late, ends one early
    for tc in row.tc_lst[1:]:
        row.remove(tc)
    row.tc_lst[0].xpath("./w:p")[0].append(_run("Program Sisa"))
    tr_pr = row.get_or_add_trPr()
    for tag in ("w:gridBefore", "w:gridAfter"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "1")
        tr_pr.append(el)
    rows = [r.cells for r in read_docx(_save(doc, tmp_path)).tables()[0].rows]
    assert rows[1] == ["", "Program Sisa", ""]


def _run(text: str, bold: bool = False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    return r


def test_repeated_header_row_is_marked(tmp_path):
    doc = NewDocx()
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Program", "Anggaran"
    t.cell(1, 0).text, t.cell(1, 1).text = "Program A", "1.000"
    el = OxmlElement("w:tblHeader")
    t.rows[0]._tr.get_or_add_trPr().append(el)
    rows = read_docx(_save(doc, tmp_path)).tables()[0].rows
    assert [r.is_header for r in rows] == [True, False]


def test_bold_runs_and_styles(tmp_path):
    doc = NewDocx()
    p = doc.add_paragraph()
    p.add_run("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023").bold = True
    mixed = doc.add_paragraph()
    mixed.add_run("Sasaran: ").bold = True
    mixed.add_run("meningkatnya pelayanan")
    doc.add_heading("BAB II PERENCANAAN KINERJA", 1)  # bold through the Heading 1 style
    off = doc.add_paragraph(style="Heading 1")
    off.add_run("Bukan tebal").bold = False  # direct formatting beats the style
    paras = read_docx(_save(doc, tmp_path)).paragraphs()
    assert [(p.text, p.bold) for p in paras] == [
        ("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", True),
        ("Sasaran: meningkatnya pelayanan", False),
        ("BAB II PERENCANAAN KINERJA", True),
        ("Bukan tebal", False),
    ]


def test_soft_line_breaks_split_paragraphs(tmp_path):
    doc = NewDocx()
    p = doc.add_paragraph()
    run = p.add_run("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023")
    run.bold = True
    run.add_break()
    run2 = p.add_run("KECAMATAN SUKAMAJU")
    run2.bold = True
    doc.add_paragraph("")  # empty paragraphs are dropped
    paras = read_docx(_save(doc, tmp_path)).paragraphs()
    assert [(p.text, p.bold) for p in paras] == [
        ("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", True),
        ("KECAMATAN SUKAMAJU", True),
    ]


def test_multi_paragraph_cell_and_nested_table(tmp_path):
    doc = NewDocx()
    t = doc.add_table(rows=1, cols=2)
    cell = t.cell(0, 0)
    cell.text = "Rp."
    cell.add_paragraph("2.503.940.069")
    inner = t.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "APBD"
    inner.cell(0, 1).text = "DAU"
    rows = read_docx(_save(doc, tmp_path)).tables()[0].rows
    assert rows[0].cells == ["Rp. 2.503.940.069", "APBD DAU"]


def test_content_control_wrapper_keeps_order(tmp_path):
    doc = NewDocx()
    doc.add_paragraph("Sebelum")
    doc.add_paragraph("Di dalam kontrol")
    doc.add_paragraph("Sesudah")
    body = doc.element.body
    inner = body[1]
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    body.insert(1, sdt)
    content.append(inner)
    texts = [p.text for p in read_docx(_save(doc, tmp_path)).paragraphs()]
    assert texts == ["Sebelum", "Di dalam kontrol", "Sesudah"]


def test_tracked_changes(tmp_path):
    doc = NewDocx()
    p = doc.add_paragraph()
    p.add_run("Target ")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "x")
    ins.append(_run("95 %"))
    p._p.append(ins)
    dele = OxmlElement("w:del")
    dele.set(qn("w:id"), "2")
    dele.set(qn("w:author"), "x")
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = "90 %"
    r.append(dt)
    dele.append(r)
    p._p.append(dele)
    assert read_docx(_save(doc, tmp_path)).paragraphs()[0].text == "Target 95 %"


def test_docx_blocks_are_typed(tmp_path):
    doc = read_docx(_save(_budget_doc(), tmp_path))
    assert all(isinstance(b, Paragraph | Table) for b in doc.blocks)
    copy.deepcopy(doc)  # plain data, no live XML references


def test_corrupt_docx(tmp_path):
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError):
        read_docx(path)

"""Rendering Documents to DOCX / PDF / scanned PDF, and the committed generated test documents."""

from __future__ import annotations

import docx
import pdfplumber
import pytest
from conftest import DATA, REGEN_GOLDEN, require_tool
from docx.oxml.ns import qn

from lkjip.errors import DependencyMissingError, ResourceLimitError
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.synth import render
from lkjip.synth.generate import generate_report, non_report_document, pk_document, truth_json
from lkjip.synth.samples import SAMPLES, TEST_DATA, spec_report
from lkjip.synth.truth import Truth

GENERATED = DATA / "generated"


@pytest.fixture(scope="module")
def report():
    return generate_report(31, instansi="Kecamatan Sukamaju", kabupaten="Kabupaten Lembah Hijau", tahun=2023)


def _plain(name: str, **kw) -> render.RenderStyle:
    return render.STYLES[name].model_copy(update={"merge_header_cells": False, **kw})


def _cells(row) -> list[str]:
    return [c.text for c in row.cells]


# --- pure helpers ----------------------------------------------------------------------------------------------


def _table(*rows: list[str], header: int = 0) -> Table:
    return Table(rows=[TableRow(cells=r, is_header=i < header) for i, r in enumerate(rows)])


def test_header_count_flagged_and_guessed():
    flagged = _table(["A", "B"], ["x", "y"], ["1", "2"], header=2)
    assert render.header_count(flagged) == 2
    two_rows = _table(["NO", "URAIAN", "ANGGARAN"], ["", "", "ANGGARAN", "REALISASI", "%"],
                      ["A.", "PROGRAM X", "1.000,00", "900,00", "90,00"])
    assert render.header_count(two_rows) == 2
    numbered = _table(["No", "Masalah"], ["(1)", "(2)"], ["1.", "Sesuatu"])
    assert render.header_count(numbered) == 2
    simple = _table(["Program", "Anggaran"], ["Program X", "1.000"])
    assert render.header_count(simple) == 1


def test_budget_triple_prefers_the_grouped_window():
    rows = [["Sasaran", "Indikator", "Kinerja", "", "", "Biaya", "", ""],
            ["", "", "Target", "Realisasi", "%", "Anggaran (Rp)", "Realisasi (Rp)", "%"]]
    assert render.budget_triple(rows, 2) == 5
    assert render.budget_triple([["Program", "Pagu", "Realisasi", "%"]], 1) == 1
    assert render.budget_triple([["No", "Sasaran", "Target"]], 1) is None


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 0, 1), (2, 1, 0)])
def test_reorder_budget_columns(order):
    rows = [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "REALISASI", "ANGGARAN", "%"],
            ["1.", "Sub", "90", "100", "90,00"]]
    out = render.reorder_budget_columns(rows, 2, order)
    assert out[0] == rows[0]  # the group label stays
    by_kind = {"anggaran": "100", "realisasi": "90", "persen": "90,00"}
    names = ("anggaran", "realisasi", "persen")
    assert out[2][2:] == [by_kind[names[i]] for i in order]
    assert out[1][2:] == [{"anggaran": "ANGGARAN", "realisasi": "REALISASI", "persen": "%"}[names[i]] for i in order]
    with pytest.raises(render.RenderError):
        render.reorder_budget_columns(rows, 2, (0, 0, 1))


def test_header_merges():
    rows = [["No", "Sasaran", "", "Satuan", "Tahun 2023", ""], ["", "Uraian", "Indikator", "", "Target", "Realisasi"],
            ["1", "a", "b", "%", "1", "2"]]
    merges = set(render.header_merges(rows, 2))
    assert {(0, 1, 0, 2), (0, 4, 0, 5), (0, 0, 1, 0), (0, 3, 1, 3)} == merges
    numbered = [["No", "Uraian"], ["(1)", "(2)"]]
    assert render.header_merges(numbered, 2) == []


def test_column_widths_fit_the_page():
    rows = [["NO", "URAIAN", "ANGGARAN"], ["1.", "Penyediaan Jasa Surat Menyurat untuk kantor kecamatan", "1.234.567,00"]]
    usable = render.Cm(17)
    w = render.column_widths(rows, 1, 3, usable, 10)
    assert abs(sum(w) - usable) < 10 and w[1] > w[2] > w[0]


# --- DOCX -------------------------------------------------------------------------------------------------------


def test_docx_tables_rows_and_cells(report, tmp_path):
    style = _plain("bordered_serif")
    out = render.render_docx(report.document, tmp_path / "r.docx", style)
    d = docx.Document(str(out))
    tables = report.document.tables()
    assert len(d.tables) == len(tables)
    for src, got in zip(tables, d.tables, strict=True):
        assert len(got.rows) == len(src.rows)
        for srow, grow in zip(src.rows, got.rows, strict=True):
            cells = srow.cells + [""] * (src.n_cols - len(srow.cells))
            assert _cells(grow) == cells
    assert d.tables[0].style.name == "Table Grid"
    texts = [p.text for p in d.paragraphs]
    for block in report.document.paragraphs():
        assert block.text in texts
    bold = [p for p in d.paragraphs if p.text == "LAPORAN KINERJA"]
    assert bold and all(r.bold for r in bold[0].runs)
    assert d.styles["Normal"].font.name == "Liberation Serif"


def test_docx_merged_headers_keep_text(report, tmp_path):
    out = render.render_docx(report.document, tmp_path / "m.docx", "bordered_serif")
    d = docx.Document(str(out))
    rinci = next(t for t in d.tables if _cells(t.rows[0])[:2] == ["NO", "URAIAN"])
    xml = rinci._tbl.xml
    assert "w:gridSpan" in xml and "w:vMerge" in xml
    assert _cells(rinci.rows[0])[2:5] == ["ANGGARAN"] * 3  # one merged cell seen from three grid columns
    assert _cells(rinci.rows[1])[2:5] == ["ANGGARAN", "REALISASI", "%"]
    # body rows are untouched by merging
    src = next(t for t in report.document.tables() if t.rows[0].cells[:2] == ["NO", "URAIAN"])
    assert _cells(rinci.rows[2]) == src.rows[2].cells


def test_docx_borders(report, tmp_path):
    def borders(style_name):
        out = render.render_docx(report.document, tmp_path / f"{style_name}.docx", style_name)
        tbl = docx.Document(str(out)).tables[3]._tbl
        el = tbl.tblPr.find(qn("w:tblBorders"))
        return None if el is None else {c.tag.split("}")[1]: c.get(qn("w:val")) for c in el}

    assert borders("bordered_serif") is None  # the "Table Grid" style draws them
    assert set(borders("borderless_sans").values()) == {"nil"}
    rules = borders("repeated_header_reordered")
    assert rules["insideH"] == rules["top"] == rules["bottom"] == "single"
    assert rules["insideV"] == rules["left"] == "nil"


def test_docx_landscape(report, tmp_path):
    d = docx.Document(str(render.render_docx(report.document, tmp_path / "l.docx", "landscape_small")))
    assert all(s.page_width > s.page_height for s in d.sections)
    d = docx.Document(str(render.render_docx(report.document, tmp_path / "w.docx", "repeated_header_reordered")))
    orientations = [s.page_width > s.page_height for s in d.sections]
    assert orientations[0] is False and True in orientations and len(d.sections) >= 3
    d = docx.Document(str(render.render_docx(report.document, tmp_path / "p.docx", "bordered_serif")))
    assert len(d.sections) == 1 and d.sections[0].page_height > d.sections[0].page_width


def test_docx_repeat_header_and_page_breaks(report, tmp_path):
    style = render.STYLES["repeated_header_reordered"]
    d = docx.Document(str(render.render_docx(report.document, tmp_path / "h.docx", style)))
    for src, got in zip(report.document.tables(), d.tables, strict=True):
        n_head = sum(r.is_header for r in src.rows) or render.header_count(src)
        marked = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None for r in got.rows]
        assert marked == [i < n_head for i in range(len(got.rows))]
        breaks = got._tbl.xml.count("<w:pageBreakBefore")
        body = len(src.rows) - n_head
        assert breaks == (1 if body >= style.page_break_min_rows else 0)


def test_docx_column_order(report, tmp_path):
    style = _plain("repeated_header_reordered")
    d = docx.Document(str(render.render_docx(report.document, tmp_path / "o.docx", style)))
    t36 = next(t for t in d.tables if _cells(t.rows[0])[0] == "Program" and len(t.columns) == 4)
    assert _cells(t36.rows[0]) == ["Program", "Realisasi", "Anggaran", "%"]
    total = next(b for b in report.truth.budget_table("Tabel 3.6") if b.level == "total")
    last = _cells(t36.rows[-1])
    assert last[0] == "Total" and last[1].startswith(f"{int(total.realisasi):,}".replace(",", "."))
    rows = render.table_rows_as_rendered(report.document.tables()[[
        i for i, t in enumerate(report.document.tables()) if t.rows[0].cells[:2] == ["NO", "URAIAN"]][0]], style)
    rinci = next(t for t in d.tables if _cells(t.rows[0])[:2] == ["NO", "URAIAN"])
    assert [_cells(r) for r in rinci.rows] == [r.cells for r in rows]


def test_unknown_style(report, tmp_path):
    with pytest.raises(render.RenderError, match="unknown render style"):
        render.render_docx(report.document, tmp_path / "x.docx", "comic_sans")


def test_multiline_paragraph_keeps_line_breaks(tmp_path):
    doc = Document(source_file="x.txt", input_format="text",
                   blocks=[Paragraph(text="CAMAT SUKAMAJU\nNAMA\nNIP. 1", bold=True)])
    d = docx.Document(str(render.render_docx(doc, tmp_path / "x.docx")))
    assert d.paragraphs[0].text == "CAMAT SUKAMAJU\nNAMA\nNIP. 1"


def test_missing_soffice_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    with pytest.raises(DependencyMissingError, match="apt-get install libreoffice-writer"):
        render.docx_to_pdf(tmp_path / "x.docx", tmp_path)


# --- PDF -------------------------------------------------------------------------------------------------------


@pytest.mark.libreoffice
def test_docx_to_pdf_pk(report, tmp_path):
    require_tool("soffice", "libreoffice-writer")
    docx_path = render.render_docx(pk_document(report, 2023), tmp_path / "pk.docx", "bordered_serif")
    pdf = render.docx_to_pdf(docx_path, tmp_path / "out")
    assert pdf == tmp_path / "out" / "pk.pdf"
    with pdfplumber.open(pdf) as p:
        text = "\n".join(page.extract_text() or "" for page in p.pages)
    assert "PERJANJIAN KINERJA TAHUN 2023" in text
    pk = report.truth.pk_for(2023)
    for b in pk.budgets:
        assert b.anggaran_text.split()[-1] in text
    assert report.truth.meta.signer_name.split(",")[0] in text


@pytest.mark.libreoffice
@pytest.mark.slow
def test_docx_to_pdf_full_report_repeats_headers(report, tmp_path):
    require_tool("soffice", "libreoffice-writer")
    style = render.STYLES["repeated_header_reordered"]
    pdf = render.docx_to_pdf(render.render_docx(report.document, tmp_path / "full.docx", style), tmp_path)
    with pdfplumber.open(pdf) as p:
        pages = [page.extract_text() or "" for page in p.pages]
    rinci_pages = [t for t in pages if "REALISASI" in t and "URAIAN" in t and "NO" in t]
    assert len(rinci_pages) >= 3  # Tabel 3.7 and Lampiran 3 each run over a forced page break
    assert any("Tabel 3.7" in t for t in pages)


def test_scan_pdf_has_no_text_layer(tmp_path):
    src = GENERATED / "gen-sukamaju-2022-bordered.pdf"
    with pdfplumber.open(src) as p:
        n_pages = len(p.pages)
        assert p.pages[0].chars
    out = render.scan_pdf(src, tmp_path / "scan.pdf", dpi=40, seed=3)
    with pdfplumber.open(out) as p:
        assert len(p.pages) == n_pages
        assert all(not page.chars for page in p.pages)
        assert all(page.images for page in p.pages)
    again = render.scan_pdf(src, tmp_path / "scan2.pdf", dpi=40, seed=3)
    assert out.read_bytes() == again.read_bytes()
    bw = render.scan_pdf(src, tmp_path / "bw.pdf", dpi=60, seed=3, bilevel=True)
    with pdfplumber.open(bw) as p:
        assert not p.pages[0].chars and p.pages[0].images
    assert bw.stat().st_size < out.stat().st_size


def test_scan_pdf_rejects_broken_pdf(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes((GENERATED / "gen-sukamaju-2022-bordered.pdf").read_bytes()[:2000])
    with pytest.raises(render.RenderError):
        render.scan_pdf(bad, tmp_path / "scan.pdf", dpi=40)


@pytest.mark.libreoffice
def test_parallel_conversions_and_timeout(tmp_path):
    """Each call has its own LibreOffice profile, so two at once both succeed; a stuck one is killed."""
    from concurrent.futures import ThreadPoolExecutor

    require_tool("soffice", "libreoffice-writer")
    docs = [render.render_docx(non_report_document(i, instansi="Sukamaju", kabupaten="Lembah Hijau", tahun=2023),
                               tmp_path / f"u{i}.docx") for i in range(2)]
    with ThreadPoolExecutor(2) as pool:
        pdfs = list(pool.map(lambda d: render.docx_to_pdf(d, tmp_path / d.stem), docs))
    assert all(p.exists() and p.read_bytes().startswith(b"%PDF") for p in pdfs)
    with pytest.raises(ResourceLimitError):
        render.docx_to_pdf(docs[0], tmp_path / "slow", timeout=0.05)


@pytest.mark.libreoffice
def test_non_report_document_renders(tmp_path):
    require_tool("soffice", "libreoffice-writer")
    doc = non_report_document(1, instansi="Sukamaju", kabupaten="Lembah Hijau", tahun=2023)
    pdf = render.docx_to_pdf(render.render_docx(doc, tmp_path / "u.docx", "bordered_serif"), tmp_path)
    with pdfplumber.open(pdf) as p:
        text = p.pages[0].extract_text()
    assert "Undangan Rapat Koordinasi" in text and "Tabel" not in text


# --- the seed, rendered only here (never committed) ---------------------------------------------------------------


@pytest.mark.shared
def test_render_seed_to_docx(seed_path, tmp_path):
    from lkjip.extract.read_text import read_text

    doc = read_text(seed_path)
    out = render.render_docx(doc, tmp_path / "seed.docx", "repeated_header_reordered")
    d = docx.Document(str(out))
    assert len(d.tables) == len(doc.tables())
    texts = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "2.662.394.679,00" in texts and "BELANJA LANGSUNG" in texts
    assert render.header_count(next(t for t in doc.tables() if t.rows[0].cells[:2] == ["NO", "URAIAN"])) == 2


# --- committed generated documents (tests/data/generated) ----------------------------------------------------------


@pytest.mark.parametrize("spec", TEST_DATA, ids=lambda s: s.name)
def test_committed_generated_data(spec, tmp_path):
    """Text and truth beside the rendered files are what the generator makes today (golden; regenerate with
    LKJIP_REGEN_GOLDEN=1 and LibreOffice, or ``python -m lkjip.synth --test-data tests/data/generated``)."""
    rep = spec_report(spec)
    files = {ext: GENERATED / f"{spec.name}.{ext}" for ext in ("txt", "docx", "pdf", "truth.json")}
    if REGEN_GOLDEN:
        require_tool("soffice", "libreoffice-writer")
        from lkjip.synth.samples import write_test_data

        write_test_data(GENERATED)
    for path in files.values():
        assert path.exists(), f"{path} missing: regenerate the test data"
    assert files["txt"].read_text(encoding="utf-8") == rep.text
    assert files["truth.json"].read_text(encoding="utf-8") == truth_json(rep.truth)
    assert Truth.model_validate_json(files["truth.json"].read_text(encoding="utf-8")) == rep.truth
    # the committed DOCX holds the generated document's tables
    d = docx.Document(str(files["docx"]))
    style = render.STYLES[spec.style]
    expected = [render.table_rows_as_rendered(t, style) for t in rep.document.tables()]
    assert len(d.tables) == len(expected)
    for got, rows in zip(d.tables, expected, strict=True):
        n_head = sum(r.is_header for r in rows)
        assert [_cells(r) for r in got.rows[n_head:]] == [r.cells for r in rows[n_head:]]
    # the committed PDF has a text layer with the totals in it
    with pdfplumber.open(files["pdf"]) as p:
        text = "\n".join(page.extract_text() or "" for page in p.pages)
    total = next(b for b in rep.truth.budget_table("Tabel 3.6") if b.level == "total")
    assert f"{int(total.anggaran):,}".replace(",", ".") in text
    assert rep.truth.meta.instansi.upper().split()[-1] in text


# --- the bundled sample corpus (corpus/samples) ------------------------------------------------------------------

SAMPLES_DIR = DATA.parents[1] / "corpus" / "samples"


def test_sample_corpus_is_current_and_small():
    files = sorted(p.name for p in SAMPLES_DIR.iterdir())
    readme = (SAMPLES_DIR / "README.md").read_text(encoding="utf-8")
    assert sorted(files) == sorted(["README.md", *(f"{s.name}.{_ext(s)}" for s in SAMPLES)])
    for name in files:
        assert name == "README.md" or f"`{name}`" in readme
    assert sum((SAMPLES_DIR / f).stat().st_size for f in files) < 2_000_000
    for spec in SAMPLES:
        rep = spec_report(spec)
        path = SAMPLES_DIR / f"{spec.name}.{_ext(spec)}"
        if spec.fmt == "txt":
            assert path.read_text(encoding="utf-8") == rep.text
        if spec.contradictions:
            assert {i.rule for i in rep.truth.injected} == set(spec.contradictions)
            assert all(f"`{i.rule}`" in readme for i in rep.truth.injected)
    assert any(s.contradictions for s in SAMPLES if s.fmt in ("txt", "docx", "pdf"))


def _ext(spec) -> str:
    return "txt" if spec.fmt == "txt" else "docx" if spec.fmt == "docx" else "pdf"


def test_sample_corpus_odd_files():
    import pypdfium2 as pdfium

    broken = next(s for s in SAMPLES if s.fmt == "pdf_truncated")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(SAMPLES_DIR / f"{broken.name}.pdf"))
    scan = next(s for s in SAMPLES if s.fmt == "pdf_scan_pk")
    with pdfplumber.open(SAMPLES_DIR / f"{scan.name}.pdf") as p:
        assert p.pages and all(not page.chars and page.images for page in p.pages)
    other = next(s for s in SAMPLES if s.fmt == "pdf_other")
    with pdfplumber.open(SAMPLES_DIR / f"{other.name}.pdf") as p:
        text = p.pages[0].extract_text()
    assert "Undangan" in text and "LAPORAN KINERJA" not in text
    for spec in SAMPLES:
        if spec.fmt == "docx":
            d = docx.Document(str(SAMPLES_DIR / f"{spec.name}.docx"))
            rep = spec_report(spec)
            assert len(d.tables) == len(rep.document.tables())


# --- rule sets and split tables (issue #12) --------------------------------------------------------------------


def _long_table(n_body: int = 12) -> Document:
    head = TableRow(cells=["No", "Program", "Anggaran", "Realisasi", "%"], is_header=True)
    body = [TableRow(cells=[f"{i}.", f"Program Nomor {i} Yang Namanya Panjang", f"{i}.000.000", f"{i}.000", "0,10"])
            for i in range(1, n_body + 1)]
    return Document(source_file="long.docx", input_format="docx", blocks=[Paragraph(text="Tabel 3.7 Rincian"), Table(rows=[head, *body])])


def test_split_parts_plan():
    assert render.rules.split_parts(14, 2, "none", 2, 8) == [list(range(14))]
    with_header = render.rules.split_parts(14, 2, "parts_with_header", 3, 8)
    assert with_header == [[0, 1, 2, 3, 4, 5], [0, 1, 6, 7, 8, 9], [0, 1, 10, 11, 12, 13]]
    assert render.rules.split_parts(14, 2, "parts_without_header", 2, 8) == [list(range(8)), list(range(8, 14))]
    assert render.rules.split_parts(6, 1, "parts_with_header", 2, 8) == [list(range(6))]  # too short to split
    assert render.rules.break_row(14, 2, "break_in_row", 8) == 8
    assert render.rules.cut_text("Program Nomor Satu Dua") == ("Program Nomor", "Satu Dua")


@pytest.mark.parametrize("rule_set", render.rules.RULE_SETS)
def test_docx_rule_sets(rule_set, tmp_path):
    out = render.render_docx(_long_table(), tmp_path / "t.docx", render.RenderStyle(borders=rule_set))
    tbl = docx.Document(str(out)).tables[0]._tbl
    edges = tbl.tblPr.find(qn("w:tblBorders"))
    drawn = set() if edges is None else {e.tag.split("}")[1] for e in edges if e.get(qn("w:val")) == "single"}
    assert drawn == (set() if rule_set == "bordered" else set(render.rules.TABLE_EDGES[rule_set]))
    cell_rules = [tc for tc in tbl.iter(qn("w:tcBorders"))]
    fills = {s.get(qn("w:fill")) for s in tbl.iter(qn("w:shd"))}
    # over the first body row; banded also rules its header row and, in the 4 numeric columns (No, Anggaran,
    # Realisasi, %), the rows opening each group of BAND = 3 body rows (body rows 3, 6, 9 of 12): 5 + 5 + 3 * 4
    expected = {"frame_header": 5, "header_rule_only": 5, "banded": 5 + 5 + 3 * 4}.get(rule_set, 0)
    assert render.rules.BAND == 3 and len(cell_rules) == expected
    assert fills == {"shading": {render.rules.HEADER_FILL, render.rules.STRIPE_FILL},
                     "side_bars_shaded": {render.rules.SIDE_HEADER_FILL, render.rules.SIDE_BODY_FILL}}.get(rule_set, set())
    if rule_set == "side_bars_shaded":  # every cell shaded on its own: 13 rows of 5 cells
        assert len(list(tbl.iter(qn("w:shd")))) == 13 * 5


@pytest.mark.parametrize("split", ["parts_with_header", "parts_without_header"])
@pytest.mark.parametrize("gap", ["paragraph", "page_break"])
def test_docx_split_tables(split, gap, tmp_path):
    style = render.RenderStyle(split=split, split_parts=3, split_gap=gap)
    d = docx.Document(str(render.render_docx(_long_table(), tmp_path / "t.docx", style)))
    firsts = [t.rows[0].cells[0].text for t in d.tables]
    assert firsts == (["No"] * 3 if split == "parts_with_header" else ["No", "5.", "9."])
    assert sum(len(t.rows) for t in d.tables) == 13 + (2 if split == "parts_with_header" else 0)
    page_breaks = d.element.body.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']")
    assert len(page_breaks) == (2 if gap == "page_break" else 0)


def test_docx_break_inside_a_row(tmp_path):
    d = docx.Document(str(render.render_docx(_long_table(), tmp_path / "t.docx",
                                             render.RenderStyle(split="break_in_row"))))
    cell = d.tables[0].rows[7].cells[1]
    assert [p.text for p in cell.paragraphs] == ["Program Nomor 7", "Yang Namanya Panjang"]
    assert cell.paragraphs[1].paragraph_format.page_break_before


def test_pdf_split_tables_repeat_their_header(tmp_path):
    require_tool("soffice", "libreoffice-writer")
    style = render.RenderStyle(borders="horizontal_rules_only", split="parts_with_header", split_gap="page_break")
    pdf = render.render_report_files(_long_table(), tmp_path, "t", style)["pdf"]
    with pdfplumber.open(pdf) as doc:
        texts = [p.extract_text() for p in doc.pages]
        verticals = [ln for p in doc.pages for ln in p.lines if abs(ln["x0"] - ln["x1"]) < 0.5]
    assert len(texts) == 2 and all("No Program Anggaran Realisasi %" in t for t in texts)
    assert "Program Nomor 12" in texts[1] and not verticals


def test_layout_widths_and_merges():
    rows = [["No", "Program", "Anggaran"], ["1.", "Program Yang Namanya Cukup Panjang Untuk Dibungkus", "1.000.000"],
            ["", "", "2.000.000"], ["2.", "Program Kedua Yang Namanya Juga Panjang Sekali", "3.000.000"]]
    widths = [1000000, 3000000, 1500000]
    narrow = render.layout.adjust_widths(rows, 1, widths, "narrow_names", 9)
    assert narrow[1] < widths[1] and sum(narrow) == pytest.approx(sum(widths), abs=3)
    amounts = render.layout.adjust_widths(rows, 1, widths, "narrow_amounts", 9)
    assert amounts[2] < render.layout.text_width("3.000.000", 9) and amounts[1] > widths[1]
    assert render.layout.adjust_widths(rows, 1, widths, "fit", 9) == widths
    assert render.layout.name_merges(rows, 1, 3) == [(1, 1, 2)]  # the name over the empty cell below it


def test_html_rendering_of_rules_splits_and_orientation(tmp_path):
    from lkjip.synth import html

    doc = _long_table()
    for rule_set in render.rules.RULE_SETS:
        page = html.document_html(doc, render.RenderStyle(borders=rule_set))
        assert ("border: 0.6pt" in page) == (rule_set in ("bordered", "frame_header", "banded"))
        assert page.count('class="band"') == (3 * 4 if rule_set == "banded" else 0)  # groups' rules, numeric cells
        assert ("background: #" in page) == (rule_set in ("shading", "side_bars_shaded"))
        assert ("border-left: 0.6pt solid #000; border-right: 0.6pt solid #000; }" in page) == \
            (rule_set == "side_bars_shaded")  # the table's two sides only
    parts = html.document_html(doc, render.RenderStyle(split="parts_with_header", split_parts=3, repeat_header=True))
    assert parts.count("<table") == 3 and parts.count("<thead>") == 3
    assert html.document_html(doc, render.RenderStyle(landscape="all")).count("A4 landscape") == 2
    require_tool("chromium", "chromium")
    style = render.RenderStyle(borders="horizontal_rules_only", split="parts_with_header", split_gap="page_break",
                               running="both", running_title="Laporan Uji")
    pdf = html.render_html_pdf(doc, tmp_path, "t", style)["pdf"]
    with pdfplumber.open(pdf) as d:
        texts = [p.extract_text() for p in d.pages]
    assert len(texts) == 2 and all("No Program Anggaran Realisasi %" in t for t in texts)
    assert all("Laporan Uji" in t and f"Halaman {i}" in t for i, t in enumerate(texts, 1))


def test_scan_pdf_skew(tmp_path):
    require_tool("soffice", "libreoffice-writer")
    pdf = render.render_report_files(_long_table(4), tmp_path, "t", render.RenderStyle())["pdf"]
    straight = render.scan_pdf(pdf, tmp_path / "a.pdf", dpi=100, noise=False)
    tilted = render.scan_pdf(pdf, tmp_path / "b.pdf", dpi=100, noise=False, skew=1.5)
    assert straight.read_bytes() != tilted.read_bytes()
    assert render.scan_pdf(pdf, tmp_path / "c.pdf", dpi=100, noise=False, skew=1.5).read_bytes() == tilted.read_bytes()

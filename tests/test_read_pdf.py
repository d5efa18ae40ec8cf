"""PDF reader: bordered and borderless tables, wrapped cells, stitching, reading order, furniture.

The PDFs in tests/data/readers/ are invented LKjIP-like documents rendered by
LibreOffice from DOCX (tests/data/readers/make_fixtures.py); the
``libreoffice`` tests rebuild them from scratch to check the same things.
"""

from __future__ import annotations

import importlib.util

import pypdfium2 as pdfium
import pytest
from conftest import DATA, require_tool
from hypothesis import given
from hypothesis import strategies as st

from lkjip.extract.document import Document, Paragraph, Table
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.cues import is_numeric_token
from lkjip.extract.layout.furniture import furniture_keys, is_furniture
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.grid import grid_tables
from lkjip.extract.layout.words import Vocabulary, join_wrapped
from lkjip.extract.read_pdf import read_pdf

READERS = DATA / "readers"


def _fixtures_module():
    spec = importlib.util.spec_from_file_location("make_fixtures", READERS / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _table_after(doc: Document, caption_start: str) -> Table:
    """The table that follows the paragraph starting with ``caption_start`` (nothing between)."""
    for a, b in zip(doc.blocks, doc.blocks[1:], strict=False):
        if isinstance(a, Paragraph) and a.text.startswith(caption_start):
            assert isinstance(b, Table), f"block after {caption_start!r} is {b!r}"
            return b
    raise AssertionError(f"no caption {caption_start!r}: {[getattr(x, 'text', 'T') for x in doc.blocks]}")


def _rows(table: Table) -> list[list[str]]:
    return [r.cells for r in table.rows]


# --------------------------------------------------------------------------- wrapped text


@pytest.mark.parametrize(
    ("parts", "full", "expected"),
    [
        (["Perencanaan,", "Penganggaran"], None, "Perencanaan, Penganggaran"),
        (["Perencanaan,", "Penganggaran"], [True, False], "Perencanaan, Penganggaran"),
        (["KABUPATEN/KO", "TA"], [True, False], "KABUPATEN/KOTA"),
        (["Kabupaten/", "Kota"], None, "Kabupaten/Kota"),
        # a line opens with a slash only after a break at a space, unless a word alone on its line was cut by force
        (["Program Penunjang Urusan KABUPATEN", "/KOTA"], None, "Program Penunjang Urusan KABUPATEN /KOTA"),
        (["KABUPATEN", "/KOTA"], [True, False], "KABUPATEN/KOTA"),
        (["Koordinasi Penyusunan RKA-", "SKPD"], None, "Koordinasi Penyusunan RKA-SKPD"),
        (["Anggar", "an"], [True, False], "Anggaran"),
        (["Penyelenggar", "aan Pemerintahan"], [True, False], "Penyelenggaraan Pemerintahan"),
        (["Pemerintahan", "Daerah"], [True, False], "Pemerintahan Daerah"),  # a whole word, not a fragment
        (["Pemerintahan", "dan Pelayanan"], [True, False], "Pemerintahan dan Pelayanan"),  # short word
        (["URAIAN", "KEGIATAN"], [False, False], "URAIAN KEGIATAN"),
        (["1.250.0", "00.000,", "00"], [True, True, False], "1.250.000.000,00"),
        (["310.000", ".000,00"], [False, False], "310.000.000,00"),
        (["Rp.", "2.503.940.069"], [False, False], "Rp. 2.503.940.069"),
        (["Tahun 2023", "100"], [False, False], "Tahun 2023 100"),  # numbers, but the line did not fill
        (["Persentase -", "Indikator"], None, "Persentase - Indikator"),
        (["  spasi   ganda ", "", "lagi"], None, "spasi ganda lagi"),
    ],
)
def test_join_wrapped(parts, full, expected):
    assert join_wrapped(parts, full) == expected


def test_vocabulary_rejoins_long_fragments():
    vocab = Vocabulary(["Sasaran kami meningkatnya kemandirian desa ini\nPemerintahan Daerah Kabupaten Sampang"])
    full = [True, True, False]
    assert join_wrapped(["Menin", "gkatnya", "kemajuan"], full, vocab) == "Meningkatnya kemajuan"
    assert join_wrapped(["Menin", "gkatnya", "kemajuan"], full) == "Menin gkatnya kemajuan"  # no vocabulary
    assert join_wrapped(["keman", "dirian desa"], [True, False], vocab) == "kemandirian desa"
    assert join_wrapped(["Pemerintahan", "Daerah"], [True, False], vocab) == "Pemerintahan Daerah"
    # a fragment the page breaks off alone at a line end is no evidence of a word
    assert Vocabulary(["Menin\ngkatnya\n"]).count("menin") == 0


def test_a_dictionary_base_keeps_two_whole_words_apart():
    # a narrow column: "Meningkatnya" alone fills its line, "kualitas pelayanan" would not have fit after it; the
    # page prints neither word elsewhere, a dictionary knows both and no word starting with the two together
    page = Vocabulary(["Laporan ini disusun oleh kecamatan"])
    dictionary = Vocabulary(["meningkatnya meningkatnya meningkatnya\nkualitas kualitas kualitas\n"
                             "meningkatkan meningkatkan meningkatkan"])
    lines, full, wide = ["Meningkatnya", "kualitas pelayanan"], [True, False], [True]
    assert join_wrapped(lines, full, page, wide) == "Meningkatnyakualitas pelayanan"  # no evidence: glued
    both = Vocabulary(["Laporan ini disusun oleh kecamatan"], base=dictionary)
    assert join_wrapped(lines, full, both, wide) == "Meningkatnya kualitas pelayanan"
    # a word the renderer broke still joins: the dictionary knows the whole word, not the pieces
    assert join_wrapped(["Meningkat", "kan kualitas"], full, both, wide) == "Meningkatkan kualitas"
    assert both.count("kualitas") == 2 and both.printed("meningkatnya") and both.prefix_count("mening") == 6


_piece = st.text(alphabet=st.sampled_from("abcKOTA/-.,0129 "), min_size=0, max_size=12)


@given(st.lists(_piece, max_size=6), st.lists(st.booleans(), max_size=6))
def test_join_wrapped_never_loses_or_reorders_characters(parts, full):
    out = join_wrapped(parts, full)
    assert out.replace(" ", "") == "".join(parts).replace(" ", "")
    assert "  " not in out and out == out.strip()


@given(st.lists(st.text(alphabet="abcdefghij", min_size=4, max_size=9), min_size=1, max_size=6))
def test_join_wrapped_plain_words_get_one_space(parts):
    assert join_wrapped(parts) == " ".join(parts)


@pytest.mark.parametrize("tok", ["2.503.940.069", "93,91%", "100 %", "(4)", "1.", "2.503.940.069,-", "Rp.2.000"])
def test_numeric_tokens(tok):
    assert is_numeric_token(tok)


@pytest.mark.parametrize("tok", ["WTP", "Kelurahan", "A", "-", "%", "III", "1.1.a"])
def test_non_numeric_tokens(tok):
    assert not is_numeric_token(tok)


# --------------------------------------------------------------------------- pure layout functions


def test_grid_with_open_outer_sides_keeps_outer_columns():
    # three inner vertical lines only; horizontal rules run across the whole width
    hs = [Ruling(50, y, 550, y + 0.5) for y in (100, 120, 140, 160)]
    vs = [Ruling(x, 100, x + 0.5, 160) for x in (100, 300, 500)]
    grids = grid_tables(hs + vs)
    assert len(grids) == 1
    assert len(grids[0]) == 3
    assert [len(r) for r in grids[0]] == [4, 4, 4]
    assert grids[0][0][0][0] == pytest.approx(50, abs=1)


def test_grid_keeps_vertically_merged_cell_open():
    # the middle horizontal rule stops at x=200: the first column's cell spans both rows
    rules = [
        Ruling(50, 100, 400, 100.5),
        Ruling(200, 130, 400, 130.5),
        Ruling(50, 160, 400, 160.5),
        Ruling(50, 100, 50.5, 160),
        Ruling(200, 100, 200.5, 160),
        Ruling(400, 100, 400.5, 160),
    ]
    (grid,) = grid_tables(rules)
    assert len(grid) == 2
    assert grid[1][0] is None  # under the spanning cell
    assert grid[0][0][3] == pytest.approx(160, abs=1)


def _line(y: float, *cells: tuple[float, str]) -> TextLine:
    words = []
    for x, text in cells:
        for tok in text.split():
            w = 5.0 * len(tok)
            words.append(Word(tok, x, y, x + w, y + 10, size=10))
            x += w + 3
    return TextLine(words)


def test_text_table_found_between_paragraphs():
    lines = [
        _line(100, (50, "Tabel 2.3 Program dan Anggaran Kecamatan Sukamaju Tahun 2023")),
        _line(120, (50, "No"), (80, "Program"), (300, "Anggaran"), (400, "Realisasi")),
        _line(135, (50, "1"), (80, "Program Pelayanan"), (300, "1.250.000"), (400, "1.187.500")),
        _line(148, (80, "Administrasi Kantor")),
        _line(163, (50, "2"), (80, "Program Trantibum"), (300, "310.000"), (400, "297.600")),
        _line(183, (50, "Anggaran bersumber dari APBD Kabupaten Tanjung Wangi yang disahkan tahun lalu.")),
    ]
    tables, rest = find_text_tables(lines, page_no=3)
    assert len(tables) == 1
    t = tables[0].table
    assert t.strategy == "text" and t.page == 3
    assert _rows(t) == [
        ["No", "Program", "Anggaran", "Realisasi"],
        ["1", "Program Pelayanan Administrasi Kantor", "1.250.000", "1.187.500"],
        ["2", "Program Trantibum", "310.000", "297.600"],
    ]
    assert [ln.text[:5] for ln in rest] == ["Tabel", "Angga"]


def test_aligned_text_without_numbers_is_not_a_table():
    lines = [
        _line(100 + 15 * i, (50, "Pihak Pertama"), (350, "Pihak Kedua")) for i in range(4)
    ]
    tables, rest = find_text_tables(lines)
    assert tables == [] and len(rest) == 4


def test_furniture_keys_ignore_page_numbers():
    pages = [
        (800.0, [_line(20, (50, "LKjIP Kecamatan Sukamaju 2023")), _line(780, (50, f"Halaman {n}")),
                 _line(400, (50, f"isi halaman {n}"))])  # fmt: skip
        for n in range(1, 5)
    ]
    keys = furniture_keys(pages)
    assert "lkjip kecamatan sukamaju #" in keys
    assert is_furniture(pages[0][1][0], 800.0, keys)
    assert is_furniture(_line(785, (300, "- 7 -")), 800.0, set())  # bare page number
    assert not is_furniture(pages[0][1][2], 800.0, keys)  # body text
    assert not is_furniture(_line(400, (50, "LKjIP Kecamatan Sukamaju 2023")), 800.0, keys)  # not in the band


# --------------------------------------------------------------------------- committed fixtures


@pytest.fixture(scope="module")
def bordered() -> Document:
    return read_pdf(READERS / "bordered.pdf")


def test_reading_order_headings_narrative_caption_table(bordered):
    b = bordered.blocks
    assert isinstance(b[0], Paragraph) and b[0].text == "BAB III" and b[0].bold
    assert b[1].text == "AKUNTABILITAS KINERJA" and b[1].bold
    assert "Capaian rata-rata seluruh indikator kinerja sasaran adalah 104,12 % dari target" in b[2].text
    assert not b[2].bold
    assert b[3].text == "Tabel 3.1 Capaian Kinerja Sasaran Kecamatan Sukamaju Tahun 2023"
    assert isinstance(b[4], Table)
    assert isinstance(b[-1], Paragraph) and b[-1].text.startswith("Sumber:")
    assert all(x.page == 1 for x in b)
    assert all(x.bbox is not None for x in b)


def test_bordered_table(bordered):
    t = _table_after(bordered, "Tabel 3.1")
    assert t.strategy == "lines"
    assert _rows(t) == [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi"],
        ["1", "Meningkatnya kualitas pelayanan administrasi kecamatan", "Indeks Kepuasan Masyarakat", "80,50", "82,10"],
        ["2", "Terwujudnya tata kelola pemerintahan desa yang akuntabel",
         "Persentase desa dengan laporan APBDes tepat waktu", "90 %", "95 %"],
        ["3", "Meningkatnya ketentraman dan ketertiban umum", "Persentase penurunan gangguan trantibum", "15 %",
         "18 %"],
    ]  # fmt: skip
    assert t.rows[0].is_header  # printed in bold above the data
    assert not any(r.is_header for r in t.rows[1:])


def test_wrapped_cells_rejoined(bordered):
    rows = _rows(_table_after(bordered, "Tabel 3.2"))
    assert rows[0] == ["No", "Program", "Anggaran", "Kegiatan Utama"]  # "Anggar" / "an"
    assert rows[1][1] == "Program Penunjang Urusan Pemerintahan Daerah KABUPATEN/KOTA"
    assert rows[2][1] == "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    assert [r[2] for r in rows[1:]] == ["1.250.000.000,00", "310.000.000,00", "84.000.000,00"]
    assert {r[3] for r in rows[1:]} == {"Perencanaan, Penganggaran, dan Evaluasi Kinerja"}


def test_two_level_header_kept_as_two_rows():
    doc = read_pdf(READERS / "two_level.pdf")
    rows = _rows(_table_after(doc, "Tabel 3.7"))
    assert rows[0] == ["NO", "URAIAN", "ANGGARAN", "", ""]
    assert rows[1] == ["", "", "ANGGARAN", "REALISASI", "%"]
    assert rows[2] == ["1", "Program Penunjang Urusan Pemerintahan Daerah KABUPATEN/KOTA", "1.250.000.000",
                       "1.187.500.000", "95,00"]  # fmt: skip
    assert rows[-1] == ["JUMLAH", "", "1.644.000.000", "1.564.900.000", "95,19"]


def test_borderless_and_ruled_tables_chosen_per_table():
    doc = read_pdf(READERS / "borderless.pdf")
    none = _table_after(doc, "Tabel 2.3")
    hrules = _table_after(doc, "Tabel 3.5")
    grid = _table_after(doc, "Tabel 3.8")
    assert (none.strategy, hrules.strategy, grid.strategy) == ("text", "rules", "lines")
    assert _rows(none) == [
        ["No", "Program", "Anggaran", "Realisasi"],
        ["1", "Program Penunjang Urusan Pemerintahan Daerah KABUPATEN/KOTA", "1.250.000.000", "1.187.500.000"],
        ["2", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "310.000.000", "297.600.000"],
        ["3", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "84.000.000", "79.800.000"],
    ]
    assert _rows(hrules)[0] == ["No", "Sasaran", "Capaian Kinerja", "Serapan Anggaran"]
    assert _rows(hrules)[2] == ["2", "Terwujudnya tata kelola pemerintahan desa yang akuntabel", "105,56 %", "96,00 %"]
    assert _rows(grid) == [["No", "Sumber Dana", "Jumlah"], ["1", "DAU", "1.500.000.000"], ["2", "DBH", "144.000.000"]]
    texts = [p.text for p in doc.paragraphs()]
    assert "Anggaran di atas bersumber dari APBD Kabupaten Tanjung Wangi." in texts


@pytest.mark.parametrize("name", ["long_repeat.pdf", "long_norepeat.pdf", "long_borderless.pdf"])
def test_table_across_pages_is_stitched(name):
    expected = _fixtures_module().long_rows()
    doc = read_pdf(READERS / name)
    tables = doc.tables()
    assert len(tables) == 1
    t = tables[0]
    assert _rows(t)[0] == ["No", "Sub Kegiatan", "Anggaran", "Realisasi", "%"]
    assert [tuple(r) for r in _rows(t)[1:]] == expected  # every row once, header not repeated
    assert {r.page for r in t.rows} == set(range(1, doc.pages + 1))
    if name == "long_repeat.pdf":
        assert t.rows[0].is_header
        assert t.warnings == ["continued on page 2; repeated header dropped on 1 page"]
    elif name == "long_norepeat.pdf":
        assert t.warnings == ["continued on page 2"]
    else:  # no rules: the columns found on page 1 carry over to the next pages
        assert t.strategy == "text"
        assert t.warnings[-1] == f"continued on pages 2-{doc.pages}"
    # running header / footer and page numbers are dropped, the closing sentence is kept
    text = doc.full_text()
    assert "LKjIP Kecamatan Sukamaju Tahun 2023" not in text
    assert "Laporan Kinerja Kecamatan Sukamaju" not in text
    assert doc.blocks[-1].text == "Seluruh sub kegiatan telah dilaksanakan sesuai jadwal."
    assert doc.blocks[-1].page == doc.pages


def test_paragraph_across_page_breaks_is_one_paragraph():
    doc = read_pdf(READERS / "long_paragraph.pdf")
    assert doc.pages == 3
    texts = [p.text for p in doc.paragraphs()]
    assert texts == ["A. UMUM", _fixtures_module().long_paragraph_text(), "Paragraf penutup."]
    assert doc.paragraphs()[1].page == 1  # where it starts


def test_landscape_page():
    path = READERS / "landscape.pdf"
    pdf = pdfium.PdfDocument(str(path))
    width, height = pdf[0].get_size()
    pdf.close()
    assert width > height
    t = _table_after(read_pdf(path), "Tabel 3.4")
    assert t.n_cols == 9
    assert _rows(t)[0][-5:] == ["TW I", "TW II", "TW III", "TW IV", "Capaian"]
    assert _rows(t)[2] == ["2", "Persentase desa dengan laporan APBDes tepat waktu", "%", "90", "40", "65", "80", "95",
                           "105,56"]  # fmt: skip


def test_rotated_page(tmp_path):
    qpdf = require_tool("qpdf", "qpdf")
    import subprocess

    out = tmp_path / "rotated.pdf"
    subprocess.run([qpdf, "--rotate=+90:1", str(READERS / "two_level.pdf"), str(out)], check=True)
    rows = _rows(_table_after(read_pdf(out), "Tabel 3.7"))
    assert rows[1] == ["", "", "ANGGARAN", "REALISASI", "%"]
    assert rows[-1] == ["JUMLAH", "", "1.644.000.000", "1.564.900.000", "95,19"]


def test_image_page_without_ocr_is_skipped_with_warning():
    doc = read_pdf(READERS / "scanned.pdf", ocr=False)
    assert doc.blocks == []
    assert doc.ocr_pages == []
    assert "no text layer" in doc.warnings[0]


def _stamp(src, out, text: str):
    """Add a line of real text to the first page (a scan with a typed page number)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument(str(src))
    page = pdf[0]
    obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(10))
    buf = (text + "\x00").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(buf), ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 250, 15)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    pdf.save(str(out))
    pdf.close()
    return out


def test_scan_with_a_typed_page_number_still_goes_to_ocr(tmp_path, monkeypatch):
    from lkjip.extract import ocr
    from lkjip.extract.layout.page import PageResult

    path = _stamp(READERS / "scanned.pdf", tmp_path / "stamped.pdf", "Halaman 7")
    calls = []

    def fake_ocr_page(page, number):
        calls.append(number)
        return PageResult(number, 400.0), []

    monkeypatch.setattr(ocr, "ocr_page", fake_ocr_page)
    doc = read_pdf(path)
    assert calls == [1] and doc.ocr_pages == [1]
    off = read_pdf(path, ocr=False)
    assert "looks scanned" in off.warnings[0]


def test_reader_never_runs_pdfminer_layout(monkeypatch):
    """Why the reader is fast (measured in BENCHMARKS.md, never timed here): text and rules come from
    pdfium, pdfminer's page interpreter is never run."""
    import pdfminer.pdfinterp

    def boom(*args, **kwargs):
        raise AssertionError("pdfminer page interpreter was run")

    monkeypatch.setattr(pdfminer.pdfinterp.PDFPageInterpreter, "process_page", boom)
    doc = read_pdf(READERS / "long_repeat.pdf")
    assert doc.tables() and doc.pages


# --------------------------------------------------------------------------- rebuilt with LibreOffice


@pytest.mark.libreoffice
@pytest.mark.slow
def test_fresh_libreoffice_render(tmp_path):
    require_tool("soffice", "libreoffice-writer")
    mod = _fixtures_module()
    docx = [mod.build_bordered(tmp_path / "bordered.docx"), mod.build_long_table(tmp_path / "long.docx",
                                                                                   repeat_header=True)]  # fmt: skip
    bordered_pdf, long_pdf = mod.to_pdf(docx, tmp_path)
    doc = read_pdf(bordered_pdf)
    rows = _rows(_table_after(doc, "Tabel 3.2"))
    assert rows[1][1] == "Program Penunjang Urusan Pemerintahan Daerah KABUPATEN/KOTA"
    assert rows[1][2] == "1.250.000.000,00"
    long = read_pdf(long_pdf).tables()
    assert len(long) == 1 and len(long[0].rows) == 1 + len(mod.long_rows())


# --------------------------------------------------------------------------- real reports (smoke)

REAL_TEXT_PDFS = [
    "jabar_BPMPD_LKIP2016_full.pdf",
    "jabar_DinasKUMKM_LKIP2016_Lampiran3_PK.pdf",
    "jabar_Inspektorat_LKIP2016_Lampiran2_PK.pdf",
    "tangsel_Evaluasi_Renja_TW_I-IV_2023_Kec_Ciputat_Pamulang.pdf",
    "wonogiri_Renstra_Kec_Batuwarno_2016-2021.pdf",
]


_REAL_CACHE: dict[str, Document] = {}


def _real(real_dir, name: str) -> Document:
    if name not in _REAL_CACHE:
        _REAL_CACHE[name] = read_pdf(real_dir / name)
    return _REAL_CACHE[name]


@pytest.mark.shared
@pytest.mark.parametrize("name", REAL_TEXT_PDFS)
def test_real_pdf_reads(real_dir, name):
    doc = _real(real_dir, name)
    pdf = pdfium.PdfDocument(str(real_dir / name))
    n = len(pdf)
    pdf.close()
    assert doc.pages == n
    assert doc.tables(), "every real report holds at least one table"
    for t in doc.tables():
        assert t.rows and all(len(r.cells) == t.n_cols for r in t.rows)
        assert all(r.page is not None for r in t.rows)
    pages = [b.page for b in doc.blocks if b.page is not None]
    assert pages == sorted(pages), "blocks come in page order"


@pytest.mark.shared
def test_real_inspektorat_pk_table(real_dir):
    doc = _real(real_dir, "jabar_Inspektorat_LKIP2016_Lampiran2_PK.pdf")
    (t,) = doc.tables()
    rows = _rows(t)
    assert rows[0] == ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]
    targets = [r[3] for r in rows[2:]]
    assert targets == ["3,000 poin", "10%", "60%", "90%", "WTP", "80%", "A", "75%", "100 % (Hijau)", "75%",
                       "73 orang", "20 orang", "III"]  # fmt: skip


@pytest.mark.shared
def test_real_bpmpd_budget_table_stitched_over_four_pages(real_dir):
    doc = _real(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    budget = [t for t in doc.tables() if any(r.cells[1] == "JUMLAH" for r in t.rows)]
    assert budget
    t = budget[0]
    assert {r.page for r in t.rows} == {27, 28, 29, 30}
    last = t.rows[-1].cells
    assert last[2:] == ["37.664.381200,00", "33.030.490.451,00", "4.633.890749,00", "87,70"]  # malformed as printed


@pytest.mark.shared
@pytest.mark.ocr
@pytest.mark.slow
def test_real_scan_through_ocr(real_dir):
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ind")
    doc = read_pdf(real_dir / "wonogiri_PK_Camat_Jatisrono_2019_scan.pdf")
    assert doc.ocr_pages == [1, 2, 3]
    assert doc.input_format == "pdf_ocr"
    assert "PERJANJIAN KINERJA" in doc.full_text()
    budget = [t for t in doc.tables() if any(r.cells[0] == "TOTAL" for r in t.rows)]
    assert len(budget) == 1
    rows = [r.cells for r in budget[0].rows]
    amounts = [int(r[2].replace(".", "")) for r in rows if r[0].isdigit()]
    total = int(next(r for r in rows if r[0] == "TOTAL")[2].replace(".", ""))
    assert len(amounts) == 4
    assert sum(amounts) == total  # the printed total confirms every OCR digit


# --------------------------------------------------------------------------- regressions (rendered seed styles)


def test_ligature_glyphs_sharing_a_box_stay_one_word():
    """DejaVu Sans draws "fi" as one glyph; pdfium gives "f" and "i" the same box (was "Ef isiensi")."""
    from lkjip.extract.layout.geometry import Glyph, words_from_glyphs

    g = [Glyph("E", 101.5, 377.6, 107.2, 385.8, 9.0), Glyph("f", 107.2, 377.4, 112.9, 385.8, 9.0),
         Glyph("i", 107.2, 377.4, 112.9, 385.8, 9.0), Glyph("s", 112.8, 377.6, 117.5, 385.8, 9.0)]  # fmt: skip
    assert [w.text for w in words_from_glyphs(g)] == ["Efis"]
    # a real jump back to the left still starts a word
    back = [Glyph("a", 200, 0, 205, 10), Glyph("b", 100, 0, 105, 10)]
    assert [w.text for w in words_from_glyphs(back)] == ["a", "b"]


def test_no_column_with_left_and_right_aligned_keys_is_one_column():
    """"NO"/"A." left-aligned and "1"/"2." right-aligned leave a white channel inside the No column."""
    lines = [
        _line(100, (57, "NO"), (105, "URAIAN"), (300, "ANGGARAN"), (400, "REALISASI")),
        _line(112, (57, "A."), (105, "PROGRAM PENUNJANG"), (300, "2.525.442.492"), (400, "2.371.586.698")),
        _line(124, (79, "1"), (105, "Perencanaan Kinerja"), (300, "10.819.887"), (400, "10.818.075")),
        _line(136, (77, "1."), (105, "Penyusunan Dokumen"), (300, "1.101.285"), (400, "1.101.050")),
        _line(148, (77, "2."), (105, "Koordinasi RKA"), (300, "1.481.656"), (400, "1.481.300")),
    ]
    (table,), _ = find_text_tables(lines)
    rows = _rows(table.table)
    assert rows[0] == ["NO", "URAIAN", "ANGGARAN", "REALISASI"]
    assert [r[0] for r in rows[1:]] == ["A.", "1", "1.", "2."]


def test_paragraph_after_a_borderless_table_is_not_a_wrapped_cell():
    """A line in the body size, set off by paragraph spacing, ends the table (was swallowed into Tabel 2.3)."""
    def small(y, *cells):
        ln = _line(y, *cells)
        for w in ln.words:
            w.size, w.bottom = 8.0, w.top + 8
        return TextLine(ln.words)

    lines = [
        small(100, (57, "Program"), (467, "Anggaran")),
        small(110, (57, "Program Penunjang Urusan"), (469, "2.525.442.492")),
        small(120, (57, "Program Penyelenggaraan Pemerintahan"), (482, "15.279.011")),
        small(130, (57, "Jumlah"), (469, "2.540.721.503")),
        _line(157, (57, "Rincian Anggaran per kegiatan ada di Lampiran-2")),
        _line(175, (57, "AKUNTABILITAS KINERJA")),
    ]
    (table,), rest = find_text_tables(lines)
    assert _rows(table.table)[-1] == ["Jumlah", "2.540.721.503"]
    assert [ln.text for ln in rest] == ["Rincian Anggaran per kegiatan ada di Lampiran-2", "AKUNTABILITAS KINERJA"]


def test_header_levels_between_the_same_two_rules_stay_apart():
    """Horizontal rules only: a two-level header sits in one band; each level must stay its own row
    (was "ANGGARAN REALISASI | ANGGARAN | %", and the OUTPUT columns were lost)."""
    lines = [
        _line(102, (57, "NO"), (100, "URAIAN"), (300, "ANGGARAN"), (460, "Kondisi")),
        _line(114, (300, "REALISASI"), (380, "ANGGARAN"), (440, "%"), (460, "Awal")),
        _line(126, (460, "Renstra")),
        _line(142, (57, "1"), (100, "Program Pelayanan"), (300, "1.187.500"), (380, "1.250.000"), (440, "95,00"),
              (460, "80")),  # fmt: skip
        _line(158, (57, "2"), (100, "Program Trantibum"), (300, "297.600"), (380, "310.000"), (440, "96,00"),
              (460, "90")),  # fmt: skip
    ]
    rules = [Ruling(50, y, 560, y + 0.5) for y in (98, 138, 154, 170)]
    (table,), _ = find_text_tables(lines, rules)
    assert _rows(table.table) == [
        ["NO", "URAIAN", "ANGGARAN", "", "", "Kondisi Awal Renstra"],
        ["", "", "REALISASI", "ANGGARAN", "%", ""],
        ["1", "Program Pelayanan", "1.187.500", "1.250.000", "95,00", "80"],
        ["2", "Program Trantibum", "297.600", "310.000", "96,00", "90"],
    ]


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        ("2.662.394.67", "9,00", True),  # the piece above is no number by itself
        ("94,2", "2", True),  # a second decimal digit
        ("97.8", "5", True),
        ("100,", "00", True),
        ("310.000", ".000,00", True),
        ("10.819.887,00", "1.101.285", False),  # the next row's amount
        ("100", "95", False),  # two whole numbers
        ("93,91", "95,00", False),
        ("82,47 %", "5", False),
    ],
)
def test_number_continues(above, below, expected):
    from lkjip.extract.layout.cues import number_continues

    assert number_continues(above.replace(" ", ""), below) is expected


def test_numbers_wrapped_in_narrow_borderless_columns_stay_in_their_row():
    """Lampiran 3 printed borderless on a portrait page: amounts break inside the number
    ("2.662.394.67" / "9,00"); the second line continues the row, it does not start one."""
    lines = [
        _line(100, (57, "NO"), (100, "URAIAN"), (180, "ANGGARAN"), (250, "REALISASI"), (320, "%")),
        _line(112, (100, "BELANJA"), (180, "2.662.394.67"), (250, "2.508.522.92"), (320, "94,2")),
        _line(124, (100, "LANGSUNG"), (216, "9,00"), (285, "3,00"), (330, "2")),
        _line(136, (57, "A."), (100, "PROGRAM"), (180, "2.525.442.49"), (250, "2.371.586.69"), (320, "93,9")),
        _line(148, (100, "PENUNJANG"), (216, "2,00"), (285, "8,00"), (330, "1")),
        _line(160, (57, "1."), (100, "Penyusunan"), (193, "1.101.285"), (262, "1.101.050"), (320, "99,9")),
        _line(172, (100, "Dokumen"), (330, "8")),
    ]
    (table,), _ = find_text_tables(lines)
    assert _rows(table.table)[1:] == [
        ["", "BELANJA LANGSUNG", "2.662.394.679,00", "2.508.522.923,00", "94,22"],
        ["A.", "PROGRAM PENUNJANG", "2.525.442.492,00", "2.371.586.698,00", "93,91"],
        ["1.", "Penyusunan Dokumen", "1.101.285", "1.101.050", "99,98"],
    ]


def _bold(line: TextLine) -> TextLine:
    for w in line.words:
        w.bold = True
    return TextLine(line.words)


def test_bold_header_read_by_level_with_years_and_column_numbers():
    """Tabel 2.1 borderless: wrapped group labels, a year row and a column-number row stay three header rows."""
    lines = [
        _bold(_line(100, (57, "Misi"), (100, "Indikator"), (235, "Kondisi"), (300, "Target"), (495, "Kondisi"))),
        _bold(_line(111, (235, "Awal"), (300, "2019"), (350, "2020"), (400, "2021"), (495, "Akhir"))),
        _bold(_line(122, (235, "(2018)"), (495, "(2021)"))),
        _bold(_line(133, (57, "1"), (100, "2"), (235, "3"), (300, "4"), (350, "5"), (400, "6"), (495, "7"))),
        _line(147, (57, "1"), (100, "Nilai SAKIP"), (235, "-"), (300, "30,88"), (350, "61,55"), (400, "70"),
              (495, "72")),  # fmt: skip
        _line(160, (57, "2"), (100, "IKM"), (235, "-"), (300, "82,59"), (350, "81,98"), (400, "81,81"),
              (495, "83,51")),  # fmt: skip
    ]
    (table,), _ = find_text_tables(lines)
    assert _rows(table.table) == [
        ["Misi", "Indikator", "Kondisi Awal (2018)", "Target", "", "", "Kondisi Akhir (2021)"],
        ["", "", "", "2019", "2020", "2021", ""],
        ["1", "2", "3", "4", "5", "6", "7"],
        ["1", "Nilai SAKIP", "-", "30,88", "61,55", "70", "72"],
        ["2", "IKM", "-", "82,59", "81,98", "81,81", "83,51"],
    ]
    assert [r.is_header for r in table.table.rows] == [True, True, True, False, False]


def test_table_header_cut_off_by_the_page_break_joins_the_body(tmp_path):
    """A borderless table whose header ends one page and whose body starts the next is one table,
    right after its caption (was: the header line a paragraph, the body "Tabel tanpa judul")."""
    from lkjip.extract.layout.assemble import assemble
    from lkjip.extract.layout.carry import dangling_start
    from lkjip.extract.layout.page import read_page_layout

    def glyphs(line: TextLine):
        from lkjip.extract.layout.geometry import Glyph

        out = []
        for w in line.words:
            step = (w.x1 - w.x0) / len(w.text)
            out += [Glyph(ch, w.x0 + i * step, w.top, w.x0 + (i + 1) * step, w.bottom, w.size, w.bold)
                    for i, ch in enumerate(w.text)]  # fmt: skip
            out.append(Glyph(" ", 0, 0, 0, 0))
        return out

    def to_lines(atoms):
        from lkjip.extract.layout.geometry import lines_from_glyphs

        return lines_from_glyphs(atoms)

    page1 = [_line(700, (57, "Tabel 3.7 Penyerapan Anggaran Kecamatan Sukamaju")),
             _bold(_line(716, (57, "NO"), (100, "URAIAN"), (330, "ANGGARAN"), (420, "REALISASI"))),
             _bold(_line(727, (330, "(Rp)")))]  # fmt: skip
    page2 = [_line(60 + 12 * i, (57, f"{i + 1}."), (100, f"Program {i + 1}"), (330, f"{i + 1}.250.000"),
                   (420, f"{i + 1}.187.500")) for i in range(4)]  # fmt: skip
    r1 = read_page_layout(1, 800, [g for ln in page1 for g in glyphs(ln)], [], to_lines, ruled=False)
    lead, _ = dangling_start(r1)
    assert [ln.text for ln in lead] == ["NO URAIAN ANGGARAN REALISASI", "(Rp)"]
    r2 = read_page_layout(2, 800, [g for ln in page2 for g in glyphs(ln)], [], to_lines, ruled=False, lead=lead)
    assert r2.lead_used
    r1.lines = [ln for ln in r1.lines if not any(ln is x for x in r2.lead_used)]
    blocks = assemble([r1, r2])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"]
    table = blocks[1]
    assert _rows(table)[0] == ["NO", "URAIAN", "ANGGARAN (Rp)", "REALISASI"]
    assert _rows(table)[1] == ["1.", "Program 1", "1.250.000", "1.187.500"]
    assert table.rows[0].page == 1 and table.rows[1].page == 2


def test_amount_wrapped_under_a_right_aligned_currency_stays_in_the_table():
    """"Rp." right-aligned on the row's first line, the amount on the next: the header above stays with
    the table (was: the header a paragraph "Program Anggaran Keterang an")."""
    lines = [
        _bold(_line(106, (79, "Program"), (396, "Anggaran"), (490, "Keterangan"))),
        _line(127, (60, "1"), (79, "Penunjang Urusan Pemerintahan Daerah"), (458, "Rp."), (490, "APBD/DAU")),
        _line(138, (408, "2.503.940.069")),
        _line(149, (60, "2"), (79, "Penyelenggaraan Pemerintahan"), (415, "Rp. 6.964"), (490, "APBD/DAU")),
        _line(160, (60, "3"), (79, "Pemberdayaan Masyarakat Desa"), (410, "Rp. 67.197"), (490, "APBD/DAU")),
    ]
    (table,), rest = find_text_tables(lines)
    assert rest == []
    assert _rows(table.table)[:2] == [
        ["", "Program", "Anggaran", "Keterangan"],
        ["1", "Penunjang Urusan Pemerintahan Daerah", "Rp. 2.503.940.069", "APBD/DAU"],
    ]


def test_two_borderless_tables_one_under_the_other_stay_apart():
    """A bold header after a wide gap starts the next table (PK targets, then PK budget)."""
    lines = [
        _bold(_line(100, (57, "No."), (90, "Tujuan"), (359, "Indikator"), (490, "Target"))),
        _line(111, (57, "1."), (90, "Meningkatnya tata kelola"), (359, "Nilai SAKIP"), (490, "70")),
        _line(122, (57, "2."), (90, "Meningkatnya pelayanan"), (359, "IKM"), (490, "82,99")),
        _bold(_line(150, (57, "No."), (90, "Program"), (401, "Anggaran"), (482, "Keterangan"))),
        _line(161, (57, "1"), (90, "Penunjang Urusan"), (401, "2.307.258.185"), (482, "APBD")),
        _line(172, (57, "2"), (90, "Penyelenggaraan"), (401, "3.355.204"), (482, "APBD")),
    ]
    tables, _ = find_text_tables(lines)
    assert [len(t.table.rows) for t in tables] == [3, 3]
    assert _rows(tables[1].table)[0] == ["No.", "Program", "Anggaran", "Keterangan"]


def test_row_cut_by_a_page_break_runs_on_in_lower_case():
    """Tabel 3.3 borderless: the cut row's rest ("pemerintahan desa" | "penataan desa") tops the next page."""
    from lkjip.extract.document import TableRow
    from lkjip.extract.layout.stitch import continues_row

    last = TableRow(cells=["Meningkatnya tata kelola", "Persentase kualitas tata kelola", "100", "100"])
    assert continues_row(last, TableRow(cells=["pemerintahan desa", "penataan desa", "", ""]))
    assert not continues_row(last, TableRow(cells=["Meningkatnya pelayanan", "IKM", "", ""]))
    assert not continues_row(last, TableRow(cells=["", "penataan desa", "", "100"]))


def test_total_label_wrapped_beside_wrapped_amounts_is_one_row():
    """"JUMLA" / "H" in the key column next to "2.662.394.67" / "9,00": the second line is no new row."""
    lines = [
        _line(100, (57, "NO"), (100, "URAIAN"), (180, "ANGGARAN"), (320, "%")),
        _line(112, (57, "1."), (100, "Program"), (193, "1.101.285"), (320, "99,9")),
        _line(124, (100, "Kerja"), (330, "8")),
        _line(136, (57, "JUMLA"), (180, "2.662.394.67"), (320, "94,2")),
        _line(148, (57, "H"), (216, "9,00"), (330, "2")),
    ]
    (table,), _ = find_text_tables(lines)
    assert _rows(table.table)[-1] == ["JUMLAH", "", "2.662.394.679,00", "94,22"]


def test_group_label_over_two_columns_does_not_hide_their_gap():
    """"Tahun 2023" over "Target | Realisasi" on the first line: the body shows the gap (was "64 64" in one cell)."""
    lines = [
        _bold(_line(100, (57, "No"), (90, "Sasaran"), (300, "Satuan"), (360, "Tahun 2023"), (460, "Capaian"))),
        _bold(_line(111, (360, "Target"), (410, "Realisasi"))),
        _line(125, (57, "1"), (90, "Partisipasi masyarakat"), (300, "%"), (370, "64"), (425, "64"), (460, "100")),
        _line(137, (57, "2"), (90, "Gangguan trantibum"), (300, "%"), (370, "74"), (425, "74"), (460, "100")),
    ]
    (table,), _ = find_text_tables(lines)
    assert _rows(table.table) == [
        ["No", "Sasaran", "Satuan", "Tahun 2023", "", "Capaian"],
        ["", "", "", "Target", "Realisasi", ""],
        ["1", "Partisipasi masyarakat", "%", "64", "64", "100"],
        ["2", "Gangguan trantibum", "%", "74", "74", "100"],
    ]


def test_next_tables_caption_ends_a_carried_table():
    """Tabel 3.4 ends page 9; page 10 opens with "Tabel 3.5 …": the caption and its table are not rows of 3.4."""
    from lkjip.extract.layout.page_table import PageTable

    first = [
        _line(100, (57, "Sasaran"), (250, "Target"), (330, "Realisasi"), (420, "Anggaran")),
        _line(112, (57, "Partisipasi"), (250, "64"), (330, "64"), (420, "35.026.597")),
        _line(124, (57, "Trantibum"), (250, "74"), (330, "74"), (420, "69.350.897")),
    ]
    (carry,), _ = find_text_tables(first)
    assert isinstance(carry, PageTable)
    page = [
        _line(60, (57, "Tabel 3.5 Efisiensi Penggunaan")),
        _line(76, (57, "Sasaran"), (250, "Capaian"), (330, "Serapan"), (420, "Efisiensi")),
        _line(88, (57, "Partisipasi"), (250, "100%"), (330, "100 %"), (420, "1,00")),
        _line(100, (57, "Trantibum"), (250, "100%"), (330, "83,50 %"), (420, "1,20")),
    ]
    tables, rest = find_text_tables(page, carry=carry)
    assert [ln.text for ln in rest] == ["Tabel 3.5 Efisiensi Penggunaan"]
    assert _rows(tables[0].table)[0] == ["Sasaran", "Capaian", "Serapan", "Efisiensi"]


def test_a_last_row_alone_atop_a_page_continues_the_carried_table_above_a_wider_table():
    """The page break left a table's last row alone on the next page, the next table (more columns) a blank line
    and a caption under it: that row is the carried table's, whatever the columns of the table below it."""
    from lkjip.extract.layout.page_table import PageTable

    first = [
        _line(100, (57, "Sasaran"), (250, "Target"), (330, "Realisasi"), (420, "Kemajuan")),
        _line(112, (57, "Partisipasi"), (250, "64"), (330, "64"), (420, "100")),
        _line(124, (57, "Pelayanan"), (250, "82"), (330, "80"), (420, "97")),
    ]
    (carry,), _ = find_text_tables(first)
    assert isinstance(carry, PageTable)
    page = [
        _line(60, (57, "Trantibum"), (250, "74"), (330, "70"), (420, "94")),
        _line(100, (57, "Tabel 3.5 Efisiensi Penggunaan")),
        _line(116, (57, "Sasaran"), (150, "Capaian"), (230, "Serapan"), (300, "Efisiensi"), (380, "Anggaran"),
              (460, "Realisasi")),
        _line(128, (57, "Partisipasi"), (150, "100%"), (230, "100 %"), (300, "1,00"), (380, "35.026.597"),
              (460, "35.026.597")),
        _line(140, (57, "Trantibum"), (150, "95%"), (230, "83,50 %"), (300, "1,20"), (380, "69.350.897"),
              (460, "57.907.999")),
    ]
    tables, rest = find_text_tables(page, carry=carry)
    assert tables[0].carried and _rows(tables[0].table) == [["Trantibum", "74", "70", "94"]]
    assert [ln.text for ln in rest] == ["Tabel 3.5 Efisiensi Penggunaan"]


def test_a_page_showing_finer_columns_right_under_its_first_lines_is_not_the_carried_table():
    """No blank and no caption under the page's first lines: the finer columns a line further down shows are the
    page's own table, so the lines above them are not read with the carried table's columns."""
    from lkjip.extract.layout.page_table import PageTable

    first = [
        _line(100, (57, "Sasaran"), (250, "Target"), (420, "Anggaran")),
        _line(112, (57, "Partisipasi"), (250, "64"), (420, "35.026.597")),
        _line(124, (57, "Pelayanan"), (250, "82"), (420, "69.350.897")),
    ]
    (carry,), _ = find_text_tables(first)
    assert isinstance(carry, PageTable)
    page = [
        _line(60, (57, "Koordinasi"), (250, "74"), (420, "12.500.000")),
        _line(72, (57, "kegiatan yang terlaksana dengan tepat waktu")),
        _line(84, (57, "a."), (80, "Penyusunan"), (250, "78.061"), (300, "74.938"), (350, "96"), (420, "Dokumen")),
        _line(96, (57, "b."), (80, "Koordinasi"), (250, "39.470"), (300, "38.112"), (350, "97"), (420, "Laporan")),
    ]
    tables, _ = find_text_tables(page, carry=carry)
    assert not any(t.carried for t in tables)


def test_caption_is_its_own_paragraph_and_runs_on_over_two_lines():
    """"… berikut ini :" + "Tabel 3.6 …" + "Kabupaten Y Tahun 2022": the caption is one paragraph of its own."""
    from lkjip.extract.layout.paragraphs import paragraphs_from_lines

    lines = [
        _line(100, (57, "Sedangkan anggaran dan realisasi yang dialokasikan untuk membiayai program")),
        _line(114, (57, "dan kegiatan strategis dapat disajikan dalam tabel berikut : Tabel 3.6 x")),
        _line(128, (57, "Tabel 3.6 Realisasi Anggaran Kecamatan Sukamaju")),
        _line(142, (57, "Kabupaten Tanjung Wangi Tahun 2023")),
    ]
    paras = paragraphs_from_lines(lines, 1)
    assert [p.text for p in paras][1:] == ["Tabel 3.6 Realisasi Anggaran Kecamatan Sukamaju Kabupaten Tanjung Wangi Tahun 2023"]
    assert paras[1].lines == ["Tabel 3.6 Realisasi Anggaran Kecamatan Sukamaju", "Kabupaten Tanjung Wangi Tahun 2023"]


def test_centred_signature_lines_stay_apart_and_keep_their_lines():
    """Short centred lines (place/date, jabatan, name, pangkat, NIP) are not one paragraph."""
    from lkjip.extract.layout.paragraphs import paragraphs_from_lines

    body = [_line(100 + 14 * i, (57, "Semoga laporan ini bermanfaat bagi semua pihak yang berkepentingan dan")) for i in range(3)]
    sig = [_line(160, (200, "Sampang, 05 Maret 2023")), _line(174, (210, "CAMAT SUKAMAJU")),
           _line(188, (205, "ABDUL HALIM, BA")), _line(202, (220, "Pembina"))]  # fmt: skip
    paras = paragraphs_from_lines(body + sig, 2, margins=(57, body[0].x1))
    assert [p.text for p in paras[1:]] == ["Sampang, 05 Maret 2023", "CAMAT SUKAMAJU", "ABDUL HALIM, BA", "Pembina"]
    assert all(p.lines == [p.text] for p in paras[1:])


def test_bold_header_of_the_next_table_ends_a_carried_table():
    """DAFTAR GAMBAR ends page 1; page 2 opens with DAFTAR LAMPIRAN's bold "Halaman" header: a new table."""
    first = [
        _line(100, (57, "Gambar 1.1 Struktur Organisasi"), (500, "4")),
        _line(112, (57, "Gambar 1.2 Proses Bisnis"), (500, "14")),
        _line(124, (57, "Gambar 3.1 Nilai IKM"), (500, "21")),
    ]
    (carry,), _ = find_text_tables(first)
    page = [
        TextLine([*_line(60, (57, "DAFTAR LAMPIRAN")).words, *_bold(_line(60, (470, "Halaman"))).words]),
        _line(74, (57, "Lampiran 1"), (150, "Penetapan Kinerja Tahun 2022")),
        _line(86, (57, "Lampiran 3"), (150, "Rincian Anggaran per kegiatan")),
    ]
    from lkjip.extract.layout.borderless import seg_spans
    from lkjip.extract.layout.carried_region import carried_region as _carried_region

    assert _carried_region(page, [seg_spans(ln) for ln in page], carry) == -1
    tables, _ = find_text_tables(page, carry=carry)
    assert _rows(tables[0].table)[0] == ["DAFTAR LAMPIRAN", "Halaman"]  # a table of its own, with its header


def _cell(*texts: str, x0: float = 100.0) -> list[TextLine]:
    return [_line(100 + 12 * i, (x0, t)) for i, t in enumerate(texts)]


def test_word_broken_by_a_narrow_cell_is_rejoined_by_geometry():
    """The line fills the cell to within a character and the word is wider than the cell: "Kamti" + "bmas"."""
    from lkjip.extract.layout.words import lines_text

    lines = _cell("Gangguan", "Kamti", "bmas")  # 5 pt a character: "Gangguan" 100-140, "Kamti" 100-125
    assert lines_text(lines, right_edge=126.0) == "Gangguan Kamtibmas"
    # the same pieces in a cell with room to spare: the break was between words
    assert lines_text(lines, right_edge=160.0) == "Gangguan Kamti bmas"
    # a word the document prints on its own before a line break is no fragment ("Difasilitasi" / "dalam")
    vocab = Vocabulary(["laporan yang dalam rangka ini sudah"])
    assert lines_text(_cell("Difasili", "dalam"), right_edge=141.0, vocab=vocab) == "Difasili dalam"


def test_slash_between_spaces_keeps_its_spaces():
    """"Pengujian /" + "Verifikasi" is "Pengujian / Verifikasi"; "Kabupaten/" + "Kota" stays glued."""
    assert join_wrapped(["Penatausahaan dan Pengujian /", "Verifikasi Keuangan"]) == (
        "Penatausahaan dan Pengujian / Verifikasi Keuangan"
    )
    assert join_wrapped(["Kabupaten/", "Kota"]) == "Kabupaten/Kota"


def test_new_row_at_the_top_of_a_page_is_not_the_rest_of_a_cut_row():
    """A row whose cells below a vertical merge start the next page (cols 9-10 only) is a row of its own when
    the last row's text in those columns ended well above the page break."""
    from lkjip.extract.document import TableRow
    from lkjip.extract.layout.stitch import continues_row
    from lkjip.extract.layout.words import Tail

    last = TableRow(cells=["1", "Tujuan", "Pelaksanaan Urusan Perizinan", "Jumlah Izin yang diproses"])
    first = TableRow(cells=["", "", "Pelaksanaan Urusan Non Perizinan", "Jumlah Rekomendasi"])
    ended = [Tail("1", False, False), Tail("Tujuan", False, False), Tail("Perizinan", False, True),
             Tail("diproses", False, False)]  # fmt: skip
    assert not continues_row(last, first, ended)
    cut = [*ended[:3], Tail("yang", False, True)]
    assert continues_row(last, first, cut)


def test_sub_rows_under_cells_merged_down_in_a_borderless_table():
    """Cascading: "Pelaksanaan … / Jumlah …" starting again in columns whose cells ended is a new row."""
    lines = [
        _bold(_line(100, (57, "No"), (100, "Kegiatan"), (250, "Sub"), (400, "Indikator"))),
        _line(114, (57, "1"), (100, "Pelaksanaan"), (250, "Pelayanan"), (400, "Jumlah")),
        _line(125, (100, "Urusan"), (250, "Terpadu"), (400, "Berkas")),
        _line(136, (100, "Pemerintahan"), (250, "Kecamatan")),
        _line(147, (100, "Kecamatan")),
        _line(158, (250, "Pelaksanaan"), (400, "Jumlah")),
        _line(169, (250, "Non Perizinan"), (400, "Rekomendasi")),
        _line(183, (57, "2"), (100, "Koordinasi"), (250, "Fasilitasi"), (400, "Jumlah Profil")),
    ]
    (table,), _ = find_text_tables(lines)
    assert _rows(table.table)[1:] == [
        ["1", "Pelaksanaan Urusan Pemerintahan Kecamatan", "Pelayanan Terpadu Kecamatan", "Jumlah Berkas"],
        ["", "", "Pelaksanaan Non Perizinan", "Jumlah Rekomendasi"],
        ["2", "Koordinasi", "Fasilitasi", "Jumlah Profil"],
    ]


def test_column_number_row_shows_a_narrow_first_column():
    """"N"/"o" wrapped in a narrow No column sits too close to "Tujuan" to show a gap; "1 2 3 4" shows it."""
    lines = [
        _bold(_line(100, (57, "N"), (70, "Tujuan"), (200, "Indikator"), (330, "Sasaran"))),
        _bold(_line(111, (57, "o"))),
        _bold(_line(122, (57, "1"), (72, "2"), (200, "3"), (330, "4"))),
        _line(136, (72, "Meningkatnya"), (200, "Persentase Desa"), (330, "Meningkatnya")),
        _line(147, (72, "kemajuan desa"), (200, "Maju"), (330, "kemajuan desa")),
        _line(161, (72, "Meningkatnya"), (200, "Indeks Kepuasan"), (330, "Kualitas")),
    ]
    (table,), _ = find_text_tables(lines)
    rows = _rows(table.table)
    assert rows[0] == ["No", "Tujuan", "Indikator", "Sasaran"]
    assert rows[1] == ["1", "2", "3", "4"]


def test_cell_ending_right_above_a_capital_that_would_have_fit_starts_a_row():
    """The only cell of a sub-row starts right under the previous cell of its column: the word would have
    fit on the short line above, so that line ended the cell."""
    lines = [
        _bold(_line(100, (57, "No"), (100, "Kegiatan"), (300, "Indikator Sub"))),
        _line(114, (57, "1"), (100, "Koordinasi Kegiatan"), (300, "Jumlah Lembaga yang")),
        _line(125, (100, "Pemberdayaan Desa"), (300, "Berpartisipasi")),
        _line(136, (300, "Jumlah usulan program kerja")),
        _line(150, (57, "2"), (100, "Penyelenggaraan"), (300, "Jumlah Laporan")),
    ]
    (table,), _ = find_text_tables(lines)
    assert [r[2] for r in _rows(table.table)[1:]] == [
        "Jumlah Lembaga yang Berpartisipasi", "Jumlah usulan program kerja", "Jumlah Laporan"]


# --------------------------------------------------------------------------- rendered regression fixtures


def _lampiran_expected(reorder: bool = False) -> list[list[str]]:
    mod = _fixtures_module()
    rows = [list(r) for r in mod.LAMPIRAN_HEADER] + [list(r) for r in mod.lampiran_rows()]
    if reorder:  # the repeated_header_reordered style prints Realisasi before Anggaran
        for r in rows[1:]:
            r[2], r[3] = r[3], r[2]
    return rows


def test_borderless_narrow_columns_fixture():
    """9 columns borderless on a portrait page: amounts wrap inside their cells ("1.123.456.789,0" / "0"),
    "100" breaks as "10" / "0", "2 Dokumen" as "2" / "Dokumen"; the No column has left and right aligned keys."""
    doc = read_pdf(READERS / "borderless_narrow.pdf")
    t = _table_after(doc, "Lampiran 3")
    assert t.strategy == "text"
    assert _rows(t) == _lampiran_expected()
    assert [r.is_header for r in t.rows[:3]] == [True, True, False]


def test_rules_only_two_level_header_fixture():
    """Horizontal rules only: the two header levels between the same rules stay two rows, Realisasi first."""
    doc = read_pdf(READERS / "rules_only_two_level.pdf")
    t = _table_after(doc, "Lampiran 3")
    assert _rows(t) == _lampiran_expected(reorder=True)


def test_number_running_on_in_a_text_column_is_no_new_row():
    """"Jumlah monev penyebaran COVID-" / "19" in a text-only table (no numeric column): the "19" finishes
    the cell, it does not start a row."""
    lines = [
        _bold(_line(100, (57, "Unit"), (120, "Kegiatan"), (250, "Sub Kegiatan"), (400, "Indikator"))),
        _line(114, (57, "Seksi"), (120, "Koordinasi"), (250, "Sinergitas"), (400, "Jumlah monev COVID-")),
        _line(125, (57, "Umum"), (120, "Pemberdayaan"), (400, "19")),
        _line(136, (57, "Seksi"), (120, "Penyelenggaraan"), (250, "Harmonisasi"), (400, "Jumlah Laporan")),
        _line(147, (57, "Trantib"), (120, "Pemerintahan"), (250, "Tokoh"), (400, "Sinergitas")),
    ]
    (table,), _ = find_text_tables(lines)
    assert [r[3] for r in _rows(table.table)[1:]] == ["Jumlah monev COVID-19", "Jumlah Laporan Sinergitas"]


def _cell8(*texts: str, x0: float = 100.0) -> list[TextLine]:
    """One cell's lines in an 8 pt font, 5 pt a character."""
    return [TextLine([Word(t, x0, 100 + 10 * i, x0 + 5.0 * len(t), 108 + 10 * i, size=8)]) for i, t in enumerate(texts)]


def test_word_broken_where_its_next_character_would_not_fit_is_rejoined():
    """"Kamtib" (100-130) leaves 6 pt to the cell's edge, less than the "m" of "mas" takes (a wide letter, ~6.6 pt
    of the fragment's 15): the renderer broke "Kamtibmas" although the line is not within 0.7 em of the edge."""
    from lkjip.extract.layout.words import first_char_width, lines_text

    lines = _cell8("Gangguan", "Kamtib", "mas")
    assert first_char_width(lines[2].words[0]) > 6.0 > first_char_width(_cell8("ias")[0].words[0])
    assert lines_text(lines, right_edge=136.0) == "Gangguan Kamtibmas"
    assert lines_text(lines, right_edge=139.0) == "Gangguan Kamtib mas"  # room for the "m": two words
    # "Doku" / "men": the document prints "Dokumen" whole, so the fragments join where the "m" would not fit
    vocab = Vocabulary(["Jumlah Dokumen yang difasilitasi ini"])
    assert lines_text(_cell8("120", "Doku", "men"), right_edge=126.0, vocab=vocab) == "120 Dokumen"


def test_broken_word_starts_its_line():
    """A word too wide for its cell is moved to a line of its own before the renderer breaks it, so a break
    after a line of several words is between words: "dan tokoh" / "masyaraka" / "t"."""
    from lkjip.extract.layout.words import lines_text

    lines = [TextLine([Word("dan", 100, 100, 115, 108, size=8), Word("tokoh", 117, 100, 142, 108, size=8)]),
             TextLine([Word("masyaraka", 100, 110, 145, 118, size=8)]), TextLine([Word("t", 100, 120, 103, 128, size=8)])]
    assert lines_text(lines, right_edge=145.0) == "dan tokoh masyarakat"


def test_slash_at_a_line_break_keeps_the_space_the_document_prints():
    """"Kabupaten/" + "Kota": the document prints the same name on one line as "… Kabupaten/ Kota", so the
    break stood for a space; a name it prints glued stays glued, and so does one it never prints."""
    vocab = Vocabulary([
        "Program Penunjang Urusan Daerah Kabupaten/ Kota 2.525.442.492\n"
        "1 Penunjang Urusan Daerah Kabupaten/Kota Rp. 2.503.940.069 APBD"
    ])  # fmt: skip
    assert join_wrapped(["Program Penunjang Urusan Daerah Kabupaten/", "Kota"], vocab=vocab) == (
        "Program Penunjang Urusan Daerah Kabupaten/ Kota"
    )
    assert join_wrapped(["1 Penunjang Urusan Daerah Kabupaten/", "Kota"], vocab=vocab) == (
        "1 Penunjang Urusan Daerah Kabupaten/Kota"
    )
    assert join_wrapped(["Pemeliharaan/", "Rehabilitasi"], vocab=vocab) == "Pemeliharaan/Rehabilitasi"


def test_line_opening_with_a_slash_keeps_the_space_the_document_prints():
    """"… sekolah negeri" + "/swasta …": the document prints the phrase on one line as "negeri /swasta", so the
    break stood for a space; a phrase it prints glued stays glued. A phrase it never prints keeps the space: a
    line breaks before a slash only at a space (a narrow cell may force it elsewhere, which the document's own
    printing then shows). One word glued elsewhere is no evidence: the same report prints "desa/kelurahan" and
    "desa /kelurahan"."""
    vocab = Vocabulary([
        "Persentase sekolah negeri /swasta yang dibina tahun ini 95,00 %\n"
        "Jumlah pasar desa/kelurahan yang direvitalisasi sebanyak 12 unit"
    ])  # fmt: skip
    assert join_wrapped(["Persentase sekolah negeri", "/swasta yang dibina"], vocab=vocab) == (
        "Persentase sekolah negeri /swasta yang dibina"
    )
    assert join_wrapped(["Jumlah pasar desa", "/kelurahan yang direvitalisasi"], vocab=vocab) == (
        "Jumlah pasar desa/kelurahan yang direvitalisasi"
    )
    assert join_wrapped(["Rekomendasi", "/Pertimbangan Teknis"], vocab=vocab) == "Rekomendasi /Pertimbangan Teknis"
    assert join_wrapped(["tata kelola administrasi desa", "/kelurahan yang baik"], vocab=vocab) == (
        "tata kelola administrasi desa /kelurahan yang baik"
    )
    # a word too wide for its cell, alone on the line it filled, was broken before its slash by force
    assert join_wrapped(["Pemeliharaan", "/Rehabilitasi Gedung"], full_lines=[True, False], vocab=vocab) == (
        "Pemeliharaan/Rehabilitasi Gedung"
    )
    assert join_wrapped(["Pemeliharaan", "/Rehabilitasi Gedung"], vocab=vocab) == "Pemeliharaan /Rehabilitasi Gedung"


def test_cell_starting_with_its_columns_usual_first_word_starts_a_sub_row():
    """Cascading: every indicator cell opens with "Jumlah"; one starting right under the previous indicator's last
    line, which left no room for it, is still a sub-row of its own."""
    lines = [
        _bold(_line(100, (57, "No"), (100, "Kegiatan"), (300, "Indikator"))),
        _line(114, (57, "1"), (100, "Koordinasi Kegiatan"), (300, "Jumlah Lembaga yang")),
        _line(125, (100, "Pemberdayaan Desa"), (300, "Berpartisipasi dalam")),
        _line(136, (300, "Forum Musyawarah")),
        _line(147, (300, "Jumlah usulan program")),
        _line(161, (57, "2"), (100, "Penyelenggaraan"), (300, "Jumlah Laporan")),
    ]
    (table,), _ = find_text_tables(lines)
    assert [r[2] for r in _rows(table.table)[1:]] == [
        "Jumlah Lembaga yang Berpartisipasi dalam Forum Musyawarah", "Jumlah usulan program", "Jumlah Laporan"]


def test_row_cut_by_a_page_break_with_its_numbers_cut_too_is_rejoined():
    """Lampiran 3 bordered: Word broke row "2." across pages; the next page starts with the rest of its cells,
    amounts cut in the middle included ("100," / "00", "10" / "0"): one row, not a second one without a key."""
    from lkjip.extract.document import TableRow
    from lkjip.extract.layout.page_table import PageTable
    from lkjip.extract.layout.stitch import stitch
    from lkjip.extract.layout.words import Tail

    head = TableRow(cells=["No", "Uraian", "Anggaran", "%", "Output", "%"], is_header=True)
    cut = TableRow(cells=["2.", "Administrasi", "7.325.742,00", "100,", "Persentase", "10"], page=9)
    tails = [Tail("2.", False, False), Tail("Administrasi", False, True), Tail("7.325.742,00", True, False),
             Tail("100,", True, True), Tail("Persentase", False, True), Tail("10", True, True)]  # fmt: skip
    first = PageTable(Table(rows=[head, cut], page=9), [0, 1], 0, 10, 0, 100, tails=tails)
    rest = TableRow(cells=["", "Barang Milik Daerah", "", "00", "barang milik daerah", "0"], page=10)
    nxt = TableRow(cells=["1.", "Penatausahaan", "7.325.742", "100,00", "Jumlah Laporan", "100"], page=10)
    stitch(first, PageTable(Table(rows=[rest, nxt], page=10), [0, 1], 0, 10, 0, 100))
    assert _rows(first.table)[1:] == [
        ["2.", "Administrasi Barang Milik Daerah", "7.325.742,00", "100,00", "Persentase barang milik daerah", "100"],
        nxt.cells,
    ]


def test_word_cut_by_a_page_break_is_rejoined_by_the_room_left():
    """"keberda" ended its cell's line with no room for the "y" of "yaan" on the next page, and the word would
    not fit a line of its own: one word."""
    from lkjip.extract.layout.words import Tail, tail_glue

    tail = Tail("keberda", False, True, room=2.0, last_width=35.0, extent=40.0, size=10.0)
    assert tail_glue(tail, "Meningkatkan keberda", "yaan masyarakat", None)
    roomy = tail._replace(room=12.0)
    assert not tail_glue(roomy, "Meningkatkan keberda", "yaan masyarakat", None)


def test_heading_after_a_blank_line_ends_a_borderless_table():
    """DAFTAR TABEL (entry | page) whose last entry wraps, a blank line, then "DAFTAR LAMPIRAN" and its own list:
    the heading is no wrapped cell of the table above, and the lampiran list is a table of its own."""
    lines = [
        _line(88, (57, "Tabel 3.5 Efisiensi Penggunaan Sumber Daya"), (500, "12")),
        _line(100, (57, "Tabel 3.6 Realisasi Belanja per Program"), (500, "12")),
        _line(112, (57, "Tabel 3.7 Rincian Realisasi Anggaran per Kegiatan"), (500, "13")),
        _line(124, (57, "Bangkalan Tahun 2021")),
        _line(156, (57, "DAFTAR LAMPIRAN")),
        _line(170, (57, "Lampiran 1"), (132, "Perjanjian Kinerja Tahun 2021")),
        _line(182, (57, "Lampiran 2"), (132, "Perjanjian Kinerja Tahun 2022")),
        _line(194, (57, "Lampiran 3"), (132, "Pelaksanaan Program dan Kegiatan")),
    ]
    tables, rest = find_text_tables(lines)
    assert [ln.text for ln in rest] == ["DAFTAR LAMPIRAN"]
    assert _rows(tables[0].table)[-1] == ["Tabel 3.7 Rincian Realisasi Anggaran per Kegiatan Bangkalan Tahun 2021", "13"]
    assert _rows(tables[1].table)[-1] == ["Lampiran 3", "Pelaksanaan Program dan Kegiatan"]


def test_column_number_row_splits_keys_set_a_word_space_from_the_next_column():
    """Cascading borderless: the No column is so narrow that "1" and "Meningkatnya" form one segment; the
    column-number row "1 2 3 4" shows the gap, which no body word covers: the numbers are header, "1" a key."""
    lines = [
        _bold(_line(100, (57, "N"), (66, "Tujuan"), (200, "Indikator"), (330, "Sasaran"))),
        _bold(_line(111, (57, "o"))),
        _bold(_line(122, (57, "1"), (66, "2"), (200, "3"), (330, "4"))),
        _line(136, (57, "1"), (66, "Meningkatnya"), (200, "Persentase Desa"), (330, "Meningkatnya")),
        _line(147, (66, "kemajuan desa"), (200, "Maju"), (330, "kemajuan desa")),
        _line(161, (57, "2"), (66, "Meningkatnya mutu"), (200, "Indeks Kepuasan"), (330, "Kualitas pelayanan")),
    ]
    (table,), _ = find_text_tables(lines)
    rows = _rows(table.table)
    assert rows[1] == ["1", "2", "3", "4"] and table.table.rows[1].is_header
    assert rows[2] == ["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya kemajuan desa"]


def test_carried_columns_narrow_to_a_row_reaching_further_into_the_gap():
    """PK budget continued on the next page: its program name runs further right than any on the page before,
    into what was white there; the carried column gap narrows to this page's text, so no word of the name
    lands in the Anggaran column."""
    first = [
        _bold(_line(100, (57, "No"), (80, "Program"), (400, "Anggaran"), (490, "Ket"))),
        _line(114, (57, "1"), (80, "Penunjang Urusan Pemerintahan"), (400, "Rp. 3.275.048"), (490, "APBD")),
        _line(126, (57, "2"), (80, "Penyelenggaraan Pemerintahan"), (400, "Rp. 31.942"), (490, "APBD")),
        _line(138, (57, "3"), (80, "Pemberdayaan Masyarakat"), (400, "Rp. 148.447"), (490, "APBD")),
    ]
    (carry,), _ = find_text_tables(first)
    page = [
        _line(60, (57, "6"), (80, "Pemberdayaan Lembaga Kemasyarakatan Lembaga Adat dan Masyarakat"), (400, "Rp. 73.407"),
              (490, "APBD")),
        _line(72, (80, "Hukum Adat")),
        _line(84, (80, "Jumlah"), (400, "Rp. 3.580.557")),
    ]
    (table,), _ = find_text_tables(page, carry=carry)
    assert _rows(table.table) == [
        ["6", "Pemberdayaan Lembaga Kemasyarakatan Lembaga Adat dan Masyarakat Hukum Adat", "Rp. 73.407", "APBD"],
        ["", "Jumlah", "Rp. 3.580.557", ""],
    ]


def test_years_broken_in_narrow_header_cells_are_no_column_numbers():
    """"202" / "0", "202" / "1" under REALISASI: digits under digits finish the years, they are no row of column
    numbers; the real one, "(1) … (4)", still is."""
    lines = [
        _bold(_line(100, (57, "SASARAN"), (200, "TARGET"), (300, "REALISASI"))),
        _bold(_line(111, (200, "2022"), (300, "2019"), (350, "202"), (400, "202"))),
        _bold(_line(122, (350, "0"), (400, "1"))),
        _bold(_line(133, (57, "(1)"), (200, "(2)"), (300, "(3)"), (350, "(4)"), (400, "(5)"))),
        _line(147, (57, "Menurunnya gangguan"), (200, "82"), (300, "60"), (350, "66"), (400, "78")),
        _line(161, (57, "Meningkatnya kualitas"), (200, "76"), (300, "65"), (350, "68"), (400, "73")),
    ]
    (table,), _ = find_text_tables(lines)
    rows = _rows(table.table)
    assert rows[1][2:] == ["2019", "2020", "2021"]
    assert rows[2] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    assert [r.is_header for r in table.table.rows] == [True, True, True, False, False]


def test_row_cut_mid_phrase_continues_with_a_capital():
    """"Program Pemberdayaan Lembaga Kemasyarakatan," ends a page; "Lembaga Adat dan Masyarakat Hukum Adat" tops the
    next one in the same cell: the comma says the name runs on."""
    from lkjip.extract.document import TableRow
    from lkjip.extract.layout.stitch import continues_row

    last = TableRow(cells=["Program Pemberdayaan Lembaga Kemasyarakatan,", "117.959.009,-", "89,63 %"])
    assert continues_row(last, TableRow(cells=["Lembaga Adat dan Masyarakat Hukum Adat", "", ""]))
    whole = TableRow(cells=["Program Pembinaan Pemerintahan Desa", "47.269.089,-", "98,26 %"])
    assert not continues_row(whole, TableRow(cells=["Program Pemberdayaan Lembaga", "", ""]))


def test_piece_starting_a_printed_word_is_no_fragment():
    """"wilayah" / "kecam" / "atan": "kecam" starts "kecamatan", a word the document prints, so it starts a word
    of its own (broken in turn), not the rest of "wilayah"."""
    from lkjip.extract.layout.words import lines_text

    vocab = Vocabulary(["camat di kecamatan ini dan kecamatan lain"])
    pieces = [("wilayah", 130.5), ("kecam", 126.6), ("atan", 118.0)]
    lines = [TextLine([Word(t, 100, 100 + 10 * i, x1, 108 + 10 * i, size=8)]) for i, (t, x1) in enumerate(pieces)]
    assert lines_text(lines, right_edge=130.6, vocab=vocab) == "wilayah kecamatan"

"""Build the reader test fixtures: invented LKjIP-like documents, DOCX → PDF with LibreOffice.

The committed PDFs in this folder were made by this script; regenerate them with

    .venv/bin/python tests/data/readers/make_fixtures.py [OUTDIR [NAME ...]]

(needs ``soffice``; the scanned fixture also needs pypdfium2 and Pillow, the
encrypted one ``qpdf``). The
content is invented (Kecamatan Sukamaju, Kabupaten Tanjung Wangi) and never
copied from a real report. Tests import the ``build_*`` functions to write
fresh DOCX files, so the LibreOffice-marked tests check the same documents.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

HEADER_TEXT = "LKjIP Kecamatan Sukamaju Tahun 2023"
FOOTER_TEXT = "Laporan Kinerja Kecamatan Sukamaju"

SASARAN = [
    ("1", "Meningkatnya kualitas pelayanan administrasi kecamatan", "Indeks Kepuasan Masyarakat", "80,50", "82,10"),
    (
        "2",
        "Terwujudnya tata kelola pemerintahan desa yang akuntabel",
        "Persentase desa dengan laporan APBDes tepat waktu",
        "90 %",
        "95 %",
    ),
    ("3", "Meningkatnya ketentraman dan ketertiban umum", "Persentase penurunan gangguan trantibum", "15 %", "18 %"),
]

PROGRAMS = [
    ("1", "Program Penunjang Urusan Pemerintahan Daerah KABUPATEN/KOTA", "1.250.000.000", "1.187.500.000", "95,00"),
    ("2", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "310.000.000", "297.600.000", "96,00"),
    ("3", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "84.000.000", "79.800.000", "95,00"),
]

SUB_KEGIATAN = [
    "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    "Evaluasi Kinerja Perangkat Daerah",
    "Penyediaan Gaji dan Tunjangan ASN",
    "Penyediaan Administrasi Pelaksanaan Tugas ASN",
    "Penyediaan Bahan Logistik Kantor",
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Pemeliharaan Peralatan dan Mesin Lainnya",
    "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal",
    "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan",
]


def long_rows(n: int = 46) -> list[tuple[str, str, str, str, str]]:
    """Invented sub kegiatan budget rows; anggaran grows with the row number so every row differs."""
    rows = []
    for i in range(1, n + 1):
        name = f"{SUB_KEGIATAN[(i - 1) % len(SUB_KEGIATAN)]} Tahap {i}"
        anggaran = 1_000_000 * i + 250_000
        realisasi = anggaran - 12_500 * i
        pct = f"{realisasi * 100 / anggaran:.2f}".replace(".", ",")
        rows.append((str(i), name, _money(anggaran), _money(realisasi), pct))
    return rows


def _money(v: int) -> str:
    return f"{v:,}".replace(",", ".")


# --------------------------------------------------------------------------- docx helpers


def _bold_para(doc, text: str, size: float | None = None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return p


def _set_widths(table, widths_cm: list[float]) -> None:
    """Fixed column widths, in the grid (what LibreOffice reads) and on every cell (what Word reads)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths_cm, strict=False):
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(w)


def _fill(table, rows: list[tuple[str, ...]], start: int = 0) -> None:
    for r, values in enumerate(rows, start=start):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _borders(table, edges: dict[str, str]) -> None:
    """Set table borders: edges maps top/left/bottom/right/insideH/insideV to 'single' or 'nil'."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        kind = edges.get(edge, "nil")
        el.set(qn("w:val"), kind)
        if kind != "nil":
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _page_field(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def _furniture(doc) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    footer = section.footer.paragraphs[0]
    footer.text = FOOTER_TEXT + " - halaman "
    _page_field(footer)


def _new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    return doc


# --------------------------------------------------------------------------- documents


def build_bordered(path: Path) -> Path:
    """Heading, narrative, caption, a bordered table with wrapped cells, a closing note."""
    doc = _new_doc()
    _bold_para(doc, "BAB III", 14)
    _bold_para(doc, "AKUNTABILITAS KINERJA", 14)
    doc.add_paragraph(
        "Pada tahun 2023 Kecamatan Sukamaju menetapkan tiga sasaran strategis. Capaian rata-rata "
        "seluruh indikator kinerja sasaran adalah 104,12 % dari target yang ditetapkan dalam "
        "Perjanjian Kinerja."
    )
    doc.add_paragraph("Tabel 3.1 Capaian Kinerja Sasaran Kecamatan Sukamaju Tahun 2023")
    t = doc.add_table(rows=1 + len(SASARAN), cols=5)
    t.style = "Table Grid"
    _fill(t, [("No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi")])
    _fill(t, SASARAN, start=1)
    for cell in t.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    _set_widths(t, [1.0, 5.0, 5.5, 2.2, 2.2])
    doc.add_paragraph("")
    doc.add_paragraph("Tabel 3.2 Anggaran Program Kecamatan Sukamaju Tahun 2023")
    t2 = doc.add_table(rows=1 + len(PROGRAMS), cols=4)
    t2.style = "Table Grid"
    _fill(t2, [("No", "Program", "Anggaran", "Kegiatan Utama")])
    for i, (no, name, anggaran, _real, _pct) in enumerate(PROGRAMS, start=1):
        _fill(t2, [(no, name, anggaran + ",00", "Perencanaan, Penganggaran, dan Evaluasi Kinerja")], start=i)
    # narrow columns: the program name and the amount must wrap, the amount inside the number
    _set_widths(t2, [1.0, 2.6, 1.7, 3.0])
    doc.add_paragraph("Sumber: Subbagian Perencanaan dan Keuangan Kecamatan Sukamaju.")
    doc.save(path)
    return path


def build_two_level(path: Path) -> Path:
    """A budget table whose ANGGARAN header spans ANGGARAN / REALISASI / %."""
    doc = _new_doc()
    doc.add_paragraph("Tabel 3.7 Penyerapan Anggaran per Sasaran Kecamatan Sukamaju Tahun 2023")
    t = doc.add_table(rows=2 + len(PROGRAMS) + 1, cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 0).text = "NO"
    t.cell(0, 1).text = "URAIAN"
    t.cell(0, 2).text = "ANGGARAN"
    for k, h in enumerate(("ANGGARAN", "REALISASI", "%")):
        t.cell(1, 2 + k).text = h
    _fill(t, PROGRAMS, start=2)
    last = 2 + len(PROGRAMS)
    t.cell(last, 0).merge(t.cell(last, 1))
    t.cell(last, 0).text = "JUMLAH"
    t.cell(last, 2).text = "1.644.000.000"
    t.cell(last, 3).text = "1.564.900.000"
    t.cell(last, 4).text = "95,19"
    _set_widths(t, [1.2, 7.0, 3.0, 3.0, 1.6])
    doc.save(path)
    return path


def build_borderless(path: Path) -> Path:
    """A table printed without any rules, one with horizontal rules only, and a bordered one."""
    doc = _new_doc()
    doc.add_paragraph("Tabel 2.3 Program dan Anggaran Kecamatan Sukamaju")
    t = doc.add_table(rows=1 + len(PROGRAMS), cols=4)  # default style: no borders
    _fill(t, [("No", "Program", "Anggaran", "Realisasi")])
    _fill(t, [(no, name, a, r) for no, name, a, r, _ in PROGRAMS], start=1)
    _set_widths(t, [1.0, 7.5, 3.2, 3.2])
    doc.add_paragraph("Anggaran di atas bersumber dari APBD Kabupaten Tanjung Wangi.")
    doc.add_paragraph("Tabel 3.5 Efisiensi Penggunaan Sumber Daya")
    t2 = doc.add_table(rows=4, cols=4)
    _borders(t2, {"top": "single", "bottom": "single", "insideH": "single"})
    _fill(
        t2,
        [
            ("No", "Sasaran", "Capaian Kinerja", "Serapan Anggaran"),
            ("1", "Meningkatnya kualitas pelayanan administrasi kecamatan", "101,99 %", "95,00 %"),
            ("2", "Terwujudnya tata kelola pemerintahan desa yang akuntabel", "105,56 %", "96,00 %"),
            ("3", "Meningkatnya ketentraman dan ketertiban umum", "120,00 %", "95,00 %"),
        ],
    )
    _set_widths(t2, [1.0, 6.0, 3.0, 3.0])
    doc.add_paragraph("Tabel 3.8 Sumber Dana")
    t3 = doc.add_table(rows=3, cols=3)  # on the same page: a bordered table, read by its rules
    t3.style = "Table Grid"
    _fill(t3, [("No", "Sumber Dana", "Jumlah"), ("1", "DAU", "1.500.000.000"), ("2", "DBH", "144.000.000")])
    _set_widths(t3, [1.0, 5.0, 4.0])
    doc.save(path)
    return path


def build_long_table(path: Path, *, repeat_header: bool, borders: bool = True) -> Path:
    """A budget table running over two pages, with running header and footer."""
    doc = _new_doc()
    _furniture(doc)
    _bold_para(doc, "B. REALISASI ANGGARAN")
    doc.add_paragraph(
        "Rincian realisasi anggaran per sub kegiatan Kecamatan Sukamaju disajikan pada tabel berikut."
    )
    doc.add_paragraph("Tabel 3.6 Realisasi Anggaran per Sub Kegiatan Tahun 2023")
    rows = long_rows()
    t = doc.add_table(rows=1 + len(rows), cols=5)
    if borders:
        t.style = "Table Grid"
    _fill(t, [("No", "Sub Kegiatan", "Anggaran", "Realisasi", "%")])
    _fill(t, rows, start=1)
    if repeat_header:
        _repeat_header(t.rows[0])
    _set_widths(t, [1.0, 8.0, 3.0, 3.0, 1.5])
    doc.add_paragraph("Seluruh sub kegiatan telah dilaksanakan sesuai jadwal.")
    doc.save(path)
    return path


def build_landscape(path: Path) -> Path:
    """A landscape page with a wide quarterly table."""
    doc = _new_doc()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.add_paragraph("Tabel 3.4 Realisasi Kinerja per Triwulan Kecamatan Sukamaju Tahun 2023")
    header = ("No", "Indikator Kinerja", "Satuan", "Target", "TW I", "TW II", "TW III", "TW IV", "Capaian")
    data = [
        ("1", "Indeks Kepuasan Masyarakat", "indeks", "80,50", "78,00", "80,10", "81,40", "82,10", "101,99"),
        ("2", "Persentase desa dengan laporan APBDes tepat waktu", "%", "90", "40", "65", "80", "95", "105,56"),
        ("3", "Persentase penurunan gangguan trantibum", "%", "15", "3", "8", "12", "18", "120,00"),
    ]
    t = doc.add_table(rows=1 + len(data), cols=len(header))
    t.style = "Table Grid"
    _fill(t, [header])
    _fill(t, data, start=1)
    _set_widths(t, [1.0, 8.0, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 2.0])
    doc.save(path)
    return path


def long_paragraph_text() -> str:
    """One long sentence, so the page break falls inside it."""
    seksi = ["pemerintahan", "ketentraman dan ketertiban umum", "pemberdayaan masyarakat desa", "kesejahteraan sosial",
             "pelayanan umum", "tata usaha"]  # fmt: skip
    verbs = ["dilaksanakan oleh", "dikoordinasikan bersama", "dipantau oleh", "dievaluasi oleh"]
    clauses = [f"kegiatan ke-{i} {verbs[i % 4]} seksi {seksi[i % 6]} dengan anggaran {i * 7}.{i % 10}50.000 rupiah"
               for i in range(1, 101)]  # fmt: skip
    return "Pada tahun 2023 " + ", ".join(clauses) + "."


def build_long_paragraph(path: Path) -> Path:
    """A paragraph of running text crossing two page breaks."""
    doc = _new_doc()
    _bold_para(doc, "A. UMUM")
    doc.add_paragraph(long_paragraph_text())
    doc.add_paragraph("Paragraf penutup.")
    doc.save(path)
    return path


def lampiran_rows() -> list[tuple[str, ...]]:
    """Invented rincian rows: amounts of 13+ characters that a narrow borderless column must wrap."""
    rows = [("", "BELANJA LANGSUNG", "2.134.567.890,00", "2.001.234.567,00", "93,75", "", "", "", "")]
    for i, name in enumerate(SUB_KEGIATAN[:6], start=1):
        anggaran = 1_000_000_000 + 123_456_789 * i
        realisasi = anggaran - 98_765_432 * i
        pct = f"{realisasi * 100 / anggaran:.2f}".replace(".", ",")
        rows.append((f"{i}.", name, _money(anggaran) + ",00", _money(realisasi) + ",00", pct,
                     f"Jumlah Dokumen {name.split()[-1]}", f"{i + 1} Dokumen", f"{i + 1} Dokumen", "100"))  # fmt: skip
    rows.append(("JUMLAH", "", "8.901.234.567,00", "8.345.678.901,00", "93,76", "", "", "", ""))
    return rows


LAMPIRAN_HEADER = [
    ("NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""),
    ("", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"),
]


def _rendered(path: Path, style: str, caption: str) -> Path:
    """A caption and the Lampiran table, rendered the way lkjip.synth.render prints reports."""
    from lkjip.extract.document import Document as LkjipDocument
    from lkjip.extract.document import Paragraph, Table, TableRow
    from lkjip.synth.render import render_docx

    rows = [TableRow(cells=list(r), is_header=True) for r in LAMPIRAN_HEADER]
    rows += [TableRow(cells=list(r)) for r in lampiran_rows()]
    doc = LkjipDocument(source_file="fixture", input_format="text", blocks=[
        Paragraph(text="Laporan ini memuat rincian anggaran per kegiatan Kecamatan Sukamaju Tahun 2023."),
        Paragraph(text=caption), Table(rows=rows)])  # fmt: skip
    return render_docx(doc, path, style)


BUILDERS: dict[str, Callable[[Path], Path]] = {
    # a 9-column borderless table on a portrait page: amounts wrap inside their cells ("2.134.567.89" / "0,00")
    "borderless_narrow": lambda p: _rendered(p, "borderless_sans", "Lampiran 3 Rincian Anggaran per Kegiatan"),
    # horizontal rules only: both header levels sit between the same two rules
    "rules_only_two_level": lambda p: _rendered(p, "repeated_header_reordered", "Lampiran 3 Rincian Anggaran"),
    "bordered": build_bordered,
    "two_level": build_two_level,
    "borderless": build_borderless,
    "long_repeat": lambda p: build_long_table(p, repeat_header=True),
    "long_norepeat": lambda p: build_long_table(p, repeat_header=False),
    "long_borderless": lambda p: build_long_table(p, repeat_header=False, borders=False),
    "landscape": build_landscape,
    "long_paragraph": build_long_paragraph,
}


def to_pdf(docx_files: list[Path], outdir: Path) -> list[Path]:
    """Convert DOCX files to PDF with one LibreOffice run (its own profile, so parallel runs do not clash)."""
    soffice = shutil.which("soffice")
    if not soffice:
        raise RuntimeError("soffice not installed (apt-get install libreoffice-writer)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                *map(str, docx_files),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return [outdir / (f.stem + ".pdf") for f in docx_files]


def rasterize(pdf: Path, out: Path, *, dpi: int = 200, crop_bottom: float | None = 0.45) -> Path:
    """An image-only copy of the first page (a 'scan'), optionally cut to its top part."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        img = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    if crop_bottom:
        img = img.crop((0, 0, img.width, int(img.height * crop_bottom)))
    img.save(out, "PDF", resolution=dpi)
    return out


def main(outdir: Path = HERE, names: list[str] | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        docx = [build(tmpdir / f"{name}.docx") for name, build in BUILDERS.items() if not names or name in names]
        for pdf in to_pdf(docx, tmpdir):
            shutil.copy(pdf, outdir / pdf.name)
    if names:
        return
    rasterize(outdir / "two_level.pdf", outdir / "scanned.pdf")
    qpdf = shutil.which("qpdf")
    if qpdf:  # user password "rahasia": readers must refuse it
        subprocess.run(
            [qpdf, "--encrypt", "rahasia", "pemilik", "256", "--", str(outdir / "landscape.pdf"),
             str(outdir / "encrypted.pdf")],
            check=True,
        )  # fmt: skip
    print("wrote", ", ".join(sorted(p.name for p in outdir.glob("*.pdf"))))


if __name__ == "__main__":
    # make_fixtures.py [OUTDIR [NAME ...]]: all fixtures, or only the named ones
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, sys.argv[2:] or None)

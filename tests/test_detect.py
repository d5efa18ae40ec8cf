"""Format detection by content, and the input errors every reader shares."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import DATA, require_tool

from lkjip.errors import InputError, LkjipError, ResourceLimitError, UnsupportedFormatError
from lkjip.extract.detect import detect_format, looks_like_text, read_document

READERS = DATA / "readers"


def _docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Tabel 2.1 Tujuan dan Sasaran")
    doc.save(path)
    return path


def test_pdf_detected_by_magic_not_extension(tmp_path):
    target = tmp_path / "laporan.docx"
    target.write_bytes((READERS / "bordered.pdf").read_bytes())
    assert detect_format(target) == "pdf"


def test_pdf_with_leading_junk_is_still_pdf(tmp_path):
    target = tmp_path / "x.bin"
    target.write_bytes(b"\r\n\x00junk" + (READERS / "bordered.pdf").read_bytes())
    assert detect_format(target) == "pdf"


def test_docx_detected_without_extension(tmp_path):
    path = _docx(tmp_path / "laporan")
    assert detect_format(path) == "docx"


@pytest.mark.parametrize(
    "content",
    [
        "**LAPORAN KINERJA** – 2023\nNo\tSasaran\tTarget\n1\tMeningkatnya pelayanan\t90 %\n".encode(),
        "Kecamatan Sukamaju – Tahun 2023\n".encode("latin-1", "replace"),
        "Capaian 95 % – rata-rata\n".encode("cp1252"),
    ],
    ids=["utf8", "latin1", "cp1252"],
)
def test_text_detected(tmp_path, content):
    path = tmp_path / "export.pdf"  # a misleading extension
    path.write_bytes(content)
    assert detect_format(path) == "text"


def test_utf8_cut_inside_a_character_at_the_sniff_window_is_text():
    data = ("a" * 10 + "é").encode()[:-1]
    assert looks_like_text(data)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        detect_format(tmp_path / "nope.pdf")


def test_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        detect_format(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        detect_format(path)


@pytest.mark.parametrize(
    ("name", "member", "content", "message"),
    [
        ("laporan.docx", "data/readme.txt", "bukan dokumen word", "not a DOCX"),
        ("anggaran.zip", "xl/workbook.xml", "<workbook/>", "Excel"),  # refused with advice
    ],
    ids=["zip_that_is_not_docx", "xlsx_is_refused_with_advice"],
)
def test_zip_that_is_no_docx_is_refused(tmp_path, name, member, content, message):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, content)
    with pytest.raises(UnsupportedFormatError, match=message):
        detect_format(path)


def test_corrupt_zip(tmp_path):
    path = tmp_path / "laporan.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 20)
    with pytest.raises(InputError):
        detect_format(path)


def test_binary_junk(tmp_path):
    path = tmp_path / "laporan.pdf"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnsupportedFormatError, match="binary"):
        detect_format(path)


def test_legacy_doc(tmp_path):
    path = tmp_path / "laporan.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnsupportedFormatError, match="legacy"):
        detect_format(path)


def test_errors_share_the_base():
    assert issubclass(UnsupportedFormatError, InputError)
    assert issubclass(InputError, LkjipError)


def test_read_document_dispatches_pdf():
    doc = read_document(READERS / "bordered.pdf")
    assert doc.input_format == "pdf"
    assert doc.tables()


def test_read_document_dispatches_docx(tmp_path):
    doc = read_document(_docx(tmp_path / "laporan.docx"))
    assert doc.input_format == "docx"
    assert doc.paragraphs()[0].text == "Tabel 2.1 Tujuan dan Sasaran"


def test_read_document_dispatches_text(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("Tabel 2.1 Tujuan\n\nNo\tTujuan\n1\tMeningkatkan pelayanan\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.input_format == "text"
    assert doc.tables()[0].rows[1].cells == ["1", "Meningkatkan pelayanan"]


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF garbage")
    with pytest.raises(InputError, match="corrupt"):
        read_document(path)


def test_truncated_pdf(tmp_path):
    data = (READERS / "bordered.pdf").read_bytes()
    path = tmp_path / "potong.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError):
        read_document(path)


def test_encrypted_pdf_fixture():
    with pytest.raises(InputError, match="encrypted"):
        read_document(READERS / "encrypted.pdf")


def test_encrypted_pdf_made_with_qpdf(tmp_path):
    import subprocess

    qpdf = require_tool("qpdf", "qpdf")
    out = tmp_path / "kunci.pdf"
    subprocess.run(
        [qpdf, "--encrypt", "rahasia", "pemilik", "256", "--", str(READERS / "bordered.pdf"), str(out)], check=True
    )
    with pytest.raises(InputError, match="password"):
        read_document(out)


def test_max_pages(tmp_path):
    with pytest.raises(ResourceLimitError, match="limit of 1"):
        read_document(READERS / "long_repeat.pdf", max_pages=1)
    assert read_document(READERS / "long_repeat.pdf", max_pages=2).pages == 2

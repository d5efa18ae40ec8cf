"""OCR of image-only pages: digits fixed only inside numbers, missing tesseract, language fallback, scans."""

from __future__ import annotations

import pytest
from conftest import DATA, require_tool, text_image
from PIL import Image, ImageDraw

from lkjip.errors import DependencyMissingError
from lkjip.extract import ocr, ocr_numbers, ocr_tesseract, ocr_words
from lkjip.extract.detect import read_document
from lkjip.extract.ocr_image import image_rules
from lkjip.extract.ocr_numbers import fix_ocr_digits

READERS = DATA / "readers"


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("1O0", "100"),
        ("2.5O3.94O.O69", "2.503.940.069"),
        ("2l5", "215"),
        ("9S,50", "95,50"),
        ("1.25O.OOO.OOO", "1.250.000.000"),
        ("Rp.1.5OO.000", "Rp.1.500.000"),
        ("93,9l%", "93,91%"),
        ("1,371:325", "1,371.325"),
        ("99:97", "99,97"),
        ("2.662.394.679.00", "2.662.394.679,00"),
        ("2.508.522.933,", "2.508.522.933,-"),  # the dash of ",-" lost
        ("2.508.522.933, -", "2.508.522.933,-"),  # the dash read as a word of its own
    ],
)
def test_digit_confusions_fixed_inside_numbers(raw, fixed):
    out, fixes = fix_ocr_digits(raw)
    assert out == fixed
    assert fixes == [(raw, fixed)]


@pytest.mark.parametrize("text", ["SOP", "Oktober", "IKM", "Kelurahan", "lO", "S", "O", "II", "WTP", "100", "12,5 %", "S1", "D3", "l5", "08:30", "94.22", "3,000.50"])
def test_words_and_clean_numbers_untouched(text):
    assert fix_ocr_digits(text) == (text, [])


def test_fix_only_the_numeric_token_in_a_cell():
    out, fixes = fix_ocr_digits("Sasaran lO dari 1O0 Sub Kegiatan")
    assert out == "Sasaran lO dari 100 Sub Kegiatan"
    assert fixes == [("1O0", "100")]


def test_tesseract_missing(monkeypatch):
    monkeypatch.setattr(ocr_tesseract, "TESSERACT_CMD", "tesseract-yang-tidak-ada")
    with pytest.raises(DependencyMissingError, match="apt-get install tesseract-ocr tesseract-ocr-ind"):
        ocr_tesseract.tesseract_path()


@pytest.fixture
def no_tesseract(monkeypatch):
    """No Tesseract tools on the PATH; the per-process caches of the model's word list (empty without the tools)
    are cleared before and after, so no later test in this worker sees an empty dictionary."""
    monkeypatch.setattr(ocr_tesseract.shutil, "which", lambda _cmd: None)
    caches = (ocr_tesseract.model_words, ocr_words.dictionary_vocabulary)
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


def test_tesseract_missing_when_reading_a_scan(no_tesseract):
    with pytest.raises(DependencyMissingError, match="Tesseract is not installed"):
        read_document(READERS / "scanned.pdf")


def test_scan_without_ocr_needs_no_tesseract(no_tesseract):
    doc = read_document(READERS / "scanned.pdf", ocr=False)
    assert doc.blocks == [] and doc.warnings


def test_english_fallback_warns(monkeypatch):
    monkeypatch.setattr(ocr_tesseract, "tesseract_path", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr_tesseract, "_languages", lambda _cmd: ("eng", "osd"))
    lang, warnings = ocr_tesseract.ocr_language()
    assert lang == "eng"
    assert "tesseract-ocr-ind" in warnings[0]


def test_no_usable_language(monkeypatch):
    monkeypatch.setattr(ocr_tesseract, "tesseract_path", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr_tesseract, "_languages", lambda _cmd: ("osd",))
    with pytest.raises(DependencyMissingError, match="tesseract-ocr-ind"):
        ocr_tesseract.ocr_language()


def test_indonesian_preferred(monkeypatch):
    monkeypatch.setattr(ocr_tesseract, "tesseract_path", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr_tesseract, "_languages", lambda _cmd: ("eng", "ind", "osd"))
    assert ocr_tesseract.ocr_language() == ("ind", [])


def test_image_rules_find_a_grid_and_ignore_text_and_stamps():
    dpi = 150
    img = Image.new("RGB", (900, 600), "white")
    d = ImageDraw.Draw(img)
    for y in (100, 200, 300):
        d.line([(100, y), (800, y + 2)], fill="black", width=3)  # slightly skewed rows
    for x in (100, 400, 800):
        d.line([(x, 100), (x, 300)], fill="black", width=3)
    d.text((120, 130), "Program Pelayanan 1.250.000", fill="black")
    d.ellipse([(500, 380), (700, 560)], outline=(90, 60, 200), width=6)  # a purple stamp
    rules, mask = image_rules(img, dpi)
    horizontal = [r for r in rules if r.horizontal]
    vertical = [r for r in rules if not r.horizontal]
    assert len(horizontal) == 3 and len(vertical) == 3
    assert all(r.x1 - r.x0 > 300 for r in horizontal)
    assert mask[101, 450] and not mask[450, 505]


@pytest.mark.ocr
@pytest.mark.slow
def test_scanned_table_recovered():
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ind")
    doc = read_document(READERS / "scanned.pdf")
    assert doc.input_format == "pdf_ocr"
    assert doc.ocr_pages == [1]
    assert any("OCR used" in w for w in doc.warnings)
    assert any(p.text.startswith("Tabel 3.7") for p in doc.paragraphs())
    (table,) = doc.tables()
    assert table.strategy == "ocr"
    rows = [r.cells for r in table.rows]
    assert rows[0][:3] == ["NO", "URAIAN", "ANGGARAN"]
    numbers = {r[0]: r[2:4] for r in rows[2:]}
    assert numbers["1"] == ["1.250.000.000", "1.187.500.000"]
    assert numbers["2"] == ["310.000.000", "297.600.000"]
    assert numbers["3"] == ["84.000.000", "79.800.000"]
    assert rows[-1][0] == "JUMLAH" and rows[-1][2:4] == ["1.644.000.000", "1.564.900.000"]
    # the printed total checks the OCR digits
    total = sum(int(r[2].replace(".", "")) for r in rows[2:-1])
    assert total == int(rows[-1][2].replace(".", ""))


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("100, 00", True),  # a separator split off: read the cell again
        ("1.2500.000", True),  # a group of four digits
        ("2.662.394.679,00", False),
        ("99,99 %", False),
        ("100 Y6", False),  # a percent sign read as letters is fixed without a second reading
        ("1.", False),  # a row number
        ("Dokumen", False),
        ("-", False),
    ],
)
def test_numeric_but_broken(text, broken):
    assert ocr_numbers.numeric_but_broken(text) is broken


def _cell_image(text: str, size: tuple[int, int] = (420, 160)) -> Image.Image:
    return text_image(text, size, font="DejaVuSans.ttf", font_size=44, at=(20, 20))


@pytest.mark.ocr
def test_lone_dash_in_a_tall_cell_is_read():
    """psm 6 skips a lone "-" (zero / none in budget tables): the cell is read again as one inked line."""
    require_tool("tesseract", "tesseract-ocr")
    lang, _ = ocr_tesseract.ocr_language()
    word = ocr.reread_number(_cell_image("-"), 10.0, 20.0, 300 / 72, lang=lang)
    assert word is not None and word.text == "-"
    assert 10.0 <= word.x0 < word.x1 <= 10.0 + 420 * 72 / 300


@pytest.mark.ocr
def test_second_reading_keeps_a_number_whole_or_gives_up():
    require_tool("tesseract", "tesseract-ocr")
    lang, _ = ocr_tesseract.ocr_language()
    word = ocr.reread_number(_cell_image("1.113.211"), 0.0, 0.0, 300 / 72, lang=lang, expect="1.113.2l1")
    assert word is not None and word.text == "1.113.211"
    # a reading that loses digits the first one had is refused
    assert ocr.reread_number(_cell_image("7"), 0.0, 0.0, 300 / 72, lang=lang, expect="2.508.522.923,00") is None


def _counting_tesseract(tmp_path, monkeypatch):
    """A stand-in tesseract binary that counts its runs and prints one word."""
    runs = tmp_path / "runs"
    exe = tmp_path / "tesseract"
    exe.write_text("#!/bin/sh\ncat > /dev/null\necho run >> " + str(runs) + "\n"
                   "printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\t"
                   "conf\\ttext\\n5\\t1\\t1\\t1\\t1\\t1\\t10\\t20\\t30\\t12\\t96.5\\tAnggaran\\n'\n")
    exe.chmod(0o755)
    monkeypatch.setattr(ocr_tesseract, "tesseract_path", lambda: str(exe))
    return runs


def test_ocr_cache_reads_the_same_image_once(tmp_path, monkeypatch):
    runs = _counting_tesseract(tmp_path, monkeypatch)
    monkeypatch.setenv("LKJIP_OCR_CACHE", str(tmp_path / "cache"))
    page = Image.new("L", (60, 40), 255)
    first = ocr_tesseract.image_to_data(page, "ind", "--psm 11")
    again = ocr_tesseract.image_to_data(page.copy(), "ind", "--psm 11")
    assert first == again and first["text"] == ["Anggaran"] and first["conf"] == [96.5]
    assert runs.read_text().count("run") == 1
    ImageDraw.Draw(page).point((5, 5), fill=0)  # one pixel changed: a new image, read again
    ocr_tesseract.image_to_data(page, "ind", "--psm 11")
    ocr_tesseract.image_to_data(page, "ind", "--psm 6")  # other options: read again
    assert runs.read_text().count("run") == 3


def test_ocr_cache_off_by_default(tmp_path, monkeypatch):
    runs = _counting_tesseract(tmp_path, monkeypatch)
    monkeypatch.delenv("LKJIP_OCR_CACHE", raising=False)
    page = Image.new("L", (60, 40), 255)
    ocr_tesseract.image_to_data(page, "ind", "--psm 11")
    ocr_tesseract.image_to_data(page, "ind", "--psm 11")
    assert runs.read_text().count("run") == 2

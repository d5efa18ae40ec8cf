"""OCR of table cells: bounded memory, words broken in narrow cells, percent signs, column-number rows."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from conftest import require_tool, text_image
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from ocr_builders import page_with_table as _page_with_table
from PIL import Image, ImageDraw

from lkjip.extract import ocr, ocr_image, ocr_numbers, ocr_pixels, ocr_tesseract, ocr_words
from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.words import join_wrapped

# --------------------------------------------------------------------------- ruling lines, memory


def _naive_long_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """Reference: a dark pixel is kept when some window of ``length`` holding it is >= 90 % dark (an image
    no wider than ``length`` has no rule)."""
    h, w = dark.shape
    out = np.zeros_like(dark)
    if w <= length:
        return out
    need = int(0.9 * length)
    for y in range(h):
        for s in range(0, w - length + 1):
            if dark[y, s : s + length].sum() >= need:
                out[y, s : s + length] |= dark[y, s : s + length]
    return out


@given(arrays(bool, st.tuples(st.integers(1, 6), st.integers(1, 40)), elements=st.booleans()), st.integers(3, 12))
def test_long_runs_match_the_definition(dark, length):
    assert (ocr_pixels.long_runs(dark, length) == _naive_long_runs(dark, length)).all()


def test_long_runs_in_bands_equal_one_pass(monkeypatch):
    rng = np.random.default_rng(7)
    dark = rng.random((50, 120)) < 0.8
    whole = ocr_pixels.long_runs(dark, 20)
    # the band lives where long_runs reads it (ocr_pixels since the split: patching ocr_image's copy tested nothing)
    monkeypatch.setattr(ocr_pixels, "ROW_BAND", 3)
    assert (ocr_pixels.long_runs(dark, 20) == whole).all()


def _ruled_page(width: int = 2480, height: int = 3508) -> Image.Image:
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    for y in range(300, 3000, 120):
        d.line([(200, y), (2300, y)], fill="black", width=3)
    for x in (200, 900, 1600, 2300):
        d.line([(x, 300), (x, 2940)], fill="black", width=3)
    d.ellipse([(1000, 3100), (1400, 3400)], outline=(90, 60, 200), width=8)  # a coloured stamp
    return img


def test_image_rules_of_a_300_dpi_page_need_little_memory():
    """Was ~340 MB of numpy temporaries per page (int16 copies, cumulative sums of the whole page)."""
    img = _ruled_page()
    tracemalloc.start()
    try:
        rules, mask = ocr_image.image_rules(img, 300)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80 * 2**20
    assert len([r for r in rules if r.horizontal]) == 23 and len([r for r in rules if not r.horizontal]) == 4
    assert mask[300, 500] and not mask[3100, 1200]  # rule erased, stamp kept


def test_dark_mask_keeps_grey_ink_and_drops_colour():
    img = Image.new("RGB", (300, 10), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([(0, 0), (99, 9)], fill=(40, 40, 40))
    d.rectangle([(100, 0), (199, 9)], fill=(60, 40, 200))
    dark = ocr_image.dark_mask(img)
    assert dark[:, :100].all() and not dark[:, 100:].any()
    assert (ocr_image.dark_mask(img.convert("L"))[:, :100]).all()


def test_otsu_threshold_of_a_page_in_bands():
    gray = np.full((3000, 2000), 250, dtype=np.uint8)
    gray[:1000] = 20
    assert 20 < ocr_image.otsu_threshold(gray) <= 250


# --------------------------------------------------------------------------- canvases


def _fake_tesseract(seen: list[tuple[int, int]]):
    """An image_to_data that finds one word in the middle of every black block of the canvas."""

    def fake(img: Image.Image, lang: str, config: str) -> dict:
        seen.append(img.size)
        arr = np.asarray(img) < 128
        rows = np.flatnonzero(arr.any(axis=1))
        blocks: list[list[int]] = []
        for y in rows.tolist():
            if blocks and y == blocks[-1][1] + 1:
                blocks[-1][1] = y
            else:
                blocks.append([y, y])
        data: dict[str, list] = {k: [] for k in ("text", "conf", "left", "top", "width", "height")}
        for n, (y0, y1) in enumerate(blocks):
            data["text"].append(f"w{n}")
            data["conf"].append(90)
            data["left"].append(40)
            data["top"].append(y0)
            data["width"].append(20)
            data["height"].append(y1 - y0 + 1)
        return data

    return fake


def test_stacked_cells_are_read_on_bounded_canvases(monkeypatch):
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "image_to_data", _fake_tesseract(seen))
    monkeypatch.setattr(ocr, "MAX_CANVAS_PIXELS", 200_000)
    crops = []
    for _ in range(40):
        crop = Image.new("L", (300, 60), 255)
        ImageDraw.Draw(crop).rectangle([(10, 20), (50, 39)], fill=0)
        crops.append(crop)
    found = ocr.read_stacked(crops, "ind", "--psm 6")
    assert len(seen) > 1 and all(w * h <= 200_000 for w, h in seen)
    # every crop got its own word back, at its place inside the crop
    assert [len(f) for f in found] == [1] * 40
    assert all(f[0].top == pytest.approx(20) and f[0].x0 == 0 for f in found)


# --------------------------------------------------------------------------- words broken in narrow cells


def _word(text: str, x0: float, top: float, x1: float | None = None) -> Word:
    return Word(text=text, x0=x0, top=top, x1=x1 or x0 + 6 * len(text), bottom=top + 10, size=12.0)


def test_page_vocabulary_reads_lines_per_cell(monkeypatch):
    monkeypatch.setattr(ocr_words, "model_words", lambda lang: "")
    ocr_words.dictionary_text.cache_clear()
    ocr_words.dictionary_vocabulary.cache_clear()  # an earlier test may have cached the installed model's words
    try:
        # two cells side by side: their words are no line together
        left = [_word("Doku", 10, 10), _word("men", 10, 22)]
        right = [_word("tata", 110, 10), _word("kelola", 140, 10), _word("pemerintahan", 190, 10), _word("desa", 290, 10)]
        vocab = ocr_words.page_vocabulary(left + right, [(0, 0, 100, 40), (100, 0, 400, 40)], "ind")
        assert vocab.printed("kelola") and vocab.printed("pemerintahan")
        assert not vocab.printed("Doku") and not vocab.printed("men")
    finally:
        ocr_words.dictionary_text.cache_clear()
        ocr_words.dictionary_vocabulary.cache_clear()


def test_dictionary_tells_a_space_from_a_broken_word(monkeypatch):
    """A column so narrow that every word has a line of its own: "kelola" / "pemeri" / "ntahan"."""
    words = "mewujudkan\ntata\nkelola\npemerintahan\ndesa\ndokumen\ndoku\nmen\nnan\ntriwulan\n"
    monkeypatch.setattr(ocr_words, "model_words", lambda lang: words)
    ocr_words.dictionary_text.cache_clear()
    ocr_words.dictionary_vocabulary.cache_clear()
    try:
        vocab = ocr_words.page_vocabulary([], [], "ind")
        parts = ["Mewuj", "udkan", "tata", "kelola", "pemeri", "ntahan", "desa"]
        text = join_wrapped(parts, [True] * len(parts), vocab, [True] * (len(parts) - 1))
        assert text == "Mewujudkan tata kelola pemerintahan desa"
        assert join_wrapped(["Doku", "men"], [True, True], vocab, [True]) == "Dokumen"
        # short dictionary words ("nan") are no evidence: they are as often pieces of longer words
        assert join_wrapped(["triwula", "nan"], [True, True], vocab, [True]) == "triwulanan"
    finally:
        ocr_words.dictionary_text.cache_clear()
        ocr_words.dictionary_vocabulary.cache_clear()


@pytest.mark.ocr
def test_model_words_come_from_the_installed_model():
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ind")
    require_tool("dawg2wordlist", "tesseract-ocr")
    lang, _ = ocr_tesseract.ocr_language()
    words = set(ocr_tesseract.model_words(lang).split())
    assert len(words) > 10_000
    if lang == "ind":
        assert {"kelola", "pemerintahan", "dokumen"} <= words


def test_model_words_without_the_tools(monkeypatch):
    monkeypatch.setattr(ocr_tesseract.shutil, "which", lambda _cmd: None)
    ocr_tesseract.model_words.cache_clear()
    try:
        assert ocr_tesseract.model_words("ind") == ""
    finally:
        ocr_tesseract.model_words.cache_clear()


# --------------------------------------------------------------------------- numbers and percent signs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10046", True),  # "100%" as the Indonesian model reads it
        ("88,20 Y6", True),
        ("YA", True),  # a lone "%" header
        ("(MN", True),  # a column number
        ("li", True),
        ("1.", False),  # a clean row key needs no second reading
        ("a.", False),
        ("Dokumen", False),
        ("111 Doku men", False),
        ("", False),
    ],
)
def test_maybe_number(text, expected):
    assert ocr_numbers.maybe_number(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100%", True),
        ("88,20 %", True),
        ("137.211.900,0 0", True),  # a number wrapped in a narrow cell
        ("(4)", True),
        ("-", True),
        ("%", True),
        ("Dokumen", False),
        ("10 Yo", False),
        ("", False),
    ],
)
def test_number_reading(text, expected):
    assert ocr_numbers.number_reading(text) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("10046", "100%", True),
        ("88,206", "88,20 %", True),
        ("93,5146", "93,51%", True),
        ("733", "73", False),  # no percent sign: a real disagreement
        ("1006", "1006", False),
        ("100 Yo", "100%", False),  # already read as a percent sign
    ],
)
def test_percent_misread(first, second, expected):
    assert ocr_numbers.percent_misread(first, second) is expected


@pytest.mark.parametrize(
    ("cells", "fixed"),
    [
        (["(1)", "(2)", "3)", "(4)", "3)"], ["(1)", "(2)", "(3)", "(4)", "(5)"]),
        (["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(MN"], ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]),
        ([str(n) for n in range(1, 11)] + ["li"], [str(n) for n in range(1, 12)]),
        (["1", "2", "", "4", "5?"], ["1", "2", "", "4", "5"]),
        (["(1)", "(2)", "- (3)", "(4)"], ["(1)", "(2)", "(3)", "(4)"]),  # a speck of an erased ruling beside it
    ],
)
def test_misread_column_numbers_rebuilt(cells, fixed):
    assert ocr_numbers.fix_numbering_row(cells) == fixed


@pytest.mark.parametrize(
    "cells",
    [
        ["1", "2", "3", "4", "5"],  # nothing to fix
        ["1", "Program Penunjang", "3", "4", "5"],  # a data row
        ["1.", "Administrasi Keuangan", "2.908.563.997", "2.745.004.812", "94,38"],
        ["3", "7", "9", "12"],  # numbers, not column positions
        ["1", "2", "x"],  # too few to tell
        ["1.", "- 2", "Program Penunjang", "-"],  # a data row with dashes
    ],
)
def test_rows_that_are_no_column_numbers_untouched(cells):
    assert ocr_numbers.fix_numbering_row(cells) is None


def test_table_fixes_percent_headers_and_column_numbers():
    res = _page_with_table(
        [
            ["SASARAN", "TINGKAT KEMAJUAN (Yo)", "YA", "v6"],
            ["(1)", "(2)", "3)", "(4)"],
            ["Menurunnya gangguan", "82", "88,20 Yo", "98"],
        ]
    )
    ocr_numbers.fix_table_digits(res, 1)
    rows = [r.cells for r in res.tables[0].table.rows]
    assert rows == [
        ["SASARAN", "TINGKAT KEMAJUAN (%)", "%", "%"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["Menurunnya gangguan", "82", "88,20 %", "98"],
    ]
    assert any("column numbers" in w for w in res.tables[0].table.warnings)


def _cell_image(text: str, size: tuple[int, int] = (420, 110)) -> Image.Image:
    return text_image(text, size, font="DejaVuSerif.ttf", font_size=40, at=(20, 25))


@pytest.mark.ocr
def test_percent_cells_read_with_the_number_model():
    """The Indonesian model reads "100%" as "10046"; cells that may be numbers get a second reading."""
    require_tool("tesseract", "tesseract-ocr tesseract-ocr-ind")
    lang, _ = ocr_tesseract.ocr_language()
    digits_lang = ocr_tesseract.number_language(lang)
    texts = ["100%", "88,20 %", "2.908.563.997", "(7)"]
    found = ocr.read_stacked([_cell_image(t) for t in texts], digits_lang, "--psm 6")
    assert [" ".join(w.text for w in f) for f in found] == texts


# --------------------------------------------------------------------------- words and sizes


@pytest.mark.parametrize(
    ("text", "share"),
    [("menurun", 0.48), ("anggaran", 0.68), ("Laporan", 0.84), ("tahun", 0.66), ("2022", 0.66)],
)
def test_em_share_by_letter_shapes(text, share):
    assert ocr_tesseract.em_share(text) == share


def test_words_of_one_printed_line_get_one_size():
    """Box heights of 12 pt Times at 300 dpi as Tesseract gives them: x-height only, descender, both."""
    data = {
        "text": ["menurun", "anggaran", "Laporan", "tahun"],
        "conf": [90.0] * 4,
        "left": [0, 100, 200, 300],
        "top": [0] * 4,
        "width": [80] * 4,
        "height": [24, 34, 42, 33],  # pixels
    }
    sizes = [w.size for w in ocr_tesseract.data_words(data, 72 / 300)]
    assert max(sizes) - min(sizes) < 1.0
    assert all(11.0 < s < 13.0 for s in sizes)


def test_page_words_keep_a_colon_and_drop_stray_marks():
    data = {
        "text": ["Nama", ":", "|", "—", "MOH."],
        "conf": [90.0] * 5,
        "left": [0, 50, 60, 70, 80],
        "top": [0] * 5,
        "width": [40, 5, 5, 5, 40],
        "height": [30] * 5,
    }
    assert [w.text for w in ocr_tesseract.data_words(data, 1.0)] == ["Nama", ":", "MOH."]
    data["text"][2] = "/"
    assert [w.text for w in ocr_tesseract.data_words(data, 1.0)] == ["Nama", ":", "/", "MOH."]


DICTIONARY = frozenset({"program", "penunjang", "kegiatan", "yang", "daya", "agan", "pembinaan", "desa", "dokumen",
                        "jumlah"})


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Prosram", "Program"),
        ("PROSRAM", "PROGRAM"),
        ("Penuniang", "Penunjang"),
        ("Kepiatan", "Kegiatan"),
        ("Prosram,", "Program,"),
        ("Program", "Program"),  # a word already
        ("Cibeureum", "Cibeureum"),  # a name: no neighbour in the dictionary
        ("Doku", "Doku"),  # a fragment of a broken word
        ("l5", "l5"),
        ("vang", "yang"),  # a "v" is rare in Indonesian: short words are looked at for it
        ("dava", "daya"),
        ("ASAN", "ASAN"),  # too short to tell from a piece of a broken word ("PENGAW" / "ASAN")
        ("Jumiah", "Jumlah"),  # an "l" read "i" in 8 pt sans
    ],
)
def test_one_misread_letter_put_right(raw, fixed):
    assert ocr_words.correct_word(raw, DICTIONARY) == fixed


def test_no_correction_when_two_words_are_as_close():
    assert ocr_words.correct_word("vanca", frozenset({"yanca", "vanea"})) == "vanca"
    assert ocr_words.correct_word("Prosram", frozenset()) == "Prosram"


def test_tesseract_tsv_parsed_like_pytesseract():
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t600\t200\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t40\t41\t90\t30\t91.776085\t100%\n"
        "5\t1\t1\t1\t1\t2\t140\t41\t20\t30\t40.5\t-\n"
    )
    data = ocr_tesseract.parse_tsv(tsv)
    assert data["text"] == ["", "100%", "-"]
    assert data["conf"] == [-1.0, 91.776085, 40.5]
    assert data["left"] == [0, 40, 140] and data["height"] == [200, 30, 30]
    assert ocr_tesseract.parse_tsv("") == {k: [] for k in ocr_tesseract._TSV_FIELDS}


def test_tesseract_runs_with_one_thread_unless_told(monkeypatch):
    import subprocess

    seen = {}
    monkeypatch.setattr(ocr_tesseract, "tesseract_path", lambda: "/usr/bin/tesseract")

    def spy(cmd, **kw):
        seen["env"] = kw["env"]
        return subprocess.CompletedProcess(cmd, 0, stdout=b"level\tleft\ttop\twidth\theight\tconf\ttext\n", stderr=b"")

    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    monkeypatch.delenv("LKJIP_OCR_CACHE", raising=False)  # a cached blank image would never call Tesseract
    monkeypatch.setattr(subprocess, "run", spy)
    assert ocr_tesseract.image_to_data(Image.new("L", (10, 10), 255), "eng", "--psm 6")["text"] == []
    assert seen["env"]["OMP_THREAD_LIMIT"] == "1"
    monkeypatch.setenv("OMP_THREAD_LIMIT", "2")
    ocr_tesseract.image_to_data(Image.new("L", (10, 10), 255), "eng", "--psm 6")
    assert seen["env"]["OMP_THREAD_LIMIT"] == "2"


def test_tesseract_failure_is_an_lkjip_error(monkeypatch):
    import subprocess

    from lkjip.errors import DependencyMissingError, InputError

    monkeypatch.setattr(ocr_tesseract, "tesseract_path", lambda: "/usr/bin/tesseract")

    def failing(stderr: bytes):
        return lambda cmd, **kw: subprocess.CompletedProcess(cmd, 1, stdout=b"", stderr=stderr)

    monkeypatch.setattr(subprocess, "run", failing(b"Failed loading language 'xyz'"))
    with pytest.raises(DependencyMissingError, match="xyz"):
        ocr_tesseract.image_to_data(Image.new("L", (10, 10), 255), "xyz", "--psm 6")
    monkeypatch.setattr(subprocess, "run", failing(b"Image too large"))
    with pytest.raises(InputError, match="Image too large"):
        ocr_tesseract.image_to_data(Image.new("L", (10, 10), 255), "ind", "--psm 6")


def test_pieces_of_a_broken_word_put_right_once_joined():
    """A narrow header cell: "Kepiat" / "an" is no word until its lines are joined."""
    res = _page_with_table([["Program", "Kepiatan", "Indikator Kepiatan"], ["1", "Prosram  Desa", "-"]])
    ocr_words.fix_table_words(res, frozenset({"kegiatan", "program", "indikator"}))
    assert [r.cells for r in res.tables[0].table.rows] == [
        ["Program", "Kegiatan", "Indikator Kegiatan"],
        ["1", "Program  Desa", "-"],
    ]


def test_a_piece_put_right_by_the_words_it_begins():
    ordered = ("kegiatan", "pengawasan")
    dictionary = frozenset(ordered)
    assert ocr_words.correct_word("Kepiat", dictionary, ordered) == "Kegiat"
    assert ocr_words.correct_word("Kepiat", dictionary) == "Kepiat"  # without the sorted list: whole words only
    assert ocr_words.correct_word("PENGAW", dictionary, ordered) == "PENGAW"  # begins a word already


def test_language_list_parsed(monkeypatch):
    import subprocess

    out = 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):\neng\nind\nosd\n'
    monkeypatch.setattr(subprocess, "run", lambda cmd, **kw: subprocess.CompletedProcess(cmd, 0, out, ""))
    ocr_tesseract.list_langs.cache_clear()
    try:
        assert ocr_tesseract.list_langs("/x/tesseract") == ("/usr/share/tesseract-ocr/5/tessdata/", ("eng", "ind", "osd"))
    finally:
        ocr_tesseract.list_langs.cache_clear()


def test_ocr_does_not_import_pandas():
    """pytesseract imports pandas (+100 MB per worker); the binary is run directly instead."""
    import subprocess
    import sys

    code = "import sys; import lkjip.extract.ocr as o; o.ocr_language(); print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if "DependencyMissingError" in done.stderr:
        pytest.skip("tesseract not installed")
    assert done.stdout.strip() == "False", done.stderr


def test_rupiah_sign_misread_before_an_amount():
    res = _page_with_table([["Program", "Anggaran"], ["Koordinasi", "Ro. 67.961.470"], ["Rotasi Ro", "R0 1.250"]])
    ocr_numbers.fix_table_digits(res, 1)
    assert [r.cells for r in res.tables[0].table.rows][1:] == [["Koordinasi", "Rp. 67.961.470"], ["Rotasi Ro", "Rp 1.250"]]
    assert any("currency" in w for w in res.tables[0].table.warnings)


def test_page_vocabulary_cuts_lines_at_column_gaps(monkeypatch):
    """A table ruled by rows only has no cells: its row's cells side by side are still no line of running text,
    so "penangan" ending a narrow cell (of "penangan" / "an") is no word the page prints whole."""
    monkeypatch.setattr(ocr_words, "model_words", lambda lang: "")
    ocr_words.dictionary_text.cache_clear()
    ocr_words.dictionary_vocabulary.cache_clear()
    try:
        row = [_word("penangan", 10, 10), _word("gangguan", 100, 10), _word("penangan", 190, 10),
               _word("KETENTERAMAN", 280, 10), _word("gangguan", 400, 10)]
        prose = [_word("Kinerja", 10, 40), _word("kecamatan", 57, 40), _word("diturunkan", 118, 40),
                 _word("secara", 181, 40), _word("berjenjang", 220, 40)]
        vocab = ocr_words.page_vocabulary(row + prose, [], "ind")
        assert not vocab.printed("penangan") and not vocab.printed("gangguan")
        assert vocab.printed("kecamatan") and vocab.printed("diturunkan")
    finally:
        ocr_words.dictionary_text.cache_clear()
        ocr_words.dictionary_vocabulary.cache_clear()


def test_monospace_running_text_is_one_line_for_the_vocabulary():
    """7 pt monospace print spaces its words 0.6-0.7 of its size: still one line of running text."""
    size = 8.0
    words, x = [], 10.0
    for text in ("Kinerja", "Kecamatan", "Pasir", "Kemuning", "diturunkan"):
        words.append(Word(text=text, x0=x, top=10, x1=x + 4.8 * len(text), bottom=16, size=size))
        x += 4.8 * len(text) + 0.85 * size  # a justified line spaces them a little wider
    assert ocr_words.column_pieces(words, size) == ["Kinerja Kecamatan Pasir Kemuning diturunkan"]
    words.append(Word(text="Jumlah", x0=x + 1.25 * size, top=10, x1=x + 1.25 * size + 29, bottom=16, size=size))
    assert ocr_words.column_pieces(words, size)[-1] == "Jumlah"


def test_a_space_lost_before_a_capitalized_word_is_put_back():
    """"Pemberdayaa" / "n Desa" in a narrow cell, the space read away ("nDesa"), joined "PemberdayaanDesa"."""
    words = frozenset({"koordinasi", "kegiatan", "pemberdayaan", "desa", "jawa", "barat"})
    assert ocr_words.split_glued("Koordinasi Kegiatan PemberdayaanDesa", words) == "Koordinasi Kegiatan Pemberdayaan Desa"
    assert ocr_words.split_glued("eKTP, iPhone, JawaBarat.", words) == "eKTP, iPhone, Jawa Barat."
    assert ocr_words.split_glued("PemberdayaanDesa", frozenset({"pemberdayaan"})) == "PemberdayaanDesa"

"""Tables split by their author into parts, read from a PDF (issue #12, "any table style").

The parts of a long table were lost in PDF where DOCX read them whole. The kinds of layout found:

* a monospaced font (Courier, Liberation Mono): its word space is 0.6 em, as wide as the smallest gap the
  layout took for a column gap, so a caption or a heading between two parts ruled alike read as a table row
  (the two parts and everything between became one table), and words of one cell were cut into columns;
* a browser's frame with one header rule (Chromium rules every cell's border on its own): the ends of the
  header rule's pieces closed the table with sides that bridged the paragraph between two parts, and the
  columns the header rule shows stopped at the header;
* a caption printed below its table, on a page with too little running text to show the margins, ran on into
  the paragraph under it (the table lost its label).

Each mechanism is checked on synthetic geometry; one draw of the generator (a monospaced font, horizontal
rules only, parts each repeating the header) is rendered once and read back.
"""

from __future__ import annotations

import sys

import pytest
from conftest import REPO, require_tool

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word, mono_space, one_segment
from lkjip.extract.layout.grid import close_open_sides, grid_tables
from lkjip.extract.layout.half_ruled import split_stack
from lkjip.extract.layout.paragraphs import paragraphs_from_lines, text_margins

PITCH = 5.4  # a 9 pt monospaced font: every letter and the space 0.6 em wide


def _mono(y: float, *cells: tuple[float, str], size: float = 9.0) -> TextLine:
    """A line set in a monospaced font: each cell's words from x, one pitch per letter and per space."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x, y, x + PITCH * len(tok), y + size, size=size))
            x += PITCH * (len(tok) + 1)
    return TextLine(words)


def _prop(y: float, text: str, x: float = 50.0) -> TextLine:
    """A line in a proportional font: letters 0.5 em, wide letters wider, a space of 0.28 em."""
    words = []
    for tok in text.split():
        w = sum(6.5 if c in "mwMW" else 2.5 if c in "il.," else 4.5 for c in tok)
        words.append(Word(tok, x, y, x + w, y + 9, size=9.0))
        x += w + 2.5
    return TextLine(words)


# --- a monospaced font -------------------------------------------------------------------------------------------


def test_a_monospaced_line_is_one_segment_and_its_space_is_one_pitch():
    caption = _mono(100, (57, "Tabel 1.2 Cascading Kinerja Kecamatan"))
    assert one_segment(caption)
    assert mono_space(caption) == pytest.approx(PITCH)
    row = _mono(100, (57, "1"), (90, "Meningkatnya akuntabilitas"), (400, "50,14"))
    assert not one_segment(row)
    assert mono_space(_prop(100, "Rencana Strategis Kecamatan Pasir Kemuning")) == 0.0


def test_a_caption_between_two_parts_ruled_alike_parts_the_stack():
    # the end of one table's part, its caption, a heading and the next table, every row ruled at one width
    lines = [
        _mono(60, (57, "Umum"), (300, "Instansi Vertikal")),
        _mono(101, (57, "Koordinasi Penerapan"), (300, "Persentase pelanggaran")),
        _mono(160, (57, "Tabel 1.2 Cascading Kinerja Kecamatan Pasir Kemuning")),
        _mono(176, (57, "PERENCANAAN KINERJA")),
        _mono(192, (57, "Rencana Strategis memuat tujuan, sasaran, indikator dan target kinerja")),
        _mono(240, (57, "Misi"), (90, "Tujuan / Sasaran"), (300, "Indikator"), (500, "Target")),
        _mono(262, (57, "1"), (90, "Meningkatnya akuntabilitas"), (300, "Nilai SAKIP"), (500, "50,14")),
        _mono(284, (57, "2"), (90, "Meningkatnya partisipasi"), (300, "Persentase"), (500, "62")),
    ]
    ys = [57.0, 99.0, 150.0, 237.0, 259.0, 281.0, 300.0]
    parts = split_stack(lines, (51.0, ys[0], 780.0, ys[-1]), ys)
    assert [p[1] for p in parts] == [[57.0, 99.0, 150.0], [237.0, 259.0, 281.0, 300.0]]


def test_a_sentence_between_two_tables_ruled_alike_without_captions_parts_the_stack():
    # two tables printed without captions, a sentence between them narrower than the tables, each table opening
    # with a header and a row of column numbers: the sentence's band is no row, the second header starts a table
    lines = [
        _mono(110, (57, "SASARAN"), (200, "INDIKATOR KINERJA"), (400, "REALISASI")),
        _mono(150, (57, "(1)"), (200, "(2)"), (400, "(3)"), (500, "(4)")),
        _mono(170, (57, "Meningkatnya kualitas"), (200, "Indeks Kepuasan"), (400, "81,98"), (500, "82,46")),
        _mono(260, (57, "Jika realisasi kinerja tahun ini dibandingkan dengan tahun sebelumnya")),
        _mono(290, (57, "SASARAN"), (200, "INDIKATOR KINERJA"), (400, "TARGET AKHIR")),
        _mono(322, (57, "(1)"), (200, "(2)"), (400, "(3)"), (500, "(4)")),
        _mono(335, (57, "Meningkatnya kualitas"), (200, "Indeks Kepuasan"), (400, "82,55"), (500, "99,89")),
    ]
    ys = [105.0, 145.0, 165.0, 250.0, 286.0, 319.0, 330.0, 373.0]
    parts = split_stack(lines, (51.0, ys[0], 780.0, ys[-1]), ys)
    assert [p[1] for p in parts] == [[105.0, 145.0, 165.0, 250.0], [286.0, 319.0, 330.0, 373.0]]
    # a sentence spanning a table's width inside it (a group label over its rows) is a row: data follows it
    rows = lines[:4] + [_mono(y, (57, "Meningkatnya partisipasi"), (200, "Persentase desa"), (400, "76"), (500, "83"))
                        for y in (290, 322, 335)]
    assert len(split_stack(rows, (51.0, ys[0], 780.0, ys[-1]), ys)) == 1


def test_a_caption_below_a_table_in_the_stacks_last_band_is_no_row():
    # a framed table with its caption below it, the next table's top rule at the same width closing the band
    lines = [
        _mono(110, (57, "SASARAN"), (200, "INDIKATOR"), (400, "2020"), (500, "2021")),
        _mono(135, (57, "Meningkatnya partisipasi"), (200, "Persentase"), (400, "57"), (500, "65")),
        _mono(150, (57, "Menurunnya gangguan"), (200, "Persentase"), (400, "70"), (500, "73")),
        _mono(180, (57, "Tabel 3.2 Perbandingan Realisasi Kinerja dengan Tahun-Tahun Sebelumnya")),
    ]
    ys = [105.0, 128.0, 170.0, 200.0]
    assert [p[1] for p in split_stack(lines, (51.0, ys[0], 780.0, ys[-1]), ys)] == [[105.0, 128.0, 170.0]]
    # a last row of one segment that is no caption ("Jumlah") stays the table's
    total = [*lines[:3], _mono(180, (57, "Jumlah seluruh sasaran"))]
    assert [p[1] for p in split_stack(total, (51.0, ys[0], 780.0, ys[-1]), ys)] == [ys]


def test_words_of_a_centred_cell_in_a_monospaced_font_stay_in_their_cell():
    # header labels set left, body cells centred: a body phrase runs across the gap between two labels
    lines = [
        _mono(100, (43, "Program"), (420, "Anggaran"), (520, "Realisasi")),
        _mono(112, (120, "Program Penunjang Urusan Pemerintahan Daerah"), (420, "2.525.442.492"),
              (520, "2.371.586.698")),
        _mono(124, (140, "Program Penyelenggaraan Pemerintahan"), (420, "15.279.011"), (520, "15.278.700")),
        _mono(136, (130, "Program Pemberdayaan Masyarakat Desa"), (420, "73.593.494"), (520, "73.578.700")),
        _mono(148, (250, "Total"), (420, "2.614.315.000"), (520, "2.460.444.000")),
    ]
    tables, _ = find_text_tables(lines, page_no=1)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows]
    assert all(len(r) == 3 for r in rows), rows
    assert rows[1] == ["Program Penunjang Urusan Pemerintahan Daerah", "2.525.442.492", "2.371.586.698"]


# --- a browser's frame with one header rule ----------------------------------------------------------------------


def _pieces(y: float, xs: list[float]) -> list[Ruling]:
    """A horizontal rule drawn cell by cell (one piece per column), as Chromium prints a cell's border."""
    return [Ruling(a, y - 0.4, b, y + 0.4) for a, b in zip(xs, xs[1:], strict=False)]


def _sides(top: float, bottom: float, x0: float = 57.0, x1: float = 539.0) -> list[Ruling]:
    return [Ruling(x0 - 0.4, top, x0 + 0.4, bottom), Ruling(x1 - 0.4, top, x1 + 0.4, bottom)]


def test_a_side_added_to_close_a_framed_part_does_not_bridge_the_gap_to_the_next_part():
    cols = [57.0, 71.0, 200.0, 380.0, 539.0]
    # part 1 ends (its frame's sides and bottom rule); an empty paragraph; part 2: top, header rule, bottom
    rules = _sides(50, 312) + _pieces(312, cols) + _pieces(328, cols) + _sides(328, 460) + _pieces(365, cols)
    rules += _pieces(460, cols)
    added = close_open_sides(rules)[len(rules):]
    inner = [r for r in added if not r.horizontal and 60 < r.x0 < 530]
    assert inner, "the header rule's columns are closed"
    assert all(r.top >= 327 for r in inner), [(r.x0, r.top, r.bottom) for r in inner]


def test_the_columns_of_a_header_rule_run_down_the_body_as_far_as_the_frame():
    cols = [57.0, 90.0, 250.0, 400.0, 539.0]
    # a part continued on the next page: top rule, header rule, the frame's sides run to the page's end
    rules = _pieces(580, cols) + _pieces(617, cols) + _sides(580, 600) + _sides(600, 650) + _sides(650, 782)
    grids = grid_tables(rules)
    assert grids
    body = [row for g in grids for row in g if row and min(c[1] for c in row if c) >= 616]
    assert body and all(len([c for c in row if c]) == 4 for row in body), body


# --- a caption below its table -----------------------------------------------------------------------------------


def test_a_caption_below_its_table_ends_where_running_text_begins_on_a_page_with_little_text():
    caption = _prop(438, "Tabel 3.7 Penyerapan Anggaran per Kegiatan Kecamatan Pasir Kemuning")
    text = [_prop(454, "Penyerapan anggaran yang tidak mencapai seratus persen sebagian besar berasal dari "
                       "sisa pengadaan dan efisiensi belanja perjalanan dinas yang"),
            _prop(466, "dinas, tanpa mengurangi capaian kinerja sasaran.")]
    lines = [caption, *text]
    assert text_margins(lines) is None  # two lines of running text show no margins; the caption sets none
    right = text[0].x1
    paras = paragraphs_from_lines(lines, 8, None, (50.0, right))
    assert [p.text.split()[0] for p in paras] == ["Tabel", "Penyerapan"]


# --- one draw of the generator, read back -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mono_parts(tmp_path_factory):
    """A draw in a monospaced font, ruled by horizontal rules only, its long tables in parts that each repeat the
    header, with the caption below each table: rendered once (LibreOffice) and read back."""
    require_tool("soffice", "libreoffice-writer")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench.metrics import report_fields, score
    from lkjip import extract_report
    from lkjip.synth import draw as dr
    from lkjip.synth import restyle

    d = dr.Draw(seed=7, rules="horizontal_rules_only", split="parts_with_header", font="mono", size="9",
                orientation="landscape", caption="below")
    r = restyle.render_draw(d, tmp_path_factory.mktemp("mono_parts"), None, scan=False)
    rep = extract_report(r.files["pdf"])
    return r, rep, score(report_fields(r.truth), report_fields(rep))


def test_a_monospaced_table_in_parts_reads_back_from_pdf(mono_parts):
    r, rep, sc = mono_parts
    assert sc.by_table["budget_lines"].f1 >= 0.98, sc.by_table["budget_lines"]
    assert sc.by_table["renstra_targets"].f1 >= 0.98, sc.by_table["renstra_targets"]
    assert sc.total.f1 >= 0.9
    labels = {t.label for t in rep.tables_found if t.kind == "budget"}
    truth_labels = {b.source_table for b in r.truth.budget_lines}
    assert truth_labels <= labels | {"Lampiran 3"}, (truth_labels, labels)  # every part under its table's caption


def test_a_short_line_of_a_proportional_font_is_not_taken_for_monospaced_print():
    # "desa dan dalam" in a sans 12 pt font: lower-case letters 5.95-6.1 pt wide (0.5 em), words 3 pt apart; a
    # monospaced font's letters are 0.6 em (Liberation Mono 12 pt: 7.2 pt), its space one letter
    def line(widths: list[tuple[str, float]], gap: float) -> TextLine:
        words, x = [], 435.0
        for text, per in widths:
            words.append(Word(text, x, 100.0, x + per * len(text), 112.0, size=12.0))
            x += per * len(text) + gap
        return TextLine(words)

    assert mono_space(line([("desa", 5.95), ("dan", 6.1), ("dalam", 6.0)], 3.1)) == 0.0
    assert mono_space(line([("desa", 7.2), ("dan", 7.2), ("dalam", 7.2)], 7.2)) == pytest.approx(7.2)

"""Narrow amount columns whose money cells wrap (issue #12, "any table style"): "Rp." alone on a line above its
amount, or the amount itself broken into pieces over two or three lines ("2.408.791." / "274", "44.5" / "43.0" /
"60,-"). Without a horizontal rule between rows the reader takes rows from text lines; the pieces belong to the
row whose amount they complete (extract/layout/rows.py ``amount_run``), also across a page break
(extract/layout/stitch.py), and the last piece of an amount at a page's foot is no page number
(extract/layout/furniture.py).

Synthetic lines check each mechanism; one small table rendered by LibreOffice (a few seconds) checks the whole
path down to the exact Decimal amounts and no flag.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import require_tool
from line_builders import cells_line

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.cues import amount_cut, amount_whole
from lkjip.extract.layout.furniture import drop_furniture
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import amount_run
from lkjip.extract.layout.stitch import continues_row


def _line(y: float, *cells: tuple[float, str], bold: bool = False) -> TextLine:
    """Words of 5 pt per letter, 3 pt apart, each cell's text starting at its x."""
    return cells_line(y, *cells, bold=bold)


def _rows(lines: list[TextLine]) -> list[list[str]]:
    tables, rest = find_text_tables(lines, page_no=1)
    assert len(tables) == 1 and not rest
    return [r.cells for r in tables[0].table.rows]


# --- the cues -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cut"), [
    ("Rp", True), ("Rp.", True), ("2.662.394.", True), ("44.5", True), ("193.17", True), ("Rp.2.408.791.", True),
    ("2.662.394.679", False), ("2.662.394.679,00", False), ("193.178.294,-", False), ("Jumlah", False), ("", False),
])
def test_amount_cut(text, cut):
    assert amount_cut(text) is cut


def test_amount_whole_after_a_sign_takes_any_amount():
    assert amount_whole("2.662.394.679,00") and amount_whole("Rp.44.543.060")
    assert not amount_whole("Rp500") and amount_whole("Rp500", after_sign=True)
    assert not amount_whole("44.543.0") and not amount_whole("12.53.75", after_sign=True)


# --- rows from text lines -----------------------------------------------------------------------------------------


def test_currency_sign_alone_and_amount_pieces_join_their_row():
    lines = [
        _line(100, (50, "No"), (80, "Program"), (300, "Anggaran"), (380, "Ket"), bold=True),
        _line(115, (50, "1"), (80, "Penunjang Urusan"), (300, "Rp."), (380, "APBD")),
        _line(128, (300, "2.408.791.")),
        _line(141, (300, "274")),
        _line(154, (50, "2"), (80, "Pemberdayaan Desa"), (300, "Rp."), (380, "APBD")),
        _line(167, (300, "44.543.060")),
        _line(180, (50, "3"), (80, "Koordinasi Umum"), (300, "Rp"), (380, "APBD")),
        _line(193, (300, "52.565.69")),
        _line(206, (300, "9")),
    ]
    assert _rows(lines) == [
        ["No", "Program", "Anggaran", "Ket"],
        ["1", "Penunjang Urusan", "Rp. 2.408.791.274", "APBD"],
        ["2", "Pemberdayaan Desa", "Rp. 44.543.060", "APBD"],
        ["3", "Koordinasi Umum", "Rp 52.565.699", "APBD"],
    ]


def test_pieces_that_each_read_as_a_number_join_when_they_add_up_to_a_whole_amount():
    # "193.17" and "44.5" are well-formed decimals alone; with the lines below they are one amount in groups
    # of three, the row's label running on beside them
    lines = [
        _line(100, (50, "Sasaran"), (200, "Target"), (260, "Anggaran"), (340, "Persen"), bold=True),
        _line(115, (50, "Meningkatnya partisipasi"), (200, "54"), (260, "193.17"), (340, "92,53")),
        _line(128, (50, "masyarakat desa"), (260, "8.294,-")),
        _line(141, (50, "Menurunnya gangguan"), (200, "66"), (260, "44.5"), (340, "96,58")),
        _line(154, (50, "ketertiban umum"), (260, "43.0")),
        _line(167, (260, "60,-")),
    ]
    assert _rows(lines) == [
        ["Sasaran", "Target", "Anggaran", "Persen"],
        ["Meningkatnya partisipasi masyarakat desa", "54", "193.178.294,-", "92,53"],
        ["Menurunnya gangguan ketertiban umum", "66", "44.543.060,-", "96,58"],
    ]


def test_numbers_that_add_up_to_no_whole_amount_stay_rows_of_their_own():
    lines = [
        _line(100, (50, "Uraian"), (200, "Nilai"), (260, "Anggaran"), bold=True),
        _line(115, (50, "Indeks kepuasan"), (200, "12.5"), (260, "1.250.000")),
        _line(128, (200, "3.75"), (260, "310.000")),
        _line(141, (50, "Indeks layanan"), (200, "80"), (260, "84.000")),
    ]
    rows = _rows(lines)
    assert ["", "3.75", "310.000"] in rows
    assert rows[1] == ["Indeks kepuasan", "12.5", "1.250.000"]


def test_english_decimals_above_the_next_rows_values_are_no_broken_amount():
    # "82.5" and "75" would make "82.575", a whole amount in groups of three; nothing marks the pieces as a
    # broken amount (no lone "Rp", no head ending in a separator, no ",-" / ",00"), so the labelled line is a row
    lines = [
        _line(100, (50, "Indikator"), (200, "Target"), (260, "Realisasi"), bold=True),
        _line(115, (50, "Indeks kepuasan"), (200, "82.5"), (260, "90.2")),
        _line(128, (50, "Indeks layanan"), (200, "75"), (260, "80")),
    ]
    assert _rows(lines) == [
        ["Indikator", "Target", "Realisasi"],
        ["Indeks kepuasan", "82.5", "90.2"],
        ["Indeks layanan", "75", "80"],
    ]


def test_amount_run_counts_only_the_lines_that_finish_the_amount():
    def cells(*texts: str) -> list[list[Word]]:
        return [[Word(t, 0, 0, 1, 1)] if t else [] for t in texts]

    row = [cells("1", "Penunjang", "Rp.")]
    assert amount_run(row, [cells("", "", "2.408.791."), cells("", "", "274"), cells("2", "X", "Rp.")]) == 2
    assert amount_run(row, [cells("2", "X", "Rp.")]) == 0  # no number: no run
    assert amount_run([cells("1", "A", "1.250.000")], [cells("", "", "310.000")]) == 0  # whole already
    assert amount_run([cells("1", "A", "12.5")], [cells("", "", "3.75"), cells("", "", "1")]) == 0
    # the region ends inside the amount (a page break): the lines so far are the run
    assert amount_run(row, [cells("", "", "59.857.92")]) == 1


# --- a page break -------------------------------------------------------------------------------------------------


def test_amount_cut_by_a_page_break_continues_the_row():
    last = TableRow(cells=["IV.", "PROGRAM PEMBINAAN", "Rp", "Rp 59.857.92", "100,00"])
    assert continues_row(last, TableRow(cells=["", "", "59.857.921", "1", ""]))
    whole = TableRow(cells=["IV.", "PROGRAM PEMBINAAN", "Rp 59.857.921", "Rp 59.857.921", "100,00"])
    assert not continues_row(whole, TableRow(cells=["", "", "12.000.000", "11.000.000", ""]))


def test_last_piece_of_an_amount_in_the_footer_band_is_no_page_number():
    height = 842.0
    words = [Word("2.408.791.", 444, 766, 477, 771, size=8), Word("274", 465, 775.3, 477, 780.2, size=8),
             Word("7", 300, 815, 305, 822, size=8)]

    def to_lines(ws):
        return [TextLine([w for w in ws if w.top == y]) for y in sorted({w.top for w in ws})]

    kept = {w.text for w in drop_furniture(words, to_lines, height, set(), [])}
    assert kept == {"2.408.791.", "274"}  # the page number "7" goes, the amount's last piece stays


# --- a rendered table ---------------------------------------------------------------------------------------------

_AMOUNTS = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.408.791.274", "2.185.418.812", "90,73"),
            ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", "44.543.060", "36.710.363", "82,41"),
            ("Program Koordinasi Ketenteraman dan Ketertiban Umum", "52.565.699", "51.296.781", "97,59"),
            ("Jumlah", "2.505.900.033", "2.273.425.956", "90,72")]


@pytest.mark.libreoffice
@pytest.mark.parametrize("rules", ["vertical_rules_only", "header_rule_only"])
def test_rendered_narrow_amount_column_reads_back_exact(tmp_path, rules):
    """"Rp." left alone on the row's first line, the amount below it in two pieces ("2.408.791." / "274")."""
    require_tool("soffice", "libreoffice-writer")
    from lkjip import extract_report
    from lkjip.synth.render import RenderStyle, docx_to_pdf, render_docx

    rows = [["No", "Program", "Anggaran", "Realisasi", "%"]]
    rows += [[str(k) if name != "Jumlah" else "", name, f"Rp. {a}", f"Rp. {r}", p]
             for k, (name, a, r, p) in enumerate(_AMOUNTS, 1)]
    doc = Document(source_file="narrow.docx", input_format="docx", blocks=[
        Paragraph(text="Tabel 3.6 Realisasi Anggaran Tahun 2024"),
        Table(rows=[TableRow(cells=r, is_header=i == 0) for i, r in enumerate(rows)])])
    style = RenderStyle(borders=rules, widths="narrow_amounts", size=10, align="left")
    pdf = docx_to_pdf(render_docx(doc, tmp_path / f"narrow_{rules}.docx", style), tmp_path)
    report = extract_report(pdf)
    got = [(b.uraian, b.anggaran, b.realisasi) for b in report.budget_lines]
    want = [(name, Decimal(a.replace(".", "")), Decimal(r.replace(".", ""))) for name, a, r, _ in _AMOUNTS]
    assert got == want
    assert not [f for f in report.flags if f.severity == "error"]


def test_an_amount_no_line_completes_stays_raw_and_puts_the_table_in_doubt():
    from lkjip.extract.layout.page_table import PageTable

    rows = [TableRow(cells=["No", "Program", "Anggaran"], is_header=True),
            TableRow(cells=["1", "Penunjang", "Rp 59.857.92"]), TableRow(cells=["2", "Pemberdayaan", "44.543.060"])]
    table = PageTable(Table(rows=rows), [0.0, 1.0], 0.0, 1.0, 0.0, 1.0).finish()
    assert table.rows[1].cells[2] == "Rp 59.857.92"  # kept as printed, nothing guessed
    assert table.doubt and any("59.857.92" in w for w in table.warnings)
    whole = PageTable(Table(rows=[rows[0], rows[2]]), [0.0, 1.0], 0.0, 1.0, 0.0, 1.0).finish()
    assert whole.doubt is None

"""A page break in a budget table's row (a narrow % column, 11 pt serif or 10 pt sans): the plain number "10" that
filled its cell at the foot of one page goes on as "0" at the top of the next (layout.stitch.continues_row), and
the lower level of the header repeated on that page is dropped however a narrow column's broken word was rejoined
on either page ("ANGGARAN" / "ANGGARA N", layout.stitch.stitch); a monospaced header line of word pieces ("i Awal")
cuts no column at a word space (header_gaps.header_channels)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.header_gaps import header_channels
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import continues_row, stitch
from lkjip.extract.layout.words import Tail

LAST = TableRow(cells=["2)", "Pemeliharaan", "46.047.267,-", "46.020.429,-", "99,94", "Jumlah", "11", "11 Unit", "10"],
                page=22)
REST = TableRow(cells=["", "Mebel", "", "", "", "Mebel yang dipelihara", "Unit", "", "0"], page=23)


def _tails(pct_full: bool) -> list[Tail]:
    return [Tail(c.split()[-1] if c else "", k == 8 and pct_full, True) for k, c in enumerate(LAST.cells)]


def test_a_plain_number_filling_its_cell_goes_on_after_the_page_break():
    assert continues_row(LAST, REST, _tails(pct_full=True))


def test_a_number_that_left_room_in_its_cell_is_whole():
    assert not continues_row(LAST, REST, _tails(pct_full=False))
    keyed = REST.model_copy(update={"cells": ["3)", *REST.cells[1:]]})
    assert not continues_row(LAST, keyed, _tails(pct_full=True))


def _part(rows: list[TableRow], page: int) -> PageTable:
    return PageTable(Table(rows=rows, page=page), [50.0, 100.0, 200.0, 300.0, 400.0, 450.0], 60.0, 700.0, 50.0,
                     450.0)


def test_a_repeated_header_level_whose_broken_word_reads_otherwise_is_dropped():
    head = [TableRow(cells=["NO", "URAIAN", "ANGGARAN", "", ""], page=11, is_header=True),
            TableRow(cells=["", "", "ANGGARAN", "REALISASI", "%"], page=11, is_header=True)]
    body = [TableRow(cells=["1.", "Penyediaan Peralatan", "Rp 94.981.035", "Rp 91.277.211", "96,10"], page=11)]
    repeat = [TableRow(cells=["NO", "URAIAN", "ANGGARAN", "", ""], page=12, is_header=True),
              TableRow(cells=["", "", "ANGGARA N", "REALISASI", "%"], page=12, is_header=True),
              TableRow(cells=["2.", "Penyediaan Peralatan Rumah", "Rp 46.005.816", "Rp 46.005.816", "100,00"],
                       page=12)]
    first = _part([*head, *body], 11)
    stitch(first, _part(repeat, 12))
    assert [r.cells[0] for r in first.table.rows] == ["NO", "", "1.", "2."]
    assert first.table.rows[2].cells[2] == "Rp 94.981.035"


def _mono(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 9.4, size=10.0, bold=bold) for t, x0, x1 in words])


def test_a_monospaced_header_line_of_word_pieces_cuts_no_column_at_a_word_space():
    head = [_mono(123.1, True, [("Misi", 56.8, 80.8), ("Tujuan", 92.4, 128.4), ("Sasaran", 146.4, 188.4),
                                ("Indikator", 280.4, 334.4), ("Kondis", 431.2, 467.2), ("Targe", 482.5, 512.5)]),
            _mono(136.1, True, [("i", 431.2, 437.2), ("Awal", 443.2, 467.2), ("t", 482.5, 488.5)])]
    body_gaps = [(406.4, 431.2), (437.2, 482.5)]  # the body: "Kecamatan" | "-" | … "-"
    assert header_channels(head, body_gaps, [(406.4, 431.2), (467.2, 482.5)], 10.0) == []

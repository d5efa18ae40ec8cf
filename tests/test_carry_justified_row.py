"""A borderless table carried to the next page, whose first rows there hold a justified cell's line stretched wide
("Fasilitasi          Pelaksanaan"): one gap inside a column on one line is no column of another table, and the
rows go on with the carried columns (borderless._carried_region, channels.more_columns). Read as text, the
table's last rows would stand between it and its caption below, which then names no table."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.channels import more_columns
from lkjip.extract.layout.geometry import TextLine, Word

NO, URAIAN, ANGGARAN, REALISASI, PERSEN = 57.0, 126.0, 290.0, 400.0, 506.0


def _ln(top: float, *words: tuple[str, float], bold: bool = False) -> TextLine:
    return TextLine([Word(t, x, top, x + 4.0 * len(t), top + 8.0, size=8.0, bold=bold) for t, x in words])


def _row(top: float, key: str, name: str, a: str, b: str, p: str) -> TextLine:
    words, x = [(key, NO)], URAIAN
    for t in name.split():
        words.append((t, x))
        x += 4.0 * len(t) + 2.0
    return _ln(top, *words, (a, ANGGARAN), (b, REALISASI), (p, PERSEN))


PAGE_11 = [_ln(700.0, ("NO", NO), ("URAIAN", URAIAN), ("ANGGARAN", ANGGARAN), ("REALISASI", REALISASI), ("%", PERSEN),
               bold=True),
           _row(712.0, "a.", "Penyusunan Dokumen", "62.954.081,00", "53.348.629,00", "84,74"),
           _row(724.0, "b.", "Penyediaan Gaji ASN", "1.950.000,00", "1.950.000,00", "100,00"),
           _row(736.0, "c.", "Fasilitasi Penyusunan", "3.771.681,00", "3.771.325,00", "99,99"),
           _ln(748.0, ("Peraturan", URAIAN), ("Desa", URAIAN + 40.0))]

PAGE_12 = [_ln(58.0, ("Kepala", URAIAN), ("Desa", URAIAN + 28.0)),
           # the first line of a justified cell: its two words pushed to the cell's edges
           _ln(70.0, ("d.", NO), ("Fasilitasi", URAIAN), ("Pelaksanaan", 190.0), ("60.356.717,00", ANGGARAN),
               ("59.467.607,00", REALISASI), ("98,53", PERSEN)),
           _ln(82.0, ("Pemilihan", URAIAN), ("Kepala", URAIAN + 40.0), ("Desa", URAIAN + 68.0)),
           _ln(94.0, ("JUMLAH", NO), ("3.939.239.526,00", ANGGARAN - 12.0), ("3.778.421.027,00", REALISASI - 12.0),
               ("95,92", PERSEN))]


def test_a_justified_line_stretched_wide_at_the_page_top_goes_on_with_the_carried_columns():
    (first,), _ = find_text_tables(PAGE_11, page_no=11)
    tables, rest = find_text_tables(PAGE_12, page_no=12, carry=first)
    assert not rest
    rows = [r.cells for r in tables[0].table.rows]
    assert any(r[0] == "d." and r[-1] == "98,53" and r[1].startswith("Fasilitasi Pelaksanaan") for r in rows)
    assert rows[-1][0] == "JUMLAH"


def test_another_tables_columns_at_the_page_top_are_more_columns():
    channels = [(70.0, 126.0), (250.0, 290.0), (360.0, 400.0), (470.0, 506.0)]
    lines, spans = PAGE_12[1:2], [[(57, 65), (126, 166), (190, 234), (290, 342), (400, 452), (506, 526)]]
    assert not more_columns(lines, spans, channels)
    # two lines with more runs, or a gap in no channel beside a number: the columns of another table
    assert more_columns(lines * 2, spans * 2, channels)
    amount = [_ln(70.0, ("d.", NO), ("Fasilitasi", URAIAN), ("60.356.717,00", 190.0), ("59.467.607,00", ANGGARAN),
                  ("98,53", REALISASI), ("100", PERSEN))]
    assert more_columns(amount, [[(57, 65), (126, 166), (190, 242), (290, 342), (400, 420), (506, 518)]], channels)

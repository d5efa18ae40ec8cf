"""A header's upper line read as a bold line of text over its table (narrow columns whose header words wrap: "N" /
"o", "Indikat" / "or Tujuan"), the rest of the header the table's first row: the header is put back from a later
part that repeats it whole, so the parts join into one table
(:func:`lkjip.extract.header_spelled.header_lines_spelled`)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_spelled import header_lines_spelled
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program"]
BROKEN = ["o", "", "or Tujuan", "", "or Sasaran", "", "Program"]
LINE = "N Tujuan Indikat Sasaran Indikat Program Indikator"
NUMBERS = [str(k) for k in range(1, 8)]


def _row(n: int) -> list[str]:
    return [str(n), f"Tujuan ke {n} dinas", f"Indeks capaian {n}", f"Sasaran ke {n} dinas", f"Indeks sasaran {n}",
            f"PROGRAM KE {n}", f"Persentase layanan {n}"]


def _doc(line: str) -> Document:
    first = Table(rows=[TableRow(cells=BROKEN, page=1), TableRow(cells=NUMBERS, page=1),
                        *(TableRow(cells=_row(n), page=1) for n in (1, 2))], page=1, strategy="text")
    second = Table(rows=[TableRow(cells=HEAD, page=2), TableRow(cells=NUMBERS, page=2),
                         *(TableRow(cells=_row(n), page=2) for n in (3, 4))], page=2, strategy="text")
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Kinerja diturunkan secara berjenjang sebagai berikut.", page=1),
        Paragraph(text=line, lines=[line], page=1, bold=True), first, second])


def test_the_header_line_and_the_broken_row_spelling_a_later_part_s_header_give_that_header_back():
    out = header_lines_spelled(list(_doc(LINE).blocks), set())
    assert not any(isinstance(b, Paragraph) and b.text == LINE for b in out)
    assert next(b for b in out if isinstance(b, Table)).rows[0].cells == HEAD
    (t,) = stitch_document(_doc(LINE)).tables()
    assert t.rows[0].cells == HEAD
    assert [r.cells[0] for r in t.rows[2:]] == ["1", "2", "3", "4"]


def test_a_line_that_does_not_spell_the_header_stays_text():
    other = "N Tujuan Indikat Sasaran Indikat Program Kegiatan"
    out = header_lines_spelled(list(_doc(other).blocks), set())
    assert any(isinstance(b, Paragraph) and b.text == other for b in out)
    assert next(b for b in out if isinstance(b, Table)).rows[0].cells == BROKEN

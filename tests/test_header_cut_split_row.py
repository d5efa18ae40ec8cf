"""A header a page break cuts, its rest standing loose over the next page's first rule (issue #12).

A browser splitting a header row across a page break (the row's cells top-aligned, "Kondisi Awal (2020)" in
one band beside the years of a spanned "Target" in another) sets the row's rest at the next page's top higher
over the table's first rule than a body row's last line stands over its rule: more white than a band's padding,
less than half a line. The rest is still the header's (:func:`~lkjip.extract.layout.half_ruled.open_ends`), read
with the page before's start of it; before, both became paragraphs and the table lost its kind.
"""

from __future__ import annotations

from line_builders import cell_words, hrule, read_pages

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.geometry import Ruling, Word

COLS = (60, 90, 250, 330, 400, 470)


def _words(top: float, *cells: tuple[float, str], bold: bool = False) -> list[Word]:
    return cell_words(top, *cells, bold=bold, size=9.0)


def _page_one() -> tuple[list[Word], list[Ruling]]:
    words = _words(100, (60, "Pengukuran capaian kinerja dilakukan dengan membandingkan target dan realisasi"))
    words += _words(113, (60, "setiap indikator sasaran dalam Perjanjian Kinerja."))
    words += _words(745, (60, "Tabel 3.1 Capaian Kinerja Sasaran Tahun 2023"))
    words += _words(765, *zip(COLS, ("No", "Sasaran", "Satuan", "Realisasi", "Tahun 2023", "Capaian"),
                              strict=True), bold=True)
    return words, [hrule(761.0)]


_ROWS = [("1", "Meningkatnya partisipasi", "%", "71", "75", "100"),
         ("2", "Menurunnya gangguan", "%", "72", "75", "96")]


def _page_two(rule_at: float) -> tuple[list[Word], list[Ruling]]:
    words = _words(60, *zip(COLS, ("Uraian", "Indikator", "", "Tahun 2022", "Target", "Kinerja"),
                            strict=True), bold=True)
    rules = [hrule(rule_at)]
    y = rule_at + 2.0
    for row in _ROWS:  # a body row's line stands 1.75 pt over its rule
        words += _words(y, *zip(COLS, row, strict=True))
        rules.append(hrule(y + 12.0))
        y += 14.0
    words += _words(y + 20, (60, "Secara umum capaian kinerja sasaran berada pada kategori baik."))
    return words, rules


def test_a_split_header_rows_rest_standing_loose_over_the_rule_still_heads_the_table():
    blocks = read_pages([_page_one(), _page_two(74.5)])  # the header's rest 4.25 pt over the rule
    (table,) = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith(("No Sasaran", "Uraian")) for t in texts)
    (head,) = [r for r in table.rows if r.is_header]
    assert head.cells[:2] == ["No Uraian", "Sasaran Indikator"] and head.cells[-1] == "Capaian Kinerja"
    assert [r.cells for r in table.rows if not r.is_header] == [list(r) for r in _ROWS]
    assert table.page == 1

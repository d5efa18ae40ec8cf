"""A header printed in shaded bands, its second level in a band of its own (issue #12).

A performance table's header: "Sasaran" and "Tahun 2024" over their sub-columns ("Uraian | Indikator",
"Target | Realisasi"), each header row's cells shaded. The second level opens a shaded band a little further
down than the first level's lines stand apart, and the first level holds years ("Tahun 2024", "2023"): that is
no new table's header band under a body with numbers; a header in bold, over which no body has started yet, is
read whole with the body under it."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling

XS = [55.0, 78.0, 298.0, 355.0, 425.0, 470.0, 515.0, 560.0]


def _band(top: float, bottom: float, xs: list[float]) -> list[Ruling]:
    return [Ruling(a, top, b, bottom, shade=True) for a, b in zip(xs, xs[1:], strict=False)]


def _page(bold: bool) -> tuple[list, list[Ruling]]:
    head = [
        cells_line(100, (57, "No"), (80, "Sasaran"), (300, "Satuan"), (360, "Realisasi"), (430, "Tahun"),
                   (520, "Capaian"), bold=bold),
        cells_line(111, (360, "Tahun"), (430, "2024"), (520, "Tahun"), bold=bold),
        cells_line(122, (360, "2023"), (520, "2024"), bold=bold),
        cells_line(139, (80, "Uraian"), (200, "Indikator"), (430, "Target"), (475, "Capai"), bold=bold),
    ]
    body = [cells_line(153 + 12 * k, (57, str(k + 1)), (80, name), (200, "Persentase"), (300, "%"),
                       (360, "80,34"), (430, "83,97"), (475, "83,97"), (520, "100"))
            for k, name in enumerate(["Meningkatnya", "Menurunnya", "Terwujudnya"])]
    shades = _band(98.0, 134.0, XS) + _band(134.0, 150.0, XS)
    return head + body, shades


def test_a_bold_headers_second_level_in_a_band_of_its_own_stays_with_its_table():
    lines, shades = _page(bold=True)
    tables, rest = find_text_tables(lines, shades)
    assert len(tables) == 1 and rest == []
    body = [r.cells for r in tables[0].table.rows if not r.is_header]
    assert [c[0] for c in body] == ["1", "2", "3"] and body[0][1].startswith("Meningkatnya")
    assert any("Uraian" in c for r in tables[0].table.rows if r.is_header for c in r.cells)


"""The style kind a real LKjIP prints its PK and budget tables in, as a value of the generator's dimensions:
rules ``side_bars_shaded`` (no rule but the frame's two sides, every cell shaded on its own), align ``justify``
(text cells set justified, numbers right), and "label : value" lines just over and under the tables (running
text: the truth's records are unchanged)."""

from __future__ import annotations

import pdfplumber
import pytest
from conftest import require_tool
from docx.enum.text import WD_ALIGN_PARAGRAPH

from lkjip.extract.document import Paragraph, Table
from lkjip.synth import draw as dr
from lkjip.synth import layout, render, restyle, rules


def _applied(**values):
    d = dr.Draw(seed=8000, content="generated", **values)
    c = restyle.content(d, None)
    return c, *restyle.apply(d, c.document, c.truth)


def test_justify_sets_text_cells_justified_and_numbers_right():
    assert layout.cell_alignment("Program Pelayanan Administrasi", "justify", False) == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert layout.cell_alignment("1.234.567,00", "justify", False) == WD_ALIGN_PARAGRAPH.RIGHT
    assert layout.cell_alignment("Program", "justify", True) is None  # header cells keep the default
    assert layout.cell_alignment("Program Pelayanan", "numbers_right", False) is None


def test_every_cell_is_shaded_and_the_header_darker():
    assert rules.cell_fill("side_bars_shaded", True, 0) == rules.SIDE_HEADER_FILL
    assert {rules.cell_fill("side_bars_shaded", False, i) for i in range(4)} == {rules.SIDE_BODY_FILL}
    assert rules.TABLE_EDGES["side_bars_shaded"] == ("left", "right")


def test_label_value_lines_stand_over_and_under_the_tables_and_the_truth_is_unchanged():
    c, doc, truth = _applied(rules="side_bars_shaded")
    _, plain, plain_truth = _applied(rules="bordered")
    assert truth == plain_truth
    blocks = doc.blocks
    over = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.text.startswith("SKPD : ")]
    assert over and all(blocks[i].text == f"SKPD : {c.truth.meta.instansi}" for i in over)
    assert all(blocks[i + 1].text == f"Tahun Anggaran : {c.truth.meta.tahun}" and isinstance(blocks[i + 2], Table)
               for i in over)
    under = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.text.startswith("Jumlah Anggaran : ")]
    assert len(under) >= 2
    for i in under:  # the total its table prints, just under it
        table = blocks[i - 1]
        assert isinstance(table, Table)
        amount = blocks[i].text.split(" : ", 1)[1]
        assert any(amount in r.cells and r.cells[0].strip().lower() in ("", "jumlah", "total")
                   or any(x.lower().startswith("jumlah") for x in r.cells) and amount in r.cells
                   for r in table.rows)
    assert len(blocks) == len(plain.blocks) + 2 * len(over) + len(under)


@pytest.mark.libreoffice
def test_the_pdf_has_the_two_side_bars_only_and_a_fill_per_cell(tmp_path):
    require_tool("soffice", "libreoffice-writer")
    from test_render import _long_table

    pdf = render.render_report_files(_long_table(), tmp_path, "t", render.RenderStyle(borders="side_bars_shaded",
                                                                                     align="justify"))["pdf"]
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        edges = [e for e in page.edges if e["orientation"] == "h" and e["width"] > 30
                 and not e.get("fill")] + [e for e in page.lines if abs(e["top"] - e["bottom"]) < 0.5]
        verticals = {round(e["x0"]) for e in page.edges if e["orientation"] == "v" and e["height"] > 100}
        fills = [r for r in page.rects if r.get("fill") and r["height"] < 40]
    assert not edges  # no rule across
    assert len(verticals) == 2  # the frame's two sides, down the whole table
    assert len(fills) >= 13 * 5  # every cell filled on its own

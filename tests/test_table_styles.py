"""The seed in table styles its readers had never seen gives the text path's records, and no false error (issue #12).

* horizontal rules only (Word's common style: no vertical rule), DejaVu Sans 10 pt: the PDF reader takes the
  rows from the rules and the columns from the text's alignment (extract/layout/half_ruled.py);
* vertical rules only: the columns from the rules, the rows from the text;
* banded, as report generators print an LRA: column rules, and row rules across the amount columns between
  groups of rows only (extract/layout/stacked.py);
* the long tables split by their author into parts that each repeat the header (or only the first has it), an
  empty paragraph between: DOCX and PDF give one table per split table (extract/stitch.py), named by the first
  part's caption.

Rendering uses LibreOffice at test time (the seed's text is never committed, nor a rendering of it). The seed
is rendered as its author made it: the text export's page-break splits joined first.
"""

from __future__ import annotations

import pytest
import regex as re
from conftest import require_tool
from test_formats_seed import agreement, fields

from lkjip import extract_report
from lkjip.extract.read_text import read_text
from lkjip.extract.stitch import stitch_document

STYLES = {
    "horizontal_rules": dict(borders="horizontal_rules_only", font="DejaVu Sans", size=10),
    "split_with_header": dict(borders="bordered", split="parts_with_header", split_parts=3),
    "vertical_rules": dict(borders="vertical_rules_only"),
    "split_without_header": dict(borders="bordered", split="parts_without_header", split_parts=3),
    # rules across the amount columns between groups of rows only, the text columns unruled (an LRA's style)
    "banded": dict(borders="banded"),
}


@pytest.fixture(scope="module")
def rendered(seed_path, tmp_path_factory):
    require_tool("soffice", "libreoffice-writer")
    from lkjip.synth.render import RenderStyle, docx_to_pdf, render_docx

    out = tmp_path_factory.mktemp("seed_styles")
    doc = stitch_document(read_text(seed_path))
    files = {}
    for name, kw in STYLES.items():
        docx = render_docx(doc, out / f"seed_{name}.docx", RenderStyle(name=name, **kw))
        files[name] = {"docx": docx, "pdf": docx_to_pdf(docx, out)}
    return files


@pytest.fixture(scope="module")
def text_path(seed_path):
    return extract_report(seed_path)


def _where_free(message: str) -> str:
    """A flag's message without where it stands (line numbers in a text export, pages in a PDF)."""
    message = re.sub(r"\s*\b(baris|hal\.|halaman)\s*\d+(?:\s*[,–-]\s*\d+)*", "", message)
    return re.sub(r"\s+%", "%", message)


def _errors(report) -> set[tuple[str, str]]:
    return {(f.rule, _where_free(f.message)) for f in report.flags if f.severity == "error"}


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("style", list(STYLES))
def test_seed_in_an_unseen_table_style_gives_the_text_paths_records(rendered, text_path, style, fmt):
    report = extract_report(rendered[style][fmt])
    assert report.status == "success", report.errors
    truth = fields(extract_report(text_path.source_file, validate=False))
    bad_num, bad_txt, n_num, n_txt = agreement(truth, fields(report))
    assert not bad_num, f"{len(bad_num)}/{n_num} numbers differ, e.g. {bad_num[:5]}"
    assert len(bad_txt) <= 0.01 * n_txt, f"{len(bad_txt)}/{n_txt} text fields differ, e.g. {bad_txt[:5]}"
    assert not [t.label for t in report.tables_found if "tanpa judul" in t.label]
    false = _errors(report) - _errors(text_path)
    assert not false, f"false error flags: {sorted(false)[:5]}"

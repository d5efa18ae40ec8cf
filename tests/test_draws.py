"""The random style space (``lkjip.synth.draw``): a fixed-seed subset of draws covering every value of every
dimension, rendered (DOCX and text PDF), its truth checked against what it prints, and read back by lkjip.

The targets are the issue's (field F1 ≥ 0.98 per draw, no error flag on a consistent report, the injected
contradiction found). Draws with a dimension value the readers do not handle yet are ``xfail`` (not
strict); the reasons are listed in :data:`KNOWN_FAILING` — remove an entry when the reader handles it.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import docx
import pytest
from conftest import REPO, SEED, require_tool

from lkjip.synth import draw as dr
from lkjip.synth import restyle

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench.draws import score_file  # noqa: E402

COVER = dr.covering(24)
F1_TARGET = 0.98

#: (dimension, value) -> why draws with it fail today, per format ("docx", "pdf" or both)
#: measured by ``python -m bench.draws --one-factor`` (each value changed alone from the plain draw, which
#: reads back at 100 %) on 2026-12-02; borderless, shading, horizontal rules only and a frame with a header rule
#: read back since 2026-12-03; banded rules, 9 pt and Chromium since 2026-12-04 (every covering draw with one of
#: them reads back unless it also holds a value listed here)
BOTH, PDF = ("docx", "pdf"), ("pdf",)
#: (empty since the twentieth session: parts without a header and justified cells, the last two values listed,
#: read back in every covering draw but the three listed in KNOWN_FAILING_DRAWS)
KNOWN_FAILING: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {}
#: covering draws that fail although their values read back in other draws, per format: 09004 and 09017 exposed when
#: the rules and align columns of the covering set were reshuffled by their new values (side_bars_shaded, justify)
#: on 2026-12-05; 09007, 09013 and 09019 the draws still failing of the two dimension values KNOWN_FAILING held.
#: 09004 (shading, right-aligned, a row cut by a page break, Chromium) reads back since the twenty-first session,
#: 09017 (borderless, centred, condensed 9 pt, Chromium) since the twenty-third, 09019 (a framed table's justified
#: rest opening a page read by the columns of the part before) since the twenty-ninth, 09013 (a framed part read with
#: fewer columns than the part before, laid over it by its words, extract.part_words) since the thirty-second, 09007
#: (rows cut by a page break read as five short lines at the page's foot, the part on the next page placed past them,
#: extract.page_foot) since the thirty-second too
KNOWN_FAILING_DRAWS: dict[str, tuple[tuple[str, ...], str]] = {}


def _failing(d: dr.Draw, fmt: str) -> list[str]:
    return [f"{dim}={val}: {why}" for (dim, val), (fmts, why) in KNOWN_FAILING.items()
            if getattr(d, dim) == val and fmt in fmts] + \
        [why for name, (fmts, why) in KNOWN_FAILING_DRAWS.items() if d.name == name and fmt in fmts]


def _params(fmts: tuple[str, ...]):
    for d in COVER:
        for fmt in fmts:
            reasons = _failing(d, fmt)
            marks = [pytest.mark.xdist_group(d.name)]
            marks += [pytest.mark.xfail(strict=False, reason="; ".join(reasons))] if reasons else []
            yield pytest.param(d, fmt, id=f"{d.name}-{fmt}", marks=marks)


# --- the space --------------------------------------------------------------------------------------------------


def test_covering_subset_has_every_value_of_every_dimension():
    for dim, values in dr.DIMENSIONS.items():
        assert {getattr(d, dim) for d in COVER} == set(values), dim
    assert len({d.seed for d in COVER}) == len(COVER) >= 24


def test_draws_are_reproducible_and_vary():
    assert dr.draw(7) == dr.draw(7) and dr.render_style(dr.draw(7)) == dr.render_style(dr.draw(7))
    draws = [dr.draw(i) for i in range(200)]
    for dim, values in dr.DIMENSIONS.items():
        assert {getattr(d, dim) for d in draws} == set(values), dim
    scans = [d.scan for d in draws if d.scan]
    assert 5 <= len(scans) <= 40
    assert all(150 <= s.dpi <= 300 and abs(s.skew) <= 1.5 for s in scans)
    with pytest.raises(ValueError):
        dr.covering(3)


def test_one_factor_changes_one_value_at_a_time():
    base, *others = dr.one_factor()
    assert len(others) == sum(len(v) - 1 for d, v in dr.DIMENSIONS.items() if d != "content")
    for o in others:
        changed = [d for d in dr.DIMENSIONS if getattr(o, d) != getattr(base, d)]
        assert len(changed) == 1 and o.content_seed == base.seed
    assert len({o.seed for o in others}) == len(others)


@pytest.mark.parametrize(("style", "printed"), [
    ("plain", "1.234.567"), ("rp", "Rp. 1.234.567"), ("dash", "1.234.567,-"), ("dec", "1.234.567,00"),
    ("rp_spaces", "Rp    1.234.567"), ("as_printed", "1.234.567,00"),
])
def test_print_money(style, printed):
    assert dr.print_money("1.234.567,00", style) == printed
    assert dr.print_money("Rp. 1.234.567", style if style != "as_printed" else "dec") == \
        (printed if style != "as_printed" else "1.234.567,00")
    assert dr.print_money("98,50", style) == "98,50"  # not an amount
    assert dr.print_money("1.234,56", "dash") == "1.234,56"  # cents are kept


def test_renumber_restarts_under_each_parent():
    levels = ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "program",
              "kegiatan"]
    assert dr.renumber(levels, "1.1.2") == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2", "2.1"]
    assert dr.renumber(levels, "a.") == ["a.", "a.", "a.", "b.", "b.", "a.", "b.", "a."]
    assert dr.renumber(levels, "I.")[:4] == ["I.", "I.", "I.", "II."]
    assert dr.renumber(levels, "1)")[3] == "2)"
    assert dr.roman(14) == "XIV" and dr.roman_caption("Tabel 3.7 Rincian") == "Tabel III.7 Rincian"
    assert dr.caption_label("Tabel 3 . 7 Rincian") == "Tabel 3.7" and dr.caption_label("Lampiran 3") is None


# --- the rendered subset ----------------------------------------------------------------------------------------


class _Renders(dict):
    """Each draw of the subset rendered on first use, once per test process: ``make test`` spreads the draws
    over its workers (one ``xdist_group`` per draw), so each worker renders only the draws it reads."""

    def __init__(self, out, seed):
        super().__init__()
        self.out, self.seed = out, seed

    def __missing__(self, name: str):
        d = next(d for d in COVER if d.name == name)
        self[name] = restyle.render_draw(d, self.out / name, self.seed, scan=False)
        return self[name]


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    require_tool("soffice", "libreoffice-writer")
    require_tool("chromium", "chromium")
    return _Renders(tmp_path_factory.mktemp("draws"), SEED if SEED.exists() else None)


def _docx_text(path) -> tuple[set[str], str]:
    """(cell texts, all text) of a DOCX."""
    d = docx.Document(str(path))
    cells = {c.text.strip() for t in d.tables for r in t.rows for c in r.cells}
    paras = "\n".join(p.text for p in d.paragraphs)
    return cells, paras + "\n" + "\n".join(cells)


def _dotted(v: Decimal) -> str:
    return f"{int(v):,}".replace(",", ".")


@pytest.mark.parametrize("d", [pytest.param(d, id=d.name, marks=pytest.mark.xdist_group(d.name)) for d in COVER])
def test_truth_is_what_the_draw_prints(rendered, d):
    r = rendered[d.name]
    cells, text = _docx_text(r.files["docx"])
    flat = "".join(text.split())
    lines = r.truth.budget_lines
    missing = [b.anggaran for b in lines if b.anggaran is not None and _dotted(b.anggaran) not in flat]
    assert not missing, f"truth amounts not printed: {missing[:5]}"
    numbers = {b.nomor for b in lines if b.nomor}
    assert numbers <= cells, f"truth numbers not printed as cells: {sorted(numbers - cells)[:5]}"
    for label in {b.source_table for b in lines}:
        assert "tanpa judul" in label or label in text, f"label {label} printed nowhere"
    if d.numbering != "as_printed":
        want = {"1.": "1.", "1)": "1)", "a.": "a.", "I.": "I.", "1.1.2": "1.1.1"}[d.numbering]
        assert want in numbers
    if d.caption == "roman":
        assert any(lbl.startswith("Tabel III.") for lbl in {b.source_table for b in lines})
    if d.money in ("rp", "dash", "dec"):
        sample = _dotted(next(b.anggaran for b in lines if b.anggaran and b.anggaran >= 1000))
        assert dr.print_money(sample, d.money) in cells | {c for c in cells if sample in c}


@pytest.mark.parametrize(("d", "fmt"), list(_params(("docx", "pdf"))))
def test_draw_reads_back(rendered, d, fmt):
    s = score_file(rendered[d.name], fmt, baseline=False)
    assert s.f1 >= F1_TARGET, f"field F1 {s.f1:.3f} < {F1_TARGET} ({d.values()})"
    assert not s.false_errors, f"false error flags {s.false_errors}"
    assert not s.missed, f"injected contradiction not flagged: {s.missed}"


# --- the bench's summary ----------------------------------------------------------------------------------------


def _score(seed: int, fmt: str, f1: float, **kw) -> dict:
    from dataclasses import asdict

    from bench.draws import DrawScore

    d = dr.draw(seed)
    s = DrawScore(d.name, seed, fmt, d.values(), f1=f1, pairs_truth=10, pairs_lkjip=8,
                  pairs_pdfplumber=9 if fmt == "pdf" else None, **kw)
    return asdict(s)


def test_bench_summary_and_markdown():
    from bench import draws as bd

    scores = [_score(i, fmt, 1.0 - i / 100) for i in range(20) for fmt in ("docx", "pdf")]
    scores.append(_score(40, "pdf", 0.5, consistent=False, injected=["budget.total_sum"],
                         missed=["budget.total_sum"]))
    scores.append(_score(41, "docx", 0.9, false_errors=["text.count"]))
    res = bd.summarize(scores, n=21, scans=0, seed=True, elapsed=1.0)
    pdf = res["by_format"]["pdf"]
    assert pdf["files"] == 21 and pdf["contradiction_recall"] == 0.0 and pdf["worst5"][0]["f1"] == 0.5
    assert res["by_format"]["docx"]["false_error_files"] == 1
    assert (pdf["pairs_lkjip_pdf"], pdf["pairs_pdfplumber"], pdf["pairs_truth_pdf"]) == (168, 189, 210)
    by = res["by_dimension"]["docx"]["rules"]
    assert sum(v["n"] for v in by.values()) == 21
    want = [s["f1"] for s in scores if s["fmt"] == "docx" and s["values"]["rules"] == "bordered"]
    assert by["bordered"]["f1"] == pytest.approx(sum(want) / len(want))
    md = bd.markdown(res)
    assert "| rules | `bordered` |" in md and "pdfplumber `extract_tables` (text strategy) | 189 | 210" in md
    met = {name: ok for name, ok, _ in bd.targets(res)}
    assert met["random draws, text PDF: contradiction recall 100 %"] is False
    assert met["random draws, DOCX: zero false errors on consistent reports"] is False

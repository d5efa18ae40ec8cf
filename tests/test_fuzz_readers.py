"""Fuzzing the table readers: mutated text exports and mutated PDFs (a fixed-seed subset of ``make fuzz``).

Text exports: generated reports whose tab tables lose, gain, merge and split cells, get junk
numbers and shuffled, duplicated or dropped rows, go through ``read_text_string`` →
``extract_document`` → validation → ``Report.to_tables``: only ``LkjipError`` may escape and no
error may hide inside a report as ``internal``.

PDFs: the test corpus truncated, bit-flipped, with objects dropped and xref or page tree damaged,
each through the real batch worker (own process, time and memory limit): every one ends as a report
— success, partial, or failed with a category — never a crash, a timeout or an ``internal`` error.
"""

from __future__ import annotations

import random
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import DATA, REPO
from hypothesis import HealthCheck, given, settings

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench import fuzz  # noqa: E402
from lkjip.model import ErrorItem, Report  # noqa: E402

CLEAN_TEXT = {"success", "partial", "NotAReportError"}


def _clean_pdf(outcome: str) -> bool:
    return outcome in ("success", "partial") or (outcome.startswith("failed:") and outcome != "failed:internal")


# --- text exports ---------------------------------------------------------------------------------


def test_unmutated_bases_extract_cleanly():
    for i, text in enumerate(fuzz.table_bases()):
        assert fuzz.check_table_text(text) == "success", i


@pytest.mark.parametrize("op", fuzz.TABLE_OPS)
def test_each_table_mutation(op):
    base = fuzz.table_bases()[0]
    for param in range(40):  # the first parameter that changes the text (a merge needs a neighbour…)
        text = fuzz.table_text((0, [(op, (param * 0.137) % 1, param)]))
        if text != base:
            break
    assert text != base
    assert fuzz.check_table_text(text) in CLEAN_TEXT


@settings(max_examples=25, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fuzz.table_case())
def test_mutated_text_exports(case):
    assert fuzz.check_table_case(case) in CLEAN_TEXT


# --- PDFs -----------------------------------------------------------------------------------------


def test_classify_tells_clean_outcomes_from_bugs():
    def rep(status="success", errors=()):
        return Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", status=status,
                      errors=list(errors))

    def err(component, category, message="m"):
        return ErrorItem(component=component, category=category, message=message)

    assert fuzz.classify(rep()) == ("success", "")
    assert fuzz.classify(rep("partial", [err("extract", "unsupported_type")])) == ("partial", "")
    assert fuzz.classify(rep("partial", [err("extract", "internal", "KeyError: 3")])) == ("internal", "KeyError: 3")
    assert fuzz.classify(rep("failed", [err("reader", "input")]))[0] == "failed:input"
    assert fuzz.classify(rep("failed", [err("reader", "internal")]))[0] == "internal"
    assert fuzz.classify(rep("failed", [err("worker", "limit", "timed out after 1 s")]))[0] == "timeout"
    assert fuzz.classify(rep("failed", [err("worker", "limit", "memory limit of 1 MB exceeded")]))[0] == "memory"
    assert fuzz.classify(rep("failed", [err("worker", "worker", "process died (signal 11)")]))[0] == "crash"


def test_each_pdf_mutation_changes_the_file():
    data = (DATA / "readers" / "bordered.pdf").read_bytes()
    for op in fuzz.PDF_OPS:
        assert fuzz.apply_pdf_op(data, op, random.Random(op)) != data, op


SMALL_PDFS = [DATA / "readers" / n for n in ("bordered.pdf", "borderless.pdf", "two_level.pdf", "long_repeat.pdf",
                                            "landscape.pdf")] + [DATA / "generated" / "gen-sukamaju-2022-bordered.pdf"]


def test_mutated_pdfs_end_as_reports(tmp_path):
    cases = []
    for k, op in enumerate(fuzz.PDF_OPS):  # every mutation kind once, then random combinations
        src = SMALL_PDFS[k % len(SMALL_PDFS)]
        path = tmp_path / f"op-{op}.pdf"
        path.write_bytes(fuzz.apply_pdf_op(src.read_bytes(), op, random.Random(k)))
        cases.append(path)
    cases += [p for _, p, _ in fuzz.pdf_cases(8, 20240601, tmp_path, sources=SMALL_PDFS)]

    def run(p):
        return p.name, *fuzz.run_file(p, timeout=60, memory_mb=2048)

    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(run, cases))
    bad = [(name, outcome, detail) for name, outcome, detail, _ in results if not _clean_pdf(outcome)]
    assert bad == []
    assert len({outcome for _, outcome, _, _ in results}) >= 2  # the mutations do break files


DOCX = DATA / "generated" / "gen-sukamaju-2022-bordered.docx"


@pytest.mark.parametrize(("op", "seed"), [("truncate", 0), ("flip", 1), ("splice", 3), ("dup_chunk", 4)])
def test_mutated_docx_end_as_reports(tmp_path, op, seed):
    p = tmp_path / f"{op}.docx"
    p.write_bytes(fuzz.apply_pdf_op(DOCX.read_bytes(), op, random.Random(seed)))
    outcome, detail, _ = fuzz.run_file(p, timeout=60, memory_mb=2048)
    assert _clean_pdf(outcome), detail


def _damaged_docx(tmp_path, kind):
    if kind == "deflate":  # zeroed bytes inside a compressed part: zlib.error
        p = tmp_path / "zero.docx"
        p.write_bytes(fuzz.apply_pdf_op(DOCX.read_bytes(), "zero", random.Random(2)))
        return p
    # a chunk duplicated, then a bit flipped: zipfile seeks to a negative offset (OSError EINVAL)
    return fuzz.pdf_cases(7, 20240601, tmp_path, fuzz.DOCX_SOURCES, ops_pool=fuzz.BYTE_OPS)[6][1]


@pytest.mark.parametrize("kind", ["deflate", "offset"])
def test_docx_with_damaged_zip_data_is_an_input_error(tmp_path, kind):
    p = _damaged_docx(tmp_path, kind)
    outcome, detail, _ = fuzz.run_file(p, timeout=60, memory_mb=2048)
    assert outcome == "failed:input", detail

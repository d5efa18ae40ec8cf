"""``lkjip batch`` end to end with the real extractor on a mixed corpus of 20+ files.

Good files: generated text exports (corpus.generate) and the seed. Bad files: empty, corrupt and
truncated PDFs, an encrypted PDF, a PDF and a text that are not LKjIP, and files that hang, crash or
exhaust memory in the parser (the real extractor wrapped by test_batch_fake.faulty_extractor, passed
through the batch's ``extractor=`` hook). One uninterrupted run is the
reference; a rerun, a run killed halfway then resumed, and a Dask run must give the same dataset.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from conftest import session_processes
from test_batch_fake import build_mixed_corpus, frames_equal
from test_html_report import reports_of

from lkjip.corpus import batch
from lkjip.corpus.batch import report_id_for, run_batch, sha256_file
from lkjip.corpus.store import Store
from lkjip.model import Report
from lkjip.tables import CONTRACT

#: seconds a file may take: ample for every good file of the corpus (read with a second's delay by
#: slow_faulty_extractor) even on a loaded 2-core machine, and still short for the file that hangs
TIMEOUT = 15
FAULTY = "test_batch_fake:faulty_extractor"
BATCH_CLI = Path(__file__).with_name("batch_cli.py")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_path):
    root = tmp_path_factory.mktemp("corpus") / "in"
    kinds = build_mixed_corpus(root, seed_path)
    assert len(kinds) >= 20
    return root, kinds


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """One uninterrupted local run: (out dir, summary, tables)."""
    root, _ = corpus
    out = tmp_path_factory.mktemp("ref") / "out"
    summary = run_batch(root, out, workers=2, timeout=TIMEOUT, quiet=True, extractor=FAULTY)
    return out, summary, _dataset(out)


def _dataset(out: Path) -> dict:
    with Store(out / "lkjip.sqlite") as st:
        tables = st.load_tables([*CONTRACT, "files"])
    tables["_json"] = {p.name: p.read_text() for p in sorted((out / "reports").glob("*.json"))}
    return tables


def _assert_same_dataset(a: dict, b: dict) -> None:
    for t in [*CONTRACT, "files"]:
        assert frames_equal(a[t], b[t]), f"table {t} differs"
    assert a["_json"] == b["_json"]


def test_every_good_report_is_in_the_dataset_and_every_bad_one_failed_with_its_reason(corpus, reference):
    root, kinds = corpus
    out, summary, tables = reference
    reports = tables["reports"].set_index("source_file")
    bad = [rel for rel, k in kinds.items() if k not in ("good", "copy")]
    good = [rel for rel, k in kinds.items() if k == "good"]
    assert summary.files == len(kinds) and summary.unique == len(kinds) - 1
    assert sorted(reports.index) == sorted(good + bad)
    failed_good = {rel: reports.loc[rel, "error"] for rel in good if reports.loc[rel, "status"] == "failed"}
    assert not failed_good
    assert summary.processed == summary.unique and summary.failed == len(bad)
    for rel in good:
        r = reports.loc[rel]
        assert r["status"] in ("success", "partial"), (rel, r["error"])
        assert r["instansi"] and r["tahun"]
        rows = tables["budget_lines"][tables["budget_lines"]["report_id"] == r["report_id"]]
        assert len(rows) > 10, rel
    for rel in bad:
        assert reports.loc[rel, "status"] == "failed" and reports.loc[rel, "error"], rel
    assert reports.loc["bad/hang.txt", "error"] == f"limit: timed out after {TIMEOUT} s"
    assert reports.loc["bad/crash.txt", "error"].startswith("worker: process died (signal 11, SIGSEGV")
    assert reports.loc["bad/memory.txt", "error"] == f"limit: memory limit of {batch.DEFAULT_MEMORY_MB} MB exceeded"
    assert reports.loc["bad/empty.txt", "error"].startswith("input:")
    if "bad/encrypted.pdf" in kinds:
        assert "encrypt" in reports.loc["bad/encrypted.pdf", "error"].lower()
    for rel in ("bad/undangan-rapat.pdf", "bad/catatan.txt"):
        assert reports.loc[rel, "error"].startswith("not_a_report:")


def test_ids_files_and_json_come_from_the_content(corpus, reference):
    root, kinds = corpus
    out, _, tables = reference
    files = tables["files"].set_index("path")
    assert sorted(files.index) == sorted(kinds)  # hidden and lock files skipped
    for rel in kinds:
        assert files.loc[rel, "report_id"] == report_id_for(sha256_file(root / rel))
    assert files.loc["salinan/alpha-2022-copy.txt", "report_id"] == files.loc["2022/alpha-2022.txt", "report_id"]
    rids = set(tables["reports"]["report_id"])
    assert {p.stem for p in (out / "reports").glob("*.json")} == rids
    for rid in rids:
        rep = Report.model_validate_json((out / "reports" / f"{rid}.json").read_text())
        assert rep.report_id == rid and rep.sha256.startswith(rid)


def test_outputs_are_written_from_the_contract(reference):
    out, summary, tables = reference
    for t in CONTRACT:
        pt = pq.read_table(out / "parquet" / f"{t}.parquet")
        assert pt.column_names == CONTRACT[t] and pt.num_rows == len(tables[t]), t
    wb = openpyxl.load_workbook(out / "lkjip.xlsx", read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Temuan", *CONTRACT]
    assert sum(1 for _ in wb["Ringkasan"].iter_rows()) == len(tables["reports"]) + 1
    html = (out / "report.html").read_text()
    assert 'id="chart-serapan"' in html and len(reports_of(html)) == len(tables["reports"])
    con = sqlite3.connect(out / "lkjip.sqlite")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_cross_report_checks_run_over_the_corpus(reference):
    _, summary, tables = reference
    flags, reports = tables["flags"], tables["reports"].set_index("source_file")
    corpus_flags = flags[flags["rule"].str.startswith("corpus.")]
    assert summary.corpus_flags == len(corpus_flags) > 0
    dup = corpus_flags[corpus_flags["rule"] == "corpus.duplicate_report"]
    assert dup["report_id"].tolist() == [reports.loc["revisi/alpha-2022-revisi.txt", "report_id"]]
    assert "2022/alpha-2022.txt" in dup.iloc[0]["evidence"]
    prior = corpus_flags[corpus_flags["rule"] == "corpus.prior_year_mismatch"]
    ids_2023 = {reports.loc[r, "report_id"] for r in reports.index if r.startswith("2023/")}
    assert set(prior["report_id"]) <= ids_2023 and len(prior) > 0
    for ev in prior["evidence"]:
        assert re.search(r"-2023\.(txt|docx)\b", ev) and "-2022.txt" in ev


def test_rerun_changes_nothing(corpus, reference, tmp_path):
    root, _ = corpus
    out, _, tables = reference
    again = run_batch(root, out, workers=2, timeout=TIMEOUT, quiet=True, extractor=FAULTY)
    assert again.processed == 0 and again.skipped == again.unique
    _assert_same_dataset(tables, _dataset(out))


@pytest.mark.slow
def test_a_batch_killed_halfway_resumes_to_the_same_dataset(corpus, reference, tmp_path):
    root, _ = corpus
    out = tmp_path / "out"
    cmd = [sys.executable, str(BATCH_CLI), "test_batch_fake:slow_faulty_extractor", "batch", str(root),
           "--out", str(out), "--workers", "2", "--timeout", str(TIMEOUT), "--quiet"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        committed = 0
        deadline = time.monotonic() + 120
        while committed < 6 and time.monotonic() < deadline:
            time.sleep(0.1)
            assert proc.poll() is None, "the batch ended before it could be killed"
            try:
                con = sqlite3.connect(f"file:{out / 'lkjip.sqlite'}?mode=ro", uri=True, timeout=5)
                committed = con.execute("SELECT count(*) FROM reports").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                committed = 0
        assert committed >= 6
        os.kill(proc.pid, signal.SIGKILL)  # the batch only: its children must follow by themselves
        proc.wait(timeout=10)
        assert session_processes(proc.pid, wait=10) == [], "a killed batch left worker processes behind"
    finally:
        with pytest.raises(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    with Store(out / "lkjip.sqlite") as st:
        partial = len(st.load_table("reports"))
    assert 6 <= partial < reference[1].unique

    resumed = run_batch(root, out, workers=2, timeout=TIMEOUT, quiet=True, extractor=FAULTY)
    assert resumed.skipped == partial and resumed.processed == reference[1].unique - partial
    _assert_same_dataset(reference[2], _dataset(out))


@pytest.mark.slow
def test_the_same_batch_on_a_dask_local_cluster_gives_identical_tables(corpus, reference, tmp_path):
    root, _ = corpus
    out = tmp_path / "out"
    summary = run_batch(root, out, workers=2, executor="dask", timeout=TIMEOUT, quiet=True, extractor=FAULTY)
    assert summary.executor == "dask" and summary.processed == reference[1].unique
    _assert_same_dataset(reference[2], _dataset(out))

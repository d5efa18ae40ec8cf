"""The batch runner with a stand-in extractor: isolation, limits, incremental runs, the command line.

The stand-in (``test_batch_fake:json_extractor``) reads a Report from JSON, so every number is known;
its faulty twin (``faulty_json_extractor``) also hangs, crashes or exhausts memory on marked files. The
real extractor runs in tests/test_batch.py.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import session_processes
from test_batch_fake import CRASH, HANG, MEMORY, make_report

from lkjip import tables
from lkjip.cli import main as cli_main
from lkjip.corpus import batch, isolation, worker
from lkjip.corpus.batch import FileTask, discover, process_file, report_id_for, run_batch, sha256_file
from lkjip.corpus.store import Store
from lkjip.model import Report

FAKE = "test_batch_fake:json_extractor"
FAULTY = "test_batch_fake:faulty_json_extractor"
BATCH_CLI = Path(__file__).with_name("batch_cli.py")


def _task(path: Path, **kw) -> FileTask:
    kw.setdefault("extractor", FAULTY)
    return FileTask(path=str(path), source_file=path.name, sha256=sha256_file(path), **kw)


def _result(path: Path, **kw) -> Report:
    return Report.model_validate_json(process_file(_task(path, **kw)))


def _workers() -> list[psutil.Process]:
    """Live batch workers below this process (``python -m lkjip.corpus.isolation``)."""
    out = []
    for p in psutil.Process().children(recursive=True):
        try:
            if "lkjip.corpus.isolation" in p.cmdline() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def test_a_good_file_comes_back_as_its_report(tmp_path):
    src = make_report("Kecamatan Alpha")
    p = tmp_path / "a.rep"
    p.write_text(src.model_dump_json())
    got = _result(p)
    assert got.status == "success" and got.meta.instansi == "Kecamatan Alpha"
    assert got.budget_lines == src.budget_lines


def test_a_hang_is_killed_at_the_time_limit(tmp_path):
    p = tmp_path / "hang.txt"
    p.write_text(f"x {HANG} x")
    t0 = time.monotonic()
    got = _result(p, timeout=1.5)
    assert 1.4 < time.monotonic() - t0 < 15
    assert got.status == "failed"
    assert [(e.component, e.category, e.message) for e in got.errors] == [
        ("worker", "limit", "timed out after 1.5 s")]
    assert _workers() == []  # really killed, although it ignores SIGTERM


def test_a_crash_is_a_failed_report_with_the_signal(tmp_path):
    p = tmp_path / "crash.txt"
    p.write_text(f"x {CRASH} x")
    got = _result(p)
    assert got.status == "failed"
    assert got.errors[0].category == "worker"
    assert got.errors[0].message.startswith("process died (signal 11, SIGSEGV")


def test_memory_is_limited_per_file(tmp_path):
    p = tmp_path / "mem.txt"
    p.write_text(f"x {MEMORY} x")
    got = _result(p, memory_mb=1024)
    assert got.status == "failed"
    assert (got.errors[0].category, got.errors[0].message) == ("limit", "memory limit of 1024 MB exceeded")


def test_an_extractor_bug_does_not_escape(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x")
    t = FileTask(path=str(p), source_file="a.txt", sha256=sha256_file(p), extractor="posixpath:basename")
    got = Report.model_validate_json(process_file(t))
    assert got.status == "failed" and "not Report" in got.errors[0].message
    t = FileTask(path=str(p), source_file="a.txt", sha256=sha256_file(p), extractor="no_such_module_x:f")
    got = Report.model_validate_json(process_file(t))
    assert got.status == "failed" and "ModuleNotFoundError" in got.errors[0].message


def test_a_worker_answers_as_the_batch_process_would(tmp_path):
    """The report crosses the process boundary once, pickled: the same bytes and rows as finishing the
    extractor's report here."""
    good = tmp_path / "a.rep"
    good.write_text(make_report("Kecamatan Alpha").model_dump_json())
    task = _task(good)
    got = isolation.run_isolated(task)
    want = worker.run_task(task)
    assert (got.report_id, got.status, got.flagged, got.reason, got.json) == (
        want.report_id, want.status, want.flagged, want.reason, want.json)
    assert got.rows == want.rows and got.status == "success"


def test_a_long_lived_worker_serves_files_one_after_the_other_and_is_replaced_after_a_hang(tmp_path):
    files = []
    for name, text in [("a.rep", make_report("Kecamatan A").model_dump_json()), ("hang.rep", HANG),
                       ("b.rep", make_report("Kecamatan B").model_dump_json())]:
        (tmp_path / name).write_text(text)
        files.append(_task(tmp_path / name, timeout=2))
    w = isolation.Worker(512, FAULTY)
    try:
        first = w.run(files[0])
        pid = w.pid
        hang = w.run(files[1])
        assert w.pid is None  # killed
        last = w.run(files[2])
        assert w.pid not in (None, pid)  # a fresh one
    finally:
        w.close()
    assert (first.status, last.status) == ("success", "success")
    assert (hang.status, hang.reason) == ("failed", "limit: timed out after 2 s")


def test_discover_skips_hidden_lock_files_and_the_output_folder(tmp_path):
    for rel in ["b.txt", "a/z.pdf", "a/y.docx", ".hidden.txt", ".git/x", "a/~$y.docx", "out/lkjip.sqlite",
                "README.md", "a/rekap.xlsx", "notes.json", "scan.jpg"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path, exclude=tmp_path / "out")]
    # notes and data files are skipped; an unknown kind (an image) is tried and fails with its reason
    assert found == ["a/y.docx", "a/z.pdf", "b.txt", "scan.jpg"]


# --- whole batches with the stand-in -------------------------------------------------------------------


def _corpus(root: Path) -> dict[str, Report]:
    reps = {f"k{i}.rep": make_report(f"Kecamatan K{i}", anggaran="1000000.00", realisasi=str(950000 + 1000 * i),
                                      ikm_real=f"{81 + i / 10:.2f}", ikm_prev="80.00", tahun=2023)
            for i in range(5)}
    reps["k0-2022.rep"] = make_report("Kecamatan K0", tahun=2022, ikm_real="79.00")  # ≠ 80.00 stated in 2023
    reps["sub/k1-revisi.rep"] = make_report("Kecamatan K1", anggaran="2000000.00", tahun=2023)
    for rel, r in reps.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(r.model_dump_json())
    (root / "hang.rep").write_text(HANG)
    (root / "empty.rep").write_text("")
    return reps


def test_batch_commits_every_file_and_runs_the_corpus_checks(tmp_path):
    _corpus(tmp_path / "in")
    s = run_batch(tmp_path / "in", tmp_path / "out", workers=2, timeout=2, quiet=True, extractor=FAULTY)
    assert (s.files, s.processed, s.success, s.failed) == (9, 9, 7, 2)
    with Store(tmp_path / "out" / "lkjip.sqlite") as st:
        reports = st.load_table("reports").set_index("source_file")
        flags = st.load_table("flags")
    assert reports.loc["hang.rep", "error"] == "limit: timed out after 2 s"
    assert reports.loc["empty.rep", "error"] == "input: empty file"
    for rel in reports.index:
        rid = reports.loc[rel, "report_id"]
        assert rid == report_id_for(sha256_file(tmp_path / "in" / rel))  # never a name from the document
        assert (tmp_path / "out" / "reports" / f"{rid}.json").exists()
    corpus = flags[flags["rule"].str.startswith("corpus.")]
    assert set(corpus["rule"]) == {"corpus.duplicate_report", "corpus.prior_year_mismatch"}
    dup = corpus[corpus["rule"] == "corpus.duplicate_report"].iloc[0]
    assert dup["report_id"] == reports.loc["sub/k1-revisi.rep", "report_id"]
    prior = corpus[corpus["rule"] == "corpus.prior_year_mismatch"].iloc[0]
    assert prior["report_id"] == reports.loc["k0.rep", "report_id"]
    assert "k0-2022.rep" in prior["evidence"] and "k0.rep" in prior["evidence"]
    for name in ("lkjip.sqlite", "lkjip.xlsx", "report.html", "parquet/flags.parquet"):
        assert (tmp_path / "out" / name).is_file()
    assert not list((tmp_path / "out").rglob(".*.tmp"))


def test_rerun_skips_unchanged_and_picks_up_new_changed_and_removed_files(tmp_path):
    reps = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch(tmp_path / "in", out, workers=2, timeout=2, quiet=True, extractor=FAULTY)
    with Store(out / "lkjip.sqlite") as st:
        before = st.load_tables()

    again = run_batch(tmp_path / "in", out, workers=2, timeout=2, quiet=True, extractor=FAULTY)
    assert (again.processed, again.skipped, again.removed) == (0, 9, 0)
    with Store(out / "lkjip.sqlite") as st:
        after = st.load_tables()
    for t in before:
        assert before[t].equals(after[t]), t

    # change one, add one, remove one
    changed = reps["k2.rep"].model_copy(update={"meta": reps["k2.rep"].meta.model_copy(update={"tahun": 2024})})
    (tmp_path / "in" / "k2.rep").write_text(changed.model_dump_json())
    (tmp_path / "in" / "new.rep").write_text(make_report("Kecamatan Baru").model_dump_json())
    old_rid = report_id_for(sha256_file(tmp_path / "in" / "k4.rep"))
    (tmp_path / "in" / "k4.rep").unlink()
    third = run_batch(tmp_path / "in", out, workers=2, timeout=2, quiet=True, extractor=FAULTY)
    assert (third.processed, third.removed, third.skipped) == (2, 2, 7)  # k2's old content and k4 left
    with Store(out / "lkjip.sqlite") as st:
        reports = st.load_table("reports").set_index("source_file")
        assert old_rid not in set(st.load_table("budget_lines")["report_id"])
    assert reports.loc["k2.rep", "tahun"] == 2024 and "new.rep" in reports.index and "k4.rep" not in reports.index
    assert not (out / "reports" / f"{old_rid}.json").exists()
    assert len(list((out / "reports").glob("*.json"))) == len(reports)

    # failed files are retried only when asked; with the plain stand-in the hang file just fails to parse
    assert run_batch(tmp_path / "in", out, quiet=True, extractor=FAKE).processed == 0
    retry = run_batch(tmp_path / "in", out, quiet=True, extractor=FAKE, retry_failed=True)
    assert retry.processed == 2
    with Store(out / "lkjip.sqlite") as st:
        reports = st.load_table("reports").set_index("source_file")
    assert reports.loc["hang.rep", "error"].startswith("not_a_report")


def test_identical_files_share_one_report(tmp_path):
    (tmp_path / "in").mkdir()
    data = make_report().model_dump_json()
    (tmp_path / "in" / "a.rep").write_text(data)
    (tmp_path / "in" / "b.rep").write_text(data)
    s = run_batch(tmp_path / "in", tmp_path / "out", quiet=True, extractor=FAKE)
    assert (s.files, s.unique, s.processed) == (2, 1, 1)
    with Store(tmp_path / "out" / "lkjip.sqlite") as st:
        files = st.load_table("files")
        reports = st.load_table("reports")
    assert files["path"].tolist() == ["a.rep", "b.rep"] and files["report_id"].nunique() == 1
    assert reports["source_file"].tolist() == ["a.rep"]


def test_cli_batch_quiet_and_usage_errors(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    assert cli_main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    with Store(tmp_path / "out" / "lkjip.sqlite") as st:
        assert st.load_table("reports")["status"].tolist() == ["failed"]
    assert cli_main(["batch", str(tmp_path / "missing"), "--out", str(tmp_path / "o2")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert cli_main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "o3"), "--timeout", "0"]) == 2
    assert cli_main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "in")]) == 1
    assert "must not be the input folder" in capsys.readouterr().err


def test_cli_batch_prints_a_summary(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    assert cli_main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "files found" in out and "failed files" in out and "empty.txt" in out


def test_the_product_code_has_no_fault_switch(tmp_path):
    """Faults come only from a stand-in extractor: for the default one the markers are just text."""
    p = tmp_path / "hang.rep"
    p.write_text(HANG)
    got = _result(p, timeout=20, extractor=FAKE)
    assert got.status == "failed" and got.errors[0].category == "not_a_report"
    sources = [Path(m.__file__).read_text() for m in (batch, worker, isolation)]
    assert not any("LKJIP_TEST" in src or "os.environ.get" in src for src in sources)


@pytest.fixture(autouse=True)
def _no_leftover_children():
    yield
    deadline = time.monotonic() + 5
    while _workers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _workers() == []


@pytest.mark.slow
def _sigint_default() -> None:
    """Ctrl-C as in a terminal: a suite run as a background job (``cmd &`` in a script) hands its
    children SIGINT ignored, and a Python started so never turns SIGINT into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_the_batch_keeps_what_is_done_and_leaves_no_workers(tmp_path):
    from lkjip.synth.generate import generate_report

    root = tmp_path / "in"
    root.mkdir()
    for i, kec in enumerate(["Satu", "Dua", "Tiga", "Empat"]):
        rep = generate_report(i, instansi=f"Kecamatan {kec}", kabupaten="Kabupaten Uji", tahun=2022)
        (root / f"{kec}.txt").write_text(rep.text)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, str(BATCH_CLI), "test_batch_fake:slow_faulty_extractor", "batch",
                             str(root), "--out", str(out), "--workers", "1", "--quiet"], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_sigint_default)
    try:
        deadline, committed = time.monotonic() + 60, 0
        while committed < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                con = sqlite3.connect(f"file:{out / 'lkjip.sqlite'}?mode=ro", uri=True, timeout=5)
                committed = con.execute("SELECT count(*) FROM reports").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                pass
        t0 = time.monotonic()
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 130 and "interrupted" in err
        assert time.monotonic() - t0 < 10
        assert session_processes(proc.pid, wait=10) == []
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    with Store(out / "lkjip.sqlite") as st:
        reports = st.load_table("reports")
    assert 1 <= len(reports) < 4 and set(reports["status"]) == {"success"}  # no fake failure from the interrupt
    resumed = run_batch(root, out, quiet=True)
    assert (resumed.skipped, resumed.processed) == (len(reports), 4 - len(reports))


@pytest.mark.slow
def test_dask_scheduler_address_with_daemon_workers(tmp_path):
    """An existing cluster (--scheduler): its workers are daemons; each file runs in a worker of its own."""
    from dask.distributed import LocalCluster

    root = tmp_path / "in"
    root.mkdir()
    for i in range(3):
        (root / f"k{i}.rep").write_text(make_report(f"Kecamatan K{i}").model_dump_json())
    (root / "hang.rep").write_text(HANG)
    with LocalCluster(n_workers=1, processes=True, threads_per_worker=2, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        s = run_batch(root, tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address, timeout=3,
                      quiet=True, extractor=FAULTY)
    assert (s.processed, s.success, s.failed) == (4, 3, 1)
    ref = run_batch(root, tmp_path / "ref", timeout=3, quiet=True, extractor=FAULTY)
    assert ref.processed == 4
    with Store(tmp_path / "out" / "lkjip.sqlite") as a, Store(tmp_path / "ref" / "lkjip.sqlite") as b:
        for t, df in a.load_tables().items():
            assert df.equals(b.load_table(t)), t
        assert a.load_table("reports").set_index("source_file").loc["hang.rep", "error"] == \
            "limit: timed out after 3 s"


def test_a_report_the_dataset_cannot_hold_becomes_a_failed_row(tmp_path, monkeypatch):
    # flattening happens in the worker (worker.finish → tables.report_to_rows); patched here, in this process
    original = tables.report_to_rows

    def fragile(report):
        if report.meta.instansi == "Kecamatan Rusak":
            raise KeyError("boom")
        return original(report)

    monkeypatch.setattr(tables, "report_to_rows", fragile)
    p = tmp_path / "bad.rep"
    p.write_text(make_report("Kecamatan Rusak").model_dump_json())
    task = _task(p)
    bad = worker.finish(make_report("Kecamatan Rusak"), task)
    assert bad.status == "failed" and "could not flatten" in bad.reason and "KeyError" in bad.reason
    assert bad.report_id == report_id_for(task.sha256)
    cols, rows = bad.rows.tables["reports"]
    assert [r[cols.index("status")] for r in rows] == ["failed"]
    assert Report.model_validate_json(bad.json).source_file == "bad.rep"
    ok = worker.finish(make_report("Kecamatan Baik"), task)
    assert ok.status == "success" and ok.reason == "" and len(ok.rows.tables["budget_lines"][1]) > 0


def test_a_file_written_before_a_kill_for_a_removed_file_is_dropped(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ok.rep").write_text(make_report("Kecamatan Baik").model_dump_json())
    (tmp_path / "in" / "other.rep").write_text(make_report("Kecamatan Lain").model_dump_json())
    (tmp_path / "out" / "reports").mkdir(parents=True)
    (tmp_path / "out" / "reports" / "0123456789abcdef.json").write_text("{}")  # left by an earlier kill
    s = run_batch(tmp_path / "in", tmp_path / "out", quiet=True, extractor=FAKE)
    assert (s.processed, s.success, s.failed) == (2, 2, 0)
    assert not (tmp_path / "out" / "reports" / "0123456789abcdef.json").exists()
    assert len(list((tmp_path / "out" / "reports").glob("*.json"))) == 2


def test_a_worker_is_replaced_after_max_tasks_files(tmp_path, monkeypatch):
    monkeypatch.setattr(isolation, "MAX_TASKS", 2)
    tasks = []
    for i in range(5):
        (tmp_path / f"k{i}.rep").write_text(make_report(f"Kecamatan K{i}").model_dump_json())
        tasks.append(_task(tmp_path / f"k{i}.rep"))
    w = isolation.Worker(0, FAKE)
    pids = []
    try:
        for t in tasks:
            if w.proc is None:
                w.start()
            pids.append(w.pid)
            assert w.run(t).status == "success"
    finally:
        w.close()
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]

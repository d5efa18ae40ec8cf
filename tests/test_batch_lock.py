"""One batch per output folder: a second ``lkjip batch`` on the same OUT is refused with one line, and the
first goes on unharmed; a batch killed with SIGKILL leaves no stale lock.

Both batches are real processes (``tests/batch_cli.py`` with a stand-in extractor that reads JSON reports
but waits while the input folder holds a ``.gate`` file, so that the first batch is surely still running
when the second starts, however loaded the machine).
"""

from __future__ import annotations

import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch_fake import json_extractor, make_report

from lkjip.corpus import batch
from lkjip.corpus.batch import OutputBusyError, out_lock, run_batch
from lkjip.errors import LkjipError

BATCH_CLI = Path(__file__).with_name("batch_cli.py")
GATED = "test_batch_lock:gated_json_extractor"
N_FILES = 6
GATE = ".gate"  # hidden: not an input file


def gated_json_extractor(path: Path, **kwargs):
    """:func:`test_batch_fake.json_extractor`, once the folder's ``.gate`` file is gone (at most 60 s)."""
    gate, deadline = Path(path).parent / GATE, time.monotonic() + 60
    while gate.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return json_extractor(path, **kwargs)


@pytest.fixture
def folder(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(N_FILES):
        rep = make_report(f"Kecamatan Kunci {i}", source_file=f"k{i}.txt")
        (inp / f"k{i}.txt").write_text(rep.model_dump_json())
    (inp / GATE).touch()
    return inp, tmp_path / "out"


def _start(inp: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, str(BATCH_CLI), GATED, "batch", str(inp), "--out", str(out), "--workers", "1",
           "--quiet"]
    return subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _wait_locked(proc: subprocess.Popen, out: Path) -> None:
    """Until the batch holds the output folder's lock."""
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, f"the first batch ended early: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "the first batch never took the lock"
        if (out / batch.LOCK_NAME).exists():
            fd = os.open(out / batch.LOCK_NAME, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            finally:
                os.close(fd)
        time.sleep(0.05)


def test_a_second_batch_on_the_same_folder_gets_one_clear_line_and_the_first_is_unharmed(folder):
    inp, out = folder
    first = _start(inp, out)
    try:
        _wait_locked(first, out)
        second = subprocess.run([sys.executable, "-m", "lkjip.cli", "batch", str(inp), "--out", str(out),
                                 "--quiet"], capture_output=True, text=True, timeout=60)
        assert first.poll() is None, "the first batch should still be running"
        assert second.returncode == 1
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert "another lkjip batch" in lines[0] and str(out) in lines[0] and f"pid {first.pid}" in lines[0]
        (inp / GATE).unlink()
        assert first.wait(timeout=120) == 0, first.stderr.read()
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    con = sqlite3.connect(out / batch.SQLITE_NAME)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == N_FILES
    assert len(list((out / batch.REPORTS_DIR).glob("*.json"))) == N_FILES
    assert (out / batch.XLSX_NAME).exists() and (out / batch.PARQUET_DIR / "reports.parquet").exists()


def test_a_batch_killed_with_sigkill_leaves_no_stale_lock(folder):
    inp, out = folder
    first = _start(inp, out)
    try:
        _wait_locked(first, out)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    assert (out / batch.LOCK_NAME).exists()  # the file stays; its lock died with the process
    summary = run_batch(inp, out, workers=1, quiet=True, extractor="test_batch_fake:json_extractor")
    assert summary.total_reports == N_FILES


def test_the_lock_is_held_for_the_whole_batch_and_released_after(tmp_path):
    out = tmp_path / "out"
    with out_lock(out):
        # a second open file description: flock refuses it even in the same process
        with pytest.raises(OutputBusyError, match="another lkjip batch") as err, out_lock(out):
            pass
        assert isinstance(err.value, LkjipError)
    with out_lock(out):  # released
        pass

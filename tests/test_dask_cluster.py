"""A real Dask cluster (issue #15): ``dask scheduler`` and two ``dask worker`` processes on loopback, each a
separate process as on separate machines, and ``lkjip batch --executor dask --scheduler tcp://…`` run
against them. One worker is killed (SIGKILL, its whole process group) in the middle of the run; the
scheduler hands its files to the other worker, and the dataset must be identical to a local run.

The input folder is on storage every worker sees (here the same disk), as the README's "Across machines"
section asks. Real extractor, generated text reports: nothing is faked.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch_fake import frames_equal

from lkjip.corpus.store import Store
from lkjip.synth.generate import generate_report
from lkjip.tables import CONTRACT

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
N_REPORTS = 12


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spawn(args: list[str], log: Path) -> subprocess.Popen:
    """A process in a session of its own, so a kill reaches what it started (the per-file workers)."""
    return subprocess.Popen(args, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def _wait_for_workers(address: str, n: int) -> None:
    from dask.distributed import Client

    with Client(address, timeout=60) as client:
        client.wait_for_workers(n, timeout=60)


def _dataset(out: Path) -> dict:
    with Store(out / "lkjip.sqlite") as st:
        tables = st.load_tables([*CONTRACT, "files"])
    tables["_json"] = {p.name: p.read_text() for p in sorted((out / "reports").glob("*.json"))}
    return tables


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(N_REPORTS):
        rep = generate_report(700 + i, instansi=f"Kecamatan Uji {i:02d}", kabupaten="Kabupaten Uji", tahun=2022)
        (root / f"uji-{i:02d}.txt").write_text(rep.text, encoding="utf-8")
    (root / "kosong.txt").write_text("", encoding="utf-8")  # a bad file fails the same way on both runs
    return root


@pytest.fixture()
def cluster(tmp_path: Path):
    """(scheduler address, [worker processes]): two single-threaded workers without a nanny, so a killed
    worker stays dead, as when a machine goes away."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    logs = tmp_path / "logs"
    logs.mkdir()
    procs = [_spawn([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                     "--no-dashboard"], logs / "scheduler.log")]
    try:
        time.sleep(1.0)
        workers = [_spawn([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                           "--name", f"w{i}"], logs / f"worker{i}.log") for i in range(2)]
        procs += workers
        _wait_for_workers(address, 2)
        yield address, workers
    finally:
        for p in reversed(procs):
            _kill(p)


def test_a_dask_cluster_that_loses_a_worker_mid_run_gives_the_local_dataset(corpus, cluster, tmp_path):
    address, workers = cluster
    out = tmp_path / "out"
    run = subprocess.Popen([str(BIN / "lkjip"), "batch", str(corpus), "--out", str(out), "--executor", "dask",
                            "--scheduler", address, "--quiet", "--timeout", "60"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while len(list((out / "reports").glob("*.json"))) < 3:  # a few reports are in: the run is under way
            assert run.poll() is None, run.stdout.read().decode()
            assert time.monotonic() < deadline, "the batch committed nothing in 120 s"
            time.sleep(0.2)
        at_kill = len(list((out / "reports").glob("*.json")))
        _kill(workers[0])
        output, _ = run.communicate(timeout=300)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 0, output.decode()
    assert at_kill < N_REPORTS + 1, "the worker was killed after the run had finished"
    done = len(list((out / "reports").glob("*.json")))
    assert done == N_REPORTS + 1, f"{done} reports after the kill"

    ref = tmp_path / "ref"
    local = subprocess.run([str(BIN / "lkjip"), "batch", str(corpus), "--out", str(ref), "--quiet", "--timeout", "60"],
                           capture_output=True, timeout=300)
    assert local.returncode == 0, local.stdout.decode() + local.stderr.decode()
    a, b = _dataset(out), _dataset(ref)
    for t in [*CONTRACT, "files"]:
        assert frames_equal(a[t], b[t]), f"table {t} differs between the Dask cluster and the local run"
    assert a["_json"] == b["_json"]
    reports = a["reports"].set_index("source_file")
    assert reports.loc["kosong.txt", "status"] == "failed"
    assert (reports.drop(index="kosong.txt")["status"] != "failed").all()

"""A batch never hangs (issue #16): a worker that never starts or never answers becomes a failed row, the
batch finishes, and a file far slower than the others is named on screen or in ``OUT/batch.log``.

Faults come through the hooks the library has: a stand-in extractor (``extractor=``) and, for a
supervisor stuck beyond every deadline as in the issue's hung runs, a stand-in ``Worker.run``.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from test_batch_fake import HANG, make_report

from lkjip.corpus import batch, isolation
from lkjip.corpus.batch import run_batch
from lkjip.corpus.store import Store

FAKE = "test_batch_fake:json_extractor"
FAULTY = "test_batch_fake:faulty_json_extractor"


def _folder(root: Path, names: list[str]) -> Path:
    root.mkdir(parents=True)
    for name in names:
        (root / name).write_text(HANG if name.startswith("hang") else make_report(f"Kecamatan {name}").model_dump_json())
    return root


def _errors(out: Path) -> dict[str, str]:
    with Store(out / "lkjip.sqlite") as st:
        reports = st.load_table("reports")
    return dict(zip(reports["source_file"], reports["error"].fillna(""), strict=True))


def test_a_worker_that_never_starts_becomes_a_failed_row_and_the_batch_finishes(tmp_path):
    inp = _folder(tmp_path / "in", ["a.rep", "b.rep"])
    s = run_batch(inp, tmp_path / "out", workers=2, quiet=True, start_timeout=2,
                  extractor="stuck_import_extractor:extract")
    assert (s.processed, s.failed) == (2, 2)
    assert _errors(tmp_path / "out") == {
        "a.rep": "worker: worker tidak merespons (not ready within 2 s)",
        "b.rep": "worker: worker tidak merespons (not ready within 2 s)"}


@pytest.fixture
def stuck_supervisor(monkeypatch):
    """``Worker.run`` blocks forever for files named ``stuck*`` and ignores its own deadlines: what the
    issue's hung runs did (a thread waiting in ``Process.start()`` for a pid that never came)."""
    release = threading.Event()
    original = isolation.Worker.run

    def run(self, task):
        if Path(task.path).name.startswith("stuck"):
            release.wait()
        return original(self, task)

    monkeypatch.setattr(isolation.Worker, "run", run)
    monkeypatch.setattr(isolation, "EXIT_LIMIT", 0.5)
    monkeypatch.setattr(batch, "WATCHDOG_GRACE", 1.0)
    yield
    release.set()


def test_a_worker_that_never_answers_becomes_a_failed_row_and_the_batch_goes_on(tmp_path, stuck_supervisor):
    inp = _folder(tmp_path / "in", ["a.rep", "stuck.rep", "b.rep", "c.rep"])
    out = tmp_path / "out"
    s = run_batch(inp, out, workers=2, quiet=True, timeout=1, extractor=FAKE)
    assert (s.processed, s.success, s.failed) == (4, 3, 1)
    errors = _errors(out)
    assert errors["stuck.rep"].startswith("worker: worker tidak merespons (no answer after ")
    assert {errors[n] for n in ("a.rep", "b.rep", "c.rep")} == {""}
    log = (out / "batch.log").read_text(encoding="utf-8")
    assert "stuck.rep: worker: worker tidak merespons" in log


# A file alone in its batch: no other file's time raises the threshold (ten times the median, see
# test_a_file_is_slow_only_against_the_others), so the notes depend on ``slow_after`` alone and the test
# does not hinge on how fast another file happened to finish on a loaded machine.


def test_with_quiet_a_slow_file_is_named_in_the_log(tmp_path):
    inp = _folder(tmp_path / "in", ["hang.rep"])
    out = tmp_path / "out"
    run_batch(inp, out, workers=1, quiet=True, timeout=4, slow_after=1, extractor=FAULTY)
    log = (out / "batch.log").read_text(encoding="utf-8")
    # named again each time its time doubles (1 s, 2 s, …: at least twice before its 4 s limit)
    assert log.count("masih memproses hang.rep (") >= 2
    assert _errors(out)["hang.rep"] == "limit: timed out after 4 s"


def test_with_progress_a_slow_file_is_named_on_screen(tmp_path, capsys):
    inp = _folder(tmp_path / "in", ["hang.rep"])
    run_batch(inp, tmp_path / "out", workers=1, timeout=4, slow_after=1, extractor=FAULTY)
    err = capsys.readouterr().err
    assert "masih memproses hang.rep (" in err


def test_a_file_is_slow_only_against_the_others():
    """Past ``slow_after`` and ten times the median of the files done, then again each time it doubles."""
    slow = batch._SlowFiles(slow_after=5)
    task = batch.FileTask.model_construct(sha256="x", source_file="big.pdf")
    assert slow.notes([(task, 4.0)]) == []
    assert slow.notes([(task, 5.2)]) == ["masih memproses big.pdf (5 s)"]
    assert slow.notes([(task, 9.0)]) == []
    assert slow.notes([(task, 10.4)]) == ["masih memproses big.pdf (10 s)"]
    other = batch._SlowFiles(slow_after=5)
    for seconds in (2.0, 3.0, 4.0):
        other.done(batch.FileTask.model_construct(sha256=str(seconds), source_file="f"), seconds)
    assert other.notes([(task, 20.0)]) == []  # the median file takes 3 s: slow means past 30 s
    assert other.notes([(task, 31.0)]) == ["masih memproses big.pdf (31 s)"]

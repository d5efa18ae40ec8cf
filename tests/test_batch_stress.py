"""The stress of issue #16, shortened for every test run: 200 reports batched 5 times as a background job
(``cmd &`` from a script, the way cron and CI start it), each run under a hard outer time limit.

The full stress (1,000 real reports × 20 runs × 4 start modes) is ``make stress``. Here the reports are
stand-ins (``test_batch_fake:json_extractor``): a hang of issue #16 lived in starting and hearing from
workers, not in reading a document, and 200 stand-ins go through as many worker exchanges in seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_batch_fake import make_report

REPO = Path(__file__).resolve().parents[1]
REPORTS, RUNS = 200, 5
#: seconds one background run may take before it counts as hung (a run takes a few seconds)
RUN_LIMIT = 120


@pytest.mark.slow
def test_background_batches_never_hang_lose_a_report_or_differ(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(REPORTS):
        (inp / f"k{i:03d}.rep").write_text(make_report(f"Kecamatan K{i:03d}", realisasi=str(900000 + i))
                                           .model_dump_json())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), str(REPO)])}
    cmd = [sys.executable, "-m", "bench.stress", "--input", str(inp), "--extractor", "test_batch_fake:json_extractor",
           "--runs", str(RUNS), "--modes", "background", "--limit", str(RUN_LIMIT), "--work", str(tmp_path / "w")]
    # the outer limit fails the test even if the stress script itself were stuck
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=RUNS * RUN_LIMIT + 60)
    table = done.stdout
    assert f"| background | {RUNS} | 0 | 0 | 0 | 0 | {RUNS}/{RUNS} |" in table, done.stderr + table
    assert done.returncode == 0


def test_a_recorded_stress_resumes_only_the_missing_runs_of_its_own_plan(tmp_path, monkeypatch):
    """The full stress spans sittings: runs recorded for the same plan and code are not run again, runs of
    another plan are ignored, and the summary covers old and new runs against the first recorded dataset."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from bench import stress

    ran = []

    def fake_run(mode, number, inp, workers, extractor, limit, root):
        ran.append((mode, number))
        return stress.Run(mode=mode, number=number, seconds=1.0, hung=False, exit_code=0, reports=3,
                          digest="d2" if (mode, number) == ("setsid", 2) else "d1")

    monkeypatch.setattr(stress, "measure_run", fake_run)
    key, other = {"reports": 3, "code": "abc"}, {"reports": 3, "code": "old"}
    record = tmp_path / "runs.jsonl"
    stress._append(record, key, stress.Run("background", 1, 2.0, False, 0, reports=3, digest="d1"))
    stress._append(record, other, stress.Run("background", 2, 2.0, True, None))
    runs, results = stress.stress(Path("in"), runs=2, modes=["background", "setsid"], workers=2, extractor="x",
                                  limit=10, work=tmp_path, expected=3, log=lambda s: None, record=record, key=key)
    assert ran == [("setsid", 1), ("background", 2), ("setsid", 2)]
    assert len(runs) == 4 and len(stress.load_record(record, key)) == 4
    by = {m.mode: m for m in results}
    assert (by["background"].runs, by["background"].hangs, by["background"].identical) == (2, 0, 2)
    assert (by["setsid"].runs, by["setsid"].identical) == (2, 1)
    ran.clear()
    stress.stress(Path("in"), runs=2, modes=["background", "setsid"], workers=2, extractor="x", limit=10,
                  work=tmp_path, expected=3, log=lambda s: None, record=record, key=key)
    assert ran == []  # everything recorded: nothing runs again
    assert stress.code_digest() == stress.code_digest() and len(stress.code_digest()) == 16

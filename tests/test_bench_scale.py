"""``bench.scale``: the Scale section's table and verdicts, and the one-file change of its rerun."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from conftest import REPO

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench import scale  # noqa: E402


def _size(n: int, full_s: float, peak: float, rerun_s: float, page_s: float = 0.8) -> scale.Size:
    return scale.Size(n, scale.Run(full_s, peak, 150.0, 0), scale.Run(rerun_s, peak, 150.0, 0),
                      {"lkjip.sqlite": 1.5, "report.html": 0.4}, page_s)


def test_the_section_reports_every_size_and_says_which_targets_are_met():
    ok = scale.markdown([_size(100, 10.0, 210.0, 3.0), _size(2000, 200.0, 390.0, 15.0)], 2)  # 100: fixed costs
    assert ok.startswith("## Scale") and "| 2,000 | read | 0.0 | 200.0 | 100 | 390 | 150 | 15.0 | 8% | 390 | 0.80 |" in ok
    assert "≤ 400 MB at every size: yes" in ok and "≤ 10% of the full run from 2,000 reports: yes" in ok and "< 3 s: yes" in ok
    bad = scale.markdown([_size(2000, 200.0, 401.0, 40.0, 3.2)], 2)
    assert "≤ 400 MB at every size: NO" in bad and "≤ 10% of the full run from 2,000 reports: NO" in bad and "< 3 s: NO" in bad


def test_the_rerun_changes_exactly_one_file(tmp_path: Path):
    for i in range(5):
        (tmp_path / f"laporan-{i:04d}.txt").write_text(f"laporan {i}\n")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    victim = scale.change_one_file(tmp_path)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert [n for n in before if before[n] != after[n]] == [victim.name]
    assert victim.read_text().startswith("laporan 2\n")


def test_pre_read_inputs_are_distinct_reports_that_the_stand_in_reads_back(tmp_path: Path, seed_path):
    """The batch-only measurement: each file one office of its own, the kabupaten spread, a real report's rows;
    and the rerun's change keeps the file a report."""
    import json

    from lkjip.model import Report

    folder = scale.pre_read_inputs(6, 2, tmp_path / "in")
    files = sorted(folder.glob("*.rep"))
    assert len(files) == 6 and len({hashlib.sha256(p.read_bytes()).hexdigest() for p in files}) == 6
    reps = [scale.pre_read_extractor(p) for p in files]
    assert [r.meta.instansi for r in reps] == [f"Kecamatan {scale.place_name(i)}" for i in range(6)]
    assert len({r.meta.kabupaten for r in reps}) == 6 and all(r.budget_lines for r in reps)
    assert reps[1].meta.kabupaten == scale.place_name(1, 3)
    assert reps[0].budget_lines == reps[2].budget_lines  # the same generated report under two offices
    victim = scale.change_one_file(folder)
    assert isinstance(Report.model_validate_json(victim.read_bytes()), Report)
    assert "(revisi" in json.loads(victim.read_text())["meta"]["instansi"]


def test_earlier_runs_join_the_table(tmp_path: Path):
    import dataclasses
    import json

    path = tmp_path / "a.json"
    path.write_text(json.dumps([dataclasses.asdict(_size(100, 10.0, 210.0, 0.9))]))
    got = scale.load_sizes(path)
    assert got == [_size(100, 10.0, 210.0, 0.9)]

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
    ok = scale.markdown([_size(100, 10.0, 210.0, 0.9), _size(2000, 200.0, 390.0, 15.0)], 2)
    assert ok.startswith("## Scale") and "| 2,000 | 200.0 | 100 | 390 | 150 | 15.0 | 8% | 390 | 0.80 |" in ok
    assert "≤ 400 MB at every size: yes" in ok and "≤ 10% of the full run: yes" in ok and "< 3 s: yes" in ok
    bad = scale.markdown([_size(2000, 200.0, 401.0, 40.0, 3.2)], 2)
    assert "≤ 400 MB at every size: NO" in bad and "≤ 10% of the full run: NO" in bad and "< 3 s: NO" in bad


def test_the_rerun_changes_exactly_one_file(tmp_path: Path):
    for i in range(5):
        (tmp_path / f"laporan-{i:04d}.txt").write_text(f"laporan {i}\n")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    victim = scale.change_one_file(tmp_path)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert [n for n in before if before[n] != after[n]] == [victim.name]
    assert victim.read_text().startswith("laporan 2\n")

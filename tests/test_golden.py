"""Golden file of the seed extraction (validation off, so rule changes do not churn it).

Regenerate after an intended extraction change with:
    LKJIP_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_golden.py
then review the diff of tests/data/golden/ before committing. The flag must never stay on:
``test_regen_flag_is_off`` fails the run while it is set.
"""

from __future__ import annotations

import json

import pytest
from conftest import DATA, REGEN_GOLDEN

from lkjip.pipeline import extract_report

GOLDEN = DATA / "golden" / "seed.json"


def _stable(report) -> dict:
    data = json.loads(report.model_dump_json())
    data["source_file"] = "lkjip-sokobanah-2022.txt"
    return data


def test_seed_matches_golden(seed_path):
    report = extract_report(seed_path, validate=False, raises_on_error=True)
    got = _stable(report)
    if REGEN_GOLDEN:
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        pytest.skip("golden file regenerated")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for key in want:
        assert got.get(key) == want[key], f"golden mismatch in '{key}' (regenerate with LKJIP_REGEN_GOLDEN=1 if intended)"
    assert set(got) == set(want)


def test_regen_flag_is_off():
    assert not REGEN_GOLDEN, "LKJIP_REGEN_GOLDEN is set: unset it, golden files must not be regenerated in a normal run"

"""The committed generated reports (tests/data/generated) in every format: the same records as
their text export, and exactly the injected contradictions flagged — nothing more (no LibreOffice needed)."""

from __future__ import annotations

import json

import pytest
from conftest import DATA
from test_formats_seed import agreement, fields

from lkjip import extract_report

GENERATED = DATA / "generated"
NAMES = sorted(p.name.removesuffix(".truth.json") for p in GENERATED.glob("*.truth.json"))


@pytest.fixture(scope="module")
def text_fields():
    return {n: fields(extract_report(GENERATED / f"{n}.txt", validate=False)) for n in NAMES}


def _injected(name: str) -> tuple[set[str], set[str]]:
    truth = json.loads((GENERATED / f"{name}.truth.json").read_text(encoding="utf-8"))
    rules = {i["rule"] for i in truth["injected"]}
    extra = {r for i in truth["injected"] for r in i.get("may_also_fire", [])}
    return rules, extra


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_only_injected_contradictions_flagged(name, fmt):
    report = extract_report(GENERATED / f"{name}.{fmt}")
    rules, extra = _injected(name)
    fired = {f.rule for f in report.flags if f.severity in ("error", "warning")}
    assert rules <= fired, f"missed {rules - fired}"
    assert fired <= rules | extra, f"false flags: {[f.message for f in report.flags if f.rule not in rules | extra]}"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("name", NAMES)
def test_same_records_as_text_export(text_fields, name, fmt):
    report = extract_report(GENERATED / f"{name}.{fmt}", validate=False)
    bad_num, bad_txt, n_num, n_txt = agreement(text_fields[name], fields(report))
    assert not bad_num, f"{len(bad_num)}/{n_num} numbers differ, e.g. {bad_num[:5]}"
    assert len(bad_txt) <= 0.01 * n_txt, f"{len(bad_txt)}/{n_txt} text fields differ, e.g. {bad_txt[:5]}"

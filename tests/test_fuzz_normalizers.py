"""Fuzzing the normalizers and the output escaping: a fixed-seed subset of ``make fuzz``.

Every property of ``bench.fuzz.NORMALIZER_PROPERTIES`` runs on 150 derandomized hypothesis
examples: random text, Indonesian numbers, dates and NIPs as printed and mutated. Only
``LkjipError`` subclasses may escape, and format → parse round trips hold.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import pytest
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench import fuzz  # noqa: E402
from lkjip.normalize import numbers  # noqa: E402

EXAMPLES = 150


@pytest.mark.parametrize(("name", "strategy", "check"), fuzz.NORMALIZER_PROPERTIES,
                         ids=[n for n, _, _ in fuzz.NORMALIZER_PROPERTIES])
def test_property(name, strategy, check):
    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(strategy)
    def run(x):
        check(x)

    run()


def test_at_least_ten_thousand_cases_in_a_full_fuzz_run():
    """``make fuzz`` runs 700 examples per property by default."""
    assert len(fuzz.NORMALIZER_PROPERTIES) * 700 >= 10_000


# --- the checks themselves fail when they should ------------------------------------------------------


def test_a_broken_round_trip_is_caught():
    with pytest.raises(AssertionError):
        fuzz.check_money_roundtrip((Decimal(1000), "1.000,5"))
    with pytest.raises(AssertionError):
        fuzz.check_date_roundtrip((dt.date(2022, 1, 3), "03 Februari 2022"))
    with pytest.raises(AssertionError):
        fuzz.check_nip_roundtrip(("196903112003121004", "19690311 200312 1 005"))
    assert fuzz.check_money_roundtrip((Decimal("-1000.50"), "(1.000,50)")) == "ok"


def test_an_exception_other_than_lkjip_error_escapes_the_check(monkeypatch):
    def broken(raw, **kw):
        raise KeyError(raw)

    monkeypatch.setattr(numbers, "parse_money", broken)
    with pytest.raises(KeyError):
        fuzz.check_strict_parsers("1.000")


def test_strict_parsers_label_the_project_errors():
    got = fuzz.check_strict_parsers("37.664.381200,00")
    assert "money:Malformed" in got and "target:ok" in got
    assert fuzz.check_strict_parsers("abc")[:1] == ["money:NormalizeError"]


def test_mutations_change_the_text():
    from hypothesis import find
    from hypothesis import strategies as st

    found = find(fuzz.mutated(st.just("1.000.000,00")), lambda s: s != "1.000.000,00" and len(s) == 12,
                 settings=settings(derandomize=True, database=None, max_examples=500))
    assert found != "1.000.000,00"


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None)
@given(fuzz.cell_text, st.sampled_from(["money", "percent", "decimal", "quantity", "target"]),
       st.sampled_from([None, "id", "en"]))
def test_parse_number_in_a_column_style_never_raises(text, kind, style):
    """A column's separator style changes how a cell reads, never whether reading it can raise."""
    pv = numbers.parse_number(text, kind, style=style)
    assert pv.raw == text
    assert pv.value is None or pv.value.is_finite()
    assert (pv.warning is None) == (pv.warning_code is None)
    assert not (pv.repairs and pv.value is None)
    numbers.value_style(text)

"""Budget arithmetic rules on budget lines built directly, and the tolerances.

Property: a consistent hierarchy (total → programs → kegiatan → sub kegiatan, amounts that add
up, persen = round(realisasi / anggaran × 100, 2)) raises nothing; changing any one number
raises at least one error that points at the changed line, its parent or the total.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lkjip.model import BudgetLine, Performance, Provenance, Report
from lkjip.normalize.numbers import format_money, format_number
from lkjip.validate import validate_report
from lkjip.validate.budget import group_lost, group_lost_percent
from lkjip.validate.tolerance import decimals_of, printed_matches, same_value

TABLE = "Tabel 9.9"
FIRST_LINE = 100


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def persen(a: Decimal, r: Decimal) -> Decimal:
    return q2(r / a * 100) if a else Decimal("0.00")


def money_cell(v: Decimal, cents: bool) -> str:
    return format_money(v) + (",00" if cents else "")


def make_report(lines: list[BudgetLine], **extra) -> Report:
    return Report(report_id="t", source_file="t.txt", sha256="", input_format="text", budget_lines=lines, **extra)


@dataclass
class Node:
    level: str
    uraian: str
    anggaran: Decimal
    realisasi: Decimal
    children: list[Node]


def build(tree: list[Node], *, total_first: bool, cents: bool) -> list[BudgetLine]:
    """Lines in document order with levels, parents, provenance and raw cells as printed."""
    out: list[BudgetLine] = []
    total = Node("total", "Jumlah", sum((n.anggaran for n in tree), Decimal(0)),
                 sum((n.realisasi for n in tree), Decimal(0)), [])

    def add(n: Node, parent: int | None, nomor: str | None) -> int:
        no = len(out) + 1
        cells = [nomor or "", n.uraian, money_cell(n.anggaran, cents), money_cell(n.realisasi, cents),
                 format_number(persen(n.anggaran, n.realisasi), 2)]
        out.append(BudgetLine(
            source_table=TABLE, line_no=no, level=n.level, parent_line_no=parent, nomor=nomor, uraian=n.uraian,
            anggaran=n.anggaran, realisasi=n.realisasi, persen=persen(n.anggaran, n.realisasi),
            source=Provenance(table=TABLE, line_no=FIRST_LINE + no, raw=cells)))
        for i, c in enumerate(n.children, 1):
            add(c, no, f"{i}.")
        return no

    top = add(total, None, None) if total_first else None
    for i, p in enumerate(tree, 1):
        add(p, top, f"{i}.")
    if not total_first:
        add(total, None, None)
    return out


amount = st.integers(min_value=1, max_value=10**10).map(Decimal)


@st.composite
def sub_kegiatan(draw, name: str) -> Node:
    a = draw(amount)
    r = Decimal(draw(st.integers(min_value=0, max_value=int(a))))
    return Node("sub_kegiatan", name, a, r, [])


@st.composite
def trees(draw) -> list[Node]:
    programs = []
    for p in range(draw(st.integers(1, 3))):
        kegs = []
        for k in range(draw(st.integers(1, 3))):
            subs = [draw(sub_kegiatan(f"Sub {p}.{k}.{s}")) for s in range(draw(st.integers(1, 4)))]
            kegs.append(Node("kegiatan", f"Kegiatan {p}.{k}", sum((s.anggaran for s in subs), Decimal(0)),
                             sum((s.realisasi for s in subs), Decimal(0)), subs))
        programs.append(Node("program", f"Program {p}", sum((k.anggaran for k in kegs), Decimal(0)),
                             sum((k.realisasi for k in kegs), Decimal(0)), kegs))
    return programs


@given(trees(), st.booleans(), st.booleans())
def test_consistent_hierarchy_raises_nothing(tree, total_first, cents):
    report = make_report(build(tree, total_first=total_first, cents=cents))
    assert validate_report(report) == []
    assert report.flags == [] and report.errors == []


@given(trees(), st.booleans(), st.booleans(), st.data())
def test_changing_one_number_raises_an_error_pointing_at_it(tree, total_first, cents, data):
    lines = build(tree, total_first=total_first, cents=cents)
    i = data.draw(st.integers(0, len(lines) - 1), label="line")
    field = data.draw(st.sampled_from(["anggaran", "realisasi", "persen"]), label="field")
    b = lines[i]
    old = getattr(b, field)
    if field == "persen":
        # printed to 2 decimals: rounding and truncation differ by 0,01 at most
        delta = Decimal(data.draw(st.integers(2, 5000), label="delta")) / 100
        new = old + delta if old < 50 else old - delta
        cell = format_number(new, 2)
        # a percent that one amount read without its last thousands group explains is an uncertain warning by
        # design (validate.budget.group_lost_percent: "0,75" for 22.034 / 2.957.499.921): not this test's change
        assume(not group_lost_percent(b.anggaran, b.realisasi, new, cell))
    else:
        # whole rupiah may be off by Rp 1 (rounding of values kept in cents): change by more
        delta = Decimal(data.draw(st.integers(1 if cents else 2, 10**9), label="delta"))
        new = old - delta if old > delta else old + delta
        cell = money_cell(new, cents)
        # a printed amount and its rows' sum differing as an amount read whole and read without its last thousands
        # group is an uncertain warning by design (validate.budget.group_lost: rows of Rp 1 under Rp 1.000.000 are
        # a wrapped amount's lost group): not this test's change, on the line itself or on a line summing it
        assume(not group_lost(new, old))
        assume(not any(group_lost(v, v - old + new) for x in lines
                       if (v := getattr(x, field)) is not None and v - old + new > 0))
    setattr(b, field, new)
    b.source.raw[{"anggaran": 2, "realisasi": 3, "persen": 4}[field]] = cell
    flags = validate_report(make_report(lines))
    errors = [f for f in flags if f.severity == "error"]
    assert errors, (field, old, new)
    by_no = {x.line_no: x for x in lines}
    allowed = {b.source.line_no}
    if b.parent_line_no is not None:
        allowed.add(by_no[b.parent_line_no].source.line_no)
    allowed |= {x.source.line_no for x in lines if x.level == "total"}
    assert any(f.line_no in allowed for f in errors), [(f.rule, f.line_no) for f in errors]
    if field == "persen":  # the flag on the changed line shows the changed cell as printed
        assert ("budget.persen", b.source.line_no, cell) in [(f.rule, f.line_no, f.found) for f in errors]


def test_changed_sub_kegiatan_is_reported_at_its_kegiatan():
    tree = [Node("program", "Program A", Decimal(300), Decimal(200), [
        Node("kegiatan", "Kegiatan A1", Decimal(300), Decimal(200), [
            Node("sub_kegiatan", "Sub 1", Decimal(100), Decimal(100), []),
            Node("sub_kegiatan", "Sub 2", Decimal(200), Decimal(100), [])])])]
    lines = build(tree, total_first=False, cents=True)
    lines[2].anggaran = Decimal(150)
    lines[2].source.raw[2] = "150,00"
    lines[2].persen = Decimal("66.67")
    lines[2].source.raw[4] = "66,67"
    (f,) = validate_report(make_report(lines))
    assert (f.rule, f.line_no, f.expected, f.found) == ("budget.children_sum", 102, "350", "300,00")
    assert f.evidence == "Tabel 9.9 baris 102 (Kegiatan A1) vs jumlah 2 sub kegiatan di baris 103–104"


def test_rupiah_rounding_tolerance_only_without_cents():
    tree = [Node("program", "Program A", Decimal(301), Decimal(300), [
        Node("kegiatan", "Kegiatan A1", Decimal(300), Decimal(300), [])])]
    whole = build(tree, total_first=False, cents=False)
    assert [f.rule for f in validate_report(make_report(whole))] == []
    exact = build(tree, total_first=False, cents=True)
    assert [(f.rule, f.expected) for f in validate_report(make_report(exact))] == [("budget.children_sum", "300")]


def _line(no: int, **kw) -> BudgetLine:
    raw = kw.pop("raw")
    return BudgetLine(source_table=TABLE, line_no=no, uraian=f"Kegiatan {no}", level="kegiatan",
                      source=Provenance(table=TABLE, line_no=FIRST_LINE + no, raw=raw), **kw)


def test_sisa_equals_anggaran_minus_realisasi():
    ok = _line(1, anggaran=Decimal(1000), realisasi=Decimal(900), sisa=Decimal(100), persen=Decimal(90),
               raw=["Kegiatan 1", "1.000,00", "900,00", "100,00", "90,00"])
    bad = _line(2, anggaran=Decimal(1000), realisasi=Decimal(900), sisa=Decimal(1100), persen=Decimal(90),
                raw=["Kegiatan 2", "1.000,00", "900,00", "1.100,00", "90,00"])
    flags = validate_report(make_report([ok, bad]))
    assert [(f.rule, f.severity, f.line_no, f.expected, f.found) for f in flags] == [
        ("budget.sisa", "error", 102, "100", "1.100,00")]


def test_realisasi_above_anggaran():
    b = _line(1, anggaran=Decimal(1000), realisasi=Decimal(1200), persen=Decimal(120),
              raw=["Kegiatan 1", "1.000", "1.200", "120,00"])
    flags = validate_report(make_report([b]))
    assert [(f.rule, f.severity, f.expected, f.found) for f in flags] == [
        ("budget.over_realisasi", "error", "1.000", "1.200")]


def test_over_realisasi_in_a_kinerja_anggaran_row():
    p = Performance(source_table="Tabel 3.4", indikator="Indeks X", tahun=2022, anggaran=Decimal(100),
                    realisasi_anggaran=Decimal(150), serapan=Decimal(150),
                    source=Provenance(table="Tabel 3.4", line_no=7, raw=["Indeks X", "100", "150", "150"]))
    rules = [f.rule for f in validate_report(make_report([], performance=[p]))]
    assert "budget.over_realisasi" in rules


def test_a_percent_read_as_the_anggaran_beside_an_amount_is_a_misread_not_an_overspend():
    # the header read shifted over a scanned Tabel 3.4: the capaian "100" under "Anggaran", the anggaran under
    # "Realisasi": Rp 100 against Rp 15.279.011 is no budget a report prints
    p = Performance(source_table="Tabel 3.4", indikator="Indeks Kepuasan Masyarakat", tahun=2022,
                    anggaran=Decimal(100), realisasi_anggaran=Decimal(15279011), serapan=Decimal("99.99"),
                    source=Provenance(table="Tabel 3.4", page=21, raw=["Indeks Kepuasan Masyarakat", "82,46",
                                                                        "82,47", "100", "15.279.011,-", "99,99"]))
    flags = [f for f in validate_report(make_report([], performance=[p])) if f.rule.startswith("budget.")]
    assert {f.rule for f in flags} == {"budget.over_realisasi", "budget.persen"}
    assert all(f.severity == "warning" and f.uncertain and "bukan jumlah uang" in f.message for f in flags)
    # nothing spent is a realisasi a report prints: a wrong % beside it stays an error
    zero = p.model_copy(update={"realisasi_anggaran": Decimal(0), "serapan": Decimal("0.02")})
    zero.source = Provenance(table="Tabel 3.4", page=21, raw=["Indeks Kepuasan Masyarakat", "82,46", "82,47",
                                                              "15.279.011,-", "0", "0,02"])
    zero.anggaran = Decimal(15279011)
    flags = [f for f in validate_report(make_report([], performance=[zero])) if f.rule == "budget.persen"]
    assert [f.severity for f in flags] == ["error"]
    # an amount printed in thousands groups is a budget, however small its overspend looks
    p.anggaran, p.source.raw[3] = Decimal(15000000), "15.000.000,-"
    flags = [f for f in validate_report(make_report([], performance=[p])) if f.rule == "budget.over_realisasi"]
    assert [f.severity for f in flags] == ["error"]


# --- tolerances -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "raw", "exact", "ok"), [
    ("99.99", "99,99", "99.998", True),  # truncation
    ("100.00", "100,00", "99.998", True),  # rounding
    ("99.98", "99,98", "99.998", False),
    ("100", "100", "99.5", True),  # 0 decimals: ±0,5
    ("100", "100", "100.5", True),
    ("100", "100 %", "99.49", False),
    ("99", "99", "99.9", True),  # 0 decimals, truncated
    ("98.8", "98.8%", "98.8", True),  # dot decimal in a percent
    ("97.85", "97.85", "98.72", False),
    ("0.00", "0,00", "100", False),
])
def test_percentage_tolerance(printed, raw, exact, ok):
    assert printed_matches(Decimal(printed), raw, Decimal(exact)) is ok


@given(st.integers(1, 10**9), st.integers(0, 10**9))
def test_rounding_and_truncation_of_any_ratio_are_accepted(a, r):
    exact = Decimal(r) / Decimal(a) * 100
    for mode in (ROUND_HALF_UP, ROUND_DOWN):
        printed = exact.quantize(Decimal("0.01"), rounding=mode)
        assert printed_matches(printed, format_number(printed, 2), exact)


@pytest.mark.parametrize(("raw", "d"), [("94,22 %", 2), ("98.8%", 1), ("100", 0), ("2.508.522.933,-", 0),
                                        ("1.950", 0), ("0,5", 1)])
def test_decimals_of(raw, d):
    assert decimals_of(raw) == d


@pytest.mark.parametrize(("a", "ar", "b", "br", "same"), [
    ("82.47", "82,47", "82.47", "82,47 %", True),
    ("82.5", "82,5", "82.47", "82,47", True),
    ("82.46", "82,46", "82.47", "82,47", False),
    ("100", "100", "100", "100 %", True),
])
def test_same_value(a, ar, b, br, same):
    assert same_value(Decimal(a), ar, Decimal(b), br) is same


def test_money_formatting():
    assert format_money(Decimal(2508522923)) == "2.508.522.923"
    assert format_money(Decimal("1234.5")) == "1.234,50"
    assert format_number(Decimal("99.888"), 2) == "99,89"
    assert format_number(Decimal("1234.5"), 1) == "1.234,5"
    assert format_number(Decimal("81.815"), 2) == "81,82"  # half-up, as a table rounds
    assert format_number(Decimal("2662394679.5")) == "2.662.394.679,5"  # the value's own digits
    assert format_money(Decimal("1234.999")) == "1.235,00"
    assert format_money(Decimal("-1234.5")) == "-1.234,50"
    assert format_money(Decimal("1" * 40)) == ".".join(["1"] + ["111"] * 13)  # beyond the context precision

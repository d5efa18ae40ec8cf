"""The contradictions the generator can inject: one small injector per rule id, registered with
``@injector(id)`` (the mirror image of the validators' ``@rule``).

An injector changes the printed report in one place (sometimes two) by setting overrides the printer
reads, and records an :class:`~lkjip.synth.truth.Injected` entry naming the rule expected to fire.
``CONTRADICTIONS`` lists every id, in the order injectors run (later ones avoid rows earlier ones
touched).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from lkjip.synth.plan import Kegiatan, Plan, Program, Sub, make_nip
from lkjip.synth.style import PrintStyle
from lkjip.synth.text import money, nip_text, pct, persen_text, plain, target_text, thousands
from lkjip.synth.truth import GeneratorError, Injected


@dataclass
class Overrides:
    """Printed values that differ from the plan: the contradictions, applied while printing."""

    values: dict[tuple, object] = field(default_factory=dict)  # (table, row key, field) -> printed value
    removed: set[tuple] = field(default_factory=set)  # (table, row key)
    injected: list[tuple[Injected, tuple]] = field(default_factory=list)  # (entry, (table, row key))

    def get(self, table: str, key: str, fld: str, default):
        return self.values.get((table, key, fld), default)


@dataclass
class Injection:
    """What an injector works on: the plan, how it prints, and the overrides so far."""

    plan: Plan
    style: PrintStyle
    seed: int
    ov: Overrides = field(default_factory=Overrides)
    touched: set[str] = field(default_factory=set)  # row keys an earlier injector changed

    @property
    def pk_label(self) -> str:
        return f"Lampiran PK {self.plan.tahun}"

    def add(self, entry: Injected, where: tuple) -> None:
        self.ov.injected.append((entry, where))


Injector = Callable[[Injection, random.Random], None]
INJECTORS: dict[str, Injector] = {}


def injector(rule_id: str) -> Callable[[Injector], Injector]:
    """Register ``fn`` as the injector of the contradiction ``rule_id`` (the validator rule it breaks)."""

    def register(fn: Injector) -> Injector:
        if rule_id in INJECTORS:
            raise ValueError(f"injector {rule_id!r} registered twice")
        INJECTORS[rule_id] = fn
        return fn

    return register


def inject(plan: Plan, rules: list[str] | tuple[str, ...], seed: int, style: PrintStyle) -> Overrides:
    """The overrides that print ``rules`` into the report of ``plan``."""
    check(rules)
    job = Injection(plan, style, seed)
    for rule in sorted(set(rules), key=list(INJECTORS).index):
        INJECTORS[rule](job, random.Random(f"{seed}:{plan.tahun}:{rule}"))
    return job.ov


def check(rules: list[str] | tuple[str, ...]) -> None:
    """Raise :class:`GeneratorError` for a rule id no injector is registered for."""
    unknown = [c for c in rules if c not in INJECTORS]
    if unknown:
        raise GeneratorError(f"unknown contradiction(s) {unknown}; known: {', '.join(INJECTORS)}")


def _delta(rng: random.Random, value: Decimal) -> Decimal:
    """A plausible typo-sized change of a money value."""
    step = Decimal(10) ** rng.randint(3, max(3, min(7, len(str(int(value))) - 2)))
    return step * rng.randint(1, 9)


def _sub_key(p: Program, k: Kegiatan, s: Sub) -> str:
    return f"s:{p.key}:{k.nomor}:{s.nomor}:{s.spec.name}"


# --- budget tables ----------------------------------------------------------------------------------------


@injector("budget.children_sum")
def children_sum(job: Injection, rng: random.Random) -> None:
    """A sub kegiatan's anggaran changed in Tabel 3.7 and Lampiran 3: its kegiatan no longer sums."""
    plan, lbl = job.plan, job.style.labels
    cands = [(p, k, s) for p in plan.programs for k in p.kegs for s in k.subs if s.anggaran > 0]
    p, k, s = rng.choice(cands)
    new = s.anggaran + _delta(rng, s.anggaran)
    key = _sub_key(p, k, s)
    job.touched.update({key, f"k:{p.key}:{k.nomor}"})
    style = job.style.sub_money
    for table in (lbl["rinci"], lbl["lampiran3"]):
        job.ov.values[(table, key, "anggaran")] = new
        job.add(Injected(
            rule="budget.children_sum", table=table, row=s.spec.name, field="anggaran",
            original=money(s.anggaran, style), changed=money(new, style), flagged_row=k.spec.name,
            expected=plain(k.anggaran - s.anggaran + new), found=plain(k.anggaran),
        ), (table, key))


@injector("budget.total_sum")
def total_sum(job: Injection, rng: random.Random) -> None:
    """Tabel 3.6's total anggaran changed: it no longer sums its programs."""
    plan, table, style = job.plan, job.style.labels["realisasi"], job.style.realisasi_money
    new = plan.anggaran + _delta(rng, plan.anggaran)
    job.ov.values[(table, "total", "anggaran")] = new
    job.add(Injected(
        rule="budget.total_sum", table=table, row="Total", field="anggaran", original=money(plan.anggaran, style),
        changed=money(new, style), expected=plain(plan.anggaran), found=plain(new),
        may_also_fire=["budget.children_sum", "cross.budget_mismatch", "text.total_alokasi"],
    ), (table, "total"))


@injector("budget.persen")
def persen(job: Injection, rng: random.Random) -> None:
    """A sub kegiatan's % in Tabel 3.7 no longer equals realisasi / anggaran."""
    plan = job.plan
    cands = [(p, k, s) for p in plan.programs for k in p.kegs for s in k.subs
             if s.anggaran > 0 and f"k:{p.key}:{k.nomor}" not in job.touched]
    p, k, s = rng.choice(cands)
    right = pct(s.realisasi, s.anggaran)
    wrong = right - Decimal(rng.randint(150, 2500)) / 100 if right > 30 else right + Decimal("12.50")
    key = _sub_key(p, k, s)
    table = job.style.labels["rinci"]
    job.ov.values[(table, key, "persen")] = wrong
    job.touched.add(key)
    job.add(Injected(
        rule="budget.persen", table=table, row=s.spec.name, field="persen", original=persen_text(right),
        changed=persen_text(wrong), expected=plain(right), found=plain(wrong),
        may_also_fire=["cross.budget_mismatch"],
    ), (table, key))


@injector("cross.budget_mismatch")
def budget_mismatch(job: Injection, rng: random.Random) -> None:
    """The first program's realisasi (and the total) lowered in Tabel 3.6 only: the tables disagree."""
    plan, table, style = job.plan, job.style.labels["realisasi"], job.style.realisasi_money
    p = plan.programs[0]
    d = min(_delta(rng, p.realisasi), p.realisasi)
    job.ov.values[(table, p.key, "realisasi")] = p.realisasi - d
    old_total = job.ov.get(table, "total", "realisasi", plan.realisasi)
    job.ov.values[(table, "total", "realisasi")] = old_total - d
    job.add(Injected(
        rule="cross.budget_mismatch", table=table, row=p.spec.name, field="realisasi",
        original=money(p.realisasi, style), changed=money(p.realisasi - d, style), expected=plain(p.realisasi),
        found=plain(p.realisasi - d),
    ), (table, p.key))
    job.add(Injected(
        rule="cross.budget_mismatch", table=table, row="Total", field="realisasi", original=money(old_total, style),
        changed=money(old_total - d, style), expected=plain(plan.realisasi), found=plain(old_total - d),
    ), (table, "total"))


# --- Perjanjian Kinerja -------------------------------------------------------------------------------------


def _free_indicator(job: Injection, rng: random.Random):
    ind = rng.choice([i for i in job.plan.inds if f"pk:{i.prog.key}" not in job.touched])
    job.touched.add(f"pk:{ind.prog.key}")
    return ind, f"ind:{ind.prog.key}"


@injector("pk.target_mismatch")
def pk_target_mismatch(job: Injection, rng: random.Random) -> None:
    """An indicator's target in this year's PK differs from the report's tables."""
    ind, key = _free_indicator(job, rng)
    right = ind.target[job.plan.tahun]
    step = Decimal("2.5") if ind.spec.decimals else Decimal(rng.randint(3, 9))
    wrong = right - step if right + step > 100 and ind.spec.satuan == "%" else right + step
    job.ov.values[(job.pk_label, key, "target")] = wrong
    job.add(Injected(
        rule="pk.target_mismatch", table=job.pk_label, row=ind.spec.indikator, field="target",
        original=target_text(right, ind.spec, "pk"), changed=target_text(wrong, ind.spec, "pk"),
        expected=plain(right), found=plain(wrong),
    ), (job.pk_label, key))


@injector("pk.budget_mismatch")
def pk_budget_mismatch(job: Injection, rng: random.Random) -> None:
    """A program's anggaran in this year's PK (and its Jumlah row, if printed) differs from the tables."""
    plan, label, style = job.plan, job.pk_label, job.style
    p = rng.choice(plan.programs)
    d = _delta(rng, p.anggaran)
    new = p.anggaran - d if p.anggaran > d else p.anggaran + d
    job.ov.values[(label, p.key, "anggaran")] = new
    line = style.pk_line_money(job.seed, plan.tahun, p.key)
    job.add(Injected(
        rule="pk.budget_mismatch", table=label, row=style.pk_name(p), field="anggaran",
        original=money(p.anggaran, line), changed=money(new, line), expected=plain(p.anggaran), found=plain(new),
    ), (label, p.key))
    if style.variant.pk_total:
        tot = plan.anggaran + new - p.anggaran
        job.ov.values[(label, "total", "anggaran")] = tot
        job.add(Injected(
            rule="pk.budget_mismatch", table=label, row="Jumlah", field="anggaran",
            original=money(plan.anggaran, style.pk_total_money), changed=money(tot, style.pk_total_money),
            expected=plain(plan.anggaran), found=plain(tot),
        ), (label, "total"))


@injector("pk.missing_indicator")
def pk_missing_indicator(job: Injection, rng: random.Random) -> None:
    """An indicator of the report's tables left out of this year's PK."""
    if len(job.plan.inds) < 2:
        raise GeneratorError("pk.missing_indicator needs at least two sasaran")
    ind, key = _free_indicator(job, rng)
    job.ov.removed.add((job.pk_label, key))
    job.add(Injected(
        rule="pk.missing_indicator", table=job.pk_label, row=ind.spec.indikator, field="indikator",
        original=ind.spec.indikator, changed="", expected=ind.spec.indikator,
    ), (job.pk_label, key))


# --- running text -----------------------------------------------------------------------------------------


@injector("text.total_alokasi")
def total_alokasi(job: Injection, rng: random.Random) -> None:
    """The total allocation stated in the budget section differs from the tables."""
    plan = job.plan
    new = plan.anggaran - _delta(rng, plan.anggaran)
    job.ov.values[("text", "alokasi", "anggaran")] = new
    job.add(Injected(
        rule="text.total_alokasi", row=job.style.labels["anggaran_section"], field="total_alokasi",
        original=f"Rp. {thousands(plan.anggaran)},-", changed=f"Rp. {thousands(new)},-",
        expected=plain(plan.anggaran), found=plain(new),
    ), ("text", "alokasi"))


@injector("text.count")
def count(job: Injection, rng: random.Random) -> None:
    """The number of kegiatan or sub kegiatan stated in the budget section differs from the tables."""
    c = job.plan.counts
    kind = rng.choice(["kegiatan", "sub_kegiatan"])
    right = c.kegiatan if kind == "kegiatan" else c.sub_kegiatan
    wrong = right + rng.choice([-2, -1, 1, 2, 3]) if right > 2 else right + 2
    job.ov.values[("text", "alokasi", f"count_{kind}")] = wrong
    job.add(Injected(
        rule="text.count", row=job.style.labels["anggaran_section"], field=f"count_{kind}",
        original=f"{right} {kind.replace('_', ' ')}", changed=f"{wrong} {kind.replace('_', ' ')}",
        expected=str(right), found=str(wrong),
    ), ("text", "alokasi"))


@injector("doc.nip_mismatch")
def nip_mismatch(job: Injection, rng: random.Random) -> None:
    """The camat signs the Kata Pengantar with another NIP (same birth date) than everywhere else."""
    camat = job.plan.camat
    right = camat.nip
    assert right is not None
    birth = dt.date(int(right[:4]), int(right[4:6]), int(right[6:8]))
    wrong = right
    while wrong == right:
        wrong = make_nip(rng, birth=birth)
    job.ov.values[("text", "kata_pengantar", "nip")] = wrong
    job.add(Injected(
        rule="doc.nip_mismatch", table=None, row="Kata Pengantar", field="nip", original=f"NIP. {nip_text(right)}",
        changed=f"NIP. {nip_text(wrong)}", flagged_row=camat.name, expected=right, found=wrong,
    ), ("text", "kata_pengantar_nip"))


@injector("doc.year_mismatch")
def year_mismatch(job: Injection, rng: random.Random) -> None:
    """The lampiran's cover states the previous year."""
    t = job.plan.tahun
    job.ov.values[("text", "sampul_lampiran", "tahun")] = t - 1
    job.add(Injected(
        rule="doc.year_mismatch", table=None, row="Sampul lampiran", field="tahun", original=f"TAHUN {t}",
        changed=f"TAHUN {t - 1}", expected=str(t), found=str(t - 1),
    ), ("text", "sampul_lampiran_tahun"))


#: every contradiction the generator can inject, in the order injectors run
CONTRADICTIONS: tuple[str, ...] = tuple(INJECTORS)

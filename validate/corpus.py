"""Rules across the reports of a corpus (ids ``corpus.*``), and :func:`check_corpus`, their entry point.

The rules are registered in the engine (:mod:`lkjip.validate.engine`) with scope ``corpus``: each
is a function ``(tables, ctx: CorpusCtx)`` over the dataset tables of a batch (see
:data:`~lkjip.validate.corpus_facts.CORPUS_TABLES`) yielding flags addressed to a report, and
:func:`~lkjip.validate.explain` prints its docstring. Names are matched through
:mod:`lkjip.normalize.names` at the thresholds of :mod:`lkjip.validate.matching`, money printed by
:func:`lkjip.normalize.numbers.format_money`, and a Perjanjian Kinerja that came as its own file is
checked by the PK rules' own logic (:mod:`lkjip.validate.pk`).

The SAKIP documents of one office and year (:func:`same_office`) are checked against each other, both
files named in each flag: a PK file's program budgets against a DPA / DPA Perubahan
(``corpus.pk_dpa_budget``), its total against an LRA's belanja (``corpus.pk_lra_budget``) and a Rencana
Aksi (``corpus.pk_rencana_aksi_budget``), its targets against IKU / RKT / Renstra targets
(``corpus.pk_plan_target``); two PK files with different indicators (``corpus.pk_versions``); a PK
Perubahan superseding the first PK, and which one the LKjIP follows (``corpus.pk_perubahan``). The
figures come from :mod:`lkjip.validate.corpus_facts`.

Cross-report flags carry the ``report_id`` of the later (or outlying) report and are recomputed
over the whole corpus at the end of every batch. They are rows of ``flags`` only:
``reports.n_errors``/``n_warnings`` and the report JSON keep counting the report's own flags (the
workbook's Ringkasan counts both). All arithmetic is ``Decimal``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import pandas as pd
import regex as re

from lkjip.normalize.names import best_match, instansi_keys, name_key
from lkjip.normalize.numbers import format_money, format_number
from lkjip.tables import CONTRACT
from lkjip.validate import corpus_facts as cf
from lkjip.validate import pk as pk_rules
from lkjip.validate.corpus_facts import (
    CORPUS_TABLES,
    BudgetTotal,
    IndicatorValue,
    ReportInfo,
    table_rank,
    value,
)
from lkjip.validate.engine import CorpusCtx, CorpusFlag, Ctx, rule, rules_of, run_corpus_rules, short
from lkjip.validate.facts import Facts
from lkjip.validate.matching import ACCEPT
from lkjip.validate.tolerance import same_value

__all__ = ["CORPUS_TABLES", "KABUPATEN_LOCAL", "RULE_PREFIX", "check_corpus", "check_corpus_facts", "kabupaten_local",
           "robust_z"]

RULE_PREFIX = "corpus."
DUPLICATE = "corpus.duplicate_report"
PRIOR_YEAR = "corpus.prior_year_mismatch"
OUTLIER = "corpus.outlier"

#: the rules that compare only reports of one kabupaten (an office, a kabupaten's offices; a report without a
#: kabupaten may match any, see :func:`same_office`): a batch re-checks only the kabupaten whose reports changed
#: when every corpus rule is listed here, and the whole corpus otherwise (:func:`kabupaten_local`)
KABUPATEN_LOCAL = frozenset({DUPLICATE, PRIOR_YEAR, OUTLIER, "corpus.pk_missing_indicator", "corpus.pk_target_mismatch",
                             "corpus.pk_budget_mismatch", "corpus.pk_dpa_budget", "corpus.pk_lra_budget",
                             "corpus.pk_rencana_aksi_budget", "corpus.pk_plan_target", "corpus.pk_versions",
                             "corpus.pk_perubahan"})
MIN_GROUP = 4  # reports of one kabupaten/year before outliers are looked for
Z_THRESHOLD = Decimal("3.5")  # modified z-score (Iglewicz & Hoaglin)
#: differing numbers a duplicate flag's evidence lists (the rest are counted)
EVIDENCE_ITEMS = 5
_MAD_K = Decimal("0.6745")
_MEANAD_K = Decimal("1.253314")


def check_corpus(tables: dict[str, pd.DataFrame], *, lang: str = "id") -> pd.DataFrame:
    """Every cross-report flag of the corpus, as rows of the ``flags`` table (sorted by report and rule)."""
    return _flag_rows(run_corpus_rules(tables, lang=lang))


def check_corpus_facts(facts: cf.CorpusFacts, *, lang: str = "id") -> pd.DataFrame:
    """:func:`check_corpus` over facts already made, e.g. a :class:`~lkjip.validate.corpus_facts.ReadFacts`
    that reads a report's rows from the store when a rule needs them (a batch: memory does not grow
    with the corpus). The rules run as :func:`~lkjip.validate.engine.run_corpus_rules` runs them."""
    ctx = CorpusCtx(facts.tables, lang, facts)
    found: list[CorpusFlag] = []
    for r in rules_of("corpus"):
        ctx.rule = r
        found.extend(r.func(facts.tables, ctx))
    return _flag_rows(found)


def kabupaten_local() -> bool:
    """Every registered corpus rule compares only reports of one kabupaten (:data:`KABUPATEN_LOCAL`)."""
    return all(r.id in KABUPATEN_LOCAL for r in rules_of("corpus"))


def _flag_rows(found: list[CorpusFlag]) -> pd.DataFrame:
    rows = [{**f.flag.model_dump(), "report_id": f.report_id} for f in found]
    cols = CONTRACT["flags"]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return pd.DataFrame(rows, columns=cols, dtype=object).sort_values(["report_id", "rule"], kind="stable",
                                                                        ignore_index=True)


# --- duplicate reports --------------------------------------------------------------------------------


def _comparable(ctx: CorpusCtx, info: ReportInfo) -> dict[str, tuple[Decimal, str]]:
    """The numbers two versions of one report are compared on: label → (value, where)."""
    items: dict[str, tuple[Decimal, str]] = {}
    t = ctx.facts.totals.get(info.report_id)
    if t is not None:
        where = ctx.where(t.source_table, t.page, t.line)
        items["total anggaran"] = (t.anggaran, where)
        if t.realisasi is not None:
            items["total realisasi"] = (t.realisasi, where)
    for v in ctx.facts.values.get(info.report_id, {}).values():
        where = ctx.where(v.source_table, v.page, v.line)
        if v.target is not None:
            items[f"target '{v.indikator}'"] = (v.target, where)
        if v.realisasi is not None:
            items[f"realisasi '{v.indikator}'"] = (v.realisasi, where)
    return items


def _label_key(label: str) -> str:
    kind, _, rest = label.partition(" ")
    return f"{kind} {name_key(rest)}"


def _differences(a: dict[str, tuple[Decimal, str]], b: dict[str, tuple[Decimal, str]]) -> list[tuple]:
    """(label, (value, where) in a, (value, where) in b) of every number both print differently."""
    a_by_key = {_label_key(k): v for k, v in a.items()}
    out = []
    for label, vb in b.items():
        va = a_by_key.get(_label_key(label))
        if va is not None and va[0] != vb[0]:
            out.append((label, va, vb))
    return out


def _money_or_number(label: str, v: Decimal) -> str:
    return format_money(v) if label.startswith("total ") else format_number(v)


@rule(DUPLICATE, "warning", "one office's report of one year is in the corpus twice with different numbers",
      scope="corpus")
def duplicate_report(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """One instansi of one kabupaten reported twice for the same year with different numbers (budget
    total, realisasi, or the target or realisasi of an indicator for the report year). Identical
    numbers (the same report as PDF and DOCX) are not flagged; only reports of one document type are
    compared. Offices and indicators are matched by
    :func:`~lkjip.normalize.names.name_key`. The flag goes to every later report (order:
    ``source_file``) and names both files; ``expected`` is the first report's number, ``found`` the later one's."""
    for first, *later in (g for group in ctx.facts.by_office_year().values() for g in _by_type(group)):
        a = _comparable(ctx, first)
        for other in later:
            diffs = _differences(a, _comparable(ctx, other))
            if diffs:
                yield _duplicate_flag(ctx, first, other, diffs)


def _by_type(group: list[ReportInfo]) -> list[list[ReportInfo]]:
    """One office's reports of one year by document type: a PK, a DPA and an LRA of the office are not one
    report twice (their figures are compared by the cross-document rules)."""
    out: dict[str | None, list[ReportInfo]] = {}
    for i in group:
        out.setdefault(i.document_type, []).append(i)
    return list(out.values())


def _duplicate_flag(ctx: CorpusCtx, first: ReportInfo, later: ReportInfo, diffs: list[tuple]) -> CorpusFlag:
    label, (va, _), (vb, _) = diffs[0]
    fa, fb = _money_or_number(label, va), _money_or_number(label, vb)
    evidence = "; ".join(f"{lab}: {later.source_file} ({wb}) = {_money_or_number(lab, b)} vs "
                         f"{first.source_file} ({wa}) = {_money_or_number(lab, a)}"
                         for lab, (a, wa), (b, wb) in diffs[:EVIDENCE_ITEMS])
    if len(diffs) > EVIDENCE_ITEMS:
        evidence += ctx.t(f"; … {len(diffs) - EVIDENCE_ITEMS} lagi", f"; … {len(diffs) - EVIDENCE_ITEMS} more")
    return ctx.flag_for(
        later.report_id,
        f"{later.instansi} {later.tahun} dilaporkan dua kali dengan angka berbeda ({len(diffs)} angka berbeda, mis. "
        f"{label}: {fb} di sini, {fa} di {first.source_file})",
        f"{later.instansi} {later.tahun} is reported twice with different numbers ({len(diffs)} differ, e.g. "
        f"{label}: {fb} here, {fa} in {first.source_file})",
        expected=str(va), found=str(vb), evidence=evidence)


# --- the previous year's report ------------------------------------------------------------------------


def _prior_rows(ctx: CorpusCtx, info: ReportInfo) -> Iterator[dict]:
    """The report's performance rows stating a realisasi of the previous year (Tabel 3.1 / 3.2), each
    indicator and value once."""
    seen = set()
    for row in ctx.facts.rows("performance", info.report_id):
        real = value(row.get("realisasi"))
        key = name_key(row.get("indikator") or "")
        if value(row.get("tahun")) != info.tahun - 1 or real is None or table_rank(row.get("source_table")) > 1 \
                or not key or (key, real) in seen:
            continue
        seen.add((key, real))
        yield row


def _same_indicator(name: str, candidates: dict[str, IndicatorValue]) -> tuple[IndicatorValue | None, bool]:
    """The previous year's value of an indicator: same key, else the most similar name at
    :data:`~lkjip.validate.matching.ACCEPT` (then uncertain when the match is)."""
    key = name_key(name)
    if key in candidates:
        return candidates[key], False
    values = list(candidates.values())
    m = best_match(name, [v.indikator for v in values], threshold=ACCEPT)
    return (values[m.index], m.uncertain) if m is not None else (None, False)


@rule(PRIOR_YEAR, "warning", "last year's realisasi restated as the previous year's report states it",
      scope="corpus")
def prior_year_mismatch(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """A report's realisasi for the previous year (performance rows with ``tahun`` = report year − 1
    from Tabel 3.1 / 3.2) equals what the previous year's own report of the same office in the
    corpus states for its year. Indicators are matched by :func:`~lkjip.normalize.names.name_key`,
    else by name similarity at the indicator threshold (:data:`~lkjip.validate.matching.ACCEPT`),
    and an uncertain similarity match marks the flag uncertain. ``expected`` is the previous report's
    value, ``found`` this report's."""
    by_key = ctx.facts.by_office_year()
    for r in ctx.facts.infos:
        prev = by_key.get((*r.key, r.tahun - 1)) if r.instansi and r.tahun is not None else None
        if not prev:
            continue
        for row in _prior_rows(ctx, r):
            pv, uncertain = _same_indicator(row["indikator"], ctx.facts.values.get(prev[0].report_id, {}))
            if pv is not None and pv.realisasi is not None and pv.realisasi != row["realisasi"]:
                yield _prior_year_flag(ctx, r, prev[0], row, pv, uncertain)


def _prior_year_flag(ctx: CorpusCtx, r: ReportInfo, prev: ReportInfo, row: dict, pv: IndicatorValue,
                     uncertain: bool) -> CorpusFlag:
    year, real = r.tahun - 1, row["realisasi"]
    table, page, line = value(row.get("source_table")), value(row.get("page")), value(row.get("source_line"))
    here, there = ctx.where(table, page, line), ctx.where(pv.source_table, pv.page, pv.line)
    note = "" if name_key(pv.indikator) == name_key(row["indikator"]) else \
        ctx.t(f" (indikator dicocokkan menurut kemiripan nama: '{pv.indikator}')",
              f" (indicator matched by similarity: '{pv.indikator}')")
    return ctx.flag_for(
        r.report_id,
        f"Realisasi {year} \"{short(row['indikator'], 70)}\" tercetak {format_number(real)} di sini, tetapi "
        f"{format_number(pv.realisasi)} dalam laporan {year}",
        f"Realisasi {year} of \"{short(row['indikator'], 70)}\" is {format_number(real)} here but "
        f"{format_number(pv.realisasi)} in the {year} report",
        expected=str(pv.realisasi), found=str(real), source_table=table, page=page, line_no=line,
        evidence=f"{r.source_file}: {here}: realisasi {year} = {format_number(real)}; {prev.source_file}: "
                 f"{there}: realisasi {year} = {format_number(pv.realisasi)}{note}",
        uncertain=uncertain)


# --- outliers among the offices of a kabupaten ----------------------------------------------------------


def median(xs: list[Decimal]) -> Decimal:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def robust_z(values: list[Decimal]) -> list[Decimal | None]:
    """Modified z-scores: 0.6745·(x − median)/MAD; with MAD = 0, (x − median)/(1.2533·mean |x − median|)."""
    med = median(values)
    dev = [abs(x - med) for x in values]
    mad = median(dev)
    if mad:
        return [_MAD_K * (x - med) / mad for x in values]
    mean_ad = sum(dev, Decimal(0)) / len(dev)
    if not mean_ad:
        return [None] * len(values)
    return [(x - med) / (_MEANAD_K * mean_ad) for x in values]


def _kabupaten_groups(ctx: CorpusCtx) -> Iterator[tuple[str, list[ReportInfo]]]:
    """(kabupaten and year, its reports, one per instansi: the first by source_file)."""
    groups: dict[tuple, list[ReportInfo]] = {}
    for i in ctx.facts.infos:
        if i.tahun is not None and i.kabupaten and i.instansi:
            groups.setdefault((name_key(i.kabupaten), i.tahun), []).append(i)
    for group in groups.values():
        members = list({i.key: i for i in reversed(group)}.values())[::-1]  # a duplicate does not count twice
        yield f"{members[0].kabupaten} {members[0].tahun}", members


def _serapan_points(ctx: CorpusCtx, members: list[ReportInfo]) -> list[tuple[ReportInfo, Decimal, str]]:
    totals: dict[str, BudgetTotal] = ctx.facts.totals
    return [(i, t.serapan, ctx.where(t.source_table, t.page, t.line)) for i in members
            if (t := totals.get(i.report_id)) is not None and t.serapan is not None]


def _indicator_points(ctx: CorpusCtx, members: list[ReportInfo]) -> Iterator[tuple[str, list[tuple]]]:
    """(indicator name, its realisasi per report) for every indicator of the group (the group's values read
    once: a corpus read report by report holds one group at a time)."""
    values = {i.report_id: ctx.facts.values.get(i.report_id, {}) for i in members}
    for k in dict.fromkeys(k for i in members for k in values.get(i.report_id, {})):
        vals = [(i, values[i.report_id][k]) for i in members if k in values.get(i.report_id, {})]
        pts = [(i, v.realisasi, ctx.where(v.source_table, v.page, v.line)) for i, v in vals if v.realisasi is not None]
        if pts:
            yield vals[0][1].indikator, pts


@rule(OUTLIER, "info", "a figure far from the other offices of the same kabupaten and year", scope="corpus")
def outlier(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """Among the offices of one kabupaten and year (at least :data:`MIN_GROUP` reports, one per
    instansi), a budget absorption or an indicator's realisasi whose robust z-score (median / MAD,
    Iglewicz–Hoaglin) exceeds :data:`Z_THRESHOLD` (3.5). Information only: an office may simply be
    different. ``expected`` is the group's median, ``found`` the report's value."""
    for group, members in _kabupaten_groups(ctx):
        yield from _outliers(ctx, ("serapan anggaran", "budget absorption"), " %", _serapan_points(ctx, members), group)
        for name, pts in _indicator_points(ctx, members):
            yield from _outliers(ctx, (f"realisasi \"{short(name, 70)}\"", f"realisasi of \"{short(name, 70)}\""),
                                 "", pts, group)


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def _outliers(ctx: CorpusCtx, metric: tuple[str, str], unit: str, members: list[tuple[ReportInfo, Decimal, str]],
              group: str) -> Iterator[CorpusFlag]:
    if len(members) < MIN_GROUP:
        return
    values = [v for _, v, _ in members]
    med = median(values)
    for (info, v, where), z in zip(members, robust_z(values), strict=True):
        if z is None or abs(z) <= Z_THRESHOLD:
            continue
        others = [f"{o.source_file} = {format_number(ov, 2)}" for o, ov, _ in members if o is not info]
        more = ctx.t(f"; … {len(others) - 10} lagi", f"; … {len(others) - 10} more") if len(others) > 10 else ""
        shown, fv, fm, fz = "; ".join(others[:10]), format_number(v, 2), format_number(med, 2), format_number(z, 1)
        yield ctx.flag_for(
            info.report_id,
            f"{_upper_first(metric[0])} {info.instansi} {fv}{unit} jauh dari instansi lain di {group} "
            f"(median {fm}{unit}, z robust = {fz})",
            f"{_upper_first(metric[1])} {fv}{unit} of {info.instansi} is far from the other offices of {group} "
            f"(median {fm}{unit}, robust z = {fz})",
            expected=str(med.quantize(Decimal("0.01"))), found=str(v),
            evidence=ctx.t(f"{info.source_file}: {where}: {metric[0]} = {fv}{unit}; dibandingkan dengan {shown}{more}",
                           f"{info.source_file}: {where}: {metric[1]} = {fv}{unit}; compared with {shown}{more}"))


# --- a Perjanjian Kinerja as its own file -------------------------------------------------------------


def same_office(a: ReportInfo, b: ReportInfo) -> bool:
    """The same office of the same place (a missing kabupaten matches any): names by
    :func:`~lkjip.normalize.names.instansi_keys`, so "Dinas KUMKM" is "Dinas Koperasi dan Usaha Mikro …",
    or equal but for a closing "Daerah" (:func:`office_key`)."""
    same_place = not a.kabupaten or not b.kabupaten or name_key(a.kabupaten) == name_key(b.kabupaten)
    same_name = bool(instansi_keys(a.instansi) & instansi_keys(b.instansi)) or office_key(a.instansi) == office_key(b.instansi)
    return same_place and same_name


def office_key(name: str | None) -> str:
    """An office's name key without a closing "Daerah" ("… dan Statistik Daerah" is "… dan Statistik")."""
    return re.sub(r"\s+daerah$", "", name_key(name or ""))


def _pk_pairs(ctx: CorpusCtx) -> Iterator[tuple[ReportInfo, ReportInfo, Ctx]]:
    """(PK file, LKjIP of the same office and year, a rule context over the LKjIP with that PK as its own)."""
    infos = ctx.facts.infos
    for pk in (i for i in infos if i.document_type == "pk" and i.tahun is not None):
        for lk in (i for i in infos if i.document_type == "lkjip" and i.tahun == pk.tahun and same_office(i, pk)):
            report = ctx.facts.pk_check_report(lk, pk)
            yield pk, lk, Ctx(report, ctx.lang, Facts(report))


def _pk_of(rctx: Ctx):
    return rctx.report.pks[0]


def _files(pk: ReportInfo, lk: ReportInfo) -> str:
    return f"{pk.source_file} (PK) vs {lk.source_file} (LKjIP)"


@rule("corpus.pk_missing_indicator", "error", "every indicator of a separate PK file is reported in the LKjIP",
      scope="corpus")
def pk_missing_indicator(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """A Perjanjian Kinerja that came as its own file (``document_type`` pk) is linked to the LKjIP of
    the same instansi (see :func:`same_office`) and year, and checked as the LKjIP's own PK is
    (``pk.missing_indicator``): every PK indicator appears in the LKjIP's capaian table, matched by
    name; a near miss is named and marks the flag uncertain, tujuan-level indicators are warnings.
    The flag goes to the LKjIP and names both files."""
    for pk, lk, rctx in _pk_pairs(ctx):
        pk_doc = _pk_of(rctx)
        if not pk_doc.targets or not rctx.report.performance:
            continue
        for u in pk_rules.unreported_targets(rctx, pk_doc):
            t, (note_id, note_en) = u.target, pk_rules.unreported_notes(u)
            exp = pk_rules.target_text(t)
            yield ctx.flag_for(
                lk.report_id,
                f"Indikator PK {pk.tahun} \"{short(t.indikator, 70)}\" (target {exp}, berkas PK tersendiri) tidak "
                f"dilaporkan di {u.tables} LKjIP{note_id}",
                f"PK {pk.tahun} indicator \"{short(t.indikator, 70)}\" (target {exp}, separate PK file) is not "
                f"reported in {u.tables} of the LKjIP{note_en}",
                severity=pk_rules.unreported_severity(t), expected=exp,
                evidence=f"{_files(pk, lk)}: {pk_rules.pk_where(ctx, pk_doc, t)} vs {u.tables}",
                uncertain=u.near is not None)


@rule("corpus.pk_target_mismatch", "error", "the LKjIP reports the targets of a separate PK file", scope="corpus")
def pk_target_mismatch(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """A Perjanjian Kinerja delivered as its own file, linked to the LKjIP of the same office and year
    (as in ``corpus.pk_missing_indicator``), is checked as the LKjIP's own PK is
    (``pk.target_mismatch``): the report-year target the capaian table prints for a PK indicator
    equals the signed PK's (numbers at the coarser printed precision, grades as text). The flag goes
    to the LKjIP row and names both files."""
    for pk, lk, rctx in _pk_pairs(ctx):
        pk_doc = _pk_of(rctx)
        for d in pk_rules.target_diffs(rctx, pk_doc):
            p, exp = d.record, pk_rules.target_text(d.target)
            yield ctx.flag_for(
                lk.report_id,
                f"Target {lk.tahun} {short(p.indikator)} di {p.source_table} LKjIP tercetak {d.found}, tetapi PK "
                f"{pk.tahun} yang ditandatangani (berkas tersendiri) menetapkan {exp}",
                f"Target {lk.tahun} of {short(p.indikator)} in {p.source_table} of the LKjIP is printed {d.found}, "
                f"but the signed PK {pk.tahun} (a separate file) sets {exp}",
                expected=exp, found=d.found, source_table=p.source_table, page=p.source.page,
                line_no=p.source.line_no, uncertain=d.uncertain,
                evidence=f"{_files(pk, lk)}: {ctx.where_row(p)} vs {pk_rules.pk_where(ctx, pk_doc, d.target)}")


@rule("corpus.pk_budget_mismatch", "warning", "program budgets of a separate PK file equal the LKjIP's",
      scope="corpus")
def pk_budget_mismatch(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """A Perjanjian Kinerja delivered as its own file, linked to the LKjIP of the same office and year
    (as in ``corpus.pk_missing_indicator``), is checked as the LKjIP's own PK is
    (``pk.budget_mismatch``): each PK program budget, and a PK total, equals the anggaran the LKjIP's
    budget tables print for it (within Rp 1 when whole rupiah are printed). A warning: budgets change
    in the APBD-P, but the PK should then be revised. ``expected`` is the signed PK's amount,
    ``found`` the LKjIP's; the flag goes to the LKjIP row and names both files."""
    for pk, lk, rctx in _pk_pairs(ctx):
        pk_doc = _pk_of(rctx)
        for d in pk_rules.budget_diffs(rctx, pk_doc):
            b, ref = d.budget, d.line
            yield ctx.flag_for(
                lk.report_id,
                f"Anggaran {short(b.program)} di PK {pk.tahun} (berkas tersendiri) {d.pk_raw} berbeda dengan "
                f"{d.table_raw} di {ref.source_table} LKjIP; PK semestinya direvisi bila APBD berubah",
                f"Budget of {short(b.program)} in PK {pk.tahun} (a separate file) {d.pk_raw} differs from "
                f"{d.table_raw} in {ref.source_table} of the LKjIP; the PK should be revised when the APBD changes",
                expected=d.pk_raw, found=d.table_raw, source_table=ref.source_table, page=ref.source.page,
                line_no=ref.source.line_no, uncertain=d.uncertain,
                evidence=f"{_files(pk, lk)}: {pk_rules.pk_where(ctx, pk_doc, b)} vs {ctx.where_row(ref)}")


# --- the SAKIP documents of one office and year ------------------------------------------------------------


def office_documents(ctx: CorpusCtx, info: ReportInfo, *, same_year: bool = True) -> Iterator[ReportInfo]:
    """The other reports of the same office (and year): every kind of document."""
    for o in ctx.facts.infos:
        if o is not info and same_office(o, info) and (not same_year or o.tahun == info.tahun):
            yield o


def _pk_reports(ctx: CorpusCtx) -> Iterator[ReportInfo]:
    return (i for i in ctx.facts.infos if i.document_type == "pk" and i.tahun is not None and i.instansi)


def _fig_where(ctx: CorpusCtx, f: cf.Figure) -> str:
    return f"{f.report.source_file}: {ctx.where(f.source_table, f.page, f.line, f.name)}"


def _agrees(amount: Decimal, other: cf.Figure) -> bool:
    """An amount equals one of the other document's figures (anggaran, sebelum or sesudah) within Rp 1."""
    return any(abs(amount - v) <= 1 for v in other.values.values())


def _match(name: str, figs: list[cf.Figure]) -> tuple[cf.Figure | None, bool]:
    """The figure of the same program or indicator (keys without spaces, else similarity at ACCEPT)."""
    m = best_match(name, [f.name for f in figs], threshold=ACCEPT, key=cf.squeezed_key)
    return (figs[m.index], m.uncertain) if m is not None else (None, False)


def _values_text(ctx: CorpusCtx, f: cf.Figure) -> str:
    names = {"anggaran": ("anggaran", "budget"), "sebelum": ("sebelum", "before"), "sesudah": ("sesudah", "after"),
             "realisasi": ("realisasi", "realisation"), "anggaran_tahunan": ("dihitung sekali per kegiatan",
                                                                             "counted once per kegiatan")}
    return ", ".join(f"{ctx.t(*names.get(k, (k, k)))} {format_money(v)}" for k, v in f.values.items())


def _budget_flag(ctx: CorpusCtx, pk: cf.Figure, other: cf.Figure, doc: str, uncertain: bool = False) -> CorpusFlag:
    a = pk.values["anggaran"]
    return ctx.flag_for(
        pk.report.report_id,
        f"Anggaran {short(pk.name)} di PK {pk.report.tahun} {format_money(a)} berbeda dengan {doc} "
        f"{other.report.source_file} ({_values_text(ctx, other)})",
        f"Budget of {short(pk.name)} in PK {pk.report.tahun} {format_money(a)} differs from the {doc} "
        f"{other.report.source_file} ({_values_text(ctx, other)})",
        expected=format_money(a), found="; ".join(format_money(v) for v in other.values.values()),
        source_table=pk.source_table, page=pk.page, line_no=pk.line, uncertain=uncertain,
        evidence=f"{_fig_where(ctx, pk)} vs {_fig_where(ctx, other)}")


@rule("corpus.pk_dpa_budget", "warning", "PK program budgets equal the DPA / DPA Perubahan of the same office and year",
      scope="corpus")
def pk_dpa_budget(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """Each program budget of a Perjanjian Kinerja file equals the program's budget in a DPA or DPA
    Perubahan of the same office (:func:`same_office`) and year: its anggaran, or its ``sebelum`` or
    ``sesudah`` (a PK signed before the APBD-P equals the DPPA's "sebelum": no contradiction). Programs
    are matched by name (words glued by a PDF's text layer too); the PK's total is checked against the
    sum of the DPA's programs alike. Within Rp 1. The flag goes to the PK and names both files."""
    for pk in _pk_reports(ctx):
        progs, total = cf.pk_programs(ctx.facts, pk)
        for dpa in office_documents(ctx, pk):
            dpa_progs = cf.dpa_programs(ctx.facts, dpa)
            if not dpa_progs:
                continue
            for p in progs:
                other, uncertain = _match(p.name, dpa_progs)
                if other is not None and not _agrees(p.values["anggaran"], other):
                    yield _budget_flag(ctx, p, other, "DPA", uncertain)
            dpa_total = cf.sum_figure(dpa, ctx.t("jumlah program", "sum of programs"), dpa_progs, cf.DPA_FIELDS)
            if total is not None and dpa_total is not None and not _agrees(total.values["anggaran"], dpa_total):
                yield _budget_flag(ctx, total, dpa_total, "DPA")


def _explained_by_dpa(ctx: CorpusCtx, pk: ReportInfo, pk_total: Decimal, lra: cf.Figure) -> bool:
    """A DPA Perubahan of the office and year whose programs sum to the PK's total before the change, while
    the LRA's belanja is the DPA's budget after it (its highest coded lines): the APBD-P explains the
    difference."""
    for dpa in office_documents(ctx, pk):
        total = cf.sum_figure(dpa, "", cf.dpa_programs(ctx.facts, dpa), cf.DPA_FIELDS)
        before, after = total.values.get("sebelum") if total else None, cf.dpa_budget(ctx.facts, dpa)
        if before is not None and after is not None and abs(before - pk_total) <= 1 \
                and abs(after - lra.values["anggaran"]) <= 1:
            return True
    return False


@rule("corpus.pk_lra_budget", "warning", "a PK's total budget equals the LRA's belanja of the same office and year",
      scope="corpus")
def pk_lra_budget(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """The total of a Perjanjian Kinerja file's program budgets equals the anggaran of the Belanja account
    in a Laporan Realisasi Anggaran of the same office and year — unless a DPA Perubahan of the office
    and year explains the difference (its programs sum to the PK's total before the change and its
    budget after the change is the LRA's). Within Rp 1. The flag goes to the PK and names both files."""
    for pk in _pk_reports(ctx):
        _, total = cf.pk_programs(ctx.facts, pk)
        for lra in office_documents(ctx, pk):
            bel = cf.lra_belanja(ctx.facts, lra)
            if total is None or bel is None or "anggaran" not in bel.values:
                continue
            a = total.values["anggaran"]
            if abs(a - bel.values["anggaran"]) > 1 and not _explained_by_dpa(ctx, pk, a, bel):
                yield _budget_flag(ctx, total, bel, "LRA")


@rule("corpus.pk_rencana_aksi_budget", "warning", "a PK's total budget equals its Rencana Aksi's kegiatan",
      scope="corpus")
def pk_rencana_aksi_budget(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """The total of a Perjanjian Kinerja file's program budgets equals the budget of the Rencana Aksi of
    the same office and year: the sum over its kegiatan of their quarterly amounts, or — when a kegiatan
    prints one amount unchanged on each quarter's row — that amount counted once. Within Rp 1. The flag goes to the PK and names both files."""
    for pk in _pk_reports(ctx):
        _, total = cf.pk_programs(ctx.facts, pk)
        for ra in office_documents(ctx, pk):
            plan = cf.rencana_aksi_total(ctx.facts, ra)
            if total is not None and plan is not None and not _agrees(total.values["anggaran"], plan):
                yield _budget_flag(ctx, total, plan, "Rencana Aksi")


def _target_differs(a: cf.Figure, b: cf.Figure) -> bool:
    ta, tb = a.values.get("target"), b.values.get("target")
    return ta is not None and tb is not None and not same_value(ta, a.text, tb, b.text)


@rule("corpus.pk_plan_target", "warning", "PK targets equal the IKU, RKT and Renstra targets of the year",
      scope="corpus")
def pk_plan_target(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """Each target of a Perjanjian Kinerja file equals the target an IKU or RKT of the same office and
    year (``indicator_targets``), or a Renstra of the office (``renstra_targets``, any period), sets for
    the PK's year — numbers at the coarser printed precision. Indicators are matched by name. The flag
    goes to the PK and names both files."""
    for pk in _pk_reports(ctx):
        targets = cf.pk_target_figures(ctx.facts, pk)
        for plan in office_documents(ctx, pk, same_year=False):
            plan_targets = cf.plan_targets(ctx.facts, plan, pk.tahun)
            for t in targets if plan_targets else []:
                other, uncertain = _match(t.name, plan_targets)
                if other is not None and _target_differs(t, other):
                    yield _target_flag(ctx, t, other, uncertain)


def _target_flag(ctx: CorpusCtx, t: cf.Figure, other: cf.Figure, uncertain: bool) -> CorpusFlag:
    doc = (other.report.document_type or "").upper()
    return ctx.flag_for(
        t.report.report_id,
        f"Target {short(t.name, 70)} di PK {t.report.tahun} tercetak {t.text}, tetapi {doc} "
        f"{other.report.source_file} menetapkan {other.text}",
        f"Target of {short(t.name, 70)} in PK {t.report.tahun} is printed {t.text}, but the {doc} "
        f"{other.report.source_file} sets {other.text}",
        expected=other.text, found=t.text, source_table=t.source_table, page=t.page, line_no=t.line,
        uncertain=uncertain, evidence=f"{_fig_where(ctx, t)} vs {_fig_where(ctx, other)}")


# --- two PKs of one office and year ----------------------------------------------------------------------


def _pk_pairs_of_year(ctx: CorpusCtx) -> Iterator[tuple[ReportInfo, ReportInfo]]:
    pks = list(_pk_reports(ctx))
    for i, a in enumerate(pks):
        for b in pks[i + 1:]:
            if a.tahun == b.tahun and same_office(a, b):
                yield a, b


def _unmatched(a: list[cf.Figure], b: list[cf.Figure]) -> list[cf.Figure]:
    return [t for t in a if _match(t.name, b)[0] is None]


@rule("corpus.pk_versions", "warning", "two versions of one PK with different indicators", scope="corpus")
def pk_versions(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """Two Perjanjian Kinerja files of the same office and year, neither a PK Perubahan of the other,
    whose indicator sets differ (an indicator of one has no match by name in the other): which one was
    signed? A warning to both reports, naming both files and the indicators each has alone."""
    for a, b in _pk_pairs_of_year(ctx):
        if cf.is_perubahan(ctx.facts, a) != cf.is_perubahan(ctx.facts, b):
            continue
        ta, tb = cf.pk_target_figures(ctx.facts, a), cf.pk_target_figures(ctx.facts, b)
        only_a, only_b = _unmatched(ta, tb), _unmatched(tb, ta)
        if ta and tb and (only_a or only_b):
            for here, there, own, alone in ((a, b, ta, only_a), (b, a, tb, only_b)):
                yield _versions_flag(ctx, here, there, own, alone, len(tb if here is a else ta))


def _versions_flag(ctx: CorpusCtx, here: ReportInfo, there: ReportInfo, own: list[cf.Figure],
                   alone: list[cf.Figure], n_there: int) -> CorpusFlag:
    names = "; ".join(f"\"{short(t.name, 70)}\"" for t in alone) or "-"
    return ctx.flag_for(
        here.report_id,
        f"Dua versi PK {here.tahun} {here.instansi} dengan indikator berbeda: {len(own)} indikator di "
        f"{here.source_file}, {n_there} di {there.source_file}",
        f"Two versions of PK {here.tahun} of {here.instansi} with different indicators: {len(own)} indicators in "
        f"{here.source_file}, {n_there} in {there.source_file}",
        expected=str(n_there), found=str(len(own)),
        evidence=ctx.t(f"{here.source_file} vs {there.source_file}; hanya di {here.source_file}: {names}",
                       f"{here.source_file} vs {there.source_file}; only in {here.source_file}: {names}"))


def _follow_score(ctx: CorpusCtx, lk: ReportInfo, pk: ReportInfo) -> int:
    """How many of a PK's targets the LKjIP's capaian tables print for the year (same indicator, same target)."""
    values = ctx.facts.values.get(lk.report_id, {})
    figs = [cf.Figure(lk, v.indikator, {"target": v.target}, v.source_table, v.page, v.line)
            for v in values.values() if v.target is not None]
    score = 0
    for t in cf.pk_target_figures(ctx.facts, pk):
        other, _ = _match(t.name, figs)
        score += other is not None and not _target_differs(t, other)
    return score


@rule("corpus.pk_perubahan", "info", "a PK Perubahan supersedes the first PK; which one the LKjIP follows",
      scope="corpus")
def pk_perubahan(tables: dict[str, pd.DataFrame], ctx: CorpusCtx) -> Iterable[CorpusFlag]:
    """Of two Perjanjian Kinerja files of the same office and year, the one headed "Perjanjian Kinerja
    Perubahan" supersedes the other: a note on the first PK naming both files. When the LKjIP of the
    office and year is in the corpus, the note says which PK its capaian tables follow (more of its
    indicators printed with the same target)."""
    for a, b in _pk_pairs_of_year(ctx):
        pa, pb = cf.is_perubahan(ctx.facts, a), cf.is_perubahan(ctx.facts, b)
        if pa == pb:
            continue
        first, revised = (b, a) if pa else (a, b)
        yield ctx.flag_for(
            first.report_id,
            f"PK {first.tahun} {first.source_file} digantikan oleh PK Perubahan {revised.source_file}"
            f"{_followed(ctx, first, revised, 'id')}",
            f"PK {first.tahun} {first.source_file} is superseded by the PK Perubahan {revised.source_file}"
            f"{_followed(ctx, first, revised, 'en')}",
            evidence=f"{first.source_file} vs {revised.source_file}")


def _followed(ctx: CorpusCtx, first: ReportInfo, revised: ReportInfo, lang: str) -> str:
    out = []
    for lk in (o for o in office_documents(ctx, first) if o.document_type == "lkjip"):
        s1, s2 = _follow_score(ctx, lk, first), _follow_score(ctx, lk, revised)
        which = revised if s2 >= s1 else first
        out.append(f"; LKjIP {lk.source_file} mengikuti {which.source_file} ({max(s1, s2)} target sama)" if lang == "id"
                   else f"; the LKjIP {lk.source_file} follows {which.source_file} ({max(s1, s2)} targets alike)")
    return "".join(out)

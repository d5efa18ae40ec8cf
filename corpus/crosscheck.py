"""Checks across the reports of a corpus (rules ``corpus.*``), and the per-report figures they use.

The rules, each a small function over the dataset tables (``reports``,
``budget_lines``, ``performance`` as loaded by ``Store.load_tables``):

* ``corpus.duplicate_report`` (warning) — one instansi of one kabupaten
  reported twice for the same year with different numbers (budget total,
  realisasi or target of an indicator). Identical numbers (the same report
  as PDF and DOCX) are not flagged. The flag goes to every later report
  (order: ``source_file``), naming both files.
* ``corpus.prior_year_mismatch`` (warning) — a report's realisasi for the
  previous year (performance rows with ``tahun`` = report year − 1 from
  Tabel 3.1 / 3.2) differs from what the previous year's own report in the
  corpus states for its year. Indicators are matched by normalized name; a
  fuzzy match (rapidfuzz) marks the flag ``uncertain``.
* ``corpus.pk_missing_indicator`` / ``corpus.pk_target_mismatch`` (error) and
  ``corpus.pk_budget_mismatch`` (warning) — a Perjanjian Kinerja that came as
  its own file (``document_type`` pk) is linked to the LKjIP of the same
  instansi and year (names normalized: "Dinas Koperasi dan Usaha Mikro Kecil
  dan Menengah" = "Dinas KUMKM") and checked as the report's own PK would be:
  every PK indicator reported with the PK's target, PK program budgets vs the
  realised programs. The flag goes to the LKjIP and names both files.
* ``corpus.outlier`` (info) — among the kecamatan of one kabupaten and year
  (at least :data:`MIN_GROUP` reports), a budget absorption or indicator
  realisasi whose robust z-score (median / MAD, Iglewicz–Hoaglin) exceeds
  :data:`Z_THRESHOLD`.

Cross-report flags carry the ``report_id`` of the later (or outlying) report
and are recomputed over the whole corpus at the end of every batch. They are
rows of ``flags`` only: ``reports.n_errors``/``n_warnings`` and the report
JSON keep counting the report's own flags (the workbook's Ringkasan counts
both). All arithmetic is ``Decimal``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
from rapidfuzz import fuzz

from lkjip.tables import CONTRACT

RULE_PREFIX = "corpus."
DUPLICATE = "corpus.duplicate_report"
PRIOR_YEAR = "corpus.prior_year_mismatch"
OUTLIER = "corpus.outlier"

MIN_GROUP = 4  # reports of one kabupaten/year before outliers are looked for
Z_THRESHOLD = Decimal("3.5")  # modified z-score (Iglewicz & Hoaglin)
FUZZY_MIN = 90  # rapidfuzz token_set_ratio for an uncertain indicator match
_MAD_K = Decimal("0.6745")
_MEANAD_K = Decimal("1.253314")
_HUNDRED = Decimal(100)


# --- normalization and formatting ---------------------------------------------------------------


def norm_name(s: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s.casefold()).split())


def indicator_key(name: str | None) -> str:
    """The key shared indicators are matched by: parentheses dropped, normalized.

    ``"Indeks kepuasan masyarakat (IKM)"`` and ``"Indeks Kepuasan Masyarakat"`` share a key.
    """
    if not name:
        return ""
    return norm_name(re.sub(r"\([^)]*\)", " ", str(name)))


def fmt_id(d: Decimal | None, places: int | None = None) -> str:
    """A Decimal the Indonesian way: ``1234567890.5`` → ``1.234.567.890,5``."""
    if d is None:
        return "–"
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places))
    s = f"{d:,f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _where(table: str | None, line, page) -> str:
    parts = [table or "(table?)"]
    if line is not None:
        parts.append(f"line {line}")
    if page is not None:
        parts.append(f"page {page}")
    return " ".join(parts)


def _val(v):
    return None if v is None or (not isinstance(v, str | Decimal) and pd.isna(v)) else v


# --- per-report figures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInfo:
    report_id: str
    source_file: str
    instansi: str | None
    kabupaten: str | None
    tahun: int | None

    @property
    def key(self) -> tuple[str, str]:
        return norm_name(self.kabupaten), norm_name(self.instansi)


@dataclass(frozen=True)
class BudgetTotal:
    anggaran: Decimal
    realisasi: Decimal | None
    source_table: str | None
    line: int | None
    page: int | None
    basis: str  # "total" (a total line) or "programs" (sum of program lines)

    @property
    def serapan(self) -> Decimal | None:
        """Absorption in percent (realisasi / anggaran × 100)."""
        if self.realisasi is None or not self.anggaran:
            return None
        return self.realisasi / self.anggaran * _HUNDRED


@dataclass(frozen=True)
class IndicatorValue:
    indikator: str
    satuan: str | None
    target: Decimal | None
    realisasi: Decimal | None
    source_table: str | None
    line: int | None
    page: int | None


def report_infos(reports: pd.DataFrame, *, include_failed: bool = False) -> list[ReportInfo]:
    """The reports (not failed, unless asked), ordered by source_file."""
    out = []
    for r in reports.to_dict("records"):
        if r["status"] == "failed" and not include_failed:
            continue
        tahun = _val(r.get("tahun"))
        out.append(ReportInfo(r["report_id"], r["source_file"], _val(r.get("instansi")),
                              _val(r.get("kabupaten")), int(tahun) if tahun is not None else None))
    return sorted(out, key=lambda i: (i.source_file, i.report_id))


def budget_totals(budget_lines: pd.DataFrame) -> dict[str, BudgetTotal]:
    """Per report: the first total line with anggaran and realisasi (else with anggaran only), else the
    sum of the program lines of the first table that has some."""
    out: dict[str, BudgetTotal] = {}
    if budget_lines.empty:
        return out
    # one to_dict for the frame, grouped in order of first appearance (as groupby(sort=False), which
    # drops rows without a report_id) — many times faster than a to_dict per group
    groups: dict[str, list[dict]] = {}
    for r in budget_lines.to_dict("records"):
        if _val(r.get("report_id")) is not None:
            groups.setdefault(r["report_id"], []).append(r)
    for rid, rows in groups.items():
        totals = [r for r in rows if r.get("level") == "total" and _val(r.get("anggaran")) is not None]
        total = next((r for r in totals if _val(r.get("realisasi")) is not None), totals[0] if totals else None)
        if total is not None:
            out[rid] = BudgetTotal(total["anggaran"], _val(total.get("realisasi")), _val(total.get("source_table")),
                                   _val(total.get("source_line")) or _val(total.get("line_no")),
                                   _val(total.get("page")), "total")
            continue
        for table in dict.fromkeys(r.get("source_table") for r in rows):
            progs = [r for r in rows if r.get("source_table") == table and r.get("level") == "program"
                     and _val(r.get("anggaran")) is not None]
            if progs:
                real = [_val(r.get("realisasi")) for r in progs]
                out[rid] = BudgetTotal(sum((r["anggaran"] for r in progs), Decimal(0)),
                                       None if any(v is None for v in real) else sum(real, Decimal(0)),
                                       table, None, None, "programs")
                break
    return out


def _table_rank(table: str | None) -> int:
    t = norm_name(table)
    if t.startswith("tabel 3 1"):
        return 0
    if t.startswith("tabel 3 2"):
        return 1
    return 2


def indicator_values(performance: pd.DataFrame, years: dict[str, int | None]) -> dict[str, dict[str, IndicatorValue]]:
    """Per report, per indicator key: target and realisasi for the year ``years[report_id]``.

    Tabel 3.1 is preferred, then Tabel 3.2, then any other table, in row order.
    """
    out: dict[str, dict[str, IndicatorValue]] = {}
    if performance.empty:
        return out
    for rid, df in performance.groupby("report_id", sort=False):
        year = years.get(rid)
        if year is None:
            continue
        rows = [r for r in df.to_dict("records") if _val(r.get("tahun")) == year and indicator_key(r.get("indikator"))
                and (_val(r.get("realisasi")) is not None or _val(r.get("target")) is not None)]
        rows.sort(key=lambda r: _table_rank(r.get("source_table")))  # stable: keeps row order within a rank
        values: dict[str, IndicatorValue] = {}
        for r in rows:
            k = indicator_key(r["indikator"])
            if k not in values:
                values[k] = IndicatorValue(r["indikator"], _val(r.get("satuan")), _val(r.get("target")),
                                           _val(r.get("realisasi")), _val(r.get("source_table")),
                                           _val(r.get("source_line")), _val(r.get("page")))
        out[rid] = values
    return out


# --- rules ------------------------------------------------------------------------------------------


def _flag(report_id: str, rule: str, severity: str, message: str, *, expected=None, found=None,
          source_table=None, page=None, line_no=None, evidence="", uncertain=False) -> dict:
    return {"report_id": report_id, "rule": rule, "severity": severity, "message": message,
            "expected": None if expected is None else str(expected), "found": None if found is None else str(found),
            "source_table": source_table, "page": page, "evidence": evidence, "line_no": line_no,
            "uncertain": uncertain}


def _comparable(info: ReportInfo, totals: dict[str, BudgetTotal], values: dict[str, dict[str, IndicatorValue]]
                ) -> dict[str, tuple[Decimal, str]]:
    """The numbers two versions of one report are compared on: label → (value, where)."""
    items: dict[str, tuple[Decimal, str]] = {}
    t = totals.get(info.report_id)
    if t is not None:
        where = _where(t.source_table, t.line, t.page)
        items["total anggaran"] = (t.anggaran, where)
        if t.realisasi is not None:
            items["total realisasi"] = (t.realisasi, where)
    for v in values.get(info.report_id, {}).values():
        where = _where(v.source_table, v.line, v.page)
        if v.target is not None:
            items[f"target '{v.indikator}'"] = (v.target, where)
        if v.realisasi is not None:
            items[f"realisasi '{v.indikator}'"] = (v.realisasi, where)
    return items


def check_duplicates(infos: list[ReportInfo], totals, values) -> list[dict]:
    flags = []
    groups: dict[tuple, list[ReportInfo]] = {}
    for i in infos:
        if i.instansi and i.tahun is not None:
            groups.setdefault((*i.key, i.tahun), []).append(i)
    for group in groups.values():
        first = group[0]
        a = _comparable(first, totals, values)
        for later in group[1:]:
            b = _comparable(later, totals, values)
            a_by_key = {_label_key(k): (k, v) for k, v in a.items()}
            diffs = []
            for label, (vb, wb) in b.items():
                match = a_by_key.get(_label_key(label))
                if match and match[1][0] != vb:
                    diffs.append((label, match[1], (vb, wb)))
            if not diffs:
                continue
            label, (va, wa), (vb, wb) = diffs[0]
            evidence = "; ".join(
                f"{lab}: {later.source_file} ({wb_}) = {fmt_id(vb_)} vs {first.source_file} ({wa_}) = {fmt_id(va_)}"
                for lab, (va_, wa_), (vb_, wb_) in diffs[:5])
            if len(diffs) > 5:
                evidence += f"; … {len(diffs) - 5} more"
            flags.append(_flag(
                later.report_id, DUPLICATE, "warning",
                f"{later.instansi} {later.tahun} is reported twice with different numbers "
                f"({len(diffs)} differ, e.g. {label}: {fmt_id(vb)} here, {fmt_id(va)} in {first.source_file})",
                expected=va, found=vb, evidence=evidence))
    return flags


def _label_key(label: str) -> str:
    kind, _, rest = label.partition(" ")
    return f"{kind} {indicator_key(rest)}"


def _match_indicator(key: str, name: str, candidates: dict[str, IndicatorValue]) -> tuple[IndicatorValue | None, bool]:
    if key in candidates:
        return candidates[key], False
    best, best_score = None, 0.0
    for k, v in candidates.items():
        score = fuzz.token_set_ratio(key, k)
        if score > best_score:
            best, best_score = v, score
    if best is not None and best_score >= FUZZY_MIN:
        return best, True
    return None, False


def check_prior_year(infos: list[ReportInfo], performance: pd.DataFrame,
                     values: dict[str, dict[str, IndicatorValue]]) -> list[dict]:
    flags = []
    if performance.empty:
        return flags
    by_key: dict[tuple, list[ReportInfo]] = {}
    for i in infos:
        if i.instansi and i.tahun is not None:
            by_key.setdefault((*i.key, i.tahun), []).append(i)
    perf = {rid: df for rid, df in performance.groupby("report_id", sort=False)}
    for r in infos:
        if not r.instansi or r.tahun is None or r.report_id not in perf:
            continue
        prev_reports = by_key.get((*r.key, r.tahun - 1))
        if not prev_reports:
            continue
        prev = prev_reports[0]
        prev_values = values.get(prev.report_id, {})
        seen = set()
        for row in perf[r.report_id].to_dict("records"):
            real = _val(row.get("realisasi"))
            if (_val(row.get("tahun")) != r.tahun - 1 or real is None or _table_rank(row.get("source_table")) > 1
                    or not indicator_key(row.get("indikator"))):
                continue
            k = indicator_key(row["indikator"])
            if (k, real) in seen:
                continue
            seen.add((k, real))
            pv, fuzzy = _match_indicator(k, row["indikator"], prev_values)
            if pv is None or pv.realisasi is None or pv.realisasi == real:
                continue
            here = _where(_val(row.get("source_table")), _val(row.get("source_line")), _val(row.get("page")))
            there = _where(pv.source_table, pv.line, pv.page)
            flags.append(_flag(
                r.report_id, PRIOR_YEAR, "warning",
                f"realisasi {r.tahun - 1} of '{row['indikator']}' is {fmt_id(real)} here but "
                f"{fmt_id(pv.realisasi)} in the {r.tahun - 1} report",
                expected=pv.realisasi, found=real, source_table=_val(row.get("source_table")),
                page=_val(row.get("page")), line_no=_val(row.get("source_line")),
                evidence=f"{r.source_file}: {here}: realisasi {r.tahun - 1} = {fmt_id(real)}; "
                         f"{prev.source_file}: {there}: realisasi {r.tahun - 1} = {fmt_id(pv.realisasi)}"
                         + (f" (indicator matched by similarity: '{pv.indikator}')" if fuzzy else ""),
                uncertain=fuzzy))
    return flags


def _median(xs: list[Decimal]) -> Decimal:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def robust_z(values: list[Decimal]) -> list[Decimal | None]:
    """Modified z-scores: 0.6745·(x − median)/MAD; with MAD = 0, (x − median)/(1.2533·mean |x − median|)."""
    med = _median(values)
    dev = [abs(x - med) for x in values]
    mad = _median(dev)
    if mad:
        return [_MAD_K * (x - med) / mad for x in values]
    mean_ad = sum(dev, Decimal(0)) / len(dev)
    if not mean_ad:
        return [None] * len(values)
    return [(x - med) / (_MEANAD_K * mean_ad) for x in values]


def _outliers_of(metric: str, unit: str, members: list[tuple[ReportInfo, Decimal, str]], group_name: str
                 ) -> list[dict]:
    if len(members) < MIN_GROUP:
        return []
    values = [v for _, v, _ in members]
    med = _median(values)
    flags = []
    for (info, v, where), z in zip(members, robust_z(values), strict=True):
        if z is None or abs(z) <= Z_THRESHOLD:
            continue
        others = [f"{o.source_file} = {fmt_id(ov, 2)}" for o, ov, _ in members if o is not info]
        evidence = f"{info.source_file}: {where}: {metric} = {fmt_id(v, 2)}{unit}; compared with " + "; ".join(
            others[:10]) + (f"; … {len(others) - 10} more" if len(others) > 10 else "")
        flags.append(_flag(
            info.report_id, OUTLIER, "info",
            f"{metric} {fmt_id(v, 2)}{unit} of {info.instansi} is far from the other kecamatan of {group_name} "
            f"(median {fmt_id(med, 2)}{unit}, robust z = {fmt_id(z, 1)})",
            expected=med.quantize(Decimal("0.01")), found=v, evidence=evidence))
    return flags


def check_outliers(infos: list[ReportInfo], totals, values) -> list[dict]:
    flags = []
    groups: dict[tuple, list[ReportInfo]] = {}
    for i in infos:
        if i.tahun is not None and i.kabupaten and i.instansi:
            groups.setdefault((norm_name(i.kabupaten), i.tahun), []).append(i)
    for group in groups.values():
        # one report per instansi (the first by source_file) so a duplicate does not count twice
        members = list({i.key: i for i in reversed(group)}.values())[::-1]
        name = f"{members[0].kabupaten} {members[0].tahun}"
        serapan = [(i, totals[i.report_id].serapan, _where(totals[i.report_id].source_table,
                                                           totals[i.report_id].line, totals[i.report_id].page))
                   for i in members if i.report_id in totals and totals[i.report_id].serapan is not None]
        flags += _outliers_of("budget absorption", " %", serapan, name)
        keys = dict.fromkeys(k for i in members for k in values.get(i.report_id, {}))
        for k in keys:
            vals = [(i, values[i.report_id][k]) for i in members if k in values.get(i.report_id, {})]
            pts = [(i, v.realisasi, _where(v.source_table, v.line, v.page)) for i, v in vals
                   if v.realisasi is not None]
            if pts:
                label = f"realisasi '{vals[0][1].indikator}'"
                flags += _outliers_of(label, "", pts, name)
    return flags


_SMALL_WORDS = {"dan", "dari", "serta", "&", "kabupaten", "kota", "provinsi"}
_UNITS = {"dinas", "badan", "kecamatan", "kelurahan", "inspektorat", "sekretariat", "kantor", "satuan", "rsud"}


def instansi_keys(name: str | None) -> set[str]:
    """Spellings of one office that should match: the name, and its unit + acronym
    ("Dinas Koperasi dan Usaha Mikro Kecil dan Menengah" → {"dinas koperasi …", "dinas kumkm"})."""
    n = norm_name(name)
    if not n:
        return set()
    words = n.split()
    keys = {n}
    if words[0] in _UNITS and len(words) > 2:
        rest = [w for w in words[1:] if w not in _SMALL_WORDS]
        keys.add(f"{words[0]} {''.join(w[0] for w in rest)}")
        keys.add(f"{words[0]} {rest[0]}{''.join(w[0] for w in rest[1:])}")  # "Koperasi" + "UMKM"
    return keys


def _same_office(a: ReportInfo, b: ReportInfo) -> bool:
    same_place = not a.kabupaten or not b.kabupaten or norm_name(a.kabupaten) == norm_name(b.kabupaten)
    return same_place and bool(instansi_keys(a.instansi) & instansi_keys(b.instansi))


def _best(name: str, candidates: list[dict], field: str, strip_program: bool = False) -> dict | None:
    def key(s):
        k = indicator_key(s)
        return re.sub(r"^program\s+", "", k) if strip_program else k

    scored = [(fuzz.token_set_ratio(key(name), key(c[field])), c) for c in candidates if c.get(field)]
    scored = [sc for sc in scored if sc[0] >= 85]
    return max(scored, key=lambda sc: sc[0])[1] if scored else None


def check_pk_files(infos: list[ReportInfo], tables: dict[str, pd.DataFrame]) -> list[dict]:
    """A PK delivered as its own file, checked against the LKjIP of the same instansi and year."""
    rep = tables["reports"]
    doc_type = dict(zip(rep["report_id"], rep["document_type"], strict=False)) if "document_type" in rep else {}
    pks = [i for i in infos if doc_type.get(i.report_id) == "pk" and i.tahun is not None]
    lkjips = [i for i in infos if doc_type.get(i.report_id) == "lkjip"]
    flags: list[dict] = []
    for pk in pks:
        for lk in (x for x in lkjips if x.tahun == pk.tahun and _same_office(x, pk)):
            flags += _pk_file_flags(pk, lk, tables)
    return flags


def _pk_file_flags(pk: ReportInfo, lk: ReportInfo, tables: dict[str, pd.DataFrame]) -> list[dict]:
    def rows(name: str, rid: str) -> list[dict]:
        df = tables[name]
        return df[df["report_id"] == rid].to_dict("records") if not df.empty else []

    files = f"{pk.source_file} (PK) vs {lk.source_file} (LKjIP)"
    targets = [t for t in rows("pk_targets", pk.report_id) if _val(t.get("pk_tahun")) in (None, pk.tahun)]
    perf = [p for p in rows("performance", lk.report_id) if _val(p.get("tahun")) == lk.tahun]
    out: list[dict] = []
    for t in targets:
        hit = _best(t["indikator"], perf, "indikator")
        where = f"{files}: {_where(t.get('source_table'), t.get('source_line'), t.get('page'))}"
        if hit is None:
            out.append(_flag(lk.report_id, "corpus.pk_missing_indicator", "error",
                             f"Indikator PK {pk.tahun} \"{t['indikator']}\" (berkas PK tersendiri) tidak dilaporkan "
                             "dalam LKjIP", expected=t.get("target_text"), evidence=where))
        elif _val(t.get("target")) is not None and _val(hit.get("target")) is not None \
                and Decimal(str(t["target"])) != Decimal(str(hit["target"])):
            out.append(_flag(lk.report_id, "corpus.pk_target_mismatch", "error",
                             f"Target {t['indikator']} di LKjIP ({hit.get('source_table')}) tidak sama dengan PK "
                             f"{pk.tahun} yang ditandatangani", expected=t.get("target_text") or t["target"],
                             found=hit.get("target_text") or hit["target"], source_table=hit.get("source_table"),
                             page=_val(hit.get("page")), evidence=where))
    programs = [b for b in rows("budget_lines", lk.report_id) if b.get("level") == "program"]
    for b in rows("pk_budgets", pk.report_id):
        if b.get("is_total") or _val(b.get("anggaran")) is None:
            continue
        hit = _best(b["program"], programs, "uraian", strip_program=True)
        if hit is not None and _val(hit.get("anggaran")) is not None \
                and Decimal(str(b["anggaran"])) != Decimal(str(hit["anggaran"])):
            out.append(_flag(lk.report_id, "corpus.pk_budget_mismatch", "warning",
                             f"Anggaran {b['program']} di PK {pk.tahun} (berkas tersendiri) berbeda dengan "
                             f"{hit.get('source_table')} LKjIP; PK semestinya direvisi bila APBD berubah",
                             expected=fmt_id(Decimal(str(b["anggaran"]))), found=fmt_id(Decimal(str(hit["anggaran"]))),
                             source_table=hit.get("source_table"), page=_val(hit.get("page")), evidence=files))
    return out


def check_corpus(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every cross-report flag of the corpus, as rows of the ``flags`` table."""
    infos = report_infos(tables["reports"])
    totals = budget_totals(tables["budget_lines"])
    values = indicator_values(tables["performance"], {i.report_id: i.tahun for i in infos})
    rows = (check_duplicates(infos, totals, values) + check_prior_year(infos, tables["performance"], values)
            + check_outliers(infos, totals, values) + check_pk_files(infos, tables))
    cols = CONTRACT["flags"]
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return pd.DataFrame(rows, columns=cols, dtype=object).sort_values(["report_id", "rule"], kind="stable",
                                                                        ignore_index=True)

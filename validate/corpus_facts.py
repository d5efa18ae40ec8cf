"""Facts the corpus rules share, read once from the dataset tables of a batch.

The tables are those of the dataset contract as :meth:`~lkjip.corpus.store.Store.load_tables`
returns them (``reports``, ``budget_lines``, ``performance``, ``pk_targets``, ``pk_budgets``; see
:data:`CORPUS_TABLES`). From them, per report:

* :class:`ReportInfo` — file, office, place and year (names keyed by :func:`~lkjip.normalize.names.name_key`);
* :class:`BudgetTotal` — the budget total and its absorption (:func:`budget_totals`);
* :class:`IndicatorValue` — target and realisasi of each indicator for the report year (:func:`indicator_values`);
* the typed records of a report, so that the checks of one report (:mod:`lkjip.validate.pk`) run on
  records from two files (:meth:`CorpusFacts.pk_check_report`).

The workbook and the HTML page show the same figures. All arithmetic is ``Decimal``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import TypeVar

import pandas as pd
import regex as re
from pydantic import BaseModel

from lkjip.model import (
    BudgetLine,
    Performance,
    PerjanjianKinerja,
    PKBudget,
    PKTarget,
    Provenance,
    Report,
    ReportMeta,
)
from lkjip.normalize.names import name_key
from lkjip.tables import CONTRACT

#: the dataset tables every corpus rule may read (a batch's tables must hold them)
REQUIRED_TABLES = ("reports", "budget_lines", "performance", "pk_targets", "pk_budgets")
#: the tables of the other SAKIP documents the cross-document rules read when the contract has them
#: (a table missing from ``tables`` reads as empty)
DOCUMENT_TABLES = ("renstra_targets", "lra_lines", "dpa_lines", "indicator_targets", "rencana_aksi")
#: the dataset tables the corpus rules read
CORPUS_TABLES = REQUIRED_TABLES + tuple(t for t in DOCUMENT_TABLES if t in CONTRACT)
_HUNDRED = Decimal(100)

R = TypeVar("R", bound=BaseModel)


def value(v):
    """A cell's value, or None when missing (None, NaN, NaT)."""
    return None if v is None or (not isinstance(v, str | Decimal) and pd.isna(v)) else v


def table_rank(table: str | None) -> int:
    """Where an indicator's value is read first: Tabel 3.1 (0), Tabel 3.2 (1), any other table (2)."""
    t = name_key(table or "")
    if t.startswith("tabel 3 1"):
        return 0
    if t.startswith("tabel 3 2"):
        return 1
    return 2


# --- per-report figures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportInfo:
    report_id: str
    source_file: str
    instansi: str | None
    kabupaten: str | None
    tahun: int | None
    document_type: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """(kabupaten, instansi) as keys: the same office in the same place."""
        return name_key(self.kabupaten or ""), name_key(self.instansi or "")


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
        tahun = value(r.get("tahun"))
        out.append(ReportInfo(r["report_id"], r["source_file"], value(r.get("instansi")),
                              value(r.get("kabupaten")), int(tahun) if tahun is not None else None,
                              value(r.get("document_type"))))
    return sorted(out, key=lambda i: (i.source_file, i.report_id))


def rows_by_report(df: pd.DataFrame) -> dict[str, list[dict]]:
    """The rows of a table per report_id, in order of first appearance (rows without one are left out)."""
    groups: dict[str, list[dict]] = {}
    if df.empty:
        return groups
    for r in df.to_dict("records"):  # one to_dict for the frame: many times faster than one per group
        if value(r.get("report_id")) is not None:
            groups.setdefault(r["report_id"], []).append(r)
    return groups


def _total_of(rows: list[dict]) -> BudgetTotal | None:
    """The first total line with anggaran and realisasi, else the first with anggaran."""
    totals = [r for r in rows if r.get("level") == "total" and value(r.get("anggaran")) is not None]
    total = next((r for r in totals if value(r.get("realisasi")) is not None), totals[0] if totals else None)
    if total is None:
        return None
    return BudgetTotal(total["anggaran"], value(total.get("realisasi")), value(total.get("source_table")),
                       value(total.get("source_line")) or value(total.get("line_no")), value(total.get("page")),
                       "total")


def _programs_sum(rows: list[dict]) -> BudgetTotal | None:
    """The sum of the program lines of the first table that has some."""
    for table in dict.fromkeys(r.get("source_table") for r in rows):
        progs = [r for r in rows if r.get("source_table") == table and r.get("level") == "program"
                 and value(r.get("anggaran")) is not None]
        if progs:
            real = [value(r.get("realisasi")) for r in progs]
            return BudgetTotal(sum((r["anggaran"] for r in progs), Decimal(0)),
                               None if any(v is None for v in real) else sum(real, Decimal(0)),
                               table, None, None, "programs")
    return None


def budget_totals(budget_lines: pd.DataFrame) -> dict[str, BudgetTotal]:
    """Per report: the first total line with anggaran and realisasi (else with anggaran only), else the
    sum of the program lines of the first table that has some."""
    return totals_by_report(rows_by_report(budget_lines))


def group_rows(cols: list[str], rows: list[list]) -> dict[str, list[dict]]:
    """:func:`rows_by_report` of stored rows (columns and value lists, as ``Store.segment_rows`` gives)."""
    groups: dict[str, list[dict]] = {}
    for r in rows:
        d = dict(zip(cols, r, strict=True))
        if value(d.get("report_id")) is not None:
            groups.setdefault(d["report_id"], []).append(d)
    return groups


def totals_by_report(groups: dict[str, list[dict]]) -> dict[str, BudgetTotal]:
    """:func:`budget_totals` of budget lines already grouped per report."""
    out: dict[str, BudgetTotal] = {}
    for rid, rows in groups.items():
        rows = one_year_rows(rows)
        total = _total_of(rows) or _programs_sum(rows)
        if total is not None:
            out[rid] = total
    return out


def one_year_rows(rows: list[dict]) -> list[dict]:
    """Budget lines of one-year tables: the lines of a multi-year table (``tahun`` set) left out."""
    return [r for r in rows if value(r.get("tahun")) is None]


def _year_values(rows: list[dict], year: int) -> dict[str, IndicatorValue]:
    rows = [r for r in rows if value(r.get("tahun")) == year and name_key(r.get("indikator") or "")
            and (value(r.get("realisasi")) is not None or value(r.get("target")) is not None)]
    rows.sort(key=lambda r: table_rank(r.get("source_table")))  # stable: keeps row order within a rank
    values: dict[str, IndicatorValue] = {}
    for r in rows:
        values.setdefault(name_key(r["indikator"]), IndicatorValue(
            r["indikator"], value(r.get("satuan")), value(r.get("target")), value(r.get("realisasi")),
            value(r.get("source_table")), value(r.get("source_line")), value(r.get("page"))))
    return values


def indicator_values(performance: pd.DataFrame, years: dict[str, int | None]) -> dict[str, dict[str, IndicatorValue]]:
    """Per report, per indicator key (:func:`~lkjip.normalize.names.name_key`): target and realisasi for
    the year ``years[report_id]``. Tabel 3.1 is preferred, then Tabel 3.2, then any other table, in row order.
    """
    out: dict[str, dict[str, IndicatorValue]] = {}
    for rid, rows in rows_by_report(performance).items():
        year = years.get(rid)
        if year is not None:
            out[rid] = _year_values(rows, year)
    return out


# --- typed records back from the tables ---------------------------------------------------------------


def record(model: type[R], row: dict) -> R:
    """One dataset row as the model it was flattened from (its provenance rebuilt from page,
    source_line, source_table and raw)."""
    raw = value(row.get("raw"))
    source = Provenance(table=value(row.get("source_table")), page=value(row.get("page")),
                        line_no=value(row.get("source_line")), raw=raw.split("\t") if raw else [])
    fields = {k: value(row.get(k)) for k in model.model_fields if k != "source"}
    return model(**{k: v for k, v in fields.items() if v is not None}, source=source)


class CorpusFacts:
    """The corpus's reports and their figures, computed once (lazily) for every corpus rule."""

    def __init__(self, tables: dict[str, pd.DataFrame]) -> None:
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise KeyError(f"the corpus rules read the tables {', '.join(REQUIRED_TABLES)}; missing: "
                           f"{', '.join(missing)}")
        self.tables = tables

    @cached_property
    def infos(self) -> list[ReportInfo]:
        return report_infos(self.tables["reports"])

    @cached_property
    def totals(self) -> dict[str, BudgetTotal]:
        return budget_totals(self.tables["budget_lines"])

    @cached_property
    def values(self) -> dict[str, dict[str, IndicatorValue]]:
        return indicator_values(self.tables["performance"], {i.report_id: i.tahun for i in self.infos})

    @cached_property
    def _rows(self) -> dict[str, dict[str, list[dict]]]:
        return {t: rows_by_report(self.tables[t]) if t in self.tables else {}
                for t in REQUIRED_TABLES + DOCUMENT_TABLES if t != "reports"}

    def rows(self, table: str, report_id: str) -> list[dict]:
        return self._rows[table].get(report_id, [])

    def by_office_year(self) -> dict[tuple[str, str, int], list[ReportInfo]]:
        """Reports naming their instansi and year, grouped by (kabupaten, instansi, tahun) keys."""
        groups: dict[tuple[str, str, int], list[ReportInfo]] = {}
        for i in self.infos:
            if i.instansi and i.tahun is not None:
                groups.setdefault((*i.key, i.tahun), []).append(i)
        return groups

    def pk_check_report(self, lkjip: ReportInfo, pk_file: ReportInfo) -> Report:
        """The LKjIP's performance and budget records with the PK file's PK of that year as its own: the
        report the PK rules of :mod:`lkjip.validate.pk` check."""
        def of_year(table: str) -> list[dict]:
            return [r for r in self.rows(table, pk_file.report_id) if value(r.get("pk_tahun")) in (None, pk_file.tahun)]

        pk = PerjanjianKinerja(tahun=pk_file.tahun, label=f"PK {pk_file.tahun}",
                               targets=[record(PKTarget, r) for r in of_year("pk_targets")],
                               budgets=[record(PKBudget, r) for r in of_year("pk_budgets")])
        return Report(report_id=lkjip.report_id, source_file=lkjip.source_file, sha256="", input_format="",
                      meta=ReportMeta(instansi=lkjip.instansi, kabupaten=lkjip.kabupaten, tahun=lkjip.tahun),
                      performance=[record(Performance, r) for r in self.rows("performance", lkjip.report_id)],
                      budget_lines=[record(BudgetLine, r) for r in one_year_rows(self.rows("budget_lines",
                                                                                          lkjip.report_id))],
                      pks=[pk])


class _ReportValues(Mapping):
    """report_id → its indicator values for the report year, computed when first asked (a bounded cache)."""

    def __init__(self, facts: ReadFacts):
        self.facts = facts
        self.years = {i.report_id: i.tahun for i in facts.infos if i.tahun is not None}
        self.of = functools.lru_cache(maxsize=4 * facts.cache)(self._compute)

    def _compute(self, report_id: str) -> dict[str, IndicatorValue]:
        return _year_values(self.facts.rows("performance", report_id), self.years[report_id])

    def __getitem__(self, report_id: str) -> dict[str, IndicatorValue]:
        if report_id not in self.years:
            raise KeyError(report_id)
        return self.of(report_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self.years)

    def __len__(self) -> int:
        return len(self.years)


class ReadFacts(CorpusFacts):
    """The corpus facts for a corpus too large for memory: the reports (a few columns) and their budget
    totals are held; the rows of a report are read when a rule asks for them (``read_rows(table,
    report_id)``, e.g. :meth:`lkjip.corpus.store.Store.rows_of`) and kept for the last ``cache`` reports
    asked (their indicator values for the last 4 × ``cache``), which is enough because the rules work
    office by office and kabupaten by kabupaten. The rules
    give the same flags as over :class:`CorpusFacts` of the whole tables."""

    def __init__(self, reports: pd.DataFrame, totals: dict[str, BudgetTotal],
                 read_rows: Callable[[str, str], list[dict]], cache: int = 512) -> None:
        self.tables = {"reports": reports}
        self._totals, self.cache = totals, cache
        self._read = functools.lru_cache(maxsize=cache)(read_rows)

    @cached_property
    def totals(self) -> dict[str, BudgetTotal]:
        return self._totals

    @cached_property
    def values(self) -> Mapping[str, dict[str, IndicatorValue]]:
        return _ReportValues(self)

    def rows(self, table: str, report_id: str) -> list[dict]:
        if table not in REQUIRED_TABLES + DOCUMENT_TABLES or table not in CONTRACT:
            return []
        return self._read(table, report_id)


# --- SAKIP documents of one office and year (cross-document rules) ----------------------------------------


def squeezed_key(s: str) -> str:
    """:func:`~lkjip.normalize.names.program_key` without spaces: "PROGRAMPENUNJANGURUSAN…" (words glued by a
    PDF's text layer) and "Program Penunjang Urusan …" give one key."""
    return re.sub(r"^program", "", name_key(s).replace(" ", ""))


@dataclass(frozen=True)
class Figure:
    """One amount or target as a document prints it, and where."""

    report: ReportInfo
    name: str
    values: dict[str, Decimal]  # "anggaran", "sebelum", "sesudah", "target" … → value
    source_table: str | None
    page: int | None
    line: int | None
    text: str | None = None  # the printed target ("100 %"), for targets


def figure(info: ReportInfo, name: str, row: dict, fields: tuple[str, ...], text: str | None = None) -> Figure:
    vals = {f: v for f in fields if (v := value(row.get(f))) is not None}
    return Figure(info, name, vals, value(row.get("source_table")), value(row.get("page")),
                  value(row.get("source_line")), text)


def sum_figure(info: ReportInfo, name: str, figs: list[Figure], fields: tuple[str, ...]) -> Figure | None:
    """The sum of ``figs`` per field (a field only when every figure has it); None without figures."""
    if not figs:
        return None
    vals = {f: sum((g.values[f] for g in figs), Decimal(0)) for f in fields if all(f in g.values for g in figs)}
    first = figs[0]
    return Figure(info, name, vals, first.source_table, first.page, None)


def pk_programs(facts: CorpusFacts, info: ReportInfo) -> tuple[list[Figure], Figure | None]:
    """A report's PK program budgets of its year, and their printed total (else their sum)."""
    rows = [r for r in facts.rows("pk_budgets", info.report_id) if value(r.get("pk_tahun")) in (None, info.tahun)
            and value(r.get("anggaran")) is not None]
    progs = [figure(info, r["program"], r, ("anggaran",)) for r in rows if not value(r.get("is_total"))]
    total = next((figure(info, r["program"], r, ("anggaran",)) for r in rows if value(r.get("is_total"))), None)
    return progs, total or sum_figure(info, "Jumlah", progs, ("anggaran",))


DPA_FIELDS = ("anggaran", "sebelum", "sesudah")


def dpa_programs(facts: CorpusFacts, info: ReportInfo) -> list[Figure]:
    return [figure(info, r["uraian"], r, DPA_FIELDS) for r in facts.rows("dpa_lines", info.report_id)
            if r.get("level") == "program"]


def lra_belanja(facts: CorpusFacts, info: ReportInfo) -> Figure | None:
    """An LRA's belanja account (level akun, "Belanja …")."""
    return next((figure(info, r["uraian"], r, ("anggaran", "realisasi")) for r in facts.rows("lra_lines", info.report_id)
                 if r.get("level") == "akun" and name_key(r.get("uraian") or "").startswith("belanja")), None)


def rencana_aksi_total(facts: CorpusFacts, info: ReportInfo) -> Figure | None:
    """The budget of a Rencana Aksi: the sum of its kegiatan's quarterly amounts (``anggaran``); when a
    kegiatan prints one amount unchanged on each quarter's row, that may be its yearly budget printed
    again, so the total counting it once is the second reading (``anggaran_tahunan``)."""
    by_kegiatan: dict[str, list[dict]] = {}
    for r in facts.rows("rencana_aksi", info.report_id):
        if value(r.get("anggaran")) is not None:
            by_kegiatan.setdefault(name_key(value(r.get("kegiatan")) or ""), []).append(r)
    if not by_kegiatan:
        return None
    summed = once = Decimal(0)
    for rows in by_kegiatan.values():
        amounts = [r["anggaran"] for r in rows]
        summed += sum(amounts, Decimal(0))
        once += amounts[0] if len(set(amounts)) == 1 else sum(amounts, Decimal(0))
    first = next(iter(by_kegiatan.values()))[0]
    values = {"anggaran": summed} | ({"anggaran_tahunan": once} if once != summed else {})
    return Figure(info, "Rencana Aksi", values, value(first.get("source_table")), value(first.get("page")), None)


def pk_target_figures(facts: CorpusFacts, info: ReportInfo) -> list[Figure]:
    rows = [r for r in facts.rows("pk_targets", info.report_id) if value(r.get("pk_tahun")) in (None, info.tahun)]
    return [figure(info, r["indikator"], r, ("target",), value(r.get("target_text"))) for r in rows
            if value(r.get("indikator"))]


def plan_targets(facts: CorpusFacts, info: ReportInfo, year: int) -> list[Figure]:
    """The targets for ``year`` a plan states: IKU / RKT (``indicator_targets``), Renstra (``renstra_targets``)."""
    rows = [r for t in ("indicator_targets", "renstra_targets") for r in facts.rows(t, info.report_id)
            if value(r.get("tahun")) == year and value(r.get("jenis")) in (None, "target")]
    return [figure(info, r["indikator"], r, ("target",), value(r.get("target_text"))) for r in rows
            if value(r.get("indikator")) and value(r.get("target")) is not None]


def is_perubahan(facts: CorpusFacts, info: ReportInfo) -> bool:
    """The report's PK is a Perjanjian Kinerja Perubahan."""
    return any(bool(value(r.get("perubahan"))) for t in ("pk_targets", "pk_budgets")
               for r in facts.rows(t, info.report_id))


def dpa_budget(facts: CorpusFacts, info: ReportInfo) -> Decimal | None:
    """A DPA's budget (after the change, for a DPA Perubahan): the sum of its highest coded lines that print
    an amount (the bidang when the urusan prints none)."""
    rows = [r for r in facts.rows("dpa_lines", info.report_id) if value(r.get("kode")) and r.get("level") != "bulan"
            and value(r.get("anggaran")) is not None]
    if not rows:
        return None
    depth = min(len(r["kode"].split()) for r in rows)
    return sum((r["anggaran"] for r in rows if len(r["kode"].split()) == depth), Decimal(0))

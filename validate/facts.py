"""Facts several rules share, computed once per report (lazily): table kinds,
budget lines matched across tables (clusters), indicator rows matched across
tables (clusters)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from lkjip.model import BudgetLine, Performance, Report
from lkjip.validate.matching import (
    IndicatorItem,
    budget_score,
    greedy_pairs,
    indicator_score,
    sole_flags,
)

BUDGET_LEVELS = ("belanja", "program", "kegiatan", "sub_kegiatan")
#: performance tables in order of authority: the capaian table first
KIND_ORDER = ("capaian", "sasaran_indikator", "realisasi_history", "renstra_progress", "kinerja_anggaran",
              "efisiensi")


@dataclass
class BudgetMember:
    line: BudgetLine
    uncertain: bool = False


@dataclass(eq=False)
class BudgetCluster:
    """One program / kegiatan / sub kegiatan (or the total) as several tables print it."""

    level: str
    parent: BudgetCluster | None
    sib_index: int
    members: list[BudgetMember] = field(default_factory=list)
    grand: bool = False  # a total over several belanja groups

    @property
    def tables(self) -> list[str]:
        return list(dict.fromkeys(m.line.source_table for m in self.members))

    @property
    def names(self) -> list[str]:
        return [m.line.uraian for m in self.members]


@dataclass(eq=False)
class IndicatorRow:
    """One row of a performance table: an indicator and its records per year."""

    table: str
    indikator: str
    sasaran: str | None
    records: list[Performance]
    sole: bool = True

    @property
    def item(self) -> IndicatorItem:
        return IndicatorItem(self.indikator, self.sasaran, self.sole)

    @property
    def line_no(self) -> int | None:
        return self.records[0].source.line_no

    @property
    def page(self) -> int | None:
        return self.records[0].source.page

    def year(self, tahun: int | None) -> list[Performance]:
        return [r for r in self.records if r.tahun == tahun]


@dataclass
class IndicatorMember:
    row: IndicatorRow
    uncertain: bool = False


@dataclass(eq=False)
class IndicatorCluster:
    members: list[IndicatorMember] = field(default_factory=list)

    @property
    def tables(self) -> list[str]:
        return list(dict.fromkeys(m.row.table for m in self.members))

    def items(self) -> list[IndicatorItem]:
        return [m.row.item for m in self.members]


def best_score(item: IndicatorItem, items: list[IndicatorItem]) -> tuple[float, bool] | None:
    scores = [s for s in (indicator_score(item, o) for o in items) if s is not None]
    return max(scores, default=None)


class Facts:
    def __init__(self, report: Report) -> None:
        self.report = report

    @cached_property
    def table_kinds(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for t in self.report.tables_found:
            out.setdefault(t.label, t.kind)
        return out

    # --- budget -----------------------------------------------------------------------

    @cached_property
    def budget_order(self) -> list[str]:
        """Budget tables, most complete first (anggaran, realisasi and % all printed), then most
        detailed (more lines), then in document order. A tie between tables goes to the first."""
        labels = self.report.budget_tables()

        def fields(t: str) -> int:
            lines = self.report.budget_table(t)
            return sum(any(getattr(b, f) is not None for b in lines) for f in ("anggaran", "realisasi", "persen"))

        return sorted(labels, key=lambda t: (-fields(t), -len(self.report.budget_table(t)), labels.index(t)))

    @cached_property
    def budget_clusters(self) -> list[BudgetCluster]:
        clusters: list[BudgetCluster] = []
        for label in self.budget_order:
            self._add_budget_table(clusters, self.report.budget_table(label))
        return clusters

    def _add_budget_table(self, clusters: list[BudgetCluster], lines: list[BudgetLine]) -> None:
        label = lines[0].source_table if lines else ""
        of_line: dict[int, BudgetCluster] = {}
        totals = [b for b in lines if b.level == "total"]
        if totals:
            # a total over several belanja groups (BTL + BL) is not the total of a table of one group
            grand = any(b.level == "belanja" for b in lines)
            total = next((c for c in clusters if c.level == "total" and c.grand == grand), None)
            if total is None:
                total = BudgetCluster("total", None, 0, grand=grand)
                clusters.append(total)
            for b in totals:
                total.members.append(BudgetMember(b))
                of_line[b.line_no] = total
        for level in BUDGET_LEVELS:
            groups: dict[int, tuple[BudgetCluster | None, list[BudgetLine]]] = {}
            for b in (b for b in lines if b.level == level):
                parent = of_line.get(b.parent_line_no) if level in ("kegiatan", "sub_kegiatan") else None
                groups.setdefault(id(parent), (parent, []))[1].append(b)
            for parent, group in groups.values():
                cands = [c for c in clusters if c.level == level and (parent is None or c.parent is parent)
                         and label not in c.tables]

                def score(i: int, j: int, group=group, cands=cands, level=level):
                    found = [budget_score(group[i].uraian, n, level, i == cands[j].sib_index)
                             for n in cands[j].names]
                    found = [s for s in found if s is not None]
                    return max(found, default=None)

                matched: dict[int, tuple[BudgetCluster, bool]] = {}
                for p in greedy_pairs(len(group), len(cands), score):
                    matched[p.left] = (cands[p.right], p.uncertain)
                for i, b in enumerate(group):
                    if i in matched:
                        c, unc = matched[i]
                    else:
                        c, unc = BudgetCluster(level, parent, i), False
                        clusters.append(c)
                    c.members.append(BudgetMember(b, unc))
                    of_line[b.line_no] = c

    # --- indicators -------------------------------------------------------------------

    @cached_property
    def indicator_rows(self) -> list[IndicatorRow]:
        rows: dict[tuple[str, int | None, str], IndicatorRow] = {}
        for p in self.report.performance:
            # one printed row states several years: group its records by where the row stands (line of a
            # text export, else page and raw cells for PDF / DOCX, which have no line numbers)
            where = p.source.line_no if p.source.line_no is not None else (p.source.page, tuple(p.source.raw))
            key = (p.source_table, where, p.indikator)
            if key not in rows:
                rows[key] = IndicatorRow(p.source_table, p.indikator, p.sasaran, [])
            rows[key].records.append(p)
        out = list(rows.values())
        for table in dict.fromkeys(r.table for r in out):
            mine = [r for r in out if r.table == table]
            for r, sole in zip(mine, sole_flags([(r.indikator, r.sasaran) for r in mine]), strict=True):
                r.sole = sole
        return out

    def kind_of(self, table: str) -> str:
        return self.table_kinds.get(table, "unknown")

    @cached_property
    def performance_order(self) -> list[str]:
        tables = list(dict.fromkeys(r.table for r in self.indicator_rows))
        rank = {k: i for i, k in enumerate(KIND_ORDER)}
        return sorted(tables, key=lambda t: (rank.get(self.kind_of(t), len(rank)), tables.index(t)))

    @cached_property
    def indicator_clusters(self) -> list[IndicatorCluster]:
        clusters: list[IndicatorCluster] = []
        for table in self.performance_order:
            rows = [r for r in self.indicator_rows if r.table == table]
            cands = [c for c in clusters if table not in c.tables]
            pairs = greedy_pairs(len(rows), len(cands), lambda i, j, rows=rows, cands=cands:
                                 best_score(rows[i].item, cands[j].items()))
            matched = {p.left: p for p in pairs}
            for i, r in enumerate(rows):
                if i in matched:
                    cands[matched[i].right].members.append(IndicatorMember(r, matched[i].uncertain))
                else:
                    clusters.append(IndicatorCluster([IndicatorMember(r)]))
        return clusters

    @cached_property
    def capaian_rows(self) -> list[IndicatorRow]:
        """Rows of the capaian table(s) (Tabel 3.1); all performance rows when there is none."""
        rows = [r for r in self.indicator_rows if self.kind_of(r.table) == "capaian"]
        return rows or self.indicator_rows

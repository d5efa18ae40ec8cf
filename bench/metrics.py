"""Field-level accuracy of an extraction against a known truth.

A *field* is ``(table, group, row, column) → value``: ``table`` is a record
kind (``budget_lines``, ``performance``, ``pk_targets`` …), ``group`` the
source table within it (``Tabel 3.7``, ``PK 2022``), ``row`` a row of the
truth and ``column`` a record field. Values are normalized before comparison:
numbers are ``Decimal`` compared exactly (``Decimal("100") == Decimal("100.00")``),
text is compared after whitespace normalization (runs of whitespace → one
space, ends stripped), dates as ISO strings. A typed number that the truth
leaves empty but keeps as text (a target "WTP", "BB") is compared as its text.

Rows of the truth and of the extraction are paired per group, most similar
pairs first (similarity of the rows' key text, fuzzy ratio, and of their other
values; ties go to the nearest relative position), so one mangled name costs
one field, not a whole row; a dropped row costs its fields (false negatives),
an invented row its fields (false positives). The pairing ignores order: one
printed row can give several records (one per year) in any order.

Per field: equal → true positive; both present and different → one false
positive *and* one false negative; present only in the truth → false negative;
present only in the extraction → false positive. Precision = TP / (TP + FP),
recall = TP / (TP + FN), F1 their harmonic mean.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from rapidfuzz import fuzz

Value = Decimal | str | int | bool | None

#: record kinds compared, in display order
TABLES = (
    "meta",
    "signatories",
    "permasalahan",
    "cascading",
    "renstra_targets",
    "performance",
    "budget_lines",
    "pk_targets",
    "pk_budgets",
)

#: numeric fields that keep their printed text beside them (``target`` / ``target_text``)
_TEXT_TWINS = {"target": "target_text", "realisasi": "realisasi_text", "capaian": "capaian_text",
               "anggaran": "anggaran_text", "output_target": "output_target_text",
               "output_realisasi": "output_realisasi_text"}

#: the columns compared per record kind
COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("instansi", "kabupaten", "tahun", "signer_name", "signer_nip", "signer_jabatan", "signing_date"),
    "signatories": ("role", "name", "jabatan", "pangkat", "nip", "date"),
    "permasalahan": ("no", "masalah", "pokok_masalah", "akar_masalah", "akar_masalah_internal",
                     "akar_masalah_eksternal"),
    "cascading": ("row_no", "tujuan", "indikator_tujuan", "sasaran", "indikator_sasaran", "program",
                  "indikator_program", "kegiatan", "indikator_kegiatan", "sub_kegiatan",
                  "indikator_sub_kegiatan"),
    "renstra_targets": ("misi", "sasaran", "indikator", "tahun", "jenis", "target", "satuan"),
    "performance": ("sasaran", "indikator", "satuan", "tahun", "target", "realisasi", "capaian", "anggaran",
                    "realisasi_anggaran", "serapan", "efisiensi"),
    "budget_lines": ("nomor", "uraian", "level", "anggaran", "realisasi", "persen", "sisa", "output_uraian",
                     "output_target", "output_realisasi", "output_satuan", "output_persen"),
    "pk_targets": ("level", "sasaran", "indikator", "target", "satuan", "note"),
    "pk_budgets": ("program", "anggaran", "sumber_dana", "is_total"),
}

#: the columns whose text identifies a row (for alignment)
KEYS: dict[str, tuple[str, ...]] = {
    "meta": (),
    "signatories": ("role", "name"),
    "permasalahan": ("no", "masalah"),
    "cascading": ("tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan", "indikator_sub_kegiatan"),
    "renstra_targets": ("indikator", "tahun", "jenis"),
    "performance": ("indikator", "tahun"),
    "budget_lines": ("nomor", "uraian"),
    "pk_targets": ("indikator",),
    "pk_budgets": ("program",),
}

#: rows whose similarity is below this are never paired
MIN_SIMILARITY = 0.55


def norm_text(s: str) -> str:
    return " ".join(s.split())


def norm_value(v: object) -> Value:
    """Normalize one value for comparison (see module docstring)."""
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):  # never produced by lkjip; tolerated from foreign truth
        return Decimal(repr(v))
    if isinstance(v, dt.date):
        return v.isoformat()
    s = norm_text(str(v))
    return s or None


def values_equal(a: Value, b: Value) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, Decimal | int) and isinstance(b, Decimal | int):
        return Decimal(a) == Decimal(b)
    return str(a) == str(b)


@dataclass(frozen=True)
class Row:
    """One record: its normalized values by column."""

    values: dict[str, Value]

    def key(self, table: str) -> str:
        parts = [self.values.get(c) for c in KEYS.get(table, ())]
        return " | ".join("" if p is None else str(p) for p in parts).casefold()


@dataclass
class FieldSet:
    """Records by (table, group), in document order; ``tables`` says which kinds the set speaks for."""

    tables: frozenset[str]
    groups: dict[tuple[str, str], list[Row]] = field(default_factory=dict)

    def add(self, table: str, group: str | None, values: Mapping[str, object]) -> None:
        row = Row({c: norm_value(values.get(c)) for c in COLUMNS[table]})
        self.groups.setdefault((table, group or ""), []).append(row)

    def n_fields(self) -> int:
        return sum(v is not None for rows in self.groups.values() for r in rows for v in r.values.values())


#: the name a reader gives a table printed without a caption: "Tabel tanpa judul" and its place among such tables
UNTITLED = re.compile(r"^Tabel tanpa judul \d+$")


def untitled_as_one(fs: FieldSet) -> FieldSet:
    """``fs`` with the records of every uncaptioned table ("Tabel tanpa judul 3") of a kind in one group, in
    document order. A diagnostic beside the strict score: an uncaptioned table is named by its place among such
    tables, so one part read as a table of its own, or one table lost, renames every later one and the strict
    score counts all their fields lost; scored this way, only what was misread is lost."""
    out = FieldSet(fs.tables)
    for (table, group), rows in fs.groups.items():
        key = (table, "Tabel tanpa judul" if UNTITLED.match(group) else group)
        out.groups.setdefault(key, []).extend(rows)
    return out


def _with_text(values: dict[str, object]) -> dict[str, object]:
    """A typed number left empty is compared as its printed text ("WTP", "BB")."""
    out = dict(values)
    for num, text in _TEXT_TWINS.items():
        if out.get(num) is None and out.get(text) not in (None, ""):
            out[num] = out[text]
    return out


def report_fields(report, tables: Iterable[str] = TABLES) -> FieldSet:
    """The fields of a :class:`lkjip.model.Report` (the extraction, or a truth given as a Report)."""
    fs = FieldSet(frozenset(tables))
    want = fs.tables
    if "meta" in want:
        fs.add("meta", "", report.meta.model_dump())
    if "signatories" in want:
        for s in report.signatories:
            fs.add("signatories", s.context, s.model_dump())
    if "permasalahan" in want:
        for p in report.permasalahan:
            fs.add("permasalahan", p.source.table, p.model_dump())
    if "cascading" in want:
        for c in report.cascading:
            fs.add("cascading", c.source.table, c.model_dump())
    if "renstra_targets" in want:
        for r in report.renstra_targets:
            fs.add("renstra_targets", r.source.table, _with_text(r.model_dump()))
    if "performance" in want:
        for p in report.performance:
            fs.add("performance", p.source_table, _with_text(p.model_dump()))
    if "budget_lines" in want:
        for b in report.budget_lines:
            fs.add("budget_lines", b.source_table, _with_text(b.model_dump()))
    for pk in report.pks:
        group = f"PK {pk.tahun}"
        if "pk_targets" in want:
            for t in pk.targets:
                fs.add("pk_targets", group, _with_text(t.model_dump()))
        if "pk_budgets" in want:
            for b in pk.budgets:
                fs.add("pk_budgets", group, _with_text(b.model_dump()))
    return fs


# --- scoring -----------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def truth_fields(self) -> int:
        return self.tp + self.fn

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 5),
                "recall": round(self.recall, 5), "f1": round(self.f1, 5)}


@dataclass(frozen=True)
class Mismatch:
    """One field the extraction got wrong (or missed, or invented)."""

    table: str
    group: str
    row: str  # the truth row's key (or the extracted row's, for an invented row)
    column: str
    expected: str | None
    got: str | None

    def as_dict(self) -> dict:
        return {"table": self.table, "group": self.group, "row": self.row, "column": self.column,
                "expected": self.expected, "got": self.got}


@dataclass
class Score:
    by_table: dict[str, Counts] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        c = Counts()
        for v in self.by_table.values():
            c += v
        return c

    def merge(self, other: Score) -> None:
        for t, c in other.by_table.items():
            self.by_table.setdefault(t, Counts())
            self.by_table[t] += c
        self.mismatches.extend(other.mismatches)


def _show(v: Value) -> str | None:
    return None if v is None else str(v)


def row_similarity(table: str, a: Row, b: Row) -> float:
    """0..1: fuzzy ratio of the key text (weight 0.7) and share of equal comparable values (0.3)."""
    ka, kb = a.key(table), b.key(table)
    key = fuzz.ratio(ka, kb) / 100 if (ka or kb) else 1.0
    both = [c for c in COLUMNS[table] if a.values.get(c) is not None and b.values.get(c) is not None]
    if not both:
        return key
    agree = sum(values_equal(a.values[c], b.values[c]) for c in both) / len(both)
    return 0.7 * key + 0.3 * agree


def align(table: str, truth: list[Row], got: list[Row]) -> list[tuple[int | None, int | None]]:
    """Pair truth and extracted rows, most similar pairs first (ties: nearest relative position).

    Not order-preserving: one printed row can give several records (one per year) whose order is
    a convention, not a fact of the document. Rows left unpaired come back as ``(i, None)`` or
    ``(None, j)``.
    """
    n, m = len(truth), len(got)
    cands = []
    for i, t in enumerate(truth):
        for j, g in enumerate(got):
            s = row_similarity(table, t, g)
            if s >= MIN_SIMILARITY:
                cands.append((-s, abs(i / max(n, 1) - j / max(m, 1)), i, j))
    cands.sort()
    ti: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in cands:
        if i not in ti and j not in used:
            ti[i] = j
            used.add(j)
    pairs: list[tuple[int | None, int | None]] = [(i, ti.get(i)) for i in range(n)]
    pairs.extend((None, j) for j in range(m) if j not in used)
    return pairs


def compare_rows(table: str, group: str, t: Row | None, g: Row | None, counts: Counts,
                 out: list[Mismatch]) -> None:
    key = (t or g).key(table) if (t or g) else ""
    for c in COLUMNS[table]:
        tv = t.values.get(c) if t else None
        gv = g.values.get(c) if g else None
        if tv is None and gv is None:
            continue
        if tv is not None and gv is not None and values_equal(tv, gv):
            counts.tp += 1
            continue
        if tv is not None:
            counts.fn += 1
        if gv is not None:
            counts.fp += 1
        out.append(Mismatch(table, group, key, c, _show(tv), _show(gv)))


def score(truth: FieldSet, got: FieldSet) -> Score:
    """Compare an extraction with the truth on the record kinds the truth speaks for."""
    result = Score({t: Counts() for t in TABLES if t in truth.tables})
    keys = [k for k in truth.groups] + [k for k in got.groups if k not in truth.groups]
    for table, group in keys:
        if table not in truth.tables:
            continue
        trows = truth.groups.get((table, group), [])
        grows = got.groups.get((table, group), [])
        for i, j in align(table, trows, grows):
            compare_rows(table, group, trows[i] if i is not None else None,
                         grows[j] if j is not None else None, result.by_table[table], result.mismatches)
    return result

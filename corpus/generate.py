"""Synthetic LKjIP reports with known answers.

``generate_report(seed, instansi=..., kabupaten=..., tahun=...)`` writes a
kecamatan's LKjIP as a text export in the conventions of real exports
(tab-separated table lines, ``**bold**`` headings, captions "Tabel 1.1 …",
a blank line ends a table, Perjanjian Kinerja lampiran, Lampiran 3 with
output columns) and returns, beside the text, the :class:`Truth`: every record
an extractor should find, as the report model types them, and the list of
contradictions deliberately injected.

With ``contradictions=()`` the report is consistent: children sum to parents,
totals to their rows, ``persen = round(realisasi / anggaran * 100, 2)``,
``capaian = round(realisasi / target * 100, 2)``, the PK repeats the tables,
the narrative repeats the tables, one NIP per person. Each name in
``contradictions`` (see ``CONTRADICTIONS``) changes the printed report in one
place (sometimes two, listed) and adds an :class:`Injected` entry naming the
rule expected to fire; the truth records hold the values *as printed*.

Conventions of the truth (for extraction tests):

* ``BudgetLine.line_no`` counts the data rows of its table from 1, header rows
  (also repeated ones) excluded; ``source.line_no`` is the text line.
* The "BELANJA LANGSUNG" row is level ``belanja`` and the programs' parent;
  the closing "JUMLAH"/"Total" row is level ``total``, and the programs'
  parent when the table has no BELANJA row.
* Cascading rows are filled down (a blank continuation cell takes the value
  above it); ``row_no`` counts data rows from 1.
* Performance rows: Tabel 2.2 (target), 3.1 (one row for the previous year's
  realisasi, one for this year's target/realisasi/capaian), 3.2 (one row per
  year printed), 3.3 (the end-of-Renstra target at the year its header states,
  "TARGET AKHIR RENSTRA (TAHUN 2026)"; realisasi and capaian = tingkat kemajuan
  at the report year), 3.4 (kinerja + biaya), 3.5 (capaian, serapan,
  efisiensi = capaian / serapan rounded to 2 decimals). ``satuan`` only where
  printed: a Satuan column (3.1) or a unit in the cell ("82 %", Tabel 2.2);
  the Renstra table (2.1) prints neither.
* Signatories: one record per printed signature (a name above a NIP line), so
  the camat signs a PK twice (the agreement and its lampiran); ``jabatan`` as
  the signature block prints it ("CAMAT SUKAMAJU"). The bupati signs without a
  NIP and is one record per PK, from its "Nama : … / Jabatan : …" lines.

Deterministic: the same arguments give the same text, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lkjip.corpus import catalog as cat
from lkjip.errors import LkjipError
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.model import (
    BudgetLine,
    CascadingRow,
    NarrativeClaim,
    Performance,
    PerjanjianKinerja,
    Permasalahan,
    PKBudget,
    PKTarget,
    Provenance,
    RecordLookups,
    RenstraTarget,
    ReportMeta,
    Signatory,
    YearMention,
)

GENERATOR_VERSION = "2"

CONTRADICTIONS: tuple[str, ...] = (
    "budget.children_sum",
    "budget.total_sum",
    "budget.persen",
    "cross.budget_mismatch",
    "pk.target_mismatch",
    "pk.budget_mismatch",
    "pk.missing_indicator",
    "text.total_alokasi",
    "text.count",
    "doc.nip_mismatch",
    "doc.year_mismatch",
)

ColumnOrder = Literal["anggaran_realisasi_persen", "realisasi_anggaran_persen", "persen_anggaran_realisasi"]
_ORDER: dict[str, tuple[int, int, int]] = {
    "anggaran_realisasi_persen": (0, 1, 2),
    "realisasi_anggaran_persen": (1, 0, 2),
    "persen_anggaran_realisasi": (2, 0, 1),
}


class GeneratorError(LkjipError, ValueError):
    """Bad arguments to the generator (unknown contradiction, impossible request)."""

    category = "generator"


class Variant(BaseModel):
    """Wording and layout variations real reports show. The defaults follow the common layout."""

    model_config = ConfigDict(extra="forbid")

    pagu: bool = False  # "Pagu" instead of "Anggaran" in budget table headers
    column_order: ColumnOrder = "anggaran_realisasi_persen"  # Tabel 3.6, 3.7, Lampiran 3
    missing_caption: str | None = None  # e.g. "Tabel 3.6": printed without its caption line
    repeat_header: bool = False  # Tabel 3.7 / Lampiran 3: header repeated after a blank line (page break)
    repeat_every: int = Field(default=12, ge=3)  # data rows between repeated headers
    section_wording: Literal["standard", "alternative"] = "standard"
    numbering: Literal["mixed", "letters", "digits", "roman", "hierarchical"] = "mixed"
    numbering_gaps: bool = False  # a sub kegiatan number skipped now and then (deleted rows)
    belanja_row: bool = True  # "BELANJA LANGSUNG" row at the top of Tabel 3.7 / Lampiran 3
    program_upper: bool = True  # program names in capitals in Tabel 3.7 / Lampiran 3
    pk_program_prefix: bool = False  # PK program names keep the word "Program"
    pk_total: bool = False  # PK program table ends with a "Jumlah" row
    pk_tujuan: bool = True  # next year's PK has a tujuan table (Nilai SAKIP) before the sasaran
    output_decimal_point: bool = False  # Lampiran 3 output percentages printed "98.5" instead of "98,5"
    wrap_captions: bool = True  # long captions broken over two lines


class Injected(BaseModel):
    """One deliberate contradiction: what changed in the printed report and which rule should fire."""

    rule: str
    table: str | None = None  # "Tabel 3.7", "Lampiran PK 2023", or None for running text
    row: str  # the row (uraian / indikator) or passage whose value was changed
    field: str  # "anggaran", "realisasi", "persen", "target", "nip", "tahun", "count_sub_kegiatan", ...
    original: str  # as printed before the change ("" when the row was added)
    changed: str  # as printed after the change ("" when the row was removed)
    line_no: int | None = None  # text line of the changed value (None: the line was removed)
    flagged_row: str | None = None  # the row a validator reports, when not ``row`` (a parent, a total)
    expected: str | None = None  # the value the rule computes or finds elsewhere (plain digits, "." decimal)
    found: str | None = None  # the value printed where the rule looks
    may_also_fire: list[str] = Field(default_factory=list)  # rules that may legitimately fire as well


class Counts(BaseModel):
    program: int
    kegiatan: int
    sub_kegiatan: int


class Truth(RecordLookups, BaseModel):
    """What an extractor should find in the generated report (values as printed)."""

    generator_version: str = GENERATOR_VERSION
    seed: int
    variant: Variant
    meta: ReportMeta
    counts: Counts
    signatories: list[Signatory] = Field(default_factory=list)
    permasalahan: list[Permasalahan] = Field(default_factory=list)
    cascading: list[CascadingRow] = Field(default_factory=list)
    renstra_targets: list[RenstraTarget] = Field(default_factory=list)
    performance: list[Performance] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    pks: list[PerjanjianKinerja] = Field(default_factory=list)
    claims: list[NarrativeClaim] = Field(default_factory=list)
    year_mentions: list[YearMention] = Field(default_factory=list)
    captions: list[str] = Field(default_factory=list)  # table labels printed with a caption, in order
    injected: list[Injected] = Field(default_factory=list)


class GeneratedReport(BaseModel):
    text: str  # the text export
    truth: Truth
    #: the same content as a Document (a table continued after a repeated header is one table);
    #: line numbers refer to ``text``
    document: Document

    @property
    def slug(self) -> str:
        return slugify(f"{self.truth.meta.instansi} {self.truth.meta.tahun}")


# --- numbers as printed ----------------------------------------------------------------------------

CENT = Decimal("0.01")
ZERO = Decimal(0)


def pct(part: Decimal, whole: Decimal) -> Decimal:
    """``round(part / whole * 100, 2)``, half up; 0 when ``whole`` is 0."""
    if whole == 0:
        return Decimal("0.00")
    return (part * 100 / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def thousands(n: Decimal | int) -> str:
    """1234567 -> "1.234.567"."""
    return f"{int(n):,}".replace(",", ".")


MoneyStyle = Literal["plain", "dec", "dash", "rp", "rp_space", "rp_dot_space"]


def money(d: Decimal, style: MoneyStyle = "plain") -> str:
    """Rupiah as Indonesian reports print it; zero is "-" in table styles."""
    if d == 0 and style in ("plain", "dec", "dash"):
        return "-"
    s = thousands(d)
    return {
        "plain": s,
        "dec": s + ",00",
        "dash": s + ",-",
        "rp": "Rp. " + s,
        "rp_space": "Rp " + s,
        "rp_dot_space": "Rp . " + s,
    }[style]


def decimal_text(d: Decimal, decimals: int = 2, *, point: str = ",", strip: bool = False) -> str:
    """82.47 -> "82,47"; with ``strip`` 100.00 -> "100"."""
    q = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) if decimals else d.quantize(Decimal(1))
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, _, frac = f"{q:f}".partition(".")
    if strip:
        frac = frac.rstrip("0")
    return sign + thousands(int(whole)) + (point + frac if frac else "")


def persen_text(d: Decimal, style: Literal["comma2", "sign", "short"] = "comma2") -> str:
    if style == "comma2":
        return decimal_text(d, 2)
    if style == "sign":
        return decimal_text(d, 2, strip=d == d.to_integral_value()) + " %"
    return decimal_text(d, 2, strip=True)


def plain(d: Decimal | int | None) -> str | None:
    """A canonical string for ``Injected.expected/found``: digits, "." decimal, no trailing zeros."""
    if d is None:
        return None
    d = Decimal(d)
    if d == d.to_integral_value():
        return str(int(d))
    return f"{d.normalize():f}"


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def nip_text(nip: str) -> str:
    """18 digits -> "19750412 200003 1 002"."""
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def tanggal(d: dt.date) -> str:
    return f"{d.day:02d} {cat.BULAN[d.month - 1]} {d.year}"


def roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


# --- the plan: what the kecamatan did, before anything is printed -----------------------------------


@dataclass
class _Sub:
    spec: cat.SubSpec
    nomor: str
    anggaran: Decimal
    realisasi: Decimal
    out_target: int
    out_real: int


@dataclass
class _Keg:
    spec: cat.KegiatanSpec
    nomor: str
    subs: list[_Sub]
    out_real: Decimal  # realisasi of its output indicator, in % (target 100 %)

    @property
    def anggaran(self) -> Decimal:
        return sum((s.anggaran for s in self.subs), ZERO)

    @property
    def realisasi(self) -> Decimal:
        return sum((s.realisasi for s in self.subs), ZERO)


@dataclass
class _Prog:
    spec: cat.ProgramSpec
    nomor: str
    kegs: list[_Keg]
    out_real: Decimal
    key: str = ""

    @property
    def anggaran(self) -> Decimal:
        return sum((k.anggaran for k in self.kegs), ZERO)

    @property
    def realisasi(self) -> Decimal:
        return sum((k.realisasi for k in self.kegs), ZERO)

    @property
    def n_subs(self) -> int:
        return sum(len(k.subs) for k in self.kegs)


@dataclass
class _Ind:
    spec: cat.SasaranSpec
    prog: _Prog
    target: dict[int, Decimal]  # renstra year -> target
    awal: Decimal  # kondisi awal
    real: dict[int, Decimal]  # year -> realisasi


@dataclass
class _Person:
    name: str  # as printed in signatures
    nip: str | None  # 18 digits
    pangkat: str | None
    jabatan: str


@dataclass
class _Plan:
    kec: str  # "Sukamaju"
    kab: str  # "Lembah Hijau"
    tahun: int
    programs: list[_Prog]
    inds: list[_Ind]
    sakip: dict[int, Decimal]
    sakip_awal: Decimal
    start: int
    end: int
    camat: _Person
    bupati: _Person
    kp_date: dt.date
    pk_dates: dict[int, dt.date]
    pk_next_budget: dict[str, Decimal]  # program key -> next year's PK budget
    permasalahan: list[tuple[str, str, str, str]]
    intro: list[str]

    @property
    def anggaran(self) -> Decimal:
        return sum((p.anggaran for p in self.programs), ZERO)

    @property
    def realisasi(self) -> Decimal:
        return sum((p.realisasi for p in self.programs), ZERO)

    @property
    def counts(self) -> Counts:
        return Counts(
            program=len(self.programs),
            kegiatan=sum(len(p.kegs) for p in self.programs),
            sub_kegiatan=sum(p.n_subs for p in self.programs),
        )


def _q(x: float, decimals: int) -> Decimal:
    return Decimal(str(round(x, decimals))).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(round(x))


def _person_name(rng: random.Random, *, bupati: bool = False) -> str:
    given, family = rng.choice(cat.GIVEN), rng.choice(cat.FAMILY)
    if bupati:
        return f"H. {given} {family}".upper() + rng.choice(["", ", SH", ", S.E., M.M"])
    prefix = rng.choice(cat.PREFIX)
    return f"{prefix}{given} {family}".upper() + rng.choice(cat.SUFFIX)


def make_nip(rng: random.Random, *, birth: dt.date | None = None) -> str:
    """A valid synthetic NIP: birth date, TMT CPNS (year and month), gender digit, sequence."""
    if birth is None:
        birth = dt.date(rng.randint(1966, 1982), rng.randint(1, 12), rng.randint(1, 28))
    tmt_year = birth.year + rng.randint(22, 30)
    return f"{birth:%Y%m%d}{tmt_year}{rng.randint(1, 12):02d}{rng.choice('12')}{rng.randint(1, 9):03d}"


def _numbering(style: str, i: int, level: str, rng: random.Random, path: tuple[int, ...]) -> str:
    """Number of the i-th (1-based) item of a level, as the style prints it."""
    if style == "hierarchical":
        return ".".join(str(p) for p in path)
    if level == "program":
        if style == "letters":
            return chr(64 + i) + "."
        if style == "roman":
            return roman(i) + "."
        if style == "digits":
            return f"{i}."
        return "A." if i == 1 else f"{i}."  # mixed
    if level == "kegiatan":
        return f"{i}." if style != "mixed" or rng.random() < 0.7 else str(i)
    return f"{i}." if style != "mixed" or rng.random() < 0.85 else str(i)


def _pick_in_order(rng: random.Random, items: list, k: int) -> list:
    idx = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in idx]


def _year_programs(ident: str, tahun: int, teknis: list[cat.ProgramSpec], variant: Variant) -> list[_Prog]:
    """The programs, kegiatan and sub kegiatan of one year with their money and outputs.

    Numbers come from ``(ident, tahun)`` only, numbering from its own generator, so a variant never
    changes an amount and a kecamatan's year is the same in every report that shows it.
    """
    rng = random.Random(f"{ident}:{tahun}:budget")
    nrng = random.Random(f"{ident}:{tahun}:numbering")
    programs: list[_Prog] = []
    zero_keg_done = False
    for pi, pspec in enumerate([cat.PENUNJANG, *teknis], start=1):
        if pspec is cat.PENUNJANG:
            keu = next(k for k in pspec.kegiatan if any(s.big for s in k.subs))
            others = [k for k in pspec.kegiatan if k is not keu]
            chosen = _pick_in_order(rng, others, rng.randint(2, 7))
            kspecs = [k for k in pspec.kegiatan if k is keu or k in chosen]
        else:
            kspecs = _pick_in_order(rng, pspec.kegiatan, rng.randint(1, len(pspec.kegiatan)))
        kegs: list[_Keg] = []
        for ki, kspec in enumerate(kspecs, start=1):
            if any(s.big for s in kspec.subs):
                sspecs = [kspec.subs[0], *_pick_in_order(rng, kspec.subs[1:], rng.randint(0, len(kspec.subs) - 1))]
            else:
                sspecs = _pick_in_order(rng, kspec.subs, rng.randint(1, min(7, len(kspec.subs))))
            all_zero = (
                not zero_keg_done and pspec is cat.PENUNJANG and not any(s.big for s in sspecs) and rng.random() < 0.12
            )
            zero_keg_done = zero_keg_done or all_zero
            subs: list[_Sub] = []
            si = 0
            for sspec in sspecs:
                si += 1
                if variant.numbering_gaps and si > 1 and nrng.random() < 0.15:
                    si += 1
                if sspec.big:
                    a = Decimal(rng.randint(1_300_000_000, 3_600_000_000))
                elif all_zero or (len(sspecs) > 1 and rng.random() < 0.04):
                    a = ZERO
                else:
                    a = Decimal(rng.randint(450_000, 95_000_000))
                if a == 0:
                    r = ZERO
                elif rng.random() < 0.3:
                    r = a
                else:
                    r = Decimal(int(a * Decimal(str(rng.uniform(0.82, 0.9995)))))
                target = 0 if a == 0 else rng.randint(sspec.lo, sspec.hi)
                out_real = target if rng.random() < 0.8 else rng.randint(int(target * 0.7), target)
                subs.append(_Sub(sspec, _numbering(variant.numbering, si, "sub", nrng, (pi, ki, si)), a, r, target,
                                 out_real))
            keg_out = Decimal(100) if rng.random() < 0.7 else _q(rng.uniform(85, 99.9), 1)
            if all(s.anggaran == 0 for s in subs):
                keg_out = ZERO
            kegs.append(_Keg(kspec, _numbering(variant.numbering, ki, "kegiatan", nrng, (pi, ki)), subs, keg_out))
        prog_out = Decimal(100) if rng.random() < 0.6 else _q(rng.uniform(88, 99.9), 1)
        programs.append(_Prog(pspec, _numbering(variant.numbering, pi, "program", nrng, (pi,)), kegs, prog_out,
                              key=f"p{pi}"))
    return programs


def _realisasi(ident: str, spec: cat.SasaranSpec, year: int, base: float, cap: float) -> Decimal:
    """An indicator's realisasi of one year: the same in every report of the kecamatan that prints it."""
    rng = random.Random(f"{ident}:realisasi:{spec.indikator}:{year}")
    r = base * rng.uniform(0.96, 1.02) if rng.random() < 0.6 else base
    return _q(min(cap, max(0.0, r)), spec.decimals)


def _make_plan(seed: int, kec: str, kab: str, tahun: int, variant: Variant) -> _Plan:
    """Everything the report states, before printing.

    A kecamatan is ``(seed, kabupaten, kecamatan)``: its programs, Renstra, camat and each year's budget
    and realisasi derive from that identity and the year alone, so the reports of one kecamatan for
    successive years agree with each other (last year's realisasi, next year's PK). The bupati is one
    per kabupaten.
    """
    ident = f"{seed}:{kab}:{kec}"
    life = random.Random(f"{ident}:kecamatan")
    teknis = _pick_in_order(life, cat.TEKNIS, life.randint(2, 5))
    programs = _year_programs(ident, tahun, teknis, variant)
    next_year = _year_programs(ident, tahun + 1, teknis, variant)

    start = tahun - ((tahun - 2021) % 5)
    end = start + 5
    inds: list[_Ind] = []
    for p in programs[1:]:
        s = p.spec.sasaran
        assert s is not None
        awal = life.uniform(s.lo, s.lo + (s.hi - s.lo) * 0.45)
        step = life.uniform(0.3, 1.6) if s.decimals else life.uniform(1.5, 6.0)
        cap = 100.0 if s.satuan == "%" else s.hi + 5
        target = {y: _q(min(cap, awal + step * (i + 1)), s.decimals) for i, y in enumerate(range(start, end + 1))}
        real = {y: _realisasi(ident, s, y, float(target[y]) if y in target else awal - step * (start - y), cap)
                for y in range(tahun - 3, tahun + 1)}
        inds.append(_Ind(s, p, target, _q(awal, s.decimals), real))
    sakip_awal = life.uniform(45, 58)
    sakip_step = life.uniform(1.5, 4.0)
    sakip = {y: _q(sakip_awal + sakip_step * (i + 1), 2) for i, y in enumerate(range(start, end + 1))}

    camat = _Person(_person_name(life), make_nip(life), life.choice(cat.PANGKAT), f"Camat {kec}")
    bupati = _Person(_person_name(random.Random(f"bupati:{kab}"), bupati=True), None, None, f"Bupati {kab}")
    perm = life.sample(cat.PERMASALAHAN, life.randint(3, 4))
    year = random.Random(f"{ident}:{tahun}:dates")
    kp_date = dt.date(tahun + 1, year.randint(1, 3), year.randint(1, 28))
    pk_dates = {y: dt.date(y, 1, random.Random(f"{ident}:{y}:pk").randint(2, 12)) for y in (tahun, tahun + 1)}
    pk_next = {p.key: p.anggaran for p in next_year}
    intro = year.sample(cat.INTRO, 4)
    return _Plan(kec, kab, tahun, programs, inds, sakip, _q(sakip_awal, 2), start, end, camat, bupati, kp_date,
                 pk_dates, pk_next, perm, intro)


# --- overrides: the contradictions, applied while printing --------------------------------------------


@dataclass
class _Overrides:
    values: dict[tuple, object] = field(default_factory=dict)  # (table, row key, field) -> printed value
    removed: set[tuple] = field(default_factory=set)  # (table, row key)
    injected: list[tuple[Injected, tuple]] = field(default_factory=list)  # (entry, (table, row key))

    def get(self, table: str, key: str, fld: str, default):
        return self.values.get((table, key, fld), default)


def _delta(rng: random.Random, value: Decimal) -> Decimal:
    """A plausible typo-sized change of a money value."""
    step = Decimal(10) ** rng.randint(3, max(3, min(7, len(str(int(value))) - 2)))
    return step * rng.randint(1, 9)


def _inject(plan: _Plan, rules: list[str], seed: int, variant: Variant, lbl: dict[str, str]) -> _Overrides:
    ov = _Overrides()
    touched: set[str] = set()
    t = plan.tahun
    pk_label = f"Lampiran PK {t}"
    for rule in sorted(set(rules), key=CONTRADICTIONS.index):
        rng = random.Random(f"{seed}:{t}:{rule}")
        if rule == "budget.children_sum":
            cands = [(p, k, s) for p in plan.programs for k in p.kegs for s in k.subs if s.anggaran > 0]
            p, k, s = rng.choice(cands)
            new = s.anggaran + _delta(rng, s.anggaran)
            key = f"s:{p.key}:{k.nomor}:{s.nomor}:{s.spec.name}"
            touched.update({key, f"k:{p.key}:{k.nomor}"})
            for table, style in ((lbl["rinci"], "plain"), (lbl["lampiran3"], "plain")):
                ov.values[(table, key, "anggaran")] = new
                ov.injected.append((Injected(
                    rule=rule, table=table, row=s.spec.name, field="anggaran",
                    original=money(s.anggaran, style), changed=money(new, style), flagged_row=k.spec.name,
                    expected=plain(k.anggaran - s.anggaran + new), found=plain(k.anggaran),
                ), (table, key)))
        elif rule == "budget.total_sum":
            table = lbl["realisasi"]
            new = plan.anggaran + _delta(rng, plan.anggaran)
            ov.values[(table, "total", "anggaran")] = new
            ov.injected.append((Injected(
                rule=rule, table=table, row="Total", field="anggaran", original=money(plan.anggaran, "dash"),
                changed=money(new, "dash"), expected=plain(plan.anggaran), found=plain(new),
                may_also_fire=["budget.children_sum", "cross.budget_mismatch", "text.total_alokasi"],
            ), (table, "total")))
        elif rule == "budget.persen":
            cands = [(p, k, s) for p in plan.programs for k in p.kegs for s in k.subs
                     if s.anggaran > 0 and f"k:{p.key}:{k.nomor}" not in touched]
            p, k, s = rng.choice(cands)
            right = pct(s.realisasi, s.anggaran)
            wrong = right - Decimal(rng.randint(150, 2500)) / 100 if right > 30 else right + Decimal("12.50")
            key = f"s:{p.key}:{k.nomor}:{s.nomor}:{s.spec.name}"
            table = lbl["rinci"]
            ov.values[(table, key, "persen")] = wrong
            touched.add(key)
            ov.injected.append((Injected(
                rule=rule, table=table, row=s.spec.name, field="persen", original=persen_text(right),
                changed=persen_text(wrong), expected=plain(right), found=plain(wrong),
                may_also_fire=["cross.budget_mismatch"],
            ), (table, key)))
        elif rule == "cross.budget_mismatch":
            table = lbl["realisasi"]
            p = plan.programs[0]
            d = min(_delta(rng, p.realisasi), p.realisasi)
            ov.values[(table, p.key, "realisasi")] = p.realisasi - d
            old_total = ov.get(table, "total", "realisasi", plan.realisasi)
            ov.values[(table, "total", "realisasi")] = old_total - d
            ov.injected.append((Injected(
                rule=rule, table=table, row=p.spec.name, field="realisasi", original=money(p.realisasi, "dash"),
                changed=money(p.realisasi - d, "dash"), expected=plain(p.realisasi), found=plain(p.realisasi - d),
            ), (table, p.key)))
            ov.injected.append((Injected(
                rule=rule, table=table, row="Total", field="realisasi", original=money(old_total, "dash"),
                changed=money(old_total - d, "dash"), expected=plain(plan.realisasi), found=plain(old_total - d),
            ), (table, "total")))
        elif rule in ("pk.target_mismatch", "pk.missing_indicator"):
            free = [i for i in plan.inds if f"pk:{i.prog.key}" not in touched]
            if rule == "pk.missing_indicator" and len(plan.inds) < 2:
                raise GeneratorError("pk.missing_indicator needs at least two sasaran")
            ind = rng.choice(free)
            touched.add(f"pk:{ind.prog.key}")
            key = f"ind:{ind.prog.key}"
            right = ind.target[t]
            if rule == "pk.missing_indicator":
                ov.removed.add((pk_label, key))
                ov.injected.append((Injected(
                    rule=rule, table=pk_label, row=ind.spec.indikator, field="indikator",
                    original=ind.spec.indikator, changed="", expected=ind.spec.indikator,
                ), (pk_label, key)))
                continue
            step = Decimal("2.5") if ind.spec.decimals else Decimal(rng.randint(3, 9))
            wrong = right - step if right + step > 100 and ind.spec.satuan == "%" else right + step
            ov.values[(pk_label, key, "target")] = wrong
            ov.injected.append((Injected(
                rule=rule, table=pk_label, row=ind.spec.indikator, field="target",
                original=_target_text(right, ind.spec, "pk"), changed=_target_text(wrong, ind.spec, "pk"),
                expected=plain(right), found=plain(wrong),
            ), (pk_label, key)))
        elif rule == "pk.budget_mismatch":
            p = rng.choice(plan.programs)
            d = _delta(rng, p.anggaran)
            new = p.anggaran - d if p.anggaran > d else p.anggaran + d
            ov.values[(pk_label, p.key, "anggaran")] = new
            style = _pk_style(seed, t, p.key)
            ov.injected.append((Injected(
                rule=rule, table=pk_label, row=_pk_name(p, variant), field="anggaran", original=money(p.anggaran, style),
                changed=money(new, style), expected=plain(p.anggaran), found=plain(new),
            ), (pk_label, p.key)))
            if variant.pk_total:
                tot = plan.anggaran + new - p.anggaran
                ov.values[(pk_label, "total", "anggaran")] = tot
                ov.injected.append((Injected(
                    rule=rule, table=pk_label, row="Jumlah", field="anggaran", original=money(plan.anggaran, "rp"),
                    changed=money(tot, "rp"), expected=plain(plan.anggaran), found=plain(tot),
                ), (pk_label, "total")))
        elif rule == "text.total_alokasi":
            new = plan.anggaran - _delta(rng, plan.anggaran)
            ov.values[("text", "alokasi", "anggaran")] = new
            ov.injected.append((Injected(
                rule=rule, row=lbl["anggaran_section"], field="total_alokasi",
                original=f"Rp. {thousands(plan.anggaran)},-", changed=f"Rp. {thousands(new)},-",
                expected=plain(plan.anggaran), found=plain(new),
            ), ("text", "alokasi")))
        elif rule == "text.count":
            c = plan.counts
            kind = rng.choice(["kegiatan", "sub_kegiatan"])
            right = c.kegiatan if kind == "kegiatan" else c.sub_kegiatan
            wrong = right + rng.choice([-2, -1, 1, 2, 3]) if right > 2 else right + 2
            ov.values[("text", "alokasi", f"count_{kind}")] = wrong
            ov.injected.append((Injected(
                rule=rule, row=lbl["anggaran_section"], field=f"count_{kind}",
                original=f"{right} {kind.replace('_', ' ')}", changed=f"{wrong} {kind.replace('_', ' ')}",
                expected=str(right), found=str(wrong),
            ), ("text", "alokasi")))
        elif rule == "doc.nip_mismatch":
            right = plan.camat.nip
            assert right is not None
            birth = dt.date(int(right[:4]), int(right[4:6]), int(right[6:8]))
            wrong = right
            while wrong == right:
                wrong = make_nip(rng, birth=birth)
            ov.values[("text", "kata_pengantar", "nip")] = wrong
            ov.injected.append((Injected(
                rule=rule, table=None, row="Kata Pengantar", field="nip", original=f"NIP. {nip_text(right)}",
                changed=f"NIP. {nip_text(wrong)}", flagged_row=plan.camat.name, expected=right, found=wrong,
            ), ("text", "kata_pengantar_nip")))
        elif rule == "doc.year_mismatch":
            ov.values[("text", "sampul_lampiran", "tahun")] = t - 1
            ov.injected.append((Injected(
                rule=rule, table=None, row="Sampul lampiran", field="tahun", original=f"TAHUN {t}",
                changed=f"TAHUN {t - 1}", expected=str(t), found=str(t - 1),
            ), ("text", "sampul_lampiran_tahun")))
        else:
            raise GeneratorError(f"unknown contradiction {rule!r}; known: {', '.join(CONTRADICTIONS)}")
    return ov


def _pk_style(seed: int, year: int, key: str) -> MoneyStyle:
    """How one PK budget line prints its amount ("Rp. 1.234", "Rp 1.234", "Rp . 1.234")."""
    return random.Random(f"{seed}:pk:{year}:{key}").choice(["rp", "rp", "rp", "rp_space", "rp_dot_space"])


def _pk_name(prog: _Prog, variant: Variant) -> str:
    return prog.spec.name if variant.pk_program_prefix else prog.spec.name.removeprefix("Program ")


def _target_text(v: Decimal, spec: cat.SasaranSpec, where: Literal["pk", "table"]) -> str:
    s = decimal_text(v, spec.decimals)
    if spec.satuan == "%":
        return s + (" %" if where == "table" else "%")
    return s


# --- printing ---------------------------------------------------------------------------------------


@dataclass
class _P:
    text: str
    bold: bool = False
    key: str | None = None
    recs: list = field(default_factory=list)
    rec_offset: int = 0  # records stand on this line of the paragraph (0 = first)


@dataclass
class _R:
    cells: list[str]
    header: bool = False
    key: tuple | None = None
    recs: list = field(default_factory=list)


@dataclass
class _T:
    label: str | None
    rows: list[_R]
    repeat_every: int = 0


class _Printer:
    def __init__(self, plan: _Plan, variant: Variant, ov: _Overrides, rng: random.Random, seed: int):
        self.p, self.v, self.ov, self.rng, self.seed = plan, variant, ov, rng, seed
        self.blocks: list[_P | _T] = []
        self.truth = Truth(
            seed=seed,
            variant=variant,
            meta=ReportMeta(),
            counts=plan.counts,
        )
        self.words = cat.SECTIONS_ALT if variant.section_wording == "alternative" else cat.SECTIONS_STD
        self.labels = labels(variant)

    # helpers
    def para(self, text: str, bold: bool = False, key: str | None = None, recs: list | None = None,
             rec_offset: int = 0) -> None:
        self.blocks.append(_P(text, bold, key, recs or [], rec_offset))

    def caption(self, label: str, title: str) -> None:
        if self.v.missing_caption == label:
            return
        self.truth.captions.append(label)
        text = f"{label} {title}"
        if self.v.wrap_captions and len(text) > 70 and " Kabupaten " in text:
            head, _, tail = text.rpartition(" Kabupaten ")
            text = f"{head}\n Kabupaten {tail}".replace("\n ", "\n")
        self.para(text)

    def ang(self) -> str:
        return "Pagu" if self.v.pagu else "Anggaran"

    def order(self, triple: list[str]) -> list[str]:
        return [triple[i] for i in _ORDER[self.v.column_order]]

    # the report, front to back
    def build(self) -> None:
        p = self.p
        kec_up, kab_up = p.kec.upper(), p.kab.upper()
        self.para(f"PEMERINTAH KABUPATEN {kab_up}\nKECAMATAN {kec_up}", bold=True)
        self.para("LAPORAN KINERJA\nINSTANSI PEMERINTAH\n(LKjIP)", bold=True)
        self.para(f"KECAMATAN {kec_up}\nTAHUN {p.tahun}", bold=True,
                  recs=[YearMention(context="Sampul", tahun=p.tahun, raw=f"TAHUN {p.tahun}")])
        self.front_matter()
        self.kata_pengantar()
        self.bab1()
        self.bab2()
        self.bab3()
        self.bab4()
        self.lampiran()

    def front_matter(self) -> None:
        w = self.words
        self.para("DAFTAR ISI")
        rows = [_R(["", "Halaman"], header=True)]
        page = 1
        for title in ("KATA PENGANTAR", f"BAB I {w['bab1']}", f"BAB II {w['bab2']}", f"BAB III {w['bab3']}",
                      f"BAB IV {w['bab4']}", "LAMPIRAN"):
            rows.append(_R([title, str(page) if page > 1 else "i"]))
            page += self.rng.randint(2, 8)
        self.blocks.append(_T(None, rows))
        self.para("DAFTAR TABEL")
        rows = [_R(["", "Halaman"], header=True)]
        page = 3
        for label, title in self.caption_titles().items():
            rows.append(_R([f"{label} {title}", str(page)]))
            page += self.rng.randint(0, 2)
        self.blocks.append(_T(None, rows))
        self.para("DAFTAR LAMPIRAN")
        t = self.p.tahun
        self.blocks.append(_T(None, [
            _R(["Lampiran 1", f"Perjanjian Kinerja Tahun {t} (PK {t})"]),
            _R(["Lampiran 2", f"Perjanjian Kinerja Tahun {t + 1} (PK {t + 1})"]),
            _R(["Lampiran 3", "Pelaksanaan Program dan Kegiatan"]),
        ]))

    def caption_titles(self) -> dict[str, str]:
        p = self.p
        who = f"Kecamatan {p.kec} Kabupaten {p.kab}"
        alt = self.v.section_wording == "alternative"
        return {
            "Tabel 1.1": "Pemetaan Permasalahan Perangkat Daerah",
            "Tabel 1.2": f"{'Pohon Kinerja' if alt else 'Cascading Kinerja'} {who} Tahun {p.tahun}",
            "Tabel 2.1": f"Tujuan, Sasaran dan Target Renstra {who} Tahun {p.start}-{p.end}",
            "Tabel 2.2": f"Sasaran, Indikator dan Target Kinerja Tahun {p.tahun}",
            "Tabel 2.3": f"Program dan {self.ang()} Tahun {p.tahun}",
            "Tabel 3.1": f"Capaian Kinerja Sasaran Tahun {p.tahun}",
            "Tabel 3.2": "Perbandingan Realisasi Kinerja dengan Tahun-Tahun Sebelumnya",
            "Tabel 3.3": "Perbandingan Realisasi Kinerja dengan Target Akhir Renstra",
            "Tabel 3.4": f"Capaian Kinerja dan Anggaran Tahun {p.tahun}",
            "Tabel 3.5": "Efisiensi Penggunaan Sumber Daya",
            "Tabel 3.6": (f"Realisasi Belanja per Program {who} Tahun {p.tahun}" if alt
                          else f"Realisasi Anggaran {who} Tahun {p.tahun}"),
            "Tabel 3.7": (f"Rincian Realisasi Anggaran per Kegiatan dan Sub Kegiatan {who} Tahun {p.tahun}" if alt
                          else f"Penyerapan Anggaran per Kegiatan {who} Tahun {p.tahun}"),
        }

    def signed_jabatan(self) -> str:
        """The camat's jabatan as a signature block prints it, above the name ("CAMAT SUKAMAJU")."""
        return f"CAMAT {self.p.kec.upper()}"

    def signer_block(self, nip: str, key: str | None = None, recs: list | None = None, nip_word: str = "NIP.") -> None:
        c = self.p.camat
        self.para(f"{self.signed_jabatan()}\n{c.name}\n{c.pangkat}\n{nip_word} {nip_text(nip)}", key=key,
                  recs=recs, rec_offset=1)

    def kata_pengantar(self) -> None:
        p = self.p
        inst = f"Kecamatan {p.kec}"
        self.para("KATA PENGANTAR")
        self.para(f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja "
                  f"Instansi Pemerintah (LKjIP) {inst} Tahun {p.tahun} dapat diselesaikan tepat waktu.")
        for s in p.intro[:2]:
            self.para(s.format(instansi=inst, tahun=p.tahun, kabupaten=p.kab))
        self.para(f"{p.kab}, {tanggal(p.kp_date)}")
        nip = self.ov.get("text", "kata_pengantar", "nip", p.camat.nip)
        sig = Signatory(context="Kata Pengantar", role="penandatangan", name=p.camat.name,
                        jabatan=self.signed_jabatan(), pangkat=p.camat.pangkat, nip=nip, nip_raw=nip_text(nip),
                        date=p.kp_date)
        self.truth.signatories.append(sig)
        self.truth.meta = ReportMeta(
            instansi=inst, kabupaten=p.kab, tahun=p.tahun, signer_name=p.camat.name, signer_nip=nip,
            signer_jabatan=self.signed_jabatan(), signing_date=p.kp_date,
            title=f"Laporan Kinerja Instansi Pemerintah (LKjIP) {inst} Tahun {p.tahun}",
        )
        self.signer_block(nip, key="kata_pengantar_nip", recs=[sig])

    def bab_heading(self, roman_no: str, title: str) -> None:
        if self.v.section_wording == "alternative":
            self.para(f"BAB {roman_no}\n{title}", bold=True)
        else:
            self.para(f"BAB\n{roman_no}", bold=True)
            self.para(title)

    def bab1(self) -> None:
        p, w = self.p, self.words
        inst = f"Kecamatan {p.kec}"
        self.bab_heading("I", w["bab1"])
        self.para(w["umum"])
        for s in p.intro[2:]:
            self.para(s.format(instansi=inst, tahun=p.tahun, kabupaten=p.kab))
        self.para(w["isu"])
        self.para("Permasalahan utama yang dihadapi dalam pelaksanaan tugas dan fungsi kecamatan dipetakan "
                  "menjadi masalah, pokok masalah dan akar masalah sebagai berikut:")
        label = "Tabel 1.1"
        self.caption(label, self.caption_titles()[label])
        rows = [_R(["No", "Masalah", "Pokok Masalah", "Akar Masalah"], header=True)]
        for i, (masalah, pokok, internal, eksternal) in enumerate(p.permasalahan, start=1):
            akar = f"Faktor Internal: {internal} Faktor Eksternal: {eksternal}"
            rec = Permasalahan(no=f"{i}.", masalah=masalah, pokok_masalah=pokok, akar_masalah=akar,
                               akar_masalah_internal=internal, akar_masalah_eksternal=eksternal,
                               source=Provenance(table=label))
            self.truth.permasalahan.append(rec)
            rows.append(_R([f"{i}.", masalah, pokok, akar], recs=[rec]))
        self.blocks.append(_T(label, rows))
        self.para(w["cascading"])
        self.para(f"Kinerja {inst} diturunkan secara berjenjang dari tujuan dan sasaran Renstra sampai dengan "
                  "indikator sub kegiatan sebagaimana tabel berikut:")
        label = "Tabel 1.2"
        self.caption(label, self.caption_titles()[label])
        names = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
                 "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
        rows = [_R(names, header=True), _R([str(i) for i in range(1, 12)], header=True)]
        n = 0
        for gi, ind in enumerate(p.inds, start=1):
            prog = ind.prog
            first_prog = True
            for k in prog.kegs:
                first_keg = True
                for s in k.subs:
                    n += 1
                    full = [ind.spec.tujuan, ind.spec.indikator, ind.spec.sasaran, ind.spec.indikator,
                            prog.spec.name.upper(), prog.spec.indicator, k.spec.name, k.spec.indicator,
                            s.spec.name, s.spec.output]
                    shown = list(full)
                    if not first_prog:
                        shown[:6] = [""] * 6
                    if not first_keg:
                        shown[6:8] = [""] * 2
                    rec = CascadingRow(row_no=n, **dict(zip(_CASCADE_FIELDS, full, strict=True)),
                                       source=Provenance(table=label))
                    self.truth.cascading.append(rec)
                    rows.append(_R([str(gi) if first_prog else "", *shown], recs=[rec]))
                    first_prog = first_keg = False
        self.blocks.append(_T(label, rows))

    def bab2(self) -> None:
        p, w = self.p, self.words
        t = p.tahun
        inst = f"Kecamatan {p.kec}"
        self.bab_heading("II", w["bab2"])
        self.para(w["renstra"])
        self.para(f"Rencana Strategis {inst} Tahun {p.start}-{p.end} memuat tujuan, sasaran, indikator dan target "
                  "kinerja yang akan dicapai selama periode perencanaan, sebagaimana tabel berikut:")
        label = "Tabel 2.1"
        self.caption(label, self.caption_titles()[label])
        years = list(range(p.start, p.end + 1))
        ny = len(years)
        rows = [
            _R(["Misi", "Tujuan / Sasaran", "Indikator", f"Kondisi Awal ({p.start - 1})", "Target", *[""] * (ny - 1),
                f"Kondisi Akhir ({p.end})"], header=True),
            _R(["", "", "", "", *[str(y) for y in years], ""], header=True),
            _R([str(i) for i in range(1, ny + 6)], header=True),
        ]
        # no Satuan column and no unit in the cells: the records carry no satuan
        satuan = None
        entries: list[tuple[str, str, str, Decimal, dict[int, Decimal], int]] = [
            ("1", cat.SAKIP_TUJUAN, cat.SAKIP_INDIKATOR, p.sakip_awal, p.sakip, 2)
        ]
        for i, ind in enumerate(p.inds, start=2):
            entries.append((str(i), ind.spec.sasaran, ind.spec.indikator, ind.awal, ind.target, ind.spec.decimals))
        for misi, sasaran, indikator, awal, targets, dec in entries:
            recs = [RenstraTarget(misi=misi, sasaran=sasaran, indikator=indikator, tahun=p.start - 1,
                                  jenis="kondisi_awal", target=awal, target_text=decimal_text(awal, dec),
                                  satuan=satuan, source=Provenance(table=label))]
            for y in years:
                recs.append(RenstraTarget(misi=misi, sasaran=sasaran, indikator=indikator, tahun=y, jenis="target",
                                          target=targets[y], target_text=decimal_text(targets[y], dec), satuan=satuan,
                                          source=Provenance(table=label)))
            recs.append(RenstraTarget(misi=misi, sasaran=sasaran, indikator=indikator, tahun=p.end,
                                      jenis="kondisi_akhir", target=targets[p.end],
                                      target_text=decimal_text(targets[p.end], dec), satuan=satuan,
                                      source=Provenance(table=label)))
            self.truth.renstra_targets.extend(recs)
            rows.append(_R([misi, sasaran, indikator, *[r.target_text or "" for r in recs]], recs=recs))
        self.blocks.append(_T(label, rows))

        self.para(w["pk"].format(tahun=t))
        self.para(f"Renstra dijabarkan setiap tahun ke dalam Rencana Kerja dan Perjanjian Kinerja. Sasaran, indikator "
                  f"dan target kinerja {inst} Tahun {t} adalah sebagai berikut:")
        label = "Tabel 2.2"
        self.caption(label, self.caption_titles()[label])
        rows = [_R(["No.", "Sasaran", "Indikator", "Target"], header=True)]
        for i, ind in enumerate(p.inds, start=1):
            tt = _target_text(ind.target[t], ind.spec, "table")
            rec = Performance(source_table=label, sasaran=ind.spec.sasaran, indikator=ind.spec.indikator, tahun=t,
                              target=ind.target[t], target_text=tt, satuan="%" if tt.endswith("%") else None,
                              source=Provenance(table=label))
            self.truth.performance.append(rec)
            rows.append(_R([str(i), ind.spec.sasaran, ind.spec.indikator, tt], recs=[rec]))
        self.blocks.append(_T(label, rows))
        self.para(f"Dokumen Perjanjian Kinerja {inst} Tahun {t} selengkapnya terdapat pada Lampiran-1.")
        c = p.counts
        total = p.anggaran
        claims = [
            NarrativeClaim(kind="total_alokasi", value=total, raw=f"sebesar Rp {thousands(total)},-"),
            NarrativeClaim(kind="count_kegiatan", value=Decimal(c.kegiatan), raw=f"{c.kegiatan} kegiatan"),
            NarrativeClaim(kind="count_sub_kegiatan", value=Decimal(c.sub_kegiatan), raw=f"{c.sub_kegiatan} sub kegiatan"),
            NarrativeClaim(kind="count_program", value=Decimal(c.program), raw=f"{c.program} program"),
        ]
        self.truth.claims.extend(claims)
        self.para(f"Untuk mewujudkan kinerja tersebut, {inst} mendapat dukungan anggaran dari APBD sebesar "
                  f"Rp {thousands(total)},- yang digunakan untuk melaksanakan {c.kegiatan} kegiatan dan "
                  f"{c.sub_kegiatan} sub kegiatan yang terangkum dalam {c.program} program sebagai berikut:",
                  recs=claims)
        label = self.labels["program"]
        self.caption(label, self.caption_titles()[label])
        rows = [_R(["Program", f"{self.ang()} (Rp.)"], header=True)]
        for n, prog in enumerate(p.programs, start=1):
            rec = BudgetLine(source_table=label, line_no=n, level="program", parent_line_no=len(p.programs) + 1,
                             uraian=prog.spec.name, anggaran=prog.anggaran, source=Provenance(table=label))
            self.truth.budget_lines.append(rec)
            rows.append(_R([prog.spec.name, money(prog.anggaran)], recs=[rec]))
        rec = BudgetLine(source_table=label, line_no=len(p.programs) + 1, level="total", uraian="Jumlah",
                         anggaran=total, source=Provenance(table=label))
        self.truth.budget_lines.append(rec)
        rows.append(_R(["Jumlah", money(total)], recs=[rec]))
        self.blocks.append(_T(label, rows))
        self.para("Rincian anggaran per kegiatan dan sub kegiatan terdapat pada Lampiran-3.")

    def bab3(self) -> None:
        p, w = self.p, self.words
        t = p.tahun
        inst = f"Kecamatan {p.kec}"
        self.bab_heading("III", w["bab3"])
        self.para(w["capaian"])
        self.para("Pengukuran capaian kinerja dilakukan dengan membandingkan target setiap indikator sasaran dalam "
                  "Perjanjian Kinerja dengan realisasinya. Capaian dihitung sebagai realisasi dibagi target dikali "
                  "seratus persen.")
        label = "Tabel 3.1"
        self.caption(label, self.caption_titles()[label])
        rows = [
            _R(["No", "Sasaran", "", "Satuan", f"Realisasi Tahun {t - 1}", f"Tahun {t}", "", f"Capaian Tahun {t}"],
               header=True),
            _R(["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""], header=True),
        ]
        for i, ind in enumerate(p.inds, start=1):
            s, d = ind.spec, ind.spec.decimals
            cap = pct(ind.real[t], ind.target[t])
            prev = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, satuan=s.satuan,
                               tahun=t - 1, realisasi=ind.real[t - 1], realisasi_text=decimal_text(ind.real[t - 1], d),
                               source=Provenance(table=label))
            cur = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, satuan=s.satuan,
                              tahun=t, target=ind.target[t], target_text=decimal_text(ind.target[t], d),
                              realisasi=ind.real[t], realisasi_text=decimal_text(ind.real[t], d), capaian=cap,
                              capaian_text=persen_text(cap, "short"), source=Provenance(table=label))
            self.truth.performance.extend([prev, cur])
            rows.append(_R([str(i), s.sasaran, s.indikator, s.satuan, prev.realisasi_text or "", cur.target_text or "",
                            cur.realisasi_text or "", cur.capaian_text or ""], recs=[prev, cur]))
        self.blocks.append(_T(label, rows))
        self.para("Secara umum capaian kinerja sasaran berada pada kategori baik. Faktor pendukung capaian tersebut "
                  "antara lain komitmen aparatur dan dukungan pemerintah desa, sedangkan penghambatnya adalah "
                  "keterbatasan sarana dan sumber daya manusia.")

        label = "Tabel 3.2"
        self.caption(label, self.caption_titles()[label])
        years = list(range(t - 3, t + 1))
        rows = [
            _R(["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "", "", ""], header=True),
            _R(["", "", str(t), *[str(y) for y in years]], header=True),
            _R([f"({i})" for i in range(1, 8)], header=True),
        ]
        for ind in p.inds:
            s, d = ind.spec, ind.spec.decimals
            recs = []
            for y in years:
                recs.append(Performance(
                    source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=y,
                    target=ind.target[t] if y == t else None,
                    target_text=decimal_text(ind.target[t], d) if y == t else None,
                    realisasi=ind.real[y], realisasi_text=decimal_text(ind.real[y], d), source=Provenance(table=label)))
            self.truth.performance.extend(recs)
            rows.append(_R([s.sasaran, s.indikator, decimal_text(ind.target[t], d),
                            *[decimal_text(ind.real[y], d) for y in years]], recs=recs))
        self.blocks.append(_T(label, rows))

        label = "Tabel 3.3"
        self.caption(label, self.caption_titles()[label])
        rows = [
            _R(["SASARAN STRATEGIS", "INDIKATOR KINERJA", f"TARGET AKHIR RENSTRA (TAHUN {p.end})",
                f"REALISASI TAHUN {t}", "TINGKAT KEMAJUAN (%)"], header=True),
            _R([f"({i})" for i in range(1, 6)], header=True),
        ]
        for ind in p.inds:
            s, d = ind.spec, ind.spec.decimals
            kem = pct(ind.real[t], ind.target[p.end])
            end = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=p.end,
                              target=ind.target[p.end], target_text=decimal_text(ind.target[p.end], d),
                              source=Provenance(table=label))
            rec = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=t,
                              realisasi=ind.real[t], realisasi_text=decimal_text(ind.real[t], d), capaian=kem,
                              capaian_text=persen_text(kem, "short"), source=Provenance(table=label))
            self.truth.performance.extend([end, rec])  # p.end > t: the Renstra runs past the report year
            rows.append(_R([s.sasaran, s.indikator, end.target_text or "", rec.realisasi_text or "",
                            rec.capaian_text or ""], recs=[end, rec]))
        self.blocks.append(_T(label, rows))

        self.para("Hubungan antara capaian kinerja dan penggunaan anggaran per sasaran disajikan pada tabel berikut:")
        label = "Tabel 3.4"
        self.caption(label, self.caption_titles()[label])
        rows = [
            _R(["Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "Biaya", "", ""], header=True),
            _R(["", "", "Target", "Realisasi", "%", f"{self.ang()} (Rp)", "Realisasi (Rp)", "%"], header=True),
            _R([str(i) for i in range(1, 9)], header=True),
        ]
        eff_rows = []
        for ind in p.inds:
            s, d = ind.spec, ind.spec.decimals
            cap = pct(ind.real[t], ind.target[t])
            a, r = ind.prog.anggaran, ind.prog.realisasi
            ser = pct(r, a)
            rec = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=t,
                              target=ind.target[t], target_text=decimal_text(ind.target[t], d),
                              realisasi=ind.real[t], realisasi_text=decimal_text(ind.real[t], d), capaian=cap,
                              capaian_text=persen_text(cap, "short"), anggaran=a, realisasi_anggaran=r, serapan=ser,
                              source=Provenance(table=label))
            self.truth.performance.append(rec)
            rows.append(_R([s.sasaran, s.indikator, rec.target_text or "", rec.realisasi_text or "",
                            rec.capaian_text or "", money(a, "dash"), money(r, "dash"), persen_text(ser)],
                           recs=[rec]))
            eff_rows.append((ind, cap, ser))
        self.blocks.append(_T(label, rows))

        label = "Tabel 3.5"
        self.caption(label, self.caption_titles()[label])
        rows = [
            _R(["Sasaran Strategis", "Indikator Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran",
                "Tingkat Efisiensi"], header=True),
            _R([str(i) for i in range(1, 6)], header=True),
        ]
        for ind, cap, ser in eff_rows:
            eff = (cap / ser).quantize(CENT, rounding=ROUND_HALF_UP) if ser else ZERO
            rec = Performance(source_table=label, sasaran=ind.spec.sasaran, indikator=ind.spec.indikator, tahun=t,
                              capaian=cap, capaian_text=persen_text(cap, "short") + "%", serapan=ser,
                              efisiensi=eff, source=Provenance(table=label))
            self.truth.performance.append(rec)
            rows.append(_R([ind.spec.sasaran, ind.spec.indikator, rec.capaian_text or "", persen_text(ser, "sign"),
                            decimal_text(eff, 2)], recs=[rec]))
        self.blocks.append(_T(label, rows))
        self.para("Tingkat efisiensi dihitung dengan membandingkan persentase capaian kinerja dengan persentase "
                  "penyerapan anggaran; nilai di atas satu menunjukkan penggunaan sumber daya yang efisien.")

        # B. realisasi anggaran
        self.para(w["anggaran"])
        c = p.counts
        total = self.ov.get("text", "alokasi", "anggaran", p.anggaran)
        nk = self.ov.get("text", "alokasi", "count_kegiatan", c.kegiatan)
        ns = self.ov.get("text", "alokasi", "count_sub_kegiatan", c.sub_kegiatan)
        claims = [
            NarrativeClaim(kind="total_alokasi", value=total, raw=f"sebesar Rp. {thousands(total)},-"),
            NarrativeClaim(kind="count_kegiatan", value=Decimal(nk), raw=f"{nk} kegiatan"),
            NarrativeClaim(kind="count_sub_kegiatan", value=Decimal(ns), raw=f"{ns} sub kegiatan"),
            NarrativeClaim(kind="count_program", value=Decimal(c.program), raw=f"{c.program} program"),
        ]
        self.truth.claims.extend(claims)
        if self.v.section_wording == "alternative":
            sentence = (f"Pada Tahun Anggaran {t}, {inst} memperoleh alokasi dana sebesar Rp. {thousands(total)},- "
                        f"yang digunakan untuk membiayai {c.program} program, {nk} kegiatan dan {ns} sub kegiatan "
                        f"yang dilaksanakan oleh seluruh unit kerja di lingkungan {inst}.")
        else:
            sentence = (f"Untuk melaksanakan tugas pokok dan fungsinya, {inst} pada Tahun Anggaran {t} mendapat "
                        f"alokasi dana sebesar Rp. {thousands(total)},- yang dipergunakan untuk membiayai {nk} "
                        f"kegiatan dan {ns} sub kegiatan dari {c.program} program yang dilaksanakan oleh seluruh "
                        f"unit kerja di {inst} Kabupaten {p.kab}.")
        self.para(sentence, key="alokasi", recs=claims)
        self.para(f"Realisasi belanja {inst} Tahun {t} per program adalah sebagai berikut:")
        self.realisasi_table()
        self.para("Sedangkan anggaran, realisasi dan tingkat penyerapan per kegiatan dan sub kegiatan disajikan dalam "
                  "tabel berikut:")
        label = self.labels["rinci"]
        self.caption(label, self.caption_titles()[label])
        self.rinci_table(label, output=False)
        self.para("Penyerapan anggaran yang tidak mencapai seratus persen sebagian besar berasal dari sisa pengadaan "
                  "dan efisiensi belanja perjalanan dinas, tanpa mengurangi capaian kinerja sasaran.")

    def realisasi_table(self) -> None:
        p = self.p
        label = self.labels["realisasi"]
        self.caption(label, self.caption_titles()[label])
        rows = [_R(["Program", *self.order([self.ang(), "Realisasi", "%"])], header=True)]
        for n, prog in enumerate(p.programs, start=1):
            a = self.ov.get(label, prog.key, "anggaran", prog.anggaran)
            r = self.ov.get(label, prog.key, "realisasi", prog.realisasi)
            rec = BudgetLine(source_table=label, line_no=n, level="program", parent_line_no=len(p.programs) + 1,
                             uraian=prog.spec.name, anggaran=a, realisasi=r, persen=pct(r, a),
                             source=Provenance(table=label))
            self.truth.budget_lines.append(rec)
            rows.append(_R([prog.spec.name, *self.order([money(a, "dash"), money(r, "dash"),
                                                         persen_text(pct(r, a), "sign")])],
                           key=(label, prog.key), recs=[rec]))
        a = self.ov.get(label, "total", "anggaran", p.anggaran)
        r = self.ov.get(label, "total", "realisasi", p.realisasi)
        rec = BudgetLine(source_table=label, line_no=len(p.programs) + 1, level="total", uraian="Total",
                         anggaran=a, realisasi=r, persen=pct(r, a), source=Provenance(table=label))
        self.truth.budget_lines.append(rec)
        rows.append(_R(["Total", *self.order([money(a, "dash"), money(r, "dash"), persen_text(pct(r, a), "sign")])],
                       key=(label, "total"), recs=[rec]))
        self.blocks.append(_T(label, rows))

    def rinci_table(self, label: str, *, output: bool) -> None:
        """Tabel 3.7 (``output=False``) or Lampiran 3 (with output columns)."""
        p, v = self.p, self.v
        ang = self.ang().upper()
        head1 = ["NO", "URAIAN", ang, "", ""]
        head2 = ["", "", *self.order([ang, "REALISASI", "%"])]
        if output:
            head1 += ["OUTPUT/KELUARAN", "", "", ""]
            head2 += ["URAIAN", "TARGET", "REALISASI", "%"]
        rows = [_R(head1, header=True), _R(head2, header=True)]
        n = 0
        lines: list[BudgetLine] = []

        def add(nomor: str, uraian: str, level: str, parent: int | None, key: str, a: Decimal, r: Decimal,
                style: MoneyStyle, out: tuple[str, str, str, str] | None, out_vals=None) -> int:
            nonlocal n
            n += 1
            a = self.ov.get(label, key, "anggaran", a)
            r = self.ov.get(label, key, "realisasi", r)
            right = pct(r, a)
            shown = self.ov.get(label, key, "persen", right)
            rec = BudgetLine(source_table=label, line_no=n, level=level, parent_line_no=parent,
                             nomor=nomor or None, uraian=uraian, anggaran=a, realisasi=r, persen=shown,
                             source=Provenance(table=label))
            cells = [nomor, uraian, *self.order([money(a, style), money(r, style), persen_text(shown)])]
            if output:
                o = out or ("", "", "", "")
                cells += list(o)
                if out_vals is not None:
                    (rec.output_uraian, rec.output_target, rec.output_target_text, rec.output_realisasi,
                     rec.output_realisasi_text, rec.output_satuan, rec.output_persen) = out_vals
            lines.append(rec)
            rows.append(_R(cells, key=(label, key), recs=[rec]))
            return n

        parent_all = None
        if v.belanja_row:
            # a single BELANJA row is a total (the extractor's convention: "belanja" is for BTL + BL groups)
            parent_all = add("", "BELANJA LANGSUNG", "total", None, "belanja", p.anggaran, p.realisasi, "dec", None)
        for prog in p.programs:
            pn = add(prog.nomor, prog.spec.name.upper() if v.program_upper else prog.spec.name, "program",
                     parent_all, prog.key, prog.anggaran, prog.realisasi, "dec",
                     *self.output_pct(prog.spec.indicator, prog.out_real))
            for k in prog.kegs:
                kn = add(k.nomor, k.spec.name, "kegiatan", pn, f"k:{prog.key}:{k.nomor}", k.anggaran, k.realisasi,
                         "dec", *self.output_pct(k.spec.indicator, k.out_real))
                for s in k.subs:
                    add(s.nomor, s.spec.name, "sub_kegiatan", kn, f"s:{prog.key}:{k.nomor}:{s.nomor}:{s.spec.name}",
                        s.anggaran, s.realisasi, "plain", *self.output_count(s))
        total_no = add("", "JUMLAH", "total", None, "jumlah", p.anggaran, p.realisasi, "dec", None)
        if parent_all is None:  # no BELANJA row: the closing total is the programs' parent
            for rec in lines:
                if rec.level == "program":
                    rec.parent_line_no = total_no
        # the closing row prints its label in the first cell with an empty URAIAN, as exports do
        last = rows[-1]
        last.cells[0], last.cells[1] = "JUMLAH", ""
        self.truth.budget_lines.extend(lines)
        self.blocks.append(_T(label, rows, repeat_every=v.repeat_every if v.repeat_header else 0))

    def _out_pct_text(self, d: Decimal) -> str:
        point = "." if self.v.output_decimal_point else ","
        return decimal_text(d, 2, point=point, strip=True)

    def output_pct(self, uraian: str, real: Decimal):
        target = Decimal(100) if real > 0 else ZERO
        tt, rt = f"{self._out_pct_text(target)}%", f"{self._out_pct_text(real)}%"
        per = pct(real, target)
        cells = (uraian, tt, rt, self._out_pct_text(per))
        return cells, (uraian, target, tt, real, rt, "%", per)

    def output_count(self, s: _Sub):
        tt, rt = f"{thousands(s.out_target)} {s.spec.satuan}", f"{thousands(s.out_real)} {s.spec.satuan}"
        per = pct(Decimal(s.out_real), Decimal(s.out_target))
        cells = (s.spec.output, tt, rt, self._out_pct_text(per))
        return cells, (s.spec.output, Decimal(s.out_target), tt, Decimal(s.out_real), rt, s.spec.satuan, per)

    def bab4(self) -> None:
        p = self.p
        self.bab_heading("IV", self.words["bab4"])
        self.para(f"Laporan Kinerja Instansi Pemerintah Kecamatan {p.kec} Tahun {p.tahun} menggambarkan capaian "
                  "kinerja sasaran dan penggunaan anggaran selama satu tahun. Hasil evaluasi atas capaian tersebut "
                  "menjadi bahan perbaikan perencanaan dan pelaksanaan kegiatan pada tahun berikutnya.")
        self.para("Kritik dan saran yang membangun sangat kami harapkan untuk penyempurnaan laporan di masa "
                  "mendatang.")

    def lampiran(self) -> None:
        p = self.p
        self.para("LAMPIRAN")
        year = self.ov.get("text", "sampul_lampiran", "tahun", p.tahun)
        ym = YearMention(context="Sampul lampiran", tahun=year, raw=f"TAHUN {year}")
        self.truth.year_mentions.append(ym)
        self.para(f"KECAMATAN {p.kec.upper()}\nKABUPATEN {p.kab.upper()}\nTAHUN {year}", bold=True,
                  key="sampul_lampiran_tahun", recs=[ym])
        self.pk(p.tahun)
        self.pk(p.tahun + 1)
        label = self.labels["lampiran3"]
        title = (f"PELAKSANAAN PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN ANGGARAN {p.tahun}"
                 if self.v.section_wording == "alternative" else f"PELAKSANAAN PROGRAM DAN KEGIATAN TA. {p.tahun}")
        self.para(f"{title}\nKECAMATAN {p.kec.upper()} KABUPATEN {p.kab.upper()}", bold=True)
        self.rinci_table(label, output=True)
        self.para(f"{p.kab}, {tanggal(p.kp_date)}")
        sig = Signatory(context="Lampiran 3", role="penandatangan", name=p.camat.name, jabatan=self.signed_jabatan(),
                        pangkat=p.camat.pangkat, nip=p.camat.nip, nip_raw=nip_text(p.camat.nip or ""),
                        date=p.kp_date)
        self.truth.signatories.append(sig)
        self.signer_block(p.camat.nip or "", recs=[sig])

    def pk(self, year: int) -> None:
        p, v = self.p, self.v
        label = f"Lampiran PK {year}"
        c, b = p.camat, p.bupati
        nip_word = self.rng.choice(["NIP.", "Nip."])
        date = p.pk_dates[year]
        ym = YearMention(context="PK", tahun=year, raw=f"PERJANJIAN KINERJA TAHUN {year}")
        self.truth.year_mentions.append(ym)
        self.para(f"PERJANJIAN KINERJA TAHUN {year}", recs=[ym])
        self.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
                  "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
        self.para(f"Nama : {c.name}\nJabatan : {c.jabatan}\nSelanjutnya disebut pihak pertama")
        self.para(f"Nama : {b.name}\nJabatan : {b.jabatan}\nSelaku atasan pihak pertama, selanjutnya disebut pihak "
                  "kedua")
        self.para("Pihak pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini. Pihak kedua "
                  "akan melakukan supervisi serta evaluasi terhadap capaian kinerja dari perjanjian ini.")
        self.para(f"{p.kab}, {tanggal(date)}")
        first = Signatory(context=f"PK {year}", role="pihak_pertama", name=c.name, jabatan=self.signed_jabatan(),
                          pangkat=c.pangkat, nip=c.nip, nip_raw=nip_text(c.nip or ""), date=date)
        second = Signatory(context=f"PK {year}", role="pihak_kedua", name=b.name, jabatan=b.jabatan, date=date)
        self.truth.signatories.extend([first, second])
        self.para(f"Pihak Kedua\nBUPATI {p.kab.upper()},")
        self.para(b.name, recs=[second])
        self.para(f"Pihak Pertama\n{self.signed_jabatan()}")
        self.para(f"{c.name}\n{c.pangkat}\n{nip_word} {nip_text(c.nip or '')}", recs=[first])

        pk = PerjanjianKinerja(tahun=year, label=label, date=date, signatories=[first, second])
        self.para(f"LAMPIRAN PERJANJIAN KINERJA TAHUN {year}\nKECAMATAN {p.kec.upper()} KABUPATEN {p.kab.upper()}",
                  bold=True)
        if year > p.tahun and v.pk_tujuan:
            value = p.sakip[year]
            grade = next(g for lo, g in cat.SAKIP_GRADES if value >= lo)
            text = f"{grade} ({decimal_text(value, 2, strip=True)})"
            rec = PKTarget(level="tujuan", sasaran=cat.SAKIP_TUJUAN, indikator=cat.SAKIP_INDIKATOR, target=value,
                           target_text=text, note=grade, source=Provenance(table=label))
            pk.targets.append(rec)
            self.blocks.append(_T(label, [
                _R(["No.", "Tujuan", "Indikator Kinerja", "Target"], header=True),
                _R(["(1)", "(2)", "(3)", "(4)"], header=True),
                _R(["1.", cat.SAKIP_TUJUAN, cat.SAKIP_INDIKATOR, text], recs=[rec]),
            ]))
        rows = [_R(["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"], header=True),
                _R(["1", "2", "3", "4"], header=True)]
        for i, ind in enumerate(p.inds, start=1):
            key = f"ind:{ind.prog.key}"
            if (label, key) in self.ov.removed:
                continue
            value = self.ov.get(label, key, "target", ind.target[year])
            text = _target_text(value, ind.spec, "pk")
            rec = PKTarget(level="sasaran", sasaran=ind.spec.sasaran, indikator=ind.spec.indikator, target=value,
                           target_text=text, satuan="%" if ind.spec.satuan == "%" else None,
                           source=Provenance(table=label))
            pk.targets.append(rec)
            rows.append(_R([str(i), ind.spec.sasaran, ind.spec.indikator, text], key=(label, key), recs=[rec]))
        self.blocks.append(_T(label, rows))
        rows = [_R(["", "Program", "Anggaran", "Keterangan"], header=True)]
        for i, prog in enumerate(p.programs, start=1):
            base = prog.anggaran if year == p.tahun else p.pk_next_budget[prog.key]
            value = self.ov.get(label, prog.key, "anggaran", base)
            name = _pk_name(prog, v)
            text = money(value, _pk_style(self.seed, year, prog.key))
            rec = PKBudget(program=name, anggaran=value, anggaran_text=text, sumber_dana="APBD",
                           source=Provenance(table=label))
            pk.budgets.append(rec)
            rows.append(_R([str(i), name, text, "APBD"], key=(label, prog.key), recs=[rec]))
        if v.pk_total:
            base = p.anggaran if year == p.tahun else sum(p.pk_next_budget.values(), ZERO)
            value = self.ov.get(label, "total", "anggaran", base)
            rec = PKBudget(program="Jumlah", anggaran=value, anggaran_text=money(value, "rp"), is_total=True,
                           source=Provenance(table=label))
            pk.budgets.append(rec)
            rows.append(_R(["", "Jumlah", money(value, "rp"), ""], key=(label, "total"), recs=[rec]))
        self.blocks.append(_T(label, rows))
        self.truth.pks.append(pk)
        self.para(f"{p.kab}, {tanggal(date)}")
        self.para(f"Pihak Kedua\nBUPATI {p.kab.upper()},")
        self.para(b.name)
        # the lampiran is signed again: a second signature of the pihak pertama (the pihak kedua signs
        # without a NIP and stays one record, from "Nama : … / Jabatan : …")
        again = first.model_copy(update={"source": Provenance()})
        pk.signatories.append(again)
        self.truth.signatories.append(again)
        self.para(f"Pihak Pertama\n{self.signed_jabatan()}")
        self.para(f"{c.name}\n{c.pangkat}\n{nip_word} {nip_text(c.nip or '')}", recs=[again])


_CASCADE_FIELDS = ("tujuan", "indikator_tujuan", "sasaran", "indikator_sasaran", "program", "indikator_program",
                   "kegiatan", "indikator_kegiatan", "sub_kegiatan", "indikator_sub_kegiatan")


def labels(variant: Variant) -> dict[str, str]:
    """Table labels of the budget tables and the section that states the total allocation."""
    return {
        "program": "Tabel 2.3",
        "realisasi": "Tabel 3.6",
        "rinci": "Tabel 3.7",
        "lampiran3": "Lampiran 3",
        "anggaran_section": cat.SECTIONS_ALT["anggaran"] if variant.section_wording == "alternative"
        else cat.SECTIONS_STD["anggaran"],
    }


# --- serialization ------------------------------------------------------------------------------------


def _serialize(blocks: list[_P | _T], source_file: str) -> tuple[str, Document, dict]:
    lines: list[str] = []
    where: dict = {}
    doc_blocks: list[Paragraph | Table] = []

    def emit(s: str) -> int:
        lines.append(s)
        return len(lines)

    for _ in range(3):
        emit("")
    for i, b in enumerate(blocks):
        if i:
            emit("")
        if isinstance(b, _P):
            parts = b.text.split("\n")
            first = None
            for j, part in enumerate(parts):
                shown = part
                if b.bold:
                    shown = ("**" if j == 0 else "") + part + ("**" if j == len(parts) - 1 else "")
                n = emit(shown)
                first = first or n
                doc_blocks.append(Paragraph(text=part, line_no=n, bold=b.bold))
            if b.key:
                where[("text", b.key)] = first
            for rec in b.recs:
                rec.source.line_no = first + b.rec_offset
            continue
        head = [r for r in b.rows if r.header]
        body = [r for r in b.rows if not r.header]
        trows: list[TableRow] = []
        for r in head:
            trows.append(TableRow(cells=list(r.cells), line_no=emit("\t".join(r.cells)), is_header=True))
        for k, r in enumerate(body):
            if b.repeat_every and k and k % b.repeat_every == 0:
                emit("")
                for h in head:
                    emit("\t".join(h.cells))
            n = emit("\t".join(r.cells))
            trows.append(TableRow(cells=list(r.cells), line_no=n))
            if r.key:
                where[r.key] = n
            for rec in r.recs:
                rec.source.line_no = n
                rec.source.raw = list(r.cells)
        doc_blocks.append(Table(rows=trows, line_no=trows[0].line_no, strategy="generated"))
    text = "\n".join(lines) + "\n"
    doc = Document(source_file=source_file, input_format="text", blocks=doc_blocks)
    return text, doc, where


# --- public API ----------------------------------------------------------------------------------------


def _strip(prefix: str, s: str) -> str:
    s = s.strip()
    return s[len(prefix):].strip() if s.lower().startswith(prefix.lower()) else s


def generate_report(
    seed: int,
    *,
    instansi: str,
    kabupaten: str,
    tahun: int,
    contradictions: list[str] | tuple[str, ...] = (),
    variant: dict | Variant | None = None,
) -> GeneratedReport:
    """A synthetic LKjIP text export of one kecamatan and the records it holds.

    ``instansi`` is "Kecamatan X" (or "X"), ``kabupaten`` "Kabupaten Y" (or "Y").
    ``contradictions`` names rules of ``CONTRADICTIONS`` to break on purpose;
    ``variant`` switches layout and wording (see :class:`Variant`).
    """
    v = variant if isinstance(variant, Variant) else Variant.model_validate(variant or {})
    unknown = [c for c in contradictions if c not in CONTRADICTIONS]
    if unknown:
        raise GeneratorError(f"unknown contradiction(s) {unknown}; known: {', '.join(CONTRADICTIONS)}")
    kec, kab = _strip("Kecamatan", instansi), _strip("Kabupaten", kabupaten)
    if not kec or not kab:
        raise GeneratorError("instansi and kabupaten must name a kecamatan and a kabupaten")
    plan = _make_plan(seed, kec, kab, tahun, v)
    lbl = labels(v)
    ov = _inject(plan, list(contradictions), seed, v, lbl)
    printer = _Printer(plan, v, ov, random.Random(f"{seed}:{tahun}:print"), seed)
    printer.build()
    source = slugify(f"kecamatan {kec} {tahun}") + ".txt"
    text, doc, where = _serialize(printer.blocks, source)
    truth = printer.truth
    for entry, key in ov.injected:
        if key in where:
            entry.line_no = where[key]
        elif key[0] == "text" and ("text", key[1]) in where:
            entry.line_no = where[("text", key[1])]
        truth.injected.append(entry)
    # the NIP and the year stand on a later line of their paragraph
    for entry in truth.injected:
        if entry.rule in ("doc.nip_mismatch", "doc.year_mismatch") and entry.line_no:
            lines = text.split("\n")
            for i in range(entry.line_no - 1, min(len(lines), entry.line_no + 5)):
                if entry.changed in lines[i]:
                    entry.line_no = i + 1
                    break
    return GeneratedReport(text=text, truth=truth, document=doc)


def truth_json(truth: Truth) -> str:
    """The truth as committed beside test files: indented, empty fields left out."""
    return truth.model_dump_json(indent=1, exclude_none=True) + "\n"


def pk_document(report: GeneratedReport, tahun: int) -> Document:
    """The Perjanjian Kinerja of one year cut out of a generated report (for a 'scanned PK' sample)."""
    blocks = report.document.blocks
    start = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Paragraph) and b.text == f"PERJANJIAN KINERJA TAHUN {tahun}")
    end = next((i for i, b in enumerate(blocks[start + 1:], start=start + 1)
                if isinstance(b, Paragraph) and (b.text.startswith("PERJANJIAN KINERJA TAHUN")
                                                 or b.text.startswith("PELAKSANAAN PROGRAM"))), len(blocks))
    return Document(source_file=f"pk-{tahun}", input_format="text", blocks=blocks[start:end])


def non_report_document(seed: int, *, instansi: str, kabupaten: str, tahun: int) -> Document:
    """A document that is not an LKjIP: a kecamatan's invitation letter to a coordination meeting."""
    rng = random.Random(f"{seed}:undangan")
    kec, kab = _strip("Kecamatan", instansi), _strip("Kabupaten", kabupaten)
    d = dt.date(tahun, rng.randint(1, 12), rng.randint(1, 28))
    camat = _person_name(rng)
    paras = [
        (f"PEMERINTAH KABUPATEN {kab.upper()}\nKECAMATAN {kec.upper()}", True),
        (f"{kab}, {tanggal(d)}", False),
        (f"Nomor : 005/{rng.randint(10, 400)}/{rng.randint(400, 440)}.{rng.randint(1, 30)}/{tahun}\n"
         "Sifat : Penting\nLampiran : -\nPerihal : Undangan Rapat Koordinasi", False),
        ("Kepada Yth.\nSeluruh Kepala Desa\ndi Wilayah Kecamatan " + kec, False),
        ("Dengan hormat, dalam rangka persiapan pelaksanaan musyawarah perencanaan pembangunan tingkat kecamatan, "
         "kami mengundang Saudara untuk hadir pada rapat koordinasi yang akan dilaksanakan pada:", False),
    ]
    blocks: list[Paragraph | Table] = [Paragraph(text=t, bold=b) for t, b in paras]
    blocks.append(Table(rows=[
        TableRow(cells=["Hari/Tanggal", ":", f"{tanggal(d + dt.timedelta(days=7))}"]),
        TableRow(cells=["Waktu", ":", f"{rng.randint(8, 10):02d}.00 WIB s.d. selesai"]),
        TableRow(cells=["Tempat", ":", f"Aula Kantor Kecamatan {kec}"]),
        TableRow(cells=["Acara", ":", "Koordinasi persiapan Musrenbang Kecamatan"]),
    ], strategy="generated"))
    blocks += [
        Paragraph(text="Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatiannya "
                       "disampaikan terima kasih."),
        Paragraph(text=f"CAMAT {kec.upper()}\n\n{camat}"),
    ]
    out: list[Paragraph | Table] = []
    for b in blocks:
        if isinstance(b, Paragraph) and "\n" in b.text:
            out += [Paragraph(text=line, bold=b.bold) for line in b.text.split("\n") if line]
        else:
            out.append(b)
    return Document(source_file="undangan.txt", input_format="text", blocks=out)


# --- command line -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    from lkjip.corpus.sample_corpus import (
        SAMPLES,
        TEST_DATA,
        spec_report,
        write_sample_corpus,
        write_test_data,
    )

    ap = argparse.ArgumentParser(prog="python -m lkjip.corpus.generate", description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=Path, help="write the sample corpus into this folder")
    ap.add_argument("--test-data", type=Path, help="write rendered test reports + truth JSON into this folder")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--instansi", default="Kecamatan Sukamaju")
    ap.add_argument("--kabupaten", default="Kabupaten Lembah Hijau")
    ap.add_argument("--tahun", type=int, default=2023)
    ap.add_argument("--contradiction", action="append", default=[], choices=CONTRADICTIONS)
    ap.add_argument("--sample", choices=[s.name for s in SAMPLES + TEST_DATA],
                    help="take seed, names, year, contradictions and variant of this sample / test document")
    ap.add_argument("--out", type=Path, help="write one report's text export here")
    ap.add_argument("--truth-json", type=Path, help="write one report's truth here")
    args = ap.parse_args(argv)
    try:
        if args.samples:
            for p in write_sample_corpus(args.samples):
                print(p)
        if args.test_data:
            for p in write_test_data(args.test_data):
                print(p)
        if args.out or args.truth_json:
            if args.sample:
                rep = spec_report(next(s for s in SAMPLES + TEST_DATA if s.name == args.sample))
            else:
                rep = generate_report(args.seed, instansi=args.instansi, kabupaten=args.kabupaten,
                                      tahun=args.tahun, contradictions=args.contradiction)
            if args.out:
                args.out.write_text(rep.text, encoding="utf-8")
            if args.truth_json:
                args.truth_json.write_text(truth_json(rep.truth), encoding="utf-8")
    except LkjipError as e:
        print(f"lkjip: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

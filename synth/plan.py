"""The plan of a generated report: everything the kecamatan did in the year, before anything is printed.

A kecamatan is ``(seed, kabupaten, kecamatan)``: its programs, Renstra, camat and each year's budget and
realisasi derive from that identity and the year alone (see :func:`make_plan`).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from lkjip.synth import catalog as cat
from lkjip.synth.text import ZERO, roman
from lkjip.synth.truth import Counts, Variant


@dataclass
class Sub:
    spec: cat.SubSpec
    nomor: str
    anggaran: Decimal
    realisasi: Decimal
    out_target: int
    out_real: int


@dataclass
class Kegiatan:
    spec: cat.KegiatanSpec
    nomor: str
    subs: list[Sub]
    out_real: Decimal  # realisasi of its output indicator, in % (target 100 %)

    @property
    def anggaran(self) -> Decimal:
        return sum((s.anggaran for s in self.subs), ZERO)

    @property
    def realisasi(self) -> Decimal:
        return sum((s.realisasi for s in self.subs), ZERO)


@dataclass
class Program:
    spec: cat.ProgramSpec
    nomor: str
    kegs: list[Kegiatan]
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
class Indicator:
    spec: cat.SasaranSpec
    prog: Program
    target: dict[int, Decimal]  # renstra year -> target
    awal: Decimal  # kondisi awal
    real: dict[int, Decimal]  # year -> realisasi


@dataclass
class Person:
    name: str  # as printed in signatures
    nip: str | None  # 18 digits
    pangkat: str | None
    jabatan: str


@dataclass
class Plan:
    kec: str  # "Sukamaju"
    kab: str  # "Lembah Hijau"
    tahun: int
    programs: list[Program]
    inds: list[Indicator]
    sakip: dict[int, Decimal]
    sakip_awal: Decimal
    start: int
    end: int
    camat: Person
    bupati: Person
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


def person_name(rng: random.Random, *, bupati: bool = False) -> str:
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


def _year_programs(ident: str, tahun: int, teknis: list[cat.ProgramSpec], variant: Variant) -> list[Program]:
    """The programs, kegiatan and sub kegiatan of one year with their money and outputs.

    Numbers come from ``(ident, tahun)`` only, numbering from its own generator, so a variant never
    changes an amount and a kecamatan's year is the same in every report that shows it.
    """
    rng = random.Random(f"{ident}:{tahun}:budget")
    nrng = random.Random(f"{ident}:{tahun}:numbering")
    programs: list[Program] = []
    zero_keg_done = False
    for pi, pspec in enumerate([cat.PENUNJANG, *teknis], start=1):
        if pspec is cat.PENUNJANG:
            keu = next(k for k in pspec.kegiatan if any(s.big for s in k.subs))
            others = [k for k in pspec.kegiatan if k is not keu]
            chosen = _pick_in_order(rng, others, rng.randint(2, 7))
            kspecs = [k for k in pspec.kegiatan if k is keu or k in chosen]
        else:
            kspecs = _pick_in_order(rng, pspec.kegiatan, rng.randint(1, len(pspec.kegiatan)))
        kegs: list[Kegiatan] = []
        for ki, kspec in enumerate(kspecs, start=1):
            if any(s.big for s in kspec.subs):
                sspecs = [kspec.subs[0], *_pick_in_order(rng, kspec.subs[1:], rng.randint(0, len(kspec.subs) - 1))]
            else:
                sspecs = _pick_in_order(rng, kspec.subs, rng.randint(1, min(7, len(kspec.subs))))
            all_zero = (
                not zero_keg_done and pspec is cat.PENUNJANG and not any(s.big for s in sspecs) and rng.random() < 0.12
            )
            zero_keg_done = zero_keg_done or all_zero
            subs: list[Sub] = []
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
                subs.append(Sub(sspec, _numbering(variant.numbering, si, "sub", nrng, (pi, ki, si)), a, r, target,
                                 out_real))
            keg_out = Decimal(100) if rng.random() < 0.7 else _q(rng.uniform(85, 99.9), 1)
            if all(s.anggaran == 0 for s in subs):
                keg_out = ZERO
            kegs.append(Kegiatan(kspec, _numbering(variant.numbering, ki, "kegiatan", nrng, (pi, ki)), subs, keg_out))
        prog_out = Decimal(100) if rng.random() < 0.6 else _q(rng.uniform(88, 99.9), 1)
        programs.append(Program(pspec, _numbering(variant.numbering, pi, "program", nrng, (pi,)), kegs, prog_out,
                              key=f"p{pi}"))
    return programs


def _realisasi(ident: str, spec: cat.SasaranSpec, year: int, base: float, cap: float) -> Decimal:
    """An indicator's realisasi of one year: the same in every report of the kecamatan that prints it."""
    rng = random.Random(f"{ident}:realisasi:{spec.indikator}:{year}")
    r = base * rng.uniform(0.96, 1.02) if rng.random() < 0.6 else base
    return _q(min(cap, max(0.0, r)), spec.decimals)


def make_plan(seed: int, kec: str, kab: str, tahun: int, variant: Variant) -> Plan:
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
    inds: list[Indicator] = []
    for p in programs[1:]:
        s = p.spec.sasaran
        assert s is not None
        awal = life.uniform(s.lo, s.lo + (s.hi - s.lo) * 0.45)
        step = life.uniform(0.3, 1.6) if s.decimals else life.uniform(1.5, 6.0)
        cap = 100.0 if s.satuan == "%" else s.hi + 5
        target = {y: _q(min(cap, awal + step * (i + 1)), s.decimals) for i, y in enumerate(range(start, end + 1))}
        real = {y: _realisasi(ident, s, y, float(target[y]) if y in target else awal - step * (start - y), cap)
                for y in range(tahun - 3, tahun + 1)}
        inds.append(Indicator(s, p, target, _q(awal, s.decimals), real))
    sakip_awal = life.uniform(45, 58)
    sakip_step = life.uniform(1.5, 4.0)
    sakip = {y: _q(sakip_awal + sakip_step * (i + 1), 2) for i, y in enumerate(range(start, end + 1))}

    camat = Person(person_name(life), make_nip(life), life.choice(cat.PANGKAT), f"Camat {kec}")
    bupati = Person(person_name(random.Random(f"bupati:{kab}"), bupati=True), None, None, f"Bupati {kab}")
    perm = life.sample(cat.PERMASALAHAN, life.randint(3, 4))
    year = random.Random(f"{ident}:{tahun}:dates")
    kp_date = dt.date(tahun + 1, year.randint(1, 3), year.randint(1, 28))
    pk_dates = {y: dt.date(y, 1, random.Random(f"{ident}:{y}:pk").randint(2, 12)) for y in (tahun, tahun + 1)}
    pk_next = {p.key: p.anggaran for p in next_year}
    intro = year.sample(cat.INTRO, 4)
    return Plan(kec, kab, tahun, programs, inds, sakip, _q(sakip_awal, 2), start, end, camat, bupati, kp_date,
                 pk_dates, pk_next, perm, intro)


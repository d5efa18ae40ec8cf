"""Arithmetic of the performance tables: capaian, tingkat kemajuan, efisiensi."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from lkjip.model import Flag, Performance, Report
from lkjip.normalize.numbers import format_number
from lkjip.validate.direction import direction
from lkjip.validate.engine import Ctx, rule, short
from lkjip.validate.tolerance import (
    CAPAIAN_CAPS,
    HUNDRED,
    fmt_value,
    percent,
    printed_matches,
    raw_percent,
)


def _target_for(p: Performance, report: Report) -> Performance | None:
    """The record holding the target a capaian is computed against: the same record, or (Tabel 3.3,
    tingkat kemajuan) the record of the same row for a later year (the end-of-Renstra target)."""
    if p.target is not None:
        return p
    same_row = [q for q in report.performance if q is not p and q.source_table == p.source_table
                and q.source.line_no == p.source.line_no and q.indikator == p.indikator and q.target is not None]
    later = [q for q in same_row if q.tahun is not None and p.tahun is not None and q.tahun > p.tahun]
    return (later or same_row or [None])[0]


def _formulas(target: Decimal, realisasi: Decimal, way: str) -> list[Decimal]:
    higher = percent(realisasi, target)
    lower = [percent(target, realisasi)] if realisasi != 0 else []
    lower.append((2 - realisasi / target) * HUNDRED)
    return {"higher": [higher], "lower": lower, "ambiguous": [higher, *lower]}[way]


def _accepted(printed: Decimal, raw: str | None, values: list[Decimal]) -> bool:
    for v in values:
        if printed_matches(printed, raw, v):
            return True
        if any(printed == cap and v > cap for cap in CAPAIAN_CAPS):
            return True
    return False


@rule("performance.capaian", "error", "capaian equals realisasi / target")
def capaian(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A printed capaian equals realisasi / target × 100 (Tabel 3.1, 3.4; Tabel 3.3's tingkat
    kemajuan against the end-of-Renstra target), with the percentage tolerance of
    ``budget.persen`` and caps at 100 / 120 accepted. For a lower-is-better indicator
    (:mod:`lkjip.validate.direction`) target / realisasi and 2 − realisasi / target are used;
    for an ambiguous one every formula is accepted. An accepted capaian of 100 or more printed
    while realisasi falls short of the target (higher-is-better; above it for lower-is-better)
    is a warning: rounding made a shortfall look like success."""
    for p in report.performance:
        if p.capaian is None or p.realisasi is None:
            continue
        t_rec = _target_for(p, report)
        if t_rec is None or t_rec.target is None or t_rec.target == 0:
            continue
        target, real = t_rec.target, p.realisasi
        way = direction(p.indikator)
        raw = p.capaian_text or fmt_value(p.capaian)
        t_raw = t_rec.target_text or fmt_value(target)
        r_raw = p.realisasi_text or fmt_value(real)
        main = _formulas(target, real, way)[0]
        here = ctx.where_row(p)
        kemajuan = t_rec is not p
        what_id = "Tingkat kemajuan" if kemajuan else "Capaian"
        what_en = "Progress" if kemajuan else "Achievement"
        t_id = f"target akhir {t_rec.tahun}" if kemajuan else "target"
        t_en = f"end target {t_rec.tahun}" if kemajuan else "target"
        evidence = ctx.t(f"{here}: {t_id} {t_raw}, realisasi {r_raw}, tercetak {raw}",
                         f"{here}: {t_en} {t_raw}, realisation {r_raw}, printed {raw}")
        if way == "higher" and not _accepted(p.capaian, raw, [main]) and _accepted(p.capaian, raw,
                                                                                   _formulas(target, real, "lower")):
            yield _inverse_flag(p, ctx, (what_id, what_en), raw, main, evidence)
            continue
        if not _accepted(p.capaian, raw, _formulas(target, real, way)):
            formula = "realisasi / target" if way != "lower" else "target / realisasi"
            yield ctx.flag_at(
                p,
                f"{what_id} {short(p.indikator)} tercetak {raw}, padahal {formula} = {format_number(main, 2)}",
                f"{what_en} of {short(p.indikator)} printed {raw}, but {formula} = {format_number(main, 2)}",
                expected=format_number(main, 2), found=raw, evidence=evidence)
            continue
        short_of = (way == "higher" and real < target) or (way == "lower" and real > target)
        if p.capaian >= HUNDRED and short_of:
            yield ctx.flag(
                f"{what_id} {short(p.indikator)} tercetak {raw} (tercapai), padahal realisasi {r_raw} "
                f"{'di bawah' if way == 'higher' else 'di atas'} target {t_raw} ({format_number(main, 2)} %)",
                f"{what_en} of {short(p.indikator)} printed {raw} (achieved), but realisation {r_raw} is "
                f"{'below' if way == 'higher' else 'above'} the target {t_raw} ({format_number(main, 2)} %)",
                severity="warning", expected=format_number(main, 2), found=raw, source_table=p.source_table,
                page=p.source.page, line_no=p.source.line_no, evidence=evidence)


def _inverse_flag(p: Performance, ctx: Ctx, what: tuple[str, str], raw: str, main: Decimal, evidence: str) -> Flag:
    """A capaian computed the lower-is-better way for an indicator whose name does not say so (an author knows
    which way an indicator of their own office goes; its wording alone may not): a warning to check, not an
    error: the arithmetic closes under that reading."""
    return ctx.flag_at(
        p,
        f"{what[0]} {short(p.indikator)} tercetak {raw}: dihitung sebagai indikator yang makin kecil makin baik "
        f"(target / realisasi atau 2 − realisasi / target); realisasi / target = {format_number(main, 2)}",
        f"{what[1]} of {short(p.indikator)} printed {raw}: computed as a lower-is-better indicator "
        f"(target / realisation or 2 − realisation / target); realisation / target = {format_number(main, 2)}",
        severity="warning", expected=format_number(main, 2), found=raw, evidence=evidence)


@rule("performance.efisiensi", "info", "efisiensi relates capaian and serapan")
def efisiensi(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A printed tingkat efisiensi (Tabel 3.5) equals capaian / serapan or serapan / capaian, as a
    ratio or a percentage, under any percentage rounding. Definitions vary between governments,
    so a mismatch is only information."""
    for p in report.performance:
        if p.efisiensi is None or p.capaian is None or p.serapan is None or p.capaian == 0 or p.serapan == 0:
            continue
        raw = raw_percent(p.source, p.efisiensi, from_right=True)
        ratios = [p.capaian / p.serapan, p.serapan / p.capaian]
        values = ratios + [r * HUNDRED for r in ratios]
        if any(printed_matches(p.efisiensi, raw, v) for v in values):
            continue
        here = ctx.where_row(p)
        exp = format_number(ratios[0], 2)
        yield ctx.flag_at(
            p,
            f"Tingkat efisiensi {short(p.indikator)} tercetak {raw}, padahal capaian / serapan = {exp}",
            f"Efficiency of {short(p.indikator)} printed {raw}, but achievement / absorption = {exp}",
            expected=exp, found=raw,
            evidence=ctx.t(f"{here}: capaian {fmt_value(p.capaian)}, serapan {fmt_value(p.serapan)}",
                           f"{here}: achievement {fmt_value(p.capaian)}, absorption {fmt_value(p.serapan)}"))

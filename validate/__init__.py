"""Validators: named, documented rules that find contradictions in a Report.

``validate_report(report, lang="id")`` runs every report rule in :data:`RULES`, sets
``report.flags`` (replacing earlier flags) and returns them. Each rule has an
id (``budget.children_sum``), a default severity and a docstring that
:func:`explain` prints; tolerances are documented in
:mod:`lkjip.validate.tolerance`. Messages are in Bahasa Indonesia, or English
with ``lang="en"``.

Rules by module: :mod:`~lkjip.validate.budget` (arithmetic within a budget
table, output %), :mod:`~lkjip.validate.performance` (capaian, tingkat
kemajuan, efisiensi), :mod:`~lkjip.validate.cross` (the same line / indicator /
Renstra target across tables), :mod:`~lkjip.validate.pk` (against the
Perjanjian Kinerja), :mod:`~lkjip.validate.text` (figures in running text),
:mod:`~lkjip.validate.docfacts` (NIPs, years, references), :mod:`~lkjip.validate.numbers`
(malformed numbers as printed), :mod:`~lkjip.validate.budget_docs` (the arithmetic of an LRA, a DPA /
DPA Perubahan and a multi-year budget table), :mod:`~lkjip.validate.growth` (a multi-year table's printed
average growth), :mod:`~lkjip.validate.plans` (a plan's indicator targets in two of its tables, and against
its period), :mod:`~lkjip.validate.signing_dates` (a signing date against the year a document is about).
Shared matching
and per-report facts: :mod:`~lkjip.validate.matching`,
:mod:`~lkjip.validate.facts`; the engine: :mod:`~lkjip.validate.engine`.

Across the reports of a batch: :mod:`~lkjip.validate.corpus` (rules ``corpus.*``: duplicate
reports, last year's realisasi, outliers, a PK delivered as its own file, the SAKIP documents of one
office and year: PK against DPA / DPPA, LRA, Rencana Aksi and plan targets, two PK versions, a PK Perubahan) and its entry point
``check_corpus(tables)``, over the figures of :mod:`~lkjip.validate.corpus_facts`. :func:`explain`
knows every rule of both scopes.
"""

from __future__ import annotations

from lkjip.model import Flag, Report
from lkjip.validate import (  # noqa: F401
    budget,
    budget_docs,
    budget_summary,
    cross,
    docfacts,
    growth,
    numbers,
    performance,
    pk,
    plans,
    signing_dates,
    text,
)
from lkjip.validate.engine import RULES, Rule, explain, rule, run_rules

__all__ = ["RULES", "Rule", "explain", "rule", "validate_report"]

# the corpus rules register after the report rules: a report's rules run, and its flags come, in the order above
from lkjip.validate import corpus  # noqa: E402, F401, I001

def validate_report(report: Report, *, lang: str = "id") -> list[Flag]:
    """Run every rule on ``report``; set and return ``report.flags``."""
    flags = run_rules(report, lang=lang)
    report.flags = flags
    return flags

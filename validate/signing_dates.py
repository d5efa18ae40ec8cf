"""When a document is signed, against the year it is about (rule ``doc.signing_date``).

A report on a year (an LKjIP, an LRA "untuk tahun yang berakhir 31 Desember") is signed once that year has
ended; a Perjanjian Kinerja for a year is signed at its start (or late in the year before); a plan for a
year (Renja, RKT, DPA, Rencana Aksi) before that year has ended. A signing date that does not fit is an
oddity worth a look (a date typed from a template, a copy of the wrong year), never proof of an error: a
warning. A date kept to the month (the day left blank) is compared by its month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import regex as re

from lkjip.model import Flag, Report, Signatory
from lkjip.normalize.dates import MONTHS, format_indonesian_date
from lkjip.validate.engine import Ctx, rule

#: documents reporting on their year: signed once it has ended
REPORTS = ("lkjip", "lra")
#: documents planning their year: signed before it has ended
PLANS = ("renja", "rkt", "dpa", "dpa_perubahan", "rencana_aksi")
_PK_CONTEXT = re.compile(r"^PK\s+((?:19|20)\d\d)$")


def printed_date(s: Signatory) -> str:
    """``"5 Maret 2023 (2023-03-05)"``, or ``"Maret 2023 (2023-03)"`` for a date kept to the month."""
    d = s.date
    assert d is not None
    if s.date_precision == "month":
        return f"{MONTHS[d.month]} {d.year} ({d:%Y-%m})"
    return f"{format_indonesian_date(d)} ({d.isoformat()})"


def _before_end(s: Signatory, year: int) -> bool:
    """Signed before the last day of ``year`` (by month when the day is blank)."""
    d = s.date
    assert d is not None
    if s.date_precision == "month":
        return (d.year, d.month) < (year, 12)
    return d < dt.date(year, 12, 31)


def oddity(ctx: Ctx, s: Signatory, doc_type: str, year: int) -> tuple[str, str, str] | None:
    """(Indonesian, English, expected) when signatory ``s`` signs at a date that does not fit, else None."""
    d = s.date
    assert d is not None
    pk = _PK_CONTEXT.match(s.context or "")
    if pk or doc_type == "pk":
        y = int(pk.group(1)) if pk else year
        if y - 1 <= d.year <= y:
            return None
        return (f"Perjanjian Kinerja {y} ditandatangani {printed_date(s)}",
                f"the Perjanjian Kinerja {y} is signed {printed_date(s)}", f"{y - 1}-{y}")
    if doc_type in REPORTS and _before_end(s, year):
        return (f"laporan tahun {year} ditandatangani {printed_date(s)}, sebelum tahun yang dilaporkannya berakhir",
                f"the report on {year} is signed {printed_date(s)}, before the year it reports on ended",
                ctx.t(f"setelah 31 Desember {year}", f"after 31 December {year}"))
    if doc_type in PLANS and d.year > year:
        return (f"rencana tahun {year} ditandatangani {printed_date(s)}, setelah tahunnya berakhir",
                f"the plan for {year} is signed {printed_date(s)}, after its year ended",
                ctx.t(f"paling lambat {year}", f"{year} at the latest"))
    return None


@rule("doc.signing_date", "warning", "a document is signed at a date that fits the year it is about")
def signing_date(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A report on a year (LKjIP, LRA) is signed after that year ends (31 December); a Perjanjian Kinerja
    of a year, in that year or the year before; a plan for a year (Renja, RKT, DPA, Rencana Aksi) not after
    that year. Each signature whose date does not fit is a warning naming the date as printed and in ISO
    form (a date kept to the month is compared by its month). Without a report year only PKs are checked."""
    seen: set[tuple] = set()
    for s in report.signatories:
        if s.date is None or (report.meta.tahun is None and not _PK_CONTEXT.match(s.context or "")):
            continue
        odd = oddity(ctx, s, report.document_type, report.meta.tahun or 0)
        if odd is None or (s.context, s.date) in seen:
            continue
        seen.add((s.context, s.date))
        id_text, en_text, expected = odd
        where = ctx.where(s.context, s.source.page, s.source.line_no, s.name)
        yield ctx.flag(f"Tanggal tanda tangan janggal: {id_text}", f"Odd signing date: {en_text}",
                       expected=expected, found=printed_date(s), page=s.source.page, line_no=s.source.line_no,
                       evidence=f"{where}: {printed_date(s)}")

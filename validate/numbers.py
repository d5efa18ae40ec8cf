"""Rules on numbers printed wrong (issue: malformed digit grouping)."""

from __future__ import annotations

from collections.abc import Iterable

from lkjip.model import Flag, Report
from lkjip.normalize.numbers import format_money
from lkjip.validate.engine import Ctx, misread_warning, rule

#: why a malformed number on a page read through OCR is no error
OCR_NUMBER = ("angka hasil OCR, pemisah atau digitnya mungkin salah baca",
              "a number read through OCR, its separators or digits may be misread")


@rule("number.malformed", "warning", "a money cell printed with broken digit grouping")
def malformed(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A money cell such as ``3.8000.000.000,00`` or ``37.664.381200,00`` is never read by guessing.

    The extractor keeps the raw text and tries the plausible repairs (all digits; one doubled
    digit dropped); a repair is accepted only when the table's own arithmetic (the sum of the
    rows below, the programs of a total, anggaran − realisasi = sisa) confirms exactly one of
    them. Either way the cell is flagged: ``found`` is the raw text, ``expected`` the confirmed
    repair (or the candidates when none is confirmed, then as an error: the value stays empty).
    """
    for b in report.budget_lines:
        for cell in b.malformed:
            here = ctx.where_row(b)
            if cell.accepted is not None:
                yield ctx.flag(
                    f"Angka {cell.field} {cell.raw!r} salah format; dibaca {format_money(cell.accepted)} karena "
                    f"dikonfirmasi oleh {cell.confirmed_by}",
                    f"Number {cell.field} {cell.raw!r} is malformed; read as {format_money(cell.accepted)}, "
                    f"confirmed by {cell.confirmed_by}",
                    expected=format_money(cell.accepted), found=cell.raw, source_table=b.source_table,
                    page=b.source.page, line_no=b.source.line_no, evidence=here,
                )
            else:
                options = " / ".join(format_money(c) for c in cell.candidates) or "-"
                flag = ctx.flag(
                    f"Angka {cell.field} {cell.raw!r} salah format dan tidak dapat dipastikan dari jumlah tabel "
                    f"(kemungkinan: {options}); nilainya dibiarkan kosong",
                    f"Number {cell.field} {cell.raw!r} is malformed and no sum of the table confirms a reading "
                    f"(candidates: {options}); the value is left empty",
                    severity="error", expected=options, found=cell.raw, source_table=b.source_table,
                    page=b.source.page, line_no=b.source.line_no, evidence=here,
                )
                # on a page read through OCR the broken grouping is more likely a misread separator or digit
                yield misread_warning(ctx, flag, *OCR_NUMBER) if b.source.page in ctx.report.ocr_pages else flag

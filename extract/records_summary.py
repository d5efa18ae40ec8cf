"""The "label : amount" lines of a budget summary printed around a budget table
(:class:`lkjip.model.BudgetSummaryLine`).

A report may sum its budget up in lines just above or below a budget table::

    Jumlah Anggaran Wajib          : Rp. 10.924.024.550,-
    Total Jumlah Anggaran 2015     : Rp. 15.052.945.500,-
    Program Non Urusan             :
       1. Program Pelayanan Administrasi Perkantoran   : 3.090.875.000,-

Such lines are read from the paragraphs, and from the rows of tables that are no budget table themselves (a
reader may take aligned "label : value" lines for a borderless table), on the pages of a budget table and the
page after it (a text export has no pages: all its paragraphs). A line is a summary line when a label is followed by a colon and a money amount (an ``Rp``
prefix, a ``,-`` tail or at least two thousands groups: "Tahun Anggaran : 2015" is none). Several pairs on
one line (words of two printed lines read into one row) are each a line. A "label :" with nothing after it
is the heading of the numbered items below it. Amounts are read exactly; one that cannot be read is kept as
printed (``amount`` None) with a warning.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from lkjip.errors import NormalizeError
from lkjip.extract.classify import FoundTable, TableKind
from lkjip.extract.document import Document, Paragraph, Table
from lkjip.model import BudgetSummaryLine, ParseWarning, Provenance
from lkjip.normalize.numbers import parse_money

#: the tables a budget summary stands around
BUDGET_KINDS = frozenset({TableKind.budget, TableKind.pk_budget})

_AMOUNT = (r"(?:Rp\.?\s*\d[\d.,]*\d(?:,-|,00)?"  # Rp prefix
           r"|\d[\d.,]*\d,-"  # ",-" tail
           r"|\d{1,3}(?:[.,]\d{3,}){2,}(?:,\d{1,2})?)")  # two thousands groups or more
#: the amount of a "label : amount" pair, right after the colon; the label before the colon holds a letter and no
#: colon (read colon by colon in :func:`_pairs`: one pattern for label and amount tried every span of a long line)
_AMOUNT_AFTER = re.compile(r"\s*(?P<amount>" + _AMOUNT + r")(?=\s|$)")
_LETTER = re.compile(r"[^\W\d_]")
_NOMOR = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+")
_TOTAL = re.compile(r"\b(jumlah|total|sub\s*total)\b", re.I)


def budget_summary_lines(doc: Document, found: list[FoundTable]) -> tuple[list[BudgetSummaryLine],
                                                                             list[ParseWarning]]:
    """The summary lines around the document's budget tables, and a warning per amount not read."""
    budget = [ft for ft in found if ft.kind in BUDGET_KINDS]
    pages = {p if p is None else p + d for ft in budget for p in _pages(ft) for d in (0, 1)}
    if not budget:
        return [], []
    own = {id(ft.table) for ft in budget}
    lines: list[BudgetSummaryLine] = []
    warnings: list[ParseWarning] = []
    group: str | None = None
    for text, prov in _texts(doc, pages, own):
        for item in _read(text, prov):
            if isinstance(item, str):
                group = item
                continue
            if item.nomor is None:
                group = None
            else:
                item.group = group
            if item.amount is None:
                warnings.append(_unread(item))
            lines.append(item)
    return lines, warnings


def _pages(ft: FoundTable) -> set[int | None]:
    """The pages a table stands on; a text export's table has none (None)."""
    return {ft.page, *(r.page for r in ft.body)} - ({None} if ft.page is not None else set())


def _texts(doc: Document, pages: set[int | None], own: set[int]) -> Iterator[tuple[str, Provenance]]:
    """Each paragraph line and each row of a table that is no budget table, on ``pages``, in reading order."""
    for b in doc.blocks:
        if isinstance(b, Paragraph) and b.page in pages:
            for k, t in enumerate(b.lines or b.text.split("\n")):
                if t.strip():
                    ln = b.line_no + k if b.line_no is not None else None
                    yield " ".join(t.split()), Provenance(page=b.page, line_no=ln, raw=[t.strip()])
        elif isinstance(b, Table) and id(b) not in own:
            for r in b.rows:
                page = r.page if r.page is not None else b.page
                if page in pages:
                    yield " ".join(" ".join(r.cells).split()), Provenance(page=page, line_no=r.line_no,
                                                                           raw=list(r.cells))


def _read(text: str, prov: Provenance) -> Iterator[BudgetSummaryLine | str]:
    """The pairs of one line, then the heading closing it (a str), if any: "Program Non Urusan :" ending the line."""
    end = 0
    for label, amount, stop in _pairs(text):
        yield _line(label, amount, prov)
        end = stop
    rest = text[end:].strip()
    label = rest[:-1]
    if rest.endswith(":") and ":" not in label and _LETTER.search(label) and _NOMOR.match(label) is None:
        yield " ".join(label.split())


def _pairs(text: str) -> Iterator[tuple[str, str, int]]:
    """(label, amount, end) of each "label : amount" pair of a line, left to right: the label runs from the last
    pair's end (or the last colon) to a colon and holds a letter; the amount follows the colon."""
    start = 0
    for colon in (k for k, ch in enumerate(text) if ch == ":"):
        if colon < start:
            continue
        label = text[start:colon]
        if _LETTER.search(label) and (m := _AMOUNT_AFTER.match(text, colon + 1)) is not None:
            yield label, m.group("amount"), m.end()
            start = m.end()
        else:
            start = colon + 1


def _line(label: str, amount_text: str, prov: Provenance) -> BudgetSummaryLine:
    label = " ".join(label.split())
    nomor = None
    if (m := _NOMOR.match(label)) is not None:
        nomor, label = m.group(1), label[m.end():]
    try:
        amount = parse_money(amount_text)
    except NormalizeError:
        amount = None
    return BudgetSummaryLine(nomor=nomor, label=label, is_total=nomor is None and bool(_TOTAL.search(label)),
                             amount=amount, amount_text=amount_text, source=prov)


def _unread(line: BudgetSummaryLine) -> ParseWarning:
    return ParseWarning(code="number.malformed", raw=line.amount_text, page=line.source.page,
                        line_no=line.source.line_no,
                        message=f"ringkasan anggaran: jumlah '{line.amount_text}' ({line.label}) tidak dapat "
                                "dibaca dengan pasti; disimpan apa adanya")

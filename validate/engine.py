"""The rule engine: a dict registry of named, documented rules, run over a Report or over a corpus.

A rule is a function registered with :func:`rule` under an id such as
``budget.children_sum``, a default severity and a one-line title; its
docstring is what :func:`explain` prints. Rules report every finding (they
never stop at the first).

Two scopes share the registry:

* ``report`` rules, ``(report, ctx: Ctx) -> Iterable[Flag]``, run by
  :func:`run_rules` on one Report. A rule that raises does not stop the
  others: the failure is recorded in ``report.errors`` as component ``validate``.
* ``corpus`` rules (ids ``corpus.*``), ``(tables, ctx: CorpusCtx) -> Iterable[CorpusFlag]``,
  run by :func:`run_corpus_rules` over the dataset tables of a whole batch:
  each finding is a :class:`~lkjip.model.Flag` addressed to the report it
  belongs to.

Both contexts word a flag the same way (:class:`Wording`): Bahasa Indonesia,
or English with ``lang="en"``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Literal, NamedTuple

from lkjip.errors import LkjipError
from lkjip.model import BudgetLine, ErrorItem, Flag, ParseWarning, Performance, Report, Severity
from lkjip.normalize.numbers import format_money, parse_money
from lkjip.validate.amount_tails import amount_tail_doubts
from lkjip.validate.budget_rows import spent_unbudgeted, stray_amount, sum_rows, unbudgeted_close_gap
from lkjip.validate.confused_sums import confused_sums, misread_amount
from lkjip.validate.disputed import VALUE_RULES, disputed_inputs
from lkjip.validate.far_apart import far_capaian, far_over, far_sum
from lkjip.validate.glued_names import glued_names, holds_past_start, opening_word
from lkjip.validate.letter_digits import misread_as_letters
from lkjip.validate.numbered_cells import numbered_row, numbered_rows

if TYPE_CHECKING:
    import pandas as pd

    from lkjip.validate.corpus_facts import CorpusFacts
    from lkjip.validate.facts import Facts

Scope = Literal["report", "corpus"]
ReportRuleFunc = Callable[[Report, "Ctx"], Iterable[Flag]]
CorpusRuleFunc = Callable[[dict[str, "pd.DataFrame"], "CorpusCtx"], Iterable["CorpusFlag"]]
RuleFunc = ReportRuleFunc | CorpusRuleFunc


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str
    func: RuleFunc = field(repr=False)
    scope: Scope = "report"

    @property
    def category(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or self.title


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, title: str, *, scope: Scope = "report"
         ) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under ``rule_id`` (ids are unique)."""

    def deco(func: RuleFunc) -> RuleFunc:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id!r} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, title, func, scope)
        return func

    return deco


def explain(rule_id: str) -> str:
    """What a rule checks, its default severity and its tolerances."""
    r = RULES.get(rule_id)
    if r is None:
        raise KeyError(f"unknown rule {rule_id!r}; known: {', '.join(sorted(RULES))}")
    return f"{r.id} ({r.severity}): {r.title}\n\n{r.doc}"


def rules_of(scope: Scope) -> list[Rule]:
    return [r for r in RULES.values() if r.scope == scope]


class Wording:
    """The language of a rule's flags, how it names a place, and the flag factory both contexts share."""

    def __init__(self, lang: str) -> None:
        self.lang = "en" if lang == "en" else "id"
        self.rule: Rule | None = None

    def t(self, id_text: str, en_text: str) -> str:
        return en_text if self.lang == "en" else id_text

    def where(self, table: str | None, page: int | None = None, line_no: int | None = None,
              label: str | None = None) -> str:
        """``"Tabel 3.6 hal. 28 baris 581 (Total)"`` / ``"Tabel 3.6 p. 28 line 581 (Total)"``."""
        parts = [table or self.t("teks", "text")]
        if page is not None:
            parts.append(self.t(f"hal. {page}", f"p. {page}"))
        if line_no is not None:
            parts.append(self.t(f"baris {line_no}", f"line {line_no}"))
        s = " ".join(parts)
        if label:
            s += f" ({short(label)})"
        return s

    def where_row(self, row: BudgetLine | Performance) -> str:
        """:meth:`where` of a table row, labelled with its indikator (performance) or uraian (budget)."""
        label = row.indikator if isinstance(row, Performance) else row.uraian
        return self.where(row.source_table, row.source.page, row.source.line_no, label)

    def lines_span(self, line_nos: list[int | None]) -> str:
        ns = sorted({n for n in line_nos if n is not None})
        if not ns:
            return ""
        word = self.t("baris", "lines" if len(ns) > 1 else "line")
        if len(ns) == 1:
            return f"{word} {ns[0]}"
        if ns == list(range(ns[0], ns[-1] + 1)) or len(ns) > 6:
            return f"{word} {ns[0]}–{ns[-1]}"
        return f"{word} {', '.join(map(str, ns))}"

    def flag(self, id_text: str, en_text: str, *, severity: Severity | None = None, expected: str | None = None,
             found: str | None = None, source_table: str | None = None, page: int | None = None,
             line_no: int | None = None, evidence: str = "", uncertain: bool = False) -> Flag:
        assert self.rule is not None
        message = self.t(id_text, en_text)
        if uncertain:
            message += self.t(" (pencocokan nama tidak pasti)", " (uncertain name match)")
        return Flag(rule=self.rule.id, severity=severity or self.rule.severity, message=message,
                    expected=expected, found=found, source_table=source_table, page=page, line_no=line_no,
                    evidence=evidence, uncertain=uncertain)


class Ctx(Wording):
    """What a report rule gets besides the report: language, shared facts, a flag factory."""

    def __init__(self, report: Report, lang: str, facts: Facts) -> None:
        super().__init__(lang)
        self.report = report
        self.facts = facts

    @cached_property
    def year(self) -> int | None:
        return self.report.meta.tahun

    def flag_at(self, row: BudgetLine | Performance, id_text: str, en_text: str, **kw) -> Flag:
        """:meth:`flag` pointing at a table row: its table, page and line."""
        return self.flag(id_text, en_text, source_table=row.source_table, page=row.source.page,
                         line_no=row.source.line_no, **kw)


def misread_warning(ctx: Wording, flag: Flag, why_id: str, why_en: str, *, table: bool = True) -> Flag:
    """``flag`` as an uncertain warning: what it is built on was read through OCR and may be misread (the reason
    appended, "pembacaan tabel tidak pasti: …", or "pembacaan tidak pasti: …" for what no table holds)."""
    why = ctx.t(f"pembacaan {'tabel ' if table else ''}tidak pasti: {why_id}",
                f"uncertain {'table ' if table else ''}reading: {why_en}")
    return flag.model_copy(update={"severity": "warning" if flag.severity == "error" else flag.severity,
                                   "uncertain": True, "message": f"{flag.message} ({why})"})


class CorpusFlag(NamedTuple):
    """A corpus rule's finding: the flag and the report it goes to."""

    report_id: str
    flag: Flag


class CorpusCtx(Wording):
    """What a corpus rule gets besides the dataset tables: language, per-report figures, a flag factory."""

    def __init__(self, tables: dict[str, pd.DataFrame], lang: str, facts: CorpusFacts) -> None:
        super().__init__(lang)
        self.tables = tables
        self.facts = facts

    def flag_for(self, report_id: str, id_text: str, en_text: str, **kw) -> CorpusFlag:
        """:meth:`flag`, addressed to the report ``report_id``."""
        return CorpusFlag(report_id, self.flag(id_text, en_text, **kw))


def short(text: str, n: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def run_rules(report: Report, *, lang: str = "id", rules: Iterable[Rule] | None = None) -> list[Flag]:
    """Run every rule (or the given ones); a rule that raises is recorded, not propagated."""
    from lkjip.validate.facts import Facts

    ctx = Ctx(report, lang, Facts(report))
    flags: list[Flag] = []
    for r in rules if rules is not None else rules_of("report"):
        ctx.rule = r
        try:
            flags.extend(r.func(report, ctx))
        except Exception as e:  # noqa: BLE001 - one broken rule must not kill the others
            report.errors.append(ErrorItem(component="validate", category="internal",
                                           message=f"{r.id}: {type(e).__name__}: {e}"))
            if report.status == "success":
                report.status = "partial"
    return doubtful_as_warnings(report, flags, ctx)


# --- flags from a doubtful reading of a table (issue #12) ---------------------------------------------------------

#: rules whose flags say a table's own sums do not close
SUM_RULES = ("budget.children_sum", "budget.total_sum", "budget.persen", "output.persen", "budget.sisa")
#: this many sum flags from one table, on at least this share of its lines, is a misread more likely than a report
#: that contradicts itself everywhere at once
SUM_BURST, SUM_SHARE = 4, 0.2
#: a budget table of at least this many lines, this share of them without any amount read, was misread
EMPTY_MIN_LINES, EMPTY_SHARE = 3, 0.5
#: this many lines (and this share of the table) holding amounts but no name or number: amounts split from their rows
NAMELESS_MIN, NAMELESS_SHARE = 2, 0.2


#: the reason a sum flag carries when a table cut in two explains it (``budget.cut_lines``); such a place is no
#: evidence that the rest of the table was misread
CUT_REASON = ("tabel tampak tidak terbaca utuh (terpotong, atau nomor barisnya melompat ke induk yang tidak ada), "
              "rinciannya tidak lengkap",
              "the table looks incompletely read (cut in two, or its row numbers jump to a parent that is not there), "
              "its rows are incomplete")


def _explained_by_cut(f: Flag) -> bool:
    return any(reason in f.message for reason in CUT_REASON)


def table_doubts(report: Report, flags: list[Flag], ctx: Wording) -> dict[str, str]:
    """Label → why its reading is doubtful: the reader's doubt, a budget table whose lines mostly carry no amount,
    or sums failing at many places at once."""
    doubts = {t.label: t.doubt for t in report.tables_found if t.doubt}
    sums: dict[str, set] = {}
    for f in flags:
        if f.rule in SUM_RULES and f.source_table and not _explained_by_cut(f):
            # one place per line: its anggaran and realisasi flags ("Anggaran X tercetak …") name the same line X
            line = f.message.split(" tercetak")[0].split(" ", 1)[-1]
            sums.setdefault(f.source_table, set()).add((f.line_no, f.page, line))
    sizes: dict[str, int] = {}
    empty: dict[str, int] = {}
    nameless: dict[str, int] = {}
    unread: dict[str, BudgetLine] = {}
    for line in report.budget_lines:
        sizes[line.source_table] = sizes.get(line.source_table, 0) + 1
        if line.anggaran is None and line.realisasi is None:
            empty[line.source_table] = empty.get(line.source_table, 0) + 1
            if unread_amounts(line.source.raw if line.source else []):
                unread.setdefault(line.source_table, line)
        elif not line.nomor and not any(c.isalpha() for c in line.uraian) and line.level != "total":
            nameless[line.source_table] = nameless.get(line.source_table, 0) + 1
    for label, n in nameless.items():
        # amounts on lines of their own, with no name and no number: pieces of amounts split from their rows
        if n >= NAMELESS_MIN and n >= NAMELESS_SHARE * sizes[label]:
            doubts.setdefault(label, ctx.t(f"{n} baris berisi angka tanpa uraian maupun nomor",
                                           f"{n} lines hold amounts with no name or number"))
    for label, (name, tail, tails) in amount_tail_doubts(report).items():
        doubts.setdefault(label, ctx.t(
            f"baris '{short(name, 40)}' hanya berisi ekor angka yang terpotong di baris atasnya ('{tails[tail]}' / "
            f"'{tail}'), terbaca sebagai baris tersendiri", f"line '{short(name, 40)}' holds only the tails of amounts "
            f"cut in the row above ('{tails[tail]}' / '{tail}'), read as a row of its own"))
    for label, n in empty.items():
        # a budget table whose lines mostly carry no amount at all: its amount columns were not read
        if sizes[label] >= EMPTY_MIN_LINES and n >= EMPTY_SHARE * sizes[label]:
            doubts.setdefault(label, ctx.t(f"{n} dari {sizes[label]} baris tanpa anggaran maupun realisasi terbaca",
                                           f"{n} of {sizes[label]} lines with no anggaran or realisasi read"))
    glued = {label: line.uraian for label, line in _names_read_together(report.budget_lines).items()}
    if report.ocr_pages:  # on a scan, also where the shifted names no longer mostly open with the word
        rows = [(b.source_table, b.source.page if b.source else None, b.uraian) for b in report.budget_lines]
        rows += [(p.source_table, p.source.page if p.source else None, p.indikator) for p in report.performance]
        for label, name in glued_names(rows, set(report.ocr_pages)).items():
            glued.setdefault(label, name)
    for label, name in glued.items():
        # the names of two rows read into one cell: the amounts beside them belong to other rows
        doubts.setdefault(label, ctx.t(
            f"uraian '{short(name, 60)}' memuat nama dua baris (baris terbaca bergeser)",
            f"name '{short(name, 60)}' holds the names of two rows (rows read shifted)"))
    for label, line in unread.items():
        # amounts printed in a row but none read: rows (or a repeated header) read into one another
        name = short(line.uraian or line.nomor or "", 40)
        doubts.setdefault(label, ctx.t(
            f"baris '{name}' memuat angka yang tidak terbaca sebagai anggaran (baris atau judul kolom terbaca menyatu)",
            f"line '{name}' prints amounts read as no anggaran (rows or column heads read into one another)"))
    for label, where in sums.items():
        if len(where) >= SUM_BURST and len(where) >= SUM_SHARE * sizes.get(label, len(where)):
            doubts.setdefault(label, ctx.t(f"jumlah tidak cocok di {len(where)} tempat sekaligus",
                                           f"sums fail at {len(where)} places at once"))
    for label, why in ocr_column_doubts(report, flags, ctx).items():
        doubts.setdefault(label, why)
    for label, keys in _misread_row_numbers(report).items():
        # the levels of a budget table (whose children add up to whom) are read from its row numbers
        doubts.setdefault(label, ctx.t(
            f"{len(keys)} nomor baris tidak terbaca sebagai nomor (mis. '{keys[0]}'), tingkat barisnya tidak pasti",
            f"{len(keys)} row numbers read as no number (e.g. '{keys[0]}'), the levels of its rows are uncertain"))
    return doubts


#: a row number as OCR misreads a Roman one: the strokes of "II", "III" read as "Il", "IN", "Ill", "1I"
_ROMANISH_KEY = re.compile(r"^[IVXLNHl1|]{2,5}$")
#: a Roman numeral in canonical form (1-39), as a row number prints it
_ROMAN_KEY = re.compile(r"^X{0,3}(IX|IV|V?I{0,3})$")
#: this many misread row numbers make a table's levels doubtful
MISREAD_KEYS = 2


def _misread_row_numbers(report: Report) -> dict[str, list[str]]:
    """Label → the row numbers of a budget table read through OCR that are no number: Roman numerals misread
    ("Il", "IN"). The table's levels come from its row numbers, so its sums over them are doubtful."""
    ocr = set(report.ocr_pages)
    keys: dict[str, list[str]] = {}
    for line in report.budget_lines:
        key = (line.nomor or "").strip().rstrip(".)").strip()
        if line.source.page in ocr and _ROMANISH_KEY.match(key) and not key.isdigit() and not _ROMAN_KEY.match(key):
            keys.setdefault(line.source_table, []).append(key)
    return {label: ks for label, ks in keys.items() if len(ks) >= MISREAD_KEYS}


#: a column of an OCR table differing from the other tables on this many of its rows, and this share of them, was
#: read from the wrong column (or under the wrong year): one wrong value is a contradiction, a whole column a misread
VALUE_BURST, VALUE_SHARE = 2, 2 / 3


def ocr_column_doubts(report: Report, flags: list[Flag], ctx: Wording) -> dict[str, str]:
    """Label → why a table read through OCR holds a column read from the wrong place: its values of one kind
    (target, realisasi) differ from the other tables' on most of its rows at once, or its amounts differ from
    the other tables' on most of their shared lines (``cross.budget_mismatch`` of a whole column)."""
    ocr = set(report.ocr_pages)
    if not ocr:
        return {}
    rows: dict[str, set] = {}
    for p in report.performance:  # an OCR table's rows carry no line number: a row is its indicator
        rows.setdefault(p.source_table, set()).add(p.indikator)
    differ: dict[tuple[str, str], set] = {}
    out: dict[str, str] = {}
    for f in flags:
        if f.page not in ocr or not f.source_table:
            continue
        if f.rule in VALUE_RULES:
            # one place per row: the flag's evidence opens with the row it points at ("Tabel 3.1 hal. 3 (…)")
            differ.setdefault((f.source_table, f.message.split(" ", 1)[0]), set()).add(f.evidence.split(" vs ")[0])
        elif f.rule == "cross.budget_mismatch" and f.message.startswith(("Kolom ", "The ")):
            out.setdefault(f.source_table, ctx.t(
                f"seluruh kolom berbeda dengan tabel lain, kolom terbaca bergeser ({short(f.message, 90)})",
                f"a whole column differs from the other tables, columns read shifted ({short(f.message, 90)})"))
    for (label, what), where in differ.items():
        n = len(rows.get(label, ()))
        if len(where) >= VALUE_BURST and len(where) >= VALUE_SHARE * n:
            out.setdefault(label, ctx.t(
                f"{what} berbeda dengan tabel lain pada {len(where)} dari {n} baris sekaligus "
                "(kolom atau tahunnya terbaca bergeser)",
                f"{what} differs from the other tables on {len(where)} of {n} rows at once "
                "(its column or year read shifted)"))
    return out


#: a total's label at the end of a name ("… Pemerintahan Desa Jumlah"): a total row's label read into the name above
_TOTAL_END = re.compile(r"\s(jumlah|total)\s*$", re.I)
#: the word most lines of a budget table open with opens this many of them at least, and this share (rounded down)
OPENERS = (3, 0.5)


def _names_read_together(lines: list[BudgetLine]) -> dict[str, BudgetLine]:
    """Label → a line whose name holds the names of two rows: it ends with a total's label, or it holds, past its
    start, the word most lines of its table open with ("… Kabupaten/Kota Program Penyelenggaraan …" where the
    lines open with "Program")."""
    tables: dict[str, list[BudgetLine]] = {}
    for line in lines:
        tables.setdefault(line.source_table, []).append(line)
    out: dict[str, BudgetLine] = {}
    for label, rows in tables.items():
        common = opening_word([b.uraian for b in rows], openers=OPENERS)
        for b in rows:
            if _TOTAL_END.search(b.uraian) and len(b.uraian.split()) > 2 or common and holds_past_start(b.uraian, common):
                out.setdefault(label, b)
    return out


#: an amount of a thousand or more in groups of three, anywhere in a cell
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def unread_amounts(raw: list[str]) -> bool:
    """A row's cells print a grouped amount in a cell holding more than that amount: two amounts ("Rp. 90.119.601
    Rp. 181.263.602", two rows read as one) or words beside it ("ANGGARAN Rp. 100.824.929", a repeated header read
    into the row)."""
    for cell in raw:
        amounts = _GROUPED.findall(cell)
        words = re.sub(r"(?i)\brp\b\.?|[\d.,%\s()-]", "", cell)
        if len(amounts) >= 2 or (amounts and words):
            return True
    return False


#: a number in a flag's text: digits, their separators inside
_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
#: what a flag's text numbers beside its values: the pages it points at, years
_NOT_A_VALUE = re.compile(r"\b(?:hal\.|page)\s*\d+|\b(?:19|20)\d\d\b")
#: an amount this long may have been read in pieces (a number wrapped in its cell): a piece of it OCR was unsure
#: of, of this many digits at least, at its start or end, is one of its digits
_PIECE_OF, _PIECE_MIN = 7, 4


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _names_table(text: str, label: str) -> bool:
    """``text`` names the table ``label`` ("Tabel 3.1" is not named by "Tabel 3.10")."""
    return re.search(rf"{re.escape(label)}(?!\d|\.\d)", text) is not None


def _unsure_value(f: Flag, unsure: dict[str, list[ParseWarning]]) -> ParseWarning | None:
    """The number OCR was unsure of (``ocr.unsure_number``, in a table the flag names) that the flag is built
    on: one of its values, or a number its evidence prints."""
    text = " ".join(x for x in (f.found, f.expected, f.message, f.evidence) if x)
    named = [label for label in unsure if label == f.source_table or _names_table(text, label)]
    if not named:
        return None
    for label in named:
        text = text.replace(label, " ")
    values = {d for n in _NUMBER.findall(_NOT_A_VALUE.sub(" ", text)) if len(d := _digits(n)) >= 2}
    for label in named:
        for w in unsure[label]:
            d = _digits(w.raw or "")
            if d in values or len(d) >= _PIECE_MIN and any(
                    len(v) >= _PIECE_OF and (v.startswith(d) or v.endswith(d)) for v in values):
                return w
    return None


def _flag_fields(f: Flag) -> list[str]:
    """The money fields a sum flag is about: the one its message opens with ("Realisasi …"), else both."""
    head = f.message.split(" ", 1)[0].lower()
    return [x for x in ("anggaran", "realisasi") if x == head] or ["anggaran", "realisasi"]


def _summed_rows(report: Report, f: Flag) -> list[BudgetLine]:
    """The budget lines a sum flag (``budget.children_sum``, ``budget.total_sum``) adds up: the rows under the line
    it points at (none for another rule, or no single line found). A PDF row has no line number, so the line is the
    one on the flag's page whose name the message prints and whose amount the flag found."""
    if f.rule not in ("budget.children_sum", "budget.total_sum") or f.source_table is None:
        return []
    from lkjip.validate.tolerance import raw_money

    lines = report.budget_table(f.source_table)
    found = _digits(f.found or "")
    parents = [b for b in lines if b.source.page == f.page and b.source.line_no == f.line_no
               and short(b.uraian or b.level or "") in f.message
               and any(_digits(raw_money(b.source, getattr(b, x)) or "") == found for x in _flag_fields(f))]
    return sum_rows(lines, parents[0]) if len(parents) == 1 else []


def _unsure_summand(report: Report, f: Flag, unsure: dict[str, list[ParseWarning]]) -> ParseWarning | None:
    """The number OCR was unsure of that one of the rows a sum flag adds up prints (its amount of the flag's field,
    or a piece of it): the flag names the printed total and the sum, not the rows, so :func:`_unsure_value` does not
    see it; a misread row makes its sum fail as a contradiction would."""
    rows = _summed_rows(report, f)
    if not rows or f.source_table not in unsure:
        return None
    from lkjip.validate.tolerance import raw_money

    fields = _flag_fields(f)
    printed = {d for b in rows for x in fields if len(d := _digits(raw_money(b.source, getattr(b, x)) or "")) >= 2}
    for w in unsure[f.source_table]:
        d = _digits(w.raw or "")
        if d in printed or len(d) >= _PIECE_MIN and any(
                len(v) >= _PIECE_OF and (v.startswith(d) or v.endswith(d)) for v in printed):
            return w
    return None


def _unread_summand(report: Report, f: Flag, ocr: set[int]) -> BudgetLine | None:
    """A row a sum flag on an OCR page adds up that prints an amount in the other money column but none in the
    flag's (read as nothing: its cell's ink not read, or read into another row): its sum is short by an amount
    never read, not by a contradiction. On a text page only a row with a realisasi but no anggaran: no row spends
    money it was not given, so its anggaran was misread (cut into the name beside it) when the sum falls short by at
    least what such rows spent, while a realisasi left empty beside an anggaran (nothing spent yet) may be printed so."""
    fields = _flag_fields(f)
    if len(fields) != 1 or (f.page not in ocr and fields[0] != "anggaran"):
        return None
    other = "realisasi" if fields[0] == "anggaran" else "anggaran"
    rows = _summed_rows(report, f)
    if f.page not in ocr and not unbudgeted_close_gap(f.found, rows):
        return None  # on a text page only a gap those rows' own anggaran could close
    return next((b for b in rows if getattr(b, fields[0]) is None and getattr(b, other)), None)


def _stray_summand(report: Report, f: Flag) -> tuple[BudgetLine, str] | None:
    """:func:`~lkjip.validate.budget_rows.stray_amount` of a sum flag about one money field: a row it adds up read
    with no amount there while its cells print the sum's gap as no value of it."""
    fields = _flag_fields(f)
    gap = _gap(f) if len(fields) == 1 else None
    return stray_amount(_summed_rows(report, f), fields[0], gap) if gap else None


#: digits Tesseract takes for one another in print ("7" read "1": "16" for "76", "18,73" for "78,73"; "8" and "3")
CONFUSED_DIGITS = frozenset({frozenset("17"), frozenset("38"), frozenset("68"), frozenset("56"), frozenset("08")})


#: rules comparing a printed number with another (or with a sum of printed numbers)
CONFUSED_RULES = (*VALUE_RULES, *SUM_RULES, "performance.capaian", "cross.budget_mismatch", "pk.budget_mismatch")


def _confused_digit(f: Flag, ocr: set[int]) -> tuple[str, str] | None:
    """(found, expected) of a flag on an OCR page whose two values differ in one digit only, one Tesseract
    confuses with the other (:data:`CONFUSED_DIGITS`): a misread more likely than a contradiction."""
    if f.page not in ocr or not f.found or not f.expected:
        return None
    a, b = _digits(f.found), _digits(f.expected)
    differ = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    if len(a) != len(b) or len(a) < 2 or len(differ) != 1 or frozenset(differ[0]) not in CONFUSED_DIGITS:
        return None
    return f.found, f.expected


def _lost_digit(f: Flag, ocr: set[int]) -> tuple[str, str] | None:
    """(found, expected) of a flag comparing two printed values (:data:`VALUE_RULES`) on an OCR page where one is
    the other with one digit missing ("3" for "73": a narrow glyph Tesseract dropped): a misread more likely than
    a report printing two values for one indicator."""
    if f.rule not in VALUE_RULES or f.page not in ocr or not f.found or not f.expected:
        return None
    a, b = sorted((_digits(f.found), _digits(f.expected)), key=len)
    if not a or len(b) != len(a) + 1 or not any(b[:k] + b[k + 1:] == a for k in range(len(b))):
        return None
    return f.found, f.expected


def doubtful_as_warnings(report: Report, flags: list[Flag], ctx: Wording) -> list[Flag]:
    """A flag from a table whose reading is doubtful is an uncertain warning naming the doubt, never an error:
    a misread must not look like a contradiction. So is a flag built on a number whose digits OCR was unsure of
    (``ocr.unsure_number``), wherever its table is otherwise read soundly, and one that pairs names matched
    uncertainly (``Flag.uncertain`` from the name match) on a page read through OCR."""
    doubts = table_doubts(report, flags, ctx)
    unsure: dict[str, list[ParseWarning]] = {}
    for w in report.warnings:
        if w.code == "ocr.unsure_number" and w.table and w.raw:
            unsure.setdefault(w.table, []).append(w)
    ocr = set(report.ocr_pages)
    numbered = numbered_rows(report, ctx.where_row) if isinstance(ctx, Ctx) else {}
    unbudgeted = any(spent_unbudgeted(b) for b in report.budget_lines)  # :func:`_unread_summand`
    unread = any(b.anggaran is None or b.realisasi is None for b in report.budget_lines)  # :func:`stray_amount`
    if not doubts and not unsure and not ocr and not numbered and not unbudgeted and not unread:
        return flags
    misread, explained = confused_sums(report, flags, ocr, _summed_rows, _flag_fields, CONFUSED_DIGITS)
    out = []
    for f in flags:
        label = f.source_table if f.source_table in doubts else next((t for t in doubts if _names_table(f.evidence, t)), None)
        doubt = doubts[label] if label is not None else None
        if doubt is None and ((w := _unsure_value(f, unsure)) is not None
                              or (w := _unsure_summand(report, f, unsure)) is not None):
            doubt = ctx.t(f"OCR tidak yakin pada angka {w.raw!r} di {w.table} hal. {w.page}",
                          f"OCR unsure of the number {w.raw!r} in {w.table} page {w.page}")
        if doubt is None and (name := numbered_row(f, numbered)) is not None:
            doubt = ctx.t(f"sel baris '{short(name)}' diawali nomor kolom (baris nomor kolom terbaca menyatu dengannya)",
                          f"the cells of the row '{short(name)}' open with the column numbers (read into the row)")
        if doubt is None and f.rule in CONFUSED_RULES and (
                pair := _confused_digit(f, ocr)) is not None:
            doubt = ctx.t(f"'{pair[0]}' dan '{pair[1]}' hanya berbeda pada satu digit yang sering tertukar saat OCR",
                          f"'{pair[0]}' and '{pair[1]}' differ in one digit OCR often confuses")
        if doubt is None and (pair := _lost_digit(f, ocr)) is not None:
            doubt = ctx.t(f"'{pair[0]}' dan '{pair[1]}' hanya berbeda satu digit yang hilang saat OCR",
                          f"'{pair[0]}' and '{pair[1]}' differ by one digit lost in OCR")
        if doubt is None and f.rule in VALUE_RULES and (pair := misread_as_letters(f, ocr)) is not None:
            doubt = ctx.t(f"'{pair[0]}' tampak angka {pair[1]} yang terbaca sebagai huruf saat OCR",
                          f"'{pair[0]}' looks like the number {pair[1]} read as letters by OCR")
        if doubt is None and (row := _unread_summand(report, f, ocr)) is not None:
            doubt = ctx.t(f"{_flag_fields(f)[0]} baris '{short(row.uraian or '')}' tidak terbaca",
                          f"the {_flag_fields(f)[0]} of the row '{short(row.uraian or '')}' was not read")
        if doubt is None and (stray := _stray_summand(report, f)) is not None:
            doubt = ctx.t(f"{_flag_fields(f)[0]} baris '{short(stray[0].uraian)}' terbaca di kolom lain ('{stray[1]}', "
                          "sebesar selisihnya)", f"the {_flag_fields(f)[0]} of the row '{short(stray[0].uraian)}' was "
                          f"read into another column ('{stray[1]}', the gap)")
        if doubt is None and ((own := explained.get(id(f))) is not None
                              or (m := misread_amount(f, misread)) is not None):
            read, mended = (format_money(own[0]), own[1]) if own is not None else m  # the pair closing its own sum
            doubt = ctx.t(f"jumlah tertutup bila satu digit yang sering tertukar saat OCR dibaca lain ({read} → "
                          f"{format_money(mended)})", f"the sum closes with one digit OCR often confuses read "
                          f"otherwise ({read} → {format_money(mended)})")
        if doubt is None and far_over(f, ocr):
            doubt = ctx.t(f"realisasi {f.found} sepuluh kali anggaran {f.expected} atau lebih, angka terbaca terpotong",
                          f"realisasi {f.found} ten times its budget {f.expected} or more, an amount read cut")
        if doubt is None and far_sum(f, ocr):
            doubt = ctx.t(f"{f.found} dan jumlah rinciannya {f.expected} berselisih sepuluh kali atau lebih, tingkat "
                          "baris atau angka terbaca salah", f"{f.found} and its rows' sum {f.expected} ten times apart "
                          "or more, row levels or an amount misread")
        if doubt is None and far_capaian(f, ocr):
            doubt = ctx.t(f"capaian {f.found} dan {f.expected} berselisih sepuluh kali atau lebih, digit target atau "
                          "realisasi terbaca hilang", f"capaian {f.found} and {f.expected} ten times apart or more, a "
                          "digit of the target or the realisasi lost in reading")
        if doubt is None and f.uncertain and f.severity == "error" and f.page in ocr:
            doubt = ctx.t("nama yang dicocokkan terbaca lewat OCR dan cocok tidak pasti",
                          "the names matched were read through OCR and match uncertainly")
        if doubt is None:
            out.append(f)
            continue
        why = ctx.t(f"pembacaan tabel tidak pasti: {doubt}", f"uncertain table reading: {doubt}")
        out.append(f.model_copy(update={"severity": "warning" if f.severity == "error" else f.severity,
                                        "uncertain": True, "message": f"{f.message} ({why})"}))
    if not ocr:
        return out

    def because(row: str, name: str, value: str) -> str:
        return ctx.t(f"pembacaan tabel tidak pasti: {name} {value} di {row} terbaca tidak pasti menurut tabel lain",
                     f"uncertain table reading: {name} {value} at {row} read uncertainly against the other tables")

    return disputed_inputs(_carried_misreads(out, ctx), ocr, because)


def _gap(f: Flag) -> Decimal | None:
    """Printed minus expected of a sum flag, None when either is no amount."""
    try:
        return parse_money(f.found or "") - parse_money(f.expected or "")
    except (LkjipError, ArithmeticError, ValueError):
        return None


def _carried_misreads(flags: list[Flag], ctx: Wording) -> list[Flag]:
    """A sum that fails by exactly what a line of its table misread (a doubtful sum flag of the opposite gap) is
    that misread carried up to the parent, not a contradiction of its own: an uncertain warning too."""
    misread = [(f, g) for f in flags if f.rule in SUM_RULES and f.uncertain and f.severity == "warning"
               and (g := _gap(f))]
    if not misread:
        return flags
    out = []
    for f in flags:
        g = _gap(f) if f.rule in SUM_RULES and f.severity == "error" else None
        src = next((m for m, mg in misread if g and mg == -g and m.source_table == f.source_table
                    and m.message.split(" ", 1)[0] == f.message.split(" ", 1)[0]), None)
        if src is None:
            out.append(f)
            continue
        row = src.evidence.split(" vs ")[0]
        why = ctx.t(f"pembacaan tabel tidak pasti: selisihnya sama dengan angka yang terbaca tidak pasti di {row}",
                    f"uncertain table reading: the gap is the uncertain reading at {row}")
        out.append(f.model_copy(update={"severity": "warning", "uncertain": True, "message": f"{f.message} ({why})"}))
    return out


def run_corpus_rules(tables: dict[str, pd.DataFrame], *, lang: str = "id") -> list[CorpusFlag]:
    """Run every corpus rule over the dataset tables of a batch (a rule that raises propagates: the
    batch records it, there is no one report to record it on)."""
    from lkjip.validate.corpus_facts import CorpusFacts

    ctx = CorpusCtx(tables, lang, CorpusFacts(tables))
    found: list[CorpusFlag] = []
    for r in rules_of("corpus"):
        ctx.rule = r
        found.extend(r.func(tables, ctx))
    return found

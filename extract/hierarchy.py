"""Reconstruct the budget hierarchy: total → program → kegiatan → sub kegiatan.

Numbering in real reports is unreliable ("1" and "1.", gaps 1, 3, 4, 5), so
levels come from three cues, strongest first:

1. wording: "Jumlah"/"Total" lines are totals, "Belanja …" lines are totals
   (or a ``belanja`` level when there are several, e.g. BTL and BL), lines
   starting with "Program" are programs (else all-caps lines, else lettered /
   roman numbering);
2. sums: inside a program the lines are split into kegiatan, each followed by
   its sub kegiatan, choosing the split whose kegiatan equal the sum of their
   sub kegiatan (a small dynamic programme over the program's lines);
3. numbering: sub kegiatan numbering restarts at 1, kegiatan numbering goes on;
   hierarchical numbers ("1.5" above "1.5.1", "1.5.2") put a line under the
   line whose number its own extends, which decides where sums cannot (a
   kegiatan whose sub kegiatan all have no budget).

A report whose sums do not add up still gets a hierarchy (the numbering
decides); the validators then flag the sums.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex as re

from lkjip.model import BudgetLine
from lkjip.normalize.numbers import roman_value

#: a word, also glued to the next one when the reader lost the space ("BELANJALANGSUNG", "PROGRAMPENUNJANG")
_TOTAL = re.compile(r"^\s*(?i:jumlah|total|grand\s+total)(?:\b|(?=\p{Lu}))")
_BELANJA = re.compile(r"^\s*(?i:belanja)(?:\b|(?=\p{Lu}))")
_PROGRAM = re.compile(r"^\s*(?i:program)(?:\b|(?=\p{Lu}))")
_LETTER = re.compile(r"^\s*([A-Z]|[IVX]{1,5})[.)]?\s*$")
_INT = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")
_DOTTED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\s*\.?\s*$")

NO_SUB_COST = 1.5
SUM_MISS_COST = 1.0  # per money column (anggaran, realisasi) that does not add up
NUMBERING_COST = 0.3
HIERARCHY_COST = 0.5  # per sub kegiatan whose hierarchical number does not extend its kegiatan's
#: per money column in which the last kegiatan of a table that stops without a total line prints more than its
#: sub kegiatan: the table may be cut there (its continuation read apart), so a shortfall costs less than a miss
OPEN_END_SHORT_COST = 0.25


_KEY = re.compile(r"^\s*([A-Za-z]{1,6})\s*[.)]?\s*$")
@lru_cache(maxsize=4096)
def _readings(nomor: str | None) -> tuple[int, ...]:
    """The counts a row number can stand for: "3." → 3, "c." → 3 (the third letter) or 100 (Roman), "IV" → 4."""
    m = _INT.match(nomor or "")
    if m:
        return (int(m.group(1)),)
    m = _KEY.match(nomor or "")
    if not m:
        return ()
    key = m.group(1)
    letter = (ord(key.casefold()) - ord("a") + 1,) if len(key) == 1 else ()
    roman = roman_value(key, any_case=True)
    return letter + ((roman,) if roman is not None and roman not in letter else ())


def _nomor_int(nomor: str | None, prev: int | None = None) -> int | None:
    """A row number as a count ("3." → 3, "c)" → 3, "IV." → 4): with letters or Roman numerals, the reading
    that follows ``prev`` (the sibling above), else the one that starts a list (1), else the letter."""
    readings = _readings(nomor)
    if not readings:
        return None
    for want in ((prev + 1,) if prev is not None else ()) + (1,):
        if want in readings:
            return want
    return readings[0]


def _ordinals(nomors: list[str | None]) -> list[int | None]:
    """The counts of a run of sibling row numbers ("a.", "b.", "c." → 1, 2, 3; "I.", "II." → 1, 2)."""
    out: list[int | None] = []
    for nomor in nomors:
        out.append(_nomor_int(nomor, out[-1] if out else None))
    return out


@lru_cache(maxsize=4096)
def _dotted(nomor: str | None) -> str | None:
    """"1.5.2" (also "1.5.2."): a hierarchical number, else None."""
    m = _DOTTED.match(nomor or "")
    return m.group(1) if m else None


def _extends(child: str | None, head: str | None) -> bool | None:
    """Does a hierarchical number extend the other ("1.5.2" under "1.5")? None when either is not one."""
    c, h = _dotted(child), _dotted(head)
    if c is None or h is None:
        return None
    return c.startswith(h + ".")


def _unspaced(text: str) -> str:
    """Letter-spaced text ("P R O G R A M  P E N Y E L E N G G A R A A N") closed up for matching words; other
    text unchanged."""
    tokens = text.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens):
        return "".join(tokens)
    return text


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.9


def _program_flags(lines: list[BudgetLine], skip: set[int]) -> list[bool]:
    cands = [i for i in range(len(lines)) if i not in skip]
    by_word = [bool(_PROGRAM.match(_unspaced(lines[i].uraian))) for i in cands]
    if any(by_word):
        flags = by_word
    else:
        by_case = [_is_upper(lines[i].uraian) for i in cands]
        mixed = 0 < sum(by_case) < len(cands)
        flags = by_case if mixed else [bool(_LETTER.match(lines[i].nomor or "")) for i in cands]
    out = [False] * len(lines)
    for i, f in zip(cands, flags, strict=True):
        out[i] = f
    return out


def assign_levels(lines: list[BudgetLine]) -> list[BudgetLine]:
    """Set ``level`` and ``parent_line_no`` on every line (in place) and return them."""
    if not lines:
        return lines
    if len({b.line_no for b in lines}) < len(lines):  # parts of one table read apart, each numbered from 1
        for i, b in enumerate(lines, 1):
            b.line_no = i
    totals = {i for i, b in enumerate(lines) if _TOTAL.match(_unspaced(b.uraian))}
    totals |= _unlabelled_totals(lines, totals)
    belanja = {i for i, b in enumerate(lines) if _BELANJA.match(_unspaced(b.uraian)) and i not in totals}
    for i in totals:
        lines[i].level, lines[i].parent_line_no = "total", None
    several = len(belanja) > 1
    for i in belanja:
        lines[i].level = "belanja" if several else "total"
        lines[i].parent_line_no = None
    is_prog = _program_flags(lines, totals | belanja)
    progs = [i for i, f in enumerate(is_prog) if f]
    for i in progs:
        lines[i].level = "program"
        lines[i].parent_line_no = _program_parent(lines, i, totals, belanja)
    # segments of lines below a program (or the whole table when there is no program)
    bounds = sorted(set(progs) | totals | belanja)
    starts = progs if progs else [-1]
    no_sub_table = _table_has_no_sub_level(lines, starts, bounds)
    for p in starts:
        end = next((b for b in bounds if b > p), len(lines))
        seg = list(range(p + 1, end))
        parent = lines[p].line_no if p >= 0 else None
        _split_segment(lines, seg, parent, no_sub_table)
    return lines


def _unlabelled_totals(lines: list[BudgetLine], totals: set[int]) -> set[int]:
    """Lines with amounts but no name and no number (the word "Jumlah" lost, or printed in a merged cell the reader
    did not see) that print what a total prints: the sum of the programs, or the amount of a labelled total."""
    progs = [b.anggaran for b in lines if _PROGRAM.match(_unspaced(b.uraian))]
    sums = {sum(progs, Decimal(0))} if progs and all(v is not None for v in progs) else set()
    sums |= {lines[i].anggaran for i in totals if lines[i].anggaran is not None}
    return {i for i, b in enumerate(lines) if not re.search(r"\p{L}", b.uraian) and not b.nomor
            and b.anggaran is not None and b.anggaran in sums and b.anggaran > 0}


def _program_parent(lines: list[BudgetLine], i: int, totals: set[int], belanja: set[int]) -> int | None:
    above = [j for j in (totals | belanja) if j < i]
    if above:
        return lines[max(above)].line_no
    below = [j for j in totals if j > i]
    return lines[min(below)].line_no if below else None


def _money(b: BudgetLine, field: str) -> Decimal:
    v = getattr(b, field)
    return v if v is not None else Decimal(0)


class _Segment:
    """What the split search asks of a program's lines, computed once (the search tries every pair of
    start and end, so recomputing sums and numbering per pair made it cubic in the segment's length)."""

    def __init__(self, lines: list[BudgetLine], seg: list[int], open_end: bool = False) -> None:
        self.rows = [lines[i] for i in seg]
        self.open_end = open_end  # the segment ends the table, which stops without a total line
        self.nomors = [b.nomor for b in self.rows]
        self.sums: dict[str, list[Decimal]] = {}
        self.valued: dict[str, list[int]] = {}  # prefix counts of lines that have the field
        for field in ("anggaran", "realisasi"):
            sums, valued = [Decimal(0)], [0]
            for b in self.rows:
                sums.append(sums[-1] + _money(b, field))
                valued.append(valued[-1] + (getattr(b, field) is not None))
            self.sums[field], self.valued[field] = sums, valued
        self._runs: dict[int, tuple[list[int | None], list[int], list[int]]] = {}

    def run(self, a: int) -> tuple[list[int | None], list[int], list[int]]:
        """For subs starting at a+1: their ordinals, and prefix counts of numbering restarts and of
        hierarchical numbers that do not extend line a's."""
        if a not in self._runs:
            nums = _ordinals(self.nomors[a + 1:])
            restarts, foreign = [0, 0], [0]
            for x, y in zip(nums, nums[1:], strict=False):
                restarts.append(restarts[-1] + (x is not None and y is not None and y <= x))
            head = self.nomors[a]
            for nomor in self.nomors[a + 1:]:
                foreign.append(foreign[-1] + (_extends(nomor, head) is False))
            self._runs[a] = (nums, restarts, foreign)
        return self._runs[a]

    def group_cost(self, a: int, b: int, prev_k: int | None) -> tuple[float, int | None]:
        """Cost of making line a a kegiatan with lines a+1 … b-1 as its sub kegiatan, and line a's count."""
        cost = 0.0
        n_subs = b - a - 1
        if not n_subs:
            cost += NO_SUB_COST
        else:
            for field in ("anggaran", "realisasi"):
                valued = self.valued[field]
                if valued[b] - valued[a] == 0:  # neither the head nor any sub has the column
                    continue
                sums = self.sums[field]
                head, subs = sums[a + 1] - sums[a], sums[b] - sums[a + 1]
                if head != subs:
                    cut = self.open_end and b == len(self.rows) and head > subs
                    cost += OPEN_END_SHORT_COST if cut else SUM_MISS_COST
            nums, restarts, foreign = self.run(a)
            if nums[0] is not None and nums[0] != 1:
                cost += NUMBERING_COST
            # sub kegiatan numbering rises within its kegiatan (gaps allowed, restarts not)
            cost += NUMBERING_COST * restarts[n_subs]
            cost += HIERARCHY_COST * foreign[n_subs]
        k = _nomor_int(self.nomors[a], prev_k)
        if k is not None and prev_k is not None and k != prev_k + 1:
            cost += NUMBERING_COST
        return cost, k


def _best_split(lines: list[BudgetLine], seg: list[int]) -> list[tuple[int, int]]:
    n = len(seg)
    data = _Segment(lines, seg, open_end=bool(seg) and seg[-1] == len(lines) - 1)
    # best[b]: (cost, groups, count of the last group's kegiatan) of the best split of the first b lines
    best: list[tuple[float, list[tuple[int, int]], int | None]] = [(0.0, [], None)]
    best += [(float("inf"), [], None)] * n
    for b in range(1, n + 1):
        for a in range(b):
            cost_a, groups, prev_k = best[a]
            if cost_a == float("inf"):
                continue
            cost, k = data.group_cost(a, b, prev_k)
            c = cost_a + cost
            if c <= best[b][0]:  # on a tie prefer the shorter last group
                best[b] = (c, [*groups, (a, b)], k)
    return best[n][1]


def _sequential_numbering(lines: list[BudgetLine], idx: list[int]) -> bool:
    """Lines numbered 1, 2, 3 … straight through the table (across programs): one level only."""
    nums = _ordinals([lines[i].nomor for i in idx])
    pairs = [(a, b) for a, b in zip(nums, nums[1:], strict=False) if a is not None and b is not None]
    return len(pairs) >= 3 and sum(1 for a, b in pairs if b == a + 1) >= 0.8 * len(pairs)


def _table_has_no_sub_level(lines: list[BudgetLine], starts: list[int], bounds: list[int]) -> bool:
    """Pre-2021 nomenclature: program → kegiatan with no sub kegiatan anywhere.

    True when the lines below the programs are numbered straight through, or
    when no line below a program equals the sum of a run of the lines after it.
    """
    below = [i for p in starts for i in range(p + 1, next((b for b in bounds if b > p), len(lines)))]
    if _sequential_numbering(lines, below):
        return True
    for p in starts:
        end = next((b for b in bounds if b > p), len(lines))
        seg = list(range(p + 1, end))
        for a in range(len(seg)):
            total = Decimal(0)
            for k in range(a + 1, len(seg)):
                total += _money(lines[seg[k]], "anggaran")
                if total == _money(lines[seg[a]], "anggaran") and total > 0:
                    return False
    return True


def _split_segment(lines: list[BudgetLine], seg: list[int], parent: int | None, no_sub: bool) -> None:
    if not seg:
        return
    if no_sub:
        for i in seg:
            lines[i].level, lines[i].parent_line_no = "kegiatan", parent
        return
    for a, b in _best_split(lines, seg):
        head = lines[seg[a]]
        head.level, head.parent_line_no = "kegiatan", parent
        for k in range(a + 1, b):
            lines[seg[k]].level, lines[seg[k]].parent_line_no = "sub_kegiatan", head.line_no


# --- malformed numbers --------------------------------------------------------------


def _children(lines: list[BudgetLine], line: BudgetLine) -> list[BudgetLine]:
    return [b for b in lines if b.parent_line_no == line.line_no and b.level != "total"]


def _sums_to(lines: list[BudgetLine], field: str, value: Decimal) -> bool:
    vals = [getattr(b, field) for b in lines]
    return bool(vals) and all(v is not None for v in vals) and sum(vals, Decimal(0)) == value


def _checks(lines: list[BudgetLine], line: BudgetLine, field: str, cand: Decimal) -> list[str]:
    """Which of the table's own sums confirm ``cand`` as the value of ``line.field``."""
    ok: list[str] = []
    kids = _children(lines, line)
    if _sums_to(kids, field, cand):
        ok.append("jumlah rincian di bawahnya")
    if line.level == "total" and not kids and _sums_to([b for b in lines if b.level == "program"], field, cand):
        ok.append("jumlah program")
    a, r, s = line.anggaran, line.realisasi, line.sisa
    if field == "anggaran" and r is not None and s is not None and cand - r == s:
        ok.append("anggaran − realisasi = sisa")
    if field == "realisasi" and a is not None and s is not None and a - cand == s:
        ok.append("anggaran − realisasi = sisa")
    if field == "sisa" and a is not None and r is not None and a - r == cand:
        ok.append("anggaran − realisasi = sisa")
    return ok


def _implied(lines: list[BudgetLine], line: BudgetLine, field: str, raw: str) -> dict[Decimal, list[str]]:
    """The one value the table's sums leave for a cell none of whose repairs they confirm (a digit lost in print:
    "640.00" for 640.000), kept only when the digits still readable in the cell agree with it."""
    found: dict[Decimal, list[str]] = {}
    parent = next((b for b in lines if b.line_no == line.parent_line_no), None)
    if parent is not None and getattr(parent, field) is not None:
        others = [b for b in _children(lines, parent) if b is not line]
        vals = [getattr(b, field) for b in others]
        if all(v is not None for v in vals):
            found[getattr(parent, field) - sum(vals, Decimal(0))] = ["angka induk dikurangi rincian lainnya"]
    kids = _children(lines, line)
    if kids and all(getattr(b, field) is not None for b in kids):
        found.setdefault(sum((getattr(b, field) for b in kids), Decimal(0)), ["jumlah rincian di bawahnya"])
    got = sum(c.isdigit() for c in raw)
    agree = {v: why for v, why in found.items()
             if v > 0 and len(str(int(v))) > got and (digits_agree(raw, v) or _cut_digits(raw, v))}
    return agree if len(agree) == 1 else {}


#: at most this many trailing digits lost from a printed amount (a cell cut at its right edge: "640.0" for 640.000)
LOST_DIGITS = 2


def _cut_digits(raw: str, value: Decimal) -> bool:
    """Are the digits of ``raw`` the leading digits of ``value``, with at most :data:`LOST_DIGITS` lost at the end?"""
    got = "".join(c for c in raw if c.isdigit())
    want = str(int(value)) if value == value.to_integral_value() else ""
    return len(got) >= 3 and want.startswith(got) and len(want) - len(got) <= LOST_DIGITS


def repair_malformed(lines: list[BudgetLine]) -> list[BudgetLine]:
    """Accept a repair of a malformed number only where the table's arithmetic confirms exactly one.

    Runs until nothing changes, since one accepted repair can confirm another
    (a program, then the total above it). Only when no repair is confirmed any more is a cell that lost digits in
    print read from the value the sums leave (:func:`_implied`), and then the repairs are tried again.
    """
    while _accept(lines, _confirmed_repair) or _accept(lines, _lost_digits):
        pass
    return lines


def _confirmed_repair(lines: list[BudgetLine], line: BudgetLine, cell) -> dict[Decimal, list[str]]:
    return {c: why for c in cell.candidates if (why := _checks(lines, line, cell.field, c))}


def _lost_digits(lines: list[BudgetLine], line: BudgetLine, cell) -> dict[Decimal, list[str]]:
    """A digit lost in print, never one of the ambiguous readings the cell offers."""
    return {v: why for v, why in _implied(lines, line, cell.field, cell.raw).items() if v not in cell.candidates}


def _accept(lines: list[BudgetLine], find) -> bool:
    """Accept every open malformed cell for which ``find`` gives exactly one value, until none is left; True when
    any was accepted."""
    any_changed = changed = False
    while True:
        changed = False
        for line in lines:
            for cell in line.malformed:
                if cell.accepted is not None or getattr(line, cell.field) is not None:
                    continue
                confirmed = find(lines, line, cell)
                if len(confirmed) == 1:
                    (value, why), = confirmed.items()
                    cell.accepted, cell.confirmed_by = value, "; ".join(why)
                    setattr(line, cell.field, value)
                    changed = any_changed = True
        if not changed:
            return any_changed


def _lcs(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def digits_agree(raw: str, value: Decimal, min_ratio: float = 0.7) -> bool:
    """Do the digits still readable in ``raw`` (OCR) agree with ``value``?

    The leading digits must match and most digits must appear in order; used to
    accept a total that OCR garbled when the sum of its rows reproduces it.
    """
    got = "".join(c for c in raw if c.isdigit())
    want = str(int(value)) if value == value.to_integral_value() else str(value).replace(".", "")
    if len(got) < 4 or got[:3] != want[:3]:
        return False
    return _lcs(got, want) / max(len(want), len(got)) >= min_ratio

"""Header rows: find them, merge two-level headers, map columns to fields by wording.

Headers are matched by what they say, never by position, so a different
column order or a synonym ("Pagu" for "Anggaran") still maps.
"""

from __future__ import annotations

import regex as re
from pydantic import BaseModel

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBERING = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")
_THOUSANDS = re.compile(
    r"\(\s*(?:rp\.?\s*)?000\s*\)|\brp\.?\s*000(?![\d.,])|\bribuan\s+rupiah|\bdalam\s+ribuan|\(\s*x\s*1[.,]?000\s*\)",
    re.IGNORECASE,
)


def contains_any(hay: str, words) -> bool:
    """Word search that survives letter-spaced PDF text: compares with spaces removed too."""
    if any(w in hay for w in words):
        return True
    squeezed = hay.replace(" ", "")
    return any(w.replace(" ", "") in squeezed for w in words if len(w.replace(" ", "")) >= 4)


def is_numbering_row(cells: list[str]) -> bool:
    """A row "1 2 3 …" or "(1) (2) …" under a header."""
    vals = [c.strip() for c in cells if c.strip()]
    if len(vals) < 3 or not all(_NUMBERING.match(v) for v in vals):
        return False
    nums = [int(v.strip("() ")) for v in vals]
    # column numbers, possibly in another order when the columns were rearranged
    return sorted(nums) == list(range(min(nums), min(nums) + len(nums))) and min(nums) in (0, 1)


def _headerish_cell(cell: str) -> bool:
    c = cell.strip()
    if not c:
        return True
    if len(c) > 70:
        return False
    if not _DIGIT.search(c):
        return True
    # digits only as years ("Realisasi Tahun 2021", "2019", "(Tahun 2024)") or as a unit ("Pagu (Rp. 000)")
    return not _DIGIT.search(_THOUSANDS.sub("", _ANY_YEAR.sub("", c)))


def is_header_like(cells: list[str]) -> bool:
    vals = [c for c in cells if c.strip()]
    if not vals:
        return False
    if is_numbering_row(cells):
        return True
    return all(_headerish_cell(c) for c in cells)


def split_header(rows: list[list[str]], max_rows: int = 3) -> tuple[list[list[str]], int]:
    """Leading header rows (numbering rows included) and how many rows they take."""
    if (above := _above_numbering(rows, max_rows)) is not None:
        return rows[:above], above + 1
    head: list[list[str]] = []
    n = 0
    for cells in rows:
        if n >= max_rows + 1 or not is_header_like(cells):
            break
        n += 1
        if is_numbering_row(cells):
            break
        head.append(cells)
        if n >= max_rows:
            break
    return head, n


def _above_numbering(rows: list[list[str]], max_rows: int) -> int | None:
    """How many rows stand above a row of column numbers ("1 2 3 …") within the first ``max_rows`` + 1, when
    more than one does and each is mostly header words: a header's every row stands above its column numbers,
    also a row holding one cell OCR misread into no header word ("Sasaran 2021 … 2025 226" for "… 2026"),
    which alone would end the header there and leave its lower rows in the body; else None."""
    for k, cells in enumerate(rows[: max_rows + 1]):
        if is_numbering_row(cells):
            above = rows[:k]
            if k < 2 or not all(_mostly_header(r) for r in above):
                return None
            return k
    return None


def _mostly_header(cells: list[str]) -> bool:
    """A header row but for one cell in four at most (and one at least of header words)."""
    vals = [c for c in cells if c.strip()]
    odd = sum(not _headerish_cell(c) for c in vals)
    return bool(vals) and odd < len(vals) and 4 * odd <= len(vals) and all(len(c.strip()) <= 70 for c in vals)


class Column(BaseModel):
    index: int
    group: str = ""
    leaf: str = ""

    @property
    def text(self) -> str:
        return f"{self.group} / {self.leaf}" if self.group and self.leaf else (self.leaf or self.group)

    @property
    def year(self) -> int | None:
        m = _ANY_YEAR.findall(self.text)
        return int(m[-1]) if m else None

    def has(self, *words: str, where: str = "text") -> bool:
        """Any of the words in the header, also when a PDF split a word ("Tar g et")."""
        hay = {"text": self.text, "group": self.group, "leaf": self.leaf or self.group}[where].casefold()
        return contains_any(hay, words)


def _pad(rows: list[list[str]], n: int) -> list[list[str]]:
    return [list(r) + [""] * (n - len(r)) for r in rows]


def build_columns(head: list[list[str]], n_cols: int) -> list[Column]:
    """Merge one, two or three header rows into one path per column.

    A top cell that spans columns is their group, as is a top cell over a year ("Target" / "2023"); a top
    cell over its own column only, with other text below it, is one header cell whose words a PDF
    wrapped onto several rows ("Kondisi" / "Awal" / "(2020)"): its words are joined in reading order.
    """
    head = _pad(head, n_cols)
    if not head:
        return [Column(index=i) for i in range(n_cols)]
    if len(head) == 1:
        return [Column(index=i, leaf=head[0][i].strip()) for i in range(n_cols)]
    top, leaves = head[0], head[1:]
    leaf = []
    for i in range(n_cols):
        vals = [r[i].strip() for r in leaves if r[i].strip()]
        if len(vals) > 1 and not _ALNUM.search(vals[-1]):  # "Anggaran (Rp" over ")": the bracket a cell wrapped
            vals[-2:] = [vals[-2] + vals[-1]]
        leaf.append(vals[-1] if vals else "")
    groups = _fill_groups(top, leaf)
    _fix_year_groups(top, leaf, groups)
    cols = []
    for i in range(n_cols):
        if leaf[i] and top[i].strip() and not _YEAR.match(leaf[i]) and not _spans(top, groups, i):
            cols.append(Column(index=i, leaf=" ".join(r[i].strip() for r in head if r[i].strip())))
        elif leaf[i]:
            cols.append(Column(index=i, group=groups[i], leaf=leaf[i]))
        else:
            cols.append(Column(index=i, leaf=top[i].strip()))
    return cols


def _spans(top: list[str], groups: list[str], i: int) -> bool:
    """Does the top cell of column ``i`` stand over other columns too (they take it as their group, or a
    reader repeated a merged cell's text in each of its columns)?"""
    label = top[i].strip()
    for j in (i - 1, i + 1):
        if 0 <= j < len(top) and (top[j].strip() == label or (not top[j].strip() and groups[j] == label)):
            return True
    return False


def _filled_columns(body: list[list[str]]) -> set[int]:
    return {i for cells in body if not is_numbering_row(cells) for i, c in enumerate(cells) if c.strip()}


def align_header(head: list[list[str]], body: list[list[str]], reach: int = 3) -> list[list[str]]:
    """Header text printed left of its values, moved over them.

    A PDF reader that cuts columns at right-aligned numbers leaves a centred header's words in the column
    left of their values: a column then has header text but no value in any body row (column numbers
    aside), and its values stand in the columns to its right. When a column further right has values but
    no header text, the header cells between move one column right, in every header row; else each of
    the column's header cells moves one column right, in its row: into the next column's cell when it is empty, else pushing that row's
    cells right up to the first empty cell (at most ``reach`` columns on) whose column holds values and
    has no header text below that row. Every column passed must hold values, and all of a column's
    cells must move, or nothing moves. The whole block moves only onto a headerless column of numbers (the
    values a centred header stands left of): a headerless column of words alone is the rest of the cells of the
    column left of it, cut apart by a reader (a justified cell split at its word gaps), and the header stays over
    the columns it names.
    """
    if not head or not body:
        return head
    n = max(len(r) for r in head + body)
    work = _pad([list(r) for r in head], n)
    filled = _filled_columns(body)
    worded = {i for i in filled if not any(_DIGIT.search(r[i]) for r in body if i < len(r) and not is_numbering_row(r))}
    for i in range(n - 1):
        if i in filled or not any(r[i].strip() for r in work):
            continue
        moved = _shift_block(work, i, filled, worded)
        if moved is None:
            moved = _move_right(work, i, filled, reach)
        if moved is not None:
            work = moved
    return rest_row_folded(_unit_moved_right(work, filled))


#: a header's last word that names a column of its own: "%", "(%)", "(Rp)"
_UNIT_WORD = re.compile(r"^\(?(%|rp\.?)\)?$", re.I)


def _unit_moved_right(head: list[list[str]], filled: set[int]) -> list[list[str]]:
    """``head`` with a header cell's last word naming a column of its own ("REALISASI %") moved into the next
    column, when that column has no header text in any row and holds values, as the cell's own column does: a
    reader that set the header's words on one line read the two labels into one cell, leaving the values of the
    second under no header."""
    out = [list(r) for r in head]
    for i in range(len(out[0]) - 1):
        if i not in filled or i + 1 not in filled or any(r[i + 1].strip() for r in out):
            continue
        for row in out:
            words = row[i].split()
            if len(words) >= 2 and _UNIT_WORD.match(words[-1]):
                row[i], row[i + 1] = " ".join(words[:-1]), words[-1]
                break
    return out


#: a header this deep holds a row of the rests of wrapped cells (a two-level header is the deepest the reports use)
REST_ROW_DEPTH = 3


def rest_row_folded(head: list[list[str]]) -> list[list[str]]:
    """``head`` with its last row folded into the rows above when it only finishes their cells: a header of
    :data:`REST_ROW_DEPTH` rows whose last row holds, in every filled cell, the wrapped end of the nearest filled
    cell above it ("Indikator" / "Kinerja", "Capaian Tahun" / "2023": a reader cut the tall header's lines into
    rows). Read as a third level, the columns would be named "Kinerja" and "2023"."""
    if len(head) != REST_ROW_DEPTH:
        return head
    *upper, last = [list(r) for r in head]
    places = []
    for k, cell in enumerate(last):
        if not cell.strip():
            continue
        above = next((r for r in reversed(upper) if k < len(r) and r[k].strip()), None)
        if above is None or len(cell.split()) > 2:
            return head
        places.append((above, k, cell.strip()))
    if not places:
        return head
    for row, k, cell in places:
        row[k] = f"{row[k].strip()} {cell}"
    return upper


def _shift_block(head: list[list[str]], i: int, filled: set[int], worded: set[int]) -> list[list[str]] | None:
    """Every header row's cells from column ``i`` on, one column right, when the first column right of
    ``i`` with no header text at all holds values, not words alone (``worded``), and so does every column between
    (columns with neither header text nor values, a reader's empty slivers, are passed over)."""
    live = [k for k in range(len(head[0])) if k in filled or any(r[k].strip() for r in head)]
    a = live.index(i)
    b = next((p for p in range(a + 1, len(live)) if not any(r[live[p]].strip() for r in head)), None)
    if b is None or live[b] in worded or any(live[p] not in filled for p in range(a + 1, b + 1)):
        return None
    out = [list(r) for r in head]
    for row in out:
        for p in range(b, a, -1):
            row[live[p]] = row[live[p - 1]]
        row[i] = ""
    return out


def _move_right(head: list[list[str]], i: int, filled: set[int], reach: int) -> list[list[str]] | None:
    out = [list(r) for r in head]
    for r in range(len(out) - 1, -1, -1):
        row = out[r]
        if not row[i].strip():
            continue
        j = next((k for k in range(i + 1, min(i + 1 + reach, len(row))) if not row[k].strip()), None)
        if j is None or any(k not in filled for k in range(i + 1, j + 1)):
            return None
        if j > i + 1 and any(below[j].strip() for below in head[r + 1:]):
            return None
        row[i + 1:j + 1] = row[i:j]
        row[i] = ""
    return out


def _fill_groups(top: list[str], leaf: list[str]) -> list[str]:
    groups, current = [], ""
    for t, lf in zip(top, leaf, strict=True):
        if t.strip():
            current = t.strip()
            groups.append(current)
        elif lf:
            groups.append(current)
        else:
            current = ""
            groups.append("")
    return groups


def _fix_year_groups(top: list[str], leaf: list[str], groups: list[str]) -> None:
    """Year sub-columns: a year sequence that restarts opens the next group.

    Exports often misplace a spanning label ("TARGET | | REALISASI | |" over
    "2022 | 2019 | 2020 | 2021 | 2022"); the years themselves tell where the
    second group starts.
    """
    ycols = [i for i, lf in enumerate(leaf) if _YEAR.match(lf)]
    if len(ycols) < 2:
        return
    segments: list[list[int]] = [[ycols[0]]]
    for prev, cur in zip(ycols, ycols[1:], strict=False):
        if cur != prev + 1 or int(leaf[cur]) <= int(leaf[prev]):
            segments.append([cur])
        else:
            segments[-1].append(cur)
    labels = [top[i].strip() for i in range(ycols[0], ycols[-1] + 1) if top[i].strip()]
    if len(segments) > 1 and len(labels) == len(segments):
        for seg, label in zip(segments, labels, strict=True):
            for i in seg:
                groups[i] = label


def says_thousands(text: str | None) -> str | None:
    """The words of a header or caption that put its amounts in thousands of rupiah (``(Rp. 000)``,
    ``dalam ribuan rupiah``, ``(000)``), or None."""
    m = _THOUSANDS.search(text or "")
    return m.group(0) if m else None


def header_text(head: list[list[str]]) -> str:
    return " | ".join(c.strip() for r in head for c in r if c.strip()).casefold()


_BULLET = re.compile(r"^\s*(?:[-–•·*]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)])\s*$")


def refine_columns(columns: list[Column], body: list[list[str]]) -> list[Column]:
    """Fix two common header/data misalignments, using the body to decide.

    * a bullet column: the header stands over a column of "-" bullets or item
      numbers ("1", "1.1.2", "a.") and the text is in the next column, which has
      no header of its own;
    * "Volume Satuan" written in one header cell over two data columns.
    """
    cols = [c.model_copy() for c in columns]
    for i in range(len(cols) - 1):
        nxt = cols[i + 1]
        vals = [r[i] for r in body if i < len(r) and r[i].strip()]
        beside = any(i + 1 < len(r) and r[i + 1].strip() for r in body)  # the text the bullets stand before
        if vals and all(_BULLET.match(v) for v in vals) and not nxt.text and beside:
            cols[i + 1] = cols[i].model_copy(update={"index": i + 1})
            cols[i] = Column(index=i)
            continue
        t = cols[i].text.casefold()
        if "volume" in t and "satuan" in t and not nxt.text:
            group = cols[i].group or "Target"
            cols[i] = Column(index=i, group=group, leaf="Volume")
            cols[i + 1] = Column(index=i + 1, group=group, leaf="Satuan")
    return cols

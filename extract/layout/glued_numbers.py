"""A header line of column numbers with two neighbours read as one word ("12 3 4 … 11" for "1 2 3 4 … 11").

A narrow first column ("No", one digit wide) leaves a single space between its number and the next column's on the
line of column numbers; OCR reads the two as one word ("12", or "1011" at the right end). Glued, they hide the white
channel between the two columns: the table loses its narrow column (its header words pile into the next one) and a
part on the next page with the same header no longer has the columns of the part before. The line is a run of
numbers each one more than the one before, but for a word whose digits are exactly the numbers the run misses there
("12" where 1 and 2 are due): that word is cut back into those numbers, each given its share of the word's box (one
character cell per digit and one for the space between, as a monospaced or narrow print sets them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lkjip.extract.layout.geometry import Atom, TextLine, Word

#: a glued word holds this many column numbers at most
MAX_GLUED = 3
#: the run of column numbers, glued ones counted, is this long at least
MIN_NUMBERS = 4
#: a column number has at most this many digits
NUMBER_DIGITS = 2


def _glued(text: str, first: int) -> list[str] | None:
    """The column numbers ``first``, ``first + 1``, … whose digits written together are ``text``; None if none."""
    for k in range(2, MAX_GLUED + 1):
        run = [str(first + i) for i in range(k)]
        if "".join(run) == text and len(run[-1]) <= NUMBER_DIGITS:
            return run
    return None


def _run(words: Sequence[Word], start: int) -> list[list[str]] | None:
    """The column numbers of each word of a line read as a rising run from ``start``, at least one word glued;
    None when the line is no such run."""
    out: list[list[str]] = []
    due = start
    for w in words:
        if w.text == str(due):
            out.append([w.text])
            due += 1
            continue
        pieces = _glued(w.text, due)
        if pieces is None:
            return None
        out.append(pieces)
        due += len(pieces)
    if all(len(p) == 1 for p in out) or sum(map(len, out)) < MIN_NUMBERS:
        return None
    return out


def glued_run(line: TextLine) -> list[list[str]] | None:
    """The column numbers each word of ``line`` stands for when it is a line of column numbers with some glued
    ("12 3 4 5" → [["1", "2"], ["3"], ["4"], ["5"]]); None otherwise."""
    words = line.words
    if len(words) < 2 or not all(w.text.isdigit() and len(w.text) <= NUMBER_DIGITS * MAX_GLUED for w in words):
        return None
    first = words[0].text
    for j in range(1, min(NUMBER_DIGITS, len(first)) + 1):  # the first number: the first word's first digits
        if (run := _run(words, int(first[:j]))) is not None:
            return run
    return None


def _cut(w: Word, pieces: list[str]) -> list[Word]:
    """``w`` cut into ``pieces``, one character cell per digit and one for each space between."""
    cells = len(w.text) + len(pieces) - 1
    cell = (w.x1 - w.x0) / cells
    out, at = [], 0
    for p in pieces:
        x0 = w.x0 + at * cell
        out.append(Word(p, x0, w.top, x0 + len(p) * cell, w.bottom, w.size, w.bold, w.conf))
        at += len(p) + 1
    return out


def unglued_lines(atoms: list[Atom], to_lines: Callable[[list[Atom]], list[TextLine]]) -> list[TextLine]:
    """The lines of ``atoms``, every word of a glued line of column numbers (:func:`glued_run`) cut into its
    numbers (the lines built again only then). Only words (OCR) can be glued: a text layer's glyphs are one
    character each."""
    lines = to_lines(atoms)
    if not any(isinstance(a, Word) and len(a.text) > 1 and a.text.isdigit() for a in atoms):
        return lines
    cut: dict[int, list[Word]] = {}
    for ln in lines:
        if (run := glued_run(ln)) is None:
            continue
        for w, pieces in zip(ln.words, run, strict=True):
            if len(pieces) > 1:
                cut[id(w)] = _cut(w, pieces)
    if not cut:
        return lines
    out: list[Atom] = []
    for a in atoms:
        out.extend(cut.get(id(a), [a]))
    return to_lines(out)

"""Words a narrow cell of a scanned page broke, read back as two or three words ("Administras i", "per lindunga n").

A renderer breaks a word inside itself only when it does not fit its cell's width; the page's reader rejoins such
lines without a space when the line filled its cell. A scanned page gives no exact glyph boxes, so a break inside
a word is often taken for a space: the cell reads "Administras i" where the document prints "Administrasi". The
document tells the two apart: the whole word is printed elsewhere in it (another row, another table, the text),
while the piece after the break is printed nowhere on its own. :func:`broken_words_joined` glues such pieces back
in the cells of tables read by OCR (a text PDF's reader has the boxes and is left alone), and a compound broken
after its hyphen ("RKA- SKPD": no word ends on one in print) is glued whole. Words are compared whatever their case. A tail of
one or two signs misread on its own line ("kualita Ss", "difasilita S1") is glued back as the letters it stands for
when its head is no word the document prints (:func:`_misread_tails_joined`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import regex as re

from lkjip.extract.cell_rest import JOINING_WORDS
from lkjip.extract.document import Paragraph, Table
from lkjip.extract.lone_word import block_texts

#: a word's piece: letters only, a comma or stop after the last piece allowed
_PIECE = re.compile(r"^(\p{L}+)([,.;:)]?)$")
#: a space OCR read after a hyphen joining two words ("RKA- SKPD"): a break in the compound (after a slash, print
#: has both: "Provinsi/ Pusat" and "APBN/DAK")
_JOINT_SPACE = re.compile(r"(?<=\p{L}\p{L}-) (?=\p{L})")
#: a piece after a break this short is no word ("an", "i"): it may follow a head the document prints as a word
_SHORT_TAIL = 3
#: at most this many pieces make up one broken word (a word broken twice in a very narrow cell)
MAX_PIECES = 3
#: short words that stand on their own, whatever the document's counts say
_SHORT = frozenset(["di", "ke", "se", "per", "pun", "ini", "itu", "ada", "non", *JOINING_WORDS])


def _words(texts: Iterable[str]) -> Counter[str]:
    """Every whole word of ``texts`` as printed (case kept), with how often it is printed."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(m.group(1) for t in text.split() if (m := _PIECE.match(t)))
    return counts


def _glued(pieces: Sequence[str]) -> bool:
    """The pieces after the first can be the rest of a word broken at a line's end: lower case, or upper case after
    an upper-case head ("KEGIAT" / "AN"); of two pieces, neither a short word of its own ("yang di proses")."""
    head = pieces[0]
    if len(pieces) == 2 and head.lower() in _SHORT:
        return False
    for p in pieces[1:]:
        if p.lower() in _SHORT and len(pieces) == 2 or not (p.islower() or (p.isupper() and head.isupper())):
            return False
    return True


def _candidates(tokens: Sequence[str], known: Counter[str]) -> Iterable[tuple[int, int, str]]:
    """(start, count, joined word) of each run of 2-3 tokens that glued make a word ``known`` prints whole."""
    i = 0
    while i < len(tokens) - 1:
        for n in range(min(MAX_PIECES, len(tokens) - i), 1, -1):
            parts = [_PIECE.match(t) for t in tokens[i:i + n]]
            if not all(parts) or any(m.group(2) for m in parts[:-1]):
                continue
            pieces = [m.group(1) for m in parts]
            joined = "".join(pieces)
            if len(pieces[0]) >= 2 and _glued(pieces) and known[joined.lower()] >= 1:
                yield i, n, joined + parts[-1].group(2)
                i += n - 1
                break
        i += 1


def broken_words_joined(blocks: list[Paragraph | Table]) -> list[Paragraph | Table]:
    """``blocks`` with the words a narrow cell broke glued back in the body cells of tables read by OCR: a run of
    two or three tokens glued is a word the document prints whole elsewhere, and each piece after the first is
    printed nowhere on its own (the break made it: "Administras" / "i")."""
    tables = [b for b in blocks if isinstance(b, Table) and b.strategy == "ocr"]
    if not tables:
        return blocks
    known: Counter[str] = Counter()
    for w, n in _words(block_texts(blocks)).items():
        known[w.lower()] += n  # a word counts however its case is printed ("Kegiatan" / "kegiatan")
    found: list[tuple[list[str], int, int, int, str]] = []
    tails: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for t in tables:
        for r in t.rows:
            if r.is_header:
                continue
            for k, cell in enumerate(r.cells):
                r.cells[k] = cell = _JOINT_SPACE.sub("", cell)
                tokens = cell.split(" ")
                for i, n, joined in _candidates(tokens, known):
                    found.append((r.cells, k, i, n, joined))
                    tails.update(_PIECE.match(p).group(1).lower() for p in tokens[i + 1:i + n])
                    heads[_PIECE.match(tokens[i]).group(1).lower()] += 1
    done: dict[tuple[int, int], list[str]] = {}
    for cells, k, i, n, joined in found:
        tokens = done.setdefault((id(cells), k), cells[k].split(" "))
        pieces = [_PIECE.match(p).group(1).lower() for p in tokens[i + 1:i + n]]
        if any(known[p] > tails[p] for p in pieces):
            continue  # a piece the document prints as a word of its own elsewhere: two words
        head = _PIECE.match(tokens[i]).group(1).lower()
        if known[head] > heads[head] and len(pieces[0]) > _SHORT_TAIL:
            continue  # two words the reading glued elsewhere ("Meningkatnya" / "keaktifan"): a word, then a word
        tokens[i:i + n] = [joined] + [""] * (n - 1)
        cells[k] = " ".join(t for t in tokens if t)
    _misread_tails_joined(tables, known)
    return blocks


#: a word's tail of one or two signs the reading misread: a digit for a letter, a capital, a letter doubled
_MISREAD = re.compile(r"^([\p{L}\d]{1,2})([,.;:)]?)$")
_LETTER_OF = str.maketrans("1059", "iosg")
#: a misread tail holds a letter: digits alone are a number of their own ("Tenaga Bidan 9 orang": a count)
_LETTER = re.compile(r"\p{L}")


def _tail_readings(tail: str) -> list[str]:
    """What a misread tail may have been printed as: its digits letters they look like ("S1" -> "si"), lower
    case, a letter read twice once ("Ss" -> "s")."""
    low = tail.translate(_LETTER_OF).lower()
    return [low, low[1:]] if len(low) == 2 and low[0] == low[1] else [low]


def _misread_tails_joined(tables: Sequence[Table], known: Counter[str]) -> None:
    """A word's tail broken off by a narrow cell and misread ("kualita Ss", "difasilita S1": a digit or a capital
    where a letter was, a letter read twice) glued back as its reading: the head is printed nowhere else as a word
    (the break made it) and the head with the tail read as letters is a word the document prints whole."""
    sites: list[tuple[list[str], int, int, str]] = []
    heads: Counter[str] = Counter()
    for t in tables:
        for r in t.rows:
            for k, cell in enumerate([] if r.is_header else r.cells):
                tokens, last = cell.split(" "), -2
                for i in range(len(tokens) - 1):
                    head, tail = _PIECE.match(tokens[i]), _MISREAD.match(tokens[i + 1])
                    if head is None or tail is None or head.group(2) or len(head.group(1)) < 3 or i == last + 1 \
                            or tail.group(1).islower() or not _LETTER.search(tail.group(1)):
                        continue
                    word = next((head.group(1) + v for v in _tail_readings(tail.group(1))
                                 if known[(head.group(1) + v).lower()] >= 1), None)
                    if word is not None:
                        sites.append((r.cells, k, i, word + tail.group(2)))
                        heads[head.group(1).lower()] += 1
                        last = i
    for cells, k, i, word in reversed(sites):  # right to left: a cell's earlier sites keep their place
        tokens = cells[k].split(" ")
        if known[tokens[i].lower()] > heads[tokens[i].lower()]:
            continue  # the head is a word the document prints on its own: two words
        cells[k] = " ".join([*tokens[:i], word, *tokens[i + 2:]])

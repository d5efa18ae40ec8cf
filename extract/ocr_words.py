"""Words as Tesseract misreads them, put right, and the vocabulary of a scanned page.

A word that is no word of the model's dictionary but one typical letter
confusion away from exactly one ("Prosram" → "Program") is put right
(:func:`correct_word`); the dictionary and the page's own text form the
vocabulary that tells a word broken in a narrow cell ("Doku" / "men") from
two words ("kelola" / "pemerintahan") (:func:`page_vocabulary`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from lkjip.extract.layout.geometry import Word, inside, lines_from_words
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.words import Vocabulary
from lkjip.extract.ocr_tesseract import model_words

_DICTIONARY_MIN = 5


@functools.lru_cache(maxsize=4)
def dictionary_vocabulary(lang: str) -> Vocabulary:
    """The dictionary of Tesseract's ``lang`` model as a :class:`Vocabulary`, built once per process (empty when
    the model or its tools are not installed): a text PDF's pages lean on it as a base (words broken in narrow
    cells told from two words the document prints nowhere else)."""
    return Vocabulary([dictionary_text(lang)])


@functools.lru_cache(maxsize=4)
def dictionary_text(lang: str) -> str:
    # each word on a line of three, the shape :class:`~lkjip.extract.layout.words.Vocabulary` counts as a word printed whole; short words
    # are left out: the list holds many ("nan", "men", "an") that are also pieces of broken longer words
    # ("triwula" / "nan"), and the page's own text brings the short words it prints
    return "\n".join(f"{w} {w} {w}" for w in model_words(lang).split() if len(w) >= _DICTIONARY_MIN)


@functools.lru_cache(maxsize=4)
def dictionary_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in model_words(lang).split())


#: letters the Indonesian model puts for others in 200 dpi serif print ("Prosram", "Kepiatan", "Penuniang") and
#: 8 pt sans ("Jumiah"): what it read -> what may have been printed
_LETTER_CONFUSIONS = {"s": "g", "p": "g", "g": "s", "i": "jl", "j": "i", "v": "y", "y": "v", "c": "e", "e": "c"}


#: words this short are left alone: a piece of a word broken in a narrow cell ("PENGAW" / "ASAN") is often one
#: letter away from some short dictionary word ("agan")
_ALPHA_WORD = re.compile(r"^[^\W\d_]{4,}$")


def correct_word(text: str, dictionary: frozenset[str], ordered: Sequence[str] = ()) -> str:
    """``text`` with one letter put right when it is no word of ``dictionary`` and exactly one word is a
    single typical confusion away ("Prosram" -> "Program"); otherwise unchanged. Case is kept.

    Pieces of a word broken in a narrow cell ("Kepiat" / "an") are put right once the cell's lines are
    joined (:func:`fix_table_words`). With ``ordered`` (the dictionary sorted), a piece is put right on its
    own when it begins no word and exactly one variant does: this also changed a real "Iuaran" (a typo for
    "Iuran") to "Juaran", so it is not used on pages.
    """
    core = text.rstrip(".,;:")
    if not dictionary or not _ALPHA_WORD.match(core) or core.lower() in dictionary:
        return text
    low = core.lower()
    variants = {
        low[:i] + alt + low[i + 1 :]
        for i, ch in enumerate(low)
        # a "v" is rare in Indonesian words: one is looked at in shorter words too ("dava" -> "daya")
        if len(low) >= 5 or ch == "v"
        for alt in _LETTER_CONFUSIONS.get(ch, "")
    }
    found = {v for v in variants if v in dictionary}
    if not found and ordered and len(low) >= 6 and not _begins_a_word(low, ordered):
        found = {v for v in variants if _begins_a_word(v, ordered)}
    if len(found) != 1:
        return text
    (word,) = found
    fixed = "".join(c.upper() if o.isupper() else c for c, o in zip(word, core, strict=True))
    return fixed + text[len(core) :]


def _begins_a_word(prefix: str, ordered: Sequence[str]) -> bool:
    i = bisect.bisect_left(ordered, prefix)
    return i < len(ordered) and ordered[i].startswith(prefix)


def fix_table_words(res: PageResult, dictionary: frozenset[str]) -> None:
    """:func:`correct_word` on the words of joined table cells (a broken word is whole only there), after
    :func:`split_glued`."""
    for pt in res.tables:
        for row in pt.table.rows:
            row.cells[:] = [" ".join(correct_word(t, dictionary) for t in split_glued(c, dictionary).split(" "))
                            for c in row.cells]


#: a word that runs on into a capitalized one ("PemberdayaanDesa"): its head ends lower-case, its tail is Capitalized
_GLUED = re.compile(r"(?<![\w])([^\W\d_]*[a-z])([A-Z][a-z]{2,})(?![\w])")


def split_glued(text: str, dictionary: frozenset[str]) -> str:
    """``text`` with the space Tesseract lost before a capitalized word put back ("Pemberdayaa" / "n Desa" read
    "nDesa", joined "PemberdayaanDesa"): only where both halves are words of ``dictionary`` and the whole is not."""
    if not dictionary:
        return text

    def cut(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        whole = (head + tail).lower()
        if len(head) >= 3 and whole not in dictionary and head.lower() in dictionary and tail.lower() in dictionary:
            return f"{head} {tail}"
        return m.group(0)

    return _GLUED.sub(cut, text)


def page_vocabulary(
    words: list[Word], cells: list[tuple[float, float, float, float]], lang: str | None = None
) -> Vocabulary:
    """The words a page prints whole: its OCR'd text (each table cell's lines, then the lines outside them)
    and the dictionary of Tesseract's ``lang`` model (:func:`~lkjip.extract.ocr_tesseract.model_words`).

    Lines are built per cell (a row's cells side by side are no line), so a word
    broken in a narrow cell ("Doku" / "men") stays a fragment. The dictionary
    matters where a column is so narrow that every word has a line of its own:
    there, "kelola" / "pemeri" / "ntahan" reads right only when something says
    "kelola" is a word and no word starts with "kelolapemeri".
    """
    return Vocabulary(page_texts(words, cells), base=dictionary_vocabulary(lang) if lang else None)


def page_texts(words: list[Word], cells: Sequence[tuple[float, float, float, float]]) -> list[str]:
    """A page's OCR'd text for a vocabulary: each bordered cell's lines, then the lines outside them (a row's cells
    side by side are no line, so a word broken in a narrow cell, "Doku" / "men", stays a fragment). Outside bordered
    cells a line is cut where its words stand a column gap apart (:func:`column_pieces`): the cells of a table
    ruled by rows only, or by nothing, are no line together either."""
    texts: list[str] = []
    rest = list(words)
    for box in cells:
        inner = [w for w in rest if inside(w, box)]
        if inner:
            texts.append("\n".join(ln.text for ln in lines_from_words(inner)))
            taken = {id(w) for w in inner}
            rest = [w for w in rest if id(w) not in taken]
    texts.append("\n".join(piece for ln in lines_from_words(rest) for piece in column_pieces(ln.words, ln.size)))
    return texts


#: words of one line further apart than this share of the line's size stand in two columns: running text spaces
#: its words 0.2-0.35 of it in proportional print, 0.6-0.7 in monospace (justified lines somewhat more); cells
#: side by side leave 1.2 and more between them
COLUMN_GAP = 1.0


def column_pieces(words: Sequence[Word], size: float) -> list[str]:
    """The texts of a line's runs of words (left to right) no :data:`COLUMN_GAP` apart: "penangan" at the end of
    a narrow cell is no word printed inside a line of running text with the next cell's "gangguan"."""
    pieces: list[list[str]] = []
    prev: Word | None = None
    for w in sorted(words, key=lambda w: w.x0):
        if prev is None or w.x0 - prev.x1 > COLUMN_GAP * size:
            pieces.append([])
        pieces[-1].append(w.text)
        prev = w
    return [" ".join(p) for p in pieces]

"""Wrapped words: the printed lines of one cell or paragraph joined back into text.

:func:`join_wrapped` decides, at each line break, between a space and none.
Geometry says whether a line filled its cell or left no room for the next
character, and whether the word could have fit on a line of its own
(:func:`lines_text`); the document's :class:`Vocabulary` says whether "Menin" +
"gkatnya" is a word, and whether the document prints "Kabupaten/ Kota" with
the space. A cell's last line (:class:`Tail`) keeps what is needed to rejoin a
cell cut by a page break (:func:`tail_glue`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from lkjip.extract.layout.cues import NUMBERISH
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.inferred_marks import inferred_mark
from lkjip.extract.layout.stacked import complete_amount, grouped_amount, grouped_or_complete

#: short words that legitimately start a wrapped line; never glued to the line above
_SHORT_WORDS = frozenset(
    ["di", "ke", "dan", "dr", "yg", "per", "ini", "itu", "ada", "pun", "se", "&", "/", "no", "rp", "ttg", "thn", "tgl", "kab", "kec", "kel", "prov", "org"]
)




_WORD = re.compile(r"[^\W\d_]+")


class Vocabulary:
    """Words a document prints whole, with counts, for telling broken words from whole ones.

    Built from page text where line breaks are marked ``\n``: only words of
    lines holding at least three words count, and not a line's last word, so the
    fragments of words broken in narrow cells ("Menin" / "gkatnya" / "dirian
    desa"), which stand alone or at a line's end, do not.

    ``base`` is a vocabulary built once and shared (a language's dictionary): its words count as printed too,
    without being copied (phrases are the document's own).
    """

    def __init__(self, texts: Iterable[str] = (), base: Vocabulary | None = None):
        self.base = base
        self.counts: Counter[str] = Counter()
        #: last words of those lines: whole words, or the head of a broken one; only for prefix lookups
        self.tails: Counter[str] = Counter()
        printed: list[str] = []
        for text in texts:
            for line in text.split("\n"):
                printed.append(" ".join(line.split()))
                words = _WORD.findall(line)
                if len(words) >= 3:
                    self.counts.update(w.lower() for w in words[:-1] if len(w) > 1)
                    self.tails[words[-1].lower()] += 1
        both = self.counts + self.tails
        self._sorted = sorted(both)
        self._both = both
        #: every printed line, one per text line, for phrase lookups (a phrase never spans a line break)
        self._text = "\n".join(printed)

    def count(self, word: str) -> int:
        return self.counts.get(word.lower(), 0) + (self.base.count(word) if self.base else 0)

    def printed(self, word: str) -> bool:
        """The document prints ``word`` as a word of a line of running text (line-final included)."""
        return self._both.get(word.lower(), 0) > 0 or (self.base is not None and self.base.printed(word))

    def phrase_count(self, phrase: str) -> int:
        """How often ``phrase`` is printed within one line (case-sensitive, single spaces)."""
        return self._text.count(phrase) if phrase else 0

    def spaced_at_slash(self, before: str, after: str, min_words: int = 1) -> bool | None:
        """Whether a line break beside a slash (``before`` ends in "/" or ``after`` starts with one) stood for a
        space, by how the document prints the longest run of words ending there on one line: "… Kabupaten/ Kota"
        or "… Kabupaten/Kota", "… desa /kelurahan" or "… desa/kelurahan" (None: printed neither way, or only
        runs shorter than ``min_words``)."""
        words, nxt = before.split(), after.split()[0] if after.split() else ""
        for k in range(len(words), min_words - 1, -1):
            tail = " ".join(words[-k:])
            spaced, glued = self.phrase_count(f"{tail} {nxt}"), self.phrase_count(tail + nxt)
            if spaced or glued:
                return spaced > glued
        return None

    def prefix_count(self, prefix: str) -> int:
        """How often words starting with ``prefix`` occur (line-final words included)."""
        prefix = prefix.lower()
        i = bisect.bisect_left(self._sorted, prefix)
        total = self.base.prefix_count(prefix) if self.base else 0
        while i < len(self._sorted) and self._sorted[i].startswith(prefix):
            total += self._both[self._sorted[i]]
            i += 1
        return total


_ALPHA_TAIL = re.compile(r"[^\W\d_]+$")


_ALPHA_HEAD = re.compile(r"^[^\W\d_]+")


#: Indonesian prefixes a derived word opens with ("ter" + "fasilitasi"): the dictionary lists the stem, the
#: document may print the derived word only broken
_PREFIXES = ("memper", "menge", "meng", "meny", "mem", "men", "ber", "ter", "per", "peng", "peny", "pem", "pen",
             "di", "ke", "se", "me", "pe")
#: the least of the stem a prefix must leave for the lookup to say anything
_STEM_LEAST = 4


def _affixed_start(vocab: Vocabulary, head: str, joined: str) -> bool:
    """``joined`` (a head not printed as a word and the piece under it) starts a word the document or its
    dictionary knows once a prefix is taken off ("terfa" + "silit": "fasilit…" of "fasilitasi"): a derived word
    a narrow cell broke, its pieces no words of their own."""
    low = joined.lower()
    return not vocab.printed(head) and any(
        low.startswith(p) and len(low) - len(p) >= _STEM_LEAST and vocab.prefix_count(low[len(p):]) > 0
        for p in _PREFIXES)


def _glue(
    prev_line: str,
    out: str,
    part: str,
    prev_full: bool,
    vocab: Vocabulary | None = None,
    too_wide: bool = False,
    tight: bool = False,
    guess: bool = True,
) -> bool:
    """True when ``part`` continues the word that ends ``out`` (no space between); ``guess``: a fragment no
    word the document prints may be glued on by its looks (short, lower case)."""
    if out.endswith(" /") or part.startswith("/ ") or part == "/":
        return False  # a slash standing between spaces: "Pengujian /" + "Verifikasi"
    if part.startswith("/") and out[-1].isalnum():
        # "desa" + "/kelurahan": a producer breaks a line before a slash only at a space before it (never
        # inside "desa/kelurahan", UAX #14 LB13), unless the word was too wide for its cell: moved to a line of
        # its own, which it filled, and broken there ("Pemeliharaan" / "/Rehabilitasi"). Otherwise spaced,
        # unless the document prints the run of words before the break glued elsewhere on one line (one word is
        # no evidence: "desa/kelurahan" and "desa /kelurahan" stand in the same report)
        if " " not in prev_line and (prev_full or tight or too_wide):
            return True
        return vocab is not None and vocab.spaced_at_slash(out, part, min_words=2) is False
    if vocab is not None and out.endswith("/") and part[0].isalnum():
        # "Kabupaten/" + "Kota": printed with the space or without? As the document prints the words around the
        # break elsewhere on one line; neither: glued, as below
        return not vocab.spaced_at_slash(out, part)
    if out.endswith("/") or part.startswith("/"):
        return True
    if out[-1].isalnum() and part[0] in ",;:)":
        return True  # "Fasilitasi" + ", rekomendasi"
    if out.endswith("-") and len(out) > 1 and out[-2].isalnum() and part[0].isalnum():
        return True
    if out[-1].isalnum() and len(part) > 1 and part[0] == "-" and part[1].isalnum():
        return True  # "perundang" + "-undangan"
    last = out.rsplit(" ", 1)[-1]
    first = part.split(" ", 1)[0]
    if NUMBERISH.match(last) and re.match(r"^[\d.,]", first):
        # a number broken across lines: "310.000" + ".000,00", "1.250.0" + "00.000,"; but nothing of a number
        # follows its decimals: "4.321.000.500,00" + "12.500.750.000,00" are two amounts stacked in one cell
        if (complete_amount(last) or (grouped_amount(last) and grouped_or_complete(first))) and first[0].isdigit():
            return False
        return last[-1] in ".," or first[0] in ".," or prev_full
    head_m, tail_m = _ALPHA_TAIL.search(last), _ALPHA_HEAD.match(first)
    if not (head_m and tail_m) or " " in prev_line:
        # a renderer moves a word too wide for its cell to a line of its own before breaking it, so the
        # head of a broken word is alone on its line ("dan tokoh" / "masyaraka" / "t" broke no word)
        return False
    head, tail = head_m.group(0), tail_m.group(0)
    # the line was one token, it filled the cell to within the next character and the word would not fit on
    # a line of its own: the renderer broke it ("Kamti" / "bmas", "dipelihara/Dire" / "habilitasi"), unless
    # either piece is a word the document prints and no word it prints starts with the two together
    # ("kelola" / "pemeri", "Dipelihara" / "dengan"), or the piece below starts a word the document prints
    # ("wilayah" / "kecam" / "atan": the head of "kecamatan", broken in turn)
    known_apart = (
        vocab is not None
        and (vocab.printed(head) or vocab.printed(tail) or (len(tail) >= 5 and vocab.prefix_count(tail) > 0))
        and vocab.prefix_count(head + tail) == 0 and not _affixed_start(vocab, head, head + tail)
    )
    if too_wide and tail.lower() not in _SHORT_WORDS and tail[0].islower() and not known_apart:
        return True
    if not (prev_full or tight):
        return False
    # the line was one token that filled the cell (or left no room for the next character): was it broken
    # inside the word?
    if vocab is not None:
        joined = vocab.prefix_count(head + tail)
        if joined >= 1 and (joined >= vocab.count(tail) or vocab.count(head) == 0):
            return True  # "Menin" + "gkatnya", "dilaksan" + "akan": the document prints the whole word
    if not guess or len(tail) > 3 or tail.lower() in _SHORT_WORDS or tail != first.rstrip(".,;:)"):
        return False
    return tail.islower() or (tail.isupper() and head.isupper())


#: an amount in whole groups of three, no decimals ("16.668.825")
_WHOLE_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})+")


def join_wrapped(
    parts: Sequence[str],
    full_lines: Sequence[bool] | None = None,
    vocab: Vocabulary | None = None,
    too_wide: Sequence[bool] | None = None,
    tight: Sequence[bool] | None = None,
    guess: Sequence[bool] | None = None,
) -> str:
    """Rejoin the printed lines of one wrapped cell or paragraph.

    A line break is dropped (no space) when:

    * the line ends with ``/`` ("Kabupaten/" + "Kota"), unless the document prints the words
      around the break with a space elsewhere on one line; or the next line starts with one
      and the line was a single token that filled its cell ("KABUPATEN" + "/KOTA": a word
      too wide for its cell broken by force) or the document prints the run of two or more
      words before the break glued on one line (else the break stood for a space: producers
      break before a slash only at a space);
    * the line ends with a hyphen attached to a letter or digit ("RKA-" + "SKPD"):
      Indonesian hyphens are mostly real (reduplication "kupu-kupu", compounds),
      so the hyphen is kept;
    * a number continues: the line ends with a number and the next starts with a
      digit, "." or ",", and either side of the break is a separator or the line
      filled its cell ("310.000" + ".000,00", "1.250.0" + "00.000,"), or the line ends an amount on its decimal
      comma and the next is the dash of its ",-" alone;
    * the line is a single token that *filled* its cell (``full_lines[i]``, from
      geometry: renderers break a word only when it does not fit on a line of
      its own) and either the document's ``vocab`` knows the joined word (words
      starting with it occur, at least as often as the next fragment as a word
      of its own: "Menin" + "gkatnya", "Persen" + "tase"), or the next
      line starts with a fragment that is no word: at most three letters, lower
      case ("Penyelenggar" + "aan", "Anggar" + "an") or upper case after an
      upper-case token ("KABUPATEN/KO" + "TA"), and not a short word such as
      "di", "ke", "dan" (where ``guess`` is given, only after a line it marks: a cell set right, whose lines all
      end at its edge, :func:`lines_text`).

    Otherwise the lines are joined with one space ("Perencanaan," + "Penganggaran",
    "Pemerintahan" + "Daerah"). Without geometry only the first three rules apply.
    """
    out = ""
    prev_part = ""
    for i, raw in enumerate(parts):
        part = " ".join(raw.split())
        if not part:
            continue
        if out:
            prev_full = bool(full_lines is not None and i - 1 < len(full_lines) and full_lines[i - 1])
            wide = bool(too_wide is not None and i - 1 < len(too_wide) and too_wide[i - 1])
            snug = bool(tight is not None and i - 1 < len(tight) and tight[i - 1])
            hunch = guess is None or (i - 1 < len(guess) and guess[i - 1])
            whole = _WHOLE_GROUPED.fullmatch(out.rsplit(" ", 1)[-1])
            if whole and re.fullmatch(r"\d{2}", part):
                # a whole amount in groups of three over its two decimals alone ("16.668.825" / "00"): the
                # cut decimal mark a scan's reading lost, the other separator than the groups'
                out += ("," if whole.group(1) == "." else ".") + part
                inferred_mark(out.rsplit(" ", 1)[-1])
            elif re.search(r"\d,$", out) and part in ("-", "–"):
                out += part  # an amount cut after its decimal comma, the dash of its ",-" wrapped alone
            else:
                out += part if _glue(prev_part, out, part, prev_full, vocab, wide, snug, hunch) else " " + part
        else:
            out = part
        prev_part = part
    return out


#: advance widths (1/1000 em) of Helvetica/Arial, the metrics most report fonts share closely enough to tell
#: a wide letter ("m", "W") from a narrow one ("i", "l") when sharing out a word's measured width
_CHAR_WIDTHS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500,
         722, 500, 500, 500, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722,
         667, 611, 722, 667, 944, 667, 667, 611],
        strict=True,
    )
)


def first_char_width(word: Word) -> float:
    """Estimated printed width of ``word``'s first character: its measured width shared out by letter widths."""
    widths = [_CHAR_WIDTHS.get(c, 556) for c in word.text]
    return (word.x1 - word.x0) * widths[0] / sum(widths) if widths else 0.0


def lines_text(lines: Sequence[TextLine], right_edge: float | None = None, vocab: Vocabulary | None = None) -> str:
    """Text of lines stacked in one cell, wrap-joined.

    ``right_edge`` is where the column's text stops (the furthest any line of the
    column reaches); a line ending within ~0.7 em of it filled the cell.
    """
    ragged = _ragged_left(lines)
    left = min((ln.x0 for ln in lines), default=0.0)

    def room(ln: TextLine) -> float:
        """White the line leaves in its cell: after it, or before it where the cell's lines are set right (its end
        no measure of it)."""
        assert right_edge is not None
        return (right_edge - left) - (ln.x1 - ln.x0) if ragged else right_edge - ln.x1

    full = [right_edge is not None and room(ln) <= 0.7 * ln.size for ln in lines]
    wide: list[bool] = []
    tight: list[bool] = []
    if right_edge is not None and lines:
        extent = right_edge - left
        for a, b in zip(lines, lines[1:], strict=False):
            last, first = a.words[-1], b.words[0]
            # a word broken by the renderer fills its line so that the next character would not fit
            tight.append(room(a) < first_char_width(first))
            # ... to within one average character, and the whole word would not fit on a line of its own
            char = (first.x1 - first.x0) / max(len(first.text), 1)
            snug = room(a) < 0.9 * char
            wide.append(snug and (last.x1 - last.x0) + (first.x1 - first.x0) > extent + 0.5)
        if ragged:  # white short of an em beside a narrow cell's line may still hold the next word's first letter:
            # a fragment no word the document prints is glued on only where that letter would not have fit
            return join_wrapped([ln.text for ln in lines], full, vocab, wide, tight, guess=tight)
    return join_wrapped([ln.text for ln in lines], full, vocab, wide, tight)


def _ragged_left(lines: Sequence[TextLine], tol: float = 1.0) -> bool:
    """The cell's lines start at several x but end at one: set right. A line ending at the column's right edge then
    says nothing of a word too wide for it ("iban" / "umu" / "m" of "ketertiban umum", set right: each line ends at
    the edge, "iban" with room left for the "u" after it)."""
    if len(lines) < 2 or max(ln.x0 for ln in lines) - min(ln.x0 for ln in lines) <= tol:
        return False
    ends = [ln.x1 for ln in lines]
    return max(ends) - min(ends) <= tol


class Tail(NamedTuple):
    """A cell's last printed line, for rejoining a row cut by a page break."""

    text: str
    #: the line filled the cell's width
    full: bool
    #: the text ran down to the bottom of the row (a cell the page break may have cut)
    running: bool = True
    #: room left between the line's end and the column's right edge, the last word's width and the width
    #: text has in the column (points; None: unknown), and the font size
    room: float | None = None
    last_width: float = 0.0
    extent: float = 0.0
    size: float = 10.0


def cell_tail(lines: Sequence[TextLine], right: float | None, bottom: float | None = None) -> Tail:
    if not lines:
        return Tail("", False, False)
    last = lines[-1]
    running = bottom is None or last.bottom >= bottom - 1.6 * max(last.height, 1.0)
    full = right is not None and last.x1 >= right - 0.7 * last.size
    if right is None:
        return Tail(last.text, full, running)
    word = last.words[-1]
    extent = right - min(ln.x0 for ln in lines)
    return Tail(last.text, full, running, right - last.x1, word.x1 - word.x0, extent, last.size)


def tail_glue(tail: Tail, out: str, part: str, vocab: Vocabulary | None) -> bool:
    """:func:`_glue` for a cell cut by a page break: the next line's widths estimated from the font size."""
    first = part.split(" ", 1)[0]
    tight = wide = False
    if tail.room is not None and first:
        widths = [_CHAR_WIDTHS.get(c, 556) * tail.size / 1000 for c in first]
        tight = tail.room < widths[0]
        snug = tail.room < 0.9 * sum(widths) / len(widths)
        wide = snug and tail.last_width + sum(widths) > tail.extent + 0.5
    return _glue(tail.text, out, part, tail.full, vocab, wide, tight)

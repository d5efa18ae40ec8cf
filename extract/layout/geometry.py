"""Page geometry: the primitives every layout step works on.

:class:`Glyph` (one character), :class:`Word` (a run of glyphs, or an OCR
word), :class:`TextLine` (words on one baseline, left to right) and
:class:`Ruling` (a ruling line or thin filled rectangle), all in top-left page
coordinates (points); the grouping of glyphs into words
(:func:`words_from_glyphs`) and of words into lines (:func:`lines_from_words`);
boxes (:func:`inside`, :func:`outside`, :func:`bbox_of`, :func:`contains`).
Nothing here knows where the boxes came from: pdfium's glyphs
(:mod:`lkjip.extract.pdf_page`) and Tesseract's words (:mod:`lkjip.extract.ocr`)
go through the same functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from lkjip.extract.document import BBox


class Glyph(NamedTuple):
    """One character with its box in top-left page coordinates (points)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0
    bold: bool = False


@dataclass(slots=True)
class Word:
    """A run of glyphs without whitespace (or an OCR word)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0
    bold: bool = False
    #: OCR confidence (0-100); text from a PDF's text layer is certain
    conf: float = 100.0


def _x0(w: Word) -> float:
    return w.x0


@dataclass(slots=True)
class TextLine:
    """Words on one baseline, left to right."""

    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0

    def __post_init__(self) -> None:
        ws = self.words
        ws.sort(key=_x0)
        self.x0 = min([w.x0 for w in ws])
        self.x1 = max([w.x1 for w in ws])
        self.top = min([w.top for w in ws])
        self.bottom = max([w.bottom for w in ws])

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        sizes = sorted(w.size for w in self.words)
        return sizes[len(sizes) // 2]

    @property
    def bold(self) -> bool:
        alnum = [w for w in self.words if any(c.isalnum() for c in w.text)]
        if not alnum:  # a line of brackets only (a header label's ")" a narrow cell wrapped): as its glyphs are
            return bool(self.words) and all(w.bold for w in self.words)
        return all(w.bold for w in alnum)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Ruling:
    """A ruling line (or thin filled rectangle) in top-left coordinates; ``shade``: a shaded cell's box instead
    (a filled rectangle too thick for a rule), which draws no line: only :func:`shaded` ones mark cells."""

    x0: float
    top: float
    x1: float
    bottom: float
    shade: bool = False

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


Atom = TypeVar("Atom", Glyph, Word)

#: the widest space between two words of one phrase, in em: a monospaced font's space is its advance, 0.60 em
#: (Courier, Liberation Mono) to 0.602 em (DejaVu Sans Mono); a proportional font's is 0.25-0.35 em. A wider
#: gap is a column gap.
WORD_SPACE_EM = 0.61


#: the narrowest advance, in em, taken for a monospaced font's (0.600-0.602 em, see :data:`WORD_SPACE_EM`): lower
#: case words of a proportional font at 12 pt may average 0.5 em a letter on a short line ("desa dan dalam")
MONO_ADVANCE_EM = 0.57


def mono_space(line: TextLine) -> float:
    """The width of a word space on ``line`` when it is set in a monospaced font (every word of two letters or
    more as wide as its letters times one pitch, about 0.6 em: the space is one pitch too), else 0. A line read by
    OCR (:func:`ink_line`) is measured by :func:`ink_mono_space`."""
    if ink_line(line):
        return ink_mono_space(line)
    pitches = sorted((w.x1 - w.x0) / len(w.text) for w in line.words if len(w.text) >= 2)
    if len(pitches) < 3:
        return 0.0
    mid = pitches[len(pitches) // 2]
    if not MONO_ADVANCE_EM * line.size <= mid <= WORD_SPACE_EM * line.size or pitches[-1] - pitches[0] > 0.08 * mid:
        return 0.0
    return mid


def merged_positions(ps: list[float], tol: float = 1.5) -> list[float]:
    """``ps`` sorted, those within ``tol`` of the one before dropped (one rule or joint drawn twice)."""
    out: list[float] = []
    for p in sorted(ps):
        if not out or p - out[-1] > tol:
            out.append(p)
    return out


def ink_line(line: TextLine) -> bool:
    """Some word of ``line`` was read by OCR (its confidence below a text layer's 100): its box covers the ink
    only, not the glyphs' advances."""
    return any(w.conf < 100 for w in line.words)


#: the white a monospaced glyph leaves beside its ink, both sides together, in (OCR-estimated) em: an OCR word's
#: box is this much narrower than its letters times the pitch, a word space this much wider than one pitch
#: (9 pt Liberation Mono, read at some 10.5 pt: 0.8-0.9 pt)
INK_BEARING_EM = 0.08
#: how far (pt) one word space's white may measure over the pitch and the mean bearings: OCR's box edges move a
#: little, and glyphs' bearings differ (a bracket's or an "i"'s ink leaves more white: "Masyarakat (IKM)")
INK_JITTER = 1.2
#: a monospaced font's advance in OCR's em (its sizes, from the ink's height, run 10-20 % over the font's)
INK_ADVANCE_EM = (0.45, 0.61)


def _inked_ends(text: str) -> bool:
    """A word of three characters or more opening and closing with a letter or digit: its ink box spans its cells
    less the side bearings. A word ending in punctuation ("Rp.", "(IKM)", "1)") inks less of its end cells, and its
    pitch read from its box would fall short."""
    return len(text) >= 3 and text[0].isalnum() and text[-1].isalnum()


def ink_pitch(line: TextLine) -> float:
    """The pitch of a monospaced line read by OCR, whose word boxes hold the ink only: every word of three letters
    or more (:func:`_inked_ends`) as wide as its letters times one pitch less the side bearings
    (:data:`INK_BEARING_EM`), and the white between words a pitch or more (a proportional font's space is half a
    letter: none is). 0 for a line that shows no such pitch."""
    size = line.size
    bearing = INK_BEARING_EM * size
    pitches = sorted((w.x1 - w.x0 + bearing) / len(w.text) for w in line.words if _inked_ends(w.text))
    if len(pitches) < 3:
        return 0.0
    mid = pitches[len(pitches) // 2]
    lo, hi = INK_ADVANCE_EM
    if not lo * size <= mid <= hi * size or pitches[-1] - pitches[0] > 0.08 * mid:
        return 0.0
    gaps = sorted(b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False))
    if not gaps or gaps[len(gaps) // 4] < 0.9 * mid:
        return 0.0
    return mid


def lines_ink_pitch(lines: Sequence[TextLine]) -> float:
    """The pitch of lines set in one monospaced font and read by OCR: the median of their :func:`ink_pitch`
    (those too short to show one left out), 0 when none shows one."""
    pitches = sorted(p for ln in lines if (p := ink_pitch(ln)))
    return pitches[len(pitches) // 2] if pitches else 0.0


def ink_mono_space(line: TextLine) -> float:
    """:func:`mono_space` for a line read by OCR (:func:`ink_pitch`): the white of a word space there is the pitch
    and the side bearings, give or take OCR's jitter: that much (its widest) is returned; 0 for no such line."""
    pitch = ink_pitch(line)
    return pitch + INK_BEARING_EM * line.size + INK_JITTER if pitch else 0.0


def ink_joined(w: Word, pitch: float) -> bool:
    """``w``, read by OCR on a page set in a monospaced font of ``pitch`` (:func:`ink_pitch`), is wider than its
    letters by half a pitch or more: white lies inside it, two cells' letters OCR read as one word across the
    column gap between them ("N" / "o" wrapped in a narrow "No" column, the "n" of "Tujua" / "n" beside it: "on").
    Never a word holding a digit: an amount OCR read with a glyph dropped ("1.250.00") is as wide as its ink and
    still covers its column's white."""
    return (bool(pitch) and w.conf < 100 and w.x1 - w.x0 >= (len(w.text) + 0.5) * pitch
            and not any(c.isdigit() for c in w.text))


#: how far (pt) short of a monospaced font's pitch the white between two words may fall and still be a word space
PITCH_SHORT = 0.4


def short_of_pitch(p: Word, w: Word, pitch: float) -> bool:
    """White between two words ``p``, ``w`` of a line set in a monospaced font (``pitch``: :func:`mono_space`)
    clearly narrower than one pitch, yet no touch (three tenths of a pitch or more): no word space, whose white is
    a whole pitch (or more, stretched), but two cells set flush against each other (a name justified to its
    cell's right edge, a unit left-aligned in the next column: "Indeks" | "%"). Never for words read by OCR: the
    white of their ink boxes varies more than a fraction of a pitch."""
    gap = w.x0 - p.x1
    return bool(pitch) and p.conf >= 100 and w.conf >= 100 and 0.3 * pitch <= gap < pitch - PITCH_SHORT


#: a full stop, comma, colon or semicolon inks a dot or two in its cell of a monospaced font: the white after a word
#: ending in one runs this much of a pitch wider (OCR's box ends with the dot) than after a letter (0.4 in the
#: median, 0.56 at most, over a letter's 0.1 and 0.2)
INK_POINT_WHITE = 0.4
_POINTS = frozenset(".,:;")
#: a narrow letter or digit ("i", "l", "I", "1", "t", "r", "f", "j") leaves a tenth of a pitch more white beside it
INK_NARROW_WHITE = 0.1
_NARROW = frozenset("iIl1jtfr")


def _ink_white(a: Word, b: Word, pitch: float) -> float:
    """How much more white than a word space's (:func:`ink_mono_space`) OCR's ink boxes may leave between the words
    ``a`` and ``b`` of a line set in a monospaced font of ``pitch``: the dots' and the narrow glyphs' side white."""
    more = INK_POINT_WHITE if a.text[-1:] in _POINTS else INK_NARROW_WHITE if a.text[-1:] in _NARROW else 0.0
    return (more + (INK_NARROW_WHITE if b.text[:1] in _NARROW else 0.0)) * pitch


def one_segment(line: TextLine, pitch: float = 0.0) -> bool:
    """No gap between two words of ``line`` wider than a word space (:data:`WORD_SPACE_EM`): a caption, a
    heading, running text, never a table row of two cells or more.

    A monospaced line read by OCR has boxes round the ink only: its word space's white is a pitch and the side
    bearings (:func:`ink_mono_space`), wider than 0.61 em of its read size, and running text there is one
    segment all the same (a sentence between two tables ruled alike is no row of them); after a stop or a comma,
    or beside a narrow glyph, more (:func:`_ink_white`: "Sasaran,  Indikator" in a caption). A line of too few
    words to show its pitch ("Pihak Kedua") is measured by ``pitch``, its neighbours' (:func:`ink_pitch`)."""
    if not ink_line(line):
        return all(b.x0 - a.x1 <= WORD_SPACE_EM * line.size for a, b in zip(line.words, line.words[1:], strict=False))
    pitch = ink_pitch(line) or pitch
    space = max(WORD_SPACE_EM * line.size, pitch + INK_BEARING_EM * line.size + INK_JITTER if pitch else 0.0)
    return all(b.x0 - a.x1 <= space + _ink_white(a, b, pitch)
               for a, b in zip(line.words, line.words[1:], strict=False))


def center(a: Glyph | Word) -> tuple[float, float]:
    return (a.x0 + a.x1) / 2, (a.top + a.bottom) / 2


def inside(a: Glyph | Word, box: Sequence[float]) -> bool:
    cx = (a.x0 + a.x1) / 2
    if not box[0] <= cx <= box[2]:
        return False
    cy = (a.top + a.bottom) / 2
    return box[1] <= cy <= box[3]


def outside(atoms: Iterable[Atom], boxes: Sequence[Sequence[float]]) -> list[Atom]:
    """The atoms whose centre lies in none of ``boxes`` (``not any(inside(a, b) for b in boxes)``)."""
    if not boxes:
        return list(atoms)
    out = []
    for a in atoms:
        cx = (a.x0 + a.x1) / 2
        cy = (a.top + a.bottom) / 2
        for b in boxes:
            if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]:
                break
        else:
            out.append(a)
    return out


def words_from_glyphs(glyphs: Iterable[Glyph]) -> list[Word]:
    """Group glyphs into words: split on whitespace glyphs, gaps wider than ½ em and line changes.

    Glyphs are taken in content order (how the PDF draws them), which keeps
    overlapping or kerned text together; a jump back to the left starts a word,
    except for the characters of a ligature, which pdfium gives the same box.
    Word spaces come as (real or pdfium-generated) blank glyphs; the gap rule
    only catches words placed apart without one.
    """
    glyphs = list(glyphs)
    return [_word([glyphs[i] for i in run]) for run in glyph_runs(glyphs)]


def glyph_runs(glyphs: Sequence[Glyph]) -> list[list[int]]:
    """The indices of ``glyphs`` (in content order) grouped into words, as :func:`words_from_glyphs` groups them."""
    runs: list[list[int]] = []
    cur: list[int] = []
    prev: Glyph | None = None
    for i, g in enumerate(glyphs):
        if not g.text.strip():
            if cur:
                runs.append(cur)
                cur = []
            prev = None
            continue
        if prev is not None:
            mid = (g.top + g.bottom) / 2
            gap = g.x0 - prev.x1
            em = max(g.size, prev.size, 1.0)
            if not prev.top - 1 <= mid <= prev.bottom + 1 or gap > 0.5 * em or (
                # the parts of a ligature ("fi" drawn as one glyph) share its box: not a jump back
                gap < -0.6 * em and not (abs(g.x0 - prev.x0) < 0.05 * em and abs(g.x1 - prev.x1) < 0.05 * em)
            ) or _kerned_space(glyphs, i, em):
                runs.append(cur)
                cur = []
        cur.append(i)
        prev = g
    if cur:
        runs.append(cur)
    return runs


#: a word space a producer left out, its advance narrowed by kerning (between two capitals A, a serif space's quarter
#: em less the kerns of "A " and " A" leaves some 0.14 em): at least this much white between two glyphs' advance boxes
KERNED_SPACE = 0.1
#: the most white between the glyphs on either side, in a run of letters set tight (not letter-spaced)
_TIGHT = 0.03


def _kerned_space(glyphs: Sequence[Glyph], i: int, em: float) -> bool:
    """A word space drawn without a space glyph and narrowed by kerning lies before ``glyphs[i]``: white of
    :data:`KERNED_SPACE` em or more (less than the ½ em that parts words anyway) between two glyphs' advance
    boxes, where the glyphs just before and just after it are set tight, advance box to advance box. Letters of one
    word touch or overlap (kerning pulls them in); letter-spaced text has white between every pair (no word
    space stands out). Chromium may draw such a space as nothing but a pen move."""
    a, b = glyphs[i - 1], glyphs[i]
    if b.x0 - a.x1 < KERNED_SPACE * em or i < 2 or i + 1 >= len(glyphs):
        return False
    before, after = glyphs[i - 2], glyphs[i + 1]
    if not (before.text.strip() and after.text.strip()):
        return False
    same = lambda p, q: abs(p.top - q.top) <= 1.0 and abs(p.bottom - q.bottom) <= 1.0  # noqa: E731
    # kerning may pull a neighbour in (a negative gap): only white counts against tightness
    return (same(before, a) and same(b, after) and a.x0 - before.x1 <= _TIGHT * em
            and after.x0 - b.x1 <= _TIGHT * em)


def _word(glyphs: list[Glyph]) -> Word:
    """One word from its glyphs (in content order): their joint box, the middle glyph's size, majority bold."""
    if len(glyphs) == 1:
        g = glyphs[0]
        return Word(g.text, g.x0, g.top, g.x1, g.bottom, g.size, bool(g.bold))
    text, x0, top, x1, bottom, _, bold = zip(*glyphs, strict=True)
    return Word("".join(text), min(x0), min(top), max(x1), max(bottom), glyphs[len(glyphs) // 2].size,
                sum(bold) * 2 > len(glyphs))


def lines_from_words(words: Iterable[Word]) -> list[TextLine]:
    """Cluster words into lines by vertical overlap, top to bottom."""
    items = sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    groups: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in items:
        mid = (w.top + w.bottom) / 2
        h = max(w.bottom - w.top, 1.0)
        if groups:
            top, bottom = bands[-1]
            lh = max(bottom - top, 1.0)
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.5 * min(h, lh) and top <= mid <= bottom:
                groups[-1].append(w)
                bands[-1] = (min(top, w.top), max(bottom, w.bottom))
                continue
        groups.append([w])
        bands.append((w.top, w.bottom))
    return [TextLine(ws) for ws in groups]


def lines_from_glyphs(glyphs: Iterable[Glyph]) -> list[TextLine]:
    return lines_from_words(words_from_glyphs(glyphs))


def sweep_clusters(items: Iterable[tuple], tol: float) -> list[list[tuple]]:
    """Tuples grouped by their first value, each within ``tol`` of its neighbour in sorted order."""
    out: list[list[tuple]] = []
    for it in sorted(items):
        if out and it[0] - out[-1][-1][0] <= tol:
            out[-1].append(it)
        else:
            out.append([it])
    return out


def lines_only(rules: Sequence[Ruling]) -> list[Ruling]:
    """The rulings that draw a line (shaded cells left out)."""
    return [r for r in rules if not r.shade]


def shaded(rules: Sequence[Ruling]) -> list[Ruling]:
    """The shaded cells' boxes among ``rules``."""
    return [r for r in rules if r.shade]


def has_grid(rules: Sequence[Ruling]) -> bool:
    rules = lines_only(rules)
    h = sum(1 for r in rules if r.horizontal and r.x1 - r.x0 > 20)
    v = sum(1 for r in rules if not r.horizontal and r.bottom - r.top > 8)
    return h >= 2 and v >= 2


def bbox_of(rows: list[list[BBox | None]]) -> BBox:
    cells = [c for r in rows for c in r if c]
    return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))


def contains(outer: Sequence[float], inner: Sequence[float], tol: float = 1.0) -> bool:
    return (
        outer[0] - tol <= inner[0]
        and outer[1] - tol <= inner[1]
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def vertical_runs(rules: Sequence[Ruling], tol: float = 1.5) -> list[tuple[float, float, float]]:
    """The drawn vertical rules as (x, top, bottom), pieces drawn cell by cell at one x joined where they touch."""
    runs: list[list[float]] = []
    for x, top, bottom in sorted(((r.x0 + r.x1) / 2, r.top, r.bottom) for r in lines_only(rules) if not r.horizontal):
        same = [r for r in runs if abs(r[0] - x) <= tol and top <= r[2] + tol]
        if same:
            same[-1][2] = max(same[-1][2], bottom)
        else:
            runs.append([x, top, bottom])
    return [(x, top, bottom) for x, top, bottom in runs]

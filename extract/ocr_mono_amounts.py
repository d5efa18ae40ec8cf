"""Numbers of a monospaced page read with a glyph too many or too few, told by their width and read again.

In a monospaced font every digit, dot and comma takes one advance, so a number's ink is as wide as its glyphs
times the page's advance (less the bearings beside its first and last glyph). Tesseract now and then reads a
monospaced "7" as two glyphs ("716.42" for "76.42", "717.576.005" for "77.576.005") or drops a narrow dot's
cell: the text then has more (or fewer) glyphs than its box has room for (:func:`glyphs_in_box`), and one digit
off is an amount off by a power of ten. Such a number is read again alone with the number model, at print size
and enlarged (``reread``: :func:`lkjip.extract.ocr.reread_number`); a reading is taken only when the two agree
and have the box's count of glyphs, marked unsure (a table warning names it). Otherwise the number is kept as
read, marked unsure: kept raw, never guessed. A dot or comma read again in place of one the first reading had at
the same place from the number's end is kept as first read (the number model reads a group's dot as a comma now
and then: "4,423.53").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lkjip.extract.layout.geometry import INK_BEARING_EM, Word
from lkjip.extract.ocr_key_pieces import page_pitch
from lkjip.extract.ocr_unsure import SURE_DIGITS

#: a number as read: digits and separators, a "%" maybe, three digits at least (a row's "1." or "12" is no amount)
_NUMBER = re.compile(r"^(?=(?:[.,]*\d){3})[\d.,]+%?$")
#: a count of glyphs this far off a whole number of advances is no count (a box cut by noise, a blob added)
_SLACK = 0.2


def glyphs_in_box(w: Word, pitch: float) -> int | None:
    """How many glyphs of ``pitch`` advance ``w``'s box holds, or None when its width is no whole count."""
    room = (w.x1 - w.x0 + INK_BEARING_EM * w.size) / pitch
    n = round(room)
    return n if n >= 1 and abs(room - n) <= _SLACK else None


def _separators_kept(read: str, first: str) -> str:
    """``read`` with each dot or comma at a place (counted from the end) where ``first`` has one, as ``first``."""
    out = list(read)
    for k in range(1, min(len(read), len(first)) + 1):
        if read[-k] in ".," and first[-k] in ".,":
            out[-k] = first[-k]
    return "".join(out)


def count_mono_numbers(words: Sequence[Word], reread: Callable[[Word, int], Word | None],
                       pitch: float | None = None) -> list[tuple[str, str]]:
    """Numbers of a monospaced page whose text has not the box's count of glyphs read again (module doc), in
    place; ``reread(word, zoom)`` reads one alone. Each change as (before, after); a page in a proportional font
    is left alone. ``pitch``: the page's advance when already measured."""
    pitch = page_pitch(words) if pitch is None else pitch
    if not pitch:
        return []
    out = []
    for w in words:
        if not _NUMBER.match(w.text) or (n := glyphs_in_box(w, pitch)) is None or n == len(w.text):
            continue
        texts = {r.text if r is not None else None for r in (reread(w, 1), reread(w, 2))}
        (read,) = texts if len(texts) == 1 else (None,)
        if read is None or len(read) != n or not _NUMBER.match(read):
            w.conf = min(w.conf, SURE_DIGITS - 1)  # kept as read: a table warning names it
            continue
        read = _separators_kept(read, w.text)
        out.append((w.text, read))
        w.text, w.conf = read, min(w.conf, SURE_DIGITS - 1)
    return out

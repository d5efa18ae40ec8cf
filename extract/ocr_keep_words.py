"""Words the page pass read below its confidence floor that are no stamp noise, kept (still marked unsure): a word
of the dictionary between two sure words of its line, and a caption's number right after a sure "Tabel"."""

from __future__ import annotations

import re

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_numbers import caption_number_at


def word_between_words(w: Word, sure: list[Word], dictionary: frozenset[str]) -> bool:
    """An unsure word that is a word of the dictionary, between two sure words of its line ("Bid. Sosial
    dan", "Sosial" at confidence 6): a word of the sentence, not stamp noise (kept, still marked unsure)."""
    core = w.text.strip(".,;:")
    if len(core) < 4 or not core.isalpha() or core.lower() not in dictionary:
        return False
    mid = (w.top + w.bottom) / 2
    line = [o for o in sure if o.top < mid < o.bottom]
    gap = 2 * max(w.size, 4.0)
    return any(0 <= w.x0 - o.x1 <= gap for o in line) and any(0 <= o.x0 - w.x1 <= gap for o in line)


#: a caption's number as Tesseract may read it: digits, or Roman numerals with the marks it confuses them with (a
#: bar "I" read "!" in "II!.7" too), then sections
_CAPTION_NUMBER = re.compile(r"^(\d{1,2}|[1lI|iíVvXx!]{1,4})(\.\d{1,2})*\.?$")


def caption_number_word(w: Word, sure: list[Word]) -> bool:
    """An unsure word with the shape of a caption's number right after a sure "Tabel" of its line ("Tabel
    II1.5" with "II1.5" at confidence 26): the number that names the table, not noise (kept, repaired by
    :func:`~lkjip.extract.ocr_numbers.fix_caption_numbers`)."""
    return bool(_CAPTION_NUMBER.match(w.text)) and caption_number_at(w, sure)

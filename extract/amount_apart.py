"""A sentence cut between a currency sign and its amount, joined back (:func:`amounts_rejoined`).

Running text printed ragged (left-aligned, a monospace font) ends a line short when the next word is long: in
"… mendapat alokasi dana sebesar Rp." / "2.642.511.585,- yang dipergunakan …" the line ending with "Rp." ends far
from the right margin, and a PDF reader grouping lines into paragraphs takes that short line for a paragraph's
last. The sentence stating the office's allocation is then cut in two, and the allocation is lost for the check
against the budget tables (``text.total_alokasi``). A paragraph cannot end with a currency sign: when its last word
is one and the next paragraph (past page furniture) opens with an amount, the two are one paragraph.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import furniture
from lkjip.extract.document import Paragraph, Table

#: the currency sign a paragraph's text ends with ("… sebesar Rp.", "… sebesar Rp")
_ENDS_SIGN = re.compile(r"(?<!\S)rp\.?\s*$", re.I)
#: an amount opening a paragraph ("2.642.511.585,- yang …", "2.642.511.585,00.")
_OPENS_AMOUNT = re.compile(r"^\s*\d{1,3}(?:\.\d{3})+(?:,\d{1,2}|,-)?(?![\d.]\d)")


def _joined(a: Paragraph, b: Paragraph) -> Paragraph:
    """``a`` and ``b`` as one paragraph: its text and lines run on, its box that of both when on one page."""
    box = a.bbox
    if a.bbox is not None and b.bbox is not None and a.page == b.page:
        box = (min(a.bbox[0], b.bbox[0]), a.bbox[1], max(a.bbox[2], b.bbox[2]), b.bbox[3])
    lines = (a.lines or [a.text]) + (b.lines or [b.text])
    return a.model_copy(update={"text": f"{a.text.rstrip()} {b.text.lstrip()}", "lines": lines, "bbox": box})


def amounts_rejoined(blocks: list[Paragraph | Table], running: set[str]) -> list[Paragraph | Table]:
    """``blocks`` with each paragraph ending in a currency sign joined to the next one opening with an amount (on
    the same page or the next; page furniture between them stays where it stands)."""
    out = list(blocks)
    i = 0
    while i < len(out):
        a = out[i]
        if isinstance(a, Paragraph) and _ENDS_SIGN.search(a.text):
            j = next((k for k in range(i + 1, len(out)) if not isinstance(out[k], Paragraph)
                      or not furniture(out[k], running)), None)
            b = out[j] if j is not None else None
            if isinstance(b, Paragraph) and _OPENS_AMOUNT.match(b.text) and _near_page(a, b):
                out[i] = _joined(a, b)
                del out[j]
                continue
        i += 1
    return out


def _near_page(a: Paragraph, b: Paragraph) -> bool:
    return a.page is None or b.page is None or 0 <= b.page - a.page <= 1

"""Paragraphs: the lines outside tables grouped by gap, font, indentation, short last lines and list markers.

A caption is a paragraph of its own; each paragraph keeps its visual lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import Paragraph
from lkjip.extract.layout.cues import LIST_MARKER, NUMBERED_CAPTION
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.words import join_wrapped


def paragraphs_from_lines(
    lines: Sequence[TextLine], page_no: int | None, margins: tuple[float, float] | None = None,
    caption_margins: tuple[float, float] | None = None,
) -> list[Paragraph]:
    """Group consecutive lines into paragraphs; each keeps its visual lines (``Paragraph.lines``).

    A line continues the paragraph above when the vertical gap is at most
    1.2 line heights (reports are often double-spaced), font size and boldness
    match, the line above was not short (a paragraph's last line ends well
    before the right margin — of the paragraph, or of the page's text,
    ``margins`` = (left, right), so centred signature lines "CAMAT …" /
    "BUDI SANTOSO, SE" / "Pembina" stay apart — or ends a one-line heading with
    "." / ":"), it does not start with a list marker or a caption ("Tabel 3.6 …",
    which never runs on from the paragraph above), and its indentation does not
    jump. A caption runs on for up to three lines however short they are
    ("Tabel 3.6 Realisasi Anggaran Kecamatan X" / "Kabupaten Y Tahun 2022"),
    but not into running text: a line filling the page's text width after a
    caption line that ended short opens a paragraph of its own (a caption
    printed below its table, the text going on under it); ``caption_margins`` are the margins that test
    uses, the page's own or, on a page with too little running text to show them, those of the document's
    pages of its size.
    """
    caption_margins = caption_margins or margins
    paras: list[list[TextLine]] = []
    for ln in lines:
        if paras:
            prev = paras[-1][-1]
            gap = ln.top - prev.bottom
            close = -0.3 * prev.height <= gap <= 1.2 * max(prev.height, ln.height)
            same_style = ln.bold == prev.bold and abs(ln.size - prev.size) <= 1.0
            starts_list = bool(LIST_MARKER.match(ln.text + " "))
            starts_caption = bool(NUMBERED_CAPTION.match(ln.text))
            in_caption = bool(NUMBERED_CAPTION.match(paras[-1][0].text)) and len(paras[-1]) < 3
            if in_caption and close and same_style and not starts_list and not starts_caption \
                    and not _text_after_caption(prev, ln, caption_margins):
                paras[-1].append(ln)
                continue
            right = max(x.x1 for x in paras[-1] + [ln])
            short_prev = prev.x1 < right - 0.15 * max(right - prev.x0, 1.0) or (
                len(paras[-1]) == 1 and prev.text.rstrip().endswith((".", ":")) and prev.bold
            )
            if margins is not None:
                left, page_right = margins
                short_prev = short_prev or prev.x1 < page_right - 0.15 * max(page_right - left, 1.0)
            short_prev = short_prev and not (margins is not None and _wrap_forced(prev, ln, margins))
            indent_jump = abs(ln.x0 - prev.x0) > 1.5 * ln.size and len(paras[-1]) > 1
            if close and same_style and not short_prev and not starts_list and not starts_caption and not indent_jump:
                paras[-1].append(ln)
                continue
        paras.append([ln])
    out = []
    for grp in paras:
        text = join_wrapped([ln.text for ln in grp])
        if text:
            box = (min(ln.x0 for ln in grp), grp[0].top, max(ln.x1 for ln in grp), grp[-1].bottom)
            out.append(Paragraph(text=text, lines=[ln.text for ln in grp], page=page_no, bbox=box,
                                 bold=all(ln.bold for ln in grp)))  # fmt: skip
    return out


def _wrap_forced(prev: TextLine, ln: TextLine, margins: tuple[float, float]) -> bool:
    """``prev`` ends short only because ``ln``'s first word, a small letter opening it, would not have fitted
    after it (a space and the word past the right margin of ``margins``, the page's running text), and ``prev``
    ends no sentence: a long word after a long number in ragged print ("… sebesar Rp. 2.956.416.771,- yang" /
    "dipergunakan untuk …"), the sentence running on. Only for lines of running text: both open at the left
    margin and ``prev`` fills half the text width at least (not a table cell's lines left as text)."""
    left, right = margins
    if not prev.words or not ln.words or prev.text.rstrip().endswith((".", ":", ";", "!", "?")):
        return False
    if abs(prev.x0 - left) > prev.size or abs(ln.x0 - left) > ln.size or prev.x1 - prev.x0 < 0.5 * (right - left):
        return False
    first = ln.words[0]
    if not first.text[:1].islower():
        return False
    gaps = sorted(b.x0 - a.x1 for a, b in zip(prev.words, prev.words[1:], strict=False))
    space = gaps[len(gaps) // 2] if gaps else 0.25 * prev.size  # the line's own word space
    return prev.x1 + space + (first.x1 - first.x0) > right


def _text_after_caption(prev: TextLine, ln: TextLine, margins: tuple[float, float] | None) -> bool:
    """``ln`` fills the text width from margin to margin while the caption line above it ended short."""
    if margins is None:
        return False
    left, right = margins
    slack = 0.15 * max(right - left, 1.0)
    return prev.x1 < right - slack and ln.x1 >= right - slack and ln.x0 <= left + slack


def text_margins(lines: Sequence[TextLine]) -> tuple[float, float] | None:
    """Left and right edge of a page's running text: the lines of six words or more, captions not counted
    (None: too few)."""
    body = [ln for ln in lines if len(ln.words) >= 6 and not NUMBERED_CAPTION.match(ln.text)]
    if len(body) < 3:
        return None
    rights = sorted(ln.x1 for ln in body)
    return min(ln.x0 for ln in body), rights[int(0.9 * (len(rights) - 1))]

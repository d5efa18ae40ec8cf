"""OCR for PDF pages that have no text layer (scans).

Why Tesseract: it is the OCR engine that ships an Indonesian model
(``tesseract-ocr-ind``) as a Debian package, runs on a CPU without a GPU or
model download, and is already a system tool on the machines that run this
pipeline. Its TSV output gives every word with its box and confidence, which
is all we need, because layout (lines, paragraphs, table cells) is rebuilt by
the same geometry code that reads text PDFs. The binary is run directly
(:func:`~lkjip.extract.ocr_tesseract.image_to_data`: the image on stdin, one OpenMP thread), not through
pytesseract, whose import pulls in pandas (+100 MB per worker). Heavier engines (EasyOCR, PaddleOCR,
docTR) bring PyTorch/Paddle and hundreds of MB of weights for little gain on
clean government scans; OCRmyPDF would add a text layer but not the word
boxes' table structure. Pages are rendered with pypdfium2 (already used for
text PDFs) at 300 dpi, Tesseract's sweet spot for 10–12 pt print.

Steps for one page (one page in memory at a time, ~100 MB over the process):

1. render at 300 dpi;
2. turn a page scanned askew straight (by the row profile of its ink); find
   ruling lines in the image (long runs of dark, unsaturated pixels —
   coloured stamps are ignored; a band of rows at a time; grey stretches of a
   line followed from its dark ones; a run along a line of bold print is no
   line), turn them into rulings in PDF points and erase them, so Tesseract
   does not read borders as ``|`` or ``1``; binarize the page once (Otsu)
   (:mod:`lkjip.extract.ocr_image`); rows of a ruled table separated by white
   space only get the line they lack (:func:`~lkjip.extract.ocr_image.blank_row_rules`);
3. outside bordered tables, OCR the page with the ``ind`` model (``eng`` with
   a warning when ``ind`` is missing), ``--psm 11`` (sparse text), numbers it was unsure of read again alone
   (:func:`page_words`); inside them, crop every cell to its ink and read the crops stacked on canvases of
   bounded size (:func:`ocr_cells`, :func:`read_stacked`);
4. cells that may hold a number (digits, letters Tesseract confuses with digits, a short scrap where a "%" or
   a column number was) are read again with the ``eng`` model, which reads "%" and separators right where
   ``ind`` reads "100%" as "10046"; when the two disagree on a digit a third, enlarged reading decides and the
   cell is flagged unsure. Cells that still look like a broken number, or read as nothing (a lone "-"), are
   read alone with digits only (:func:`reread_number`; the number cues in :mod:`lkjip.extract.ocr_numbers`);
5. a word that is no word of the model's dictionary but one typical letter confusion away from exactly one
   ("Prosram" → "Program") is put right (:func:`~lkjip.extract.ocr_words.correct_word`); the dictionary and the
   page's own text form the vocabulary that tells a word broken in a narrow cell ("Doku" / "men") from two words
   ("kelola" / "pemerintahan") (:mod:`lkjip.extract.ocr_words`);
5b. marks the passes missed are looked for in the image: a lone "-" (a short level bar with paper all around,
   :func:`~lkjip.extract.ocr_marks.dash_words`); small blobs of ink no word covers and typical misreadings of a lone "%" ("9", "Yo")
   read again with the number model, kept as "%" or as a row key ("A.", "1.") it reads sure, and a short
   unsure number given back its "%" when that model reads the same digits with one (:func:`percent_marks`);
   row numbers whose dots Tesseract dropped ("144" for "1.4.4") get them back where the image shows them (:func:`~lkjip.extract.ocr_marks.restore_dots`), and row keys their last dot ("IV" for "IV.",
   :func:`~lkjip.extract.ocr_key_dots.restore_key_dots`), and those cut at their dots on monospaced print joined
   (:func:`~lkjip.extract.ocr_mono_words.join_mono_pieces`, and numbers with a glyph too many for their box read again); amounts cut at their dots are joined (:func:`~lkjip.extract.ocr_marks.join_split_amounts`);
6. words printed bold are told by their strokes (:func:`mark_bold`), the cue the layout engine takes a table's
   header by. The page's words and rulings (:class:`~lkjip.extract.ocr_page_flow.OcrPage`, no image kept) are laid
   out with the document's other pages by the layout engine of text PDFs (:func:`lkjip.extract.read_pdf.lay_out`,
   :func:`lkjip.extract.layout.page.read_page_layout`): ruled tables from the rulings, borderless ones by column
   clustering of the word boxes, paragraphs from the remaining lines; running headers and footers known from every
   page, a borderless table ending a page lending its columns to the next page's first rows, a header cut off at a
   page's foot read with the next page (:func:`ocr_clean` lays one page out alone);
7. then (:func:`finish_ocr_tables`) in table cells only, tokens that are numbers apart from a typical OCR
   confusion (``O``/``o`` → 0, ``l``/``I``/``|`` → 1, ``S`` → 5, ``:`` for a
   separator) are fixed, a thousands group cut off by a stray space
   ("9.985.639. 757,-") joined and a group's dot read as a comma put back,
   an amount a narrow column wrapped over two rows joined back ("59.862.59" over "4,00"),
   a "%" misread as ``Yo``/``Ya`` is restored, a row of
   column numbers with some misread ("(1) (2) 3) (MN") is rebuilt, and every
   fix is written to ``Table.warnings``, as is every cell word Tesseract was
   unsure of (cells keep low-confidence words: a doubtful number beats a
   missing one) (:func:`~lkjip.extract.ocr_numbers.fix_table_digits`).

Tesseract itself (models, the binary, its TSV) is :mod:`lkjip.extract.ocr_tesseract`.
"""


from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from lkjip.extract.layout.geometry import Ruling, Word, bbox_of, has_grid, inside, lines_from_words
from lkjip.extract.layout.grid import grid_tables
from lkjip.extract.layout.page import PageResult, read_page_layout
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Vocabulary
from lkjip.extract.ocr_amount_pieces import AMOUNT_PIECE, piece_shape
from lkjip.extract.ocr_amounts import complete_cut_numbers
from lkjip.extract.ocr_bar_keys import stroke_keys
from lkjip.extract.ocr_bold import mark_bold
from lkjip.extract.ocr_currency import restore_lone_signs, unread_signs, unsure_lone_sign
from lkjip.extract.ocr_free_ink import read_free_ink
from lkjip.extract.ocr_glyphs import read_marks
from lkjip.extract.ocr_image import (
    DPI,
    blank_row_rules,
    clean_page_paper,
    first_glyph_is_bar,
    render_page,
    unread_blobs,
)
from lkjip.extract.ocr_ink_count import ink_backs_first
from lkjip.extract.ocr_keep_words import caption_number_word, word_between_words
from lkjip.extract.ocr_key_dots import printed_sure_elsewhere, restore_key_dots
from lkjip.extract.ocr_key_pieces import page_pitch
from lkjip.extract.ocr_lost_digits import reread_lost_digits
from lkjip.extract.ocr_marks import dash_words, join_split_amounts, pixel_box, restore_dots
from lkjip.extract.ocr_mono_words import join_mono_pieces
from lkjip.extract.ocr_nameless import nameless_doubt
from lkjip.extract.ocr_numbers import (
    AMOUNT_HEAD,
    BARE_DIGITS,
    BRACKET_PERCENT,
    DASH,
    SHORT_DECIMAL,
    WELL_FORMED,
    as_printed,
    digits_of,
    fix_caption_numbers,
    fix_table_digits,
    grouped_amount,
    maybe_number,
    normalized,
    number_like,
    number_reading,
    numeric_but_broken,
    percent_misread,
    sans_seven,
)
from lkjip.extract.ocr_page_flow import OcrPage
from lkjip.extract.ocr_read_twice import drop_read_twice
from lkjip.extract.ocr_scraps import (
    BRACKET_SCRAP,
    PERCENT_AS_DIGITS,
    PERCENT_LOST,
    PERCENT_NUMBER,
    PERCENT_SCRAP,
    UNSURE_EIGHT,
    sure_mark,
)
from lkjip.extract.ocr_tall import split_tall_words
from lkjip.extract.ocr_tesseract import (
    MIN_CONFIDENCE,
    data_words,
    image_to_data,
    number_language,
    ocr_language,
    tesseract_path,
)
from lkjip.extract.ocr_unread import unread_doubt, unread_text
from lkjip.extract.ocr_unsure import SURE_DIGITS, unsure_cells, unsure_digits, unsure_numbers
from lkjip.extract.ocr_words import (
    correct_word,
    dictionary_vocabulary,
    dictionary_words,
    fix_table_words,
    page_texts,
)
from lkjip.extract.ocr_wrap_dots import restore_wrap_dots
from lkjip.extract.ocr_wrap_ends import restore_end_dashes, restore_end_dots

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL import Image


#: pixels trimmed from each side of a cell before OCR (what is left of its borders)
_CELL_INSET = 5


_CELL_GAP = 40


#: most pixels one Tesseract call reads when cells are stacked on a canvas (about half a 300 dpi A4 page):
#: Tesseract's memory grows with the canvas, and one tall canvas of every cell of a page took 320 MB
MAX_CANVAS_PIXELS = 4_500_000


def read_stacked(crops: list[Image.Image], lang: str, config: str) -> list[list[Word]]:
    """Words Tesseract reads in each crop, crops stacked on canvases with white gaps (boxes in crop pixels).

    Canvases hold at most :data:`MAX_CANVAS_PIXELS`, so memory stays bounded
    however many cells a page has.
    """
    from PIL import Image as PILImage

    out: list[list[Word]] = [[] for _ in crops]
    start = 0
    while start < len(crops):
        width = max(c.width for c in crops[start:]) + 2 * _CELL_GAP  # an upper bound for the chunk
        end, height = start, _CELL_GAP
        while end < len(crops) and (end == start or width * (height + crops[end].height + _CELL_GAP) <= MAX_CANVAS_PIXELS):
            height += crops[end].height + _CELL_GAP
            end += 1
        width = max(c.width for c in crops[start:end]) + 2 * _CELL_GAP
        canvas = PILImage.new("L", (width, height), 255)
        tops: list[int] = []
        y = _CELL_GAP
        for crop in crops[start:end]:
            canvas.paste(crop, (_CELL_GAP, y))
            tops.append(y)
            y += crop.height + _CELL_GAP
        data = image_to_data(canvas, lang, config)
        del canvas
        for w in data_words(data, 1.0, min_conf=0, keep_marks=True):
            cy = (w.top + w.bottom) / 2
            k = max(0, bisect.bisect_right(tops, cy) - 1)
            top = tops[k]
            if not top - 5 <= cy <= top + crops[start + k].height + 5:
                continue
            out[start + k].append(
                Word(
                    text=w.text, x0=w.x0 - _CELL_GAP, top=w.top - top, x1=w.x1 - _CELL_GAP,
                    bottom=w.bottom - top, size=w.size, conf=w.conf,
                )  # fmt: skip
            )
        start = end
    return out


def ocr_cells(clean: Image.Image, grids: list, lang: str, dpi: int = DPI) -> list[Word]:
    """OCR the cells of bordered tables, a few Tesseract calls per page.

    Every non-blank cell is cropped (borders trimmed) and stacked on canvases
    with white gaps (:func:`read_stacked`); ``--psm 6`` reads a canvas as one
    block and each word is mapped back to its cell's place on the page.
    Isolated cells read much better than the whole page: single digits in a
    "No" column and numbers touching a border are found.
    """
    px = dpi / 72.0
    arr = np.asarray(clean)
    crops: list[tuple[Image.Image, float, float]] = []
    for grid in grids:
        for row in grid:
            for cell in row:
                if cell is None:
                    continue
                x0, y0 = int(cell[0] * px) + _CELL_INSET, int(cell[1] * px) + _CELL_INSET
                x1, y1 = int(cell[2] * px) - _CELL_INSET, int(cell[3] * px) - _CELL_INSET
                if x1 - x0 < 4 or y1 - y0 < 4:
                    continue
                if int((arr[y0:y1, x0:x1] < 128).sum()) < 25:
                    continue  # blank cell
                crops.append((clean.crop((x0, y0, x1, y1)), x0 / px, y0 / px))
    if not crops:
        return []
    scale = 1.0 / px

    def placed(found: list[Word], k: int) -> list[Word]:
        _, px0, py0 = crops[k]
        return [
            Word(
                text=w.text, x0=px0 + w.x0 * scale, top=py0 + w.top * scale, x1=px0 + w.x1 * scale,
                bottom=py0 + w.bottom * scale, size=w.size * scale, conf=w.conf,
            )  # fmt: skip
            for w in found
        ]

    # every word in a cell is kept, however unsure: a doubtful number beats a missing one
    by_crop = [placed(found, k) for k, found in enumerate(read_stacked([c for c, _, _ in crops], lang, "--psm 6"))]
    firsts = [" ".join(w.text for w in found) for found in by_crop]
    # cells that may hold a number are read again with the model that reads "%" and separators best
    numeric = [k for k, first in enumerate(firsts) if maybe_number(first)]
    digits_lang = number_language(lang)
    second = read_stacked([crops[k][0] for k in numeric], digits_lang, "--psm 6") if numeric else []
    for k, found in zip(numeric, second, strict=True):
        first, text = firsts[k], " ".join(w.text for w in found)
        if not number_reading(text):
            continue
        if digits_of(text) != digits_of(normalized(first)) and not percent_misread(first, text):
            # the readings disagree on a digit: a third, larger one-line reading decides; the cell is flagged
            # unsure either way (a table warning), so a wrong digit is never a silent one
            third = reread_number(*crops[k], px, lang=digits_lang, zoom=2, expect=text)
            if (third is None or digits_of(third.text) != digits_of(normalized(first))) and not ink_backs_first(
                    normalized(first), text, np.asarray(crops[k][0]) < 128):  # a digit dropped where two touch
                by_crop[k], firsts[k] = placed(found, k), text
            for w in by_crop[k]:
                w.conf = min(w.conf, MIN_CONFIDENCE - 1)
            continue
        by_crop[k], firsts[k] = placed(found, k), text
    for k, found in enumerate(by_crop):
        if not found or numeric_but_broken(firsts[k]):
            again = reread_number(*crops[k], px, lang=lang, expect=firsts[k])
            if again is not None:
                by_crop[k] = [again]
    return [w for found in by_crop for w in found]


#: a second reading of one numeric cell: one line, digits and separators only
_DIGITS_CONFIG = "--psm 7 -c tessedit_char_whitelist=0123456789.,%-()"


def reread_number(
    crop: Image.Image, px0: float, py0: float, px: float, *, lang: str, zoom: int = 1, expect: str = "", heads: bool = False,
) -> Word | None:
    """Read one cell again as a single line of digits; the word if that gives a number (or a dash).

    The canvas pass (``--psm 6``) skips a lone "-" and now and then reads a percent sign or a separator as a
    letter; a one-line, digits-only reading of the cell settles it. The result counts only when well-formed,
    or the head of an amount a narrow column wrapped when ``expect`` is one or ``heads`` says it may be one."""
    from PIL import Image as PILImage

    ink = np.asarray(crop) < 128
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if not len(rows):
        return None
    # read only the inked part: a lone "-" at the top of a tall cell becomes one short line
    y0, y1 = max(int(rows[0]) - 4, 0), min(int(rows[-1]) + 5, crop.height)
    x0, x1 = max(int(cols[0]) - 4, 0), min(int(cols[-1]) + 5, crop.width)
    crop = crop.crop((x0, y0, x1, y1))
    px0, py0 = px0 + x0 / px, py0 + y0 / px
    if zoom != 1:
        crop = crop.resize((crop.width * zoom, crop.height * zoom), PILImage.Resampling.LANCZOS)
        px = px * zoom
    pad = PILImage.new("L", (crop.width + 2 * _CELL_GAP, crop.height + 2 * _CELL_GAP), 255)
    pad.paste(crop, (_CELL_GAP, _CELL_GAP))
    # one line of 10-12 pt print is ~40-50 px high at 300 dpi: taller cells hold a wrapped number
    config = _DIGITS_CONFIG if crop.height < 60 * zoom else _DIGITS_CONFIG.replace("--psm 7", "--psm 6")
    data = image_to_data(pad, lang, config)
    found = data_words(data, 1.0, min_conf=0, keep_marks=True)
    if not found:
        return None
    text = "".join(w.text for w in found) if crop.height >= 60 * zoom else " ".join(w.text for w in found)
    shape = piece_shape(expect, heads)  # a wrapped amount's head reads as a head, a piece as a piece
    if not (DASH.match(text) or all(WELL_FORMED.match(t) or t == "%" or (shape and shape.match(t)) for t in text.split())):
        return None
    if expect and len(digits_of(text)) < 0.8 * len(digits_of(expect)):
        return None  # lost digits the first reading had
    scale = 1.0 / px
    x0, x1 = min(w.x0 for w in found), max(w.x1 for w in found)
    top, bottom = min(w.top for w in found), max(w.bottom for w in found)
    return Word(
        text=text,
        x0=px0 + (x0 - _CELL_GAP) * scale,
        top=py0 + (top - _CELL_GAP) * scale,
        x1=px0 + (x1 - _CELL_GAP) * scale,
        bottom=py0 + (bottom - _CELL_GAP) * scale,
        size=max((bottom - top) * scale / 0.8, 4.0),
        conf=min(w.conf for w in found),
    )


#: pixels of page kept around an unsure word when it is read again
_WORD_MARGIN = 8


def page_words(clean: Image.Image, lang: str, dpi: int = DPI) -> list[Word]:
    """Tesseract's words on a page outside ruled tables, boxes in points; numbers it was unsure of read again.

    A word below :data:`~lkjip.extract.ocr_tesseract.MIN_CONFIDENCE` is stamp or signature noise as a
    rule and is dropped, but an amount in a table without ruling lines may be read just as unsure
    ("1.107.000.000,00" at 29, a bold total at 6): a word that looks like a number is read again alone,
    digits only (:func:`reread_number`), and kept when that gives a well-formed number, marked unsure
    (a table warning) when the two readings differ on a digit. One that does not read again but has the
    grouping of an amount is kept as Tesseract read it, marked unsure: kept raw, never guessed. An unsure
    word of the dictionary between two sure words of its line is kept too (:func:`~lkjip.extract.ocr_keep_words.word_between_words`).
    An unsure amount read again as the head of an amount a narrow column wrapped is that head, marked unsure."""
    data = image_to_data(clean, lang, "--psm 11")
    scale = 72.0 / dpi
    words = data_words(data, scale)
    sure = list(words)
    px = dpi / 72.0
    digits_lang = number_language(lang)
    dictionary = dictionary_words(lang)
    confirm_amounts(words, clean, digits_lang, px)  # the sure ones: an unsure one is read again alone below
    for w in data_words(data, scale, min_conf=0):
        if w.conf >= MIN_CONFIDENCE:
            continue
        if word_between_words(w, sure, dictionary) or caption_number_word(w, sure) or printed_sure_elsewhere(w, sure):
            words.append(w)
            continue
        if (sign := unsure_lone_sign(w, sure)) is not None:
            words.append(sign)
            continue
        if not number_like(w.text):
            continue
        x0, y0 = max(int(w.x0 * px) - _WORD_MARGIN, 0), max(int(w.top * px) - _WORD_MARGIN, 0)
        x1, y1 = min(int(w.x1 * px) + _WORD_MARGIN, clean.width), min(int(w.bottom * px) + _WORD_MARGIN, clean.height)
        crop = (clean.crop((x0, y0, x1, y1)), x0 / px, y0 / px, px)
        again = reread_number(*crop, lang=digits_lang, expect=w.text)
        if again is None and grouped_amount(w.text):  # a wrapped amount's head read a digit too long ("2.128.601.001")
            again = reread_number(*crop, lang=digits_lang, expect=w.text, heads=True)
        if again is None:
            if grouped_amount(w.text):
                words.append(w)  # its confidence stays below the threshold: a table warning names it
            continue
        if digits_of(again.text) != digits_of(normalized(w.text)):
            again.conf = min(again.conf, MIN_CONFIDENCE - 1)
        words.append(again)
    words, _ = complete_cut_numbers(words, np.asarray(clean), digits_lang, px, read_stacked)
    for k, w in enumerate(words):
        if not PERCENT_AS_DIGITS.match(w.text):
            continue
        # "100%" read "10046" / "10076" / "10096" by the Indonesian model: the number model reads the sign
        x0, y0 = max(int(w.x0 * px) - _WORD_MARGIN, 0), max(int(w.top * px) - _WORD_MARGIN, 0)
        x1, y1 = min(int(w.x1 * px) + _WORD_MARGIN, clean.width), min(int(w.bottom * px) + _WORD_MARGIN, clean.height)
        again = reread_number(clean.crop((x0, y0, x1, y1)), x0 / px, y0 / px, px, lang=digits_lang)
        if again is not None and percent_misread(w.text, again.text):
            again.conf = w.conf
            words[k] = again
    return words


def _word_crop(w: Word, clean: Image.Image, px: float) -> tuple[Image.Image, float, float]:
    """The page around ``w`` (:data:`_WORD_MARGIN` pixels each side) and its top-left corner in points."""
    x0, y0 = max(int(w.x0 * px) - _WORD_MARGIN, 0), max(int(w.top * px) - _WORD_MARGIN, 0)
    x1, y1 = min(int(w.x1 * px) + _WORD_MARGIN, clean.width), min(int(w.bottom * px) + _WORD_MARGIN, clean.height)
    return clean.crop((x0, y0, x1, y1)), x0 / px, y0 / px


def confirm_amounts(words: list[Word], clean: Image.Image, digits_lang: str, px: float) -> int:
    """Read every amount of the page pass again with the number model; how many readings changed.

    The page pass reads a condensed "7" as "1" now and then, sure of it or nearly ("21.091.909" at 79 for
    "27.091.909", "2.571.692.050" at 90 for "2.577.692.050"), and one such digit turns a sound sum into a
    false contradiction. All amounts, the heads of amounts a narrow column wrapped (:data:`AMOUNT_HEAD`, "2.182.6"
    for "2.782.6") and their later pieces (:data:`~lkjip.extract.ocr_amount_pieces.AMOUNT_PIECE`, ".178," for
    ".778,"), are read once more on stacked canvases (a call or two per page); where that
    reading differs in a digit, two one-line readings (:func:`reread_number`), enlarged and at print size, vote
    (the enlarged one errs too: "19.272" for "79.272", "169" for "769"): the first or the second reading backed by
    more readings than the other is the number, marked unsure (a table warning names it). Two against two, the
    stacked number model's side wins only when it puts back a "7" the page pass read "1" (:func:`sans_seven`; in
    sans print the page pass and the enlarged line misread it together: "169", "2.182.6", "25.187"), marked
    doubtful (the table's sums become uncertain warnings); any other split keeps the first reading, doubtful.
    Short decimals and percentages ("97,1" for "97,7", "84,70") are read again the same way
    (:data:`SHORT_DECIMAL`): a target or a capaian misread in one table is a false mismatch with another; so is a
    number of bare digits read unsure (:data:`BARE_DIGITS`: "7" at 35 for "77", "1517" at 75 for a tail "757")."""
    amounts = [k for k, w in enumerate(words) if grouped_amount(w.text) or SHORT_DECIMAL.match(w.text)
               or AMOUNT_HEAD.match(w.text) or AMOUNT_PIECE.match(w.text) or (BARE_DIGITS.match(w.text) and w.conf < SURE_DIGITS)]
    if not amounts:
        return 0
    crops = [_word_crop(words[k], clean, px) for k in amounts]
    changed = 0
    for k, crop, found in zip(amounts, crops, read_stacked([c for c, _, _ in crops], digits_lang, "--psm 6"), strict=True):
        w = words[k]
        first, second = digits_of(normalized(w.text)), digits_of(" ".join(x.text for x in found))
        if second == first:
            continue
        lines = [r for zoom in (2, 1) if (r := reread_number(*crop, px, lang=digits_lang, zoom=zoom, expect=w.text))]
        votes = Counter([first, second] + [digits_of(r.text) for r in lines])
        if votes[first] > votes[second] and votes[first] >= 2:
            w.conf = min(w.conf, SURE_DIGITS - 1)
        elif votes[second] >= 2 and (votes[second] > votes[first] or (votes[second] == votes[first] and sans_seven(first, second))):
            third = next(r for r in lines if digits_of(r.text) == second)
            tie = votes[second] == votes[first]
            w.text, w.conf = as_printed(third.text, w.text), MIN_CONFIDENCE - 1 if tie else min(third.conf, SURE_DIGITS - 1)
            changed += 1
        else:
            w.conf = min(w.conf, MIN_CONFIDENCE - 1)
    return changed


def percent_marks(binary: np.ndarray, words: list[Word], lang: str, dpi: int = DPI) -> tuple[list[Word], int]:
    """``words`` with the percent signs the page pass missed or misread put back, and how many; row keys it
    passed over ("A.", "1." left of a row of a table ruled by columns only) added too.

    A blob of ink no word covers (:func:`~lkjip.extract.ocr_image.unread_blobs`), or a word that is a typical
    misreading of a lone "%" (:data:`PERCENT_SCRAP`), is read again with the number model, which reads the sign
    right; it becomes a "%" only when that reading is exactly "%". A lone "%" heads the percentage column of a
    budget or performance table: missed, the column had no name and every percentage of it was lost. A short
    number read unsure (:data:`PERCENT_LOST`) takes the number model's reading when that is the same digits with a
    "%" after them ("79" -> "79%", "76K" -> "76%", "7690" -> "76%"): the sign read, never a digit changed.
    """
    from PIL import Image as PILImage

    px = dpi / 72.0
    boxes = [(int(w.x0 * px), int(w.top * px), int(w.x1 * px) + 1, int(w.bottom * px) + 1) for w in words]
    scraps = [k for k, w in enumerate(words)
              if PERCENT_SCRAP.match(w.text) or (w.text == "8" and w.conf < UNSURE_EIGHT)]  # fmt: skip
    # a number whose "%" the page pass lost or read as letters ("79", "76K", "7690" for "79%", "76%", "76%")
    numbers = [k for k, w in enumerate(words) if w.conf < SURE_DIGITS and PERCENT_LOST.match(w.text)]
    blobs = unread_blobs(binary, boxes)
    targets = [boxes[k] for k in scraps] + [boxes[k] for k in numbers] + blobs
    if not targets:
        return words, 0
    h, w = binary.shape
    crops = [PILImage.fromarray(binary[max(y0 - 4, 0) : min(y1 + 4, h), max(x0 - 4, 0) : min(x1 + 4, w)])
             for x0, y0, x1, y1 in targets]  # fmt: skip
    readings = read_stacked(crops, number_language(lang), "--psm 6")
    sizes = sorted(w.size for w in words)
    size = sizes[len(sizes) // 2] if sizes else 10.0
    out = list(words)
    found = 0
    read_words = len(scraps) + len(numbers)
    for i, (box, read) in enumerate(zip(targets, readings, strict=True)):
        text = " ".join(r.text for r in read)
        if len(scraps) <= i < read_words:
            first = out[numbers[i - len(scraps)]]
            if PERCENT_NUMBER.match(text) and (digits_of(text) == digits_of(re.sub(r"^O", "0", first.text))
                                               or percent_misread(first.text, text)):
                first.text = text  # the digits as read, the sign restored
                found += 1
            continue
        if text == "%":
            found += 1
            if i < len(scraps):
                out[scraps[i]].text = "%"
                continue
        elif i < read_words or not sure_mark(text, read):
            continue
        x0, y0, x1, y1 = (v / px for v in box)
        out.append(Word(text=text, x0=x0, top=y0, x1=x1, bottom=y1, size=size, conf=MIN_CONFIDENCE))
    return out, found


def bracket_percents(binary: np.ndarray, words: list[Word], lang: str, dpi: int = DPI) -> int:
    """A header's "(%)" the page pass read as a bracketed number or scrap, unsure of it ("(26)" at 52), put back;
    how many. Each such word is read again alone with the page model, which reads the sign in brackets as
    "(%)" or with its usual letters "(Yo)" (:data:`~lkjip.extract.ocr_numbers.BRACKET_PERCENT`); only then does
    the word become "(%)". A column's number "(12)" read sure is never looked at, and one the second reading
    sees as digits stays as read."""
    from PIL import Image as PILImage

    px = dpi / 72.0
    targets = [w for w in words if w.conf < SURE_DIGITS and BRACKET_SCRAP.match(w.text)]
    if not targets:
        return 0
    h, wd = binary.shape
    crops = []
    for w in targets:
        x0, y0, x1, y1 = int(w.x0 * px), int(w.top * px), int(w.x1 * px) + 1, int(w.bottom * px) + 1
        crops.append(PILImage.fromarray(binary[max(y0 - 8, 0) : min(y1 + 8, h), max(x0 - 8, 0) : min(x1 + 8, wd)]))
    found = 0
    for w, read in zip(targets, read_stacked(crops, lang, "--psm 7"), strict=True):
        text = "".join(r.text for r in read)
        if text == "(%)" or BRACKET_PERCENT.fullmatch(text):
            w.text = "(%)"
            found += 1
    return found


def ocr_words_page(rules: list[Ruling], gray: np.ndarray, page_no: int, *, dpi: int = DPI,
                   paper: tuple[np.ndarray, int] | None = None) -> tuple[OcrPage, list[str]]:
    """OCR a page cleaned by :func:`~lkjip.extract.ocr_image.clean_page` into its words and rulings
    (:class:`OcrPage`), not yet laid out, and the warnings of its reading (``paper``: the grey page and its
    threshold, :func:`~lkjip.extract.ocr_image.clean_page_paper`, for weighing print on shaded bands)."""
    lang, warnings = ocr_language()
    page_height = gray.shape[0] * 72.0 / dpi
    from PIL import Image as PILImage

    clean = PILImage.fromarray(gray)
    grids = [g for g in grid_tables(rules) if max(len(r) for r in g) >= 2] if has_grid(rules) else []
    missing = blank_row_rules(gray, grids, dpi)
    if missing:  # rows the table separates by white space only get the line they lack
        rules = rules + missing
        grids = [g for g in grid_tables(rules) if max(len(r) for r in g) >= 2]
    boxes = [bbox_of(g) for g in grids]
    if boxes:
        # the page pass reads only what lies outside bordered tables (their cells get their own pass)
        outside = gray.copy()
        px = dpi / 72.0
        for x0, top, x1, bottom in boxes:
            outside[int(top * px) : int(bottom * px) + 1, int(x0 * px) : int(x1 * px) + 1] = 255
        # a page of tables only has nothing left to read outside them: no page pass
        words = page_words(PILImage.fromarray(outside), lang, dpi) if np.count_nonzero(outside == 0) > 100 else []
        del outside
        words = [w for w in words if not any(inside(w, b) for b in boxes)]
        words += ocr_cells(clean, grids, lang, dpi)
    else:
        words = page_words(clean, lang, dpi)
    warnings.extend(f"page {page_no}: OCR dropped {a!r}, read again inside the number {b!r}" for a, b in drop_read_twice(words))
    tall_fixes = split_tall_words(words, clean, lang, dpi / 72.0)  # boxes over two lines shuffle a row's lines
    warnings.extend(f"page {page_no}: OCR word boxed over two lines read again {a!r} -> {b!r}" for a, b in tall_fixes)
    words += dash_words(gray, words, dpi)  # in the page pass and in cells alike, a lone "-" may go unread
    words, percents = percent_marks(gray, words, lang, dpi)
    percents += bracket_percents(gray, words, lang, dpi)
    pitch = page_pitch(words)  # for both mark passes: the steps between change numbers and keys, not long words
    warnings.extend(f"page {page_no}: OCR mark fix {a!r} -> {b!r}" for a, b in read_marks(words, gray, dpi, paper=paper,
                                                                                         pitch=pitch))
    again = reread_lost_digits(words, gray, lambda w: reread_number(*_word_crop(w, clean, dpi / 72.0), dpi / 72.0,
                                                                    lang=number_language(lang), zoom=2), dpi)
    warnings.extend(f"page {page_no}: OCR short number read again, its ink has more digits {a!r} -> {b!r}"
                    for a, b in again)
    warnings.extend(f"page {page_no}: OCR row number dots fix {a!r} -> {b!r}" for a, b in restore_dots(words, gray, dpi))
    warnings.extend(f"page {page_no}: OCR row key dot fix {a!r} -> {b!r}" for a, b in restore_key_dots(words, gray, dpi))
    words, dashes = restore_end_dashes(words, gray, dpi)
    warnings.extend(f"page {page_no}: OCR amount end dash fix {a!r} -> {b!r}" for a, b in dashes)
    warnings.extend(f"page {page_no}: OCR wrapped amount end dot fix {a!r} -> {b!r}" for a, b in restore_end_dots(words, gray, dpi))
    warnings.extend(f"page {page_no}: OCR wrapped amount dot fix {a!r} -> {b!r}" for a, b in restore_wrap_dots(words, gray, dpi))
    if percents:
        warnings.append(f"page {page_no}: OCR read {percents} lone percent sign(s) again with the number model")
    words, joined = join_split_amounts(words, gray, dpi)
    if joined:
        warnings.append(f"page {page_no}: OCR joined {joined} amount(s) split at a separator seen in the image")
    warnings.extend(f"page {page_no}: OCR lone currency sign fix {a!r} -> {b!r}" for a, b in restore_lone_signs(words))
    signs = unread_signs(gray, words, lang, read_stacked, dpi)
    if signs:
        warnings.append(f"page {page_no}: OCR read {len(signs)} lone currency sign(s) the page pass missed")
        words += signs
    if again := read_free_ink(gray, words, lang, number_language(lang), read_stacked, dpi):
        warnings.append(f"page {page_no}: OCR read {len(again)} word(s) the page pass passed over from their ink")
        # a row key read from its ink alone ("I" of "I."): its dot, a blob too small to read, is looked for as above
        warnings.extend(f"page {page_no}: OCR row key dot fix {a!r} -> {b!r}" for a, b in restore_key_dots(again, gray, dpi, words))
        # and a "%" read from its ink alone as digits ("1004" for "100%"), as the page pass's words above
        warnings.extend(f"page {page_no}: OCR mark fix {a!r} -> {b!r}" for a, b in read_marks(again, gray, dpi, paper=paper,
                                                                                             pitch=pitch))
        words += again
        # and the lower piece of a wrapped amount read from its ink alone lost its opening dot like the page pass's
        warnings.extend(f"page {page_no}: OCR wrapped amount dot fix {a!r} -> {b!r}" for a, b in restore_wrap_dots(words, gray, dpi, again))
    warnings.extend(stroke_keys(words, gray, page_no, dpi))  # Roman keys of bars and a dot, misread or unread
    dictionary = dictionary_words(lang)
    # monospaced print; the advance measured again, the free-ink pass may have added long words of letters
    warnings.extend(join_mono_pieces(words, rules, dictionary, page_no, lambda w, z: reread_number(
        *_word_crop(w, clean, dpi / 72.0), dpi / 72.0, lang=number_language(lang), zoom=z, expect=w.text)))
    mark_bold(words, gray, dpi, paper)
    caption_fixes = fix_caption_numbers(words, lambda w: first_glyph_is_bar(gray, pixel_box(w, dpi)))
    for w in words:
        w.text = correct_word(w.text, dictionary)
    texts = page_texts(words, [c for grid in grids for row in grid for c in row if c is not None])
    warnings.extend(f"page {page_no}: OCR caption number fix {a!r} -> {b!r}" for a, b in caption_fixes)
    if not words:
        warnings.append(f"page {page_no}: OCR found no text")
    return OcrPage(page_no, page_height, words, rules, bool(grids), texts, lang, unread_text(gray, words, dpi)), warnings


def ocr_vocabulary(page: OcrPage) -> Vocabulary:
    """The words ``page`` prints whole, with its model's dictionary (a page read alone)."""
    return Vocabulary(page.texts, base=dictionary_vocabulary(page.lang))


def finish_ocr_tables(res: PageResult, page: OcrPage, tables: Sequence[PageTable] | None = None) -> None:
    """What OCR leaves to put right in the tables of ``res`` (or only ``tables`` of it: one read late, when the
    pages were assembled), ``page`` laid out (alone or in its document): each table marked read by OCR, the words
    Tesseract was unsure of in it named in its warnings (numbers among them make it a doubtful reading), cell
    digits and words a typical misreading away put right."""
    page_no = res.number
    if tables is not None:
        res = replace(res, tables=list(tables))
    for pt in res.tables:
        pt.table.strategy = "ocr"
        box = (pt.x0, pt.top, pt.x1, pt.bottom)
        unsure = [w for w in page.words if w.conf < MIN_CONFIDENCE and inside(w, box)]
        for w in unsure:
            pt.table.warnings.append(f"page {page_no}: OCR unsure of {w.text!r} (confidence {w.conf:.0f})")
        pt.table.doubt = pt.table.doubt or unsure_numbers(unsure, page_no) or unread_doubt(page.unread, box, page_no)
        pt.table.warnings.extend(unsure_digits(page.words, box, page_no))
    fix_table_digits(res, page_no)
    fix_table_words(res, dictionary_words(page.lang))
    for pt in res.tables:  # after the joins: cells read from several words, one unsure; rows of amounts, no name
        pt.table.warnings.extend(unsure_cells(pt.table, page.words, (pt.x0, pt.top, pt.x1, pt.bottom), page_no))
        pt.table.doubt = pt.table.doubt or nameless_doubt(pt.table, page_no)


def ocr_clean(rules: list[Ruling], gray: np.ndarray, page_no: int, *, dpi: int = DPI) -> tuple[PageResult, list[str]]:
    """OCR a page cleaned by :func:`~lkjip.extract.ocr_image.clean_page` and lay it out alone into a
    :class:`~lkjip.extract.layout.page.PageResult` (tables and lines); a document's pages are laid out together
    (:func:`~lkjip.extract.read_pdf.lay_out`)."""
    page, warnings = ocr_words_page(rules, gray, page_no, dpi=dpi)
    res = read_page_layout(page_no, page.height, page.words, page.rules, lines_from_words, ruled=page.ruled,
                           vocab=ocr_vocabulary(page))
    finish_ocr_tables(res, page)
    return res, warnings


def ocr_page(page: pdfium.PdfPage, page_no: int, *, dpi: int = DPI) -> tuple[OcrPage, list[str]]:
    """OCR one PDF page rendered at ``dpi`` into its words and rulings, to be laid out with the document's other
    pages (:func:`~lkjip.extract.read_pdf.lay_out`); raises DependencyMissingError without tesseract.

    300 dpi even for 200 dpi scans: Tesseract reads upsampled 10 pt text
    markedly better ("Program" rather than "Prnoram").
    """
    tesseract_path()
    img = render_page(page, dpi)
    rules, gray, paper = clean_page_paper(img, dpi)
    del img  # the colour rendering is the largest thing held: not kept while Tesseract reads
    return ocr_words_page(rules, gray, page_no, dpi=dpi, paper=paper)

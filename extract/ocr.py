"""OCR for PDF pages that have no text layer (scans).

Why Tesseract: it is the OCR engine that ships an Indonesian model
(``tesseract-ocr-ind``) as a Debian package, runs on a CPU without a GPU or
model download, and is already a system tool on the machines that run this
pipeline. Its TSV output gives every word with its box and confidence, which
is all we need, because layout (lines, paragraphs, table cells) is rebuilt by
the same geometry code that reads text PDFs. The binary is run directly
(:func:`_image_to_data`: the image on stdin, one OpenMP thread), not through
pytesseract, whose import pulls in pandas (+100 MB per worker). Heavier engines (EasyOCR, PaddleOCR,
docTR) bring PyTorch/Paddle and hundreds of MB of weights for little gain on
clean government scans; OCRmyPDF would add a text layer but not the word
boxes' table structure. Pages are rendered with pypdfium2 (already used for
text PDFs) at 300 dpi, Tesseract's sweet spot for 10–12 pt print.

Steps for one page (one page in memory at a time, ~100 MB over the process):

1. render at 300 dpi;
2. find ruling lines in the image (long runs of dark, unsaturated pixels —
   coloured stamps are ignored; a band of rows at a time), turn them into
   rules in PDF points and erase them, so Tesseract does not read borders as
   ``|`` or ``1``; binarize the page once (Otsu);
3. outside bordered tables, OCR the page with the ``ind`` model (``eng`` with
   a warning when ``ind`` is missing), ``--psm 11`` (sparse text); inside
   them, crop every cell to its ink and read the crops stacked on canvases of
   bounded size (:func:`ocr_cells`, :func:`read_stacked`);
4. cells that may hold a number (digits, letters Tesseract confuses with
   digits, a short scrap where a "%" or a column number was) are read again
   with the ``eng`` model, which reads "%" and separators right where ``ind``
   reads "100%" as "10046"; when the two disagree on a digit a third, enlarged
   reading decides and the cell is flagged unsure. Cells that still look like
   a broken number, or read as nothing (a lone "-"), are read alone with
   digits only (:func:`reread_number`);
5. a word that is no word of the model's dictionary but one typical letter
   confusion away from exactly one ("Prosram" → "Program") is put right
   (:func:`correct_word`); the dictionary and the page's own text form the
   vocabulary that tells a word broken in a narrow cell ("Doku" / "men") from
   two words ("kelola" / "pemerintahan") (:func:`page_vocabulary`);
6. bordered tables from the rules, borderless ones by column clustering of
   the word boxes, paragraphs from the remaining lines
   (:func:`lkjip.extract.read_pdf.read_page_layout`);
7. in table cells only, tokens that are numbers apart from a typical OCR
   confusion (``O``/``o`` → 0, ``l``/``I``/``|`` → 1, ``S`` → 5, ``:`` for a
   separator) are fixed, a "%" misread as ``Yo``/``Ya`` is restored, a row of
   column numbers with some misread ("(1) (2) 3) (MN") is rebuilt, and every
   fix is written to ``Table.warnings``, as is every cell word Tesseract was
   unsure of (cells keep low-confidence words: a doubtful number beats a
   missing one).
"""

from __future__ import annotations

import bisect
import functools
import io
import os
import re
import shlex
import shutil
import subprocess
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from lkjip.errors import DependencyMissingError, InputError
from lkjip.extract.read_pdf import (
    PageResult,
    Rule,
    Vocabulary,
    Word,
    bbox_of,
    grid_tables,
    has_grid,
    inside,
    lines_from_words,
    read_page_layout,
)

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL import Image

TESSERACT_MISSING = "Tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-ind"
DPI = 300
#: words Tesseract is less sure of than this (0–100) are dropped (stamp and signature noise)
MIN_CONFIDENCE = 30

_CONFUSABLE = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "i": "1", "S": "5", "s": "5", "B": "8"}
_TOKEN = re.compile(r"\S+")
#: thousands grouping ("1.250.000", "3,000") with an optional decimal part: a number beyond doubt
_GROUPED = re.compile(r"^\(?\d{1,3}([.,]\d{3})+([.,]\d+)?%?\)?$")
_NUMBER_SHAPE = re.compile(r"^[(]?(rp\.?)?[\dOoDlIi|SsB][\dOoDlIi|SsB.,]*%?[)]?$", re.IGNORECASE)


#: the tesseract binary (a name looked up on PATH, or a path)
TESSERACT_CMD = "tesseract"


def tesseract_path() -> str:
    """Path of the tesseract binary, or DependencyMissingError."""
    found = shutil.which(TESSERACT_CMD)
    if not found:
        raise DependencyMissingError(TESSERACT_MISSING)
    return found


@functools.lru_cache(maxsize=4)
def _list_langs(cmd: str) -> tuple[str, tuple[str, ...]]:
    """The model folder and the models of ``tesseract --list-langs``."""
    try:
        done = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise DependencyMissingError(TESSERACT_MISSING) from exc
    lines = (done.stdout or done.stderr).splitlines()
    head = next((i for i, ln in enumerate(lines) if "languages" in ln.lower()), None)
    if head is None:
        raise DependencyMissingError(f"{TESSERACT_MISSING} ({cmd} --list-langs: {done.stderr.strip()[-200:]})")
    folder = re.search(r'"([^"]+)"', lines[head])
    return (folder.group(1) if folder else ""), tuple(ln.strip() for ln in lines[head + 1 :] if ln.strip())


def _languages(cmd: str) -> tuple[str, ...]:
    return _list_langs(cmd)[1]


def ocr_language() -> tuple[str, list[str]]:
    """``"ind"`` when installed, else ``"eng"`` with a warning."""
    langs = _languages(tesseract_path())
    if "ind" in langs:
        return "ind", []
    if "eng" in langs:
        return "eng", [
            "Tesseract Indonesian model missing (apt-get install tesseract-ocr-ind); OCR used English"
        ]
    raise DependencyMissingError(
        f"Tesseract has neither the Indonesian nor the English model (has {', '.join(langs) or 'none'}): "
        "apt-get install tesseract-ocr-ind"
    )


# --------------------------------------------------------------------------- ruling lines in an image


def _runs(mask_row: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of True runs in a 1-D boolean array (end exclusive)."""
    padded = np.concatenate(([False], mask_row, [False]))
    diff = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(diff[::2].tolist(), diff[1::2].tolist(), strict=True))


#: rows (columns) handled at once when looking for ruling lines: bounds the memory of the cumulative sums
_BAND = 256


def _long_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels of ``dark`` that belong to a horizontal run of at least ``length`` (~90 % dark).

    Only rows with enough dark pixels to hold such a run are looked at, a
    band of rows at a time, so a 300 dpi page needs a few MB, not hundreds.
    """
    h, w = dark.shape
    out = np.zeros((h, w), dtype=bool)
    if w <= length:
        return out
    need = int(0.9 * length)
    rows = np.flatnonzero(np.count_nonzero(dark, axis=1) >= need)
    for start in range(0, len(rows), _BAND):
        idx = rows[start : start + _BAND]
        out[idx] = _cover(dark[idx], length, need)
    return out


def _cover(block: np.ndarray, length: int, need: int) -> np.ndarray:
    """:func:`_long_runs` on a few rows: dark pixels covered by a window of ``length`` with ``need`` dark."""
    n, w = block.shape
    cs = np.zeros((n, w + 1), dtype=np.int32)
    np.cumsum(block, axis=1, out=cs[:, 1:])
    window = (cs[:, length:] - cs[:, :-length]) >= need  # the window starting at x qualifies
    wn = window.shape[1]
    cw = np.zeros((n, wn + 1), dtype=np.int32)
    np.cumsum(window, axis=1, out=cw[:, 1:])
    # pixel x is covered if a window starting in [x - length + 1, x] qualifies
    hi = np.empty((n, w), dtype=np.int32)
    hi[:, :wn] = cw[:, 1:]
    hi[:, wn:] = cw[:, wn : wn + 1]
    lo = np.zeros((n, w), dtype=np.int32)
    lo[:, length - 1 :] = cw[:, :wn]
    return (hi > lo) & block


def _segments(line_mask: np.ndarray, horizontal: bool, min_len: int) -> list[tuple[int, int, int, int]]:
    """Connected line pixels as segments (x0, y0, x1, y1) in pixels.

    Runs of each row (column, for vertical lines) are joined to runs of the
    previous two rows that overlap them (union-find), so a slightly skewed or
    broken line stays one segment. Blobs thicker than 12 px are not lines.
    """
    mask = line_mask if horizontal else line_mask.T
    parent: list[int] = []
    boxes: list[list[int]] = []  # per run: a, b, row, row

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    prev_rows: list[list[int]] = [[], []]  # run ids of rows y-1 and y-2
    for y in np.flatnonzero(mask.any(axis=1)).tolist() if mask.size else []:
        ids = []
        for a, b in _runs(mask[y]):
            rid = len(parent)
            parent.append(rid)
            boxes.append([a, b, y, y])
            for other in prev_rows[0] + prev_rows[1]:
                oa, ob, _, oy = boxes[other]
                if y - oy <= 2 and a < ob + 3 and b > oa - 3:
                    ra, rb = find(rid), find(other)
                    if ra != rb:
                        parent[rb] = ra
            ids.append(rid)
        prev_rows = [ids, prev_rows[0]] if prev_rows[0] and boxes[prev_rows[0][0]][2] == y - 1 else [ids, []]
    merged: dict[int, list[int]] = {}
    for rid, (a, b, y0, y1) in enumerate(boxes):
        root = find(rid)
        box = merged.setdefault(root, [a, b, y0, y1])
        box[0], box[1], box[2], box[3] = min(box[0], a), max(box[1], b), min(box[2], y0), max(box[3], y1)
    out = []
    for a, b, r0, r1 in merged.values():
        if b - a < min_len or (r1 - r0 + 1) > 12 + (b - a) * 0.035:  # allow ~2 degrees of skew
            continue
        out.append((a, r0, b, r1 + 1) if horizontal else (r0, a, r1 + 1, b))
    return out


def otsu_threshold(gray: np.ndarray) -> int:
    """The grey level that best splits ink from paper (Otsu's method)."""
    hist = np.zeros(256, dtype=np.float64)
    flat = gray.reshape(-1)
    for start in range(0, flat.size, 1 << 20):  # bincount widens to int64: a band at a time
        hist += np.bincount(flat[start : start + (1 << 20)], minlength=256)
    total = hist.sum()
    if not total:
        return 128
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    w1 = total - w0
    m0 = np.cumsum(hist * levels)
    mean_all = m0[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_all * w0 / total - m0) ** 2 / (w0 * w1 / total)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between)) + 1


def dark_mask(img: Image.Image) -> np.ndarray:
    """Dark, unsaturated pixels (ink of text and rules; coloured stamps are not), a band of rows at a time."""
    if img.mode == "L":
        return np.asarray(img) < 150
    if img.mode != "RGB":
        img = img.convert("RGB")
    dark = np.empty((img.height, img.width), dtype=bool)
    for y in range(0, img.height, _BAND):
        rgb = np.asarray(img.crop((0, y, img.width, min(y + _BAND, img.height))))
        r, g, b = rgb[:, :, 0], rgb[:, :, 1], rgb[:, :, 2]
        saturation = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)
        total = r.astype(np.int16) + g + b
        dark[y : y + _BAND] = (total < 3 * 150) & (saturation < 70)
    return dark


def grow(mask: np.ndarray, by: int = 2) -> np.ndarray:
    """``mask`` grown by ``by`` pixels up, down, left and right."""
    out = mask.copy()
    for d in range(1, by + 1):
        out[d:] |= mask[:-d]
        out[:-d] |= mask[d:]
        out[:, d:] |= mask[:, :-d]
        out[:, :-d] |= mask[:, d:]
    return out


def image_rules(img: Image.Image, dpi: int = DPI) -> tuple[list[Rule], np.ndarray]:
    """Ruling lines of a rendered page (in points) and the mask of their pixels."""
    dark = dark_mask(img)
    length = max(20, int(dpi * 0.3))  # 0.3 inch: longer than any stroke of 10-14 pt text
    hmask = _long_runs(dark, length)
    vmask = _long_runs(dark.T, length).T
    del dark
    scale = 72.0 / dpi
    rules: list[Rule] = []
    for x0, y0, x1, y1 in _segments(hmask, True, length):
        rules.append(Rule(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    for x0, y0, x1, y1 in _segments(vmask, False, length):
        rules.append(Rule(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    hmask |= vmask
    return rules, grow(hmask)  # grown by 2 px so anti-aliased edges go too


# --------------------------------------------------------------------------- words


#: a dash standing for zero or "none" in a table cell ("-", "–", "—")
_DASH = re.compile(r"^[-–—]{1,2}$")


_ASCENDING = frozenset("bdfhkltij")
_DESCENDING = frozenset("gjpqy")


def em_share(text: str) -> float:
    """How much of the font size the ink of ``text`` spans, by its letters: a word box runs from the top of
    its tallest letter to the bottom of its lowest, so "menurun" (x-height only) is about half an em high,
    "Program" (a capital and a descender) 0.84 em. Measured on Times-like print; dividing a box height by it
    gives every word of a line about the same size, where one ratio for all made sizes of one paragraph's lines
    differ by 3 pt and split it."""
    tall = any(ch in _ASCENDING or ch.isupper() or ch.isdigit() for ch in text)
    low = any(ch in _DESCENDING for ch in text)
    if tall:
        return 0.84 if low else 0.66
    return 0.68 if low else 0.48


def _data_words(
    data: dict, scale: float, *, min_conf: float = MIN_CONFIDENCE, keep_marks: bool = False
) -> list[Word]:
    words: list[Word] = []
    for text, conf, left, top, width, height in zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"], strict=True
    ):
        text = (text or "").strip()
        if not text or float(conf) < min_conf:
            continue
        if not any(ch.isalnum() for ch in text) and not (
            text in (":", "/") or (keep_marks and (_DASH.match(text) or text == "%"))
        ):
            continue  # stray marks are noise, but "Nama : …" keeps its colon, "Pengujian / Verifikasi" its slash
        h = height * scale
        words.append(
            Word(
                text=text,
                x0=left * scale,
                top=top * scale,
                x1=(left + width) * scale,
                bottom=(top + height) * scale,
                size=max(h / em_share(text), 4.0),
                conf=float(conf),
            )
        )
    return words


#: Tesseract's OpenMP threads spin on a busy machine: one thread per call was 40 % less CPU for the same page
#: (the pipeline parallelizes over files, not inside Tesseract); an OMP_THREAD_LIMIT set by the user wins
_THREADS = "1"
_TSV_FIELDS = ("level", "left", "top", "width", "height", "conf", "text")


def _image_to_data(img: Image.Image, lang: str, config: str) -> dict[str, list]:
    """Tesseract's words with boxes and confidences (its TSV output as columns), like
    ``pytesseract.image_to_data(..., output_type=DICT)``.

    The binary is run directly: the image goes in on stdin as an uncompressed
    PGM (no temporary PNG to compress and delete) and the thread limit is set
    for the child only.
    """
    buf = io.BytesIO()
    img.convert("L").save(buf, format="PPM")
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", _THREADS)}
    cmd = [tesseract_path(), "stdin", "stdout", "-l", lang, *shlex.split(config), "tsv"]
    try:
        done = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, env=env, check=False)
    except OSError as exc:
        raise DependencyMissingError(TESSERACT_MISSING) from exc
    del buf
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip()
        if "language" in err.lower() or "data file" in err.lower():
            raise DependencyMissingError(f"Tesseract cannot load the {lang!r} model: {err[-300:]}")
        raise InputError(f"Tesseract failed on a page image (exit {done.returncode}): {err[-300:]}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV output as columns (numbers as int, confidence as float)."""
    rows = tsv.splitlines()
    out: dict[str, list] = {k: [] for k in _TSV_FIELDS}
    if not rows:
        return out
    header = rows[0].split("\t")
    index = {k: header.index(k) for k in _TSV_FIELDS if k in header}
    if len(index) != len(_TSV_FIELDS):
        return out
    for row in rows[1:]:
        cols = row.split("\t", len(header) - 1)
        if len(cols) < len(header) - 1:
            continue
        cols += [""] * (len(header) - len(cols))
        for k in ("level", "left", "top", "width", "height"):
            out[k].append(int(cols[index[k]]))
        out["conf"].append(float(cols[index["conf"]]))
        out["text"].append(cols[index["text"]])
    return out


def ocr_words(img: Image.Image, lang: str, dpi: int = DPI) -> list[Word]:
    """Tesseract's words on a whole page, boxes in PDF points (top-left origin)."""
    return _data_words(_image_to_data(img, lang, "--psm 11"), 72.0 / dpi)


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
        data = _image_to_data(canvas, lang, config)
        del canvas
        for w in _data_words(data, 1.0, min_conf=0, keep_marks=True):
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
        if _digits(text) != _digits(_normalized(first)) and not percent_misread(first, text):
            # the readings disagree on a digit: a third, larger one-line reading decides; the cell is flagged
            # unsure either way (a table warning), so a wrong digit is never a silent one
            third = reread_number(*crops[k], px, lang=digits_lang, zoom=2, expect=text)
            if third is None or _digits(third.text) != _digits(_normalized(first)):
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


def number_language(lang: str) -> str:
    """The model for reading numbers: ``eng`` when installed. The Indonesian model reads a "%" as digits
    ("100%" as "10046"); the English one reads it, and separators, right."""
    return "eng" if "eng" in _languages(tesseract_path()) else lang


#: a row key read cleanly ("1.", "a.", "3)"): no second reading needed
_CLEAN_KEY = re.compile(r"^(\d{1,2}|[A-Za-z])[.)]$")
#: column numbers under a header: "(3)"
_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")


def maybe_number(text: str) -> bool:
    """A first reading that may be a misread number: digits with letters Tesseract confuses with digits or
    with "%", or a short scrap ("YA", "(MN", "aa") where a percent sign or a column number was."""
    text = text.strip()
    if not text or _CLEAN_KEY.match(text):
        return False
    return _numeric_cell(text) or len(text.replace(" ", "")) <= 4


def number_reading(text: str) -> bool:
    """Every token is a well-formed number, a percent sign, a dash, a row key or a column number."""
    tokens = text.split()
    return bool(tokens) and all(
        t == "%" or _DASH.match(t) or _WELL_FORMED.match(t) or _ROW_KEY.match(t) or _COLUMN_NUMBER.match(t)
        for t in tokens
    )


def percent_misread(first: str, second: str) -> bool:
    """``first`` read the percent sign of ``second`` as digits ("10046" for "100%", "88,206" for "88,20 %")."""
    a, b = _digits(_normalized(first)), _digits(second)
    return "%" in second and "%" not in first and len(a) > len(b) and a.startswith(b)


def _numeric_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL.match(text)) and any(ch.isdigit() for ch in text)


def _normalized(text: str) -> str:
    return fix_ocr_digits(_TRAILING_PERCENT.sub(lambda m: m.group(1) + "%", text))[0]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


#: what Tesseract may see in a cell holding a number: digits, separators, %, and letters it confuses with digits
_NUMERIC_CELL = re.compile(r"^[\dOoDlIi|SsB.,:;%()\-–Yy ]+$")
_WELL_FORMED = re.compile(
    r"^[(]?(\d{1,3}(\.\d{3})+(,\d{1,2})?|\d+([.,]\d{1,2})?|\d{1,3}(,\d{3})+(\.\d{1,2})?)(,-|%)?[)]?$"
)


def numeric_but_broken(text: str) -> bool:
    """A cell that looks like a number (or a dash) but does not read as a well-formed one, even after the
    usual fixes (:func:`fix_ocr_digits`, a percent sign read as letters)."""
    text = text.strip()
    if not text or not _NUMERIC_CELL.match(text) or not any(ch.isdigit() for ch in text):
        return False
    text = _TRAILING_PERCENT.sub(lambda m: m.group(1) + "%", text)
    text = fix_ocr_digits(text)[0]
    tokens = [t for t in text.split() if t not in ("%", "-") and not _ROW_KEY.match(t)]
    return bool(tokens) and not all(_WELL_FORMED.match(t) for t in tokens)


#: a row number ("1.", "12", "3)"), not an amount
_ROW_KEY = re.compile(r"^\d{1,2}[.,)]?$")
#: a second reading of one numeric cell: one line, digits and separators only
_DIGITS_CONFIG = "--psm 7 -c tessedit_char_whitelist=0123456789.,%-()"


def reread_number(
    crop: Image.Image, px0: float, py0: float, px: float, *, lang: str, zoom: int = 1, expect: str = ""
) -> Word | None:
    """Read one cell again as a single line of digits; the word if that gives a number (or a dash).

    The canvas pass (``--psm 6``) skips a lone "-" and now and then reads a
    percent sign or a separator as a letter; a one-line, digits-only reading
    of the cell settles it. The result counts only when well-formed.
    """
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
    data = _image_to_data(pad, lang, config)
    found = _data_words(data, 1.0, min_conf=0, keep_marks=True)
    if not found:
        return None
    text = "".join(w.text for w in found) if crop.height >= 60 * zoom else " ".join(w.text for w in found)
    if not (_DASH.match(text) or all(_WELL_FORMED.match(t) or t == "%" for t in text.split())):
        return None
    if expect and len(_digits(text)) < 0.8 * len(_digits(expect)):
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


def fix_ocr_digits(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Fix letter/digit confusions inside tokens that are otherwise numbers.

    A token qualifies when it has the shape of a number (digits, ``.``/``,``
    grouping, optional ``%``/parentheses/``Rp``), holds at least one real digit,
    and either its digits outnumber the confusable letters or, once fixed, it
    has thousands grouping ("1.25O.OOO.OOO"). "S1", "D3" (education levels) and
    a bare "l5" are left alone. A colon or semicolon between digits is a
    misread separator: "." before three digits, "," otherwise ("1,371:325",
    "99:97"; a time such as "08:30" stays), and "1.234.567.890.00" gets its
    decimal comma back, "2.508.522.933," its lost dash (",-"). Returns the new text and the
    ``(before, after)`` pairs changed.
    """
    fixes: list[tuple[str, str]] = []
    joined = _COMMA_DASH.sub(r"\1,-", text)  # "2.508.522.933, -": the dash of ",-" read as a word of its own
    if joined != text:
        fixes.append((text, joined))
        text = joined

    def repl(m: re.Match[str]) -> str:
        tok = m.group(0)
        if _COLON_NUMBER.match(tok) and not _TIME.match(tok):  # "1,371:325", "99:97": a misread separator
            fixed = _COLON.sub(lambda c: "." if re.match(r"\d{3}(\D|$)", tok[c.end() :]) else ",", tok)
            fixes.append((tok, fixed))
            return fixed
        if _BARE_COMMA.match(tok):  # "2.508.522.933," : the dash of ",-" lost
            fixed = tok + "-"
            fixes.append((tok, fixed))
            return fixed
        if _DOT_DECIMAL.match(tok):  # "1.234.567.890.00": the decimal comma read as a dot
            fixed = _DOT_DECIMAL.sub(r"\1,\3", tok)
            fixes.append((tok, fixed))
            return fixed
        body = tok[2:] if tok[:2].lower() == "rp" else tok
        if not _NUMBER_SHAPE.match(tok) or not any(ch.isdigit() for ch in body):
            return tok
        letters = [ch for ch in body if ch in _CONFUSABLE]
        digits = [ch for ch in body if ch.isdigit()]
        if not letters:
            return tok
        candidate = "".join(_CONFUSABLE.get(ch, ch) for ch in body)
        grouped = bool(_GROUPED.match(candidate))
        if not grouped and len(digits) <= len(letters):
            return tok  # "S1", "D3", "l5": too little evidence that this is a number
        fixed = (tok[:2] if body is not tok else "") + candidate
        fixes.append((tok, fixed))
        return fixed

    return _TOKEN.sub(repl, text), fixes


_COLON = re.compile(r"[:;]")
_COMMA_DASH = re.compile(r"(\d),\s+-(?=\s|$)")
#: dot-grouped thousands ending in a bare comma: the "-" of ",-" (no cents) went missing
_BARE_COMMA = re.compile(r"^\d{1,3}(\.\d{3})+,$")
#: dot-grouped thousands then ".dd": valid in no convention, the last dot is a misread decimal comma
_DOT_DECIMAL = re.compile(r"^(\d{1,3}(\.\d{3})+)\.(\d{2})$")
#: "08:30" is a time, not a number
_TIME = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")
_COLON_NUMBER = re.compile(r"^\d[\d.,]*[:;][\d.,:;]*\d%?$")
#: "93,91 Yo", "100Yo": a percent sign after a number, read as letters
_TRAILING_PERCENT = re.compile(r"(?<=\d)(\s?)(?:Y[oa6]|%o)(?=\s|$)")
#: how Tesseract reads a "%" standing alone in a cell (a Satuan column, a header)
_LONE_PERCENT = re.compile(r"^(Y[oa6nA]|[%9V]o|o/o|%o)$")
#: "Rp" before an amount read as "Ro" / "R0" ("Ro. 67.961.470")
_RP_MISREAD = re.compile(r"(?<![^\W\d_])R[o0]([.,]?\s?)(?=\d)")
#: "(Yo)" in a header ("Tingkat Kemajuan (%)")
_BRACKET_PERCENT = re.compile(r"\((?:Y[oa6nA]|[%9V]o|o/o|%o)\)")
#: a column number as the first reading may have it: "3)", "(MN" are taken only where the row says so
_COLUMN_NO = re.compile(r"^\(?(\d{1,2})\)?$")
#: rows of a table where a column-number row may stand (under a header of up to three rows)
_NUMBERING_ROWS = 4


def fix_numbering_row(cells: list[str]) -> list[str] | None:
    """A row of column numbers with some misread ("(1) (2) 3) (4) (MN", "1 … 10 li"), rebuilt; else None.

    It counts as one when at least three cells, and 60 % of the non-empty ones,
    read as a number equal to the column's position plus one same offset, and
    every other non-empty cell is a scrap of at most four characters.
    """
    filled = [(k, c.strip()) for k, c in enumerate(cells) if c.strip()]
    good = [(k, int(m.group(1)), c.startswith("(")) for k, c in filled if (m := _COLUMN_NO.match(c))]
    if len(filled) < 3 or len(good) < 3:
        return None
    offset, hits = Counter(v - k for k, v, _ in good).most_common(1)[0]
    if hits < 3 or hits < 0.6 * len(filled) or offset + filled[0][0] not in (0, 1):
        return None
    agreeing = {k for k, v, _ in good if v - k == offset}
    if any(len(c) > 4 or " " in c for k, c in filled if k not in agreeing):
        return None
    bracketed = sum(p for k, _, p in good if k in agreeing) * 2 > hits
    rebuilt = [(f"({k + offset})" if bracketed else str(k + offset)) if c.strip() else c for k, c in enumerate(cells)]
    return rebuilt if rebuilt != cells else None


def _fix_table_digits(res: PageResult, page_no: int) -> None:
    for pt in res.tables:
        for i, row in enumerate(pt.table.rows):
            numbering = fix_numbering_row(row.cells) if i < _NUMBERING_ROWS else None
            if numbering is not None:
                pt.table.warnings.append(f"page {page_no}: OCR column numbers fix {row.cells!r} -> {numbering!r}")
                row.cells[:] = numbering
                continue
            for k, cell in enumerate(row.cells):
                if _RP_MISREAD.search(cell):
                    fixed = _RP_MISREAD.sub(r"Rp\1", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR currency fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                if _BRACKET_PERCENT.search(cell):
                    fixed = _BRACKET_PERCENT.sub("(%)", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR percent sign fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                if _LONE_PERCENT.match(cell):
                    row.cells[k] = "%"
                    pt.table.warnings.append(f"page {page_no}: OCR percent sign fix {cell!r} -> '%'")
                    continue
                if _TRAILING_PERCENT.search(cell):
                    fixed = _TRAILING_PERCENT.sub(lambda m: m.group(1) + "%", cell)
                    pt.table.warnings.append(f"page {page_no}: OCR percent sign fix {cell!r} -> {fixed!r}")
                    row.cells[k] = cell = fixed
                fixed, fixes = fix_ocr_digits(cell)
                if fixes:
                    row.cells[k] = fixed
                    for before, after in fixes:
                        pt.table.warnings.append(f"page {page_no}: OCR digit fix {before!r} -> {after!r}")


@functools.lru_cache(maxsize=4)
def model_words(lang: str) -> str:
    """The word list of Tesseract's ``lang`` model, one word a line (empty when it cannot be had).

    The list is unpacked from the installed ``<lang>.traineddata`` with the
    ``combine_tessdata`` and ``dawg2wordlist`` tools of the tesseract-ocr
    package; it is a general dictionary (76 000 words for ``ind``), nothing
    of any one report.
    """
    import tempfile
    from pathlib import Path

    tools = shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")
    if not all(tools):
        return ""
    try:
        folder = _list_langs(tesseract_path())[0]
        if not folder:
            return ""
        model = Path(folder) / f"{lang}.traineddata"
        with tempfile.TemporaryDirectory() as tmp:
            dawg, charset, out = (str(Path(tmp) / n) for n in ("w.lstm-word-dawg", "w.lstm-unicharset", "w.txt"))
            subprocess.run([tools[0], "-e", str(model), dawg, charset], capture_output=True, timeout=60, check=False)
            subprocess.run([tools[1], charset, dawg, out], capture_output=True, timeout=60, check=False)
            return Path(out).read_text(encoding="utf-8", errors="replace") if Path(out).exists() else ""
    except (OSError, subprocess.SubprocessError, DependencyMissingError):
        return ""


_DICTIONARY_MIN = 5


@functools.lru_cache(maxsize=4)
def _dictionary_text(lang: str) -> str:
    # each word on a line of three, the shape :class:`Vocabulary` counts as a word printed whole; short words
    # are left out: the list holds many ("nan", "men", "an") that are also pieces of broken longer words
    # ("triwula" / "nan"), and the page's own text brings the short words it prints
    return "\n".join(f"{w} {w} {w}" for w in model_words(lang).split() if len(w) >= _DICTIONARY_MIN)


@functools.lru_cache(maxsize=4)
def _dictionary(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in model_words(lang).split())


#: letters the Indonesian model puts for others in 200 dpi serif print ("Prosram", "Kepiatan", "Penuniang"):
#: what it read -> what may have been printed
_LETTER_CONFUSIONS = {"s": "g", "p": "g", "g": "s", "i": "j", "j": "i", "v": "y", "y": "v", "c": "e", "e": "c"}
#: words this short are left alone: a piece of a word broken in a narrow cell ("PENGAW" / "ASAN") is often one
#: letter away from some short dictionary word ("agan")
_ALPHA_WORD = re.compile(r"^[^\W\d_]{4,}$")


def correct_word(text: str, dictionary: frozenset[str], ordered: Sequence[str] = ()) -> str:
    """``text`` with one letter put right when it is no word of ``dictionary`` and exactly one word is a
    single typical confusion away ("Prosram" -> "Program"); otherwise unchanged. Case is kept.

    Pieces of a word broken in a narrow cell ("Kepiat" / "an") are put right once the cell's lines are
    joined (:func:`_fix_table_words`). With ``ordered`` (the dictionary sorted), a piece is put right on its
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


@functools.lru_cache(maxsize=4)
def _ordered(lang: str) -> tuple[str, ...]:
    return tuple(sorted(_dictionary(lang)))


def _fix_table_words(res: PageResult, dictionary: frozenset[str]) -> None:
    """:func:`correct_word` on the words of joined table cells (a broken word is whole only there)."""
    for pt in res.tables:
        for row in pt.table.rows:
            row.cells[:] = [" ".join(correct_word(t, dictionary) for t in c.split(" ")) for c in row.cells]


def page_vocabulary(
    words: list[Word], cells: list[tuple[float, float, float, float]], lang: str | None = None
) -> Vocabulary:
    """The words a page prints whole: its OCR'd text (each table cell's lines, then the lines outside them)
    and the dictionary of Tesseract's ``lang`` model (:func:`model_words`).

    Lines are built per cell (a row's cells side by side are no line), so a word
    broken in a narrow cell ("Doku" / "men") stays a fragment. The dictionary
    matters where a column is so narrow that every word has a line of its own:
    there, "kelola" / "pemeri" / "ntahan" reads right only when something says
    "kelola" is a word and no word starts with "kelolapemeri".
    """
    texts: list[str] = [_dictionary_text(lang)] if lang else []
    rest = list(words)
    for box in cells:
        inner = [w for w in rest if inside(w, box)]
        if inner:
            texts.append("\n".join(ln.text for ln in lines_from_words(inner)))
            taken = {id(w) for w in inner}
            rest = [w for w in rest if id(w) not in taken]
    texts.append("\n".join(ln.text for ln in lines_from_words(rest)))
    return Vocabulary(texts)


def clean_page(img: Image.Image, dpi: int = DPI) -> tuple[list[Rule], np.ndarray]:
    """The page's ruling lines and the page binarized (0 ink, 255 paper) with the lines erased.

    Binarized once for the whole page (Otsu), as Tesseract would: blanked-out
    areas and cell crops then keep the page's threshold instead of one that
    turns scanner noise into letters.
    """
    rules, mask = image_rules(img, dpi)
    gray = np.array(img.convert("L"))
    gray[mask] = 255
    del mask
    return rules, np.where(gray < otsu_threshold(gray), np.uint8(0), np.uint8(255))


def ocr_image(img: Image.Image, page_no: int, *, dpi: int = DPI) -> tuple[PageResult, list[str]]:
    """OCR one rendered page image into a :class:`PageResult` (tables and lines)."""
    tesseract_path()
    rules, gray = clean_page(img, dpi)
    return ocr_clean(rules, gray, page_no, dpi=dpi)


def ocr_clean(rules: list[Rule], gray: np.ndarray, page_no: int, *, dpi: int = DPI) -> tuple[PageResult, list[str]]:
    """OCR a page cleaned by :func:`clean_page` into a :class:`PageResult` (tables and lines)."""
    lang, warnings = ocr_language()
    page_height = gray.shape[0] * 72.0 / dpi
    from PIL import Image as PILImage

    clean = PILImage.fromarray(gray)
    grids = [g for g in grid_tables(rules) if max(len(r) for r in g) >= 2] if has_grid(rules) else []
    boxes = [bbox_of(g) for g in grids]
    if boxes:
        # the page pass reads only what lies outside bordered tables (their cells get their own pass)
        outside = gray.copy()
        px = dpi / 72.0
        for x0, top, x1, bottom in boxes:
            outside[int(top * px) : int(bottom * px) + 1, int(x0 * px) : int(x1 * px) + 1] = 255
        # a page of tables only has nothing left to read outside them: no page pass
        words = ocr_words(PILImage.fromarray(outside), lang, dpi) if np.count_nonzero(outside == 0) > 100 else []
        del outside
        words = [w for w in words if not any(inside(w, b) for b in boxes)]
        words += ocr_cells(clean, grids, lang, dpi)
    else:
        words = ocr_words(clean, lang, dpi)
    height = page_height
    dictionary = _dictionary(lang)
    for w in words:
        w.text = correct_word(w.text, dictionary)
    vocab = page_vocabulary(words, [c for grid in grids for row in grid for c in row if c is not None], lang)
    res = read_page_layout(page_no, height, words, rules, lines_from_words, ruled=bool(grids), vocab=vocab)
    for pt in res.tables:
        pt.table.strategy = "ocr"
        for w in words:
            if w.conf < MIN_CONFIDENCE and inside(w, (pt.x0, pt.top, pt.x1, pt.bottom)):
                pt.table.warnings.append(f"page {page_no}: OCR unsure of {w.text!r} (confidence {w.conf:.0f})")
    _fix_table_digits(res, page_no)
    _fix_table_words(res, dictionary)
    if not words:
        warnings.append(f"page {page_no}: OCR found no text")
    return res, warnings


def render_page(page: pdfium.PdfPage, dpi: int = DPI) -> Image.Image:
    return page.render(scale=dpi / 72.0).to_pil()


def ocr_page(page: pdfium.PdfPage, page_no: int, *, dpi: int = DPI) -> tuple[PageResult, list[str]]:
    """OCR one PDF page rendered at ``dpi``; raises DependencyMissingError without tesseract.

    300 dpi even for 200 dpi scans: Tesseract reads upsampled 10 pt text
    markedly better ("Program" rather than "Prnoram").
    """
    tesseract_path()
    img = render_page(page, dpi)
    rules, gray = clean_page(img, dpi)
    del img  # the colour rendering is the largest thing held: not kept while Tesseract reads
    return ocr_clean(rules, gray, page_no, dpi=dpi)

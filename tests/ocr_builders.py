"""Builders shared by the OCR tests: Tesseract's TSV columns from words, and an OCR page holding one table."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable

TSV_KEYS = ("text", "conf", "left", "top", "width", "height")


def tsv(*words: tuple[str, float, tuple[int, int, int, int]]) -> dict:
    """Tesseract's ``image_to_data`` columns for words given as (text, confidence, (left, top, width, height))."""
    data: dict[str, list] = {k: [] for k in TSV_KEYS}
    for text, conf, (left, top, width, height) in words:
        for k, v in zip(TSV_KEYS, (text, conf, left, top, width, height), strict=True):
            data[k].append(v)
    return data


def page_with_table(rows: list[list[str]]) -> PageResult:
    """An OCR page result holding one table of the given cell rows."""
    table = Table(rows=[TableRow(cells=list(r)) for r in rows], page=1)
    res = PageResult(1, 842.0)
    res.tables = [PageTable(table=table, col_edges=[], x0=0, top=0, x1=500, bottom=300)]
    return res


def drawn_line(d, words: list[Word], y: int, texts: list[str], face, *, px: float, x: int = 20,
               size=None) -> None:
    """Draw ``texts`` on one line of an image at ``px`` pixels per point and add each as an OCR word with its
    box; its size is ``size(text, box height in points)`` (as Tesseract's boxes give it), else the face's."""
    for text in texts:
        box = d.textbbox((x, y), text, font=face)
        d.text((x, y), text, fill=0, font=face)
        high = (box[3] - box[1]) / px
        words.append(Word(text, box[0] / px, box[1] / px, box[2] / px, box[3] / px,
                          size=size(text, high) if size else face.size / px))  # fmt: skip
        x = box[2] + 40


def font(name: str, size: int):
    """A face to draw test scans with ("DejaVuSerif-Bold.ttf", 42), Pillow's default where it is not installed."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default()


def scanned_apart(texts: list[str], face, *, gap: int, blur: float, width: int):
    """``texts`` printed apart on one line in ``face``, blurred by ``blur`` pixels and binarized like a scan: the
    page (0 ink, 255 paper) and each text's box in pixels."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    img = Image.new("L", (width, 160), 255)
    d = ImageDraw.Draw(img)
    boxes, x = [], 30
    for text in texts:
        box = d.textbbox((x, 50), text, font=face)
        d.text((x, 50), text, fill=0, font=face)
        boxes.append(box)
        x = box[2] + gap
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(blur)))
    return np.where(grey < 150, np.uint8(0), np.uint8(255)), boxes

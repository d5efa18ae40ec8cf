"""One PDF page as pdfium sees it: glyphs and ruling lines (:func:`survey_page`).

pypdfium2 gives every glyph's box, font size and boldness (from the font
name) and the ruling lines drawn by path objects (form XObjects included:
stroked segments and thin filled rectangles; thick filled rectangles are
cell shading and ignored), plus the images' cover of the page, all in
top-left display coordinates with ``/Rotate`` applied; pages whose text runs
sideways are turned upright (:func:`upright`). pdfium does this in C, an
order of magnitude faster than pdfminer. The result (:class:`PageInfo`) is
made of the layout engine's primitives (:mod:`lkjip.extract.layout.geometry`).
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.extract.layout.geometry import Glyph, Ruling, has_grid

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_SPACES = {"\xa0", "\u2002", "\u2003", "\u2009", "\u200b", "\t", "\r", "\n"}


class _ToDisplay:
    """Maps PDF user space to top-left display coordinates (mediabox origin, /Rotate applied)."""

    def __init__(self, page: pdfium.PdfPage):
        self.left, self.bottom, self.right, self.top = page.get_mediabox()
        self.rotation = page.get_rotation() % 360
        w, h = self.right - self.left, self.top - self.bottom
        self.width, self.height = (h, w) if self.rotation in (90, 270) else (w, h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        x, y = x - self.left, y - self.bottom
        w, h = self.right - self.left, self.top - self.bottom
        if self.rotation == 90:
            return y, x
        if self.rotation == 180:
            return w - x, y
        if self.rotation == 270:
            return h - y, w - x
        return x, h - y

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(x0, y0)
        bx, by = self.point(x1, y1)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _fast(fn, restype, *argtypes):
    """A pdfium function called through plain addresses (no pointer-type checks): for per-glyph loops."""
    try:
        return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)
    except (AttributeError, TypeError, ValueError, ctypes.ArgumentError):  # pragma: no cover - other bindings
        return None


_c_void, _c_int = ctypes.c_void_p, ctypes.c_int
_LOOSE_BOX = _fast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, _c_void, _c_int, _c_void)
_TEXT_OBJECT = (
    _fast(pdfium_c.FPDFText_GetTextObject, _c_void, _c_void, _c_int)
    if hasattr(pdfium_c, "FPDFText_GetTextObject") else None
)
_OBJ_MATRIX = _fast(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int, _c_void, _c_void)
#: what a character code asks of the glyph loop
_PLAIN, _REAL_SPACE, _SEPARATOR, _SKIP = range(4)


def _object_scale(obj: int | None) -> float:
    """How much the text object's matrix scales its type: the font size pdfium reports is in the object's own
    units. Chromium (Skia) sets its text in CSS pixels under a 0.75 matrix, so an 11 pt font reports 14.67;
    times the scale it is 11 again. 1 when the matrix is unknown or degenerate."""
    if obj is None or _OBJ_MATRIX is None:
        return 1.0
    m = pdfium_c.FS_MATRIX()
    if not _OBJ_MATRIX(obj, ctypes.addressof(m)):
        return 1.0
    det = abs(m.a * m.d - m.b * m.c)
    return det**0.5 if det > 1e-6 else 1.0


def _char_kind(code: int) -> tuple[int, str]:
    """How :func:`_page_glyphs` treats one UTF-16 unit, and the text it becomes."""
    ch = chr(code) if code else ""
    if ch == " ":
        return _REAL_SPACE, ch  # unless pdfium generated it: then a separator
    if not ch or ch in _SPACES:
        return _SEPARATOR, ch
    if ch in ("\x02", "\ufffe"):
        return _PLAIN, "-"  # pdfium's marker for a hyphen ending a line (it also drops that line break)
    if ch == "\u00ad":
        return _SKIP, ch  # an invisible soft hyphen
    return _PLAIN, _LIGATURES.get(ch, ch)


def _page_glyphs(page: pdfium.PdfPage, tf: _ToDisplay) -> list[Glyph]:
    """Glyphs in content order; pdfium's generated spaces/line breaks become blank separators.

    Per-glyph work is kept to one box call and one text-object call: the font
    (boldness) and size are looked up once per text object, character codes
    once per distinct code.
    """
    tp = page.get_textpage()
    try:
        raw = tp.raw
        n = tp.count_chars()
        if n <= 0:
            return []
        glyphs: list[Glyph] = []
        append = glyphs.append
        rect = pdfium_c.FS_RECTF()
        raw_addr = ctypes.cast(raw, ctypes.c_void_p).value
        rect_addr = ctypes.addressof(rect)
        loose_box = _LOOSE_BOX or (lambda _t, i, _r: pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect))
        text_object = _TEXT_OBJECT or (lambda _t, _i: None)
        font_cache: dict[bytes, bool] = {}
        #: text object → (size, bold); a text object has one font and one size
        obj_cache: dict[int, tuple[float, bool]] = {}
        kinds: dict[int, tuple[int, str]] = {}
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        space, newline = Glyph(" ", 0, 0, 0, 0), Glyph("\n", 0, 0, 0, 0)
        seen: set[tuple[str, int, int]] = set()
        upright_page = tf.rotation == 0
        ox, oy = tf.left, tf.top
        new_tuple = tuple.__new__

        def style(i: int, obj: int | None = None) -> tuple[float, bool]:
            # boldness from the font name (LibreOffice leaves the weight at 400 for bold subsets)
            pdfium_c.FPDFText_GetFontInfo(raw, i, buf, 256, flags)
            name = buf.value
            bold = font_cache.get(name)
            if bold is None:
                bold = bool(_BOLD_NAME.search(name.decode("latin-1", "replace")))
                font_cache[name] = bold
            size = pdfium_c.FPDFText_GetFontSize(raw, i)
            return (size * _object_scale(obj) if size else 10.0), bold

        # all characters in one call (one UTF-16 unit per character index)
        units_buf = (ctypes.c_ushort * (n + 1))()
        got = pdfium_c.FPDFText_GetText(raw, 0, n, units_buf)
        units = units_buf[:n] if got == n + 1 else [pdfium_c.FPDFText_GetUnicode(raw, i) for i in range(n)]
        for i, code in enumerate(units):
            kind_ch = kinds.get(code)
            if kind_ch is None:
                kind_ch = kinds[code] = _char_kind(code)
            kind, ch = kind_ch
            if kind == _PLAIN:
                if not loose_box(raw_addr, i, rect_addr):
                    continue
                obj = text_object(raw_addr, i)
                if obj is None:
                    size, bold = style(i)
                else:
                    sb = obj_cache.get(obj)
                    if sb is None:
                        sb = obj_cache[obj] = style(i, obj)
                    size, bold = sb
                if upright_page:
                    x0, top, x1, bottom = rect.left - ox, oy - rect.top, rect.right - ox, oy - rect.bottom
                else:
                    x0, top, x1, bottom = tf.box(rect.left, rect.bottom, rect.right, rect.top)
                spot = (ch, round(x0), round(top))
                if spot in seen:
                    continue  # the same character drawn again (shadow, fake bold, overprint)
                seen.add(spot)
                append(new_tuple(Glyph, (ch, x0, top, x1, bottom, size, bold)))
            elif kind == _REAL_SPACE and not pdfium_c.FPDFText_IsGenerated(raw, i):
                # a real space keeps its box: it must land in its table cell to separate words there
                if loose_box(raw_addr, i, rect_addr):
                    x0, top, x1, bottom = tf.box(rect.left, rect.bottom, rect.right, rect.top)
                    append(Glyph(" ", x0, top, x1, bottom))
            elif kind == _REAL_SPACE and glyphs and glyphs[-1].text.strip() and loose_box(raw_addr, i, rect_addr):
                # a space pdfium generated inside a line (a producer that positions words without drawing
                # a space, or draws it where pdfium does not count it) still separates words: it gets its
                # place, so it lands in its table cell as a real space does
                x0, top, x1, bottom = tf.box(rect.left, rect.bottom, rect.right, rect.top)
                append(Glyph(" ", x0, top, x1, bottom))
            elif kind != _SKIP:
                # pdfium's other generated characters are line breaks, and spaces it cannot place:
                # separators without a place; a line break outranks a space (the vocabulary needs to know)
                sep = newline if ch in ("\r", "\n") else space
                if glyphs and glyphs[-1].text.strip():
                    append(sep)
                elif glyphs and sep is newline:
                    glyphs[-1] = newline
        return glyphs
    finally:
        tp.close()


def breaks_inside_words_dropped(glyphs: list[Glyph]) -> list[Glyph]:
    """Glyphs without the line breaks pdfium generated between two letters of one word.

    Chromium sets justified or letter-spaced text one glyph per text object, and pdfium may then generate a line
    break between every two of them ("T" / "a" / "b" / "e" / "l"): the word falls apart into letters, read as
    words of their own ("T a b el 1.1"). A generated break between two glyphs on one baseline, the second
    starting where the first ends (within a tenth of an em), is no break.
    """
    out: list[Glyph] = []
    for k, g in enumerate(glyphs):
        if g.text == "\n" and g.x1 == 0 and out and k + 1 < len(glyphs):
            a, b = out[-1], glyphs[k + 1]
            em = max(a.size, b.size, 1.0)
            if (a.text.strip() and b.text.strip() and abs(a.top - b.top) <= 0.05 * em
                    and abs(a.bottom - b.bottom) <= 0.05 * em and -0.2 * em <= b.x0 - a.x1 <= 0.1 * em):
                continue
        out.append(g)
    return out


#: a filled rectangle thinner than this (points) is a drawn rule; a thicker one is shading
RULE_MAX_WIDTH = 3.0
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _matrix(obj) -> _Matrix:
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _is_whiteish(obj, stroke: bool) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    getter = pdfium_c.FPDFPageObj_GetStrokeColor if stroke else pdfium_c.FPDFPageObj_GetFillColor
    if not getter(obj, r, g, b, a):
        return False
    return a.value == 0 or min(r.value, g.value, b.value) >= 250


def _path_rules(obj, m: _Matrix, tf: _ToDisplay) -> list[Ruling]:
    fillmode = ctypes.c_int()
    stroke = ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, fillmode, stroke):
        return []
    stroked = bool(stroke.value) and not _is_whiteish(obj, True)
    filled = fillmode.value != 0 and not _is_whiteish(obj, False)
    if not (stroked or filled):
        return []
    width = ctypes.c_float(1.0)
    pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width)
    a, b, c, d, e, f = m
    scale = max(abs(a) + abs(c), abs(b) + abs(d), 1e-6)
    half = max(width.value * scale / 2, 0.25)
    subpaths: list[list[tuple[float, float]]] = []
    curved: list[bool] = []
    x = ctypes.c_float()
    y = ctypes.c_float()
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([(px, py)])
            curved.append(False)
        else:
            subpaths[-1].append((px, py))
            if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
                curved[-1] = True
        if pdfium_c.FPDFPathSegment_GetClose(seg) and subpaths[-1]:
            subpaths[-1].append(subpaths[-1][0])
    rules: list[Ruling] = []
    for pts, is_curved in zip(subpaths, curved, strict=True):
        if len(pts) < 2 or is_curved:
            continue
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        bw, bh = max(xs) - min(xs), max(ys) - min(ys)
        if filled and not stroked:
            if min(bw, bh) <= RULE_MAX_WIDTH and max(bw, bh) > 1.0:
                rules.append(Ruling(*tf.box(min(xs), min(ys), max(xs), max(ys))))
            elif _box_path(pts):  # a shaded cell: its box, no line
                rules.append(Ruling(*tf.box(min(xs), min(ys), max(xs), max(ys)), shade=True))
            continue
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
            if abs(x1 - x0) <= 0.5 and abs(y1 - y0) > 1.0:  # vertical
                rules.append(Ruling(*tf.box(x0 - half, min(y0, y1), x0 + half, max(y0, y1))))
            elif abs(y1 - y0) <= 0.5 and abs(x1 - x0) > 1.0:  # horizontal
                rules.append(Ruling(*tf.box(min(x0, x1), y0 - half, max(x0, x1), y0 + half)))
    return rules


def _box_path(pts: Sequence[tuple[float, float]]) -> bool:
    """The points trace an upright rectangle: four corners (closed or not), each side along an axis."""
    corners: list[tuple[float, float]] = []
    for p in pts:
        if not corners or abs(p[0] - corners[-1][0]) > 0.01 or abs(p[1] - corners[-1][1]) > 0.01:
            corners.append(p)
    if len(corners) == 5 and abs(corners[0][0] - corners[-1][0]) <= 0.01 and abs(corners[0][1] - corners[-1][1]) <= 0.01:
        corners.pop()
    if len(corners) != 4:
        return False
    return all(abs(a[0] - b[0]) <= 0.5 or abs(a[1] - b[1]) <= 0.5
               for a, b in zip(corners, corners[1:] + corners[:1], strict=True))


def _page_graphics(page: pdfium.PdfPage, tf: _ToDisplay) -> tuple[list[Ruling], int, float]:
    """Ruling lines (page and form XObjects, matrices composed), the number of images, the largest one's area."""
    rules: list[Ruling] = []
    n_images = 0
    image_area = 0.0
    box = [ctypes.c_float() for _ in range(4)]

    def walk(objs: Iterable, outer: _Matrix, depth: int) -> None:
        nonlocal n_images, image_area
        for obj in objs:
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                rules.extend(_path_rules(obj, _compose(_matrix(obj), outer), tf))
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                n_images += 1
                if pdfium_c.FPDFPageObj_GetBounds(obj, *box):
                    left, bottom, right, top = (v.value for v in box)
                    image_area = max(image_area, (right - left) * (top - bottom))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
                m = _compose(_matrix(obj), outer)
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                walk((pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(count)), m, depth + 1)

    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    # path points are in the object's own space: its matrix (and its forms' matrices) map them to the page
    walk((pdfium_c.FPDFPage_GetObject(page.raw, i) for i in range(count)), _IDENTITY, 0)
    return rules, n_images, image_area


@dataclass
class PageInfo:
    """What the pdfium pass learned about one page."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    rules: list[Ruling]
    n_images: int
    #: share of the page covered by its largest image
    image_cover: float = 0.0

    @property
    def n_chars(self) -> int:
        return sum(1 for g in self.glyphs if g.text.strip())

    @property
    def has_text(self) -> bool:
        return self.n_chars >= 5

    @property
    def is_scan(self) -> bool:
        """An image-only page, or a page-sized image with a few typed words (a stamped page number)."""
        if not self.n_images:
            return False
        return not self.has_text or (self.image_cover >= 0.6 and self.n_chars < 100)

    @property
    def ruled(self) -> bool:
        """Enough horizontal and vertical rules to hold a bordered table."""
        return has_grid(self.rules)


def text_direction(glyphs: Sequence[Glyph]) -> str:
    """Which way most text runs on the page: "right" (normal), "down", "up" or "left".

    Votes on the step between consecutive glyphs of a word (content order).
    A landscape table printed sideways on a portrait page runs "down" or "up".
    """
    votes: Counter[str] = Counter()
    n = 0
    a: Glyph | None = None
    a_ok = False
    for b in glyphs:
        b_ok = bool(b.text.strip())
        if a_ok and b_ok:
            if n >= 400:
                break
            dx = (b.x0 + b.x1 - a.x0 - a.x1) / 2
            dy = (b.top + b.bottom - a.top - a.bottom) / 2
            step = abs(dx) + abs(dy)
            if step <= 2 * max(a.size, 1.0) and step >= 0.1:
                if abs(dx) >= abs(dy):
                    votes["right" if dx > 0 else "left"] += 1
                else:
                    votes["down" if dy > 0 else "up"] += 1
                n += 1
        a, a_ok = b, b_ok
    return votes.most_common(1)[0][0] if votes else "right"


def _turn(box: tuple[float, float, float, float], direction: str, w: float, h: float) -> tuple[float, ...]:
    """Rotate a box so text running ``direction`` runs to the right; ``w``×``h`` is the page before."""
    x0, top, x1, bottom = box
    if direction == "down":  # turn the page counter-clockwise
        return (top, w - x1, bottom, w - x0)
    if direction == "up":
        return (h - bottom, x0, h - top, x1)
    return (w - x1, h - bottom, w - x0, h - top)  # "left": upside down


def upright(info: PageInfo) -> PageInfo:
    """The page turned so its dominant text direction reads left to right."""
    direction = text_direction(info.glyphs)
    if direction == "right":
        return info
    w, h = info.width, info.height
    glyphs = [
        Glyph(g.text, *_turn((g.x0, g.top, g.x1, g.bottom), direction, w, h), g.size, g.bold) for g in info.glyphs
    ]
    rules = [Ruling(*_turn((r.x0, r.top, r.x1, r.bottom), direction, w, h), shade=r.shade) for r in info.rules]
    nw, nh = (h, w) if direction in ("down", "up") else (w, h)
    return PageInfo(info.number, nw, nh, glyphs, rules, info.n_images, info.image_cover)


def survey_page(page: pdfium.PdfPage, number: int) -> PageInfo:
    """Glyphs and rules of one page in display coordinates, turned upright if its text runs sideways."""
    tf = _ToDisplay(page)
    glyphs = breaks_inside_words_dropped(_page_glyphs(page, tf))
    rules, n_images, image_area = _page_graphics(page, tf)
    cover = image_area / max(tf.width * tf.height, 1.0)
    return upright(PageInfo(number, tf.width, tf.height, glyphs, rules, n_images, cover))

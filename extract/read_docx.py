"""Read a DOCX into the intermediate :class:`~lkjip.extract.document.Document`.

python-docx opens and validates the package; the body XML is then walked
directly so that paragraphs and tables come out in body order (tables stay
where they were printed, also inside content controls) and merged cells keep
their columns:

* a horizontally merged cell (``w:gridSpan = n``) appears once, followed by
  ``n - 1`` empty strings, so every row has one entry per grid column;
* a vertical-merge continuation cell (``w:vMerge`` without ``restart``) is an
  empty string: the extractors fill down;
* ``w:gridBefore`` / ``w:gridAfter`` (rows that start or end short) become
  leading / trailing empty strings;
* rows marked "repeat as header row" (``w:tblHeader``) get ``is_header=True``.

A cell's paragraphs are joined with a space (the PDF reader rejoins wrapped
lines the same way), nested tables are flattened into their cell's text.
Paragraph soft line breaks (``w:br``) split a paragraph into one
:class:`Paragraph` per line, as a text export prints them. A paragraph is
``bold`` when all its visible text is bold, by direct formatting or by its
paragraph/character style (followed through ``basedOn``). DOCX has no pages
until it is laid out, so ``page`` is ``None``; deleted text (tracked changes)
and ``mc:Fallback`` duplicates are skipped, inserted text is kept. A table its
author split into several tables comes out as those tables; the pipeline joins
them, as for every reader (:mod:`lkjip.extract.stitch`).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from lkjip.errors import InputError
from lkjip.extract.document import Document, Paragraph, Table, TableRow

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALSE = {"0", "false", "off", "none"}
#: elements whose text never shows up in the printed body
_SKIP = {
    f"{_W}pPr",
    f"{_W}rPr",
    f"{_W}delText",
    f"{_W}instrText",
    f"{_W}del",
    f"{_W}txbxContent",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
}


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _on(el: etree._Element | None) -> bool | None:
    """Value of a toggle property such as ``w:b``: None when absent."""
    if el is None:
        return None
    return el.get(qn("w:val"), "1").lower() not in _FALSE


class _BoldStyles:
    """Resolves whether a paragraph or character style is bold (following basedOn)."""

    def __init__(self, styles_el: etree._Element | None):
        self._by_id: dict[str, etree._Element] = {}
        if styles_el is not None:
            for st in styles_el.iter(qn("w:style")):
                sid = st.get(qn("w:styleId"))
                if sid:
                    self._by_id[sid] = st
        self._cache: dict[str, bool | None] = {}

    def bold(self, style_id: str | None, _depth: int = 0) -> bool | None:
        if not style_id or _depth > 20:
            return None
        if style_id in self._cache:
            return self._cache[style_id]
        st = self._by_id.get(style_id)
        result: bool | None = None
        if st is not None:
            rpr = st.find(qn("w:rPr"))
            result = _on(rpr.find(qn("w:b"))) if rpr is not None else None
            if result is None:
                based = st.find(qn("w:basedOn"))
                if based is not None:
                    result = self.bold(based.get(qn("w:val")), _depth + 1)
        self._cache[style_id] = result
        return result


def _para_style(p: etree._Element) -> str | None:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        return None
    ps = ppr.find(qn("w:pStyle"))
    return ps.get(qn("w:val")) if ps is not None else None


def _run_bold(r: etree._Element, styles: _BoldStyles, para_bold: bool | None) -> bool:
    rpr = r.find(qn("w:rPr"))
    if rpr is not None:
        direct = _on(rpr.find(qn("w:b")))
        if direct is not None:
            return direct
        rs = rpr.find(qn("w:rStyle"))
        if rs is not None:
            sb = styles.bold(rs.get(qn("w:val")))
            if sb is not None:
                return sb
    return bool(para_bold)


def _run_text(r: etree._Element) -> str:
    out: list[str] = []
    for el in r.iter():
        if el is r:
            continue
        name = _local(el)
        if name == "t":
            out.append(el.text or "")
        elif name == "tab":
            out.append("\t")
        elif name == "br":
            if el.get(qn("w:type"), "textWrapping") == "textWrapping":
                out.append("\n")
        elif name == "cr":
            out.append("\n")
        elif name == "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _iter_runs(el: etree._Element) -> Iterator[etree._Element]:
    """Runs of a paragraph in order, descending into hyperlinks, insertions, smart tags, fields."""
    for child in el:
        if child.tag in _SKIP:
            continue
        if child.tag == qn("w:r"):
            yield child
        elif _local(child) not in ("p", "tbl"):
            yield from _iter_runs(child)


def _paragraph_lines(p: etree._Element, styles: _BoldStyles) -> list[tuple[str, bool]]:
    """(text, bold) per printed line of one ``w:p`` (split on soft line breaks)."""
    para_bold = styles.bold(_para_style(p))
    pieces: list[tuple[str, bool]] = [(_run_text(r), _run_bold(r, styles, para_bold)) for r in _iter_runs(p)]
    lines: list[list[tuple[str, bool]]] = [[]]
    for text, bold in pieces:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
            if part:
                lines[-1].append((part, bold))
    result = []
    for line in lines:
        text = "".join(t for t, _ in line).strip()
        if not text:
            continue
        visible = [b for t, b in line if t.strip()]
        result.append((text, bool(visible) and all(visible)))
    return result


def _cell_text(tc: etree._Element, styles: _BoldStyles) -> str:
    parts: list[str] = []
    for child in tc:
        if child.tag == qn("w:p"):
            parts.extend(t for t, _ in _paragraph_lines(child, styles))
        elif child.tag == qn("w:tbl"):
            for cells, _hdr in _table_rows(child, styles):
                parts.extend(c for c in cells if c)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                parts.append(_cell_text(content, styles))
    return " ".join(" ".join(p.split()) for p in parts if p.strip())


def _int_val(parent: etree._Element | None, tag: str, default: int = 0) -> int:
    if parent is None:
        return default
    el = parent.find(qn(tag))
    if el is None:
        return default
    try:
        return int(el.get(qn("w:val"), default))
    except ValueError:
        return default


_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")}


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children named ``tag``, looking through content-control / custom-XML wrappers."""
    want = qn(tag)
    for child in parent:
        if child.tag == want:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _table_rows(tbl: etree._Element, styles: _BoldStyles) -> list[tuple[list[str], bool]]:
    rows: list[tuple[list[str], bool]] = []
    for tr in _children(tbl, "w:tr"):
        trpr = tr.find(qn("w:trPr"))
        is_header = trpr is not None and _on(trpr.find(qn("w:tblHeader"))) is True
        cells: list[str] = [""] * _int_val(trpr, "w:gridBefore")
        for tc in _children(tr, "w:tc"):
            tcpr = tc.find(qn("w:tcPr"))
            span = max(1, _int_val(tcpr, "w:gridSpan", 1))
            vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            continuation = vmerge is not None and vmerge.get(qn("w:val"), "continue") != "restart"
            cells.append("" if continuation else _cell_text(tc, styles))
            cells.extend([""] * (span - 1))
        cells.extend([""] * _int_val(trpr, "w:gridAfter"))
        rows.append((cells, is_header))
    return rows


def _body_blocks(container: etree._Element, styles: _BoldStyles) -> Iterator[Paragraph | Table]:
    for child in container:
        if child.tag == qn("w:p"):
            for text, bold in _paragraph_lines(child, styles):
                yield Paragraph(text=text, bold=bold)
        elif child.tag == qn("w:tbl"):
            rows = _table_rows(child, styles)
            if rows:
                width = max(len(c) for c, _ in rows)
                yield Table(
                    rows=[TableRow(cells=c + [""] * (width - len(c)), is_header=h) for c, h in rows],
                    strategy="docx",
                )
        elif child.tag in (qn("w:sdt"), qn("w:customXml"), qn("w:smartTag")):
            inner = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if inner is not None:
                yield from _body_blocks(inner, styles)


def read_docx(path: str | Path) -> Document:
    """Read a DOCX file: paragraphs and tables in body order, merged cells kept aligned."""
    path = Path(path)
    try:
        doc = open_docx(str(path))
        styles = _BoldStyles(doc.styles.element)
        blocks = list(_body_blocks(doc.element.body, styles))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError,
            zlib.error, OSError, EOFError, NotImplementedError) as exc:  # a damaged zip is an input error
        raise InputError(f"cannot open DOCX {path}: {exc}") from exc
    return Document(source_file=str(path), input_format="docx", pages=None, blocks=blocks)

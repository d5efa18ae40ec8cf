"""A draw made concrete: its content (the seed report or a generated one), the Document and truth rewritten
as the draw prints them (:func:`apply`; the rules are in :mod:`lkjip.synth.draw`), and its files
(:func:`render_draw`: DOCX, a text PDF from the drawn producer, and a scan when the draw has one)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table
from lkjip.synth import draw as dr
from lkjip.synth import render
from lkjip.synth.inject import CONTRADICTIONS
from lkjip.synth.samples import SAMPLE_KABUPATEN, SAMPLE_KECAMATAN

MONEY_KINDS = (TableKind.budget, TableKind.pk_budget)
#: tables a ``side_bars_shaded`` report prints "label : value" lines over (SKPD, Tahun Anggaran)
PREAMBLE_KINDS = (TableKind.pk_targets, TableKind.pk_budget, TableKind.budget)
_TOTAL_ROW = ("jumlah", "total")


@dataclass
class Content:
    """What a draw prints, before its style: a Document, its truth, and what the truth expects to be flagged."""

    document: Document
    truth: Any  # lkjip.model.Report (the seed: the text export's extraction) or lkjip.synth.truth.Truth
    injected: list[str] = field(default_factory=list)  # contradiction rules injected
    may_also_fire: set[str] = field(default_factory=set)
    #: rules the text export already flags (the seed: as error or warning — a warning whose excuse the draw
    #: prints away, e.g. gaps in the numbering explaining a count, becomes an error on the draw)
    expected_flags: set[str] = field(default_factory=set)
    title: str = ""


def generated_content(d: dr.Draw) -> Content:
    from lkjip.synth.generate import generate_report

    seed = d.seed if d.content_seed is None else d.content_seed
    rng = random.Random(f"lkjip-draw-content:{seed}")
    rules = [rng.choice(CONTRADICTIONS)] if d.content == "generated_contradiction" else []
    kec = rng.choice(SAMPLE_KECAMATAN)
    rep = generate_report(seed, instansi=f"Kecamatan {kec}", kabupaten=f"Kabupaten {SAMPLE_KABUPATEN}",
                          tahun=rng.randint(2021, 2024), contradictions=rules)
    extra = {r for i in rep.truth.injected for r in i.may_also_fire}
    title = f"LKjIP Kecamatan {kec} Tahun {rep.truth.meta.tahun}"
    return Content(rep.document, rep.truth, rules, extra, set(), title)


def text_export_document(path: Path):
    """A text export as its author's document: read by ``read_text``, its page-break splits joined again
    (``extract.stitch``), so that a rendering splits tables only where its draw says."""
    from lkjip.extract.read_text import read_text
    from lkjip.extract.stitch import stitch_document

    return stitch_document(read_text(path))


def seed_content(seed_path: Path) -> Content:
    """The seed report: its text export as a document (:func:`text_export_document`); its truth lkjip's
    extraction of that export."""
    from lkjip import extract_report

    truth = extract_report(seed_path)
    expected = {f.rule for f in truth.flags if f.severity in ("error", "warning")}
    title = f"LKjIP {truth.meta.instansi or ''} Tahun {truth.meta.tahun or ''}".replace("  ", " ")
    return Content(text_export_document(seed_path), truth, [], set(), expected, title)


def content(d: dr.Draw, seed_path: Path | None) -> Content:
    """The draw's content; without a seed report, the seed value falls back to a generated report."""
    if d.content == "seed" and seed_path is not None:
        return seed_content(Path(seed_path))
    return generated_content(d)


# --- the rewrite ------------------------------------------------------------------------------------------------


def _rows(table: Table, cells: list[list[str]]) -> Table:
    return table.model_copy(update={"rows": [r.model_copy(update={"cells": c}) for r, c in
                                             zip(table.rows, cells, strict=True)]})


def _money(table: Table, style: str) -> Table:
    return _rows(table, [[dr.print_money(c, style) for c in r.cells] for r in table.rows])


def _numbered(table: Table) -> list[int]:
    return [i for i, r in enumerate(table.rows) if not r.is_header and r.cells and dr.NUMBER.match(r.cells[0].strip())]


def _renumber_label(blocks: list, idx: list[int], lines: list, style: str) -> dict[int, str] | None:
    """New numbers for the numbered rows of the tables ``idx`` (one label) and their truth lines, or None
    when the printed rows and the truth's numbered lines do not pair up."""
    rows = [(bi, ri) for bi in idx for ri in _numbered(blocks[bi])]
    numbered = [k for k, b in enumerate(lines) if b.nomor]
    if len(rows) != len(numbered) or any(lines[k].level not in dr.LEVELS for k in numbered):
        return None
    for (bi, ri), k in zip(rows, numbered, strict=True):
        row = blocks[bi].rows[ri]
        if row.cells[0].strip() != lines[k].nomor.strip() or lines[k].uraian.split()[0].lower() not in \
                " ".join(row.cells[1:]).lower():
            return None
    new = dr.renumber([lines[k].level for k in numbered], style)
    for (bi, ri), text in zip(rows, new, strict=True):
        cells = [list(r.cells) for r in blocks[bi].rows]
        cells[ri][0] = text
        blocks[bi] = _rows(blocks[bi], cells)
    return dict(zip(numbered, new, strict=True))


def _apply_numbering(blocks: list, found: dict[int, Any], truth: Any, style: str) -> Any:
    if style == "as_printed":
        return truth
    lines = list(truth.budget_lines)
    for label in truth.budget_tables():
        idx = [bi for bi, ft in found.items() if ft.label == label and ft.kind is TableKind.budget]
        group = [k for k, b in enumerate(lines) if b.source_table == label]
        new = _renumber_label(blocks, idx, [lines[k] for k in group], style) if idx else None
        for j, text in (new or {}).items():
            lines[group[j]] = lines[group[j]].model_copy(update={"nomor": text})
    return truth.model_copy(update={"budget_lines": lines})


def _caption_at(blocks: list, bi: int, label: str) -> tuple[int, int] | None:
    """(block index, line index) of the caption naming the table at ``bi``, within three blocks above it."""
    for pi in range(bi - 1, max(-1, bi - 4), -1):
        b = blocks[pi]
        if isinstance(b, Table):
            return None
        lines = b.text.split("\n")
        for li in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            if dr.caption_label(lines[li]) == label:
                return pi, li
    return None


def _apply_captions(blocks: list, found: dict[int, Any], style: str) -> tuple[list, dict[str, str], set[int]]:
    """Captions moved, dropped or renumbered; returns the blocks, the label mapping and the ids of the
    tables that lost their caption."""
    if style == "above":
        return blocks, {}, set()
    mapping: dict[str, str] = {}
    decaptioned: set[int] = set()
    after: dict[int, Paragraph] = {}
    for bi, ft in sorted(found.items()):
        at = _caption_at(blocks, bi, ft.label) if dr.caption_label(ft.label or "") == ft.label else None
        if at is None or ft.label in mapping:
            continue
        pi, li = at
        lines = blocks[pi].text.split("\n")
        if style == "roman":
            lines[li] = dr.roman_caption(lines[li])
            blocks[pi] = blocks[pi].model_copy(update={"text": "\n".join(lines)})
            mapping[ft.label] = dr.roman_label(ft.label)
            continue
        keep, cap = lines[:li], lines[li:]
        blocks[pi] = blocks[pi].model_copy(update={"text": "\n".join(keep)})
        if style == "below":
            after[bi] = blocks[pi].model_copy(update={"text": "\n".join(cap)})
        else:
            decaptioned.add(id(blocks[bi]))
        mapping[ft.label] = ft.label
    out = []
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph) and not b.text.strip() and i not in after:
            continue  # a caption paragraph emptied by the move
        out.append(b)
        if i in after:
            out.append(after[i])
    if style == "roman":
        out = [_roman_toc(b, mapping) for b in out]
    return out, {k: v for k, v in mapping.items() if k != v}, decaptioned


def _roman_toc(block, mapping: dict[str, str]):
    """Entries of the list of tables follow the Roman caption numbers."""
    def fix(text: str) -> str:
        return dr.roman_caption(text) if dr.caption_label(text) in mapping else text

    if isinstance(block, Paragraph):
        return block.model_copy(update={"text": "\n".join(fix(x) for x in block.text.split("\n"))})
    return _rows(block, [[fix(c) for c in r.cells] for r in block.rows])


def _missing_labels(doc: Document, decaptioned: set[int], old: dict[int, str]) -> dict[str, str]:
    """Old label -> the label lkjip's table finder gives each table that lost its caption."""
    mapping: dict[str, str] = {}
    for ft in find_tables(doc):
        if id(ft.table) in decaptioned and old[id(ft.table)] not in mapping:
            mapping[old[id(ft.table)]] = ft.label
    return mapping


def _total_cell(table: Table) -> str | None:
    """The first amount of the table's last Jumlah / Total row, as printed."""
    for r in reversed(table.rows):
        if any(c.strip().lower().startswith(_TOTAL_ROW) for c in r.cells):
            return next((c.strip() for c in r.cells if dr.print_money(c.strip(), "plain") != c.strip()
                         or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", c.strip())), None)
    return None


def _label_value_lines(blocks: list, kinds: dict[int, TableKind], truth: Any) -> list:
    """``side_bars_shaded`` prints as a real report did: "SKPD : …" and "Tahun Anggaran : …" lines just over a
    PK or budget table, and its total as "Jumlah Anggaran : …" just under a budget table. They are running
    text (no record of the truth): the office and year the truth already holds, the total its table prints."""
    meta = getattr(truth, "meta", None)
    over = [f"SKPD : {meta.instansi}" if meta is not None and meta.instansi else None,
            f"Tahun Anggaran : {meta.tahun}" if meta is not None and meta.tahun else None]
    out: list = []
    for b in blocks:
        kind = kinds.get(id(b))
        if kind in PREAMBLE_KINDS and not (out and isinstance(out[-1], Table)):  # over the first of tables in a row
            out += [Paragraph(text=t, page=b.page) for t in over if t]
        out.append(b)
        if kind in MONEY_KINDS and (total := _total_cell(b)) is not None:
            out.append(Paragraph(text=f"Jumlah Anggaran : {total}", page=b.page))
    return out


def apply(d: dr.Draw, doc: Document, truth: Any) -> tuple[Document, Any]:
    """The Document and truth as the draw prints them (numbering, money, captions, and the "label : value" lines
    a ``side_bars_shaded`` report prints around its tables)."""
    blocks = list(doc.blocks)
    found = {bi: ft for bi, ft in zip([i for i, b in enumerate(blocks) if isinstance(b, Table)], find_tables(doc),
                                      strict=True)}
    truth = _apply_numbering(blocks, found, truth, d.numbering)
    for bi, ft in found.items():
        if ft.kind in MONEY_KINDS and d.money != "as_printed":
            blocks[bi] = _money(blocks[bi], d.money)
    labels = {id(blocks[bi]): ft.label for bi, ft in found.items()}
    kinds = {id(blocks[bi]): ft.kind for bi, ft in found.items()}  # by table: the captions move blocks
    blocks, mapping, decaptioned = _apply_captions(blocks, found, d.caption)
    if d.rules == "side_bars_shaded":
        blocks = _label_value_lines(blocks, kinds, truth)
    out = doc.model_copy(update={"blocks": blocks})
    if decaptioned:
        mapping = _missing_labels(out, decaptioned, labels)
    return out, dr.relabel_truth(truth, mapping)


# --- files ------------------------------------------------------------------------------------------------------


@dataclass
class Rendered:
    draw: dr.Draw
    files: dict[str, Path]  # "docx", "pdf", optionally "pdf_scan" (and "html")
    document: Document
    truth: Any
    content: Content


def render_draw(d: dr.Draw, out_dir: Path, seed_path: Path | None = None, *, scan: bool = True) -> Rendered:
    """Render the draw: DOCX, a text PDF from its producer, and its scan (when it has one and ``scan``)."""
    from lkjip.synth import html

    c = content(d, seed_path)
    doc, truth = apply(d, c.document, c.truth)
    style = dr.render_style(d, c.title)
    out_dir = Path(out_dir)
    files = {"docx": render.render_docx(doc, out_dir / f"{d.name}.docx", style)}
    if d.producer == "chromium":
        files.update(html.render_html_pdf(doc, out_dir, d.name, style))
    else:
        files["pdf"] = render.docx_to_pdf(files["docx"], out_dir)
    if scan and d.scan is not None:
        s = d.scan
        files["pdf_scan"] = render.scan_pdf(files["pdf"], out_dir / f"{d.name}.scan.pdf", dpi=s.dpi, noise=s.noise,
                                            seed=d.seed, quality=s.quality, skew=s.skew)
    return Rendered(d, files, doc, truth, c)


__all__ = ["Content", "Rendered", "apply", "content", "render_draw"]

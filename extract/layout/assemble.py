"""Pages → blocks in reading order: paragraphs between tables, top to bottom; then stitched across pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.carry import foot_run_on, ruled_run_on
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.overflow import overflow_put_back
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.paragraphs import paragraphs_from_lines, text_margins
from lkjip.extract.layout.stitch import (
    continues_paragraph,
    header_adopted,
    header_cut_off,
    laid_over,
    same_columns,
    short_head_laid_over,
    stitch,
)
from lkjip.extract.layout.words import Vocabulary, join_wrapped


def page_blocks(res: PageResult, margins: tuple[float, float] | None = None) -> list[Paragraph | PageTable]:
    """Blocks of one page in reading order (top to bottom), furniture removed; ``margins``: the page's running
    text's left and right edge when it has too few lines of text to show them (:func:`page_margins`)."""
    items: list[tuple[float, int, TextLine | PageTable]] = [(t.top, 1, t) for t in res.tables]
    items += [(ln.top, 0, ln) for ln in res.lines]  # furniture is gone already (drop_furniture)
    items.sort(key=lambda x: (x[0], x[1]))
    own = text_margins(res.lines)
    out: list[Paragraph | PageTable] = []
    run: list[TextLine] = []
    for _, _, obj in items:
        if isinstance(obj, TextLine):
            run.append(obj)
            continue
        out.extend(paragraphs_from_lines(run, res.number, own, own or margins))
        run = []
        out.append(obj)
    out.extend(paragraphs_from_lines(run, res.number, own, own or margins))
    return overflow_put_back(out)


def page_margins(results: Sequence[PageResult]) -> dict[int, tuple[float, float]]:
    """Per page height (portrait, landscape), the left and right edge of the running text on most pages of
    that height: a page filled by a table, its caption and a few lines shows none of its own."""
    seen: dict[int, list[tuple[float, float]]] = {}
    for res in results:
        if res.blocks is None and (m := text_margins(res.lines)) is not None:
            seen.setdefault(round(res.height), []).append(m)
    return {h: sorted(ms)[len(ms) // 2] for h, ms in seen.items()}


def _header_put_back(blocks: list, lines: Sequence[TextLine], table: PageTable, before: int | None,
                     vocab: Vocabulary | None) -> bool:
    """The paragraphs ending page ``before`` (the page laid out before ``table``'s) lose the lines
    :func:`header_cut_off` puts back in ``table`` (True), which starts there: it continues no table above. A header of two levels may have been read as two
    paragraphs (its group row, then its leaf row): each is put back, from the bottom up, while the lines ending
    the page read as header lines."""
    left = sorted(lines, key=lambda ln: ln.top)
    put = False
    while blocks and isinstance(blocks[-1], Paragraph):
        para = blocks[-1]
        if para.page != before or not (taken := header_cut_off(left, para, table, vocab)):
            break
        put, left = True, left[:-taken]
        if taken < len(para.lines):
            para.lines = para.lines[:-taken]
            para.text = join_wrapped(para.lines)
            break
        blocks.pop()
    return put


#: what a reader does to a table found while pages are assembled (its page's result, the table), before it is stitched
LateTable = Callable[[PageResult, PageTable], None]


def assemble(results: Sequence[PageResult], vocab: Vocabulary | None = None,
             late: LateTable | None = None) -> list[Paragraph | Table]:
    """Pages → blocks in reading order; tables and paragraphs continued across pages stitched. ``late`` is given
    each table read here from a page's lines (:func:`foot_run_on`, :func:`ruled_run_on`): the page's own tables
    were finished by their reader before (OCR's fixes of misread digits), these were not."""
    blocks: list[Paragraph | Table | PageTable] = []
    para_end: dict[int, int | None] = {}  # id(Paragraph) -> last page it reaches
    margins = page_margins(results)
    page_lines: dict[int, list[TextLine]] = {}
    last_lines: list[TextLine] = []  # the lines outside tables of the page before
    # the page before, as laid out: a page of nothing but furniture between two is no result (``results`` skip it)
    last_page_no: int | None = None
    for res, nxt in zip(results, results[1:], strict=False):
        if (run := foot_run_on(res, nxt, vocab)) is not None and late is not None:
            late(res, run)
    for res in results:
        page_lines[res.number] = res.free_lines
        before, last_page_no = last_page_no, res.number
        if res.blocks is not None:
            blocks.extend(res.blocks)
            last_lines = []
            continue
        if blocks and isinstance(blocks[-1], PageTable):
            prev = blocks[-1]
            if ((prev.cont_pages[-1] if prev.cont_pages else prev.table.page) == before
                    and (run := ruled_run_on(prev, res, vocab)) is not None and late is not None):
                late(res, run)
        items = page_blocks(res, margins.get(round(res.height)))
        put_back = (bool(items) and isinstance(items[0], PageTable) and bool(blocks) and isinstance(blocks[-1], Paragraph)
                    and _header_put_back(blocks, last_lines, items[0], before, vocab))
        last_lines = res.lines
        if items and isinstance(items[0], Paragraph) and blocks and isinstance(blocks[-1], Paragraph):
            prev = blocks[-1]
            if continues_paragraph(prev, items[0], para_end.get(id(prev), prev.page)):
                prev.text = join_wrapped([prev.text, items[0].text])
                prev.lines = prev.lines + items[0].lines
                para_end[id(prev)] = items[0].page
                items = items[1:]
        # a table whose header stood at the foot of the page before (read with this page's body, ``lead``) starts
        # there, below the table ending that page: it continues nothing
        if (items and isinstance(items[0], PageTable) and blocks and isinstance(blocks[-1], PageTable) and not put_back
                and items[0].table.page == res.number):
            prev, cur = blocks[-1], items[0]
            last_page = prev.cont_pages[-1] if prev.cont_pages else prev.table.page
            if last_page == before and same_columns(prev, cur):
                # a part cut at rules and one read by its text agree on their inner edges only: its text's own
                # columns laid over the ruled part's, where they fall one in each, map its cells best
                laid = laid_over(prev, cur) if bool(prev.channels) != bool(cur.channels) else None
                stitch(prev, laid or cur, vocab, keep_columns=laid is not None)
                items = items[1:]
            elif last_page == before and header_adopted(prev, cur, page_lines.get(last_page, []), vocab):
                items = items[1:]
            elif last_page == before and (laid := laid_over(prev, cur)) is not None:
                stitch(prev, laid, vocab, keep_columns=True)
                items = items[1:]
            elif last_page == before and short_head_laid_over(prev, cur, page_lines.get(last_page, []), vocab):
                items = items[1:]
        blocks.extend(items)
    return [b.finish() if isinstance(b, PageTable) else b for b in blocks]

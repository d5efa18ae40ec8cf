"""Find the report's tables: by caption and by header signature.

Each table of the document model is given a *kind* (what its header says it
is) and a *label* (what its caption calls it: "Tabel 3.6", "Lampiran PK
2022"). A table with a missing or wrong caption is still found by its header;
a caption only names it. A table without a name is numbered by its place
among such tables ("Tabel tanpa judul 3"), so what a reader cut off a table
must not count: a list of contents read by its text is a list, and a piece of
a table no stitcher could join takes the name of the table it is part of
(:func:`_is_piece`).
"""

from __future__ import annotations

from enum import StrEnum

import regex as re
from pydantic import BaseModel, ConfigDict

from lkjip.extract.captions import (
    caption_label,
    caption_part,
    caption_side,
    captions_below,
    furniture,
    is_caption,
    running_lines,
    text_row_line,
)
from lkjip.extract.cut_header import CutHeader, cut_header, cut_row_joined, header_top_cut, row_from_line
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_years import lone_years_moved
from lkjip.extract.headers import (
    Column,
    align_header,
    build_columns,
    contains_any,
    header_text,
    is_header_like,
    is_numbering_row,
    refine_columns,
    split_header,
)
from lkjip.extract.layout.cues import squeezed as _squeezed
from lkjip.extract.list_rest import list_continued
from lkjip.extract.ocr_captions import chains, number_by_sequence
from lkjip.extract.parts import Join, part_key
from lkjip.extract.piece_gap import head_with_line, header_alone, line_above, rows_between
from lkjip.extract.pieces import money_apart
from lkjip.extract.rincian import rincian_label


class TableKind(StrEnum):
    permasalahan = "permasalahan"
    cascading = "cascading"
    renstra = "renstra"
    sasaran_indikator = "sasaran_indikator"
    capaian = "capaian"
    realisasi_history = "realisasi_history"
    renstra_progress = "renstra_progress"
    kinerja_anggaran = "kinerja_anggaran"
    efisiensi = "efisiensi"
    budget = "budget"
    pk_targets = "pk_targets"
    pk_budget = "pk_budget"
    # SAKIP budget documents
    lra = "lra"  # Laporan Realisasi Anggaran: pendapatan / belanja / surplus with codes
    dpa = "dpa"  # DPA / DPA Perubahan: per urusan … sub kegiatan (sebelum / sesudah), Rencana Penarikan Dana
    budget_years = "budget_years"  # anggaran / realisasi or target / pagu of one line over several years
    # SAKIP target documents
    indicator_targets = "indicator_targets"
    renja = "renja"
    rencana_aksi = "rencana_aksi"
    quarterly_progress = "quarterly_progress"
    toc = "toc"
    unknown = "unknown"


PERFORMANCE_KINDS = {
    TableKind.sasaran_indikator,
    TableKind.capaian,
    TableKind.realisasi_history,
    TableKind.renstra_progress,
    TableKind.kinerja_anggaran,
    TableKind.efisiensi,
}

PK_LAMPIRAN = re.compile(
    r"lampiran(?:\s*[-–]?\s*\d+\.?)?\s+(?:perjanjian|penetapan)\s+kinerja\s*(?:tahun\s*)?(?:anggaran\s*)?[:.]?\s*"
    r"((?:19|20)\d\d)", re.I)
#: a PK heading whose year comes later in the block ("PERJANJIAN KINERJA … Tahun Anggaran : 2016")
PK_BLOCK = re.compile(r"^\s*(?:lampiran[^\n]{0,12}\n\s*)?(?:perjanjian|penetapan)\s+kinerja\b", re.I)
PK_YEAR = re.compile(r"tahun(?:\s+anggaran)?\s*[:.]?\s*((?:19|20)\d\d)", re.I)
PK_HEADING = re.compile(r"^\s*perjanjian\s+kinerja\s*(?:tahun\s*)?(?:anggaran\s*)?((?:19|20)\d\d)", re.I)
RINCIAN = re.compile(
    r"pelaksanaan\s+program\b.{0,40}\bkegiatan|rincian\s+(?:realisasi\s+)?anggaran"
    r"|^\s*lampiran\s*[-–]?\s*\d+\.?\s+.*(anggaran|kegiatan)", re.I
)
#: a line naming the budget-detail section is a title ("PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2024"); a paragraph
#: longer than this that mentions "pelaksanaan program … kegiatan" is running text and names no table
RINCIAN_TITLE_MAX = 120
SECTION_END = re.compile(r"^\s*(bab\s+[ivx\d]+\b|\*?\*?bab\b)", re.I)
_PAGE_NO = re.compile(r"^(?:[ivxlc]{1,6}|\d{1,3})$", re.I)
#: the heading of a list of contents, its spaces squeezed out ("D A F TA R ISI")
_LIST_HEADING = re.compile(r"^daftar(?:isi|tabel|gambar|grafik|lampiran)")
_DIGITS_ONLY = re.compile(r"^[\d.,]+$")
_TOC_FIRST = re.compile(r"^\s*(tabel|gambar|lampiran|bab|grafik|diagram)\s*[\divx.]*", re.I)


class FoundTable(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    table: Table
    kind: TableKind
    label: str
    caption: str | None = None
    found_by: str = "header"
    pk_year: int | None = None
    head: list[list[str]]
    body: list[TableRow]
    columns: list[Column]
    #: the line of text right above it that may be its header's first line read as text (:mod:`piece_gap`)
    line_above: str | None = None

    @property
    def page(self) -> int | None:
        return self.table.page

    @property
    def line_no(self) -> int | None:
        return self.table.line_no


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


def _is_toc(table: Table) -> bool:
    rows = [r.cells for r in table.rows if any(c.strip() for c in r.cells)]
    if not rows:
        return False
    firsts = sum(1 for r in rows if _TOC_FIRST.match(r[0]) or r[0].strip().casefold() == "halaman")
    if firsts >= max(2, (len(rows) + 1) // 2):
        return True
    narrow = max(len(r) for r in rows) <= 3
    last = [next((c for c in reversed(r) if c.strip()), "") for r in rows]
    pages = sum(1 for c in last if _PAGE_NO.match(c.strip()) or c.strip().casefold() == "halaman")
    return (narrow and len(rows) >= 4 and pages >= 0.8 * len(rows)) or _wrapped_toc(rows)


def _wrapped_toc(rows: list[list[str]]) -> bool:
    """A list of contents whose long entries wrap onto further rows (a PDF read by its text, its letters maybe
    spaced out): two or three columns, the last holding nothing but page numbers, in order (a list of figures
    after a list of tables starts again); a row without a page number holds the rest of an entry's title (no
    number) or an entry of its own ("Lampiran 1 | Perjanjian Kinerja"); three entries at least, and a row in
    five at least carries a page number. One row in eight may be read wrong (two entries' cells merged)."""
    if max(len(r) for r in rows) > 3:
        return False
    pages: list[str] = []
    bad = 0
    for cells in rows:
        page = _squeezed(cells[-1])
        if page.casefold() == "halaman" or _TOC_FIRST.match(_squeezed(cells[0])) and not page.isdigit():
            continue
        if not page:
            bad += any(_DIGITS_ONLY.match(_squeezed(c)) for c in cells)
        elif _PAGE_NO.match(page) and re.search(r"[^\W\d_]", " ".join(cells[:-1])):
            pages.append(page)
        else:
            bad += 1
    arabic = [int(p) for p in pages if p.isdigit()]
    restarts = sum(1 for a, b in zip(arabic, arabic[1:], strict=False) if b < a)
    return (len(pages) >= 3 and 5 * len(pages) >= len(rows) and len(arabic) >= 2
            and restarts <= len(arabic) // 6 and 8 * bad <= len(pages))


def classify_header(head: list[list[str]], columns: list[Column], in_pk: bool) -> TableKind:
    # each column's header words as one text too: a word a narrow header cell broke over two header rows
    # ("Indikato" over "r Kinerja") is whole only within its column
    h = header_text(head) + " | " + " | ".join(c.text.casefold() for c in columns if c.text.strip())
    has = lambda *ws: contains_any(h, ws)  # noqa: E731
    money = any(c.has("anggaran", "pagu", "biaya", "(rp", "rp.", "dana", "alokasi") for c in columns)
    indikator = has("indikator")
    years = [c for c in columns if c.year and c.leaf and re.fullmatch(r"(19|20)\d\d", c.leaf.strip())]
    if has("sub kegiatan") and has("tujuan") and has("program"):
        return TableKind.cascading
    if has("akar masalah") or (has("masalah") and has("pokok")):
        return TableKind.permasalahan
    if has("efisiensi"):
        return TableKind.efisiensi
    if has("kondisi awal", "kondisi akhir"):
        return TableKind.renstra
    if has("kemajuan") or (has("akhir") and has("renstra") and has("realisasi")):
        return TableKind.renstra_progress
    if indikator and money and has("target", "kinerja"):
        return TableKind.kinerja_anggaran
    if indikator and has("realisasi"):
        real_years = [c for c in years if c.has("realisasi", where="group")]
        return TableKind.realisasi_history if len(real_years) >= 2 else TableKind.capaian
    if indikator and has("target"):
        if in_pk:
            return TableKind.pk_targets
        return TableKind.renstra if len(years) >= 3 else TableKind.sasaran_indikator
    uraian = any(c.has("uraian", "program", "kegiatan", "nama", "belanja", "jenis") for c in columns)
    if money and uraian:
        if in_pk or (has("keterangan", "sumber dana") and not has("realisasi")):
            return TableKind.pk_budget
        return TableKind.budget
    return TableKind.unknown


# --- SAKIP target documents: the tables of IKU, RKT, Renja, Rencana Aksi and Evaluasi Renja -------------

#: a quarter in a header: "Triwulan I", "TW II", "TW 3"
QUARTER = re.compile(r"\btriwulan\b|\btw\.?\s*(?:i{1,3}|iv|[1-4])\b", re.I)
#: the document types whose tables take a kind of their own
QUARTERLY_DOCS = ("evaluasi_renja", "rencana_aksi")
INDICATOR_DOCS = ("iku", "rkt")
_INDICATOR_KINDS = {TableKind.sasaran_indikator, TableKind.pk_targets, TableKind.renstra, TableKind.unknown,
                    TableKind.capaian, TableKind.kinerja_anggaran}
_RENJA_KINDS = {TableKind.kinerja_anggaran, TableKind.budget, TableKind.pk_budget, TableKind.sasaran_indikator}


def _top_text(rows: list[list[str]], n: int = 6) -> str:
    """The first rows of a table: a quarterly header runs over more rows than split_header takes."""
    return " ".join(c for r in rows[:n] for c in r if c.strip())


def target_doc_kind(kind: TableKind, rows: list[list[str]], columns: list[Column], document_type: str) -> TableKind:
    """A table of a target document (IKU, RKT, Renja, Rencana Aksi, Evaluasi Renja) takes that document's kind."""
    top = _top_text(rows)
    if document_type in QUARTERLY_DOCS and QUARTER.search(top):
        realised = contains_any(top.casefold(), ("realisasi", "capaian")) or document_type == "evaluasi_renja"
        return TableKind.quarterly_progress if realised else TableKind.rencana_aksi
    if document_type in INDICATOR_DOCS and kind in _INDICATOR_KINDS and any(c.has("indikator") for c in columns):
        return TableKind.indicator_targets
    if document_type == "renja" and kind in _RENJA_KINDS:
        return TableKind.renja
    return kind


class _Context(BaseModel):
    pk_year: int | None = None
    pending_caption: str | None = None
    pending_label: str | None = None
    rincian_label: str | None = None
    paragraphs_since_caption: int = 0
    pk_heading_age: int = 0  # paragraphs since a bare "PERJANJIAN KINERJA" heading (0: none)


def _update_context(ctx: _Context, p: Paragraph, rincian: str) -> None:
    text = caption_part(p)
    first = _first_line(text)
    if caption_label(text):
        ctx.pending_caption, ctx.pending_label = text, caption_label(text)
        ctx.pk_year = None
        ctx.rincian_label = None
        ctx.paragraphs_since_caption = 0
        return
    m = PK_LAMPIRAN.search(text)
    if m:
        ctx.pk_year = int(m.group(1))
        ctx.pending_caption, ctx.pending_label = text, f"Lampiran PK {m.group(1)}"
        ctx.rincian_label = None
        ctx.paragraphs_since_caption = 0
        return
    m = PK_HEADING.match(first)
    if m:
        ctx.pk_year = int(m.group(1))
        return
    is_heading = PK_BLOCK.match(text) and len(first) <= 60  # "PERJANJIAN KINERJA", not a sentence about it
    if is_heading or (0 < ctx.pk_heading_age <= 3 and PK_YEAR.search(text) and ctx.pk_year is None):
        ctx.pk_heading_age = 1 if is_heading else ctx.pk_heading_age
        y = PK_YEAR.search(text)
        if y:
            ctx.pk_year = int(y.group(1))
            ctx.pending_caption, ctx.pending_label = text, f"Lampiran PK {y.group(1)}"
            ctx.paragraphs_since_caption = 0
        return
    if RINCIAN.search(first) and len(" ".join(text.split())) <= RINCIAN_TITLE_MAX:  # a title, not a sentence
        ctx.pk_year = None
        ctx.rincian_label = rincian
        ctx.pending_caption, ctx.pending_label = text, rincian
        ctx.paragraphs_since_caption = 0
        return
    if SECTION_END.match(first):
        ctx.pk_year = None
        ctx.rincian_label = None
    ctx.paragraphs_since_caption += 1
    if ctx.pk_heading_age:
        ctx.pk_heading_age += 1


def find_tables(doc: Document, *, document_type: str = "lkjip", apart: frozenset[str] = frozenset(),
                joins: list[Join] | None = None) -> list[FoundTable]:
    """Every table of the document with its kind and label, in document order; a table named in ``apart``
    (:func:`~lkjip.extract.parts.part_key`: another reading tried) is no piece of the table above it, and each
    piece found is added to ``joins``."""
    rincian = rincian_label(doc)
    ctx = _Context()
    found: list[FoundTable] = []
    heading: Paragraph | None = None
    below = captions_below(doc) if caption_side(doc) == "below" else None
    running = running_lines(doc)
    between: list[Paragraph] = []  # the paragraphs since the last table
    listed = False  # the heading of a list of contents stands right above (page-number column heads aside)
    pieces: dict[int, int] = {}  # index in ``found`` of a piece of a table -> index of the piece above it
    for bi, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            _update_context(ctx, block, rincian)
            between.append(block)
            listed = _LIST_HEADING.match(_squeezed(block.text).casefold()) is not None or (
                listed and _squeezed(block.text).casefold() in ("", "halaman"))
            heading = block if _is_heading(block) else None
            if below is not None and is_caption(block):  # a caption below a table names the table above it
                ctx.pending_caption = ctx.pending_label = heading = None
            continue
        rows = [r.cells for r in block.rows]
        skip = title_rows(rows)  # SAKIP budget documents: title rows printed inside the table
        head, n_head = split_header(rows[skip:])
        n_head += skip
        cut = cut_header(between, running, rows[n_head:], block.n_cols) if not head else None
        if cut is not None:
            head = [cut.labels]
        in_pk = ctx.pk_year is not None or document_type == "pk"
        head, columns, kind = _kind_of(head, rows, n_head, in_pk, document_type)
        marked = _marked_header(block.rows[skip:])
        if kind is TableKind.unknown and cut is None and marked and len(marked) != len(head):
            # rows the reader marked as the header (a scan's bold or shaded rows) that read as no header by their
            # words alone (column numbers or years read into their cells: "Kondisi Awal (2020) 4")
            alt = _kind_of(marked, rows, skip + len(marked), in_pk, document_type)
            if alt[2] is not TableKind.unknown:
                (head, columns, kind), n_head = alt, skip + len(marked)
        if kind is TableKind.unknown and cut is None and head \
                and (top := header_top_cut(between, running, head[0], block.page)) is not None:
            alt = _kind_of([top, *head], rows, n_head, in_pk, document_type)
            if alt[2] is not TableKind.unknown:
                head, columns, kind = alt
        if kind is TableKind.unknown and cut is None and head and not block.rows[skip].is_header \
                and (cut := cut_header(between, running, rows[skip:], block.n_cols)) is not None:
            # rows read as a header name no kind: the first rows of the body, under a header cut off above it
            alt = _kind_of([cut.labels], rows, skip, in_pk, document_type)
            if alt[2] is not TableKind.unknown:
                (head, columns, kind), n_head = alt, skip
            else:
                cut = None
        first = _first_row(block, cut, rows[n_head:]) if cut is not None and kind is not TableKind.unknown else None
        # a list of contents, also one a reader could not read as one, right under its heading ("DAFTAR TABEL")
        if _is_toc(block) or (listed and block.n_cols <= 3 and kind is TableKind.unknown) or (
                kind is TableKind.unknown and found and found[-1].kind is TableKind.toc
                and list_continued(found[-1].table, block, between, running)):
            found.append(_found(block, TableKind.toc, "Daftar", None, "header", None))
            between, listed = [], False
            continue
        caption = ctx.pending_caption if ctx.paragraphs_since_caption <= 3 else None
        label = ctx.pending_label if caption else None
        named_below = below is not None and bi in below
        if named_below:
            caption = caption_part(below[bi])
            label = caption_label(caption)
        found_by = "header"
        if label:
            found_by = "caption+header" if kind is not TableKind.unknown else "caption"
        elif ctx.pk_year is not None:
            label, found_by = f"Lampiran PK {ctx.pk_year}", "context"
        elif ctx.rincian_label:
            label, found_by = ctx.rincian_label, "context"
        elif heading is not None:  # an uncaptioned table under its own title line
            caption, found_by = heading.text, "caption+header" if kind is not TableKind.unknown else "caption"
            label = _short(heading.text)
        if (label is None or named_below) and found and _is_piece(found[-1], _first_piece(found, pieces), block,
                                                                  kind, head, between, running) \
                and (key := part_key(block)) not in apart:
            pieces[len(found)] = len(found) - 1
            if joins is not None:
                joins.append((key, block.rows[0], True))
        heading = None
        above, between, listed = between, [], False
        ft = _found(block, kind, label or "", caption, found_by, ctx.pk_year)
        ft.head, ft.columns = head, columns
        ft.line_above = line_above(above, lambda p: furniture(p, running))
        # a column-number row ("(1) (2) (3) …") is never data, also below a header of more rows than
        # split_header takes (a PDF header whose cells wrapped onto extra rows)
        ft.body = [r for r in block.rows[n_head:] if any(c.strip() for c in r.cells) and not is_numbering_row(r.cells)]
        if first is not None:
            ft.body[:1] = cut_row_joined(first, ft.body[:1])
        found.append(ft)
        # a caption names one table; later tables in a PK or rincian section take the section's name
        ctx.pending_caption = ctx.pending_label = None
    if doc.ocr_pages:
        number_by_sequence(chains(found, pieces, lambda ft: ft.kind is TableKind.toc))
    _name_untitled(found, pieces)
    return found


def _marked_header(rows: list[TableRow], most: int = 3) -> list[list[str]]:
    """The leading rows a reader marked as header rows (up to ``most``, a row of column numbers ends them); none
    when one prints an amount ("Anggaran : Rp. 15.052.945.500,-": a row of values set in bold, no header)."""
    out: list[list[str]] = []
    for r in rows[:most]:
        if not r.is_header or is_numbering_row(r.cells):
            break
        if any(_AMOUNT.search(c) or re.search(r"\brp\b", c, re.I) for c in r.cells):
            return []
        out.append(r.cells)
    return out


def _first_row(table: Table, cut: CutHeader, body: list[list[str]]) -> TableRow | None:
    """The first row's line left at the page's foot with the header cut off above ``table``, put back in its
    columns; a line that cannot be put back leaves ``table`` read doubtfully (its first row's values are lost)."""
    if cut.row_line is None:
        return None
    row = row_from_line(cut.row_line, body, table.n_cols)
    if row is None:
        table.doubt = table.doubt or (f"baris pertamanya terbaca sebagai teks di kaki halaman sebelumnya "
                                      f"('{cut.row_line.text.strip()[:60]}')")
    return row


def _kind_of(head: list[list[str]], rows: list[list[str]], n_head: int, in_pk: bool,
             document_type: str) -> tuple[list[list[str]], list[Column], TableKind]:
    """A table's header aligned over its body, its columns and its kind."""
    head = lone_years_moved(align_header(head, rows[n_head:]))
    columns = refine_columns(build_columns(head, len(max(rows, key=len, default=[]))), rows[n_head:])
    kind = budget_doc_kind(head, columns, rows[n_head:]) or target_doc_kind(
        classify_header(head, columns, in_pk), rows, columns, document_type)
    return head, columns, kind


def _name_untitled(found: list[FoundTable], pieces: dict[int, int]) -> None:
    """Tables left without a name take it from the other pieces of the table they are part of (the caption
    above the first piece, or below the last); a table no piece names is numbered by its place among such
    tables ("Tabel tanpa judul 3"), all its pieces under one number."""
    untitled = 0
    k = 0
    while k < len(found):
        end = k + 1
        while end in pieces:
            end += 1
        chain = found[k:end]
        name = next((ft.label for ft in chain if ft.label), None)
        if name is None:
            untitled += 1
            name = f"Tabel tanpa judul {untitled}"
        for ft in chain:
            ft.label = ft.label or name
        k = end


#: what a reader may leave between two pieces of one table it could not join (lines of cells it did not
#: place): at most this many short paragraphs, on the page of the piece above or the next
PIECE_GAP_PARAGRAPHS = 4
PIECE_GAP_CHARS = 160


def _first_piece(found: list[FoundTable], pieces: dict[int, int]) -> FoundTable:
    """The first piece of the table the last table found is part of (itself when it is a table of its own)."""
    k = len(found) - 1
    while k in pieces:
        k = pieces[k]
    return found[k]


def _is_piece(prev: FoundTable, first: FoundTable, table: Table, kind: TableKind, head: list[list[str]],
              between: list[Paragraph], running: set[str]) -> bool:
    """``table`` is a piece of the table above it (``prev``, a piece of the table opening with ``first``) that no
    stitcher could join, not a table of its own: it stands right under it (nothing between but a few short lines,
    no caption, on the same page or the next) and either repeats the header of ``first`` letter for letter,
    however its columns were cut, or opens with no header of its own (no header row marked by the reader, no
    column numbers, no header naming a kind of table), does not list the rows of ``prev`` again and holds no
    header of another table further down. An uncaptioned table is numbered by its place among the uncaptioned
    tables, so a piece counted as a table would renumber every table after it."""
    if prev.kind is TableKind.toc or not table.rows:
        return False
    text = [p for p in between if not furniture(p, running)]
    letters = _head_letters(head)
    same_head = bool(letters) and (letters == _head_letters(first.head) or letters == _head_letters(
        head_with_line(first.head, first.line_above) or []))
    # a long line between is a row read as text when it is no sentence (:func:`text_row_line`); a part repeating
    # the header may stand under a page of rows read as text
    if (len(text) > PIECE_GAP_PARAGRAPHS or any(
            len(p.text) > PIECE_GAP_CHARS and not text_row_line(p, prev.table) or is_caption(p) for p in text)) \
            and not (same_head and rows_between(text, prev.table)):
        return False
    last_page = next((r.page for r in reversed(prev.table.rows) if r.page is not None), prev.table.page)
    # lines of cells left between the pieces carry the table on over the pages they stand on (a page holding
    # nothing but the wrapped words of a cell)
    last_page = max([p.page for p in text if p.page is not None and last_page is not None] + [last_page or 0]) or None
    if table.page is not None and last_page is not None and not 0 <= table.page - last_page <= 1:
        return False
    if same_head or prev is first and header_alone(prev.table, len(prev.body), table):
        return True
    top = table.rows[0]
    if (top.is_header and not _body_keyed(top.cells) and not _sub_row(top.cells)) or is_numbering_row(top.cells) \
            or kind is not TableKind.unknown:
        return False  # a header of its own
    # a table misread without its header: it lists the rows of the table above again (the same sasaran in each
    # performance table), or holds the header of a table further down
    return (not _repeats_rows(prev.table, table) and not any(_names_a_kind(r.cells) for r in table.rows[1:])
            and not money_apart(prev.table, table))


#: a body row's number past the first ("4", "12.", "3)"): no header row opens with one
_LATER_ROW_NO = re.compile(r"^(?:[2-9]|[1-9]\d)[.)]?$")


def _sub_row(cells: list[str]) -> bool:
    """A reader-marked header row with the first half of the columns blank, some after filled: a sub-row by a cut
    cell (a cascading's sub kegiatan atop the page, bold in a scan's shaded body); a header opens at the left."""
    half = len(cells) // 2
    return len(cells) >= 4 and not any(c.strip() for c in cells[:half]) and any(c.strip() for c in cells[half:])


def _body_keyed(cells: list[str]) -> bool:
    """A row a reader marked as a header that opens with a later row's number and has words beside it: a body row
    (a scan's shaded body binarized heavy reads as bold print), not a header of its own."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and bool(_LATER_ROW_NO.match(cells[0].strip())) and any(
        sum(ch.isalpha() for ch in c) >= 4 for c in filled[1:])


def _row_key(cells: list[str]) -> str | None:
    """The start of a row's first text cell, squeezed ("meningkatnyapartisipasimasyar"), when it has words."""
    text = next((c for c in cells if sum(ch.isalpha() for ch in c) >= 8), None)
    return _squeezed(text).casefold()[:24] if text else None


def _repeats_rows(above: Table, table: Table) -> bool:
    """Two rows of ``table`` at least (or its only row) open with the text of a row of ``above``."""
    keys = {k for r in above.rows if (k := _row_key(r.cells))}
    again = sum(1 for r in table.rows if _row_key(r.cells) in keys)
    return again >= min(2, len(table.rows))


def _names_a_kind(cells: list[str]) -> bool:
    """A row that reads as the header of a known kind of table."""
    if not is_header_like(cells) or sum(1 for c in cells if c.strip()) < 2:
        return False
    return classify_header([cells], build_columns([cells], len(cells)), False) is not TableKind.unknown


def _head_letters(head: list[list[str]]) -> str:
    """The letters of a header, sorted: the same header however a reader cut its columns ("ANGGARAN ANGGARAN" in
    one cell over two columns, or in two)."""
    return "".join(sorted("".join(c for r in head for c in r).casefold().replace(" ", "")))


def _is_heading(p: Paragraph) -> bool:
    """A short title line in capitals right above a table (no "Tabel x.y" number)."""
    text = p.text.strip()
    letters = [c for c in text if c.isalpha()]
    return 8 <= len(text) <= 240 and bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _short(text: str, limit: int = 90) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def _found(table: Table, kind: TableKind, label: str, caption, found_by, pk_year) -> FoundTable:
    return FoundTable(
        table=table, kind=kind, label=label, caption=caption, found_by=found_by, pk_year=pk_year,
        head=[], body=list(table.rows), columns=[],
    )


# --- SAKIP budget documents ---------------------------------------------------------------------------

_BUDGET_DOC_HEAD = re.compile(r"\buraian\b", re.I)
_LRA_BODY = re.compile(r"\b(surplus|defisit)\b", re.I)  # every LRA closes with its Surplus / (Defisit)


def _filled(cells: list[str]) -> int:
    return sum(1 for c in cells if c.strip())


def title_rows(rows: list[list[str]], look: int = 6) -> int:
    """Rows of titles printed inside a table above its header (a DPA's "DOKUMEN PELAKSANAAN …", an LRA's
    "Urusan Pemerintahan : …"): how many, when a header naming Uraian and an amount follows within
    ``look`` rows and every row above it fills at most two cells; else 0."""
    for i, cells in enumerate(rows[:look]):
        if i and _BUDGET_DOC_HEAD.search(" ".join(cells)) and is_header_like(cells):
            below = header_text(rows[i:i + 3])
            return i if contains_any(below, ("anggaran", "jumlah", "pagu")) else 0
        if _filled(cells) > 2:
            return 0
    return 0


def _year_groups(columns: list[Column], *words: str) -> set[int]:
    return {c.year for c in columns if c.year and c.has(*words)}


def budget_doc_kind(head: list[list[str]], columns: list[Column], body: list[list[str]]) -> TableKind | None:
    """A budget document's table by its header: sebelum and sesudah (DPA Perubahan), Kode with Sumber Dana
    and Lokasi (DPA), anggaran and realisasi of three or more years or target and pagu per year
    (multi-year matrix), Uraian with anggaran and realisasi over belanja accounts closed by a Surplus /
    (Defisit) line (LRA)."""
    h = header_text(head)
    has = lambda *ws: contains_any(h, ws)  # noqa: E731
    if has("uraian") and has("sebelum") and has("sesudah"):
        return TableKind.dpa
    if has("kode") and has("uraian") and has("sumber dana") and has("lokasi"):
        return TableKind.dpa
    if is_multi_year(header_rows(head, body)):
        return TableKind.budget_years
    text = " ".join(c for r in body[:40] for c in r)
    if has("uraian") and has("anggaran") and has("realisasi") and _LRA_BODY.search(text) \
            and re.search(r"\bbelanja\b", text, re.I):
        return TableKind.lra
    return None


_AMOUNT = re.compile(r"\d[\d.,]{4,}")


def is_multi_year(head: list[list[str]]) -> bool:
    """Three or more years, each over two or more columns (anggaran and realisasi, target and pagu), under
    a header naming anggaran or pagu."""
    years = list(head_years(head).values())
    repeated = {y for y in years if years.count(y) >= 2}
    h = header_text(head)
    return len(repeated) >= 3 and contains_any(h, ("anggaran", "pagu")) and contains_any(h, ("realisasi", "target"))


def header_rows(head: list[list[str]], body: list[list[str]], more: int = 2) -> list[list[str]]:
    """The header with up to ``more`` leading body rows that print no amount and are no column numbering:
    header rows :func:`split_header` leaves in the body ("2025 (Tahun-1)", "Target | Pagu (Rp)")."""
    out = list(head)
    for cells in body[:more]:
        if is_numbering_row(cells) or _column_numbers(cells) or any(_AMOUNT.search(c) for c in cells) \
                or not _filled(cells):
            break
        out.append(cells)
    return out


def _column_numbers(cells: list[str]) -> bool:
    """A loose column-numbering row: every printed cell starts with a number ("14=(10+11+12+13)")."""
    vals = [c.strip() for c in cells if c.strip()]
    return len(vals) >= 3 and all(re.match(r"^\(?\d{1,2}\b", v) and not re.match(r"^(19|20)\d\d", v) for v in vals)


_HEAD_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\b")


def head_years(head: list[list[str]]) -> dict[int, int]:
    """Column index → year, from a header row that prints several years ("2020 | 2021 | …", "2025
    (Tahun-1) | | 2026 …"): a year spans the empty cells to its right."""
    out: dict[int, int] = {}
    for cells in head:
        years = [(i, int(m.group(1))) for i, c in enumerate(cells) if (m := _HEAD_YEAR.match(c))]
        if len(years) < 3:
            continue
        for k, (i, y) in enumerate(years):
            end = years[k + 1][0] if k + 1 < len(years) else len(cells)
            out[i] = y
            for j in range(i + 1, end):
                if cells[j].strip():
                    break
                out[j] = y
    return out

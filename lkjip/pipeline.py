"""extract_report: any supported file → a validated, typed :class:`Report`.

Stages: read (one reader per format → Document) → find tables → records →
budget hierarchy → document facts → validate. Failures become data: a file
that cannot be read is a ``failed`` report with its reason; a stage that
breaks on one table leaves the rest of the report ``partial``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import regex as re

from lkjip.errors import InputError, LkjipError, NotAReportError
from lkjip.extract import meta as meta_mod
from lkjip.extract import records_plans as plans
from lkjip.extract.claims import find_claims
from lkjip.extract.classify import PERFORMANCE_KINDS, FoundTable, TableKind, find_tables, rincian_label
from lkjip.extract.doctype import FAMILY, detect_document_type, document_part
from lkjip.extract.document import Document
from lkjip.extract.hierarchy import assign_levels, digits_agree, repair_malformed
from lkjip.extract.limits import Limits, preflight
from lkjip.extract.ocr_numbers import unsure_digits_read
from lkjip.extract.parts import Join
from lkjip.extract.records import Sink, budget_lines, performance, renstra_targets
from lkjip.extract.records_budget_docs import budget_year_lines, dpa_lines, lra_lines
from lkjip.extract.records_front import cascading, permasalahan
from lkjip.extract.records_pk import period_targets, pk_budgets, pk_programs_of_targets, pk_targets
from lkjip.extract.records_summary import budget_summary_lines
from lkjip.extract.stitch import stitch_document
from lkjip.model import ErrorItem, ParseWarning, PerjanjianKinerja, Report, TableInfo
from lkjip.readings import joins_by_label, reading_kept
from lkjip.validate import validate_report

Reader = Callable[[Path], Document]
FULLY_SUPPORTED = {"lkjip", "pk", "renstra", "rkt", "iku", "renja", "rencana_aksi", "evaluasi_renja", "dpa",
                   "dpa_perubahan", "lra"}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _default_reader(path: Path) -> Document:
    from lkjip.extract.detect import read_document  # the PDF / DOCX / OCR readers load on first use

    return read_document(path)


def extract_report(
    path: str | Path,
    *,
    validate: bool = True,
    raises_on_error: bool = False,
    reader: Reader | None = None,
    lang: str = "id",
    limits: Limits | dict | None = None,
) -> Report:
    """Read, extract and (by default) validate one report. Never raises unless asked to.

    ``limits`` (default :class:`~lkjip.extract.limits.Limits`) are checked before the file is parsed:
    a file over one is a ``failed`` report with category ``limit``.
    """
    path = Path(path)
    sha = ""
    try:
        if not path.is_file():
            raise InputError(f"{path.name}: no such file" if not path.exists() else f"{path.name}: not a file")
        sha = file_sha256(path)
        preflight(path, limits)
        doc = (reader or _default_reader)(path)
        report = extract_document(doc, sha256=sha, source_file=str(path))
    except LkjipError as e:
        if raises_on_error:
            raise
        return Report.failed(source_file=str(path), sha256=sha, input_format=_guess_format(path),
                             error=ErrorItem(component="reader", category=e.category, message=str(e)))
    except Exception as e:  # noqa: BLE001 - a batch never dies; the reason is recorded
        if raises_on_error:
            raise
        return Report.failed(source_file=str(path), sha256=sha, input_format=_guess_format(path),
                             error=ErrorItem(component="reader", category="internal",
                                             message=f"{type(e).__name__}: {e}"))
    if validate:
        _validate(report, lang=lang, raises_on_error=raises_on_error)
    return report


def _guess_format(path: Path) -> str:
    return {".pdf": "pdf", ".docx": "docx", ".txt": "text"}.get(path.suffix.lower(), "unknown")


def _validate(report: Report, *, lang: str, raises_on_error: bool) -> None:
    try:
        validate_report(report, lang=lang)
        _ocr_suspects(report)
    except Exception as e:  # noqa: BLE001
        if raises_on_error:
            raise
        report.errors.append(ErrorItem(component="validate", category="internal", message=f"{type(e).__name__}: {e}"))
        report.status = "partial"


_ARITHMETIC = ("budget.", "output.", "performance.capaian", "number.")


def _ocr_suspects(report: Report) -> None:
    """On OCR pages a sum that no longer adds up is more likely a misread digit: say so on the record."""
    if not report.ocr_pages:
        return
    ocr = set(report.ocr_pages)
    for f in report.flags:
        if f.rule.startswith(_ARITHMETIC) and f.page in ocr:
            report.warnings.append(ParseWarning(
                code="ocr.sum_mismatch", raw=f.found, table=f.source_table, page=f.page, line_no=f.line_no,
                message=f"halaman hasil OCR: {f.message} — kemungkinan angka salah baca, periksa dokumen aslinya"))


def extract_document(doc: Document, *, sha256: str = "", source_file: str | None = None) -> Report:
    """The extraction stages on an already-read document. A budget table joined from parts whose sums fail at many
    places is read again with a join undone, and the reading whose sums close is kept (:mod:`lkjip.readings`)."""
    unread = doc.model_copy(deep=True)  # the stages change the tables they join
    joins: dict[str, list[tuple[str, bool]]] = {}
    report = _extract(doc, sha256=sha256, source_file=source_file, joins=joins)
    return reading_kept(report, joins, lambda apart, together: _extract(
        unread.model_copy(deep=True), sha256=sha256, source_file=source_file, apart=apart, together=together))


def _extract(doc: Document, *, sha256: str, source_file: str | None, apart: frozenset[str] = frozenset(),
             together: frozenset[str] = frozenset(), joins: dict[str, list[tuple[str, bool]]] | None = None) -> Report:
    """The extraction stages, the parts named in ``apart`` kept apart from the tables above them and those in
    ``together`` joined on (:func:`~lkjip.extract.stitch.stitch_document`); the joins decided, by the label of the
    table above the part, added to ``joins``."""
    made: list[Join] = []
    doc = stitch_document(doc, apart=apart, together=together, joins=made)  # tables split by their author joined
    lines = meta_mod.document_lines(doc)
    meta = meta_mod.find_meta(lines, extra=meta_mod.table_text(doc) if len(lines) < 5 else None,
                              ocr=bool(doc.ocr_pages))
    report = Report(
        report_id=(sha256 or hashlib.sha256(doc.model_dump_json().encode()).hexdigest())[:16],
        source_file=source_file or doc.source_file, sha256=sha256, input_format=doc.input_format,
        pages=doc.pages, meta=meta, ocr_pages=list(doc.ocr_pages),
    )
    report.document_type = detect_document_type(doc, lines)
    report.document_part = document_part(report.document_type, lines)
    found = find_tables(doc, document_type=report.document_type, apart=apart, joins=made)
    if joins is not None:
        joins_by_label(found, made, joins)
    sink = Sink()
    for ft in found:
        if ft.kind is TableKind.toc:
            continue
        report.tables_found.append(
            TableInfo(label=ft.label, kind=ft.kind.value, caption=(ft.caption or "").split("\n")[0] or None,
                      page=ft.page, line_no=ft.line_no, n_rows=len(ft.body), found_by=ft.found_by,
                      doubt=ft.table.doubt)
        )
        report.warnings.extend(unsure_numbers(ft))
        try:
            _extract_table(report, ft, sink)
        except Exception as e:  # noqa: BLE001 - one broken table must not lose the others
            report.errors.append(ErrorItem(component="extract", category="internal",
                                           message=f"{ft.label}: {type(e).__name__}: {e}", page=ft.page))
    for label in report.budget_tables():
        assign_levels(report.budget_table(label))
        repair_malformed(report.budget_table(label))
    for pk in report.pks:
        _check_pk_total(pk, report, ocr=bool(doc.ocr_pages))
    report.warnings.extend(sink.warnings)
    report.warnings.extend(plans.empty_realisasi_warnings(report.budget_lines, found, report.meta.tahun))
    report.signatories = meta_mod.find_signatories(lines, report.warnings, rincian_label(doc))
    meta_mod.attach_pk_parties(report.pks, report.signatories, lines)
    mark_pk_perubahan(report, lines)  # SAKIP budget documents
    report.claims = find_claims(doc)
    report.budget_summary, summary_warnings = budget_summary_lines(doc, found)
    report.warnings.extend(summary_warnings)
    report.references = meta_mod.find_references(doc)
    report.year_mentions = meta_mod.find_year_mentions(lines)
    _fill_signer(report)
    report.warnings.extend(_reader_warnings(doc))
    if doc.input_format == "pdf":
        mend_broken_words(report, doc)
    if report.document_type not in FULLY_SUPPORTED:
        report.errors.append(ErrorItem(
            component="extract", category="unsupported_type",
            message=f"document type '{report.document_type}' is not fully supported yet: only the tables of "
                    "known kinds (targets, budget lines) were extracted"))
    if report.errors:
        report.status = "partial"
    known = [t for t in report.tables_found if t.kind != "unknown"]
    if not known and report.document_type not in FAMILY:
        raise NotAReportError(f"{Path(report.source_file).name}: not a performance report — no title of the "
                              "SAKIP family (LKjIP, PK, Renstra, RKT, IKU, Renja, Rencana Aksi, DPA, LRA, "
                              "Evaluasi Renja) and no table of a known kind")
    return report


def unsure_numbers(ft: FoundTable) -> list[ParseWarning]:
    """The numbers of a table read through OCR whose digits Tesseract was unsure of, under the table's label
    (``ocr.unsure_number``, raw = the number as read): a flag built on one is an uncertain warning
    (:func:`lkjip.validate.engine.doubtful_as_warnings`)."""
    out = []
    for w in ft.table.warnings:
        if (read := unsure_digits_read(w)) is not None:
            page, raw, conf = read
            out.append(ParseWarning(
                code="ocr.unsure_number", raw=raw, table=ft.label, page=page,
                message=f"halaman hasil OCR: angka '{raw}' terbaca dengan keyakinan {conf} dari 100, "
                        "digitnya mungkin salah baca"))
    return out


def _reader_warnings(doc: Document):
    out = [ParseWarning(code="reader", message=w) for w in doc.warnings]
    for t in doc.tables():
        # a number OCR is unsure of is reported once, under its table's label (:func:`unsure_numbers`)
        out.extend(ParseWarning(code="reader.table", message=w, page=t.page, line_no=t.line_no) for w in t.warnings
                   if unsure_digits_read(w) is None)
    return out


def _budget(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.budget_lines.extend(budget_lines(ft, sink, report.meta.tahun))


def _pk_budget(report: Report, ft: FoundTable, sink: Sink) -> None:
    _pk(report, ft).budgets.extend(pk_budgets(ft, sink))


def _pk_targets(report: Report, ft: FoundTable, sink: Sink) -> None:
    pk = _pk(report, ft)
    targets = pk_targets(ft, sink)
    pk.targets.extend(targets)
    pk.budgets.extend(pk_programs_of_targets(targets, ft, sink))


def _performance(report: Report, ft: FoundTable, sink: Sink) -> None:
    if ft.kind is TableKind.sasaran_indikator and report.document_type == "renstra":
        report.renstra_targets.extend(period_targets(ft, sink))  # a Renstra's targets per year of its period
    else:
        report.performance.extend(performance(ft, sink, report.meta.tahun))


def _renstra(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.renstra_targets.extend(renstra_targets(ft, sink))


def _cascading(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.cascading.extend(cascading(ft))


def _permasalahan(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.permasalahan.extend(permasalahan(ft))


# SAKIP budget documents
def _lra(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.lra_lines.extend(lra_lines(ft, sink))


def _dpa(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.dpa_lines.extend(dpa_lines(ft, sink))


def _budget_years(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.budget_years.extend(budget_year_lines(ft, sink))


_PK_PERUBAHAN = re.compile(r"(perjanjian|penetapan)\s+kinerja\s+(\(?\s*)perubahan|perubahan\s+(perjanjian|penetapan)"
                           r"\s+kinerja|\bpk\s+perubahan\b", re.I)


def mark_pk_perubahan(report: Report, lines) -> None:
    """A document headed "Perjanjian Kinerja Perubahan" (a short title line, not a sentence about it) holds a
    revised PK: its PKs supersede a first one."""
    heads = (meta_mod.despace(x.text) for x in lines)
    if any(len(h) <= 80 and _PK_PERUBAHAN.search(h) for h in heads):
        for pk in report.pks:
            pk.perubahan = True


#: table kind → what a table of that kind adds to the report (kinds not listed add nothing)
RECORD_KINDS: dict[TableKind, Callable[[Report, FoundTable, Sink], None]] = {
    TableKind.budget: _budget,
    TableKind.pk_budget: _pk_budget,
    TableKind.pk_targets: _pk_targets,
    **dict.fromkeys(sorted(PERFORMANCE_KINDS), _performance),
    TableKind.renstra: _renstra,
    TableKind.cascading: _cascading,
    TableKind.permasalahan: _permasalahan,
    # SAKIP budget documents
    TableKind.lra: _lra,
    TableKind.dpa: _dpa,
    TableKind.budget_years: _budget_years,
}


# --- SAKIP target documents: IKU / RKT targets, Renja lines, Rencana Aksi and Evaluasi Renja quarters
def _indicator_targets(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.indicator_targets.extend(plans.indicator_targets(ft, sink, report.document_type, report.meta.tahun))


def _renja(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.renja_lines.extend(plans.renja_lines(ft, sink))


def _rencana_aksi(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.rencana_aksi.extend(plans.rencana_aksi(ft, sink))


def _quarterly(report: Report, ft: FoundTable, sink: Sink) -> None:
    report.quarterly_progress.extend(plans.quarterly_progress(ft, sink))


RECORD_KINDS.update({
    TableKind.indicator_targets: _indicator_targets,
    TableKind.renja: _renja,
    TableKind.rencana_aksi: _rencana_aksi,
    TableKind.quarterly_progress: _quarterly,
})


def _extract_table(report: Report, ft: FoundTable, sink: Sink) -> None:
    extract = RECORD_KINDS.get(ft.kind)
    if extract is not None:
        extract(report, ft, sink)


def _check_pk_total(pk: PerjanjianKinerja, report: Report, *, ocr: bool) -> None:
    """A PK budget TOTAL checks the program amounts (and OCR digits).

    When the printed total cannot be read but its readable digits agree with the
    sum of the programs, the sum is taken, with a warning; when it is read and
    differs, a warning says the digits (OCR) are suspect.
    """
    totals = [b for b in pk.budgets if b.is_total]
    progs = [b for b in pk.budgets if not b.is_total]
    if len(totals) != 1 or not progs or any(b.anggaran is None for b in progs):
        return
    total, s = totals[0], sum((b.anggaran for b in progs), Decimal(0))
    where = dict(table=total.source.table, page=total.source.page, line_no=total.source.line_no)
    if total.anggaran is None and total.anggaran_text and digits_agree(total.anggaran_text, s):
        total.anggaran = s
        report.warnings.append(ParseWarning(
            code="number.total_from_sum", raw=total.anggaran_text, **where,
            message=f"TOTAL '{total.anggaran_text}' tidak terbaca; jumlah {len(progs)} program = {s} "
                    "cocok dengan digit yang terbaca, jumlah itu dipakai"))
    elif total.anggaran is not None and total.anggaran != s:
        hint = " (kemungkinan salah baca OCR)" if ocr else ""
        report.warnings.append(ParseWarning(
            code="ocr.sum_mismatch" if ocr else "number.sum_mismatch", raw=total.anggaran_text, **where,
            message=f"TOTAL {total.anggaran} ≠ jumlah program {s}{hint}"))


def _pk(report: Report, ft: FoundTable) -> PerjanjianKinerja:
    year = ft.pk_year if ft.pk_year is not None else report.meta.tahun
    pk = report.pk_for(year)
    if pk is None:
        pk = PerjanjianKinerja(tahun=year, label=ft.label if ft.label.startswith("Lampiran PK") else f"PK {year}")
        report.pks.append(pk)
    return pk


def _fill_signer(report: Report) -> None:
    m = report.meta
    main = next((s for s in report.signatories if s.context == "Kata Pengantar" and s.nip), None)
    main = main or next((s for s in report.signatories if s.nip), None)
    if main:
        m.signer_name, m.signer_nip, m.signer_jabatan, m.signing_date = main.name, main.nip, main.jabatan, main.date


# --- words a narrow column broke ---------------------------------------------------------------------------------

#: the name fields of the records, where a PDF reader may break a word inside when a narrow column wrapped it
#: ("PENYELENGG ARAAN")
TEXT_FIELDS = ("tujuan", "indikator_tujuan", "sasaran", "indikator_sasaran", "program", "indikator_program",
               "kegiatan", "indikator_kegiatan", "sub_kegiatan", "indikator_sub_kegiatan", "misi", "indikator",
               "uraian", "output_uraian", "masalah", "pokok_masalah", "akar_masalah", "akar_masalah_internal",
               "akar_masalah_eksternal")
_WORD = re.compile(r"[^\W\d_]+")


def _vocabulary(texts: list[str]) -> tuple[Counter, Counter]:
    """(words, pairs of adjacent words) of ``texts``, case folded."""
    words: Counter = Counter()
    pairs: Counter = Counter()
    for text in texts:
        ws = [w.casefold() for w in _WORD.findall(text)]
        words.update(ws)
        pairs.update(zip(ws, ws[1:], strict=False))
    return words, pairs


class DocumentWords:
    """The words of a document, and the pairs of words it prints side by side: its running text and its cells."""

    def __init__(self, texts: list[str]) -> None:
        self.words, self.pairs = _vocabulary(texts)
        self.texts = texts

    def _beside(self, *ws: str) -> set[tuple[str | None, str | None]]:
        """The (word before, word after) of every place the document prints the words ``ws`` side by side (``None``
        at the edge of a text)."""
        out: set[tuple[str | None, str | None]] = set()
        for text in self.texts:
            seq = [w.casefold() for w in _WORD.findall(text)]
            for i in range(len(seq) - len(ws) + 1):
                if tuple(seq[i:i + len(ws)]) == ws:
                    out.add((seq[i - 1] if i else None, seq[i + len(ws)] if i + len(ws) < len(seq) else None))
        return out

    def whole(self, left: str, right: str) -> bool:
        """``left right`` are the pieces of one word: the document prints it whole more often than apart, and neither
        piece anywhere but beside the other ("penyelengg araan"; not "meningkatnya keaktifan", a reader's glued
        "meningkatnyakeaktifan" printed often)."""
        apart = self.pairs[(left, right)]
        return self.words[left + right] > apart and max(self.words[left], self.words[right]) <= apart

    def wrapped(self, left: str, right: str) -> bool:
        """``left right`` are one word a narrow column wrapped, though the document prints the break more often than
        the word (the same name in several tables of that column, "efektifi tas"): neither piece stands anywhere but
        beside the other, and the same words around it are printed with the word whole ("Peningkatan Efektifitas
        Pelaksanaan" beside "Peningkatan Efektifi tas Pelaksanaan"); not two words the document also writes as one
        in other words ("sumber daya manusia" beside "mengikutkan sumberdaya manusia"). The caller keeps two words of
        a title ("Karang Anyar") apart: the rest of a wrapped word never begins with a capital before small
        letters."""
        return (self.words[left + right] > 0 and max(self.words[left], self.words[right]) <= self.pairs[(left, right)]
                and bool(self._beside(left, right) & self._beside(left + right)))

    def last_letter(self, left: str, right: str) -> bool:
        """``left right`` are one word whose last letter a narrow justified column wrapped alone ("kegiata n"):
        the document prints the word whole more often than apart and than ``left`` alone. The lone letter, no word
        of its own, may stand elsewhere too (the same wrap in other cells), and ``left`` may end a cell a page break
        cut (so no pair of the document shows the two side by side)."""
        return len(right) == 1 and self.words[left + right] > max(self.pairs[(left, right)], self.words[left])


def mend_words(text: str, vocab: DocumentWords) -> str:
    """``text`` with a word a narrow column broke made whole (:meth:`DocumentWords.whole`: "PENYELENGG ARAAN" →
    "PENYELENGGARAAN"; printed broken more often than whole, :meth:`DocumentWords.wrapped`; a lone small last
    letter, "kegiata n", :meth:`DocumentWords.last_letter`). Two words a reader glued are left as read: the
    document may print them so."""
    out: list[str] = []
    for tok in text.split(" "):
        if out and (a := re.search(r"[^\W\d_]+$", out[-1])) and (b := re.match(r"[^\W\d_]+", tok)) \
                and (vocab.whole(left := a.group(0).casefold(), right := b.group(0).casefold())
                     or not b.group(0).istitle() and vocab.wrapped(left, right)
                     or b.group(0).islower() and vocab.last_letter(left, right)):
            out[-1] += tok
            continue
        out.append(tok)
    return " ".join(out)


def mend_broken_words(report: Report, doc: Document) -> None:
    """The name fields of every record, their broken words mended (:func:`mend_words`) from the document's own
    words."""
    vocab = DocumentWords([p.text for p in doc.paragraphs()] + [c for t in doc.tables() for r in t.rows for c in r.cells])
    records = [*report.cascading, *report.renstra_targets, *report.performance, *report.budget_lines,
               *report.permasalahan, *(t for pk in report.pks for t in [*pk.targets, *pk.budgets])]
    for rec in records:
        for f in TEXT_FIELDS:
            value = getattr(rec, f, None)
            if isinstance(value, str) and " " in value:
                mended = mend_words(value, vocab)
                if mended != value:
                    setattr(rec, f, mended)

"""The typed report model: what ``extract_report`` returns.

Every record carries a :class:`Provenance` (table as captioned, page or line,
raw cell strings). Money is ``Decimal`` (exact; serialized as a string in
JSON). ``Report.to_tables()`` flattens the model into the public dataset
contract (see ``CONTRACT``): those table and column names are public and are
only ever extended, never renamed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_NAME = "lkjip.report"
SCHEMA_VERSION = "1.0"

Severity = Literal["error", "warning", "info"]
Status = Literal["success", "partial", "failed"]
BudgetLevel = Literal["total", "belanja", "program", "kegiatan", "sub_kegiatan"]
DocumentType = Literal["lkjip", "pk", "renstra", "rkt", "iku", "renja", "rencana_aksi", "dpa", "dpa_perubahan", "lra",
                       "evaluasi_renja", "other"]


class Provenance(BaseModel):
    """Where a value stands in the source document."""

    table: str | None = None  # as captioned: "Tabel 3.6", "Lampiran PK 2022", "Lampiran 3"
    page: int | None = None  # PDF / DOCX page (1-based)
    line_no: int | None = None  # text export line (1-based)
    raw: list[str] = Field(default_factory=list)  # the raw cell strings of the row


class ParseWarning(BaseModel):
    """A value that could not be read exactly. The raw text is always kept."""

    code: str  # e.g. "number.unparseable", "number.malformed", "ocr.sum_mismatch"
    message: str
    raw: str | None = None
    table: str | None = None
    page: int | None = None
    line_no: int | None = None


class ErrorItem(BaseModel):
    """A failure of a whole stage or file, recorded as data."""

    component: str  # "reader", "extract", "validate", "worker"
    category: str  # LkjipError.category
    message: str
    page: int | None = None


class Flag(BaseModel):
    """A contradiction found by a validator rule."""

    rule: str  # e.g. "budget.children_sum"
    severity: Severity
    message: str
    expected: str | None = None
    found: str | None = None
    source_table: str | None = None
    page: int | None = None
    line_no: int | None = None
    evidence: str = ""  # names the places both numbers stand
    uncertain: bool = False  # a fuzzy match behind the flag


# --- metadata -----------------------------------------------------------------


class Signatory(BaseModel):
    """A person signing somewhere in the document (Kata Pengantar, PK, Lampiran)."""

    context: str  # "Kata Pengantar", "PK 2022", "Lampiran 3"
    role: str | None = None  # "pihak_pertama", "pihak_kedua", "penandatangan"
    name: str
    jabatan: str | None = None
    pangkat: str | None = None
    nip: str | None = None  # 18 digits, spaces removed
    nip_raw: str | None = None
    date: dt.date | None = None
    #: "day"; "month" when the document leaves the day blank ("Sukamaju, Januari 2022"): ``date`` is then the
    #: first of the month, a placeholder (only its year and month are printed); None without a date
    date_precision: Literal["day", "month"] | None = None
    source: Provenance = Field(default_factory=Provenance)


class ReportMeta(BaseModel):
    instansi: str | None = None  # "Kecamatan X"
    kabupaten: str | None = None  # "Sukamaju" (no "Kabupaten" prefix; a Kota keeps "Kota …")
    provinsi: str | None = None  # for provincial offices: "Jawa Barat"
    tahun: int | None = None
    #: the last year of a plan's period when the document states one ("Renstra 2025-2029": tahun 2025,
    #: tahun_akhir 2029); None for a one-year document
    tahun_akhir: int | None = None
    signer_name: str | None = None
    signer_nip: str | None = None
    signer_jabatan: str | None = None
    signing_date: dt.date | None = None
    title: str | None = None


class TableInfo(BaseModel):
    """A table the extractor recognized (or saw and could not classify)."""

    label: str  # "Tabel 3.7", "Lampiran PK 2022", or "(tanpa judul)"
    kind: str  # TableKind value, or "unknown"
    caption: str | None = None
    page: int | None = None
    line_no: int | None = None
    n_rows: int = 0
    found_by: Literal["caption", "header", "caption+header", "context"] = "header"
    # --- reader (issue #12): why the table's reading is doubtful; its flags are then uncertain warnings
    doubt: str | None = None


# --- records ------------------------------------------------------------------


class Permasalahan(BaseModel):
    no: str | None = None
    masalah: str | None = None
    pokok_masalah: str | None = None
    akar_masalah: str | None = None
    akar_masalah_internal: str | None = None
    akar_masalah_eksternal: str | None = None
    source: Provenance = Field(default_factory=Provenance)


CASCADING_FIELDS = (
    "tujuan",
    "indikator_tujuan",
    "sasaran",
    "indikator_sasaran",
    "program",
    "indikator_program",
    "kegiatan",
    "indikator_kegiatan",
    "sub_kegiatan",
    "indikator_sub_kegiatan",
)


class CascadingRow(BaseModel):
    row_no: int
    tujuan: str | None = None
    indikator_tujuan: str | None = None
    sasaran: str | None = None
    indikator_sasaran: str | None = None
    program: str | None = None
    indikator_program: str | None = None
    kegiatan: str | None = None
    indikator_kegiatan: str | None = None
    sub_kegiatan: str | None = None
    indikator_sub_kegiatan: str | None = None
    source: Provenance = Field(default_factory=Provenance)


class RenstraTarget(BaseModel):
    """One indicator, one year of the Renstra table."""

    misi: str | None = None
    sasaran: str | None = None  # tujuan / sasaran as printed
    indikator: str
    tahun: int | None = None
    jenis: Literal["target", "kondisi_awal", "kondisi_akhir"] = "target"
    target: Decimal | None = None
    target_text: str | None = None  # raw cell
    satuan: str | None = None
    source: Provenance = Field(default_factory=Provenance)


class Performance(BaseModel):
    """One indicator, one year, as one table states it (2.2, 3.1–3.5)."""

    source_table: str
    sasaran: str | None = None
    indikator: str
    satuan: str | None = None
    tahun: int | None = None
    target: Decimal | None = None
    target_text: str | None = None
    realisasi: Decimal | None = None
    realisasi_text: str | None = None
    capaian: Decimal | None = None
    capaian_text: str | None = None
    # extensions for 3.4 / 3.5 (kinerja vs anggaran, efisiensi)
    anggaran: Decimal | None = None
    realisasi_anggaran: Decimal | None = None
    serapan: Decimal | None = None
    efisiensi: Decimal | None = None
    source: Provenance = Field(default_factory=Provenance)


class MalformedCell(BaseModel):
    """A money cell printed with broken digit grouping ("3.8000.000.000,00").

    Never guessed: the value stays None unless the table's own arithmetic (a
    sum or a sisa) confirms exactly one repair, which is then kept in
    ``accepted`` with what confirmed it.
    """

    field: Literal["anggaran", "realisasi", "sisa"]
    raw: str
    candidates: list[Decimal] = Field(default_factory=list)
    accepted: Decimal | None = None
    confirmed_by: str | None = None  # e.g. "sisa", "jumlah anak", "induk"


class BudgetLine(BaseModel):
    """One line of a budget table (2.3, 3.6, 3.7, Lampiran 3, PK budgets excluded)."""

    source_table: str
    line_no: int  # position within its table, 1-based (stable id for parent links)
    level: BudgetLevel | None = None
    parent_line_no: int | None = None
    nomor: str | None = None
    uraian: str
    anggaran: Decimal | None = None
    realisasi: Decimal | None = None
    persen: Decimal | None = None
    sisa: Decimal | None = None
    output_uraian: str | None = None
    output_target: Decimal | None = None
    output_target_text: str | None = None
    output_realisasi: Decimal | None = None
    output_realisasi_text: str | None = None
    output_satuan: str | None = None
    output_persen: Decimal | None = None
    tahun: int | None = None  # SAKIP budget documents: the year of a multi-year table's line (else None)
    #: a multi-year table's printed "Rata-rata Pertumbuhan" (average yearly growth, %) of the line's anggaran
    #: and realisasi over the table's years: one value per line, repeated on each of its years
    pertumbuhan_anggaran: Decimal | None = None
    pertumbuhan_realisasi: Decimal | None = None
    malformed: list[MalformedCell] = Field(default_factory=list)
    source: Provenance = Field(default_factory=Provenance)


class PKTarget(BaseModel):
    level: Literal["tujuan", "sasaran", "program", "kegiatan"] = "sasaran"
    sasaran: str | None = None
    indikator: str
    target: Decimal | None = None
    target_text: str | None = None
    satuan: str | None = None
    note: str | None = None  # e.g. "Hijau" of "100 % (Hijau)", grade "BB" of "BB (70)"
    program: str | None = None  # when the PK table has a Program column spanning the indicators
    source: Provenance = Field(default_factory=Provenance)


class PKBudget(BaseModel):
    program: str
    anggaran: Decimal | None = None
    anggaran_text: str | None = None
    sumber_dana: str | None = None
    is_total: bool = False
    source: Provenance = Field(default_factory=Provenance)


class PerjanjianKinerja(BaseModel):
    tahun: int | None = None
    label: str  # "Lampiran PK 2022"
    date: dt.date | None = None
    signatories: list[Signatory] = Field(default_factory=list)
    targets: list[PKTarget] = Field(default_factory=list)
    budgets: list[PKBudget] = Field(default_factory=list)
    perubahan: bool = False  # SAKIP budget documents: a "Perjanjian Kinerja Perubahan" (supersedes the first PK)


class NarrativeClaim(BaseModel):
    """A figure stated in running text that a table should support."""

    kind: Literal["total_alokasi", "total_apbd", "count_program", "count_kegiatan", "count_sub_kegiatan"]
    value: Decimal
    raw: str  # the sentence fragment
    source: Provenance = Field(default_factory=Provenance)


class Reference(BaseModel):
    """A mention of a Tabel / Lampiran / Gambar in the text or a list of contents."""

    kind: Literal["tabel", "lampiran", "gambar"]
    label: str  # "Tabel 3.5", "Lampiran 2"
    context: Literal["text", "daftar"] = "text"
    title: str | None = None  # the title a list of contents gives it
    raw: str
    source: Provenance = Field(default_factory=Provenance)


class BudgetSummaryLine(BaseModel):
    """One "label : amount" line of a budget summary printed in the paragraphs around a budget table:
    "Total Jumlah Anggaran 2015 : Rp. 15.052.945.500,-", or an item of a numbered list under a heading
    ("Program Non Urusan :" then "1. Program Pelayanan Administrasi Perkantoran : 3.090.875.000,-").

    ``amount`` is exact; an amount that cannot be read is kept in ``amount_text`` only (None here), with a
    parse warning."""

    nomor: str | None = None  # "1" of "1. Program …": an item of a list
    label: str
    group: str | None = None  # the heading the numbered item stands under: "Program Non Urusan"
    is_total: bool = False  # the label states a total or sum: "Jumlah …", "Total …"
    amount: Decimal | None = None
    amount_text: str
    source: Provenance = Field(default_factory=Provenance)


class YearMention(BaseModel):
    """A year printed on a cover or PK that should fit the report year."""

    context: str  # "Sampul lampiran", "PK"
    tahun: int
    raw: str
    source: Provenance = Field(default_factory=Provenance)


# --- SAKIP budget documents (LRA, DPA / DPA Perubahan, multi-year budget tables) ----------------------

LraLevel = Literal["akun", "kelompok", "jenis", "objek", "rincian", "surplus", "pembiayaan"]
DpaLevel = Literal["total", "urusan", "bidang", "program", "kegiatan", "sub_kegiatan", "bulan"]


class LraLine(BaseModel):
    """One line of a Laporan Realisasi Anggaran: an account (pendapatan, belanja, …) or surplus / defisit."""

    source_table: str
    line_no: int  # position within its table, 1-based
    kode: str | None = None  # account code as printed, spaces removed: "2.1.1"
    level: LraLevel | None = None  # from the code's depth; surplus / pembiayaan lines have no code
    uraian: str
    anggaran: Decimal | None = None
    realisasi: Decimal | None = None
    persen: Decimal | None = None
    realisasi_lalu: Decimal | None = None  # the prior year's realisasi column
    source: Provenance = Field(default_factory=Provenance)


class DpaLine(BaseModel):
    """One line of a DPA or DPA Perubahan (urusan, bidang, program, kegiatan, sub kegiatan), or one month
    of its Rencana Penarikan Dana (level ``bulan``, its Jumlah level ``total``).

    ``anggaran`` is the document's effective budget: a DPA's anggaran, a DPPA's ``sesudah``.
    """

    source_table: str
    line_no: int
    kode: str | None = None  # as printed, code cells joined by one space: "2 16 01 1.02 01"
    level: DpaLevel | None = None
    uraian: str
    anggaran: Decimal | None = None
    sebelum: Decimal | None = None
    sesudah: Decimal | None = None
    selisih: Decimal | None = None  # bertambah / (berkurang)
    source: Provenance = Field(default_factory=Provenance)


# --- SAKIP target documents (IKU, RKT, Renja, Rencana Aksi, Evaluasi Renja) -----------------------------


class IndicatorTarget(BaseModel):
    """One indicator of an IKU or RKT, with its target for one year (or none printed: an IKU lists indicators)."""

    document_type: str  # "iku" / "rkt"
    source_table: str
    sasaran: str | None = None
    indikator: str
    satuan: str | None = None
    tahun: int | None = None
    target: Decimal | None = None
    target_text: str | None = None  # raw cell
    source: Provenance = Field(default_factory=Provenance)


class RenjaLine(BaseModel):
    """One program or kegiatan of a Renja: its indicator, target and pagu (scaled to rupiah)."""

    source_table: str
    line_no: int  # position within its table, 1-based
    kode: str | None = None  # "4.10.4.10.03.01.017."
    level: BudgetLevel | None = None
    uraian: str
    indikator: str | None = None
    target: Decimal | None = None
    target_text: str | None = None
    satuan: str | None = None
    pagu: Decimal | None = None
    lokasi: str | None = None
    source: Provenance = Field(default_factory=Provenance)


class RencanaAksiRow(BaseModel):
    """One indicator (or kegiatan), one quarter of a Rencana Aksi: target and budget of that quarter."""

    source_table: str
    sasaran: str | None = None
    indikator: str | None = None
    kegiatan: str | None = None
    triwulan: int | None = None  # 1–4; None: the year's figure
    target: Decimal | None = None
    target_text: str | None = None
    anggaran: Decimal | None = None
    source: Provenance = Field(default_factory=Provenance)


class QuarterlyProgress(BaseModel):
    """One line, one quarter of an Evaluasi Renja: realised kinerja (K) and rupiah (Rp) of that quarter."""

    source_table: str
    kode: str | None = None
    level: BudgetLevel | None = None
    uraian: str
    indikator: str | None = None
    triwulan: int  # 1–4
    kinerja: Decimal | None = None
    kinerja_text: str | None = None
    rp: Decimal | None = None
    source: Provenance = Field(default_factory=Provenance)


class TargetDocRecords(BaseModel):
    """The records of the SAKIP target documents, and which part of a larger document a file is."""

    document_part: str | None = None  # "BAB III", "Lampiran 2": a file holding one part of an LKjIP
    indicator_targets: list[IndicatorTarget] = Field(default_factory=list)
    renja_lines: list[RenjaLine] = Field(default_factory=list)
    rencana_aksi: list[RencanaAksiRow] = Field(default_factory=list)
    quarterly_progress: list[QuarterlyProgress] = Field(default_factory=list)


TARGET_DOC_FIELDS = tuple(TargetDocRecords.model_fields)


# --- the report ---------------------------------------------------------------


class RecordLists(BaseModel):
    """The record lists a report holds, and lookups over them: the base of :class:`Report` and of the
    generator's truth (``lkjip.synth.truth.Truth``), which must name, type and look up records alike.

    Pydantic puts inherited fields first; a subclass states the order of all its fields in ``field_order``,
    so its JSON and JSON schema keep their key order (they are public: the report JSON, truth.json).
    """

    field_order: ClassVar[tuple[str, ...]] = ()

    signatories: list[Signatory] = Field(default_factory=list)
    permasalahan: list[Permasalahan] = Field(default_factory=list)
    cascading: list[CascadingRow] = Field(default_factory=list)
    renstra_targets: list[RenstraTarget] = Field(default_factory=list)
    performance: list[Performance] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    pks: list[PerjanjianKinerja] = Field(default_factory=list)
    claims: list[NarrativeClaim] = Field(default_factory=list)
    year_mentions: list[YearMention] = Field(default_factory=list)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if cls.field_order:
            _order_fields(cls, cls.field_order)

    def budget_table(self, source_table: str) -> list[BudgetLine]:
        return [b for b in self.budget_lines if b.source_table == source_table]

    def budget_tables(self) -> list[str]:
        return list(dict.fromkeys(b.source_table for b in self.budget_lines))

    def pk_for(self, tahun: int | None) -> PerjanjianKinerja | None:
        return next((p for p in self.pks if p.tahun == tahun), None)


def _order_fields(cls: type[BaseModel], order: tuple[str, ...]) -> None:
    """Put ``cls``'s fields in ``order`` (every field, once) and rebuild its validator and serializer."""
    fields = cls.__pydantic_fields__
    if sorted(order) != sorted(fields):
        raise TypeError(f"{cls.__name__}.field_order must name each field once: {sorted(set(fields) ^ set(order))}")
    cls.__pydantic_fields__ = {name: fields[name] for name in order}
    cls.model_rebuild(force=True)


class Report(RecordLists, TargetDocRecords):
    field_order: ClassVar[tuple[str, ...]] = (
        "schema_name", "schema_version", "report_id", "source_file", "sha256", "input_format", "document_type",
        "status", "errors", "warnings", "pages", "ocr_pages", "meta", "signatories", "tables_found",
        "permasalahan", "cascading", "renstra_targets", "performance", "budget_lines", "pks", "claims",
        "references", "year_mentions", "flags",
        # SAKIP budget documents
        "lra_lines", "dpa_lines", "budget_years",
        "budget_summary",
    ) + TARGET_DOC_FIELDS

    schema_name: Literal["lkjip.report"] = SCHEMA_NAME
    schema_version: str = SCHEMA_VERSION
    report_id: str
    source_file: str
    sha256: str
    input_format: str
    document_type: DocumentType = "lkjip"
    status: Status = "success"
    errors: list[ErrorItem] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)
    pages: int | None = None
    ocr_pages: list[int] = Field(default_factory=list)  # pages read through OCR: their digits are checked harder
    meta: ReportMeta = Field(default_factory=ReportMeta)
    tables_found: list[TableInfo] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    # SAKIP budget documents
    lra_lines: list[LraLine] = Field(default_factory=list)
    dpa_lines: list[DpaLine] = Field(default_factory=list)
    #: lines of multi-year budget tables (a Renstra's anggaran / realisasi per year, pagu indikatif per
    #: year): one BudgetLine per line and year, ``tahun`` set; flattened into ``budget_lines``, kept apart
    #: from ``budget_lines`` so that the one-year budget rules never mix years
    budget_years: list[BudgetLine] = Field(default_factory=list)
    #: the "label : amount" lines of budget summaries printed around budget tables (totals and listed items)
    budget_summary: list[BudgetSummaryLine] = Field(default_factory=list)

    def to_tables(self) -> dict[str, pd.DataFrame]:
        from lkjip.tables import report_to_tables

        return report_to_tables(self)

    @classmethod
    def failed(cls, *, source_file: str, sha256: str, input_format: str, error: ErrorItem) -> Report:
        return cls(
            report_id=sha256[:16] if sha256 else "unknown",
            source_file=source_file,
            sha256=sha256,
            input_format=input_format,
            status="failed",
            errors=[error],
        )

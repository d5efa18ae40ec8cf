"""What a generated report holds: its :class:`Variant` (wording and layout), the contradictions injected
into it (:class:`Injected`) and the :class:`Truth`, every record an extractor should find.

Conventions of the truth (for extraction tests):

* ``BudgetLine.line_no`` counts the data rows of its table from 1, header rows
  (also repeated ones) excluded; ``source.line_no`` is the text line.
* The "BELANJA LANGSUNG" row is level ``belanja`` and the programs' parent;
  the closing "JUMLAH"/"Total" row is level ``total``, and the programs'
  parent when the table has no BELANJA row.
* Cascading rows are filled down (a blank continuation cell takes the value
  above it); ``row_no`` counts data rows from 1.
* Performance rows: Tabel 2.2 (target), 3.1 (one row for the previous year's
  realisasi, one for this year's target/realisasi/capaian), 3.2 (one row per
  year printed), 3.3 (the end-of-Renstra target at the year its header states,
  "TARGET AKHIR RENSTRA (TAHUN 2026)"; realisasi and capaian = tingkat kemajuan
  at the report year), 3.4 (kinerja + biaya), 3.5 (capaian, serapan,
  efisiensi = capaian / serapan rounded to 2 decimals). ``satuan`` only where
  printed: a Satuan column (3.1) or a unit in the cell ("82 %", Tabel 2.2);
  the Renstra table (2.1) prints neither.
* Signatories: one record per printed signature (a name above a NIP line), so
  the camat signs a PK twice (the agreement and its lampiran); ``jabatan`` as
  the signature block prints it ("CAMAT SUKAMAJU"). The bupati signs without a
  NIP and is one record per PK, from its "Nama : … / Jabatan : …" lines.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from lkjip.errors import LkjipError
from lkjip.model import RecordLists, ReportMeta

GENERATOR_VERSION = "2"

ColumnOrder = Literal["anggaran_realisasi_persen", "realisasi_anggaran_persen", "persen_anggaran_realisasi"]


class GeneratorError(LkjipError, ValueError):
    """Bad arguments to the generator (unknown contradiction, impossible request)."""

    category = "generator"


class Variant(BaseModel):
    """Wording and layout variations real reports show. The defaults follow the common layout."""

    model_config = ConfigDict(extra="forbid")

    pagu: bool = False  # "Pagu" instead of "Anggaran" in budget table headers
    column_order: ColumnOrder = "anggaran_realisasi_persen"  # Tabel 3.6, 3.7, Lampiran 3
    missing_caption: str | None = None  # e.g. "Tabel 3.6": printed without its caption line
    repeat_header: bool = False  # Tabel 3.7 / Lampiran 3: header repeated after a blank line (page break)
    repeat_every: int = Field(default=12, ge=3)  # data rows between repeated headers
    section_wording: Literal["standard", "alternative"] = "standard"
    numbering: Literal["mixed", "letters", "digits", "roman", "hierarchical"] = "mixed"
    numbering_gaps: bool = False  # a sub kegiatan number skipped now and then (deleted rows)
    belanja_row: bool = True  # "BELANJA LANGSUNG" row at the top of Tabel 3.7 / Lampiran 3
    program_upper: bool = True  # program names in capitals in Tabel 3.7 / Lampiran 3
    pk_program_prefix: bool = False  # PK program names keep the word "Program"
    pk_total: bool = False  # PK program table ends with a "Jumlah" row
    pk_tujuan: bool = True  # next year's PK has a tujuan table (Nilai SAKIP) before the sasaran
    output_decimal_point: bool = False  # Lampiran 3 output percentages printed "98.5" instead of "98,5"
    wrap_captions: bool = True  # long captions broken over two lines


class Injected(BaseModel):
    """One deliberate contradiction: what changed in the printed report and which rule should fire."""

    rule: str
    table: str | None = None  # "Tabel 3.7", "Lampiran PK 2023", or None for running text
    row: str  # the row (uraian / indikator) or passage whose value was changed
    field: str  # "anggaran", "realisasi", "persen", "target", "nip", "tahun", "count_sub_kegiatan", ...
    original: str  # as printed before the change ("" when the row was added)
    changed: str  # as printed after the change ("" when the row was removed)
    line_no: int | None = None  # text line of the changed value (None: the line was removed)
    flagged_row: str | None = None  # the row a validator reports, when not ``row`` (a parent, a total)
    expected: str | None = None  # the value the rule computes or finds elsewhere (plain digits, "." decimal)
    found: str | None = None  # the value printed where the rule looks
    may_also_fire: list[str] = Field(default_factory=list)  # rules that may legitimately fire as well


class Counts(BaseModel):
    program: int
    kegiatan: int
    sub_kegiatan: int


class Truth(RecordLists):
    """What an extractor should find in the generated report (values as printed)."""

    field_order: ClassVar[tuple[str, ...]] = (
        "generator_version", "seed", "variant", "meta", "counts", "signatories", "permasalahan", "cascading",
        "renstra_targets", "performance", "budget_lines", "pks", "claims", "year_mentions", "captions", "injected",
    )

    generator_version: str = GENERATOR_VERSION
    seed: int
    variant: Variant
    meta: ReportMeta
    counts: Counts
    captions: list[str] = Field(default_factory=list)  # table labels printed with a caption, in order
    injected: list[Injected] = Field(default_factory=list)

"""The public dataset contract: every table, its columns in order and the kind of each; and the
flattening of a Report into it.

``SCHEMA`` declares every table as a tuple of :class:`ColumnSpec` (name and kind), the way a pandera
schema does; ``CONTRACT`` is the same as table → column names. The first columns of each table are
the contract of the foundation issue and are never renamed; later columns are extensions.

Kinds (:data:`KINDS`), and how each writer stores them — every writer reads the kinds from here:

=======  ===============================  ===========  ===================  =============
kind     values                           SQLite       Parquet              workbook
=======  ===============================  ===========  ===================  =============
text     ``str``                          TEXT         string               text
int      ``int``                          INTEGER      int64                ``0``
bool     ``bool``                         INTEGER 0/1  bool                 TRUE / FALSE
money    ``Decimal`` Rupiah, exact        TEXT         decimal128(20, 2)    ``#,##0``
percent  ``Decimal``, 82.47 = 82,47 %     TEXT         decimal128(38, 10)   ``0.00``
decimal  ``Decimal`` (indicator values)   TEXT         decimal128(38, 10)   ``0.00``
date     ``datetime.date``                TEXT (ISO)   date32               ``yyyy-mm-dd``
=======  ===============================  ===========  ===================  =============

SQLite TEXT holds a Decimal's plain string (``'1234567890.00'``), exactly as extracted.

A Decimal column holding a value that does not fit its Parquet type exactly is written as a string
column instead (never rounded). CSV writes every kind as text (``csv_export``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from lkjip.model import Report

#: column kinds
TEXT, INT, BOOL, MONEY, PERCENT, DECIMAL, DATE = "text", "int", "bool", "money", "percent", "decimal", "date"
KINDS = (TEXT, INT, BOOL, MONEY, PERCENT, DECIMAL, DATE)
#: the kinds holding a ``Decimal``
DECIMAL_KINDS = frozenset({MONEY, PERCENT, DECIMAL})


@dataclass(frozen=True)
class ColumnSpec:
    """One column of the contract: its name and the kind of its values."""

    name: str
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.name!r}: unknown kind {self.kind!r} (known: {', '.join(KINDS)})")


C = ColumnSpec

SCHEMA: dict[str, tuple[ColumnSpec, ...]] = {
    "reports": (
        C("report_id", TEXT), C("source_file", TEXT), C("sha256", TEXT), C("input_format", TEXT),
        C("instansi", TEXT), C("kabupaten", TEXT), C("tahun", INT),
        C("status", TEXT), C("error", TEXT), C("pages", INT), C("signer_name", TEXT), C("signer_nip", TEXT),
        C("n_errors", INT), C("n_warnings", INT),
        # extensions
        C("document_type", TEXT), C("n_parse_warnings", INT), C("schema_version", TEXT),
        C("provinsi", TEXT),
    ),
    "budget_lines": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("line_no", INT), C("level", TEXT),
        C("parent_line_no", INT), C("nomor", TEXT), C("uraian", TEXT),
        C("anggaran", MONEY), C("realisasi", MONEY), C("persen", PERCENT), C("output_uraian", TEXT),
        C("output_target", DECIMAL), C("output_realisasi", DECIMAL),
        C("output_satuan", TEXT), C("output_persen", PERCENT),
        # extensions
        C("sisa", MONEY), C("output_target_text", TEXT), C("output_realisasi_text", TEXT),
        C("source_line", INT), C("raw", TEXT),
        C("tahun", INT),  # SAKIP budget documents: the year of a multi-year table's line
        # a multi-year table's printed average growth of the line (Rata-rata Pertumbuhan)
        C("pertumbuhan_anggaran", PERCENT), C("pertumbuhan_realisasi", PERCENT),
    ),
    "pk_targets": (
        C("report_id", TEXT), C("pk_tahun", INT), C("level", TEXT), C("sasaran", TEXT),
        C("indikator", TEXT), C("target", DECIMAL), C("target_text", TEXT), C("satuan", TEXT),
        C("page", INT),
        # extensions
        C("note", TEXT), C("source_line", INT), C("source_table", TEXT),
        C("perubahan", BOOL),  # SAKIP budget documents: from a Perjanjian Kinerja Perubahan
    ),
    "pk_budgets": (
        C("report_id", TEXT), C("pk_tahun", INT), C("program", TEXT), C("anggaran", MONEY),
        C("sumber_dana", TEXT), C("page", INT),
        # extensions
        C("anggaran_text", TEXT), C("is_total", BOOL), C("source_line", INT), C("source_table", TEXT),
        C("perubahan", BOOL),  # SAKIP budget documents: from a Perjanjian Kinerja Perubahan
    ),
    "renstra_targets": (
        C("report_id", TEXT), C("sasaran", TEXT), C("indikator", TEXT), C("tahun", INT),
        C("target", DECIMAL), C("target_text", TEXT), C("page", INT),
        # extensions
        C("jenis", TEXT), C("misi", TEXT), C("satuan", TEXT), C("source_line", INT),
        C("source_table", TEXT),
    ),
    "performance": (
        C("report_id", TEXT), C("source_table", TEXT), C("sasaran", TEXT), C("indikator", TEXT),
        C("satuan", TEXT), C("tahun", INT), C("target", DECIMAL), C("realisasi", DECIMAL),
        C("capaian", PERCENT), C("page", INT),
        # extensions
        C("target_text", TEXT), C("realisasi_text", TEXT), C("capaian_text", TEXT), C("anggaran", MONEY),
        C("realisasi_anggaran", MONEY), C("serapan", PERCENT),
        C("efisiensi", DECIMAL), C("source_line", INT),
    ),
    "cascading": (
        C("report_id", TEXT), C("row_no", INT), C("tujuan", TEXT), C("indikator_tujuan", TEXT),
        C("sasaran", TEXT), C("indikator_sasaran", TEXT), C("program", TEXT),
        C("indikator_program", TEXT), C("kegiatan", TEXT), C("indikator_kegiatan", TEXT),
        C("sub_kegiatan", TEXT), C("indikator_sub_kegiatan", TEXT),
        # extensions
        C("page", INT), C("source_line", INT), C("source_table", TEXT),
    ),
    "flags": (
        C("report_id", TEXT), C("rule", TEXT), C("severity", TEXT), C("message", TEXT), C("expected", TEXT),
        C("found", TEXT), C("source_table", TEXT), C("page", INT), C("evidence", TEXT),
        # extensions
        C("line_no", INT), C("uncertain", BOOL),
    ),
    # extension tables
    "permasalahan": (
        C("report_id", TEXT), C("no", TEXT), C("masalah", TEXT), C("pokok_masalah", TEXT),
        C("akar_masalah", TEXT), C("akar_masalah_internal", TEXT),
        C("akar_masalah_eksternal", TEXT), C("source_table", TEXT), C("page", INT), C("source_line", INT),
    ),
    "signatories": (
        C("report_id", TEXT), C("context", TEXT), C("role", TEXT), C("name", TEXT), C("jabatan", TEXT),
        C("pangkat", TEXT), C("nip", TEXT), C("date", DATE), C("page", INT), C("source_line", INT),
        # extensions
        C("date_precision", TEXT),  # "day"; "month" when the day is left blank (date: the 1st, a placeholder)
    ),
    "claims": (
        C("report_id", TEXT), C("kind", TEXT), C("value", DECIMAL), C("raw", TEXT), C("page", INT),
        C("source_line", INT),
    ),
    "parse_warnings": (
        C("report_id", TEXT), C("code", TEXT), C("message", TEXT), C("raw", TEXT), C("source_table", TEXT),
        C("page", INT), C("source_line", INT),
    ),
    # "label : amount" lines of a budget summary around a budget table ("Total Jumlah Anggaran 2015 : Rp. …")
    "budget_summary": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("nomor", TEXT), C("label", TEXT),
        C("kelompok", TEXT), C("is_total", BOOL), C("amount", MONEY), C("amount_text", TEXT), C("source_line", INT),
        C("raw", TEXT),
    ),
    # SAKIP budget documents
    "lra_lines": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("line_no", INT), C("kode", TEXT),
        C("level", TEXT), C("uraian", TEXT), C("anggaran", MONEY), C("realisasi", MONEY), C("persen", PERCENT),
        C("realisasi_lalu", MONEY), C("source_line", INT),
    ),
    "dpa_lines": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("line_no", INT), C("kode", TEXT),
        C("level", TEXT), C("uraian", TEXT), C("anggaran", MONEY), C("sebelum", MONEY), C("sesudah", MONEY),
        C("selisih", MONEY), C("source_line", INT),
    ),
    # SAKIP target documents: IKU and RKT targets, Renja lines, Rencana Aksi and Evaluasi Renja quarters
    "indicator_targets": (
        C("report_id", TEXT), C("document_type", TEXT), C("source_table", TEXT), C("page", INT),
        C("sasaran", TEXT), C("indikator", TEXT), C("satuan", TEXT), C("tahun", INT), C("target", DECIMAL),
        C("target_text", TEXT), C("source_line", INT),
    ),
    "renja_lines": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("line_no", INT), C("kode", TEXT),
        C("level", TEXT), C("uraian", TEXT), C("indikator", TEXT), C("target", DECIMAL), C("target_text", TEXT),
        C("satuan", TEXT), C("pagu", MONEY), C("lokasi", TEXT), C("source_line", INT),
    ),
    "rencana_aksi": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("sasaran", TEXT), C("indikator", TEXT),
        C("kegiatan", TEXT), C("triwulan", INT), C("target", DECIMAL), C("target_text", TEXT),
        C("anggaran", MONEY), C("source_line", INT),
    ),
    "quarterly_progress": (
        C("report_id", TEXT), C("source_table", TEXT), C("page", INT), C("kode", TEXT), C("level", TEXT),
        C("uraian", TEXT), C("indikator", TEXT), C("triwulan", INT), C("kinerja", DECIMAL),
        C("kinerja_text", TEXT), C("rp", MONEY), C("source_line", INT),
    ),
}
#: the reports row's column naming the part of a larger document a file holds ("BAB III")
SCHEMA["reports"] += (C("document_part", TEXT),)
#: the reports row's last year of a plan's period ("Renstra 2025-2029": 2029)
SCHEMA["reports"] += (C("tahun_akhir", INT),)

#: table → its column names, in order
CONTRACT: dict[str, list[str]] = {table: [c.name for c in cols] for table, cols in SCHEMA.items()}


@cache
def column_kinds(table: str) -> dict[str, str]:
    """Column name → kind of a contract table."""
    return {c.name: c.kind for c in SCHEMA[table]}


def _prov(src) -> dict:
    return {"page": src.page, "source_line": src.line_no}


def _row(rec, rid: str, *, exclude: tuple[str, ...] = ("source",), **extra) -> dict:
    """One record as a dataset row: its fields but ``exclude``, then report_id, ``extra``, page and source_line."""
    row = rec.model_dump(exclude=set(exclude))
    row.update(report_id=rid, **extra, **_prov(rec.source))
    return row


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    cols = CONTRACT[name]
    df = pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return df[cols]


def report_to_tables(report: Report) -> dict[str, pd.DataFrame]:
    """Every contract table of one report as a DataFrame (columns in contract order)."""
    return {name: _frame(name, rows) for name, rows in report_to_rows(report).items()}


def report_to_rows(report: Report) -> dict[str, list[dict]]:
    """Every contract table of one report as a list of row dicts (a column missing from a dict is empty)."""
    rid = report.report_id
    m = report.meta
    errors = [f for f in report.flags if f.severity == "error"]
    warns = [f for f in report.flags if f.severity == "warning"]
    out: dict[str, list[dict]] = {k: [] for k in CONTRACT}
    out["reports"].append(
        {
            "report_id": rid, "source_file": report.source_file, "sha256": report.sha256,
            "input_format": report.input_format, "instansi": m.instansi, "kabupaten": m.kabupaten,
            "tahun": m.tahun, "status": report.status,
            "error": "; ".join(f"{e.category}: {e.message}" for e in report.errors) or None,
            "pages": report.pages, "signer_name": m.signer_name, "signer_nip": m.signer_nip,
            "n_errors": len(errors), "n_warnings": len(warns), "document_type": report.document_type,
            "n_parse_warnings": len(report.warnings), "schema_version": report.schema_version,
            "provinsi": m.provinsi,
        }
    )
    out["budget_lines"] = [_row(b, rid, exclude=("source", "malformed"), raw="\t".join(b.source.raw))
                           for b in report.budget_lines]
    for pk in report.pks:
        out["pk_targets"] += [_row(t, rid, pk_tahun=pk.tahun, source_table=t.source.table, perubahan=pk.perubahan)
                              for t in pk.targets]
        out["pk_budgets"] += [_row(b, rid, pk_tahun=pk.tahun, source_table=b.source.table, perubahan=pk.perubahan)
                              for b in pk.budgets]
    out["renstra_targets"] = [_row(r, rid, source_table=r.source.table) for r in report.renstra_targets]
    out["performance"] = [_row(p, rid) for p in report.performance]
    out["cascading"] = [_row(c, rid, source_table=c.source.table) for c in report.cascading]
    out["flags"] = [{**f.model_dump(), "report_id": rid} for f in report.flags]
    out["permasalahan"] = [_row(p, rid, source_table=p.source.table) for p in report.permasalahan]
    out["signatories"] = [_row(s, rid, exclude=("source", "nip_raw")) for s in report.signatories]
    out["claims"] = [_row(c, rid) for c in report.claims]
    out["budget_summary"] = [_row(x, rid, exclude=("source", "group"), kelompok=x.group, source_table=x.source.table,
                                  raw="\t".join(x.source.raw))
                             for x in report.budget_summary]
    _target_doc_rows(report, out)
    for w in report.warnings:
        out["parse_warnings"].append(
            {"report_id": rid, "code": w.code, "message": w.message, "raw": w.raw, "source_table": w.table,
             "page": w.page, "source_line": w.line_no}
        )
    # SAKIP budget documents
    out["budget_lines"] += [_row(b, rid, exclude=("source", "malformed"), raw="\t".join(b.source.raw))
                            for b in report.budget_years]
    out["lra_lines"] = [_row(x, rid) for x in report.lra_lines]
    out["dpa_lines"] = [_row(x, rid) for x in report.dpa_lines]
    return out


def _target_doc_rows(report: Report, out: dict[str, list[dict]]) -> None:
    """The SAKIP target documents' records, and the reports row's document part."""
    rid = report.report_id
    out["reports"][0]["document_part"] = report.document_part
    out["reports"][0]["tahun_akhir"] = report.meta.tahun_akhir
    out["indicator_targets"] = [_row(t, rid) for t in report.indicator_targets]
    out["renja_lines"] = [_row(r, rid) for r in report.renja_lines]
    out["rencana_aksi"] = [_row(r, rid) for r in report.rencana_aksi]
    out["quarterly_progress"] = [_row(q, rid) for q in report.quarterly_progress]

"""The public dataset contract and the flattening of a Report into it.

``CONTRACT`` lists every table and its columns in order. The first columns of
each table are the contract of the foundation issue and are never renamed;
later columns are extensions. Money columns hold ``Decimal`` (exact); the
corpus writers decide how to store them (SQLite TEXT/INTEGER, Parquet
decimal128).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from lkjip.model import Report

CONTRACT: dict[str, list[str]] = {
    "reports": [
        "report_id", "source_file", "sha256", "input_format", "instansi", "kabupaten", "tahun",
        "status", "error", "pages", "signer_name", "signer_nip", "n_errors", "n_warnings",
        # extensions
        "document_type", "n_parse_warnings", "schema_version", "provinsi",
    ],
    "budget_lines": [
        "report_id", "source_table", "page", "line_no", "level", "parent_line_no", "nomor", "uraian",
        "anggaran", "realisasi", "persen", "output_uraian", "output_target", "output_realisasi",
        "output_satuan", "output_persen",
        # extensions
        "sisa", "output_target_text", "output_realisasi_text", "source_line", "raw",
    ],
    "pk_targets": [
        "report_id", "pk_tahun", "level", "sasaran", "indikator", "target", "target_text", "satuan", "page",
        # extensions
        "note", "source_line", "source_table",
    ],
    "pk_budgets": [
        "report_id", "pk_tahun", "program", "anggaran", "sumber_dana", "page",
        # extensions
        "anggaran_text", "is_total", "source_line", "source_table",
    ],
    "renstra_targets": [
        "report_id", "sasaran", "indikator", "tahun", "target", "target_text", "page",
        # extensions
        "jenis", "misi", "satuan", "source_line", "source_table",
    ],
    "performance": [
        "report_id", "source_table", "sasaran", "indikator", "satuan", "tahun", "target", "realisasi",
        "capaian", "page",
        # extensions
        "target_text", "realisasi_text", "capaian_text", "anggaran", "realisasi_anggaran", "serapan",
        "efisiensi", "source_line",
    ],
    "cascading": [
        "report_id", "row_no", "tujuan", "indikator_tujuan", "sasaran", "indikator_sasaran", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "sub_kegiatan", "indikator_sub_kegiatan",
        # extensions
        "page", "source_line", "source_table",
    ],
    "flags": [
        "report_id", "rule", "severity", "message", "expected", "found", "source_table", "page", "evidence",
        # extensions
        "line_no", "uncertain",
    ],
    # extension tables
    "permasalahan": [
        "report_id", "no", "masalah", "pokok_masalah", "akar_masalah", "akar_masalah_internal",
        "akar_masalah_eksternal", "source_table", "page", "source_line",
    ],
    "signatories": [
        "report_id", "context", "role", "name", "jabatan", "pangkat", "nip", "date", "page", "source_line",
    ],
    "claims": ["report_id", "kind", "value", "raw", "page", "source_line"],
    "parse_warnings": ["report_id", "code", "message", "raw", "source_table", "page", "source_line"],
}


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
        out["pk_targets"] += [_row(t, rid, pk_tahun=pk.tahun, source_table=t.source.table) for t in pk.targets]
        out["pk_budgets"] += [_row(b, rid, pk_tahun=pk.tahun, source_table=b.source.table) for b in pk.budgets]
    out["renstra_targets"] = [_row(r, rid, source_table=r.source.table) for r in report.renstra_targets]
    out["performance"] = [_row(p, rid) for p in report.performance]
    out["cascading"] = [_row(c, rid, source_table=c.source.table) for c in report.cascading]
    out["flags"] = [{**f.model_dump(), "report_id": rid} for f in report.flags]
    out["permasalahan"] = [_row(p, rid, source_table=p.source.table) for p in report.permasalahan]
    out["signatories"] = [_row(s, rid, exclude=("source", "nip_raw")) for s in report.signatories]
    out["claims"] = [_row(c, rid) for c in report.claims]
    for w in report.warnings:
        out["parse_warnings"].append(
            {"report_id": rid, "code": w.code, "message": w.message, "raw": w.raw, "source_table": w.table,
             "page": w.page, "source_line": w.line_no}
        )
    return {name: _frame(name, rows) for name, rows in out.items()}

"""A stand-in extractor for batch tests: the input file *is* a Report as JSON.

Lets the batch tests control every number of every report exactly (corpus checks, the
workbook, the HTML page) without depending on the real extractor. Workers import it by
name (``test_batch_fake:json_extractor``), so it imports nothing heavy. It holds no tests.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lkjip.model import ErrorItem, Report


def json_extractor(path: Path, **kwargs) -> Report:
    data = Path(path).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if not data:
        return Report.failed(source_file=str(path), sha256=sha, input_format="unknown",
                             error=ErrorItem(component="reader", category="input", message="empty file"))
    try:
        return Report.model_validate_json(data)
    except ValueError:
        return Report.failed(source_file=str(path), sha256=sha, input_format="text",
                             error=ErrorItem(component="extract", category="not_a_report",
                                             message="no LKjIP structure found"))


def make_report(instansi: str = "Kecamatan Alpha", *, kabupaten: str | None = "Sampang", tahun: int | None = 2022,
                anggaran: str = "1000000.00", realisasi: str = "950000.00", ikm_target: str = "82.00",
                ikm_real: str = "81.50", ikm_prev: str | None = "80.00", sha: str | None = None,
                flags: list | None = None, program: str = "Program Penyelenggaraan Pemerintahan",
                source_file: str | None = None, status: str = "success") -> Report:
    """A small but complete hand-built report: a budget table with one program and a total, Tabel 3.1 rows
    for the report year and the year before (IKM), a PK, a signatory and the given flags."""
    import datetime as dt
    from decimal import Decimal as D

    from lkjip.model import (
        BudgetLine,
        Flag,
        Performance,
        PerjanjianKinerja,
        PKBudget,
        PKTarget,
        Provenance,
        ReportMeta,
        Signatory,
    )

    sha = sha or hashlib.sha256(f"{instansi}|{kabupaten}|{tahun}|{anggaran}|{ikm_real}".encode()).hexdigest()
    perf = [Performance(source_table="Tabel 3.1", sasaran="Meningkatnya kualitas pelayanan publik",
                        indikator="Indeks kepuasan masyarakat (IKM)", satuan="-", tahun=tahun, target=D(ikm_target),
                        realisasi=D(ikm_real), capaian=(D(ikm_real) / D(ikm_target) * 100).quantize(D("0.01")),
                        source=Provenance(table="Tabel 3.1", line_no=20, raw=["1", "x"]))]
    if ikm_prev is not None and tahun is not None:
        perf.append(Performance(source_table="Tabel 3.1", indikator="Indeks kepuasan masyarakat (IKM)",
                                tahun=tahun - 1, realisasi=D(ikm_prev),
                                source=Provenance(table="Tabel 3.1", line_no=20)))
    budget = [
        BudgetLine(source_table="Tabel 3.6", line_no=1, level="program", uraian=program, anggaran=D(anggaran),
                   realisasi=D(realisasi),
                   persen=(D(realisasi) / D(anggaran) * 100).quantize(D("0.01")) if D(anggaran) else None,
                   source=Provenance(table="Tabel 3.6", line_no=40, raw=[program, anggaran, realisasi])),
        BudgetLine(source_table="Tabel 3.6", line_no=2, level="total", uraian="Total", anggaran=D(anggaran),
                   realisasi=D(realisasi), source=Provenance(table="Tabel 3.6", line_no=41)),
    ]
    pk = PerjanjianKinerja(tahun=tahun, label=f"Lampiran PK {tahun}", date=dt.date(2022, 1, 3),
                           targets=[PKTarget(indikator="Indeks kepuasan masyarakat", target=D(ikm_target),
                                             target_text=ikm_target.replace(".", ","))],
                           budgets=[PKBudget(program=program, anggaran=D(anggaran), anggaran_text=anggaran)])
    return Report(report_id=sha[:16], source_file=source_file or f"{instansi}.json", sha256=sha, input_format="text",
                  status=status, meta=ReportMeta(instansi=instansi, kabupaten=kabupaten, tahun=tahun,
                                                 signer_name="BUDI, S.Sos", signer_nip="196709231988091001"),
                  signatories=[Signatory(context="Kata Pengantar", name="BUDI, S.Sos", nip="196709231988091001",
                                         date=dt.date(2023, 3, 5))],
                  performance=perf, budget_lines=budget, pks=[pk],
                  flags=flags if flags is not None else [
                      Flag(rule="budget.children_sum", severity="warning", message="sum differs",
                           expected="1", found="2", source_table="Tabel 3.6", evidence="Tabel 3.6 line 41")])

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


# --- a mixed corpus for batch tests ----------------------------------------------------------------

HANG = "LKJIP-TEST-HANG-7f3a"
CRASH = "LKJIP-TEST-CRASH-7f3a"
MEMORY = "LKJIP-TEST-MEMORY-7f3a"
KABUPATEN = "Kabupaten Contoh Raya"
KECAMATAN = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]


def minimal_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing ``lines`` in Helvetica (no dependency needed)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 12 Tf 72 740 Td 16 TL " + " ".join(f"({esc(x)}) '" for x in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


LETTER = ["PEMERINTAH KABUPATEN CONTOH RAYA", "KECAMATAN ALPHA", "Nomor: 005/123/2023",
          "Perihal: Undangan Rapat Koordinasi", "Dengan hormat, kami mengundang Bapak/Ibu",
          "untuk hadir pada rapat koordinasi bulanan.", "Camat Alpha"]


def build_mixed_corpus(root: Path, seed_path: Path | None = None) -> dict[str, str]:
    """Write a corpus of good and bad files under ``root``; return {relative path: what it is}.

    Good: generated text exports of seven kecamatan of one kabupaten (2022), three of them again for 2023,
    two more 2023 reports as DOCX, one 2023 report with contradictions, a revised second 2022 report of Alpha with other numbers, a byte-
    identical copy, and the seed when available. Bad: empty, corrupt PDF, truncated PDF, encrypted PDF (when
    qpdf is installed), a PDF that is not an LKjIP, a text that is not an LKjIP, a file that hangs the
    parser, one that crashes it, one that exhausts memory (with the faulty extractors below). Plus files
    the batch must skip.
    """
    import shutil
    import subprocess

    from lkjip.synth.generate import generate_report

    root.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, str] = {}

    def put(rel: str, data: bytes | str, kind: str) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds[rel] = kind

    for i, kec in enumerate(KECAMATAN):
        rep = generate_report(100 + i, instansi=f"Kecamatan {kec}", kabupaten=KABUPATEN, tahun=2022)
        put(f"2022/{kec.lower()}-2022.txt", rep.text, "good")
    for i, kec in enumerate(KECAMATAN[:3]):
        rep = generate_report(200 + i, instansi=f"Kecamatan {kec}", kabupaten=KABUPATEN, tahun=2023)
        put(f"2023/{kec.lower()}-2023.txt", rep.text, "good")
    from lkjip.synth.render import render_docx

    for i, kec in enumerate(KECAMATAN[4:6]):  # DOCX exports
        rep = generate_report(400 + i, instansi=f"Kecamatan {kec}", kabupaten=KABUPATEN, tahun=2023)
        render_docx(rep.document, root / "2023" / f"{kec.lower()}-2023.docx", "bordered_serif")
        kinds[f"2023/{kec.lower()}-2023.docx"] = "good"
    rep = generate_report(300, instansi="Kecamatan Delta", kabupaten=KABUPATEN, tahun=2023,
                          contradictions=["budget.children_sum", "pk.target_mismatch"])
    put("2023/delta-2023.txt", rep.text, "good")
    rep = generate_report(999, instansi="Kecamatan Alpha", kabupaten=KABUPATEN, tahun=2022)
    put("revisi/alpha-2022-revisi.txt", rep.text, "good")
    put("salinan/alpha-2022-copy.txt", (root / "2022/alpha-2022.txt").read_bytes(), "copy")
    if seed_path is not None:
        put("seed/lkjip-seed.txt", Path(seed_path).read_bytes(), "good")

    letter = minimal_pdf(LETTER)
    put("bad/empty.txt", b"", "bad")
    put("bad/corrupt.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog garbage \x00\xff\xfe", "bad")
    put("bad/truncated.pdf", letter[: len(letter) // 3], "bad")
    put("bad/undangan-rapat.pdf", letter, "bad")
    qpdf = shutil.which("qpdf")
    if qpdf:
        src = root / "bad" / "undangan-rapat.pdf"
        dst = root / "bad" / "encrypted.pdf"
        subprocess.run([qpdf, "--encrypt", "u", "o", "256", "--", str(src), str(dst)], check=True)
        kinds["bad/encrypted.pdf"] = "bad"
    put("bad/catatan.txt", "Catatan rapat\n\nTidak ada laporan di sini, hanya daftar belanja kantor.\n", "bad")
    put("bad/hang.txt", f"LAPORAN KINERJA\n{HANG}\n", "hang")
    put("bad/crash.txt", f"LAPORAN KINERJA\n{CRASH}\n", "crash")
    put("bad/memory.txt", f"LAPORAN KINERJA\n{MEMORY}\n", "memory")
    # never read: hidden files and folders, Office lock files
    (root / ".hidden").mkdir(exist_ok=True)
    (root / ".hidden" / "x.txt").write_text("hidden")
    (root / ".DS_Store").write_bytes(b"\x00\x00")
    (root / "2022" / "~$alpha.docx").write_bytes(b"lock")
    return kinds


# --- stand-in extractors that fault: the batch's ``extractor=`` hook, run inside its workers ----------
#
# A file whose bytes hold HANG sleeps forever with SIGINT and SIGTERM ignored (only SIGKILL ends it, like
# a hung C call); CRASH kills the worker with SIGSEGV; MEMORY allocates until the worker's memory limit.
# Any other file goes to the wrapped extractor. Workers import these by name ("test_batch_fake:…").


def _fault(path: Path) -> None:
    import os
    import signal
    import time

    try:
        data = Path(path).read_bytes()
    except OSError:
        return
    if HANG.encode() in data:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        while True:
            time.sleep(3600)
    if CRASH.encode() in data:
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(10)
    if MEMORY.encode() in data:
        hog = []
        while True:  # bytes(n) is calloc'ed: address space is taken without touching the pages
            hog.append(bytes(64 * 1024 * 1024))


def faulty_json_extractor(path: Path, **kwargs) -> Report:
    """:func:`json_extractor`, except for the fault markers."""
    _fault(path)
    return json_extractor(path, **kwargs)


def faulty_extractor(path: Path, **kwargs) -> Report:
    """The real extractor (``lkjip.extract_report``), except for the fault markers."""
    from lkjip import extract_report

    _fault(path)
    return extract_report(path, **kwargs)


#: seconds each file waits in :func:`slow_faulty_extractor` (so that a batch can be interrupted halfway)
DELAY_S = 1.0


def slow_faulty_extractor(path: Path, **kwargs) -> Report:
    """:func:`faulty_extractor`, one second slower per file."""
    import time

    time.sleep(DELAY_S)
    return faulty_extractor(path, **kwargs)


def frames_equal(a, b) -> bool:
    """Two dataset tables hold the same cells in the same order (missing values compared as None)."""
    def cells(df):
        return [[None if v is None or (isinstance(v, float) and v != v) else v for v in row]
                for row in df.itertuples(index=False, name=None)]
    return list(a.columns) == list(b.columns) and cells(a) == cells(b)

"""Per-file limits: each one proven on a hostile file built here, at test time.

Preflight (``lkjip.extract.limits``) refuses a file cheaply with a clear reason; the batch worker's
own limits (``RLIMIT_AS``, SIGKILL at the time limit) stop the same files when preflight is switched
off. The builders live in ``bench/fuzz.py`` (``make fuzz`` runs the same files at full size).
"""

from __future__ import annotations

import contextlib
import sys
import time
import tracemalloc
import zipfile
import zlib

import pytest
from conftest import DATA, REPO
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench.fuzz import (  # noqa: E402
    PDF_OPS,
    apply_pdf_op,
    bomb_pdf,
    many_objects_pdf,
    run_file,
    text_pdf,
    write_big_text,
    zeros_zlib,
    zip_bomb_docx,
)
from lkjip.cli import main as cli_main  # noqa: E402
from lkjip.corpus.store import Store  # noqa: E402
from lkjip.errors import ResourceLimitError  # noqa: E402
from lkjip.extract.limits import MB, Limits, check_pdf_streams, inflated_size, preflight  # noqa: E402
from lkjip.pipeline import extract_report  # noqa: E402

#: the preflight checks that cost time switched off, to reach the worker's own limits
NO_PREFLIGHT = Limits(max_stream_bytes=2**62, max_chars_per_page=2**62)


def _refusal(path, limits=None) -> str:
    with pytest.raises(ResourceLimitError) as exc:
        preflight(path, limits)
    return str(exc.value)


# --- the settings model -----------------------------------------------------------------------------


def test_limits_defaults_are_sized_for_real_reports_and_validated():
    lim = Limits()
    assert lim.max_pages >= 150 * 5 and lim.max_bytes >= 20 * MB * 4  # real: up to ~150 pages / 20 MB
    assert lim.max_text_bytes >= 60 * 1024 * 50  # the seed text export is 63 KB
    assert lim.max_chars_per_page >= 3500 * 10  # a dense real page: ~3,500 characters
    assert Limits.resolve(None) == lim and Limits.resolve({"max_pages": 5}).max_pages == 5
    assert Limits.resolve(lim) is lim
    for bad in ({"max_pages": 0}, {"max_bytes": -1}, {"max_pages": "many"}, {"max_page": 5}):
        with pytest.raises(ValidationError):
            Limits(**bad)
    with pytest.raises(ValidationError):
        lim.max_pages = 5  # frozen: a worker cannot loosen its own limits


def test_every_test_document_passes_preflight():
    files = [p for p in DATA.rglob("*") if p.suffix in (".pdf", ".docx", ".txt")]
    assert len(files) >= 20
    for p in files:
        assert preflight(p) is None, p


def test_real_reports_pass_preflight(real_dir):
    for p in sorted(real_dir.glob("*.pdf")):
        assert preflight(p) is None, p


def test_broken_files_are_left_to_the_reader(tmp_path):
    enc = DATA / "readers" / "encrypted.pdf"
    assert preflight(enc) is None
    assert extract_report(enc).errors[0].category == "input"
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\nnot really\n")
    assert preflight(junk) is None
    assert preflight(tmp_path / "missing.pdf") is None
    assert extract_report(junk).errors[0].category == "input"


_SOURCES = [DATA / "readers" / "bordered.pdf", DATA / "readers" / "long_repeat.pdf",
            DATA / "generated" / "gen-sukamaju-2022-bordered.docx"]


@settings(max_examples=60, derandomize=True, deadline=None, database=None)
@given(st.sampled_from(_SOURCES), st.lists(st.tuples(st.sampled_from(PDF_OPS), st.integers(0, 2**32)),
                                           min_size=1, max_size=3))
def test_preflight_on_damaged_files_raises_only_limit_errors(tmp_path_factory, src, ops):
    import random

    data = src.read_bytes()
    for op, seed in ops:
        data = apply_pdf_op(data, op, random.Random(seed))
    p = tmp_path_factory.mktemp("pre") / f"x{src.suffix}"
    p.write_bytes(data)
    with contextlib.suppress(ResourceLimitError):  # a damaged page tree or zip directory may claim too much
        preflight(p)  # anything else a damaged file raises is the reader's to report, never preflight's


# --- size -------------------------------------------------------------------------------------------


def test_a_file_over_max_bytes_is_refused(tmp_path):
    p = tmp_path / "big.pdf"
    p.write_bytes(text_pdf(3) + b"%" + bytes(2 * MB))
    assert _refusal(p, Limits(max_bytes=MB)) == "file is 2.0 MB, over the limit of 1 MB per file (--max-mb)"


def test_a_50_mb_text_file_is_refused_without_being_read(tmp_path):
    p = write_big_text(tmp_path / "besar.txt", 50 * MB)
    assert _refusal(p) == "text file is 50 MB, over the limit of 4 MB for a text export (max_text_bytes)"
    tracemalloc.start()
    t0 = time.monotonic()
    report = extract_report(p)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.monotonic() - t0 < 5
    assert peak < 5 * MB  # hashed in 1 MB pieces, never read whole
    assert report.status == "failed" and report.errors[0].category == "limit"
    assert report.sha256 and "text file is 50 MB" in report.errors[0].message


# --- pages ------------------------------------------------------------------------------------------


def test_a_2000_page_pdf_is_refused_before_parsing(tmp_path):
    p = tmp_path / "tebal.pdf"
    p.write_bytes(text_pdf(2000))
    t0 = time.monotonic()
    assert _refusal(p) == "2000 pages is over the limit of 1000 pages per report (--max-pages)"
    report = extract_report(p)
    assert time.monotonic() - t0 < 5
    assert (report.status, report.errors[0].category) == ("failed", "limit")
    assert report.errors[0].message == "2000 pages is over the limit of 1000 pages per report (--max-pages)"
    assert preflight(p, Limits(max_pages=2000)) is None  # a raised limit lets it through


# --- decompression bombs ----------------------------------------------------------------------------


def test_inflated_size_counts_nested_layers_without_keeping_them():
    data = b"<< /Filter [/FlateDecode /FlateDecode] >>\nstream\n" + zlib.compress(zeros_zlib(64)) + b"\nendstream"
    start = data.index(b"stream\n") + 7
    assert inflated_size(data, start, 1024 * MB) == 64 * MB
    assert inflated_size(data, start, 10 * MB) == 10 * MB + 1  # stops counting past the cap
    plain = b"stream\n" + zlib.compress(b"BT (x) Tj ET" * 10)
    assert inflated_size(plain, 7, MB) == 120
    check_pdf_streams(data, Limits(max_stream_bytes=64 * MB))  # exactly at the limit passes
    with pytest.raises(ResourceLimitError):
        check_pdf_streams(data, Limits(max_stream_bytes=64 * MB - 1))


def test_a_pdf_bomb_is_refused_in_bounded_time_and_memory(tmp_path):
    p = tmp_path / "bom.pdf"
    p.write_bytes(bomb_pdf(4096))
    assert p.stat().st_size < 20_000  # 10 KB that inflate to 4 GiB
    tracemalloc.start()
    t0 = time.monotonic()
    msg = _refusal(p)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.monotonic() - t0 < 10 and peak < 16 * MB
    assert msg.startswith("a compressed stream (at byte ") and "inflates to more than 256 MB" in msg
    # the same file through the batch worker, in a child limited to 768 MB of address space
    outcome, detail, secs = run_file(p, timeout=60, memory_mb=768)
    assert outcome == "failed:limit" and "decompression bomb" in detail and secs < 30


def test_without_preflight_the_worker_memory_limit_stops_the_bomb(tmp_path):
    p = tmp_path / "bom.pdf"
    p.write_bytes(bomb_pdf(4096))
    # the time limit is far off: what must stop the child is its memory limit, however loaded the machine is
    outcome, detail, _ = run_file(p, timeout=600, memory_mb=768, limits=NO_PREFLIGHT)
    # pdfium aborts when its buffer cannot grow (a MemoryError in Python would be "limit" instead)
    assert (outcome, detail) in {("crash", "process died (signal 6, SIGABRT; possibly the memory limit of 768 MB)"),
                                 ("memory", "memory limit of 768 MB exceeded")}


def test_a_docx_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    p = zip_bomb_docx(tmp_path / "bom.docx", inflated_mb=300)
    assert p.stat().st_size < MB
    assert zipfile.ZipFile(p).getinfo("word/document.xml").file_size == 300 * MB
    assert _refusal(p) == ("DOCX part 'word/document.xml' inflates to 300 MB, over the limit of 256 MB per part "
                           "(max_stream_bytes): a zip bomb?")


def test_docx_parts_are_limited_together(tmp_path):
    p = tmp_path / "parts.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        for i in range(3):
            zf.writestr(f"word/media/image{i}.png", bytes(MB // 2))
    assert preflight(p, Limits(max_stream_bytes=2 * MB)) is None
    msg = _refusal(p, Limits(max_stream_bytes=MB))  # each part fits, all three do not
    assert msg.startswith("DOCX parts inflate to 1.5 MB together, over the limit of 1 MB")


# --- characters per page ----------------------------------------------------------------------------


def test_a_page_of_100000_text_objects_is_refused(tmp_path):
    p = tmp_path / "padat.pdf"
    p.write_bytes(many_objects_pdf(100_000))
    t0 = time.monotonic()
    msg = _refusal(p)
    assert time.monotonic() - t0 < 10
    assert msg.startswith("page 1 holds ") and msg.endswith("over the limit of 50,000 per page (max_chars_per_page)")


def test_without_preflight_the_worker_time_limit_stops_the_dense_page(tmp_path):
    p = tmp_path / "padat.pdf"
    p.write_bytes(many_objects_pdf(100_000))
    outcome, detail, secs = run_file(p, timeout=1, memory_mb=2048, limits=NO_PREFLIGHT)
    assert (outcome, detail) == ("timeout", "timed out after 1 s")
    assert secs < 10


# --- the command line passes the limits to the workers ----------------------------------------------


def test_batch_max_pages_and_max_mb_reach_the_workers(tmp_path):
    from lkjip.synth.generate import generate_report

    root = tmp_path / "in"
    root.mkdir()
    (root / "lima.pdf").write_bytes(text_pdf(5))
    rep = generate_report(3, instansi="Kecamatan Batas", kabupaten="Kabupaten Uji", tahun=2022)
    (root / "laporan.txt").write_text(rep.text, encoding="utf-8")
    size_kb = (root / "laporan.txt").stat().st_size / 1024
    out = tmp_path / "out"
    assert cli_main(["batch", str(root), "--out", str(out), "--quiet", "--workers", "1", "--max-pages", "3",
                     "--max-mb", "0.01"]) == 0
    with Store(out / "lkjip.sqlite") as st:
        errors = st.load_table("reports").set_index("source_file")["error"].to_dict()
    assert errors == {
        "lima.pdf": "limit: 5 pages is over the limit of 3 pages per report (--max-pages)",
        "laporan.txt": f"limit: file is {size_kb:,.1f} KB, over the limit of 10.2 KB per file (--max-mb)",
    }
    assert cli_main(["batch", str(root), "--out", str(tmp_path / "o2"), "--max-pages", "0"]) == 2

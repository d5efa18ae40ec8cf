"""Incremental reruns (issue #15): after one changed file a rerun recomputes only what depends on it, and
writes every export as a fresh batch of the same inputs writes it.

The guard: a batch, one file changed, a rerun; then a fresh batch of the same folder into a new output
folder. Parquet, CSV, the workbook (every sheet's XML and cell values), the review page's data and the
flags must be the same. The workbook's cached pieces must follow what they were made from: a new lkjip
version, or a contract table with other columns, makes them again.
"""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from test_batch_fake import frames_equal, make_report
from test_batch_stream import _reports

from lkjip.corpus import segments, workbook, xlsx_parts
from lkjip.corpus.batch import run_batch
from lkjip.corpus.segments import SegmentCache
from lkjip.corpus.store import Store, StoreSource
from lkjip.tables import CONTRACT

FAKE = "test_batch_fake:json_extractor"


@pytest.fixture
def store(tmp_path):
    """A store of reports on which every kind of corpus rule fires (see ``test_batch_stream``)."""
    st = Store(tmp_path / "lkjip.sqlite")
    st.conn.execute("PRAGMA synchronous=OFF")  # a test database: no fsync per report
    for r in _reports():
        st.replace_report(r.report_id, r.to_tables())
    yield st
    st.close()


def _write_inputs(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for n, rep in enumerate(_reports()):
        (root / f"r{n:02d}.json.txt").write_text(rep.model_dump_json(), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")  # a failed report among them


def _sheets(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/") or n == "xl/workbook.xml"}


def _values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def _page_data(path: Path) -> str:
    """report.html without its time stamp (the one thing a later run writes differently)."""
    return re.sub(r"dibuat \d{4}-\d\d-\d\d \d\d:\d\d UTC", "", path.read_text(encoding="utf-8"))


def _pieces(out: Path) -> dict[tuple, str]:
    with sqlite3.connect(out / workbook.CACHE_NAME) as conn:
        return {(tbl, seg): key for tbl, seg, key in conn.execute("SELECT tbl, seg, key FROM piece")}


def _assert_same_outputs(a: Path, b: Path) -> None:
    for t in CONTRACT:
        assert pq.read_table(a / "parquet" / f"{t}.parquet").equals(pq.read_table(b / "parquet" / f"{t}.parquet")), t
        assert (a / "csv" / f"{t}.csv").read_bytes() == (b / "csv" / f"{t}.csv").read_bytes(), t
    assert _sheets(a / "lkjip.xlsx") == _sheets(b / "lkjip.xlsx")
    assert _values(a / "lkjip.xlsx") == _values(b / "lkjip.xlsx")
    assert _page_data(a / "report.html") == _page_data(b / "report.html")
    with Store(a / "lkjip.sqlite", readonly=True) as sa, Store(b / "lkjip.sqlite", readonly=True) as sb:
        for t in CONTRACT:
            assert frames_equal(sa.load_table(t), sb.load_table(t)), t


def test_a_rerun_after_one_changed_file_writes_what_a_fresh_batch_writes(tmp_path):
    inp, out, fresh = tmp_path / "in", tmp_path / "out", tmp_path / "fresh"
    _write_inputs(inp)
    run_batch(inp, out, workers=2, quiet=True, extractor=FAKE)
    before = _pieces(out)
    with Store(out / "lkjip.sqlite", readonly=True) as st:
        last_stamp = st.conn.execute("SELECT max(stamp) FROM _segments").fetchone()[0]
    # one report changes: its absorption now an outlier of its kabupaten, so other reports' corpus flags move too
    changed = make_report("Kecamatan K1", anggaran="1000000.00", realisasi="100000.00", ikm_prev=None,
                          source_file="k1.txt")
    (inp / "r01.json.txt").write_text(changed.model_dump_json(), encoding="utf-8")
    summary = run_batch(inp, out, workers=2, quiet=True, extractor=FAKE)
    assert summary.processed == 1 and summary.removed == 1
    run_batch(inp, fresh, workers=1, quiet=True, extractor=FAKE)
    _assert_same_outputs(out, fresh)
    # only the workbook's pieces of segments written since the first run were made again
    with Store(out / "lkjip.sqlite", readonly=True) as st:
        touched = {seg for (seg,) in st.conn.execute("SELECT seg FROM _segments WHERE stamp > ?", (last_stamp,))}
    after = _pieces(out)
    remade = {seg for k, key in after.items() if before.get(k) != key for seg in [k[1][-2:]]}
    assert touched and remade <= touched
    assert sum(before.get(k) == key for k, key in after.items()) > len(after) // 2  # most were kept


def _counting(monkeypatch) -> list[str]:
    made: list[str] = []
    real = workbook.RowWriter.rows

    def rows(self, df):
        made.append(",".join(self.columns))
        return real(self, df)
    monkeypatch.setattr(workbook.RowWriter, "rows", rows)
    return made


def test_cached_pieces_are_made_again_for_a_new_version_or_other_columns(store, tmp_path, monkeypatch):
    made = _counting(monkeypatch)
    with SegmentCache(tmp_path / workbook.CACHE_NAME) as cache:
        first = workbook.write_workbook(StoreSource(store), tmp_path / "a.xlsx", cache=cache)
        n = len(made)
        assert n > 10
        made.clear()
        workbook.write_workbook(StoreSource(store), tmp_path / "b.xlsx", cache=cache)
        assert made == []  # all from the cache
        assert _sheets(tmp_path / "b.xlsx") == _sheets(first)
        monkeypatch.setattr(segments, "__version__", "0.0.0-other")
        workbook.write_workbook(StoreSource(store), tmp_path / "c.xlsx", cache=cache)
        assert len(made) == n  # every piece again
        made.clear()
        fewer = CONTRACT["budget_lines"][:-1]
        monkeypatch.setitem(CONTRACT, "budget_lines", fewer)
        workbook.write_workbook(StoreSource(store), tmp_path / "d.xlsx", cache=cache)
    assert made and set(made) == {",".join(fewer)}  # only budget_lines's pieces
    header = _values(tmp_path / "d.xlsx")["budget_lines"][0]
    assert list(header) == fewer


def test_the_workbook_from_cached_pieces_equals_one_made_without_a_cache_after_a_change(store, tmp_path):
    with SegmentCache(tmp_path / workbook.CACHE_NAME) as cache:
        workbook.write_workbook(StoreSource(store), tmp_path / "a.xlsx", cache=cache, max_rows=4)
        rep = make_report("Kecamatan Baru", source_file="baru.txt")
        store.replace_report(rep.report_id, rep.to_tables())
        store.delete_reports([_reports()[0].report_id])
        workbook.write_workbook(StoreSource(store), tmp_path / "b.xlsx", cache=cache, max_rows=4)
    workbook.write_workbook(StoreSource(store), tmp_path / "c.xlsx", max_rows=4)
    assert _sheets(tmp_path / "b.xlsx") == _sheets(tmp_path / "c.xlsx")
    values = _values(tmp_path / "c.xlsx")
    assert values == _values(tmp_path / "b.xlsx")
    assert "budget_lines (2)" in values  # split sheets, pieces cut where a sheet ends


# --- the zip machinery ------------------------------------------------------------------------------


@pytest.mark.parametrize("parts", [[b"abc", b"", b"x" * 70_000], [b""], [bytes(range(256)) * 50, b"tail"]])
def test_pieces_deflated_apart_join_into_one_entry(parts):
    pieces = [xlsx_parts.deflate(p) for p in parts]
    crc, size, csize = xlsx_parts.joined(pieces)
    assert crc == zlib.crc32(b"".join(parts)) and size == sum(map(len, parts))
    buf = io.BytesIO()
    z = xlsx_parts.ZipOut(buf)
    z.add("a/b.xml", (1980, 1, 1, 0, 0, 0), crc, size, csize, [p.data for p in pieces] + [xlsx_parts.FINAL])
    z.add_bytes("c.xml", (2026, 12, 3, 9, 0, 0), b"<c/>")
    z.close()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin:
        assert zin.testzip() is None
        assert zin.read("a/b.xml") == b"".join(parts) and zin.read("c.xml") == b"<c/>"


def test_a_piece_that_lies_about_its_size_is_refused():
    z = xlsx_parts.ZipOut(io.BytesIO())
    with pytest.raises(ValueError):
        z.add("x", (1980, 1, 1, 0, 0, 0), 0, 3, 99, [xlsx_parts.deflate(b"abc").data])


def test_the_review_page_from_its_cache_equals_the_page_read_whole_and_reads_only_what_changed(store, tmp_path,
                                                                                               monkeypatch):
    from lkjip.corpus import html_report, review_data

    db, cache = store.path, tmp_path / html_report.CACHE_NAME
    html_report.write_html_from_db(db, tmp_path / "a.html", cache)
    read: list[str] = []
    real = review_data._read_chunk
    monkeypatch.setattr(review_data, "_read_chunk", lambda conn, part, ind: read.extend(part) or real(conn, part, ind))
    html_report.write_html_from_db(db, tmp_path / "b.html", cache)
    assert read == []  # nothing changed: every report from the cache
    assert _page_data(tmp_path / "b.html") == _page_data(tmp_path / "a.html")
    rep = make_report("Kecamatan Baru", source_file="baru.txt")
    store.replace_report(rep.report_id, rep.to_tables())
    html_report.write_html_from_db(db, tmp_path / "c.html", cache)
    same_segment = {r for r in store.report_ids() if r[:2] == rep.report_id[:2]}
    assert set(read) == same_segment
    html_report.write_html_from_db(db, tmp_path / "d.html")
    assert _page_data(tmp_path / "c.html") == _page_data(tmp_path / "d.html")
    assert rep.report_id in _page_data(tmp_path / "c.html")


# --- corpus checks only where reports changed ------------------------------------------------------------


def _checked_kabupaten(store, monkeypatch) -> list[set]:
    from lkjip.validate import corpus as cc

    seen: list[set] = []
    real = cc.check_corpus_facts
    monkeypatch.setattr(cc, "check_corpus_facts", lambda facts, **kw: seen.append(
        {i.kabupaten for i in facts.infos}) or real(facts, **kw))
    return seen


def _corpus_flags_are_those_of_a_whole_check(store) -> None:
    from lkjip.validate import corpus as cc

    kept = store.load_table("flags")
    kept = kept[kept["rule"].str.startswith(cc.RULE_PREFIX)].reset_index(drop=True)
    assert frames_equal(kept, cc.check_corpus(store.load_tables()))


def test_corpus_checks_rerun_only_the_kabupaten_whose_reports_changed(store, monkeypatch):
    from lkjip.corpus import batch
    from lkjip.validate.corpus_facts import budget_totals

    nameless = store.conn.execute("SELECT report_id FROM reports WHERE kabupaten IS NULL").fetchall()
    store.delete_reports([r for (r,) in nameless])  # (such a report may match an office anywhere: see below)
    seen = _checked_kabupaten(store, monkeypatch)
    totals = lambda: budget_totals(store.load_table("budget_lines"))  # noqa: E731
    batch._check_corpus(store, totals())  # a new store: the whole corpus
    assert len(seen[-1]) >= 1 and store.dirty_kabupaten() == set()
    other = make_report("Kecamatan Lain", kabupaten="Bangkalan", source_file="lain.txt")
    store.replace_report(other.report_id, other.to_tables())
    batch._check_corpus(store, totals())
    assert seen[-1] == {"Bangkalan"}
    _corpus_flags_are_those_of_a_whole_check(store)
    # a Sampang office's absorption becomes an outlier: Sampang is checked again, its flags follow
    old = _reports()[2]
    store.delete_reports([old.report_id])
    low = make_report("Kecamatan K2", anggaran="1000000.00", realisasi="50000.00", ikm_prev=None, source_file="k2.txt")
    store.replace_report(low.report_id, low.to_tables())
    before = len(seen)
    batch._check_corpus(store, totals())
    assert len(seen) == before + 1 and seen[-1] == {"Sampang"}
    _corpus_flags_are_those_of_a_whole_check(store)
    # a report without a kabupaten may match an office anywhere: the whole corpus
    nowhere = make_report("Kecamatan Entah", kabupaten=None, source_file="entah.txt")
    store.replace_report(nowhere.report_id, nowhere.to_tables())
    batch._check_corpus(store, totals())
    assert {"Sampang", "Bangkalan"} <= seen[-1]
    _corpus_flags_are_those_of_a_whole_check(store)


def test_a_new_rule_set_checks_the_whole_corpus_again(store, monkeypatch):
    from lkjip.corpus import batch
    from lkjip.validate.corpus_facts import budget_totals

    seen = _checked_kabupaten(store, monkeypatch)
    totals = budget_totals(store.load_table("budget_lines"))
    batch._check_corpus(store, totals)
    whole = seen[-1]
    monkeypatch.setattr(batch, "_rules_signature", lambda: "another version")
    batch._check_corpus(store, totals)  # nothing dirty, but other rules: everything again
    assert seen[-1] == whole and len(seen) == 2

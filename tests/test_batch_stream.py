"""Province scale: the exports and the corpus checks read the store in pieces and give what the whole
tables in memory give; the workbook stays within Excel's limits (issue #15).

The pieces are made tiny here (a few rows) so that every table crosses piece boundaries, and the
workbook's row limit is passed in small so that a sheet crosses it without a million rows.
"""

from __future__ import annotations

import csv
import shutil
from decimal import Decimal as D

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from test_batch_fake import frames_equal, make_report
from test_validate_corpus_pk import _lkjip, _pk_file

from lkjip.corpus import batch, segments, workbook
from lkjip.corpus.csv_export import write_csv
from lkjip.corpus.store import FrameSource, Store, StoreSource, write_parquet
from lkjip.tables import CONTRACT
from lkjip.validate import corpus as cc
from lkjip.validate.corpus_facts import ReadFacts, budget_totals


def _reports():
    """Reports on which every kind of corpus rule fires: outliers in one kabupaten, a duplicate, a prior
    year that disagrees, a PK delivered as its own file."""
    reps = [make_report(f"Kecamatan K{i}", anggaran="1000000.00",
                        realisasi="400000.00" if i == 3 else f"{950000 + 1000 * i}.00",
                        ikm_real="55.00" if i == 0 else f"{81 + i / 10:.2f}", ikm_prev=None, source_file=f"k{i}.txt")
            for i in range(6)]
    reps.append(make_report("Kecamatan K1", anggaran="1200000.00", ikm_prev=None, source_file="z/k1-rev.txt"))
    reps.append(make_report("Kecamatan K2", tahun=2023, ikm_prev="70.00", source_file="k2-2023.txt"))
    reps += [_lkjip(), _pk_file("Dinas KUMKM")]
    return reps


def _tables(reps) -> dict[str, pd.DataFrame]:
    per = [r.to_tables() for r in reps]
    return {t: pd.concat([p[t] for p in per], ignore_index=True) for t in CONTRACT}


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "lkjip.sqlite"
    with Store(path) as st:
        st.conn.execute("PRAGMA synchronous=OFF")  # a test database: no fsync per report
        for r in _reports():
            st.replace_report(r.report_id, r.to_tables())
    return path


@pytest.fixture
def store(stored, tmp_path):
    shutil.copy(stored, tmp_path / "lkjip.sqlite")
    st = Store(tmp_path / "lkjip.sqlite")
    yield st
    st.close()


def test_pieces_are_the_table_in_order_and_never_split_a_report(store):
    for table in CONTRACT:
        whole = store.load_table(table)
        pieces = list(store.iter_table(table, chunk_rows=3, by_report="report_id" in CONTRACT[table]))
        assert len(pieces) >= 1
        assert frames_equal(pd.concat(pieces, ignore_index=True), whole), table
        if "report_id" in CONTRACT[table] and len(pieces) > 1:
            ids = [set(p["report_id"]) for p in pieces]
            assert all(not (a & b) for i, a in enumerate(ids) for b in ids[i + 1:]), table
    assert len(list(store.iter_table("budget_lines", chunk_rows=3, by_report=True))) > 1
    empty = list(store.iter_table("lra_lines", chunk_rows=3))
    assert len(empty) == 1 and empty[0].empty and list(empty[0].columns) == CONTRACT["lra_lines"]


def test_parquet_and_csv_from_pieces_equal_those_from_whole_tables(store, tmp_path):
    tables = store.load_tables()
    pieces = StoreSource(store, chunk_rows=3)
    write_parquet(tables, tmp_path / "whole_pq")
    write_parquet(pieces, tmp_path / "piece_pq")
    write_csv(tables, tmp_path / "whole_csv")
    write_csv(pieces, tmp_path / "piece_csv")
    for t in CONTRACT:
        assert pq.read_table(tmp_path / "whole_pq" / f"{t}.parquet").equals(
            pq.read_table(tmp_path / "piece_pq" / f"{t}.parquet")), t
        assert (tmp_path / "whole_csv" / f"{t}.csv").read_bytes() == (tmp_path / "piece_csv" / f"{t}.csv").read_bytes()


def test_a_decimal_that_does_not_fit_in_a_later_piece_makes_the_whole_column_text(store, tmp_path):
    last = store.conn.execute("SELECT max(report_id) FROM budget_lines").fetchone()[0]  # in the last piece
    store.conn.execute("UPDATE budget_lines SET anggaran = ? WHERE report_id = ?", ("1" * 30 + ".5", last))
    write_parquet(StoreSource(store, chunk_rows=3), tmp_path / "pq")
    col = pq.read_table(tmp_path / "pq" / "budget_lines.parquet").column("anggaran")
    assert str(col.type) == "string" and "1" * 30 + ".5" in col.to_pylist()
    other = pq.read_table(tmp_path / "pq" / "budget_lines.parquet").column("realisasi")
    assert str(other.type).startswith("decimal128")


def test_corpus_checks_read_report_by_report_give_the_flags_of_the_whole_tables(store):
    expected = cc.check_corpus(store.load_tables())
    assert {"corpus.outlier", "corpus.duplicate_report", "corpus.prior_year_mismatch",
            "corpus.pk_target_mismatch"} <= set(expected["rule"])
    totals = budget_totals(store.load_table("budget_lines"))
    facts = ReadFacts(store.load_table("reports", columns=batch.FACT_COLUMNS), totals, store.rows_of, cache=1)
    assert frames_equal(cc.check_corpus_facts(facts), expected)
    assert batch._check_corpus(store, totals) == len(expected)  # what a batch runs and stores
    stored = store.load_table("flags")
    assert frames_equal(stored[stored["rule"].str.startswith("corpus.")].reset_index(drop=True), expected)


# --- Excel's limits ---------------------------------------------------------------------------------


def _rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def test_a_table_over_the_row_limit_goes_on_in_numbered_sheets_and_ringkasan_says_so(store, tmp_path):
    n = store.count("budget_lines")
    path = workbook.write_workbook(StoreSource(store, chunk_rows=3), tmp_path / "x.xlsx", max_rows=4)
    wb = openpyxl.load_workbook(path)
    parts = [name for name in wb.sheetnames if name.startswith("budget_lines")]
    assert parts == ["budget_lines"] + [f"budget_lines ({k})" for k in range(2, len(parts) + 1)]
    assert len(parts) == -(-n // 4)
    header = _rows(wb["budget_lines"])[0]
    data = []
    for name in parts:
        rows = _rows(wb[name])
        assert rows[0] == header and 1 <= len(rows) - 1 <= 4
        assert wb[name].freeze_panes == "A2" and wb[name].auto_filter.ref
        data += rows[1:]
    assert [r[header.index("uraian")] for r in data] == store.load_table("budget_lines")["uraian"].tolist()
    notes = [v for v in _rows(wb["Ringkasan"])[0][len(workbook.SUMMARY_COLUMNS):] if v]
    assert any("budget_lines" in x and f"{len(parts)} sheet" in x and "budget_lines (2)" in x for x in notes)
    assert any("parquet" in x and "sqlite" in x for x in notes)
    # Ringkasan itself is split too (10 reports, 4 a sheet), every report once
    ring = [r for name in wb.sheetnames if name.startswith("Ringkasan") for r in _rows(wb[name])[1:]]
    assert sorted(r[0] for r in ring) == sorted(store.report_ids())


def test_a_workbook_within_the_limits_has_no_note(store, tmp_path):
    wb = openpyxl.load_workbook(workbook.write_workbook(StoreSource(store), tmp_path / "x.xlsx"))
    assert wb.sheetnames == ["Ringkasan", "Temuan", *CONTRACT]
    assert all(v is None for v in _rows(wb["Ringkasan"])[0][len(workbook.SUMMARY_COLUMNS):])


def test_a_text_longer_than_an_excel_cell_is_cut_with_a_marker_and_kept_whole_elsewhere(tmp_path):
    long = "=" + "panjang " * 5000  # 40,001 characters, and a formula trigger
    rep = make_report("Kecamatan Panjang", source_file="p.txt")
    rep.budget_lines[0].uraian = long
    tables = _tables([rep])
    wb = openpyxl.load_workbook(workbook.write_workbook(tables, tmp_path / "x.xlsx"))
    rows = _rows(wb["budget_lines"])
    cell = rows[1][rows[0].index("uraian")]
    assert len(cell) == workbook.MAX_CELL and cell.startswith("'=panjang") and cell.endswith(workbook.TRUNCATED)
    notes = [v for v in _rows(wb["Ringkasan"])[0][len(workbook.SUMMARY_COLUMNS):] if v]
    assert any("budget_lines: 1 sel" in x and "dipotong" in x for x in notes)
    write_csv(tables, tmp_path / "csv")
    with (tmp_path / "csv" / "budget_lines.csv").open(encoding="utf-8-sig", newline="") as f:
        first = list(csv.DictReader(f))[0]
    assert first["uraian"] == "'" + long  # whole, formula-safe
    src = FrameSource(tables)
    assert src.long_texts("budget_lines", workbook.MAX_CELL - 1) == 1


def test_long_texts_are_counted_alike_in_memory_and_in_the_store(store):
    last = store.conn.execute("SELECT max(report_id) FROM flags").fetchone()[0]
    store.conn.execute("UPDATE flags SET evidence = ? WHERE report_id = ?", ("x" * 40_000, last))
    n = store.conn.execute("SELECT count(*) FROM flags WHERE report_id = ?", (last,)).fetchone()[0]
    assert n and StoreSource(store).long_texts("flags", workbook.MAX_CELL - 1) == n
    assert FrameSource(store.load_tables()).long_texts("flags", workbook.MAX_CELL - 1) == n


def test_part_titles_fit_excels_31_characters():
    assert workbook.part_title("budget_lines", 1) == "budget_lines"
    assert workbook.part_title("a" * 40, 12) == "a" * 26 + " (12)"
    assert len(workbook.part_title("a" * 40, 12)) == 31
    assert workbook.n_parts(0, 4) == 1 and workbook.n_parts(8, 4) == 2 and workbook.n_parts(9, 4) == 3


def test_ringkasan_totals_are_the_same_read_in_pieces(store):
    whole = workbook.summary_frame(store.load_tables())
    pieces = workbook.summary_frame(StoreSource(store, chunk_rows=2))
    assert frames_equal(whole, pieces)
    assert D("0.40") in set(whole["% serapan"])
    assert frames_equal(workbook.findings_frame(store.load_tables()),
                        workbook.findings_frame(StoreSource(store, chunk_rows=2)))


# --- exports patched segment by segment ----------------------------------------------------------------------


def _export_both(store, tmp_path, name):
    whole = store.load_tables()
    write_parquet(whole, tmp_path / name / "whole_pq")
    write_csv(whole, tmp_path / name / "whole_csv")
    with segments.SegmentCache(tmp_path / segments.CACHE_NAME) as cache:
        segments.write_parquet(store, cache, tmp_path / name / "pq")
        segments.write_csv(store, cache, tmp_path / name / "csv")
        totals = segments.budget_totals(store, cache)
    assert totals == budget_totals(whole["budget_lines"])
    for t in CONTRACT:
        assert pq.read_table(tmp_path / name / "whole_pq" / f"{t}.parquet").equals(
            pq.read_table(tmp_path / name / "pq" / f"{t}.parquet")), t
        assert (tmp_path / name / "whole_csv" / f"{t}.csv").read_bytes() == \
            (tmp_path / name / "csv" / f"{t}.csv").read_bytes(), t


def test_segment_exports_equal_whole_ones_before_and_after_a_change(store, tmp_path, monkeypatch):
    _export_both(store, tmp_path, "first")
    made = []
    real = store._segment_raw  # what load_segment and segment_rows both read a segment with
    monkeypatch.setattr(store, "_segment_raw", lambda t, seg, *a: made.append((t, seg)) or real(t, seg, *a))
    _export_both(store, tmp_path, "same")
    assert made == []  # nothing changed: every piece from the cache
    rep = make_report("Kecamatan Baru", source_file="baru.txt")
    store.replace_report(rep.report_id, rep.to_tables())
    store.delete_reports([_lkjip().report_id])
    _export_both(store, tmp_path, "changed")
    # only the new report's segment is made again; the deleted report's segment ("lk") is gone with it
    assert {seg for _, seg in made} == {rep.report_id[:2]}


def test_corpus_flags_rewrite_only_the_reports_whose_flags_changed(store):
    expected = cc.check_corpus(store.load_tables())
    store.replace_rule_flags(cc.RULE_PREFIX, expected)
    before = store.segments("flags")
    store.replace_rule_flags(cc.RULE_PREFIX, expected)
    assert store.segments("flags") == before
    fewer = expected[expected["rule"] != "corpus.outlier"].reset_index(drop=True)
    store.replace_rule_flags(cc.RULE_PREFIX, fewer)
    stored = store.load_table("flags")
    assert frames_equal(stored[stored["rule"].str.startswith("corpus.")].reset_index(drop=True), fewer)
    moved = {s for s in before if store.segments("flags").get(s) != before[s]}
    assert moved == {r[:2] for r in expected.loc[expected["rule"] == "corpus.outlier", "report_id"]}


def test_a_decimal_that_does_not_fit_makes_the_column_text_in_segment_exports_too(store, tmp_path):
    last = store.conn.execute("SELECT max(report_id) FROM budget_lines").fetchone()[0]
    store.conn.execute("UPDATE budget_lines SET anggaran = ? WHERE report_id = ?", ("1" * 30 + ".5", last))
    _export_both(store, tmp_path, "text")
    col = pq.read_table(tmp_path / "text" / "pq" / "budget_lines.parquet").column("anggaran")
    assert str(col.type) == "string"

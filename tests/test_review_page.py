"""The review page from the SQLite store: streamed, aggregated by kabupaten and instansi, paged, searchable.

The stores are generated (bench.review_page.generate_store: synthetic rows, no documents). The fast tests
read the page's embedded data; the browser test opens a page of 500 reports in headless Chromium and asserts
on what its DOM shows (the load time at 2,000 and 20,000 reports is measured by python -m bench.review_page).
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pytest
from conftest import REPO, require_tool
from test_html_report import assert_self_contained, embedded, groups_of, reports_of

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench.review_page import generate_store, open_page  # noqa: E402
from lkjip.corpus import html_charts, review_data  # noqa: E402
from lkjip.corpus.html_report import PAGE_SIZE, write_html, write_html_from_db  # noqa: E402
from lkjip.corpus.store import Store  # noqa: E402
from lkjip.errors import InputError  # noqa: E402
from lkjip.normalize.numbers import format_money, format_number  # noqa: E402


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    return generate_store(tmp_path_factory.mktemp("store") / "lkjip.sqlite", 120, kabupaten=7)


def _rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def _page(db, tmp_path) -> str:
    return write_html_from_db(db, tmp_path / "report.html").read_text(encoding="utf-8")


def test_page_from_the_store_is_self_contained_and_holds_every_report_and_flag(small_store, tmp_path, monkeypatch):
    monkeypatch.setattr(review_data, "CHUNK", 25)  # several chunks: each report's flags in its own chunk's block
    page = _page(small_store, tmp_path)
    assert_self_contained(page)
    reports = reports_of(page)
    assert embedded(page)["lkjip-meta"]["chunks"] == 5
    order = [rid for rid, in _rows(small_store, "SELECT report_id FROM reports ORDER BY source_file, report_id")]
    assert [r["report_id"] for r in reports] == order
    flags = defaultdict(list)
    for rid, rule, sev, msg, ev in _rows(small_store, "SELECT report_id, rule, severity, message, evidence FROM flags "
                                         "ORDER BY report_id, rowid"):
        flags[rid].append((rule, sev, msg, ev))
    for r in reports:
        assert [(f["rule"], f["severity"], f["message"], f["evidence"]) for f in r["flags"]] == flags[r["report_id"]]
        assert r["n_error"] == sum(f[1] == "error" for f in flags[r["report_id"]])
        assert r["rules"].split() == sorted({f[0] for f in flags[r["report_id"]]})  # searchable by rule


def test_the_store_is_read_a_chunk_of_reports_at_a_time(small_store, tmp_path, monkeypatch):
    """Every query of the page's data reads the rows of one chunk of reports, never a whole table."""
    monkeypatch.setattr(review_data, "CHUNK", 25)
    seen, select = [], review_data._select

    def spy(conn, table, cols, where, params):
        rows = select(conn, table, cols, where, params)
        seen.append((table, {r["report_id"] for r in rows}))
        return rows

    monkeypatch.setattr(review_data, "_select", spy)
    _page(small_store, tmp_path)
    assert {t for t, _ in seen} == {"reports", "budget_lines", "flags", "performance"}
    assert all(len(ids) <= 25 for _, ids in seen)
    assert len(set().union(*(ids for t, ids in seen if t == "reports"))) == 120


def test_aggregates_per_kabupaten_and_instansi_are_exact_sums(small_store, tmp_path):
    page = _page(small_store, tmp_path)
    kabs = {g["kabupaten"]: g for g in groups_of(page, "lkjip-kabupaten")}
    expected = _rows(small_store, "SELECT kabupaten, COUNT(*), SUM(status = 'failed'), COUNT(DISTINCT instansi) "
                                  "FROM reports GROUP BY kabupaten")
    assert len(kabs) == len(expected) == 7
    for kab, n, failed, offices in expected:
        assert (kabs[kab]["reports"], kabs[kab]["failed"], kabs[kab]["offices"]) == (n, failed, offices)
        totals = _rows(small_store, "SELECT b.anggaran, b.realisasi FROM budget_lines b JOIN reports r USING (report_id) "
                                    "WHERE r.kabupaten = ? AND r.status != 'failed' AND b.level = 'total'", kab)
        ang, real = sum(Decimal(a) for a, _ in totals), sum(Decimal(r) for _, r in totals)
        assert kabs[kab]["anggaran"] == format_money(ang) and kabs[kab]["realisasi"] == format_money(real)
        assert kabs[kab]["serapan"] == format_number(real / ang * 100, 2)
    offices = groups_of(page, "lkjip-instansi")
    assert len(offices) == _rows(small_store, "SELECT COUNT(*) FROM (SELECT DISTINCT kabupaten, instansi FROM reports)")[0][0]
    assert sum(g["reports"] for g in offices) == 120
    n_err = _rows(small_store, "SELECT COUNT(*) FROM flags WHERE severity = 'error'")[0][0]
    assert sum(g["n_error"] for g in kabs.values()) == sum(g["n_error"] for g in offices) == n_err
    for r in reports_of(page):  # each report row points at its own kabupaten and office rows
        assert groups_of(page, "lkjip-kabupaten")[r["kab"]]["kabupaten"] == r["kabupaten"]
        assert offices[r["office"]]["instansi"] == r["instansi"]


def test_page_has_paging_search_and_group_tables(small_store, tmp_path):
    page = _page(small_store, tmp_path)
    assert embedded(page)["lkjip-meta"]["page_size"] == PAGE_SIZE
    for element in ('id="filter-text"', 'id="filter-status"', 'id="kabupaten"', 'id="instansi"', 'id="reports"'):
        assert element in page
    assert "Pager.prototype.go" in page and "function apply()" in page  # the drawing is in the page, not fetched


def test_a_large_corpus_charts_per_kabupaten(small_store, tmp_path, monkeypatch):
    """Beyond MAX_BARS reports a chart draws one bar per kabupaten (exact Σ realisasi / Σ anggaran), so its
    size does not grow with the corpus."""
    monkeypatch.setattr(review_data, "MAX_BARS", 10)
    monkeypatch.setattr(html_charts, "MAX_BARS", 10)
    page = _page(small_store, tmp_path)
    serapan = page[page.index('id="chart-serapan"'):]
    serapan = serapan[: serapan.index("</svg>")]
    kabs = groups_of(page, "lkjip-kabupaten")
    assert serapan.count('<rect class="bar"') == len(kabs) == 7
    for g in kabs:
        assert f"{g['serapan']} %" in serapan
    ikm = page[page.index('id="chart-indikator-1"'):]
    ikm = ikm[: ikm.index("</svg>")]
    assert "Kepuasan" in ikm and "rata-rata per kabupaten" in ikm
    kab = kabs[0]["kabupaten"]
    real = [Decimal(v) for v, in _rows(small_store, "SELECT p.realisasi FROM performance p JOIN reports r USING (report_id) "
                                       "WHERE r.kabupaten = ? AND r.status != 'failed' AND p.tahun = r.tahun "
                                       "AND p.indikator LIKE 'Indeks Kepuasan%'", kab)]
    mean = (sum(real) / len(real)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert f"{kab} realisasi: {format_number(mean)}</title>" in ikm


def test_the_same_page_from_tables_and_from_the_store(small_store, tmp_path):
    with Store(small_store) as store:
        tables = store.load_tables()
    a = write_html(tables, tmp_path / "a.html").read_text(encoding="utf-8")
    b = write_html_from_db(small_store, tmp_path / "b.html").read_text(encoding="utf-8")
    assert embedded(a) == embedded(b)


def test_a_store_written_before_a_column_was_added(tmp_path):
    """A column the contract added later (flags.uncertain) reads as empty from an older store."""
    db = generate_store(tmp_path / "lkjip.sqlite", 12)
    with sqlite3.connect(db) as conn:
        conn.execute("ALTER TABLE flags DROP COLUMN uncertain")
    flags = [f for r in reports_of(_page(db, tmp_path)) for f in r["flags"]]
    assert flags and all(f["uncertain"] is None for f in flags)


def test_a_missing_or_foreign_store_is_a_clear_error(tmp_path):
    out = tmp_path / "report.html"
    with pytest.raises(InputError, match="no SQLite store"):
        write_html_from_db(tmp_path / "nope.sqlite", out)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(InputError, match="not a SQLite store"):
        write_html_from_db(junk, out)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not an lkjip store"):
        write_html_from_db(other, out)
    assert not out.exists() and not list(tmp_path.glob(".report.html*"))


def _text(d: dict, keys: tuple[str, ...]) -> str:
    return " ".join("" if d[k] is None else str(d[k]) for k in keys)


def _search(reports: list[dict], query: str, *, in_flags: bool = False) -> int:
    """The page's search, in Python: every word of the query in instansi, kabupaten, tahun, file or rules, and
    with ``in_flags`` also in the flags' rule, message, expected, found, table and evidence."""
    terms = query.lower().split()
    hays = [(_text(r, ("instansi", "kabupaten", "tahun", "source_file", "rules")) + " " + (" ".join(
        _text(f, ("rule", "message", "expected", "found", "source_table", "evidence")) for f in r["flags"])
        if in_flags else "")).lower() for r in reports]
    return sum(all(t in h for t in terms) for h in hays)


@pytest.mark.browser
def test_a_page_of_500_reports_renders_pages_and_searches_in_chromium(tmp_path):
    exe = require_tool("chromium", "chromium")
    db = generate_store(tmp_path / "lkjip.sqlite", 500)
    page = write_html_from_db(db, tmp_path / "report.html")
    reports = reports_of(page.read_text(encoding="utf-8"))
    one = next(r for r in reports[123:] if r["flags"])
    queries = [one["source_file"], one["kabupaten"], f"{one['kabupaten']} {one['tahun']}", "budget.sisa", "zzz-nothing"]
    word = one["flags"][0]["evidence"].split()[-2].lower()  # a name from this report's evidence
    queries.append(word)
    visit = open_page(page, queries, [word, f"{word} {one['tahun']}"], exe=exe)
    assert visit.errors == []
    assert (visit.report_rows, visit.report_pages, visit.first_page_rows) == (500, 500 // PAGE_SIZE, PAGE_SIZE)
    assert visit.kabupaten_rows == len(groups_of(page.read_text(encoding="utf-8"), "lkjip-kabupaten"))
    assert visit.instansi_rows == _rows(db, "SELECT COUNT(*) FROM (SELECT DISTINCT kabupaten, instansi FROM reports)")[0][0]
    assert visit.page2_first == reports[PAGE_SIZE]["report_id"]
    assert visit.searches == {q: _search(reports, q) for q in queries}
    assert visit.searches[one["source_file"]] == 1 and visit.searches["zzz-nothing"] == 0
    assert visit.flag_searches == {q: _search(reports, q, in_flags=True) for q in visit.flag_searches}
    assert visit.flag_searches[word] > visit.searches[word]  # found in the evidence, not in the index alone
    assert 0 < visit.searches[queries[2]] < visit.searches[queries[1]] < 500
    most_errors = min(range(500), key=lambda i: (-reports[i]["n_error"], -reports[i]["n_warning"], i))
    lowest = min((i for i in range(500) if reports[i]["serapan"]),
                 key=lambda i: (Decimal(reports[i]["serapan"].replace(".", "").replace(",", ".")), i))
    assert visit.sorted_first == {"error": reports[most_errors]["report_id"], "serapan": reports[lowest]["report_id"]}
    kab = visit.picked_kabupaten  # the first kabupaten by name, clicked: its reports and offices
    assert kab == min(r["kabupaten"] for r in reports)
    assert (visit.picked_reports, visit.picked_offices) == _rows(
        db, "SELECT COUNT(*), COUNT(DISTINCT instansi) FROM reports WHERE kabupaten = ?", kab)[0]
    opened = next(r for r in reports if r["report_id"] == visit.opened_report)
    assert visit.opened_flags == len(opened["flags"]) > 0
    shown = [s.split(" ")[0] for s in visit.opened_severities]
    assert shown == [s for s in ("error", "warning", "info") if any(f["severity"] == s for f in opened["flags"])]

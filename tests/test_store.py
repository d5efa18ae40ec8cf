"""The SQLite store and the Parquet export: exact money, atomic replace, contract columns, extension."""

from __future__ import annotations

import datetime as dt
import sqlite3
import typing
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_batch_fake import make_report

from lkjip import model as M
from lkjip.corpus.store import FILES_TABLE, Store, column_kinds, table_to_arrow, write_parquet
from lkjip.tables import CONTRACT, SCHEMA, ColumnSpec


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "lkjip.sqlite")
    yield s
    s.close()


def _norm(df):
    """Compare frames cell by cell, missing values as None."""
    return [[None if v is None or (isinstance(v, float) and v != v) else v for v in row]
            for row in df.itertuples(index=False, name=None)]


def test_every_contract_table_and_column_exists_with_an_index(store):
    for table, cols in CONTRACT.items():
        have = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
        assert have == cols, table
    indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    for table in CONTRACT:
        if table != "reports":
            assert f"idx_{table}_report_id" in indexes
    assert [r[1] for r in store.conn.execute(f"PRAGMA table_info({FILES_TABLE})")] == ["path", "sha256",
                                                                                       "report_id", "size"]


def test_money_is_stored_as_exact_decimal_text(store):
    r = make_report(anggaran="2662394679.00", realisasi="2508522933.10")
    store.replace_report(r.report_id, r.to_tables())
    raw = store.conn.execute("SELECT anggaran, realisasi, typeof(anggaran) FROM budget_lines "
                             "WHERE level='total'").fetchone()
    assert raw == ("2662394679.00", "2508522933.10", "text")
    loaded = store.load_table("budget_lines")
    total = loaded[loaded["level"] == "total"].iloc[0]
    assert total["anggaran"] == Decimal("2662394679.00") and isinstance(total["anggaran"], Decimal)
    assert str(total["realisasi"]) == "2508522933.10"


def test_round_trip_equals_to_tables(store):
    r = make_report()
    tables = r.to_tables()
    store.replace_report(r.report_id, tables)
    loaded = store.load_tables()
    for name, df in tables.items():
        assert list(loaded[name].columns) == CONTRACT[name]
        assert _norm(loaded[name]) == _norm(df), name


def test_replace_is_atomic_and_never_duplicates(store):
    r = make_report()
    for _ in range(3):
        store.replace_report(r.report_id, r.to_tables())
    assert store.conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM budget_lines").fetchone()[0] == 2
    # a failing insert rolls the whole report back: the old rows stay
    bad = r.to_tables()
    bad["flags"] = bad["flags"].assign(report_id="someone-else")
    with pytest.raises(ValueError):
        store.replace_report(r.report_id, bad)
    assert store.conn.execute("SELECT count(*) FROM budget_lines").fetchone()[0] == 2
    assert store.conn.execute("SELECT count(*) FROM flags").fetchone()[0] == 1


def test_delete_reports_and_rule_flags(store):
    a, b = make_report("Kecamatan A"), make_report("Kecamatan B")
    for r in (a, b):
        store.replace_report(r.report_id, r.to_tables())
    flags = b.to_tables()["flags"].assign(rule="corpus.outlier", severity="info")
    store.replace_rule_flags("corpus.", flags)
    store.replace_rule_flags("corpus.", flags)  # replaced, not appended
    assert store.conn.execute("SELECT count(*) FROM flags WHERE rule LIKE 'corpus.%'").fetchone()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM flags").fetchone()[0] == 3
    store.delete_reports([a.report_id])
    assert store.report_ids() == {b.report_id}
    assert set(store.load_table("budget_lines")["report_id"]) == {b.report_id}


def test_an_older_database_gets_new_contract_columns(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE flags (report_id TEXT, rule TEXT)")  # written before the contract grew
    con.commit()
    con.close()
    s = Store(path)
    assert [r[1] for r in s.conn.execute("PRAGMA table_info(flags)")] == ["report_id", "rule"] + [
        c for c in CONTRACT["flags"] if c not in ("report_id", "rule")]
    s.close()


def test_column_kinds_are_declared_by_the_contract():
    assert column_kinds("budget_lines")["anggaran"] == "money"
    assert column_kinds("budget_lines")["persen"] == "percent"
    assert column_kinds("performance")["realisasi"] == "decimal"  # an indicator value, not money
    assert column_kinds("performance")["realisasi_anggaran"] == "money"
    assert column_kinds("flags")["uncertain"] == "bool"
    assert column_kinds("signatories")["date"] == "date"
    assert column_kinds("reports")["n_errors"] == "int"
    assert column_kinds(FILES_TABLE) == {"path": "text", "sha256": "text", "report_id": "text", "size": "int"}
    for table, cols in SCHEMA.items():
        assert list(column_kinds(table)) == CONTRACT[table] == [c.name for c in cols]


#: the model each contract table flattens
TABLE_MODELS = {"budget_lines": M.BudgetLine, "pk_targets": M.PKTarget, "pk_budgets": M.PKBudget,
                "renstra_targets": M.RenstraTarget, "performance": M.Performance, "cascading": M.CascadingRow,
                "flags": M.Flag, "permasalahan": M.Permasalahan, "signatories": M.Signatory,
                "claims": M.NarrativeClaim, "parse_warnings": M.ParseWarning,
                "budget_summary": M.BudgetSummaryLine}
KIND_OF_TYPE = {Decimal: ("money", "percent", "decimal"), int: ("int",), bool: ("bool",), dt.date: ("date",),
                str: ("text",)}


def _field_type(annotation):
    """``X | None`` → X; a Literal of strings → str."""
    if typing.get_origin(annotation) is typing.Literal:
        return str
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    return _field_type(args[0]) if args else annotation


@pytest.mark.parametrize("table", sorted(TABLE_MODELS))
def test_declared_kinds_agree_with_the_models(table):
    """A column flattened from a model field declares the kind of the field's type (a Decimal is money,
    percent or decimal; the contract says which)."""
    fields = TABLE_MODELS[table].model_fields
    for col, kind in column_kinds(table).items():
        if col in fields:
            assert kind in KIND_OF_TYPE[_field_type(fields[col].annotation)], (table, col)


def test_an_unknown_kind_is_a_schema_error():
    with pytest.raises(ValueError, match="unknown kind 'float'"):
        ColumnSpec("x", "float")


def test_parquet_money_is_decimal128_and_exact(tmp_path, store):
    r = make_report(anggaran="2662394679.00", realisasi="2508522933.10")
    store.replace_report(r.report_id, r.to_tables())
    tables = store.load_tables()
    write_parquet(tables, tmp_path / "parquet")
    assert sorted(p.stem for p in (tmp_path / "parquet").glob("*.parquet")) == sorted(CONTRACT)
    t = pq.read_table(tmp_path / "parquet" / "budget_lines.parquet")
    for col in ("anggaran", "realisasi", "sisa"):  # the money columns
        assert column_kinds("budget_lines")[col] == "money" and t.schema.field(col).type == pa.decimal128(20, 2)
    assert t.schema.field("persen").type == pa.decimal128(38, 10)
    assert t.column_names == CONTRACT["budget_lines"]
    assert Decimal("2508522933.10") in t.column("realisasi").to_pylist()
    perf = pq.read_table(tmp_path / "parquet" / "performance.parquet")
    assert perf.schema.field("realisasi").type == pa.decimal128(38, 10)
    assert perf.schema.field("tahun").type == pa.int64()
    assert not list((tmp_path / "parquet").glob(".*"))  # no temporary files left


def test_parquet_keeps_a_value_that_does_not_fit_as_exact_text(store):
    r = make_report(anggaran="1.125")  # three decimals cannot be decimal128(20, 2) without rounding
    store.replace_report(r.report_id, r.to_tables())
    t = table_to_arrow("budget_lines", store.load_table("budget_lines"))
    assert t.schema.field("anggaran").type == pa.string()
    assert "1.125" in t.column("anggaran").to_pylist()


@settings(max_examples=40)
@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**15, max_value=10**15))
def test_any_rupiah_amount_survives_sqlite_and_parquet(tmp_path_factory, amount):
    s = Store(tmp_path_factory.mktemp("db") / "x.sqlite")
    try:
        r = make_report(anggaran=str(amount), realisasi=str(amount) if amount else "0")
        tables = r.to_tables()
        s.replace_report(r.report_id, tables)
        loaded = s.load_table("budget_lines")
        assert loaded["anggaran"].tolist() == [amount, amount]
        arrow = table_to_arrow("budget_lines", loaded)
        assert arrow.column("anggaran").to_pylist() == [amount, amount]
    finally:
        s.close()


def test_rows_made_ready_in_a_worker_store_as_the_tables_do(tmp_path):
    """A batch worker converts its report's rows (``sql_rows``); the store holds the same as from tables."""
    from lkjip.corpus.store import sql_rows

    r = make_report("Kecamatan Siap")
    a, b = Store(tmp_path / "a.sqlite"), Store(tmp_path / "b.sqlite")
    a.replace_report(r.report_id, r.to_tables())
    b.replace_report(r.report_id, sql_rows(r.to_tables()))
    for table in CONTRACT:
        assert a.load_table(table).equals(b.load_table(table)), table
    with pytest.raises(ValueError, match="another report"):
        b.replace_report("someone-else", sql_rows(r.to_tables()))


def test_a_workers_rows_store_what_the_reports_tables_store(tmp_path):
    """The batch worker flattens a report straight into rows (report_sql_rows, no DataFrame): the store must
    hold exactly what storing ``report.to_tables()`` holds, every table, every value and its SQLite type."""
    from conftest import SEED

    from lkjip import extract_report
    from lkjip.corpus.store import report_sql_rows

    reports = [make_report("Kecamatan Satu"), make_report("Kecamatan Dua", anggaran="15279011", ikm_prev=None)]
    if SEED.exists():
        reports.append(extract_report(SEED))
    dumps = []
    for name, rows_of in (("frames", lambda r: r.to_tables()), ("rows", report_sql_rows)):
        with Store(tmp_path / f"{name}.sqlite") as st_:
            for r in reports:
                st_.replace_report(r.report_id, rows_of(r))
            dumps.append({t: st_.conn.execute(f"SELECT *, {', '.join(f'typeof({c})' for c in cols)} FROM {t} "
                                              "ORDER BY rowid").fetchall() for t, cols in CONTRACT.items()})
    # not vacuous: the two made reports alone fill 17 rows, the seed (when ../shared is present) many more
    assert sum(len(v) for v in dumps[0].values()) > (50 if SEED.exists() else 15)
    assert dumps[0] == dumps[1]

"""A misread must not look like a contradiction (issue #12 item 5), ``pk.missing_indicator``:

- a PK "indicator" named by an amount of money ("Rp 2.038.832.288") is a row of the PK's program budget part read
  as a target, on any page: its flag is an uncertain warning;
- an indicator of the capaian table "not in the PK" while a table under the PK's own label could not be read (a
  part of its target table continued on the next page, read with its columns astray) may stand in that part:
  an uncertain warning too.

A PK indicator really missing from the capaian table, or a capaian indicator missing from a PK read whole, stays
an error."""

from __future__ import annotations

from decimal import Decimal as D

from test_ocr_unsure_numbers import INDICATORS, _column, _flags, _pk_missing, report

from lkjip.model import PerjanjianKinerja, PKTarget, Provenance, TableInfo


def test_a_pk_indicator_named_by_an_amount_is_a_budget_row_read_as_a_target():
    (flag,) = _pk_missing([*INDICATORS, "Rp 2.038.832.288"], ocr=[])
    assert flag.severity == "warning" and flag.uncertain
    assert "adalah jumlah uang, baris anggaran PK terbaca sebagai target" in flag.message


def test_a_pk_indicator_really_missing_stays_an_error_beside_it():
    flags = _pk_missing([*INDICATORS, "Rp. 121.830.089", "Persentase lembaga kemasyarakatan desa yang aktif"], ocr=[])
    assert sorted((f.severity, f.uncertain) for f in flags) == [("error", False), ("warning", True)]


def _pk_of_one(unread_part: bool) -> list:
    pk = PerjanjianKinerja(tahun=2021, label="Lampiran PK 2021", targets=[
        PKTarget(indikator=INDICATORS[0], target=D("75"), target_text="75",
                 source=Provenance(table="Lampiran PK 2021", page=10, line_no=100))])
    found = [TableInfo(label="Lampiran PK 2021", kind="pk_targets", page=10, n_rows=1)]
    if unread_part:  # the rest of its target table on the next page, read as no table of a known kind
        found.append(TableInfo(label="Lampiran PK 2021", kind="unknown", page=11, n_rows=4, found_by="context"))
    rep = report(_column("Tabel 3.1", ["77,96", "75", "81"], 50), [], pks=[pk], tables_found=found)
    rep.ocr_pages, rep.input_format = [], "pdf"
    return _flags(rep, "pk.missing_indicator")


def test_capaian_indicators_not_in_a_pk_with_an_unread_part_are_uncertain():
    flags = _pk_of_one(unread_part=True)
    assert len(flags) == 2 and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("sebagian tabel Lampiran PK 2021 (hal. 11) tidak terbaca" in f.message for f in flags)


def test_capaian_indicators_not_in_a_pk_read_whole_stay_errors():
    flags = _pk_of_one(unread_part=False)
    assert len(flags) == 2 and all(f.severity == "error" and not f.uncertain for f in flags)


def test_a_pk_whose_budget_part_ran_into_its_target_table_gives_uncertain_warnings():
    # a PK program budget row ("Penunjang Urusan Rp 3.224.637.701 Pemerintahan …", target "APBD") among its targets
    flags = _pk_missing([*INDICATORS[:2], "Penunjang Urusan Rp 3.224.637.701 Pemerintahan Daerah"], ocr=[])
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("bagian anggaran PK terbaca ke tabel targetnya" in f.message for f in flags)


def test_a_pk_read_whole_missing_an_indicator_stays_an_error():
    (flag,) = _pk_missing(INDICATORS[:2], ocr=[])
    assert flag.severity == "error" and not flag.uncertain

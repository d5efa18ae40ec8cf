"""A budget row's wrapped line read as a row of its own because a narrow output column wrapped a number too
("10" over "0", "1" over "Dokumen"): the line folds into its row (issue #12)."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.records import Sink, budget_lines

HEAD = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""],
        ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]]


def _lines(body: list[list[str]]):
    return budget_lines(found_table(HEAD + body, "Lampiran 3 Rincian Anggaran per kegiatan", header_rows=2), Sink())


def test_wrapped_line_with_a_percents_last_digit_and_a_unit_folds_into_its_row():
    lines = _lines([
        ["1)", "Perencanaan,", "161.733.845,-", "158.099.593,-", "97,75", "Persentase", "100%", "100%", "10"],
        ["", "Penganggaran, dan Evaluasi", "", "", "", "dokumen perencanaan", "", "", "0"],
        ["1)", "Koordinasi dan", "89.528.254,-", "85.894.002,-", "95,94", "Jumlah", "1", "1", "10"],
        ["", "Penyusunan Dokumen RKA", "", "", "", "Dokumen RKA-SKPD", "Dokumen", "Dokumen", "0"]])
    assert [(x.uraian, x.output_uraian, x.output_persen) for x in lines] == [
        ("Perencanaan, Penganggaran, dan Evaluasi", "Persentase dokumen perencanaan", D(100)),
        ("Koordinasi dan Penyusunan Dokumen RKA", "Jumlah Dokumen RKA-SKPD", D(100))]
    assert lines[1].output_satuan == "Dokumen" and lines[1].output_target == D(1)


def test_a_line_with_a_number_no_cell_above_continues_stays_a_row():
    lines = _lines([
        ["1)", "Perencanaan", "161.733.845,-", "158.099.593,-", "97,75", "Persentase dokumen", "100%", "100%", "100"],
        ["", "Penyusunan Dokumen", "", "", "", "Jumlah Dokumen", "2", "", ""]])
    assert len(lines) == 2

"""The rest of a budget line's name on a line of its own (issue #12).

A page break (or a wrap the reader kept apart) can leave the end of a sub kegiatan's name on its own line, with no
number and no amount: "Pelaksanaan Urusan Pemerintahan" … then "yang Dilimpahkan kepada Camat". Read as a line of
its own it was one more sub kegiatan, without anggaran, and the validator said the text's count of sub kegiatan
disagreed with the table (a false `text.count`). Words starting in lower case with no number or amount in the row
are the name above carried on.
"""

from __future__ import annotations

from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

HEAD = ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN CONTOH KABUPATEN CONTOH\nTAHUN 2022\n\n"
        "BAB III AKUNTABILITAS KINERJA\n\nPada tahun 2022 dilaksanakan 1 program, 1 kegiatan dan 2 sub kegiatan.\n\n"
        "Tabel 3.7 Realisasi Anggaran per Kegiatan\n")
ROWS = [["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"],
        ["A.", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "400.000", "360.000", "90,00"],
        ["1", "Pelaksanaan Urusan Pemerintahan", "400.000", "360.000", "90,00"],
        ["1.", "Pelaksanaan Urusan Pemerintahan", "200.000", "180.000", "90,00"],
        ["", "yang Dilimpahkan kepada Camat", "", "", ""],
        ["2.", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "200.000", "180.000", "90,00"]]


def _report(rows: list[list[str]]):
    text = HEAD + "\n".join("\t".join(r) for r in rows) + "\n\nBAB IV PENUTUP\n"
    report = extract_document(read_text_string(text, "t.txt"))
    validate_report(report)
    return report


def test_a_name_carried_on_a_line_of_its_own_ends_the_line_above():
    report = _report(ROWS)
    subs = [b for b in report.budget_lines if b.level == "sub_kegiatan"]
    assert [b.uraian for b in subs] == ["Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
                                        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan"]
    assert [b.anggaran for b in subs] == [200000, 200000]
    assert not [f for f in report.flags if f.rule == "text.count"]


def test_a_line_with_a_number_or_a_capital_stays_a_line():
    rows = [list(r) for r in ROWS]
    rows[4][1] = "Yang Dilimpahkan kepada Camat"  # a name of its own, printed without amounts
    subs = [b for b in _report(rows).budget_lines if b.level == "sub_kegiatan"]
    assert len(subs) == 3
    rows[4][1], rows[4][2] = "yang dilimpahkan", "0"
    subs = [b for b in _report(rows).budget_lines if b.level == "sub_kegiatan"]
    assert len(subs) == 3

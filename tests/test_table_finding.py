"""Tables are found by header signature and mapped by wording, not by position or caption."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal as D

from lkjip.extract.headers import build_columns, is_header_like, is_numbering_row
from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document

BUDGET_ROWS = [
    ("", "BELANJA LANGSUNG", "1.300.000,00", "1.250.000,00", "96,15"),
    ("A.", "PROGRAM PELAYANAN ADMINISTRASI KANTOR", "1.000.000,00", "950.000,00", "95,00"),
    ("1", "Administrasi Umum", "1.000.000,00", "950.000,00", "95,00"),
    ("1.", "Penyediaan Alat Tulis", "400.000", "400.000", "100,00"),
    ("2.", "Penyediaan Jasa Kebersihan", "600.000", "550.000", "91,67"),
    ("B.", "PROGRAM KETERTIBAN UMUM", "300.000,00", "300.000,00", "100,00"),
    ("1.", "Patroli Wilayah", "300.000,00", "300.000,00", "100,00"),
    ("1.", "Patroli Malam", "300.000", "300.000", "100,00"),
    ("JUMLAH", "", "1.300.000,00", "1.250.000,00", "96,15"),
]


def _report(table_lines: list[str], caption: str | None = "Tabel 3.7 Realisasi Anggaran Per Kegiatan") -> str:
    head = ["**LAPORAN KINERJA INSTANSI PEMERINTAH**", "", "**KECAMATAN SUKAMAJU", "TAHUN 2023**", "",
            "Uraian pengantar laporan.", ""]
    body = ([caption, ""] if caption else []) + table_lines + [""]
    return "\n".join(head + body)


def _table(order: list[int], header: list[str]) -> list[str]:
    lines = ["\t".join(header[i] for i in order)]
    lines += ["\t".join(row[i] for i in order) for row in BUDGET_ROWS]
    return lines


def _extract(text: str):
    return extract_document(read_text_string(text, "test.txt"))


HEADER = ["No", "Uraian", "Anggaran", "Realisasi", "%"]


def _check_budget(report, label_prefix: str):
    (label,) = report.budget_tables()
    assert label.startswith(label_prefix)
    lines = report.budget_table(label)
    assert Counter(b.level for b in lines) == {"total": 2, "program": 2, "kegiatan": 2, "sub_kegiatan": 3}
    jasa = next(b for b in lines if b.uraian == "Penyediaan Jasa Kebersihan")
    assert (jasa.anggaran, jasa.realisasi, jasa.persen) == (D(600000), D(550000), D("91.67"))
    assert lines[-1].uraian == "JUMLAH" and lines[-1].level == "total"


def test_plain_table():
    report = _extract(_report(_table([0, 1, 2, 3, 4], HEADER)))
    assert report.meta.instansi == "Kecamatan Sukamaju" and report.meta.tahun == 2023
    _check_budget(report, "Tabel 3.7")


def test_shuffled_columns():
    report = _extract(_report(_table([1, 4, 3, 0, 2], HEADER)))
    _check_budget(report, "Tabel 3.7")


def test_synonym_headers():
    synonyms = ["Nomor", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Persen"]
    report = _extract(_report(_table([0, 1, 2, 3, 4], synonyms)))
    _check_budget(report, "Tabel 3.7")


def test_missing_caption_still_found():
    report = _extract(_report(_table([0, 1, 3, 2, 4], HEADER), caption=None))
    info = [t for t in report.tables_found if t.kind == "budget"]
    assert len(info) == 1 and info[0].found_by == "header"
    _check_budget(report, "Tabel tanpa judul")


def test_wrong_caption_does_not_decide_kind():
    report = _extract(_report(_table([0, 1, 2, 3, 4], HEADER), caption="Tabel 9.9 Capaian Kinerja Sasaran"))
    assert [t.kind for t in report.tables_found] == ["budget"]


def test_repeated_header_is_one_table():
    lines = _table([0, 1, 2, 3, 4], HEADER)
    split = lines[:5] + ["", lines[0]] + lines[5:]
    report = _extract(_report(split))
    _check_budget(report, "Tabel 3.7")
    assert any("repeated header" in w.message for w in report.warnings)


def test_two_level_header_with_shifted_group_label():
    head = [["SASARAN", "INDIKATOR", "TARGET", "", "REALISASI", "", ""],
            ["", "", "2023", "2020", "2021", "2022", "2023"]]
    cols = build_columns(head, 7)
    assert [c.text for c in cols[2:]] == ["TARGET / 2023", "REALISASI / 2020", "REALISASI / 2021",
                                          "REALISASI / 2022", "REALISASI / 2023"]


def test_header_detection():
    assert is_numbering_row(["1", "2", "3", "4"]) and is_numbering_row(["(1)", "(2)", "(3)"])
    assert not is_numbering_row(["1", "3", "4"])
    assert is_header_like(["Realisasi Tahun 2021", "Target", "%"])
    assert not is_header_like(["1", "Program X", "1.000.000"])


# --- the label of the budget-detail lampiran (issue #12: PDF readers merge a list's entries) ----------------------

def _lampiran_doc(toc_lines: list[str], before_table: list[str]) -> str:
    head = ["**LAPORAN KINERJA INSTANSI PEMERINTAH**", "", "**KECAMATAN SUKAMAJU", "TAHUN 2023**", "",
            "DAFTAR LAMPIRAN", *toc_lines, ""]
    return "\n".join(head + before_table + [""] + _table([0, 1, 2, 3, 4], HEADER) + [""])


def test_rincian_lampiran_named_from_its_list_entry():
    toc = ["Lampiran 1\tPerjanjian Kinerja Tahun 2023", "Lampiran 2\tPelaksanaan Program dan Kegiatan"]
    report = _extract(_lampiran_doc(toc, ["PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023"]))
    assert report.budget_tables() == ["Lampiran 2"]


def test_rincian_lampiran_found_in_merged_list_entries():
    # a PDF reader may merge the list into one cell or line: every "Lampiran N title" in it still counts
    merged = ["Lampiran 1 Perjanjian Kinerja Tahun 2023 (PK 2023) Lampiran 4 Pelaksanaan Program dan Kegiatan\t5"]
    report = _extract(_lampiran_doc(merged, ["PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023"]))
    assert report.budget_tables() == ["Lampiran 4"]
    # a sentence pointing at a lampiran ("… ada di Lampiran-2") is not an entry naming its content
    pointer = ["Rincian anggaran per kegiatan ada di Lampiran-2\t5"]
    report = _extract(_lampiran_doc(pointer, ["PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023"]))
    assert report.budget_tables() == ["Lampiran Rincian Anggaran"]


def test_running_text_about_programs_does_not_name_the_next_table():
    sentence = ("Laporan ini merupakan pertanggungjawaban dari pelaksanaan program maupun kegiatan masing-masing "
                "seksi sesuai dengan tugas pokok dan fungsinya selama satu tahun anggaran.")
    toc = ["Lampiran 3\tRincian Anggaran per kegiatan"]
    report = _extract(_lampiran_doc(toc, [sentence]))
    # an uncaptioned table after running text is untitled, not the budget lampiran the sentence mentions
    assert report.budget_tables() == ["Tabel tanpa judul 1"]


def test_references_read_from_merged_list_entries_raise_no_false_reference_error():
    # the list of lampiran as a PDF reader may leave it: heading and entries merged into one cell per row
    merged = ["DAFTAR LAMPIRAN Lampiran 1 Perjanjian Kinerja Tahun 2023 (PK 2023)\t27",
              "Lampiran 2 Perjanjian Kinerja Tahun 2024 (PK 2024) Lampiran 3 Pelaksanaan Program dan Kegiatan\t28"]
    pointer = "Rincian anggaran per kegiatan dan sub kegiatan terdapat pada Lampiran-3."
    report = _extract(_lampiran_doc(merged, [pointer, "", "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023"]))
    listed = sorted((r.label, r.title) for r in report.references if r.context == "daftar")
    assert listed == [("Lampiran 1", "Perjanjian Kinerja Tahun 2023 (PK 2023)"),
                      ("Lampiran 2", "Perjanjian Kinerja Tahun 2024 (PK 2024)"),
                      ("Lampiran 3", "Pelaksanaan Program dan Kegiatan")]
    assert not [f for f in report.flags if f.rule == "doc.reference"]
    assert report.budget_tables() == ["Lampiran 3"]


def test_rincian_lampiran_from_the_texts_pointer_when_no_list_entry_is_read():
    pointer = "Rincian anggaran per kegiatan dan sub kegiatan terdapat pada Lampiran-4."
    glued = ["Lampiran 1 Lampiran 2\tPerjanjian Kinerja Tahun 2023 Pelaksanaan Program dan Kegiatan"]
    report = _extract(_lampiran_doc(glued, [pointer, "", "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023"]))
    assert report.budget_tables() == ["Lampiran 4"]
    # a list entry that names it wins over the pointer (which doc.reference then checks against the list)
    listed = ["Lampiran 1\tPerjanjian Kinerja Tahun 2023", "Lampiran 2\tPelaksanaan Program dan Kegiatan"]
    report = _extract(_lampiran_doc(listed, [pointer, "", "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2023"]))
    assert report.budget_tables() == ["Lampiran 2"]


def test_a_year_after_tabel_is_no_reference_to_a_table():
    from lkjip.extract.meta import find_references

    doc = read_text_string("Capaian disajikan pada Tabel 2.1 dan tabel 2021 berikut, serta Lampiran-3.\n", "t.txt")
    assert [r.label for r in find_references(doc)] == ["Tabel 2.1", "Lampiran 3"]

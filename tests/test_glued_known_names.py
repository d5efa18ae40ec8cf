"""A scanned table of two or three rows whose indicator cell holds two indicators ("Indeks Kepuasan Masyarakat (IKM)
Persentase partisipasi …"): no word opens enough of its names to count, so the names other tables print tell it —
the whole of one followed by the opening words of another (``validate.glued_names``)."""

from __future__ import annotations

from lkjip.validate.glued_names import glued_names

IKM, PART = "Indeks Kepuasan Masyarakat (IKM)", "Persentase partisipasi masyarakat dalam musyawarah desa"
ELSEWHERE = [("Tabel 2.2", 9, IKM), ("Tabel 2.2", 9, PART), ("Tabel 3.2", 11, IKM), ("Tabel 3.2", 11, PART)]


def test_two_known_indicators_in_one_cell_of_a_two_row_table():
    glued = f"{IKM} Persentase partisipasi masyarakat"
    rows = [("Tabel 3.1", 10, glued), ("Tabel 3.1", 10, glued), *ELSEWHERE]
    assert glued_names(rows, set(range(1, 20))) == {"Tabel 3.1": glued}


def test_one_known_indicator_whole_stays_sound():
    rows = [("Tabel 3.1", 10, IKM), ("Tabel 3.1", 10, PART), *ELSEWHERE]
    assert glued_names(rows, set(range(1, 20))) == {}


def test_a_known_name_that_goes_on_with_words_of_no_other_stays_sound():
    rows = [("Tabel 3.1", 10, f"{IKM} tingkat kecamatan tahunan"), ("Tabel 3.1", 10, PART), *ELSEWHERE]
    assert glued_names(rows, set(range(1, 20))) == {}


def test_an_uncertain_name_match_on_a_scanned_page_is_a_warning():
    from lkjip.model import Flag, Report
    from lkjip.validate.engine import Wording, doubtful_as_warnings

    f = Flag(rule="pk.target_mismatch", severity="error", source_table="Tabel 3.1", page=10, found="79,15",
             expected="65%", message="Target 2021 … tercetak 79,15, tetapi PK 2021 menetapkan 65% (pencocokan nama "
             "tidak pasti)", uncertain=True)
    scan = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", ocr_pages=[10])
    [g] = doubtful_as_warnings(scan, [f], Wording("id"))
    assert g.severity == "warning" and "OCR" in g.message
    text = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf")
    [h] = doubtful_as_warnings(text, [f], Wording("id"))
    assert h.severity == "error"  # a text PDF's names are read as printed: the match is the report's own

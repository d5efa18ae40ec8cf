"""A misread must not look like a contradiction (issue #12 item 5).

A table whose sums fail at many places at once, whose value column is left empty while the column beside it
holds two numbers per cell, whose lines mostly carry no amount at all, or that continues a table it does not fit,
is read doubtfully: its flags are
uncertain warnings naming the doubt ("pembacaan tabel tidak pasti: …"), never errors. A sound table with one
wrong number keeps its error.
"""

from __future__ import annotations

from budget_text import COLUMNS, HEAD, budget_rows, text_report

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.read_text import read_text_string
from lkjip.extract.stitch import empty_value_column, stitch_document
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report


def _rows() -> list[list[str]]:
    return budget_rows()


def _report(rows: list[list[str]]):
    return text_report(rows)


def _misread(rows: list[list[str]]) -> list[list[str]]:
    """The amounts of the sub kegiatan rows read one column to the left, as a column cut in the wrong place does."""
    return [[r[0], r[1], r[3], r[4], ""] if r[0].endswith(".") and r[0][0].isdigit() else r for r in rows]


def test_the_sound_table_raises_nothing():
    assert not [f for f in _report(_rows()).flags if f.rule.startswith("budget.")]


def test_a_misread_table_gives_uncertain_warnings_with_the_reason_not_errors():
    flags = [f for f in _report(_misread(_rows())).flags if f.source_table == "Tabel 3.7"]
    assert len(flags) >= 8  # every kegiatan's anggaran and realisasi no longer add up
    assert all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("pembacaan tabel tidak pasti: jumlah tidak cocok di 4 tempat sekaligus" in f.message for f in flags)


def test_one_wrong_number_in_a_sound_table_stays_an_error():
    rows = _rows()
    rows[3][2] = "250.000"  # one sub kegiatan's anggaran no longer adds up to its kegiatan
    flags = [f for f in _report(rows).flags if f.rule == "budget.children_sum"]
    assert flags and all(f.severity == "error" and not f.uncertain for f in flags)


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=r) for r in rows])


def test_an_empty_value_column_beside_two_numbers_per_cell_is_a_doubt():
    merged = [[r[0], r[1], f"{r[2]} {r[3]}", "", r[4]] for r in _rows()]
    assert "kolom 'REALISASI' kosong" in (empty_value_column(_table([COLUMNS, *merged])) or "")
    assert empty_value_column(_table([COLUMNS, *_rows()])) is None


def test_a_value_column_of_words_beside_a_headerless_column_of_numbers_is_a_doubt():
    from lkjip.extract.stitch import worded_value_column

    head = [["Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "", "Biaya", ""],
            ["", "", "Target", "Realisasi", "", "%", "Anggaran (Rp)", "Realisasi (Rp)"]]
    # the indicator's words under "Target", the targets under "Realisasi", the realisasi under no header
    shifted = [["Meningkatnya partisipasi", "Persentase partisipasi", "masyarakat dalam musyawarah", "77", "78",
                "101,3", "90.053.315,-", "90.053.315,-"],
               ["Menurunnya gangguan", "Persentase", "penanganan gangguan ketertiban", "82", "81", "98,78",
                "65.812.424,-", "65.053.926,-"]]
    table = Table(rows=[*(TableRow(cells=r, is_header=True) for r in head), *(TableRow(cells=r) for r in shifted)])
    assert "kolom 'Target' berisi kata tanpa angka" in (worded_value_column(table) or "")
    sound = [[r[0], f"{r[1]} {r[2]}", r[3], r[4], "", r[5], r[6], r[7]] for r in shifted]
    table = Table(rows=[*(TableRow(cells=r, is_header=True) for r in head), *(TableRow(cells=r) for r in sound)])
    assert worded_value_column(table) is None
    # targets printed as words ("Baik") with no numbers under a headerless column are no doubt
    words = [[r[0], r[1], "Baik", "Baik", "", "100", r[6], r[7]] for r in sound]
    table = Table(rows=[*(TableRow(cells=r, is_header=True) for r in head), *(TableRow(cells=r) for r in words)])
    assert worded_value_column(table) is None


def test_a_headerless_continuation_that_fits_no_table_is_a_doubt():
    other = [["1", "Rapat koordinasi", "12 kali", "x"], ["2", "Monitoring desa", "4 kali", "y"]]
    doc = Document(source_file="t", input_format="docx", blocks=[_table([COLUMNS, *_rows()]), _table(other)])
    first, second = stitch_document(doc).tables()
    assert first.doubt is None
    assert "tidak cocok dengan tabel di atasnya (4 kolom, di atasnya 5)" in second.doubt


def test_a_budget_table_with_no_amounts_read_is_a_doubt():
    # columns cut in the wrong place: the amounts lost to the name column, the amount columns empty (one number per
    # cell, so the reader's own check of a value column beside two numbers does not see it)
    swallowed = [[r[0], f"{r[1]} {r[2]}", "", "", r[4]] for r in _rows()]
    claim = "Alokasi anggaran sebesar Rp 1.600.000 untuk 2 program dan 3 kegiatan.\n\n"
    text = (HEAD.replace("BAB III", claim + "BAB III") + "\t".join(COLUMNS) + "\n"
            + "\n".join("\t".join(r) for r in swallowed) + "\n\nBAB IV PENUTUP\n")
    report = extract_document(read_text_string(text, "t.txt"))
    validate_report(report)
    counts = [f for f in report.flags if f.rule == "text.count"]
    assert counts  # the text's "3 kegiatan" against the table's 4
    assert all(f.severity == "warning" and f.uncertain for f in counts)
    assert all("baris tanpa anggaran maupun realisasi terbaca" in f.message for f in counts)
    # the same claim against the table read soundly stays an error
    sound = HEAD.replace("BAB III", claim + "BAB III") + "\t".join(COLUMNS) + "\n" + "\n".join(
        "\t".join(r) for r in _rows()) + "\n\nBAB IV PENUTUP\n"
    report = extract_document(read_text_string(sound, "t.txt"))
    validate_report(report)
    assert [f.severity for f in report.flags if f.rule == "text.count"] == ["error"]


def test_a_wrong_number_in_a_table_ocr_was_unsure_of_is_an_uncertain_warning():
    from lkjip.extract.layout.geometry import Word
    from lkjip.extract.ocr import unsure_numbers

    def word(text):
        return Word(text=text, x0=0, top=0, x1=10, bottom=10, size=10, conf=12)

    # unsure words, but no amount among them (a column's or a row's number adds nothing up)
    assert unsure_numbers([word("Penyediaan"), word("(1)"), word("2.")], 4) is None
    rows = _rows()
    rows[3][2] = "250.000"  # the digit Tesseract was unsure of: the sum fails once
    doc = read_text_string(HEAD + "\t".join(COLUMNS) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n", "t.txt")
    (table,) = doc.tables()
    table.doubt = unsure_numbers([word("Alat"), word("250.000")], 4)
    report = extract_document(doc)
    validate_report(report)
    flags = [f for f in report.flags if f.rule == "budget.children_sum"]
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert "OCR tidak yakin pada 1 angka di hal. 4 (mis. '250.000')" in flags[0].message


def test_rows_that_sum_to_exactly_twice_their_parent_are_levels_read_twice_not_a_contradiction():
    flat, k = [], 0  # the sub kegiatan numbered like kegiatan: the reader can no longer tell the two levels apart
    for r in _rows():
        k = 0 if r[0] in ("A.", "B.", "") else k + 1
        flat.append(r if k == 0 else [str(k), *r[1:]])
    flags = [f for f in _report(flat).flags if f.rule == "budget.children_sum"]
    assert len(flags) == 4  # both programs, anggaran and realisasi
    assert all(f.severity == "warning" and f.uncertain and "tepat dua kali" in f.message for f in flags)


def test_a_doubtful_part_keeps_its_doubt_when_joined_to_the_table_it_continues():
    head = _table([COLUMNS, *_rows()[:4]])
    part = _table([COLUMNS, *_rows()[4:]])
    part.doubt = "OCR tidak yakin pada 1 angka di hal. 2 (mis. '180.000')"
    (whole,) = stitch_document(Document(source_file="t", input_format="pdf", blocks=[head, part])).tables()
    assert len(whole.rows) == len(_rows()) + 1 and whole.doubt == part.doubt


# --- a table cut in two: its continuation read apart (issue #12 item 5) ------------------------------------------


def _cut_messages(flags) -> list[str]:
    return [f.message for f in flags if "tabel tampak tidak terbaca utuh" in f.message]


def test_a_table_ending_inside_an_open_group_is_a_cut_not_a_contradiction():
    head = _rows()[:7]  # ends after the first sub kegiatan of the second kegiatan of program A
    flags = [f for f in _report(head).flags if f.rule.startswith("budget.")]
    assert {f.rule for f in flags} == {"budget.children_sum", "budget.total_sum"}
    assert all(f.severity == "warning" and f.uncertain for f in flags)
    assert len(_cut_messages(flags)) == len(flags) == 4  # the kegiatan and the total, anggaran and realisasi


def test_a_table_opening_with_rows_of_no_program_is_the_cut_off_tail():
    rows = _rows()
    tail = rows[7:] + [["", "JUMLAH", "1.600.000", "1.440.000", "90,00"]]  # the total printed under the table
    flags = [f for f in _report(tail).flags if f.rule.startswith("budget.")]
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert len(_cut_messages(flags)) == len(flags)


def test_one_wrong_total_of_a_complete_table_is_no_cut():
    rows = _rows()
    rows[0][2] = "1.700.000"  # the total alone falls short: one number, not a cut
    flags = [f for f in _report(rows).flags if f.rule == "budget.total_sum"]
    assert flags and all(f.severity == "error" and not f.uncertain for f in flags)


def test_a_wrong_number_beside_a_cut_stays_an_error():
    head = _rows()[:7]
    head[3][3] = "150.000"  # program A's first kegiatan: one sub kegiatan's realisasi no longer adds up
    flags = [f for f in _report(head).flags if f.rule == "budget.children_sum"]
    wrong = [f for f in flags if f.message.startswith("Realisasi Administrasi Umum Penunjang")]
    assert len(wrong) == 1 and wrong[0].severity == "error" and not wrong[0].uncertain
    assert all(f.uncertain for f in flags if f not in wrong)  # the cut itself is still no contradiction


# --- misreads fixed where the records are built -------------------------------------------------------------------


def _budget_flags(rows: list[list[str]]):
    report = _report(rows)
    return report, [f for f in report.flags if f.rule.startswith("budget.")]


def test_a_total_word_in_the_number_column_with_a_wrapped_word_beside_it_is_the_total():
    rows = _rows()[1:]  # the total printed under the table: "JUMLAH" in the NO column, the wrapped end of the
    rows.append(["JUMLAH", "Desa", "1.600.000", "1.440.000", "90,00"])  # row above's name in URAIAN
    report, flags = _budget_flags(rows)
    assert report.budget_lines[-1].level == "total" and report.budget_lines[-1].nomor is None
    assert not flags


def test_the_first_word_of_a_program_read_into_the_number_column_stays_a_program():
    rows = _rows()
    rows[8] = ["B. PROGRAM", "PEMBERDAYAAN MASYARAKAT DESA", "800.000", "720.000", "90,00"]
    report, flags = _budget_flags(rows)
    line = report.budget_lines[8]
    assert (line.nomor, line.uraian, line.level) == ("B.", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "program")
    assert not flags


def test_a_program_name_glued_to_its_next_word_is_a_program():
    rows = _rows()
    rows[8][1] = "PROGRAMPEMBERDAYAAN MASYARAKAT DESA"
    report, flags = _budget_flags(rows)
    assert report.budget_lines[8].level == "program" and not flags


def test_an_amount_that_lost_a_digit_is_read_from_the_sums_when_its_digits_agree():
    rows = _rows()
    rows[3][2] = "200.00"  # printed with a digit lost
    report = _report(rows)
    cell = report.budget_lines[3].malformed[0]
    assert cell.accepted == 200000 and report.budget_lines[3].anggaran == 200000
    flags = [f for f in report.flags if f.rule in ("number.malformed", "budget.children_sum")]
    assert [(f.rule, f.severity) for f in flags] == [("number.malformed", "warning")]


def test_an_amount_whose_digits_disagree_with_the_sums_stays_unread():
    rows = _rows()
    rows[3][2] = "250.00"
    report = _report(rows)
    assert report.budget_lines[3].anggaran is None
    assert any(f.rule == "number.malformed" and f.severity == "error" for f in report.flags)


def test_a_column_numbers_row_that_took_in_a_wrapped_name_end():
    from lkjip.extract.records import column_numbers_tail

    assert column_numbers_tail(["1", "2 yang baik", "3", "4", "5", "6"]) == "yang baik"
    assert column_numbers_tail(["1", "2", "3", "4"]) == ""
    assert column_numbers_tail(["1", "Persentase desa", "90", "90", "100"]) is None


def test_a_letter_spaced_program_name_is_a_program():
    rows = _rows()
    rows[8][1] = "P R O G R A M  P E M B E R D A Y A A N  D E S A"
    report, flags = _budget_flags(rows)
    assert report.budget_lines[8].level == "program" and not flags


def test_an_amount_cut_at_its_right_edge_is_read_from_the_sums():
    rows = _rows()
    rows[3][2] = "200.0"  # two digits cut off
    report = _report(rows)
    assert report.budget_lines[3].anggaran == 200000
    assert not [f for f in report.flags if f.severity == "error"]


def test_an_unlabelled_line_printing_the_programs_sum_is_the_total():
    rows = _rows()[1:] + [["", "", "1.600.000", "1.440.000", "90,00"]]
    report, flags = _budget_flags(rows)
    assert report.budget_lines[-1].level == "total" and not flags


def test_a_row_carrying_on_an_indicator_joins_it_and_puts_its_wrapped_amounts_back_together():
    from lkjip.extract.records import fold_continuations

    rows = [TableRow(cells=["Meningkatnya tata kelola", "Persentase desa dengan tata kelola", "81", "81", "100",
                            "55.56", "52.12"]),
            TableRow(cells=["desa", "pemerintahan yang baik", "", "", "", "5.370,-", "6.228,-"]),
            TableRow(cells=["Menurunnya gangguan", "Persentase penanganan", "85", "83", "97,65", "1.000", "900"])]
    out = fold_continuations(rows, {"sasaran": 0, "indikator": 1}, [2, 3, 4], [5, 6])
    assert [r.cells for r in out] == [
        ["Meningkatnya tata kelola desa", "Persentase desa dengan tata kelola pemerintahan yang baik", "81", "81",
         "100", "55.565.370,-", "52.126.228,-"], rows[2].cells]
    # pieces that are no broken amount are not glued into one ("82.5" over "75" is not 82.575)
    rows[0].cells[5], rows[1].cells[5] = "82.5", "75"
    out = fold_continuations(rows, {"sasaran": 0, "indikator": 1}, [2, 3, 4], [5, 6])
    assert out[0].cells[5] == "82.5"
    # a row with targets of its own is an indicator, whatever its case
    rows[1].cells[2] = "70"
    assert len(fold_continuations(rows, {"sasaran": 0, "indikator": 1}, [2, 3, 4], [5, 6])) == 3


def test_an_amount_wrapped_over_three_lines_is_put_back_together_from_every_piece():
    from lkjip.extract.records import fold_continuations

    # "127." over "652." is no amount yet: the third line ends it (it was joined as 127.765,- without its middle)
    rows = [TableRow(cells=["Meningkatnya partisipasi", "Persentase partisipasi", "72", "72", "100", "127.", "113."]),
            TableRow(cells=["masyarakat dalam", "dalam musyawarah", "", "", "", "652.", "952."]),
            TableRow(cells=["desa", "pembangunan desa", "", "", "", "765, -", "128, -"])]
    (out,) = fold_continuations(rows, {"sasaran": 0, "indikator": 1}, [2, 3, 4], [5, 6])
    assert out.cells[5:] == ["127.652.765,-", "113.952.128,-"]
    assert out.cells[1] == "Persentase partisipasi dalam musyawarah pembangunan desa"
    # pieces that never close into one amount leave the first as printed (read as malformed, never guessed)
    rows[2].cells[5] = "76"
    (out,) = fold_continuations(rows, {"sasaran": 0, "indikator": 1}, [2, 3, 4], [5, 6])
    assert out.cells[5] == "127."


def test_the_header_of_a_pk_budget_part_read_into_its_target_table_is_known():
    from lkjip.extract.records_pk import budget_part_header

    assert budget_part_header(["", "Program", "Anggaran Keterangan", ""])
    assert budget_part_header(["No", "Program", "Anggaran", "Keterangan"])
    assert not budget_part_header(["1", "Penunjang", "Urusan Rp 2.085.561.239", "APBD"])
    assert not budget_part_header(["1", "Meningkatnya kualitas", "Persentase program yang dianggarkan tepat", "90%"])


def test_a_pk_target_table_stops_at_its_budget_part():
    text = ("PERJANJIAN KINERJA TAHUN 2021\nDINAS CONTOH KABUPATEN CONTOH\n\n"
            "No\tSasaran Strategis\tIndikator Kinerja\tTarget\n"
            "1\tMeningkatnya pelayanan\tPersentase layanan\t90%\n"
            "2\tMeningkatnya tata kelola\tNilai SAKIP\t70\n"
            "\tProgram\tAnggaran Keterangan\t\n"
            "1\tPenunjang\tUrusan Rp 2.085.561.239\tAPBD\n\n")
    report = extract_document(read_text_string(text, "pk.txt"))
    assert [t.indikator for pk in report.pks for t in pk.targets] == ["Persentase layanan", "Nilai SAKIP"]


def test_parts_of_one_table_numbered_each_from_one_get_one_numbering():
    from lkjip.extract.hierarchy import assign_levels

    whole = [b.model_copy() for b in _report(_rows()).budget_lines]
    for i, b in enumerate(whole):  # the second part's lines numbered again from 1, as when each part is read alone
        b.line_no = i + 1 if i < 7 else i - 6
        b.level = b.parent_line_no = None
    assign_levels(whole)
    assert [b.line_no for b in whole] == list(range(1, len(whole) + 1))
    assert [b.parent_line_no for b in whole][:9] == [None, 1, 2, 3, 3, 2, 6, 6, 1]


def test_a_word_broken_in_a_narrow_column_is_joined_again():
    from lkjip.extract.document import Paragraph

    rows = _rows()[1:] + [["", "JUMLA", "1.600.000", "1.440.000", "90,00"], ["H", "", "", "", ""]]
    head = [Paragraph(text=t, page=1) for t in HEAD.strip().split("\n") if t]
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[*head, Table(rows=[TableRow(cells=r, page=1) for r in [COLUMNS, *rows]], page=1)])
    report = extract_document(doc)
    validate_report(report)
    flags = [f for f in report.flags if f.rule.startswith("budget.")]
    last = report.budget_lines[-1]
    assert (last.uraian, last.level) == ("JUMLAH", "total") and not flags


def _dotted_rows() -> list[list[str]]:
    rows = [["", "JUMLAH", "800.000", "720.000", "90,00"], ["1", "PROGRAM PENUNJANG URUSAN", "800.000", "720.000", "90,00"]]
    for k in ("1", "2"):
        rows.append([f"1.{k}", f"Kegiatan Administrasi {k}", "400.000", "360.000", "90,00"])
        rows += [[f"1.{k}.{s}", f"Sub Kegiatan Penyediaan {k}{s}", "200.000", "180.000", "90,00"] for s in ("1", "2")]
    return rows


def test_rows_lost_inside_a_table_are_a_misread_when_a_number_extends_one_not_there():
    rows = [r for r in _dotted_rows() if r[0] != "1.2"]  # kegiatan 1.2 lost: its sub kegiatan fall under 1.1
    flags = [f for f in _report(rows).flags if f.rule.startswith("budget.")]
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert len(_cut_messages(flags)) == len(flags)
    assert not [f for f in _report(_dotted_rows()).flags if f.rule.startswith("budget.")]


def test_pieces_of_amounts_on_lines_of_their_own_make_the_table_doubtful():
    rows = _rows()[:8]
    rows[3][2:4], rows[4][2:4] = ["200", "180"], ["200", "180"]  # amounts split: their last groups on lines below
    rows[4:4] = [["", "", "000", "000", ""]]
    rows[6:6] = [["", "", "000", "000", ""]]
    flags = [f for f in _report(rows).flags if f.source_table == "Tabel 3.7"]
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("baris berisi angka tanpa uraian maupun nomor" in f.message for f in flags)


def test_a_doubt_on_one_table_does_not_reach_a_table_whose_label_it_only_starts():
    # "Tabel tanpa judul 1" is read doubtfully; a flag whose evidence names "Tabel tanpa judul 10" (its source
    # table unknown) is that other table's, and keeps its error
    from lkjip.model import Flag, Report, TableInfo
    from lkjip.validate.engine import Wording, doubtful_as_warnings

    report = Report(report_id="r", source_file="r.pdf", sha256="", input_format="pdf",
                    tables_found=[TableInfo(label="Tabel tanpa judul 1", kind="budget", doubt="kolom bergeser")])
    other = Flag(rule="cross.budget_mismatch", severity="error", message="Anggaran berbeda",
                 evidence="Tabel tanpa judul 10 hal. 12 vs Tabel 3.6 hal. 9")
    same = other.model_copy(update={"evidence": "Tabel tanpa judul 1 hal. 4 vs Tabel 3.6 hal. 9"})
    kept, eased = doubtful_as_warnings(report, [other, same], Wording("id"))
    assert kept.severity == "error" and not kept.uncertain
    assert eased.severity == "warning" and eased.uncertain and "kolom bergeser" in eased.message


def test_a_total_read_without_its_last_group_is_a_cut_amount_not_a_contradiction():
    """"1.600" printed over rows summing to 1.600.000: the total was wrapped in a narrow cell ("1.600" / ".000")
    and read without its second line. The flag stays, as an uncertain warning naming the cut; a total off by a
    small amount stays an error."""
    rows = _rows()
    rows[0][2] = "1.600"
    flags = [f for f in _report(rows).flags if f.rule == "budget.total_sum"]
    assert len(flags) == 1 and flags[0].severity == "warning" and flags[0].uncertain
    assert "satu kelompok tiga angka" in flags[0].message and flags[0].found == "1.600"
    rows[0][2] = "1.500.000"
    flags = [f for f in _report(rows).flags if f.rule == "budget.total_sum"]
    assert len(flags) == 1 and flags[0].severity == "error" and not flags[0].uncertain


def test_group_lost_pairs_an_amount_with_itself_less_its_last_group():
    from decimal import Decimal as D

    from lkjip.validate.budget import group_lost

    assert group_lost(D(2_934_809), D(2_934_809_357))  # the printed total lost ".357"
    assert group_lost(D(2_934_809_357), D(2_934_809))  # a row lost it
    assert group_lost(D(2_419_038), D(813))  # the lost group read as the only row
    assert not group_lost(D(2_934_809_357), D(2_934_809_000 + 1_357))  # a slip, not a lost group
    assert not group_lost(D(2_419_038), D(1_813))  # rows of thousands: a contradiction to show
    assert not group_lost(D(813), D(0)) and not group_lost(D(0), D(0))
    assert not group_lost(D(900), D(0.9))  # nothing below a group on either side

"""A number whose digits OCR is unsure of is no ground for an error (issue #12, scanned PDFs).

Tesseract reads clean print at a confidence of 93 and more; a misread digit ("17,96" for "77,96", "150" for
"75%") reads lower, yet above the floor under which the whole table is doubtful. Such numbers are kept as read,
noted on their table (``ocr.unsure_number`` under its label), and a flag built on one of them (its value, the
value it is compared with, or a number its evidence prints) is an uncertain warning naming the number
("pembacaan tabel tidak pasti: OCR tidak yakin pada angka …"). Every other flag of the same tables stays an error.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import unsure_digits
from lkjip.extract.ocr_numbers import unsure_digits_note, unsure_digits_read
from lkjip.extract.read_text import read_text_string
from lkjip.model import ParseWarning, Performance, PerjanjianKinerja, PKTarget, Provenance, Report, ReportMeta
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

D = Decimal
TABLE_BOX = (50.0, 100.0, 550.0, 400.0)


def word(text: str, conf: float, x: float = 300.0, y: float = 200.0) -> Word:
    return Word(text=text, x0=x, top=y, x1=x + 30, bottom=y + 10, size=10, conf=conf)


def test_numbers_read_below_the_sure_confidence_are_noted_on_their_table():
    words = [word("77,96", 79), word("76,35", 96), word("150", 60), word("(3)", 40), word("Indeks", 55),
             word("96,36%", 12),  # below the floor: the whole table is doubtful already (its own warning)
             word("71,96", 70, x=600)]  # outside the table
    notes = unsure_digits(words, TABLE_BOX, 6)
    assert [unsure_digits_read(n) for n in notes] == [(6, "77,96", 79), (6, "150", 60)]
    assert unsure_digits_read("page 6: OCR unsure of '96,36%' (confidence 12)") is None


def perf(table: str, target: str, realisasi: str | None, line: int, capaian: str | None = None) -> Performance:
    return Performance(source_table=table, indikator="Indeks Kepuasan Masyarakat (IKM)", tahun=2021,
                       target=D(target.replace(",", ".")), target_text=target,
                       realisasi=None if realisasi is None else D(realisasi.replace(",", ".")),
                       realisasi_text=realisasi, capaian=None if capaian is None else D(capaian.replace(",", ".")),
                       capaian_text=capaian, source=Provenance(table=table, page=line // 10, line_no=line))


def report(performance: list[Performance], unsure: list[tuple[str, str]], **kw) -> Report:
    """A scanned report whose tables hold ``performance``; OCR unsure of the (table, number) pairs ``unsure``."""
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr", meta=ReportMeta(tahun=2021),
                 ocr_pages=list(range(1, 20)), performance=performance, **kw)
    rep.warnings = [ParseWarning(code="ocr.unsure_number", raw=raw, table=table, page=6, message="")
                    for table, raw in unsure]
    return rep


def _flags(rep: Report, rule: str):
    return [f for f in validate_report(rep) if f.rule == rule]


TABLES = [perf("Tabel 2.2", "77,96", None, 40), perf("Tabel 3.1", "77,96", "76,35", 50),
          perf("Tabel 3.2", "74,96", "76,35", 60)]  # "7" read "4": no digit OCR takes for the other


def test_a_mismatch_on_a_sure_reading_stays_an_error():
    (flag,) = _flags(report(TABLES, []), "cross.indicator_mismatch")
    assert (flag.severity, flag.found, flag.uncertain) == ("error", "74,96", False)


def test_a_mismatch_on_a_number_ocr_was_unsure_of_is_an_uncertain_warning():
    (flag,) = _flags(report(TABLES, [("Tabel 3.2", "74,96")]), "cross.indicator_mismatch")
    assert (flag.severity, flag.uncertain) == ("warning", True)
    assert "pembacaan tabel tidak pasti: OCR tidak yakin pada angka '74,96' di Tabel 3.2 hal. 6" in flag.message


def test_the_compared_value_read_unsure_makes_the_flag_uncertain_too():
    # the majority's value, read unsure in the other table the flag names
    (flag,) = _flags(report(TABLES, [("Tabel 3.1", "77,96")]), "cross.indicator_mismatch")
    assert flag.severity == "warning" and "'77,96' di Tabel 3.1" in flag.message


def test_an_unsure_number_the_flag_is_not_built_on_leaves_it_an_error():
    # another number of the same table, and the same number in a table the flag does not name
    rep = report(TABLES, [("Tabel 3.2", "76,35"), ("Tabel 3.2", "14,92"), ("Tabel 3.5", "74,96")])
    (flag,) = _flags(rep, "cross.indicator_mismatch")
    assert flag.severity == "error" and not flag.uncertain


def test_a_pk_target_read_unsure_makes_the_pk_mismatch_uncertain():
    pk = PerjanjianKinerja(tahun=2021, label="Lampiran PK 2021", targets=[
        PKTarget(indikator="Indeks Kepuasan Masyarakat (IKM)", target=D("150"), target_text="150",
                 source=Provenance(table="Lampiran PK 2021", page=10, line_no=100))])
    rows = [perf("Tabel 3.1", "75", "75", 50, capaian="100")]
    (sure,) = _flags(report(rows, [], pks=[pk]), "pk.target_mismatch")
    assert sure.severity == "error"
    (flag,) = _flags(report(rows, [("Lampiran PK 2021", "150")], pks=[pk]), "pk.target_mismatch")
    assert flag.severity == "warning" and flag.uncertain and "'150' di Lampiran PK 2021" in flag.message


def test_a_capaian_over_a_target_read_unsure_is_an_uncertain_warning():
    rows = [perf("Tabel 3.1", "71,96", "76,35", 50, capaian="97,93")]  # 76,35 / 77,96 printed; 7 read as 1
    (sure,) = _flags(report(rows, []), "performance.capaian")
    assert sure.severity == "error"
    (flag,) = _flags(report(rows, [("Tabel 3.1", "71,96")]), "performance.capaian")
    assert flag.severity == "warning" and flag.uncertain


HEAD = ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN CONTOH KABUPATEN CONTOH\nTAHUN 2021\n\n"
        "BAB III AKUNTABILITAS KINERJA\n\nTabel 3.1 Capaian Kinerja Sasaran\n")


def test_the_reader_note_becomes_a_warning_under_the_tables_label():
    rows = ["No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian",
            "1\tMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat (IKM)\t71,96\t76,35\t97,93"]
    doc = read_text_string(HEAD + "\n".join(rows) + "\n\nBAB IV PENUTUP\n", "t.txt")
    (table,) = doc.tables()
    table.warnings.append(unsure_digits_note(5, "71,96", 85))
    rep = extract_document(doc)
    notes = [w for w in rep.warnings if w.code == "ocr.unsure_number"]
    assert [(w.table, w.raw, w.page) for w in notes] == [("Tabel 3.1", "71,96", 5)]
    assert not [w for w in rep.warnings if w.code == "reader.table" and "71,96" in w.message]  # said once



INDICATORS = ["Indeks Kepuasan Masyarakat (IKM)", "Persentase penanganan gangguan ketenteraman dan ketertiban umum",
              "Persentase desa dengan tata kelola pemerintahan yang baik"]


def _column(table: str, targets: list[str], line: int) -> list[Performance]:
    return [perf(table, t, None, line + k).model_copy(update={"indikator": ind})
            for k, (ind, t) in enumerate(zip(INDICATORS, targets, strict=True))]


def _read(table_b_targets: list[str], *, ocr: bool) -> list:
    rows = [*_column("Tabel 2.2", ["77,96", "75", "81"], 30), *_column("Tabel 3.1", ["77,96", "75", "81"], 50),
            *_column("Tabel 3.3", table_b_targets, 70)]
    rep = report(rows, [])
    if not ocr:
        rep.ocr_pages, rep.input_format = [], "pdf"
    return _flags(rep, "cross.indicator_mismatch")


def test_a_column_differing_on_every_row_of_an_ocr_table_is_a_misread_not_three_contradictions():
    # the end-of-Renstra targets read as the report year's: every row of the column differs at once
    flags = _read(["80,37", "95", "93"], ocr=True)
    assert len(flags) == 3 and all(f.severity == "warning" and f.uncertain for f in flags)
    assert "pembacaan tabel tidak pasti: Target berbeda dengan tabel lain pada 3 dari 3 baris" in flags[0].message


def test_one_row_differing_stays_an_error_and_a_text_table_keeps_its_errors():
    (one,) = _read(["77,96", "95", "81"], ocr=True)
    assert one.severity == "error" and not one.uncertain
    assert [f.severity for f in _read(["80,37", "95", "93"], ocr=False)] == ["error"] * 3


def _malformed(ocr: list[int]) -> list:
    from lkjip.model import BudgetLine, MalformedCell

    line = BudgetLine(source_table="Lampiran 3", line_no=4, level="sub_kegiatan", uraian="Penyediaan Jasa Surat",
                      anggaran=None, malformed=[MalformedCell(field="anggaran", raw="1233.921.-",
                                                              candidates=[D("1233921")])],
                      source=Provenance(table="Lampiran 3", page=8, line_no=40, raw=["1233.921.-"]))
    rep = report([], [], budget_lines=[line])
    rep.ocr_pages = ocr
    return _flags(rep, "number.malformed")


def test_a_malformed_number_on_an_ocr_page_is_a_misread_not_an_error():
    (flag,) = _malformed(ocr=[8])
    assert flag.severity == "warning" and flag.uncertain and "pembacaan tabel tidak pasti: angka hasil OCR" in flag.message
    assert flag.found == "1233.921.-" and "dibiarkan kosong" in flag.message  # kept raw, never guessed
    assert [f.severity for f in _malformed(ocr=[])] == ["error"]


def _budget(keys: list[str]) -> list:
    from lkjip.model import BudgetLine

    def line(n, level, nomor, name, amount, parent=None):
        return BudgetLine(source_table="Tabel III.7", line_no=n, level=level, parent_line_no=parent, nomor=nomor,
                          uraian=name, anggaran=D(amount), source=Provenance(table="Tabel III.7", page=7, line_no=n))

    lines = [line(1, "program", "I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", 3_000_000),
             *(line(k + 2, "kegiatan", key, f"Kegiatan Penunjang {k + 1}", 1_000_000, parent=1)
               for k, key in enumerate(keys))]
    lines[-1] = lines[-1].model_copy(update={"anggaran": D(1_250_000)})  # the children no longer add up
    return _flags(report([], [], budget_lines=lines), "budget.children_sum")


def test_roman_row_numbers_misread_make_the_levels_and_their_sums_doubtful():
    (flag,) = _budget(["I.", "Il", "IN"])  # "II.", "III." as OCR reads them
    assert flag.severity == "warning" and flag.uncertain
    assert "pembacaan tabel tidak pasti: 2 nomor baris tidak terbaca sebagai nomor (mis. 'Il')" in flag.message
    (sure,) = _budget(["I.", "II.", "III."])
    assert sure.severity == "error"


def _pk_missing(names: list[str], ocr: list[int]) -> list:
    pk = PerjanjianKinerja(tahun=2021, label="Lampiran PK 2021", targets=[
        PKTarget(indikator=name, target=D("75"), target_text="75", source=Provenance(table="Lampiran PK 2021", page=10,
                                                                                      line_no=100 + k))
        for k, name in enumerate(names)])
    rows = _column("Tabel 3.1", ["77,96", "75", "81"], 50)
    rep = report(rows, [], pks=[pk])
    rep.ocr_pages = ocr
    return _flags(rep, "pk.missing_indicator")


def test_a_pk_indicator_named_by_a_scrap_on_an_ocr_page_is_a_row_read_apart():
    # a row number read into the name column, beside the three indicators the capaian table reports
    (flag,) = _pk_missing([*INDICATORS, "3"], ocr=[10])
    assert flag.severity == "warning" and flag.uncertain and "nama indikator hanya '3'" in flag.message
    (text,) = _pk_missing([*INDICATORS, "3"], ocr=[])
    assert text.severity == "error"
    # an indicator of the PK really missing from the capaian table stays an error on a scan
    (real,) = _pk_missing([*INDICATORS, "Persentase lembaga kemasyarakatan desa yang aktif"], ocr=[10])
    assert real.severity == "error"


def test_a_pk_with_an_indicator_without_target_was_read_with_rows_run_together():
    # two PK rows read as one: the first indicator's name holds the next sasaran, no target; the indicator whose
    # row it swallowed is then "missing" from the PK
    pk = PerjanjianKinerja(tahun=2021, label="Lampiran PK 2021", targets=[
        PKTarget(indikator=INDICATORS[0], target=D("75"), target_text="75",
                 source=Provenance(table="Lampiran PK 2021", page=10, line_no=100)),
        PKTarget(indikator="Menurunnya gangguan ketenteraman dan ketertiban umum Meningkatnya kualitas tata kelola",
                 source=Provenance(table="Lampiran PK 2021", page=10, line_no=101))])
    flags = _flags(report(_column("Tabel 3.1", ["77,96", "75", "81"], 50), [], pks=[pk]), "pk.missing_indicator")
    assert len(flags) == 3
    assert all(f.severity == "warning" and f.uncertain and "tanpa target, baris PK terbaca menyatu" in f.message
               for f in flags)
    # every PK row with its target: an indicator the PK lacks stays an error
    pk = PerjanjianKinerja(tahun=2021, label="Lampiran PK 2021", targets=[
        PKTarget(indikator=INDICATORS[k], target=D("75"), target_text="75",
                 source=Provenance(table="Lampiran PK 2021", page=10, line_no=100 + k)) for k in (0, 1)])
    (flag,) = _flags(report(_column("Tabel 3.1", ["77,96", "75", "81"], 50), [], pks=[pk]), "pk.missing_indicator")
    assert flag.severity == "error"


def test_a_column_number_row_read_as_a_pk_row_does_not_hide_an_indicator_the_pk_lacks():
    # the "(1) (2) (3) (4)" row under the PK header read as a row: sasaran "2", indicator "3", no target. It is a
    # scrap, not a sign of rows run together: the capaian indicator missing from the PK is still an error
    pk = PerjanjianKinerja(tahun=2021, label="Lampiran PK 2021", targets=[
        PKTarget(sasaran="2", indikator="3", source=Provenance(table="Lampiran PK 2021", page=10, line_no=99)),
        *(PKTarget(indikator=INDICATORS[k], target=D("75"), target_text="75",
                   source=Provenance(table="Lampiran PK 2021", page=10, line_no=100 + k)) for k in (0, 1))])
    rep = report(_column("Tabel 3.1", ["77,96", "75", "81"], 50), [], pks=[pk])
    rep.ocr_pages = [10]
    flags = _flags(rep, "pk.missing_indicator")
    lacking = [f for f in flags if "tetapi tidak ada di PK 2021" in f.message]
    assert len(lacking) == 1 and lacking[0].severity == "error" and not lacking[0].uncertain
    (scrap,) = [f for f in flags if f not in lacking]
    assert scrap.severity == "warning" and "nama indikator hanya '3'" in scrap.message


def _count(claimed: int, ocr: list[int], pages: list[int] | None = None) -> list:
    from lkjip.model import BudgetLine, NarrativeClaim

    subs = [("Penyediaan Gaji dan Tunjangan ASN", 1_800_000), ("Pendidikan dan Pelatihan", 52_000),
            ("Pegawai Berdasarkan Tugas dan Fungsi", None),  # the wrapped end of the name above, past a page end
            ("Penyediaan Jasa Peralatan dan", 15_000), ("Perlengkapan Kantor", None),
            ("Penatausahaan Barang Milik Daerah", 0)]  # a sub kegiatan with no budget prints its zeros
    lines = [BudgetLine(source_table="Lampiran 3", line_no=k, level="sub_kegiatan", uraian=name,
                        anggaran=None if a is None else D(a), realisasi=None if a is None else D(a),
                        source=Provenance(table="Lampiran 3", page=pages[k] if pages else 18, line_no=None,
                                          raw=["", name, "", "", "", "Laporan"] if a is None else
                                          ["", name, f"Rp. {a:,}".replace(",", "."), "", "0,00", "Laporan"]))
             for k, (name, a) in enumerate(subs)]
    claim = NarrativeClaim(kind="count_sub_kegiatan", value=D(claimed), raw=f"{claimed} sub kegiatan",
                           source=Provenance(page=8, line_no=None))
    rep = report([], [], budget_lines=lines, claims=[claim])
    rep.ocr_pages = ocr
    return _flags(rep, "text.count")


def test_rows_split_into_a_name_with_no_number_explain_a_count_on_a_scan():
    (flag,) = _count(4, ocr=[8, 18])
    assert flag.severity == "warning" and flag.uncertain
    assert "2 sub kegiatan hanya berisi nama tanpa nomor maupun angka" in flag.message and "(6 − 2 = 4)" in flag.message
    assert [f.severity for f in _count(4, ocr=[])] == ["error"]  # a text report prints no such pieces
    assert [f.severity for f in _count(5, ocr=[8, 18])] == ["error"]  # the pieces do not explain it


def test_names_with_no_number_opening_a_page_explain_a_count_in_a_text_pdf():
    # the pieces open pages 19 and 20: a row's name broken at the page end, no row of its own
    (flag,) = _count(4, ocr=[], pages=[18, 18, 19, 19, 20, 20])
    assert flag.severity == "warning" and flag.uncertain and "(6 − 2 = 4)" in flag.message
    # the same pieces inside a page are lines of the table as printed: the count disagrees
    assert [f.severity for f in _count(4, ocr=[], pages=[18, 19, 19, 19, 19, 20])] == ["error"]


def test_two_values_differing_in_one_digit_ocr_confuses_are_a_misread_on_a_scan():
    rows = [perf("Tabel 2.2", "78,73", None, 40), perf("Tabel 3.1", "78,73", "79,78", 50),
            perf("Tabel 3.2", "18,73", "79,78", 60)]  # "7" read "1"
    (flag,) = _flags(report(rows, []), "cross.indicator_mismatch")
    assert flag.severity == "warning" and flag.uncertain
    assert "'18,73' dan '78,73' hanya berbeda pada satu digit yang sering tertukar saat OCR" in flag.message
    text = report(rows, [])
    text.ocr_pages = []
    assert [f.severity for f in _flags(text, "cross.indicator_mismatch")] == ["error"]
    # digits OCR does not confuse ("4" for "7"), or two digits apart, stay an error on a scan
    for wrong in ("48,73", "18,78"):
        rows[2] = perf("Tabel 3.2", wrong, "79,78", 60)
        assert [f.severity for f in _flags(report(rows, []), "cross.indicator_mismatch")] == ["error"]


def _carried(kegiatan_printed: int, ocr: list[int]) -> list:
    from lkjip.model import BudgetLine

    def line(n, level, name, amount, parent=None):
        return BudgetLine(source_table="Tabel 3.7", line_no=n, level=level, parent_line_no=parent, nomor=None,
                          uraian=name, anggaran=D(amount), source=Provenance(table="Tabel 3.7", page=5, line_no=n))

    lines = [line(1, "program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", 3_089_773_775),
             line(2, "kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", kegiatan_printed, parent=1),
             line(3, "sub_kegiatan", "Penyusunan Dokumen Perencanaan", 336_998_727, parent=2),
             line(4, "kegiatan", "Administrasi Keuangan Perangkat Daerah", 2_752_775_048, parent=1),
             line(5, "sub_kegiatan", "Penyediaan Gaji dan Tunjangan ASN", 2_752_775_048, parent=4)]
    rep = report([], [], budget_lines=lines)
    rep.ocr_pages = ocr
    return sorted((f.line_no, f.severity) for f in validate_report(rep) if f.rule == "budget.children_sum")


def test_a_sum_failing_by_what_a_misread_line_below_it_misread_is_no_contradiction_of_its_own():
    # the kegiatan's "336.998.727" read "386.998.727": its own sum fails, and its program's by the same 50.000.000
    assert _carried(386_998_727, ocr=[5]) == [(1, "warning"), (2, "warning")]
    assert _carried(386_998_727, ocr=[]) == [(1, "error"), (2, "error")]
    # a kegiatan printed 50.000.001 too high differs in two digits: no misread to carry, both stay errors
    assert _carried(387_000_001 - 1_273, ocr=[5]) == [(1, "error"), (2, "error")]


def test_a_number_unsure_in_a_table_whose_label_only_starts_the_named_ones_leaves_the_flag_an_error():
    # OCR unsure of '74,96' in "Tabel 3.2": no ground for the flag of "Tabel 3.20" (nor the other way round)
    rows = [perf("Tabel 2.2", "77,96", None, 40), perf("Tabel 3.1", "77,96", "76,35", 50),
            perf("Tabel 3.20", "74,96", "76,35", 60)]
    (flag,) = _flags(report(rows, [("Tabel 3.2", "74,96")]), "cross.indicator_mismatch")
    assert flag.severity == "error"

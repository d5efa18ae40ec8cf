"""A name whose words fall in two reader columns under one header (issue #12).

A reader may cut one column ("Indikator Kinerja") in two where the words of its cells line up at two places, the
second part with no header of its own: "Persentase" | "penanganan gangguan ketenteraman", or a whole name in the
headerless part. The indicator was read as "Persentase" (or not at all), its rows fell out of the capaian table and
the validators said a PK indicator was missing there. A headerless column right of a name column that no field uses
holds the rest of the name; a value in it ("80%") is never taken into a name.
"""

from __future__ import annotations

from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document

HEAD = ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN CONTOH KABUPATEN CONTOH\nTAHUN 2023\n\n"
        "BAB III AKUNTABILITAS KINERJA\n\n")


def _report(caption: str, rows: list[list[str]]):
    text = HEAD + caption + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\nBAB IV PENUTUP\n"
    return extract_document(read_text_string(text, "t.txt"))


CAPAIAN = [["No", "Sasaran", "Indikator Kinerja", "", "Satuan", "Target", "Realisasi", "Capaian"],
           ["1", "Meningkatnya kualitas pelayanan publik", "", "Indeks Kepuasan Masyarakat (IKM)", "Indeks", "81,73",
            "81,89", "100,2"],
           ["2", "Menurunnya gangguan ketenteraman", "Persentase", "penanganan gangguan ketenteraman", "%", "70", "70",
            "100"]]


def test_an_indicator_split_over_a_headerless_column_is_read_whole():
    report = _report("Tabel 3.1 Capaian Kinerja Sasaran Tahun 2023", CAPAIAN)
    got = [(p.indikator, p.target, p.realisasi) for p in report.performance]
    assert [(i, str(t), str(r)) for i, t, r in got] == [
        ("Indeks Kepuasan Masyarakat (IKM)", "81.73", "81.89"),
        ("Persentase penanganan gangguan ketenteraman", "70", "70")]
    # provenance keeps the cells as printed
    assert report.performance[1].source.raw[2:4] == ["Persentase", "penanganan gangguan ketenteraman"]


def test_a_pk_indicator_split_over_a_headerless_column_is_read_whole():
    rows = [["No", "Sasaran Strategis", "Indikator Kinerja", "", "Target"],
            ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan", "Masyarakat (IKM)", "85,38"],
            ["2", "Meningkatnya partisipasi masyarakat", "", "Persentase partisipasi masyarakat", "80%"]]
    report = _report("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", rows)
    targets = [t for pk in report.pks for t in pk.targets]
    assert [(t.indikator, str(t.target)) for t in targets] == [
        ("Indeks Kepuasan Masyarakat (IKM)", "85.38"), ("Persentase partisipasi masyarakat", "80")]


def test_values_in_a_headerless_column_stay_out_of_the_name():
    rows = [["No", "Sasaran", "Indikator Kinerja", "", "Satuan", "Target", "Realisasi", "Capaian"],
            ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "81,5", "Indeks",
             "81,73", "81,89", "100,2"],
            ["2", "Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", "-", "%", "70", "70", "100"]]
    report = _report("Tabel 3.1 Capaian Kinerja Sasaran Tahun 2023", rows)
    assert [p.indikator for p in report.performance] == ["Indeks Kepuasan Masyarakat (IKM)",
                                                         "Persentase penanganan gangguan"]


def test_a_program_header_over_the_row_numbers_names_the_programs_beside_them():
    # "Program" printed over the row numbers, the names under no header of their own
    rows = [["Program", "", "Anggaran", "Keterangan"],
            ["1", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 2.503.940.069", "APBD/DAU"],
            ["2", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Rp. 6.964.161", "APBD/DAU"],
            ["Jumlah", "", "Rp. 2.510.904.230", ""]]
    report = _report("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "85,38"], [], *rows])
    budgets = [b for pk in report.pks for b in pk.budgets]
    assert [(b.program, str(b.anggaran)) for b in budgets] == [
        ("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2503940069"),
        ("Penyelenggaraan Pemerintahan dan Pelayanan Publik", "6964161"), ("Jumlah", "2510904230")]
    assert budgets[-1].is_total
    # a currency sign in a column of its own beside the names is no word of them
    signed = [[r[0], r[1], "Rp", r[2].removeprefix("Rp. "), r[3]] for r in rows[1:-1]]
    report = _report("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", [
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "85,38"], [],
        ["", "Program", "", "Anggaran", "Keterangan"], *signed])
    assert [b.program for pk in report.pks for b in pk.budgets] == [b.program for b in budgets[:-1]]

"""A small budget table as a text export (Tabel 3.7 with two programs, two kegiatan each, two sub kegiatan each,
every level adding up), read and validated: the sound table the doubt tests break one way or another."""

from __future__ import annotations

from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

HEAD = ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN CONTOH KABUPATEN CONTOH\nTAHUN 2022\n\n"
        "BAB I PENDAHULUAN\n\nBAB III AKUNTABILITAS KINERJA\n\nTabel 3.7 Realisasi Anggaran per Kegiatan\n")
COLUMNS = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]


def budget_rows(total: str = "JUMLAH", marks: tuple[str, str] = ("A.", "B.")) -> list[list[str]]:
    """The table's rows: the total line labelled ``total``, the two programs numbered ``marks``."""
    rows = [["", total, "1.600.000", "1.440.000", "90,00"]]
    for p, prog in zip(marks, ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA"), strict=True):
        rows.append([p, prog, "800.000", "720.000", "90,00"])
        for k, keg in (("1", "Administrasi Umum"), ("2", "Pelayanan Publik")):
            rows.append([k, f"{keg} {prog.split()[1].title()}", "400.000", "360.000", "90,00"])
            for s, sub in (("1.", "Penyediaan Alat Tulis"), ("2.", "Penyediaan Jasa Surat")):
                rows.append([s, f"{sub} {keg}", "200.000", "180.000", "90,00"])
    return rows


def text_report(rows: list[list[str]]):
    """The report a text export printing ``rows`` under the table's header reads to, validated."""
    text = HEAD + "\t".join(COLUMNS) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\nBAB IV PENUTUP\n"
    report = extract_document(read_text_string(text, "t.txt"))
    validate_report(report)
    return report

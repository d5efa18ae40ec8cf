"""A framed table's part on a page of its own (frame_header rule set, 7 pt mono, LibreOffice): the frame's top and
bottom are the page's only horizontal rules, so the body lies in one band; its sub-rows (cells starting again in
the last two columns under cells merged down) are rows, not header levels (extract/layout/rows.py)."""

from __future__ import annotations

from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.geometry import TextLine, Word


def _ln(top: float, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 6.5, size=7.0) for t, x0, x1 in words])


# Sub Kegiatan | Indikator Sub Kegiatan of a cascading table continued on the next page (three sub-rows), then the
# next row and its sub-rows
PART = [
    _ln(44.0, [("Fasilitasi", 627.90, 669.90), ("Jumlah", 713.70, 738.90), ("Dokumen", 743.10, 772.50)]),
    _ln(53.1, [("pengelolaan", 627.90, 674.10), ("yang", 713.70, 730.50), ("Difasilitasi", 734.70, 785.10)]),
    _ln(62.2, [("keuangan", 627.90, 661.50), ("desa", 665.70, 682.50), ("dan", 686.70, 699.30),
        ("dalam", 713.70, 734.70), ("rangka", 738.90, 764.10)]),
    _ln(71.3, [("pendayagunaan", 627.90, 682.50), ("Pengelolaan", 713.70, 759.90)]),
    _ln(80.4, [("aset", 627.90, 644.70), ("desa", 648.90, 665.70), ("Keuangan", 713.70, 747.30),
        ("Desa", 751.50, 768.30), ("dan", 772.50, 785.10)]),
    _ln(89.5, [("Pendayagunaan", 713.70, 768.30)]),
    _ln(98.6, [("Aset", 713.70, 730.50), ("Desa", 734.70, 751.50)]),
    _ln(107.8, [("Fasilitasi", 627.90, 669.90), ("Jumlah", 713.70, 738.90), ("Dokumen", 743.10, 772.50)]),
    _ln(116.9, [("pelaksanaan", 627.90, 674.10), ("Fasilitasi", 713.70, 755.70), ("dalam", 759.90, 780.90)]),
    _ln(126.0, [("Pemilihan", 627.90, 665.70), ("Kepala", 669.90, 695.10), ("rangka", 713.70, 738.90)]),
    _ln(135.1, [("Desa", 627.90, 644.70), ("Pelaksanaan", 713.70, 759.90)]),
    _ln(144.2, [("Pemilihan", 713.70, 751.50), ("Kepala", 755.70, 780.90)]),
    _ln(153.3, [("Desa", 713.70, 730.50)]),
    _ln(162.4, [("Fasilitasi", 627.90, 669.90), ("Jumlah", 713.70, 738.90), ("Dokumen", 743.10, 772.50)]),
    _ln(171.5, [("Penyusunan", 627.90, 669.90), ("yang", 713.70, 730.50), ("Difasilitasi", 734.70, 785.10)]),
    _ln(180.6, [("Peraturan", 627.90, 665.70), ("Desa", 669.90, 686.70), ("dalam", 713.70, 734.70),
        ("rangka", 738.90, 764.10)]),
    _ln(189.7, [("dan", 627.90, 640.50), ("Peraturan", 644.70, 682.50), ("Penyusunan", 713.70, 755.70)]),
    _ln(198.8, [("Kepala", 627.90, 653.10), ("Desa", 657.30, 674.10), ("Peraturan", 713.70, 751.50),
        ("Desa", 755.70, 772.50)]),
    _ln(207.9, [("dan", 713.70, 726.30), ("Peraturan", 730.50, 768.30)]),
    _ln(217.0, [("Kepala", 713.70, 738.90), ("Desa", 743.10, 759.90)]),
    _ln(226.2, [("Penurunan", 64.00, 101.80), ("Persentase", 127.20, 169.20), ("Penurunan", 187.50, 225.30),
        ("Persentase", 250.70, 292.70), ("PROGRAM", 310.80, 340.20), ("KOORDINASI", 344.40, 386.40),
        ("Persentase", 404.90, 446.90), ("Koordinasi", 478.80, 520.80), ("Persentase", 554.10, 596.10),
        ("desa", 600.30, 617.10), ("Sinergitas", 627.90, 669.90), ("dengan", 674.10, 699.30),
        ("Jumlah", 713.70, 738.90), ("Laporan", 743.10, 772.50)]),
    _ln(235.3, [("gangguan", 64.00, 97.60), ("Penurunan", 127.20, 165.00), ("gangguan", 187.50, 221.10),
        ("Penurunan", 250.70, 288.50), ("KETENTRAMAN", 310.80, 357.00), ("DAN", 361.20, 373.80),
        ("Penurunan", 404.90, 442.70), ("upaya", 478.80, 499.80), ("dengan", 554.10, 579.30),
        ("Satuan", 583.50, 608.70), ("Kepolisian", 627.90, 669.90), ("Negara", 674.10, 699.30),
        ("Hasil", 713.70, 734.70), ("Sinergitas", 738.90, 780.90)]),
    _ln(244.4, [("ketentraman", 64.00, 110.20), ("Gangguan", 127.20, 160.80), ("ketentraman", 187.50, 233.70),
        ("Gangguan", 250.70, 284.30), ("KETERTIBAN", 310.80, 352.80), ("UMUM", 357.00, 373.80),
        ("Gangguan", 404.90, 438.50), ("penyelenggaraan", 478.80, 541.80), ("Perlindungan", 554.10, 604.50),
        ("Republik", 627.90, 661.50), ("dengan", 713.70, 738.90), ("Kepolisian", 743.10, 785.10)]),
    _ln(253.5, [("masyarakat", 64.00, 106.00), ("Kamtibmas", 127.20, 165.00), ("masyarakat", 187.50, 229.50),
        ("Kamtibmas", 250.70, 288.50), ("Kamtibmas", 404.90, 442.70), ("ketentraman", 478.80, 525.00),
        ("dan", 529.20, 541.80), ("Masyarakat", 554.10, 596.10), ("yang", 600.30, 617.10),
        ("Indonesia,", 627.90, 669.90), ("Negara", 713.70, 738.90), ("Republik", 743.10, 776.70)]),
    _ln(262.6, [("dan", 64.00, 76.60), ("dan", 187.50, 200.10), ("ketertiban", 478.80, 520.80),
        ("umum", 525.00, 541.80), ("aktif", 554.10, 575.10), ("Tentara", 627.90, 657.30),
        ("Nasional", 661.50, 695.10), ("Indonesia,", 713.70, 755.70)]),
    _ln(271.7, [("ketertiban", 64.00, 106.00), ("ketertiban", 187.50, 229.50), ("Indonesia", 627.90, 665.70),
        ("dan", 669.90, 682.50), ("Tentara", 713.70, 743.10), ("Nasional", 747.30, 780.90)]),
    _ln(280.8, [("umum", 64.00, 80.80), ("umum", 187.50, 204.30), ("Instansi", 627.90, 661.50),
        ("vertikal", 665.70, 699.30), ("Indonesia", 713.70, 751.50), ("dan", 755.70, 768.30)]),
    _ln(289.9, [("di", 627.90, 636.30), ("wilayah", 640.50, 669.90), ("Instansi", 713.70, 747.30),
        ("Vertikal", 751.50, 785.10)]),
    _ln(299.0, [("kecamatan", 627.90, 665.70), ("di", 713.70, 722.10), ("Wilayah", 726.30, 755.70)]),
    _ln(308.1, [("Kecamatan", 713.70, 751.50)]),
    _ln(317.2, [("Jumlah", 713.70, 738.90), ("monev", 743.10, 764.10)]),
    _ln(326.3, [("pengendalian", 713.70, 764.10)]),
    _ln(335.4, [("penyebaran", 713.70, 755.70), ("COVID-", 759.90, 785.10)]),
    _ln(344.5, [("19", 713.70, 722.10)]),
    _ln(353.7, [("Koordinasi", 478.80, 520.80), ("Koordinasi/siner", 627.90, 695.10), ("Jumlah", 713.70, 738.90),
        ("Laporan", 743.10, 772.50)]),
]


def test_a_frame_holding_a_body_part_alone_does_not_part_its_rows():
    assert not rules_part_rows(PART, [42.9, 526.3])


def test_a_frame_with_a_bold_header_band_still_parts_by_rules():
    # header and body parted by a rule under the header: the body's bands are rows
    head = _ln(20.0, [("Sub", 627.9, 640.5), ("Kegiatan", 644.7, 678.3), ("Indikator", 713.7, 751.5)])
    head.words[:] = [Word(w.text, w.x0, w.top, w.x1, w.bottom, size=7.0, bold=True) for w in head.words]
    one_row = [head, PART[0], PART[1]]
    assert rules_part_rows(one_row, [18.0, 30.0, 60.0])

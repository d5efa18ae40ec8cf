"""Monospaced tables whose cells stand flush: white short of one pitch, or narrower than the stretched spaces of the
justified line it ends, is a column gap, not a word space (11 pt mono, a 6.6 pt pitch, as a browser prints a table)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import channel_spans, find_text_tables
from lkjip.extract.layout.channels import spans_in_channels
from lkjip.extract.layout.columns_cut import phrase_spans
from lkjip.extract.layout.geometry import TextLine, Word

SIZE, PITCH = 10.99, 6.6


def _ln(top: float, words: list[tuple], bold: bool = False, size: float = SIZE) -> TextLine:
    """A line of words set in the monospaced font, each starting at the x given and ending at the next x given (or
    as wide as its letters times the pitch)."""
    return TextLine([Word(t, x0, top, rest[0] if rest else x0 + len(t) * PITCH, top + 10.0, size=size, bold=bold)
                     for t, x0, *rest in words])


def _cells(lines: list[TextLine]) -> list[list[str]]:
    (table,), _ = find_text_tables(lines, page_no=1)
    return [row.cells for row in table.table.rows]


# names justified to their cell's right edge (261.3), amounts set flush right filling theirs: the white between
# them (6.7 pt) is one pitch, as wide as a word space, and narrower than the justified lines' stretched spaces
BUDGET = [
    _ln(434.1, [("NO", 60.0, 73.2), ("URAIAN", 120.3, 159.9), ("ANGGARAN", 267.3, 320.1)]),
    _ln(447.6, [("ANGGARAN", 267.3, 320.1), ("REALISASI", 379.6, 438.9), ("%", 491.8, 498.4)]),
    _ln(461.9, [("BELANJA", 120.3, 166.5), ("LANGSUNG", 173.1, 225.9), ("4.190.144.266,00", 268.0, 373.56), ("3.660.962.110,00", 380.3, 485.84), ("87,37", 503.3, 536.2)]),
    _ln(476.1, [("a.", 60.0, 73.2), ("PROGRAM", 120.3, 166.5), ("PENUNJANG", 201.9, 261.3), ("3.855.244.438,00", 268.0, 373.56), ("3.345.451.604,00", 380.3, 485.84), ("86,78", 503.3, 536.2)]),
    _ln(488.1, [("URUSAN", 120.3, 159.9), ("PEMERINTAHAN", 182.1, 261.3)]),
    _ln(500.1, [("DAERAH", 120.3, 159.9), ("KABUPATEN/KOTA", 166.5, 258.9)]),
    _ln(513.6, [("a.", 60.0, 73.2), ("Administrasi", 120.3, 199.5), ("Keuangan", 208.5, 261.3), ("3.424.213.243,00", 268.0, 373.56), ("2.948.919.846,00", 380.3, 485.84), ("86,12", 503.3, 536.2)]),
    _ln(525.6, [("Perangkat", 120.3, 179.7), ("Daerah", 186.3, 225.9)]),
    _ln(539.9, [("a.", 60.0, 73.2), ("Penyediaan", 120.3, 186.3), ("Gaji", 200.7, 227.1), ("dan", 241.5, 261.3), ("3.424.213.243,00", 268.0, 373.56), ("2.948.919.846,00", 380.3, 485.84), ("86,12", 503.3, 536.2)]),
    _ln(551.9, [("Tunjangan", 120.3, 179.7), ("ASN", 186.3, 206.1)]),
    _ln(566.1, [("b.", 60.0, 73.2), ("Koordinasi", 120.3, 186.3), ("dan", 241.5, 261.3), ("-", 367.0, 373.56), ("-", 479.2, 485.84), ("0,00", 509.9, 536.2)]),
    _ln(578.1, [("Penyusunan", 120.3, 186.3), ("Laporan", 215.1, 261.3)]),
    _ln(590.1, [("Keuangan", 120.3, 173.1)]),
    _ln(602.1, [("Bulanan/Triwulanan/Se", 120.3, 258.9)]),
    _ln(614.1, [("mesteran", 120.3, 173.1), ("SKPD", 179.7, 206.1)]),
    _ln(627.6, [("b.", 60.0, 73.2), ("Administrasi", 120.3, 199.5), ("Umum", 234.9, 261.3), ("273.901.791,00", 281.2, 373.56), ("255.365.208,00", 393.5, 485.84), ("93,23", 503.3, 536.2)]),
    _ln(639.6, [("Perangkat", 120.3, 179.7), ("Daerah", 186.3, 225.9)]),
    _ln(653.9, [("a.", 60.0, 73.2), ("Penyediaan", 120.3, 186.3), ("Peralatan", 201.9, 261.3), ("75.586.335,00", 287.8, 373.56), ("69.100.230,00", 400.1, 485.84), ("91,42", 503.3, 536.2)]),
    _ln(665.9, [("dan", 120.3, 140.1), ("Perlengkapan", 182.1, 261.3)]),
    _ln(677.9, [("Kantor", 120.3, 159.9)]),
    _ln(692.1, [("b.", 60.0, 73.2), ("Penyediaan", 120.3, 186.3), ("Bahan", 228.3, 261.3), ("73.097.423,00", 287.8, 373.56), ("63.919.635,00", 400.1, 485.84), ("87,44", 503.3, 536.2)]),
    _ln(704.1, [("Logistik", 120.3, 173.1), ("Kantor", 179.7, 219.3)]),
    _ln(717.6, [("c.", 60.0, 73.2), ("Penyediaan", 120.3, 186.3), ("Bahan", 228.3, 261.3), ("54.395.272,00", 287.8, 373.56), ("51.522.582,00", 400.1, 485.84), ("94,72", 503.3, 536.2)]),
    _ln(729.6, [("Bacaan", 120.3, 159.9), ("dan", 171.0, 190.8), ("Peraturan", 201.9, 261.3)]),
    _ln(741.6, [("Perundang-undangan", 120.3, 239.1)]),
    _ln(755.9, [("d.", 60.0, 73.2), ("Penyelenggaraan", 120.3, 219.3), ("Rapat", 228.3, 261.3), ("70.822.761,00", 287.8, 373.56), ("70.822.761,00", 400.1, 485.84), ("100,00", 496.7, 536.2)]),
    _ln(767.9, [("Koordinasi", 120.3, 186.3), ("dan", 241.5, 261.3)]),
]


def test_a_justified_name_flush_against_a_full_amount_cell_is_its_own_cell():
    rows = _cells(BUDGET)
    names = {r[1]: r for r in rows}
    assert names["Administrasi Keuangan Perangkat Daerah"][2] == "3.424.213.243,00"
    assert names["Penyediaan Gaji dan Tunjangan ASN"][2] == "3.424.213.243,00"
    assert names["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"][2] == "3.855.244.438,00"


def test_a_gap_narrower_than_the_stretched_spaces_before_it_ends_the_justified_line():
    line = _ln(513.6, [("a.", 60.0), ("Administrasi", 120.3), ("Keuangan", 208.5), ("3.424.213.243,00", 268.0),
                       ("2.948.919.846,00", 380.3), ("86,12", 503.2)])
    spans = channel_spans(line, [(73.2, 120.3), (225.9, 267.3), (373.6, 379.6)], SIZE)
    rounded = [(round(a, 1), round(b, 1)) for a, b in spans]
    assert (120.3, 261.3) in rounded
    assert any(a == 268.0 for a, _ in rounded)


def test_one_pitch_spaces_of_a_line_not_stretched_stay_word_spaces():
    # the last line of a justified cell is set with plain spaces: a channel over one of them cuts nothing
    line = _ln(525.6, [("Perangkat", 120.3), ("Daerah", 186.3), ("Kantor", 232.5)])
    assert len(channel_spans(line, [(225.9, 267.3)], SIZE)) == 1


# an indicator column justified to its right edge (395.0) and a unit left-aligned in the next (401.1): 6.1 pt of
# white, short of the 6.6 pt pitch a word space would be
def test_white_short_of_a_pitch_parts_two_phrases():
    line = _ln(98.9, [("pelayanan", 263.6), ("Indeks", 329.0), ("Indeks", 401.1)])
    assert len(phrase_spans(line)) == 3
    assert len(phrase_spans(_ln(98.9, [("pelayanan", 263.6), ("Indeks", 329.0), ("Kepuasan", 375.2)]))) == 2


def test_white_short_of_a_pitch_in_a_channel_cuts_the_line():
    line = _ln(149.1, [("tata", 60.0), ("kelola", 97.6), ("pemerintahan", 148.4), ("desa", 233.6)])
    assert len(channel_spans(line, [(227.6, 233.6)], SIZE)) == 2


def test_white_short_of_a_pitch_in_a_carried_channel_cuts_the_line():
    # a row running on to the next page, read with the columns of the table's part above
    line = _ln(149.1, [("tata", 60.0), ("kelola", 97.6), ("pemerintahan", 148.4), ("desa", 233.6)])
    assert len(spans_in_channels(line, [(227.6, 233.6)], PITCH)) == 2


PERFORMANCE = [
    _ln(57.6, [("No", 60.0), ("Sasaran", 106.6), ("Satuan", 401.1), ("Target", 470.6), ("Realisasi", 557.4)], True),
    _ln(69.6, [("Uraian", 106.6), ("Indikator", 329.0)], True),
    _ln(98.9, [("1", 94.0), ("Meningkatnya", 106.6), ("kualitas", 198.3), ("pelayanan", 263.6), ("Indeks", 329.0),
               ("Indeks", 401.1), ("77,96", 518.4), ("82,16", 587.9)]),
    _ln(110.9, [("publik", 106.6), ("kecamatan", 152.8), ("Kepuasan", 329.0)]),
    _ln(122.9, [("Masyarakat", 329.0)]),
    _ln(148.4, [("2", 94.0), ("Meningkatnya", 106.6), ("partisipasi", 250.4), ("Persentase", 329.0), ("%", 401.1),
                ("50", 538.2), ("61", 607.7)]),
    _ln(160.4, [("masyarakat", 106.6), ("dalam", 195.0), ("pembangunan", 250.4), ("keluarga", 329.0)]),
    _ln(172.4, [("desa", 106.6), ("yang", 329.0), ("hadir", 362.0)]),
    _ln(186.6, [("3", 94.0), ("Meningkatnya", 106.6), ("kualitas", 214.8), ("tata", 296.6), ("Persentase", 329.0),
                ("%", 401.1), ("69", 538.2), ("77", 607.7)]),
    _ln(198.6, [("kelola", 106.6), ("pemerintahan", 152.8), ("desa", 329.0)]),
]


def test_a_unit_column_flush_against_a_justified_indicator_is_a_column():
    rows = _cells(PERFORMANCE)
    body = [r for r in rows if any(c in ("Indeks", "%") for c in r)]
    assert len(body) == 3
    for r in body:
        k = next(k for k, c in enumerate(r) if c in ("Indeks", "%"))
        assert r[k - 1].startswith(("Indeks Kepuasan", "Persentase"))


def test_a_justified_run_straddling_the_stretch_bound_is_even():
    # 9 pt mono (5.4 pt pitch): a line stretched to 7.0 and 7.1 pt spaces, either side of 1.3 pitches (7.02)
    from lkjip.extract.layout.justified import even_spaced

    words = [Word(t, x0, 361.5, x1, 370.5, size=9.0, bold=False)
             for t, x0, x1 in [("Meningkatnya", 88.6, 153.4), ("partisipasi", 160.4, 219.8),
                               ("masyarakat", 226.9, 280.9)]]
    assert even_spaced(words, 5.51, 1.3 * 5.4) == frozenset({1, 2})


SASARAN = [
    _ln(326.3, [("No.", 60.0, 76.2), ("Sasaran", 88.6, 126.4), ("Indikator", 286.9, 335.5), ("Target", 499.6, 532.0)], size=9.0),
    _ln(338.3, [("1", 77.2, 82.6), ("Meningkatnya", 88.6, 153.4), ("kualitas", 171.2, 214.4), ("pelayanan", 232.3, 280.9),
                ("Indeks", 286.9, 319.3), ("Kepuasan", 324.7, 367.9), ("Masyarakat", 373.3, 427.3),
                ("(IKM)", 432.7, 459.7), ("82,42", 509.2, 536.2)], size=9.0),
    _ln(348.8, [("publik", 88.6, 121.0), ("kecamatan", 126.4, 175.0)], size=9.0),
    _ln(361.5, [("2", 77.2, 82.6), ("Meningkatnya", 88.6, 153.4), ("partisipasi", 160.4, 219.8),
                ("masyarakat", 226.9, 280.9), ("Persentase", 286.9, 340.9), ("partisipasi", 360.5, 419.9),
                ("masyarakat", 439.5, 493.5), ("65", 514.6, 525.4), ("%", 530.8, 536.2)], size=9.0),
    _ln(372.0, [("dalam", 88.6, 115.6), ("pembangunan", 121.0, 180.4), ("desa", 185.8, 207.4), ("dalam", 286.9, 313.9),
                ("musyawarah", 347.0, 401.0), ("perencanaan", 434.1, 493.5)], size=9.0),
    _ln(382.5, [("pembangunan", 286.9, 346.3), ("desa", 351.7, 373.3)], size=9.0),
    _ln(395.3, [("3", 77.2, 82.6), ("Menurunnya", 88.6, 142.6), ("gangguan", 157.7, 200.9), ("ketenteraman", 216.1, 280.9),
                ("Persentase", 286.9, 340.9), ("penanganan", 368.6, 422.6), ("gangguan", 450.3, 493.5),
                ("70", 514.6, 525.4), ("%", 530.8, 536.2)], size=9.0),
    _ln(405.8, [("dan", 88.6, 104.8), ("ketertiban", 110.2, 164.2), ("umum", 169.6, 191.2), ("ketenteraman", 286.9, 351.7),
                ("dan", 357.1, 373.3), ("ketertiban", 378.7, 432.7), ("umum", 438.1, 459.7)], size=9.0),
]


def test_stretched_spaces_a_hair_over_the_bound_open_no_column():
    rows = _cells(SASARAN)
    assert [len(r) for r in rows] == [4] * len(rows)
    assert rows[1][1] == "Meningkatnya kualitas pelayanan publik kecamatan"
    assert rows[2][1] == "Meningkatnya partisipasi masyarakat dalam pembangunan desa"

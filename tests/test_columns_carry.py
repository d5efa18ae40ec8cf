"""Channels a borderless table carries to the next page, narrowed to that page's text (8 pt, as printed)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables, narrow_channels
from lkjip.extract.layout.geometry import TextLine, Word


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 7.34, size=8.0, bold=bold) for t, x0, x1 in words])


# the page's last table: its one row has no key, so the "No" column shows no edge of its own
PAGE_11 = [
    _ln(703.9, True, [("NO", 56.8, 68.9), ("URAIAN", 122.8, 154.0), ("ANGGAR", 387.4, 421.9)]),
    _ln(714.6, True, [("AN", 387.4, 398.9)]),
    _ln(725.2, True, [("ANGGAR", 387.4, 421.9), ("REALISA", 433.6, 467.5), ("%", 479.9, 487.1)]),
    _ln(735.8, True, [("AN", 387.4, 398.9), ("SI", 433.6, 441.5)]),
    _ln(747.2, False, [("BELANJA", 302.8, 333.6), ("LANGSUNG", 335.9, 376.5), ("Rp.", 411.0, 422.8),
                       ("Rp.", 457.3, 469.1), ("91,25", 507.4, 528.0)]),
    _ln(757.9, False, [("3.657.65", 390.9, 422.8), ("3.337.67", 437.2, 469.1)]),
    _ln(768.5, False, [("8.614", 402.3, 422.9), ("9.541", 448.6, 469.2)]),
]

# its rows go on at the next page's top, with keys set flush right inside the carried white of the "No" column
PAGE_12 = [
    _ln(58.3, False, [("A.", 104.9, 112.1), ("PROGRAM", 169.9, 206.6), ("PENUNJANG", 208.9, 251.7),
                      ("URUSAN", 254.0, 284.4), ("PEMERINTAHAN", 286.7, 343.8), ("DAERAH", 346.1, 376.4),
                      ("Rp.", 411.0, 422.8), ("Rp.", 457.3, 469.1), ("90,64", 507.4, 528.0)]),
    _ln(68.9, False, [("KABUPATEN/KOTA", 311.1, 376.6), ("3.210.05", 390.9, 422.8), ("2.909.65", 437.2, 469.1)]),
    _ln(79.6, False, [("5.537", 402.3, 422.9), ("2.311", 448.6, 469.2)]),
    _ln(90.0, False, [("1.", 105.2, 112.1), ("Perencanaan,", 127.4, 176.6), ("Penganggaran,", 179.0, 233.6),
                      ("dan", 235.8, 249.3), ("Evaluasi", 251.6, 281.6), ("Kinerja", 283.8, 308.8),
                      ("Perangkat", 311.1, 347.8), ("Daerah", 350.1, 376.3), ("-", 420.3, 422.9), ("-", 466.6, 469.2),
                      ("0,00", 512.0, 528.0)]),
    _ln(100.7, False, [("1.", 105.2, 112.1), ("Koordinasi", 201.1, 238.8), ("dan", 241.1, 254.6),
                       ("Penyusunan", 256.9, 300.9), ("Dokumen", 303.2, 337.8), ("RKA-SKPD", 340.1, 376.5),
                       ("-", 420.3, 422.9), ("-", 466.6, 469.2), ("0,00", 512.0, 528.0)]),
    _ln(111.3, False, [("2.", 105.2, 112.1), ("Koordinasi", 196.8, 234.5), ("dan", 236.8, 250.3),
                       ("Penyusunan", 252.6, 296.6), ("Perubahan", 298.9, 337.6), ("DPA-SKPD", 340.0, 376.4),
                       ("-", 420.3, 422.9), ("-", 466.6, 469.2), ("0,00", 512.0, 528.0)]),
    _ln(122.0, False, [("2", 107.5, 112.1), ("Administrasi", 225.8, 270.5), ("Keuangan", 272.8, 309.0),
                       ("Perangkat", 311.2, 347.9), ("Daerah", 350.2, 376.4), ("Rp.", 411.0, 422.8),
                       ("Rp.", 457.3, 469.1), ("90,94", 507.4, 528.0)]),
]


def test_keys_inside_a_carried_channel_stay_in_the_column_before_it():
    (first,), _ = find_text_tables(PAGE_11, page_no=11)
    (cont,), rest = find_text_tables(PAGE_12, page_no=12, carry=first)
    assert not rest
    rows = [r.cells for r in cont.table.rows]
    assert [r[0] for r in rows] == ["A.", "1.", "1.", "2.", "2"]
    assert rows[1][1] == "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
    assert rows[0][1] == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"


def test_segments_wholly_inside_a_channel_go_with_their_aligned_edge():
    # ends at one x: keys set flush right close the column before; starts at one x: the next column opens there
    assert narrow_channels([(68.9, 122.8)], [(104.9, 112.1), (107.5, 112.1), (127.4, 376.3)]) == [(112.1, 122.8)]
    assert narrow_channels([(68.9, 122.8)], [(80.0, 90.0), (80.0, 101.5), (127.4, 376.3)]) == [(68.9, 80.0)]
    # one segment inside, or edges aligned on neither side: no side to choose
    assert narrow_channels([(68.9, 122.8)], [(104.9, 112.1)]) == [(68.9, 122.8)]
    assert narrow_channels([(68.9, 122.8)], [(80.0, 95.0), (85.0, 101.0)]) == [(68.9, 122.8)]

"""Two narrow centred output columns side by side (TARGET | REALISASI, 9 pt condensed, Chromium): less than an em
of white between them, in the bold header as down the body, and a label spanning columns above (OUTPUT/KELUARAN)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.header_gaps import label_spans


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 10.5, size=9.0, bold=bold) for t, x0, x1 in words])


HEAD = [
    _ln(36.2, True, [("NO", 60.8, 74.4), ("URAIAN", 105.4, 140.5), ("ANGGARAN", 195.9, 245.0),
                     ("OUTPUT/KELUARAN", 338.3, 420.2)]),
    _ln(46.7, True, [("ANGGARAN", 195.9, 241.0), ("REALISASI", 247.9, 296.0), ("%", 299.9, 308.0),
                     ("URAIAN", 338.3, 373.4), ("TARGET", 406.2, 441.2), ("REALISASI", 451.2, 498.3),
                     ("%", 511.8, 519.9)]),
]
BODY = [
    _ln(60.2, False, [("1.", 76.2, 83.9), ("PROGRAM", 127.1, 168.1), ("2.030.938", 197.0, 240.7),
                       ("2.025.767", 249.0, 292.7), ("99,75", 304.5, 327.7), ("Persentase", 347.0, 391.5),
                       ("100%", 414.1, 437.3), ("92,1%", 465.7, 491.4), ("92,1", 514.7, 532.7)]),
    _ln(70.7, False, [("PENUNJANG", 123.6, 171.7), ("layanan", 353.2, 385.4)]),
    _ln(83.5, False, [("1.", 76.2, 83.9), ("Penyediaan", 106.1, 153.0), ("Gaji", 155.5, 171.3),
                       ("1.943.281", 197.0, 240.7), ("1.943.281", 249.0, 292.7), ("100,00", 302.0, 330.3),
                       ("Jumlah", 345.3, 373.5), ("ASN", 376.1, 392.8), ("29", 406.8, 417.1), ("Orang", 419.7, 444.6),
                       ("29", 459.6, 469.9), ("Orang", 472.5, 497.4), ("100", 515.9, 531.4)]),
    _ln(94.0, False, [("Tunjangan", 117.2, 158.7), ("penerima", 341.4, 380.0), ("gaji", 382.6, 397.2)]),
    _ln(106.8, False, [("1.", 76.2, 83.9), ("Peningkatan", 106.7, 156.9), ("59.249.967", 198.3, 239.5),
                       ("59.249.967", 250.3, 291.5), ("100,00", 302.0, 330.3), ("Jumlah", 345.0, 373.0),
                       ("33", 420.6, 430.9), ("33", 453.4, 463.7), ("Lembaga", 466.2, 503.6), ("100", 515.9, 531.4)]),
    _ln(117.3, False, [("Partisipasi", 110.9, 150.3), ("Lembaga", 344.0, 380.0), ("Lembaga", 407.0, 444.4)]),
]


def test_a_header_word_gap_of_an_em_is_a_label_gap_not_a_word_space():
    assert label_spans(HEAD[1])[-3:] == [(406.2, 441.2), (451.2, 498.3), (511.8, 519.9)]
    assert len(label_spans(BODY[1])) == 2  # "PENUNJANG" | "layanan": a word space joins, a column gap cuts


def test_target_and_realisasi_read_as_two_columns():
    (table,), rest = find_text_tables(HEAD + BODY, page_no=11)
    assert not rest
    rows = [r.cells for r in table.table.rows]
    by_no = [r for r in rows if r[0] == "1."]
    assert [r[-3:] for r in by_no] == [["100%", "92,1%", "92,1"], ["29 Orang", "29 Orang", "100"],
                                       ["33 Lembaga", "33 Lembaga", "100"]]


def _l10(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 11.6, size=10.0, bold=bold) for t, x0, x1 in words])


# REALISASI right-aligned beside a left-aligned %: 6 pt of white (0.6 em) down the body, within one segment
REALISASI_PERCENT = [
    _l10(34.1, True, [("NO", 60.8, 75.9), ("URAIAN", 102.2, 141.2), ("ANGGARAN", 185.7, 243.3),
                      ("OUTPUT/KELUARAN", 350.1, 440.0)]),
    _l10(57.5, True, [("ANGGARAN", 185.7, 243.3), ("REALISASI", 250.3, 302.6), ("%", 314.9, 323.9),
                      ("URAIAN", 350.1, 389.1), ("TARGE", 415.5, 448.3), ("REALISAS", 457.4, 506.4),
                      ("%", 515.4, 524.4)]),
    _l10(68.7, True, [("T", 415.5, 421.7), ("I", 457.4, 460.7)]),
    _l10(83.0, False, [("1)", 60.8, 70.0), ("PROGRAM", 102.2, 147.7), ("2.623.339.732", 175.0, 244.3),
                       ("2.273.966.088", 240.0, 308.9), ("86,68", 318.3, 344.1), ("Persentase", 350.1, 399.5),
                       ("100%", 425.7, 451.4), ("96,8%", 480.8, 509.4), ("96,8", 515.5, 535.5)]),
    _l10(94.2, False, [("PENUNJANG", 102.2, 155.7), ("layanan", 350.1, 385.8)]),
    _l10(107.5, False, [("1)", 60.8, 70.0), ("Perencanaan,", 102.2, 163.3), ("74.459.731", 192.8, 244.3),
                        ("74.459.731", 257.4, 308.9), ("100,00", 318.3, 344.1), ("Persentase", 350.1, 399.5),
                        ("100%", 425.7, 451.4), ("100%", 483.7, 509.4), ("100", 518.3, 535.5)]),
    _l10(118.8, False, [("Penganggaran,", 102.2, 170.1), ("dokumen", 350.1, 391.9)]),
]


def test_realisasi_and_percent_apart_by_less_than_a_segment_gap():
    (table,), _ = find_text_tables(REALISASI_PERCENT, page_no=12)
    by_no = [r.cells for r in table.table.rows if r.cells[0] == "1)"]
    assert [r[-3:] for r in by_no] == [["100%", "96,8%", "96,8"], ["100%", "100%", "100"]]

"""A borderless table whose cells are set justified, its column gaps no wider than a word space (#12).

Justified cells fill their columns to the right edge: the white between two columns is the cell padding (6 pt
here, half an em), narrower than the spaces a justified line stretches inside its cell (10 to 22 pt). Every line
of such a table read as one segment across its columns, or cut at the stretched spaces, and the problem table
("No  Masalah  Pokok Masalah  Akar Masalah") was read as paragraphs: a whole table lost, and every uncaptioned
table after it numbered one lower. Each cell's lines start where its header label starts, to a hundredth of a
point: that x opens a column however narrow the gap before it, and the lines it cuts are stretched elsewhere
(:func:`~lkjip.extract.layout.justified.header_pinned`).
The word boxes of a page's foot as Chromium prints such a table (serif 11 pt, justified cells, no rules).
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import header_pinned

#: (top, height, size, bold, [(text, x0, x1), ...]) per printed line
LINES = [
    (641.81, 13.28, 12.0, False, [('Permasalahan', 57.00, 123.56), ('utama', 126.56, 155.84), ('yang', 158.84, 182.16), ('dihadapi', 185.16, 226.44), ('dalam', 229.44, 258.72), ('pelaksanaan', 261.72, 320.29), ('tugas', 323.29, 348.60), ('dan', 351.60, 368.92), ('fungsi', 371.92, 401.90), ('kecamatan', 404.90, 456.13), ('dipetakan', 459.13, 505.73)]),
    (655.31, 13.28, 12.0, False, [('menjadi', 57.00, 95.60), ('masalah,', 98.60, 140.87), ('pokok', 143.87, 173.87), ('masalah', 176.87, 216.13), ('dan', 219.13, 236.45), ('akar', 239.45, 260.08), ('masalah', 263.08, 302.34), ('sebagai', 305.34, 341.28), ('berikut:', 344.28, 381.56)]),
    (673.45, 12.17, 11.0, True, [('No', 60.00, 73.44), ('Masalah', 86.41, 126.72), ('Pokok', 238.55, 268.48), ('Masalah', 271.23, 311.54), ('Akar', 383.16, 407.57), ('Masalah', 410.13, 450.44)]),
    (688.45, 12.17, 11.0, False, [('1.', 72.16, 80.41), ('Sarana', 86.41, 116.31), ('dan', 126.37, 142.25), ('prasarana', 152.30, 194.40), ('kantor', 204.46, 232.54), ('Ruang', 238.55, 267.25), ('pelayanan', 273.97, 318.53), ('sempit', 325.25, 354.55), ('dan', 361.28, 377.16), ('Faktor', 383.16, 411.86), ('Internal:', 434.07, 471.29), ('Anggaran', 492.91, 536.25)]),
    (701.20, 12.17, 11.0, False, [('kecamatan', 86.41, 133.41), ('kurang', 136.15, 166.68), ('memadai', 169.42, 209.70), ('peralatan', 238.55, 278.82), ('sudah', 281.57, 307.22), ('tua', 309.96, 323.38), ('pemeliharaan', 383.16, 442.36), ('kantor', 458.17, 486.25), ('terbatas', 502.07, 536.25)]),
    (713.95, 12.17, 11.0, False, [('Faktor', 383.16, 411.86), ('Eksternal:', 416.15, 460.71), ('Harga', 465.02, 491.66), ('peralatan', 495.97, 536.25)]),
    (726.70, 12.17, 11.0, False, [('kantor', 383.16, 411.24), ('terus', 413.99, 435.35), ('naik', 438.10, 457.03)]),
    (741.70, 12.17, 11.0, False, [('2.', 72.16, 80.41), ('Ketenteraman', 86.41, 148.06), ('dan', 160.39, 176.26), ('ketertiban', 188.60, 232.54), ('Masih', 238.55, 266.03), ('terjadi', 286.18, 314.25), ('gangguan', 334.42, 377.15), ('Faktor', 383.16, 411.86), ('Internal:', 419.53, 456.76), ('Personil', 464.44, 500.47), ('Satpol', 508.15, 536.24)]),
    (754.45, 12.17, 11.0, False, [('umum', 86.41, 114.50), ('belum', 117.25, 144.72), ('sepenuhnya', 147.48, 199.36), ('terjaga', 202.12, 232.01), ('keamanan', 238.55, 283.10), ('di', 301.12, 309.66), ('lingkungan', 327.69, 377.15), ('PP', 383.16, 395.38), ('di', 400.69, 409.23), ('kecamatan', 414.95, 461.94), ('terbatas', 467.65, 501.83), ('Faktor', 507.55, 536.25)]),
    (767.20, 12.17, 11.0, False, [('permukiman', 238.55, 294.11)]),
]


def _lines(rows=LINES) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in rows]


def test_a_justified_table_with_gaps_as_narrow_as_a_word_space_is_read_by_its_header_edges():
    tables, rest = find_text_tables(_lines(), [], page_no=1, strategy="text", vocab=None)
    assert len(tables) == 1 and len(rest) == 2  # the two lines of text above the table
    rows = tables[0].table.rows
    assert rows[0].is_header and rows[0].cells[-2:] == ["Pokok Masalah", "Akar Masalah"]
    first = next(r.cells for r in rows if r.cells[0].startswith("1."))
    assert first[-2] == "Ruang pelayanan sempit dan peralatan sudah tua"
    assert first[-1].startswith("Faktor Internal: Anggaran pemeliharaan kantor terbatas")
    assert any(r.cells[0].startswith("2.") for r in rows)


def test_a_header_word_over_a_wide_gap_changes_nothing():
    # the same table set left-aligned with wide gaps (every word 40 pt further right past each column start):
    # segment gaps cut it already, no word is pinned
    shifted = [(top, h, size, bold, [(t, x0 + 40.0 * sum(x0 >= c for c in (238.0, 383.0)),
                                      x1 + 40.0 * sum(x0 >= c for c in (238.0, 383.0))) for t, x0, x1 in words])
               for top, h, size, bold, words in LINES]
    pins, stretched = header_pinned(_lines(shifted))
    assert not pins and not stretched


def test_a_header_line_holding_one_wrapped_label_pins_nothing():
    # "OUTPUT/K" / "ELUARAN": the second header line shows one column start only; the output column's names start
    # there right after the right-aligned percents, closer than a segment gap, in a table that is not justified
    def line(top: float, bold: bool, *words: tuple[str, float]) -> tuple:
        return (top, 12.0, 11.0, bold, [(t, x, x + 5.5 * len(t)) for t, x in words])

    rows = [line(100.0, True, ("NO", 60.0), ("URAIAN", 95.0), ("ANGGARA", 300.0), ("OUTPUT/K", 420.0)),
            line(113.0, True, ("N", 300.0), ("ELUARAN", 420.0))]
    for k, (name, amount, pct) in enumerate([("Koordinasi dan", "-", "0,00"), ("Penyediaan Gaji", "1.735.614", "92,98"),
                                             ("Penyediaan Jasa", "42.861.276", "84,70")]):
        top = 130.0 + 14.0 * k
        name_words = [(t, 95.0 + 60.0 * i) for i, t in enumerate(name.split())]
        rows.append(line(top, False, ("1.2", 60.0), *name_words, (amount, 300.0), (pct, 414.0 - 5.5 * len(pct)),
                         ("Jumlah", 420.0), ("ASN", 460.0)))
    pins, stretched = header_pinned(_lines(rows))
    assert not pins and not stretched


def test_words_ocr_found_pin_nothing():
    """A scan of the same table: OCR's boxes line up to a point or two and its bold is a guess, so no header word
    pins a column (on a scanned draw the pins cut a justified budget table at words standing under header words)."""
    ocr = [TextLine([Word(w.text, w.x0, w.top, w.x1, w.bottom, size=w.size, bold=w.bold, conf=96.0) for w in ln.words])
           for ln in _lines()]
    assert header_pinned(_lines())[0]
    assert header_pinned(ocr) == (frozenset(), frozenset())

"""Scanned monospaced tables ruled across only, where a page opens or a narrow column hides (issue #12).

* A table ruled across only ends one page with its last rule; the next page opens with a sentence and the next
  table's caption set right over that table's first rule, as wide as the table before. Lines over a stack's first
  rule under a table the page before ended may be the rest of its last row the page break cut; a sentence across
  the table and a numbered caption are not (read as one segment since a monospaced OCR line's word space is
  measured by its ink): they stay text, and the next table opens with its own header.
* A cascading table's "No" column is narrow: its label wraps letter by letter ("N" / "o") and OCR reads the "o"
  and the next column's wrapped "n" ("Tujua" / "n") as one word "on", across the white between the two columns'
  numbers in the numbering row ("1 2 3 …"). That word, wider than its two letters at the page's pitch, covers no
  white: the column is split there.
"""

from __future__ import annotations

from lkjip.extract.layout.geometry import Ruling, Word, ink_joined, ink_pitch, lines_from_words, one_segment
from lkjip.extract.layout.half_ruled import half_ruled_tables
from tests.mono_ink import BEARING, PITCH, SIZE, ink_words, rule

COLS = (60, 110, 300, 385, 470)
HEAD = ("NO", "URAIAN", "ANGGARAN", "REALISASI", "%")


def _rows(y: float, rows: list[tuple[str, ...]]) -> tuple[list[Word], list[Ruling]]:
    """A header and rows of one line each between rules, the first rule at ``y``."""
    rules = [rule(y)]
    words = ink_words(y + 3.0, *zip(COLS, HEAD, strict=True), bold=True)
    y += 16.0
    rules.append(rule(y))
    for row in rows:
        words += ink_words(y + 3.0, *zip(COLS, row, strict=True))
        y += 16.0
        rules.append(rule(y))
    return words, rules


def test_a_sentence_and_caption_over_the_next_table_are_no_rest_of_the_last_row():
    rows = [("1.", "Penunjang Urusan", "1.250.000", "1.200.000", "96,00"),
            ("2.", "Pelayanan Publik", "2.500.000", "2.400.000", "96,00")]
    words, rules = _rows(640.0, rows)
    (first,), _ = half_ruled_tables(lines_from_words(words), rules, page_no=1, strategy="ocr")
    # the next page: a sentence, a caption close over the next table's first rule
    words = ink_words(60.0, (57, "Sedangkan realisasi per kegiatan dan sub kegiatan disajikan"))
    words += ink_words(73.0, (57, "dalam tabel berikut:"))
    words += ink_words(86.0, (57, "Tabel 3.7 Penyerapan Anggaran per Kegiatan"))
    more, more_rules = _rows(98.0, [("1.1", "Perencanaan", "3.520.349", "3.497.422", "99,35")])
    tables, rest = half_ruled_tables(lines_from_words(words + more), more_rules, page_no=2, strategy="ocr",
                                     carry=first)
    assert [r.cells[0] for r in tables[0].table.rows] == ["NO", "1.1"]
    assert [ln.text for ln in rest][-1].startswith("Tabel 3.7")


def _cascading() -> tuple[list[Word], list[Ruling]]:
    """A cascading table's header ("N" / "o" wrapped, the "o" read with the next column's "n"), its numbering row
    and two body rows, ruled across only."""
    cols = (60, 73, 116, 159, 203, 246)
    words = ink_words(100.0, *zip(cols, ("N", "Tujua", "Indik", "Sasar", "Indik", "Program"), strict=True),
                      bold=True)
    # OCR's one word over "o" (under "N") and "n" (under "Tujua"): from the one's ink to the other's
    words.append(Word("on", 60 + BEARING / 2, 112.0, 73 + PITCH - BEARING / 2, 121.0, size=SIZE, bold=True, conf=80))
    words += ink_words(112.0, *zip(cols[2:], ("ator", "an", "ator", "Kegiatan"), strict=True), bold=True)
    words += ink_words(128.0, *zip(cols, ("1", "2", "3", "4", "5", "6"), strict=True), bold=True)
    words += ink_words(144.0, *zip(cols, ("1", "Menin", "Indek", "Menin", "Indek", "PROGRAM"), strict=True))
    words += ink_words(156.0, *zip(cols[1:], ("gkatk", "Kepua", "gkatn", "Kepua", "PELAYANAN"), strict=True))
    words += ink_words(172.0, *zip(cols, ("2", "Menci", "Perse", "Menur", "Perse", "PROGRAM"), strict=True))
    words += ink_words(184.0, *zip(cols[1:], ("ptaka", "ntase", "unnya", "ntase", "KOORDINASI"), strict=True))
    rules = [rule(y) for y in (97.0, 125.0, 141.0, 169.0, 197.0)]
    return words, rules


def test_a_word_ocr_joined_across_a_narrow_column_gap_is_wider_than_its_letters():
    words, _ = _cascading()
    lines = lines_from_words(words)
    pitch = ink_pitch(next(ln for ln in lines if ln.text.startswith("1 Menin")))
    joined = [w.text for ln in lines for w in ln.words if ink_joined(w, pitch)]
    assert joined == ["on"]


def test_a_narrow_numbered_column_is_split_under_a_joined_header_word():
    words, rules = _cascading()
    tables, _ = half_ruled_tables(lines_from_words(words), rules, page_no=1, strategy="ocr")
    body = [r.cells for r in tables[0].table.rows if not r.is_header]
    assert [r[0] for r in body if r[0]] == ["1", "2"]
    assert [r[1][:5] for r in body if r[0]] == ["Menin", "Menci"]


def _pointed(y: float, x: float, text: str) -> list[Word]:
    """A monospaced line read by OCR where a word ending in a stop or a comma inks only a dot in its last cell: its
    box ends 0.4 pitch short of a letter's."""
    words = ink_words(y, (x, text))
    return [Word(w.text, w.x0, w.top, w.x1 - (0.4 * PITCH if w.text[-1] in ".," else 0.0), w.bottom, size=SIZE,
                 conf=90) for w in words]


def test_a_caption_with_a_comma_is_one_segment():
    caption = lines_from_words(_pointed(100.0, 57, "Tabel 2.2 Sasaran, Indikator dan Target Kinerja Tahun 2023"))
    assert one_segment(caption[0])
    row = lines_from_words(ink_words(100.0, *zip(COLS, ("1.", "Penunjang Urusan", "1.250.000", "1.200.000", "96,00"),
                                                 strict=True)))
    assert not one_segment(row[0])


def test_a_signature_block_between_two_tables_ruled_alike_cuts_the_stack():
    rows = [("1.", "Penunjang Urusan", "1.250.000", "1.200.000", "96,00"),
            ("2.", "Pelayanan Publik", "2.500.000", "2.400.000", "96,00")]
    words, rules = _rows(60.0, rows)
    # a signature block: lines too short to show their pitch ("Pihak Kedua") among lines that show it
    y = 60.0 + 16.0 * 3 + 14.0
    for text in ("Kota Baru, 03 Januari 2024", "Pihak Kedua", "KEPALA DINAS", "Pihak Pertama",
                 "NIP. 19750106 200409 2 005"):
        words += _pointed(y, 57, text)
        y += 17.0
    more, more_rules = _rows(y + 4.0, [("1.1", "Perencanaan", "3.520.349", "3.497.422", "99,35")])
    tables, rest = half_ruled_tables(lines_from_words(words + more), rules + more_rules, page_no=1, strategy="ocr")
    assert [[r.cells[0] for r in t.table.rows] for t in tables] == [["NO", "1.", "2."], ["NO", "1.1"]]
    assert "Pihak Kedua" in [ln.text for ln in rest]


def test_an_amount_read_with_a_glyph_dropped_is_no_joined_word():
    """An amount is as wide as its ink even when OCR dropped a glyph of it: it still covers its column's white."""
    dropped = Word("7.340.00", 300.0, 100.0, 300.0 + 9 * PITCH, 110.0, size=SIZE, conf=80.0)
    assert not ink_joined(dropped, PITCH)
    assert ink_joined(Word("on", 300.0, 100.0, 300.0 + 3 * PITCH, 110.0, size=SIZE, conf=80.0), PITCH)

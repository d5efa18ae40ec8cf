"""A line of running text that ends short only because the next line's first word would not have fitted after it
(a long number before it, ragged monospaced print) does not end its paragraph: the sentence runs on, and a claim
in it ("… alokasi dana sebesar Rp. … yang" / "dipergunakan untuk membiayai 12 kegiatan dan 25 sub kegiatan …")
stays with its context (:func:`lkjip.extract.layout.paragraphs.paragraphs_from_lines`). Word boxes as LibreOffice
prints such a paragraph in Liberation Mono 10 pt."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.paragraphs import paragraphs_from_lines

MARGINS = (57.0, 539.2)
LINES = [
    (288.5, [('Untuk', 57.0, 87.0), ('melaksanakan', 93.0, 165.0), ('tugas', 171.0, 201.0), ('pokok', 207.0, 237.0),
             ('dan', 243.0, 261.0), ('fungsinya,', 267.0, 326.9), ('Kecamatan', 332.9, 386.9),
             ('Sukamaju', 392.9, 440.9), ('pada', 446.9, 470.9), ('Tahun', 476.9, 506.9)]),
    (299.8, [('Anggaran', 57.0, 105.0), ('2023', 111.0, 135.0), ('mendapat', 141.0, 189.0), ('alokasi', 195.0, 237.0),
             ('dana', 243.0, 267.0), ('sebesar', 273.0, 314.9), ('Rp.', 320.9, 338.9),
             ('2.956.416.771,-', 344.9, 434.9), ('yang', 440.9, 464.9)]),
    (311.0, [('dipergunakan', 57.0, 129.0), ('untuk', 135.0, 165.0), ('membiayai', 171.0, 225.0), ('12', 231.0, 243.0),
             ('kegiatan', 249.0, 296.9), ('dan', 302.9, 320.9), ('25', 326.9, 338.9), ('sub', 344.9, 362.9),
             ('kegiatan', 368.9, 416.9), ('dari', 422.9, 446.9), ('4', 452.9, 458.9), ('program', 464.9, 506.9),
             ('yang', 512.9, 536.9)]),
    (322.3, [('dilaksanakan', 57.0, 129.0), ('oleh', 135.0, 159.0), ('seluruh', 165.0, 207.0), ('unit', 213.0, 237.0),
             ('kerja.', 243.0, 279.0)]),
]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + 10.0, size=10.0) for t, x0, x1 in words]) for top, words in rows]


def test_a_line_short_only_for_want_of_room_runs_on():
    paras = paragraphs_from_lines(_lines(LINES), 13, margins=MARGINS)
    assert len(paras) == 1
    assert "sebesar Rp. 2.956.416.771,- yang dipergunakan untuk membiayai 12 kegiatan dan 25 sub" in paras[0].text


def test_a_short_line_the_next_word_would_have_fitted_on_ends_its_paragraph():
    # the same line ending at 434.9 ("… Rp. 2.956.416.771,-"): "dipergunakan" fits after it, the line ended short
    rows = [LINES[0], (299.8, LINES[1][1][:-1]), *LINES[2:]]
    assert len(paragraphs_from_lines(_lines(rows), 13, margins=MARGINS)) == 2


def test_a_sentence_ending_short_ends_its_paragraph():
    rows = [LINES[0], (299.8, [*LINES[1][1][:-1], ('ini.', 440.9, 464.9)]), *LINES[2:]]
    assert len(paragraphs_from_lines(_lines(rows), 13, margins=MARGINS)) == 2

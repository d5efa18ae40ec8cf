"""Rows of a borderless table: a wrapped cell line of short letters only ("n", "umum": no ascender, its box starts
lower) is no row gap; a name set in capitals that wraps beside a sub-row's first line stays with its row."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Word, lines_from_words

SIZE = 8.0
PITCH = 9.3


def _w(text: str, x: float, base: float) -> Word:
    """A word on baseline ``base``: capitals, digits and tall letters rise 5.2 pt above it, short letters 3.8;
    letters with descenders reach 1.3 below."""
    tall = any(c.isupper() or c.isdigit() or c in "bdfhklt" for c in text)
    deep = any(c in "gjpqy," for c in text)
    return Word(text, x, base - (5.2 if tall else 3.8), x + 5.0 * len(text), base + (1.3 if deep else 0.0), size=SIZE)


def _line(base: float, *cells: tuple[float, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for tok in text.split():
            out.append(_w(tok, x, base))
            x += 5.0 * len(tok) + 3.0
    return out


def _rows(words: list[Word]) -> list[list[str]]:
    tables, _ = find_text_tables(lines_from_words(words), [], page_no=2)
    assert len(tables) == 1
    return [r.cells for r in tables[0].table.rows]


def test_a_line_of_short_letters_is_no_gap():
    b = [60.0 + k * PITCH for k in range(8)]
    words = _line(b[0], (40, "No"), (60, "Uraian"), (200, "Target"))
    words += _line(b[1], (40, "1"), (60, "Pengadaan Barang"), (200, "10"))
    words += _line(b[2], (60, "yang Diperlukan"))
    words += _line(b[3], (60, "Kecamatan Pelaksanaa"))
    words += _line(b[4], (60, "n"))
    words += _line(b[5], (40, "2"), (60, "Pembinaan Desa"), (200, "20"))
    words += _line(b[6], (60, "yang Sehat"))
    words += _line(b[7], (40, "3"), (60, "Pengawasan Dana"), (200, "30"))
    rows = _rows(words)
    assert [r[0] for r in rows] == ["No", "1", "2", "3"]
    assert rows[1][1].replace(" ", "").endswith("Pelaksanaan")  # the broken word's rest in its row


def test_a_name_in_capitals_runs_on_beside_a_sub_row():
    b = [60.0 + k * PITCH for k in range(7)]
    words = _line(b[0], (40, "No"), (60, "Program"), (200, "Kegiatan"), (330, "Indikator"))
    words += _line(b[1], (40, "1"), (60, "PROGRAM PEMBINAAN LEMBAGA"), (200, "Pembinaan Kader Desa"),
                   (330, "Jumlah Kader"))
    words += _line(b[2], (60, "KEMASYARAKATAN, LEMBAGA"), (330, "yang Terbina"))
    words += _line(b[3], (60, "HUKUM ADAT"), (200, "Fasilitasi Kegiatan"), (330, "Jumlah Laporan"))
    words += _line(b[4], (60, "DESA"), (200, "Tim"))
    words += _line(b[5], (40, "2"), (60, "PROGRAM PELAYANAN"), (200, "Penyusunan Laporan"), (330, "Jumlah Dokumen"))
    words += _line(b[6], (40, "3"), (60, "PROGRAM KEUANGAN"), (200, "Penyusunan Anggaran"), (330, "Jumlah Dokumen"))
    rows = _rows(words)
    assert rows[1][1] == "PROGRAM PEMBINAAN LEMBAGA KEMASYARAKATAN, LEMBAGA HUKUM ADAT DESA"
    assert rows[2][1] == "" and rows[2][2] == "Fasilitasi Kegiatan Tim"
    assert rows[3][0] == "2"

"""A body row right under a table's header whose words mostly weigh between regular and bold (serif print, a
little heavy on the scan) and only two words without ascenders ("perencanaan", "warga": their x-height boxes
all horizontal strokes) clearly bold: the two decided the line, every word of it went bold, and the row was read
as a second header line (the table lost its first row and its keys). A few clear votes on a line of mostly
unweighed words now decide it only when the line's own median stroke is nearer the page's bold than its regular
print."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_bold import _line_majority_bold


def _line(texts: list[str], top: float = 100.0) -> list[Word]:
    return [Word(text=t, x0=40.0 + 60 * i, top=top, x1=90.0 + 60 * i, bottom=top + 7, size=8, conf=95)
            for i, t in enumerate(texts)]  # fmt: skip


USUAL, MIDDLE = 0.26, 0.31


def test_two_clear_bold_words_do_not_make_a_line_of_middling_words_bold():
    words = _line(["Partisipasi", "masyarakat", "dalam", "perencanaan", "Kehadiran", "warga", "dalam", "desa"])
    ratio = {id(w): USUAL * 1.12 for w in words}
    clear = {}
    for w in (words[3], words[5]):
        ratio[id(w)] = USUAL * 1.4
        clear[id(w)] = True
    assert not _line_majority_bold(words[0], words, clear, ratio, MIDDLE)


def test_a_line_of_heavy_words_with_few_clear_ones_stays_bold():
    words = _line(["Indikator", "Kinerja", "Satuan", "Target", "Realisasi", "Capaian"])
    ratio = {id(w): USUAL * 1.25 for w in words}
    clear = {id(words[2]): True}
    ratio[id(words[2])] = USUAL * 1.5
    assert _line_majority_bold(words[0], words, clear, ratio, MIDDLE)


def test_a_line_mostly_clearly_bold_takes_their_weight():
    words = _line(["Sasaran", "Indikator", "Target", "Realisasi"])
    ratio = {id(w): USUAL * 1.05 for w in words}
    clear = {id(w): True for w in words[1:]}
    assert _line_majority_bold(words[0], words, clear, ratio, MIDDLE)

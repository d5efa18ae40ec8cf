"""A borderless table (side bars, shaded bands, no row rules) with narrow amount columns wraps each amount after a
group: "4.435." / "364", "56.274" / ".284". A scan's reading drops a lone mark at the wrap in one column ("3777." /
"797", "50.944" / "695") while the column beside it keeps it. The wrapped line is the row's next line, not a row of
its own, when one of its numbers surely goes on the amount above; a line of three-digit numbers alone still starts
a row."""

from __future__ import annotations

from lkjip.extract.layout.amount_tails import lost_mark_tail
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import group_rows, numbers_continue

_COLS = [(57.0, 70.0), (135.0, 360.0), (390.0, 420.0), (430.0, 460.0), (469.0, 495.0)]


def _line(top: float, cells: list[str], conf: float = 88.0) -> tuple[TextLine, list[list[Word]]]:
    """A line as OCR reads it (``conf`` below 100; 100 is a PDF's text layer)."""
    out: list[list[Word]] = []
    for (x0, _), text in zip(_COLS, cells, strict=True):
        ws, x = [], x0
        for tok in text.split():
            ws.append(Word(tok, x, top, x + 4.6 * len(tok), top + 6.7, size=10.0, conf=conf))
            x += 4.6 * len(tok) + 3.0
        out.append(ws)
    return TextLine([w for c in out for w in c]), out


def _rows(conf: float = 88.0) -> list[tuple[TextLine, list[list[Word]]]]:
    return [
        _line(82.0, ["1.", "Perencanaan, Penganggaran, dan Evaluasi", "248.42", "240.71", "96,90"], conf),
        _line(94.0, ["", "Kinerja Perangkat Daerah", "4.836", "7.021", ""], conf),
        _line(106.0, ["1.", "Penyusunan Dokumen Perencanaan", "4.435.", "3777.", "85,17"], conf),
        _line(118.0, ["", "", "364", "797", ""], conf),
        _line(130.0, ["2", "Penyediaan Administrasi Pelaksanaan", "56.274", "50.944", "90,53"], conf),
        _line(142.0, ["", "", ".284", "695", ""], conf),
        _line(154.0, ["3.", "Pemeliharaan Barang Milik Daerah", "27.231", "25.147", "92,35"], conf),
        _line(166.0, ["", "Pemerintahan Daerah", ".342", "929", ""], conf),
        _line(178.0, ["4.", "Koordinasi dan Penyusunan DPA-SKPD", "44.988", "44.458", "98,82"], conf),
        _line(190.0, ["", "", ".258", ".011", ""], conf),
    ]


def test_a_group_whose_mark_the_scan_lost_stays_in_its_row():
    groups = group_rows(_rows())
    assert [[ln.words[0].text for ln, _ in g] for g in groups] == [
        ["1.", "Kinerja"], ["1.", "364"], ["2", ".284"], ["3.", "Pemerintahan"], ["4.", ".258"]]


def test_three_digits_alone_are_no_tail():
    rows = _rows()
    def ocr(text: str, conf: float = 88.0) -> Word:
        return Word(text, 0.0, 0.0, 14.0, 7.0, conf=conf)

    assert lost_mark_tail("3777.", ocr("797")) and lost_mark_tail("50.944", ocr("695"))
    assert not lost_mark_tail("50.944", ocr("69")) and not lost_mark_tail("96,90", ocr("100"))
    # a comma opens decimals: "12,345" is no head of groups; a text layer loses no mark
    assert not lost_mark_tail("12,345", ocr("678")) and not lost_mark_tail("12.345,", ocr("678"))
    assert not lost_mark_tail("50.944", ocr("695", conf=100.0))
    # no column whose number surely goes on: the line of counts is a row of its own
    counts = _line(142.0, ["", "", "284", "695", ""])[1]
    assert not numbers_continue(rows[4][1], counts)


def test_a_text_layer_line_of_three_digits_starts_its_own_row():
    """Beside a number that surely goes on, three digits under a grouped amount are still a row of their own
    when the text layer printed them: a text layer loses no mark."""
    groups = group_rows(_rows(conf=100.0))
    assert [[ln.words[0].text for ln, _ in g] for g in groups][1:3] == [["1."], ["364"]]

"""A framed table of text rows (a cascading table) continued on the next page: its header repeated there, with no
rule under it, over rows of text with no number in them. The frame's two rules round header and body alike, they
part no rows, so the rows come from the text (:func:`lkjip.extract.layout.band_rows.rules_part_rows`), and the rest of
the row the page break cut does not join the line of column numbers over it."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.rows import group_rows

XS = (57, 64, 240, 360)


def _line(y: float, *texts: str, bold: bool = False):
    return cells_line(y, *((x, t) for x, t in zip(XS, texts, strict=False) if t), bold=bold)


def _region():
    return [
        # a narrow "No" column: its label set close to the next one's
        cells_line(60, (57, "N"), (64, "Tujuan"), (240, "Sasaran"), (360, "Program"), bold=True),
        _line(74, "1", "2", "3", "4", bold=True),
        _line(88, "", "an yang aman", "ketenteraman", "KETERTIBAN"),
        _line(102, "", "tertib", "dan", "UMUM"),
        # a justified cell's stretched word space: more segments than the header shows
        cells_line(116, (64, "dan"), (240, "umum"), (360, "Sinergitas"), (430, "dengan")),
        _line(130, "", "", "", "Kepolisian"),
    ]


def test_a_frame_round_a_bold_header_and_text_rows_parts_no_rows():
    assert not rules_part_rows(_region(), [57.0, 145.0])


def test_the_cut_rows_rest_is_no_part_of_the_column_numbers():
    region = _region()
    seps = [62.0, 235.0, 355.0]
    raw = []
    for ln in region:
        cells = [[] for _ in range(4)]
        for w in ln.words:
            cells[sum(1 for s in seps if (w.x0 + w.x1) / 2 > s)].append(w)
        raw.append((ln, cells))
    groups = group_rows(raw, [57.0, 145.0], [[], []], cut_first=True)
    numbers = next(g for g in groups if g[0][0].text.startswith("1 2"))
    assert len(numbers) == 1

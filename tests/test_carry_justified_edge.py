"""A borderless justified table carried to the next page, whose column on the left never reached its right edge on
the page before (ragged words, the widest ending well short of the column's border): the carried channel opened
wide. On the next page a justified line filling that column to its edge ("dan   ketertiban" | "keamanan") leaves
only the table's gutter before the next column's text edge, less than its own stretched spaces: that white is the
column gap (channels._reaches_edge), so the row goes on in the carried columns instead of ending the carried part
and leaving the rest of the table, its key column merged into the name, as a table of one column fewer."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.channels import spans_in_channels
from lkjip.extract.layout.geometry import TextLine, Word

KEY_END, NAME, IND, V1_END, V2_END = 84.9, 90.9, 163.7, 274.5, 314.1
EM = 5.0


def _w(t: str, x0: float, top: float, bold: bool = False) -> Word:
    return Word(t, x0, top, x0 + EM * len(t), top + 8.0, size=10.0, bold=bold)


def _ln(top: float, *words: Word) -> TextLine:
    return TextLine(list(words))


def _right(t: str, x1: float, top: float) -> Word:
    return Word(t, x1 - EM * len(t), top, x1, top + 8.0, size=10.0)


def _row(top: float, key: str, name: str, ind: str, a: str, b: str) -> TextLine:
    return _ln(top, _right(key, KEY_END, top), _w(name, NAME, top), _w(ind, IND, top), _right(a, V1_END, top),
               _right(b, V2_END, top))


def _cell(text: str, x: float, top: float) -> list[Word]:
    """A cell's line set with plain word spaces (2.5 pt)."""
    out = []
    for t in text.split():
        out.append(_w(t, x, top))
        x = out[-1].x1 + 2.5
    return out


def _text(top: float, name: list[tuple[str, float]], ind: list[tuple[str, float]]) -> TextLine:
    return _ln(top, *[w for t, x in name for w in _cell(t, x, top)], *[w for t, x in ind for w in _cell(t, x, top)])


HEAD = [_ln(58.0, _w("Misi", 60.0, 58.0, True), _w("Tujuan", NAME, 58.0, True), _w("Indikator", IND, 58.0, True),
            _w("Awal", 236.5, 58.0, True), _w("2021", 280.5, 58.0, True)),
        _ln(70.0, _right("1", 65.6, 70.0), _w("2", NAME, 70.0), _w("3", IND, 70.0), _w("4", 236.5, 70.0),
            _w("5", 280.5, 70.0))]

# the page before: the name column's words end at 141 at most (its border lies at 157.7)
PAGE_A = [*HEAD,
          _row(82.0, "1", "Menurunnya", "Nilai", "55,93", "58,56"),
          _text(92.0, [("akuntabel", NAME)], [("SAKIP", IND)]),
          _text(102.0, [("kinerja", NAME)], []),
          _row(114.0, "2", "Menaiknya", "Persentase", "78,00", "78,39"),
          _text(124.0, [("kualitas", NAME)], [("Kepuasannya", IND)])]

PAGE_B = [
          _text(82.0, [("pelayanan", NAME)], [("Masyarakat", IND)]),
          _row(94.0, "3", "Menurunnya", "Indeks", "67", "71"),
          _text(104.0, [("gangguan", NAME)], [("gangguan", IND)]),
          # justified: "dan" and "ketertiban" pushed to the column's edges, 6 pt (the gutter) before the next column
          _ln(114.0, Word("dan", NAME, 114.0, 106.2, 122.0, size=10.0), Word("ketertiban", 116.2, 114.0, 157.7, 122.0,
                                                                          size=10.0), _w("keamanan", IND, 114.0)),
          _text(124.0, [("umum", NAME)], [("dan umum", IND)]),
          _row(136.0, "4", "Meningkatnya", "Indeks", "80", "84"),
          _text(146.0, [("kualitas", NAME)], [("desa yang", IND)]),
          _row(158.0, "5", "Meningkatnya", "Indeks", "64", "67"),
          _text(168.0, [("lembaga desa", NAME)], [("lembaga", IND)])]


def test_a_justified_line_filling_its_column_to_the_edge_is_cut_at_the_gutter():
    channels = [(KEY_END, NAME), (148.0, IND), (IND + 60.0, V1_END - 10.0)]
    line = PAGE_B[3]
    assert spans_in_channels(line, channels, 2.5) == [(NAME, 157.7), (IND, IND + 40.0)]
    # a word starting anywhere else in the channel is no column edge: a justified line's stretched space stays
    shifted = _ln(114.0, *line.words[:2], _w("keamanan", IND + 2.0, 114.0))
    assert len(spans_in_channels(shifted, channels, 2.5)) == 1


def test_the_carried_rows_go_on_in_the_carried_columns():
    (first,), _ = find_text_tables(PAGE_A, page_no=4)
    tables, _ = find_text_tables(PAGE_B, page_no=5, carry=first)
    rows = [r.cells for t in tables for r in t.table.rows if not r.is_header]
    assert len(tables) == 1
    keys = [r[0] for r in rows if r[0]]
    assert keys == ["3", "4", "5"]
    assert all(len(r) == 5 for r in rows)
    assert any(r[1].startswith("Menurunnya gangguan dan ketertiban umum") for r in rows)


def test_a_monospaced_titles_word_space_at_the_column_edge_is_no_gutter():
    # a title at the next page's top in a monospaced font (pitch 7.2 pt at 12 pt): one of its word spaces, a whole
    # pitch, falls just before the column's text edge; a word space is no gutter
    pitch, top, x = 7.2, 60.0, IND - 7.2 - 7.2 * 6
    words = []
    for t in ("PROSES", "BISNIS", "KECAMATAN"):
        words.append(Word(t, x, top, x + pitch * len(t), top + 10.0, size=12.0))
        x = words[-1].x1 + pitch
    words.insert(0, Word("PETA", words[0].x0 - pitch * 5, top, words[0].x0 - pitch, top + 10.0, size=12.0))
    line = _ln(top, *words)
    assert abs(words[2].x0 - IND) < 0.01
    channels = [(KEY_END, NAME), (140.0, IND), (IND + 80.0, V1_END - 10.0)]
    assert len(spans_in_channels(line, channels, 2.5)) == 1

"""The "label : amount" pairs of a line are read colon by colon (``records_summary._pairs``). One pattern for
label and amount read the same pairs, but its lazy label tried every span of a long paragraph: seconds per report.
The colon-by-colon reading must keep that pattern's meaning exactly, which is spelled out here as the reference."""

from __future__ import annotations

import regex as re
from hypothesis import given
from hypothesis import strategies as st

from lkjip.extract.records_summary import _AMOUNT, _read
from lkjip.model import BudgetSummaryLine, Provenance

#: the reference: a label holding a letter and no colon, a colon, an amount followed by a space or the end
_PAIR = re.compile(r"(?P<label>[^:]*?[^\W\d_][^:]*?)\s*:\s*(?P<amount>" + _AMOUNT + r")(?=\s|$)")
#: a heading closing the line
_HEADING = re.compile(r"(?P<label>[^:]*?[^\W\d_][^:]*?)\s*:\s*$")
_NOMOR = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+")

PIECES = ["a", "B", " ", ":", " : ", "1", "0", ".", ",", ",-", ",00", "Rp", "Rp. ", "1.234.567", "12.000.000,00",
          "Jumlah", "é", "_", "\t", "2)", "3. "]


def reference(text: str) -> list:
    out: list = []
    end = 0
    for m in _PAIR.finditer(text):
        label = " ".join(m.group("label").split())
        out.append((label, m.group("amount")))
        end = m.end()
    h = _HEADING.fullmatch(text[end:].strip() or ":")
    if h is not None and _NOMOR.match(h.group("label")) is None:
        out.append(" ".join(h.group("label").split()))
    return out


def read(text: str) -> list:
    out: list = []
    for item in _read(text, Provenance(page=1)):
        if isinstance(item, BudgetSummaryLine):
            label = f"{item.nomor}. {item.label}" if item.nomor else item.label
            out.append((" ".join(label.split()), item.amount_text))
        else:
            out.append(item)
    return out


def _nomor_apart(items: list) -> list:
    """The reference's pairs with a leading "1." number written as the reader gives it back."""
    out = []
    for it in items:
        if isinstance(it, tuple) and (m := _NOMOR.match(it[0])) is not None:
            it = (f"{m.group(1)}. {it[0][m.end():]}".strip(), it[1])
        out.append(it)
    return out


@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_pairs_read_colon_by_colon_mean_what_the_single_pattern_meant(text):
    assert read(text) == _nomor_apart(reference(text))


def test_a_line_of_pairs_and_a_closing_heading():
    line = "Belanja Pegawai : Rp. 1.250.000,- Belanja Barang dan Jasa : 3.400.500.000,00 Program Non Urusan :"
    assert read(line) == [("Belanja Pegawai", "Rp. 1.250.000,-"), ("Belanja Barang dan Jasa", "3.400.500.000,00"),
                          "Program Non Urusan"]


def test_a_long_paragraph_with_one_colon_gives_its_heading_only():
    paragraph = " ".join(["kinerja yang telah dicapai pada tahun anggaran berjalan"] * 40) + " sebagai berikut:"
    assert read(paragraph) == [paragraph[:-1].strip()]
    assert read(paragraph.replace(":", ".")) == []

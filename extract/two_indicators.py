"""Two indicators of one sub kegiatan read into one cell of a cascading table (:func:`indicators_apart`).

A sub kegiatan measured by two indicators prints them in two rows: the second row prints nothing but its indicator
(the sub kegiatan's cell spans both rows, or stands blank). Where no rule or gap sets the two rows apart (banded or
borderless tables, a row cut by a page break), a reader runs the second indicator into the first one's cell:
"Jumlah Laporan Hasil Sinergitas … di Wilayah Kecamatan Jumlah monev pengendalian penyebaran COVID-19". The
cascading then lists one row too few, and every row under it takes the wrong number.

An indicator opens with a word naming a measure ("Jumlah", "Persentase", "Indeks", …). Inside the cell, such a
word written with a capital, followed by a word in lower case, after three words of the first indicator at least
and not after a word that joins it to what came before ("terhadap Jumlah …", "dan Persentase …"), opens the second
indicator: the row is read as two, the second with the same cascade as the first.
"""

from __future__ import annotations

import regex as re

from lkjip.model import CascadingRow

#: the words an indicator opens with
_LEADS = frozenset({"Jumlah", "Persentase", "Indeks", "Nilai", "Rasio", "Tingkat", "Cakupan", "Angka", "Rata-rata",
                    "Prosentase"})
#: words after which a capitalised measure word goes on the same indicator
_JOINING = frozenset({"terhadap", "dan", "atau", "dengan", "dari", "atas", "per", "yang", "untuk", "dalam", "pada",
                      "di", "ke", "oleh", "antara", "serta", "dan/atau", "bagi", "sebagai"})
#: words of the first indicator before the second may open, words of the second at least
_FIRST_WORDS, _SECOND_WORDS = 3, 2
_LOWER_WORD = re.compile(r"^\p{Ll}")


def opens_indicator(text: str | None) -> bool:
    """``text`` opens with a word naming a measure: the start of an indicator."""
    words = (text or "").split()
    return bool(words) and words[0] in _LEADS


def second_indicator(text: str) -> tuple[str, str] | None:
    """(first, second) when ``text`` reads as two indicators run together (see the module), else None."""
    words = text.split()
    if len(words) < _FIRST_WORDS + _SECOND_WORDS or words[0] not in _LEADS:
        return None
    for k in range(_FIRST_WORDS, len(words) - _SECOND_WORDS + 1):
        if words[k] in _LEADS and _LOWER_WORD.match(words[k + 1]) and words[k - 1].casefold() not in _JOINING:
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def indicators_apart(rows: list[CascadingRow]) -> list[CascadingRow]:
    """``rows`` with each row whose sub kegiatan indicator holds two indicators read as two rows, numbered on."""
    out: list[CascadingRow] = []
    for row in rows:
        pair = second_indicator(row.indikator_sub_kegiatan or "")
        if pair is None:
            out.append(row.model_copy(update={"row_no": len(out) + 1}))
            continue
        out.append(row.model_copy(update={"row_no": len(out) + 1, "indikator_sub_kegiatan": pair[0]}))
        out.append(row.model_copy(update={"row_no": len(out) + 1, "indikator_sub_kegiatan": pair[1]}))
    return out

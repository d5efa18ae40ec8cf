"""The output's name column of a budget table whose header lost its group (:func:`output_name_column`).

A budget table's part continued on a later page repeats its two header rows; a reader can shift the group row
against the leaves ("URAIAN / ANGGARAN", "ANGGARAN / URAIAN", "OUTPUT/KELUARAN / TARGET"), so the output's name
column no longer says "output" anywhere, while its target and realisasi still do. Unmapped, the column's names are
lost on every row of the part.

A reader may also lose the header's upper row altogether (read as a line of text above the table: "NO URAIAN ANG
OUTPUT/KELUARAN GAR"): the lower row then names the output's columns with the words of the budget's own ("URAIAN |
TARGET | REALISASI | %" right of "ANGGARAN | REALISASI | %"), and the output's names were read as the budget
lines' names (:func:`outputs_without_group`).
"""

from __future__ import annotations

import regex as re

from lkjip.extract.headers import Column
from lkjip.extract.records_total import TOTAL_ROW

_OUTPUT_MEASURES = ("output_target", "output_realisasi", "output_persen")


def output_name_column(columns: list[Column], cols: dict[str, int]) -> dict[str, int]:
    """``cols`` with the output's name mapped, when the table maps an output's target or realisasi but no output
    name: the one unmapped column whose leaf names a name ("uraian", "indikator", "keluaran") right of the
    table's amounts and left of the output's measures."""
    if "output_uraian" in cols or not any(f in cols for f in _OUTPUT_MEASURES):
        return cols
    money = [cols[f] for f in ("anggaran", "realisasi", "persen") if f in cols]
    first_out = min(cols[f] for f in _OUTPUT_MEASURES if f in cols)
    used = set(cols.values())
    found = [c.index for c in columns if c.index not in used and money and max(money) < c.index < first_out
             and c.has("uraian", "indikator", "keluaran", where="leaf")]
    return {**cols, "output_uraian": found[0]} if len(found) == 1 else cols


def outputs_without_group(columns: list[Column], cols: dict[str, int]) -> dict[str, int]:
    """``cols`` with the output's columns mapped when the header lost the row naming them (no column maps an
    output): a name column ("uraian", "indikator", "keluaran") right of the table's anggaran column, with a target
    right of it, names the output; the target, realisasi and "%" right of it are the output's measures (the
    budget's realisasi and "%" stand left of it). The budget line's name then comes from the text columns left of
    the amounts, not from the output's."""
    if any(f.startswith("output_") for f in cols) or "anggaran" not in cols:
        return cols
    right = [c for c in columns if c.index > cols["anggaran"]]
    name = next((c.index for c in right if c.has("uraian", "indikator", "keluaran", where="leaf")
                 and not c.has("target", "realisasi", "%", where="leaf")), None)
    if name is None:
        return cols

    def after(*words: str) -> int | None:
        return next((c.index for c in right if c.index > name and c.has(*words, where="leaf")), None)

    target = after("target", "volume")
    if target is None:
        return cols
    found = {"output_uraian": name, "output_target": target, "output_realisasi": after("realisasi"),
             "output_persen": after("%", "persen", "capaian")}
    out = {f: k for f, k in cols.items() if k < name}
    return {**out, **{f: k for f, k in found.items() if k is not None}}


#: a row's key in a column of its own: "1", "1)", "a.", "IV.", "1.2.3"
_KEY = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-Za-z]|[IVXivx]{1,5})[.)]?")


#: a header cell no rule maps that may be a misread "No" (a scan's side bar read as a letter glued to it: "Ino")
_SHORT_HEAD = re.compile(r"\S{1,4}")


def unlabelled_key_column(columns: list[Column], cols: dict[str, int], body: list[list[str]]) -> dict[str, int]:
    """``cols`` with the number column mapped when its header cell is empty (the header's upper row, which named
    it "NO", read as a line of text above the table) or one short word no rule maps (a scan's "No" misread "Ino"):
    the one such column left of the name column whose cells are all row keys ("I.", "1)", "a."), three at least, a
    total row's "JUMLAH" aside; the keys are the rows' levels' clue."""
    if "nomor" in cols or "uraian" not in cols:
        return cols
    found = []
    for c in columns:
        head = c.text.strip()
        if c.index >= cols["uraian"] or c.index in cols.values() or head and not _SHORT_HEAD.fullmatch(head):
            continue
        cells = [v for r in body if c.index < len(r) and (v := r[c.index].strip()) and not TOTAL_ROW.match(v)]
        if len(cells) >= 3 and all(_KEY.fullmatch(v) for v in cells):
            found.append(c.index)
    return {**cols, "nomor": found[0]} if len(found) == 1 else cols

"""Records of the front tables of a report: the cascading (tujuan → sasaran → program → kegiatan → sub
kegiatan with their indicators) and the permasalahan (masalah, pokok and akar masalah).

Split from :mod:`lkjip.extract.records` by concern; the column mapping and cell helpers are that module's.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.classify import FoundTable
from lkjip.extract.document import TableRow
from lkjip.extract.headers import Column
from lkjip.extract.records import Rule, _cell, _prov, _text, map_columns
from lkjip.model import CASCADING_FIELDS, CascadingRow, Permasalahan

# --- cascading & permasalahan ------------------------------------------------------

_CASCADE_WORDS = {
    "tujuan": "tujuan", "sasaran": "sasaran", "program": "program", "kegiatan": "kegiatan",
    "sub kegiatan": "sub_kegiatan",
}


def _cascading_field(c: Column) -> str | None:
    t = " ".join(c.text.casefold().replace("-", " ").split())
    ind = "indikator" in t
    for word in ("sub kegiatan", "kegiatan", "program", "sasaran", "tujuan"):
        if word in t:
            base = _CASCADE_WORDS[word]
            return f"indikator_{base}" if ind else base
    return None


def cascading(ft: FoundTable) -> list[CascadingRow]:
    fields = {f: c.index for c in ft.columns if (f := _cascading_field(c))}
    rows: list[CascadingRow] = []
    above: dict[str, str | None] = dict.fromkeys(CASCADING_FIELDS)
    for row in ft.body:
        cur = {f: _text(_cell(row, fields.get(f))) for f in CASCADING_FIELDS}
        if not any(cur.values()):
            continue
        filled = _fill_down(cur, above)
        rows.append(CascadingRow(row_no=len(rows) + 1, source=_prov(ft, row), **filled))
        above = filled
    return rows


def _fill_down(cur: dict[str, str | None], above: dict[str, str | None]) -> dict[str, str | None]:
    """Blank means same as above — for the cells left of the row's first printed cell.

    Merged cells span from the top left: a row that starts printing at the
    sub kegiatan column shares everything to its left with the row above, while
    a blank cell to the right of a printed one (a new kegiatan without an
    indicator) is really blank.
    """
    out = dict(cur)
    for f in CASCADING_FIELDS:
        if cur[f]:
            break
        out[f] = above.get(f)
    return out


PERMASALAHAN_RULES: list[Rule] = [
    ("no", lambda c: re.fullmatch(r"no\.?|nomor", c.text.strip().casefold()) is not None),
    ("akar_masalah", lambda c: c.has("akar")),
    ("pokok_masalah", lambda c: c.has("pokok")),
    ("masalah", lambda c: c.has("masalah")),
]

_FAKTOR = re.compile(r"faktor\s+(internal|eksternal)\s*:?\s*", re.I)


#: a row number printed in the masalah cell ("1. Pelayanan …"): a reader joined the No column to the next one
_LEADING_NO = re.compile(r"^\s*(\d{1,2}[.)]?|[a-zA-Z][.)])\s+(?=\S)")


def permasalahan(ft: FoundTable) -> list[Permasalahan]:
    cols = map_columns(ft.columns, PERMASALAHAN_RULES)
    out: list[Permasalahan] = []
    above: dict[str, str | None] = {}
    for row in ft.body:
        vals = {f: _text(_cell(row, i)) for f, i in cols.items()}
        if not any(vals.values()):
            continue
        if "no" not in cols and vals.get("masalah") and (m := _LEADING_NO.match(vals["masalah"])):
            vals["no"], vals["masalah"] = m.group(1), vals["masalah"][m.end():]
        if out and vals.get("akar_masalah") and not any(vals.get(f) for f in ("no", "masalah", "pokok_masalah")):
            out[-1] = _continue_akar(out[-1], vals["akar_masalah"], row)  # the akar cell ran onto another row
            continue
        if not vals.get("no"):  # a continuation row: same numbered masalah as above
            for f in ("no", "masalah"):
                vals[f] = vals.get(f) or above.get(f)
        above = vals
        akar = vals.get("akar_masalah")
        internal, eksternal = _split_faktor(akar)
        out.append(
            Permasalahan(
                no=vals.get("no"), masalah=vals.get("masalah"), pokok_masalah=vals.get("pokok_masalah"),
                akar_masalah=akar, akar_masalah_internal=internal, akar_masalah_eksternal=eksternal,
                source=_prov(ft, row),
            )
        )
    return out


def _continue_akar(rec: Permasalahan, more: str, row: TableRow) -> Permasalahan:
    """A row printing only an akar masalah (no number, masalah or pokok masalah) continues the row above's
    cell: a wrapped cell a reader split at a line or page break."""
    akar = " ".join(filter(None, [rec.akar_masalah, more]))
    internal, eksternal = _split_faktor(akar)
    raw = [" ".join(filter(None, [a, b])) for a, b in zip(rec.source.raw, row.cells, strict=False)]
    source = rec.source.model_copy(update={"raw": raw or rec.source.raw})
    return rec.model_copy(update={"akar_masalah": akar, "akar_masalah_internal": internal,
                                  "akar_masalah_eksternal": eksternal, "source": source})


def _split_faktor(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    parts = _FAKTOR.split(text)
    found: dict[str, str] = {}
    for i in range(1, len(parts) - 1, 2):
        found[parts[i].casefold()] = parts[i + 1].strip()
    return found.get("internal"), found.get("eksternal")

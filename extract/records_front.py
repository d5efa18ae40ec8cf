"""Records of the front tables of a report: the cascading (tujuan → sasaran → program → kegiatan → sub
kegiatan with their indicators) and the permasalahan (masalah, pokok and akar masalah).

Split from :mod:`lkjip.extract.records` by concern; the column mapping and cell helpers are that module's.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.cell_rest import JOINING_WORDS
from lkjip.extract.classify import FoundTable
from lkjip.extract.document import TableRow
from lkjip.extract.headers import Column
from lkjip.extract.ocr_words import dictionary_vocabulary
from lkjip.extract.records import Rule, _cell, _prov, _text, map_columns
from lkjip.extract.two_indicators import indicators_apart, opens_indicator
from lkjip.model import CASCADING_FIELDS, CascadingRow, Permasalahan

# --- cascading & permasalahan ------------------------------------------------------

_CASCADE_WORDS = {
    "tujuan": "tujuan", "sasaran": "sasaran", "program": "program", "kegiatan": "kegiatan",
    "subkegiatan": "sub_kegiatan",
}


def _cascading_field(c: Column) -> str | None:
    """The field a header names; its spaces squeezed out, as a narrow column breaks a word ("Indikato r")."""
    t = "".join(c.text.casefold().replace("-", " ").split())
    ind = "indikator" in t
    for word in ("subkegiatan", "kegiatan", "program", "sasaran", "tujuan"):
        if word in t:
            base = _CASCADE_WORDS[word]
            return f"indikator_{base}" if ind else base
    return None


def cascading(ft: FoundTable) -> list[CascadingRow]:
    fields = {f: c.index for c in ft.columns if (f := _cascading_field(c))}
    rows: list[CascadingRow] = []
    above: dict[str, str | None] = dict.fromkeys(CASCADING_FIELDS)
    printed: dict[str, str | None] = {}  # the cells the row above printed itself (not filled down)
    last_page: int | None = None
    for row in ft.body:
        cur = {f: _text(_cell(row, fields.get(f))) for f in CASCADING_FIELDS}
        if not any(cur.values()):
            continue
        more: dict[str, str] = {}
        if rows and row.page is not None and last_page is not None and row.page > last_page:
            cur, more = _page_carried(cur, printed)
        elif rows and "sub_kegiatan" in fields and wrapped_rest(cur, printed):
            cur, more = dict.fromkeys(CASCADING_FIELDS), {f: v for f, v in cur.items() if v}
        elif rows and "sub_kegiatan" in fields:
            cur, more = _merged_rests(cur, printed)
        if more:  # the row the page broke, or whose last lines a reader cut off: its cells' ends join the row above
            joined = {f: ended(getattr(rows[-1], f), more.get(f)) for f in CASCADING_FIELDS}
            rows[-1] = rows[-1].model_copy(update=joined)
            above = {**above, **{f: joined[f] for f in more}}
            printed = {**printed, **{f: joined[f] for f in more}}
        last_page = row.page if row.page is not None else last_page
        if not any(cur.values()):
            continue
        filled = _fill_down(cur, above)
        rows.append(CascadingRow(row_no=len(rows) + 1, source=_prov(ft, row), **filled))
        above, printed = filled, cur
    return indicators_apart(rows)  # two indicators of a sub kegiatan run into one cell: two rows


def ended(cell: str | None, end: str | None) -> str | None:
    """``cell`` run on by ``end``, the rest of it a break cut off: a word the break cut glued back when neither piece
    is a word of the dictionary and the whole is ("perencan" + "aan pembangunan"), else the two joined with a
    space."""
    if not cell or not end:
        return cell or end or None
    vocab = dictionary_vocabulary("ind")
    last, first = cell.split()[-1], end.split()[0]
    if last.isalpha() and first.isalpha() and first.islower() and not vocab.count(last) \
            and not vocab.count(first) and vocab.count(last + first):
        return cell + end
    return f"{cell} {end}"


def _joins_on(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[0].casefold() in JOINING_WORDS


def _starts_lower(text: str | None) -> bool:
    return bool(text) and text[0].islower()


def wrapped_rest(cur: dict[str, str | None], printed: dict[str, str | None]) -> bool:
    """A row that is the last lines of the row above, a reader cut off as a row of their own (a tall row's wrapped
    cells, on one page): it names no sub kegiatan (every row of its own does, the level each row is) and every cell
    it fills opens in lower case ("pembangunan desa") under a cell the row above printed opening in capitals."""
    filled = [f for f in CASCADING_FIELDS if cur[f]]
    if bool(filled) and not cur.get("sub_kegiatan") and all(
            _starts_lower(cur[f]) and (printed.get(f) or "")[:1].isupper() for f in filled):
        return True
    return _rest_of_indicator(cur, printed)


def _rest_of_indicator(cur: dict[str, str | None], printed: dict[str, str | None]) -> bool:
    """A row filling cells the row above printed only, its indicator opening in lower case (the rest of a word the
    column broke: "dayaan") and no cell opening an indicator of its own ("Jumlah …", "jumlah …"): the rest of the
    row above, however its name cell opens ("Wilayah Kecamatan")."""
    filled = [f for f in CASCADING_FIELDS if cur[f]]
    marks = [f for f in filled if f.startswith("indikator")]
    return bool(marks) and all(printed.get(f) for f in filled) and any(_starts_lower(cur[f]) for f in marks) \
        and not any(opens_indicator(cur[f][:1].upper() + cur[f][1:]) for f in filled)  # "jumlah izin" too


#: the level every row of a cascading table names itself; the cells left of it are merged over the rows below
_OWN_LEVEL = ("sub_kegiatan", "indikator_sub_kegiatan")


def _merged_rests(cur: dict[str, str | None], printed: dict[str, str | None]
                  ) -> tuple[dict[str, str | None], dict[str, str]]:
    """A row naming a sub kegiatan of its own whose cells of an upper level open in lower case under cells the row
    above printed ("aan pembangunan desa" under "… musyawarah perencan"): the ends of those cells, merged over both
    rows, that a reader cut at the rule between the sub kegiatan beside them. Returns (the row left, the ends
    carried up to the row above); a cell in capitals opening with a word that joins on ("DAN MASYARAKAT HUKUM ADAT")
    is such an end too. A cell opening an indicator of its own ("jumlah …") stays."""
    if not cur.get("sub_kegiatan"):
        return cur, {}
    ends = [f for f in CASCADING_FIELDS if f not in _OWN_LEVEL and cur[f] and printed.get(f)
            and (_starts_lower(cur[f]) or _joins_on(cur[f])) and not opens_indicator(cur[f][:1].upper() + cur[f][1:])]
    return {f: (None if f in ends else v) for f, v in cur.items()}, {f: cur[f] for f in ends}


def _page_carried(cur: dict[str, str | None], printed: dict[str, str | None]
                  ) -> tuple[dict[str, str | None], dict[str, str]]:
    """The first row of a page under a row the page break cut (a row broken across pages): the ends of the cells the
    row above printed. A row whose cells all stand under cells the row above printed, most of them opening in
    lower case ("dan kemandirian", "an Desa"), or none of the others opening an indicator of its own (the indicator's
    last words "Melibatkan Pihak Swasta" beside the name's "Swasta"), or names alone without an indicator, carries
    that row on whole; else only its cells opening in lower case under a printed cell do, the rest is
    a row of its own. Returns (the row left, the cells carried on)."""
    filled = [f for f in CASCADING_FIELDS if cur[f]]
    under = [f for f in filled if printed.get(f)]
    lower = [f for f in under if _starts_lower(cur[f])]
    # a cell opening in capitals beside one opening in lower case goes on too, unless it opens an indicator of its
    # own ("Jumlah …"): title-cased words of an indicator cut by the break ("Pengelolaan Keuangan Desa"); so do
    # names alone, without an indicator beside them (a row of its own names what it measures too)
    if under == filled and (2 * len(lower) > len(filled)
                            or not any(opens_indicator(cur[f]) for f in filled if f not in lower)
                            or not any(f.startswith("indikator") for f in filled)):
        return dict.fromkeys(CASCADING_FIELDS), {f: cur[f] for f in filled}
    if not lower:
        return cur, {}
    return {f: (None if f in lower else v) for f, v in cur.items()}, {f: cur[f] for f in lower}


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


#: a row number printed in the masalah cell ("1. Pelayanan …"): a reader joined the No column to the next one,
#: or read a number printed against the column's edge into it (the No column left empty)
_LEADING_NO = re.compile(r"^\s*(\d{1,2}[.)]?|[a-zA-Z][.)])\s+(?=\S)")


def permasalahan(ft: FoundTable) -> list[Permasalahan]:
    cols = map_columns(ft.columns, PERMASALAHAN_RULES)
    out: list[Permasalahan] = []
    above: dict[str, str | None] = {}
    for row in ft.body:
        vals = {f: _text(_cell(row, i)) for f, i in cols.items()}
        if not any(vals.values()):
            continue
        if not vals.get("no") and vals.get("masalah") and (m := _LEADING_NO.match(vals["masalah"])):
            vals["no"], vals["masalah"] = m.group(1), vals["masalah"][m.end():]
        carried = _carried_akar(vals.get("akar_masalah")) if out else None
        if carried:  # the end of the akar masalah above, put before this row's own by a page break
            out[-1] = _continue_akar(out[-1], carried, row)
            vals["akar_masalah"] = vals["akar_masalah"][len(carried):].strip()
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


def _carried_akar(akar: str | None) -> str | None:
    """Lower-case words opening an akar masalah cell before its first "Faktor Internal/Eksternal" ("tentang
    Tugas pokok dan fungsinya Faktor Internal: …"): the end of the cell above, else None."""
    m = _FAKTOR.search(akar or "")
    head = akar[: m.start()].strip() if m and akar else ""
    return head if head and head[0].islower() else None


def _split_faktor(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    parts = _FAKTOR.split(text)
    found: dict[str, str] = {}
    for i in range(1, len(parts) - 1, 2):
        found[parts[i].casefold()] = parts[i + 1].strip()
    return found.get("internal"), found.get("eksternal")

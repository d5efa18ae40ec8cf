"""Figures stated in running text that the tables should support (:class:`lkjip.model.NarrativeClaim`).

- ``total_alokasi``: "alokasi anggaran … sebesar Rp. 2.456.789.012,-" (checked by ``text.total_alokasi``),
  with the counts of programs / kegiatan / sub kegiatan the same sentence gives (``text.count``);
- ``total_apbd``: "APBD Dinas … Tahun 2015 ditetapkan Rp. 21.910.242.107,-": the budget the office was given,
  often with its indirect spending (belanja tidak langsung) that the LKjIP tables leave out, so it is kept
  for the analyst and checked by no rule.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from lkjip.errors import NormalizeError
from lkjip.extract.document import Document
from lkjip.model import NarrativeClaim, Provenance
from lkjip.normalize.numbers import parse_money

_AMOUNT = r"(Rp\.?\s*\d{1,3}(?:\.\d{3})*(?:,\d{1,2}|,-)?)"
_ALOKASI = re.compile(
    r"(?:alokasi\s+dana|dukungan\s+anggaran|alokasi\s+anggaran|pagu\s+anggaran|total\s+anggaran)[^.]{0,120}?"
    r"sebesar\s+" + _AMOUNT, re.I | re.S,
)
#: "APBD <office> Tahun 2015 ditetapkan (sebesar) Rp. …": no full stop in between but those of the amount
_APBD = re.compile(r"\bAPBD\b[^.]{0,160}?\bditetapkan\s+(?:sebesar\s+)?" + _AMOUNT, re.I | re.S)
_COUNT = {
    "count_sub_kegiatan": re.compile(r"(\d+)\s+sub\s*-?\s*kegiatan", re.I),
    "count_kegiatan": re.compile(r"(\d+)\s+(?<!sub\s)kegiatan", re.I),
    "count_program": re.compile(r"(\d+)\s+program\b", re.I),
}


def find_claims(doc: Document) -> list[NarrativeClaim]:
    out: list[NarrativeClaim] = []
    for p in doc.paragraphs():
        text = " ".join(p.text.split())
        prov = Provenance(page=p.page, line_no=p.line_no)
        for m in _ALOKASI.finditer(text):
            claim = _claim("total_alokasi", m, text, prov)
            if claim is None:
                continue
            out.append(claim)
            out.extend(_counts(claim.raw, prov))
        for m in _APBD.finditer(text):
            claim = _claim("total_apbd", m, text, prov)
            if claim is not None:
                out.append(claim)
    return out


def _claim(kind: str, m: re.Match, text: str, prov: Provenance) -> NarrativeClaim | None:
    try:
        value = parse_money(m.group(1))
    except NormalizeError:
        return None
    return NarrativeClaim(kind=kind, value=value, raw=sentence_around(text, m.start(), m.end()),
                          source=prov.model_copy(update={"raw": [m.group(0)]}))


def _counts(sentence: str, prov: Provenance) -> list[NarrativeClaim]:
    out = []
    for kind, rx in _COUNT.items():
        for cm in rx.finditer(sentence):
            if kind == "count_kegiatan" and re.search(r"sub\s*-?\s*$", sentence[: cm.start(1)], re.I):
                continue
            out.append(NarrativeClaim(kind=kind, value=Decimal(cm.group(1)), raw=sentence,
                                      source=prov.model_copy(update={"raw": [cm.group(0)]})))
    return out


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``."""
    dot = text.rfind(". ", 0, start)
    a = dot + 2 if dot >= 0 else 0
    b = text.find(". ", end)
    return text[a: b if b >= 0 else len(text)].strip()

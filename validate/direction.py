"""Which way an indicator is better, from its wording.

Most LKjIP indicators are higher-is-better (capaian = realisasi / target).
Some are lower-is-better (angka kematian, prevalensi, kasus, kriminalitas…;
capaian = target / realisasi, or 2 − realisasi / target). Wording about a
decrease ("penurunan", "menurun", "berkurang") is *ambiguous*: "persentase
penurunan X" measures the decrease (higher is better) while "menurunnya
angka X" names a quantity that should fall. For an ambiguous indicator the
validators accept either formula and never warn about direction.
"""

from __future__ import annotations

from typing import Literal

import regex as re

Direction = Literal["higher", "lower", "ambiguous"]

_LOWER = re.compile(
    r"\b(angka\s+kematian|kematian|angka\s+kesakitan|prevalensi|insiden(si)?|jumlah\s+kasus|kasus\b|"
    r"kriminalitas|tingkat\s+pengangguran|pengangguran|kemiskinan|penduduk\s+miskin|stunting|gizi\s+buruk|"
    r"pelanggaran|kecelakaan|tunggakan|temuan|lama\s+waktu|waktu\s+(penyelesaian|tunggu|layanan)|"
    r"rasio\s+gini|indeks\s+gini|inflasi|kerugian|korban)",
    re.I,
)
_DECREASE = re.compile(r"\b(penurunan|menurun\w*|turunnya|berkurang\w*|pengurangan)\b", re.I)


def direction(indicator: str | None) -> Direction:
    """``higher``, ``lower`` or ``ambiguous`` for an indicator name."""
    if not indicator:
        return "higher"
    if _DECREASE.search(indicator):
        return "ambiguous"
    if _LOWER.search(indicator):
        return "lower"
    return "higher"

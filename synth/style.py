"""How the printer prints: :class:`PrintStyle`, one typed object passed down to every table.

The report's wording and layout choices are its :class:`~lkjip.synth.truth.Variant` (recorded in the
truth); the print style adds how amounts, percents, NIPs and captions are written. The defaults are what
the generator has always printed, so a report's text depends only on its seed, arguments and variant.
"""

from __future__ import annotations

import random

from pydantic import BaseModel, ConfigDict, Field

from lkjip.synth import catalog as cat
from lkjip.synth.plan import Program
from lkjip.synth.text import MoneyStyle, PersenStyle
from lkjip.synth.truth import Variant

#: budget columns (anggaran, realisasi, %) in each column order of :class:`Variant`
COLUMN_ORDER: dict[str, tuple[int, int, int]] = {
    "anggaran_realisasi_persen": (0, 1, 2),
    "realisasi_anggaran_persen": (1, 0, 2),
    "persen_anggaran_realisasi": (2, 0, 1),
}


class PrintStyle(BaseModel):
    """Everything the printer decides about the look of a report, beside its content (the plan)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    variant: Variant = Field(default_factory=Variant)
    program_money: MoneyStyle = "plain"  # Tabel 2.3
    realisasi_money: MoneyStyle = "dash"  # Tabel 3.6 and the biaya columns of Tabel 3.4
    realisasi_persen: PersenStyle = "sign"  # Tabel 3.6
    rinci_money: MoneyStyle = "dec"  # Tabel 3.7 / Lampiran 3: BELANJA, program, kegiatan and JUMLAH rows
    sub_money: MoneyStyle = "plain"  # Tabel 3.7 / Lampiran 3: sub kegiatan rows
    rinci_persen: PersenStyle = "comma2"  # Tabel 3.7 / Lampiran 3
    pk_money: tuple[MoneyStyle, ...] = ("rp", "rp", "rp", "rp_space", "rp_dot_space")  # drawn per PK budget line
    pk_total_money: MoneyStyle = "rp"  # the PK's "Jumlah" row
    nip_words: tuple[str, ...] = ("NIP.", "Nip.")  # drawn per PK signature
    caption_wrap: int = 70  # a caption longer than this breaks before " Kabupaten " (Variant.wrap_captions)

    @classmethod
    def of(cls, variant: Variant) -> PrintStyle:
        return cls(variant=variant)

    @property
    def words(self) -> dict[str, str]:
        """Section titles in the variant's wording."""
        return cat.SECTIONS_ALT if self.variant.section_wording == "alternative" else cat.SECTIONS_STD

    @property
    def labels(self) -> dict[str, str]:
        return labels(self.variant)

    def ang(self) -> str:
        """The budget column's word: "Pagu" or "Anggaran"."""
        return "Pagu" if self.variant.pagu else "Anggaran"

    def order(self, triple: list[str]) -> list[str]:
        """(anggaran, realisasi, %) cells in the variant's column order."""
        return [triple[i] for i in COLUMN_ORDER[self.variant.column_order]]

    def pk_line_money(self, seed: int, year: int, key: str) -> MoneyStyle:
        """How one PK budget line prints its amount ("Rp. 1.234", "Rp 1.234", "Rp . 1.234")."""
        return random.Random(f"{seed}:pk:{year}:{key}").choice(self.pk_money)

    def pk_name(self, prog: Program) -> str:
        """A program's name in the PK: without the word "Program" unless the variant keeps it."""
        return prog.spec.name if self.variant.pk_program_prefix else prog.spec.name.removeprefix("Program ")


def labels(variant: Variant) -> dict[str, str]:
    """Table labels of the budget tables and the section that states the total allocation."""
    return {
        "program": "Tabel 2.3",
        "realisasi": "Tabel 3.6",
        "rinci": "Tabel 3.7",
        "lampiran3": "Lampiran 3",
        "anggaran_section": cat.SECTIONS_ALT["anggaran"] if variant.section_wording == "alternative"
        else cat.SECTIONS_STD["anggaran"],
    }

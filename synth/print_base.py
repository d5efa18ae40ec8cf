"""The printer's shared state and helpers: the blocks printed so far, the truth they fill, captions,
signature blocks and chapter headings. The tables are in ``tables_*`` modules, the report's order in
:mod:`lkjip.synth.printer`."""

from __future__ import annotations

import random

from lkjip.model import ReportMeta
from lkjip.synth.blocks import Block, Para
from lkjip.synth.inject import Overrides
from lkjip.synth.plan import Plan
from lkjip.synth.style import PrintStyle
from lkjip.synth.text import nip_text
from lkjip.synth.truth import Truth


class PrinterBase:
    def __init__(self, plan: Plan, style: PrintStyle, ov: Overrides, rng: random.Random, seed: int):
        self.p, self.style, self.ov, self.rng, self.seed = plan, style, ov, rng, seed
        self.v = style.variant
        self.blocks: list[Para | Block] = []
        self.truth = Truth(seed=seed, variant=self.v, meta=ReportMeta(), counts=plan.counts)

    def para(self, text: str, bold: bool = False, key: str | None = None, recs: list | None = None,
             rec_offset: int = 0) -> None:
        self.blocks.append(Para(text, bold, key, recs or [], rec_offset))

    def caption(self, label: str, title: str | None = None) -> None:
        """The caption line of table ``label`` (its title from :meth:`caption_titles` unless given)."""
        if self.v.missing_caption == label:
            return
        self.truth.captions.append(label)
        text = f"{label} {title or self.caption_titles()[label]}"
        if self.v.wrap_captions and len(text) > self.style.caption_wrap and " Kabupaten " in text:
            head, _, tail = text.rpartition(" Kabupaten ")
            text = f"{head}\n Kabupaten {tail}".replace("\n ", "\n")
        self.para(text)

    def caption_titles(self) -> dict[str, str]:
        p = self.p
        who = f"Kecamatan {p.kec} Kabupaten {p.kab}"
        alt = self.v.section_wording == "alternative"
        return {
            "Tabel 1.1": "Pemetaan Permasalahan Perangkat Daerah",
            "Tabel 1.2": f"{'Pohon Kinerja' if alt else 'Cascading Kinerja'} {who} Tahun {p.tahun}",
            "Tabel 2.1": f"Tujuan, Sasaran dan Target Renstra {who} Tahun {p.start}-{p.end}",
            "Tabel 2.2": f"Sasaran, Indikator dan Target Kinerja Tahun {p.tahun}",
            "Tabel 2.3": f"Program dan {self.style.ang()} Tahun {p.tahun}",
            "Tabel 3.1": f"Capaian Kinerja Sasaran Tahun {p.tahun}",
            "Tabel 3.2": "Perbandingan Realisasi Kinerja dengan Tahun-Tahun Sebelumnya",
            "Tabel 3.3": "Perbandingan Realisasi Kinerja dengan Target Akhir Renstra",
            "Tabel 3.4": f"Capaian Kinerja dan Anggaran Tahun {p.tahun}",
            "Tabel 3.5": "Efisiensi Penggunaan Sumber Daya",
            "Tabel 3.6": (f"Realisasi Belanja per Program {who} Tahun {p.tahun}" if alt
                          else f"Realisasi Anggaran {who} Tahun {p.tahun}"),
            "Tabel 3.7": (f"Rincian Realisasi Anggaran per Kegiatan dan Sub Kegiatan {who} Tahun {p.tahun}" if alt
                          else f"Penyerapan Anggaran per Kegiatan {who} Tahun {p.tahun}"),
        }

    def signed_jabatan(self) -> str:
        """The camat's jabatan as a signature block prints it, above the name ("CAMAT SUKAMAJU")."""
        return f"CAMAT {self.p.kec.upper()}"

    def signer_block(self, nip: str, key: str | None = None, recs: list | None = None, nip_word: str = "NIP.") -> None:
        c = self.p.camat
        self.para(f"{self.signed_jabatan()}\n{c.name}\n{c.pangkat}\n{nip_word} {nip_text(nip)}", key=key,
                  recs=recs, rec_offset=1)

    def bab_heading(self, roman_no: str, title: str) -> None:
        if self.v.section_wording == "alternative":
            self.para(f"BAB {roman_no}\n{title}", bold=True)
        else:
            self.para(f"BAB\n{roman_no}", bold=True)
            self.para(title)


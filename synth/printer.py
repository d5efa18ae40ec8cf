"""The printer: the report front to back, chapter by chapter, each table printed by its own method
(``tables_front``, ``tables_performance``, ``tables_budget``, ``tables_pk``) in one :class:`PrintStyle`.

``Printer(plan, style, overrides, rng, seed).build()`` fills ``blocks`` (paragraphs and tables) and
``truth`` (the records they print); :func:`lkjip.synth.blocks.serialize` writes them out.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip.model import NarrativeClaim, Signatory, YearMention
from lkjip.synth.tables_budget import BudgetTables
from lkjip.synth.tables_front import FrontTables
from lkjip.synth.tables_performance import PerformanceTables
from lkjip.synth.tables_pk import PkTables
from lkjip.synth.text import nip_text, tanggal, thousands


class Printer(FrontTables, PerformanceTables, BudgetTables, PkTables):
    def build(self) -> None:
        """The report, front to back."""
        p = self.p
        kec_up, kab_up = p.kec.upper(), p.kab.upper()
        self.para(f"PEMERINTAH KABUPATEN {kab_up}\nKECAMATAN {kec_up}", bold=True)
        self.para("LAPORAN KINERJA\nINSTANSI PEMERINTAH\n(LKjIP)", bold=True)
        self.para(f"KECAMATAN {kec_up}\nTAHUN {p.tahun}", bold=True,
                  recs=[YearMention(context="Sampul", tahun=p.tahun, raw=f"TAHUN {p.tahun}")])
        self.contents_table()
        self.tables_list()
        self.lampiran_list()
        self.kata_pengantar()
        self.bab1()
        self.bab2()
        self.bab3()
        self.bab4()
        self.lampiran()

    def bab1(self) -> None:
        p, w = self.p, self.style.words
        inst = f"Kecamatan {p.kec}"
        self.bab_heading("I", w["bab1"])
        self.para(w["umum"])
        for s in p.intro[2:]:
            self.para(s.format(instansi=inst, tahun=p.tahun, kabupaten=p.kab))
        self.para(w["isu"])
        self.para("Permasalahan utama yang dihadapi dalam pelaksanaan tugas dan fungsi kecamatan dipetakan "
                  "menjadi masalah, pokok masalah dan akar masalah sebagai berikut:")
        self.permasalahan_table()
        self.para(w["cascading"])
        self.para(f"Kinerja {inst} diturunkan secara berjenjang dari tujuan dan sasaran Renstra sampai dengan "
                  "indikator sub kegiatan sebagaimana tabel berikut:")
        self.cascading_table()

    def bab2(self) -> None:
        p, w = self.p, self.style.words
        t = p.tahun
        inst = f"Kecamatan {p.kec}"
        self.bab_heading("II", w["bab2"])
        self.para(w["renstra"])
        self.para(f"Rencana Strategis {inst} Tahun {p.start}-{p.end} memuat tujuan, sasaran, indikator dan target "
                  "kinerja yang akan dicapai selama periode perencanaan, sebagaimana tabel berikut:")
        self.renstra_table()

        self.para(w["pk"].format(tahun=t))
        self.para(f"Renstra dijabarkan setiap tahun ke dalam Rencana Kerja dan Perjanjian Kinerja. Sasaran, indikator "
                  f"dan target kinerja {inst} Tahun {t} adalah sebagai berikut:")
        self.target_table()
        self.para(f"Dokumen Perjanjian Kinerja {inst} Tahun {t} selengkapnya terdapat pada Lampiran-1.")
        c = p.counts
        total = p.anggaran
        claims = [
            NarrativeClaim(kind="total_alokasi", value=total, raw=f"sebesar Rp {thousands(total)},-"),
            NarrativeClaim(kind="count_kegiatan", value=Decimal(c.kegiatan), raw=f"{c.kegiatan} kegiatan"),
            NarrativeClaim(kind="count_sub_kegiatan", value=Decimal(c.sub_kegiatan), raw=f"{c.sub_kegiatan} sub kegiatan"),
            NarrativeClaim(kind="count_program", value=Decimal(c.program), raw=f"{c.program} program"),
        ]
        self.truth.claims.extend(claims)
        self.para(f"Untuk mewujudkan kinerja tersebut, {inst} mendapat dukungan anggaran dari APBD sebesar "
                  f"Rp {thousands(total)},- yang digunakan untuk melaksanakan {c.kegiatan} kegiatan dan "
                  f"{c.sub_kegiatan} sub kegiatan yang terangkum dalam {c.program} program sebagai berikut:",
                  recs=claims)
        self.program_table()
        self.para("Rincian anggaran per kegiatan dan sub kegiatan terdapat pada Lampiran-3.")

    def bab3(self) -> None:
        p, w = self.p, self.style.words
        t = p.tahun
        inst = f"Kecamatan {p.kec}"
        self.bab_heading("III", w["bab3"])
        self.para(w["capaian"])
        self.para("Pengukuran capaian kinerja dilakukan dengan membandingkan target setiap indikator sasaran dalam "
                  "Perjanjian Kinerja dengan realisasinya. Capaian dihitung sebagai realisasi dibagi target dikali "
                  "seratus persen.")
        self.capaian_table()
        self.para("Secara umum capaian kinerja sasaran berada pada kategori baik. Faktor pendukung capaian tersebut "
                  "antara lain komitmen aparatur dan dukungan pemerintah desa, sedangkan penghambatnya adalah "
                  "keterbatasan sarana dan sumber daya manusia.")

        self.history_table()
        self.renstra_progress_table()
        self.para("Hubungan antara capaian kinerja dan penggunaan anggaran per sasaran disajikan pada tabel berikut:")
        self.cost_table()
        self.efficiency_table()
        self.para("Tingkat efisiensi dihitung dengan membandingkan persentase capaian kinerja dengan persentase "
                  "penyerapan anggaran; nilai di atas satu menunjukkan penggunaan sumber daya yang efisien.")

        # B. realisasi anggaran
        self.para(w["anggaran"])
        c = p.counts
        total = self.ov.get("text", "alokasi", "anggaran", p.anggaran)
        nk = self.ov.get("text", "alokasi", "count_kegiatan", c.kegiatan)
        ns = self.ov.get("text", "alokasi", "count_sub_kegiatan", c.sub_kegiatan)
        claims = [
            NarrativeClaim(kind="total_alokasi", value=total, raw=f"sebesar Rp. {thousands(total)},-"),
            NarrativeClaim(kind="count_kegiatan", value=Decimal(nk), raw=f"{nk} kegiatan"),
            NarrativeClaim(kind="count_sub_kegiatan", value=Decimal(ns), raw=f"{ns} sub kegiatan"),
            NarrativeClaim(kind="count_program", value=Decimal(c.program), raw=f"{c.program} program"),
        ]
        self.truth.claims.extend(claims)
        if self.v.section_wording == "alternative":
            sentence = (f"Pada Tahun Anggaran {t}, {inst} memperoleh alokasi dana sebesar Rp. {thousands(total)},- "
                        f"yang digunakan untuk membiayai {c.program} program, {nk} kegiatan dan {ns} sub kegiatan "
                        f"yang dilaksanakan oleh seluruh unit kerja di lingkungan {inst}.")
        else:
            sentence = (f"Untuk melaksanakan tugas pokok dan fungsinya, {inst} pada Tahun Anggaran {t} mendapat "
                        f"alokasi dana sebesar Rp. {thousands(total)},- yang dipergunakan untuk membiayai {nk} "
                        f"kegiatan dan {ns} sub kegiatan dari {c.program} program yang dilaksanakan oleh seluruh "
                        f"unit kerja di {inst} Kabupaten {p.kab}.")
        self.para(sentence, key="alokasi", recs=claims)
        self.para(f"Realisasi belanja {inst} Tahun {t} per program adalah sebagai berikut:")
        self.realisasi_table()
        self.para("Sedangkan anggaran, realisasi dan tingkat penyerapan per kegiatan dan sub kegiatan disajikan dalam "
                  "tabel berikut:")
        label = self.style.labels["rinci"]
        self.caption(label)
        self.rinci_table(label, output=False)
        self.para("Penyerapan anggaran yang tidak mencapai seratus persen sebagian besar berasal dari sisa pengadaan "
                  "dan efisiensi belanja perjalanan dinas, tanpa mengurangi capaian kinerja sasaran.")

    def bab4(self) -> None:
        p = self.p
        self.bab_heading("IV", self.style.words["bab4"])
        self.para(f"Laporan Kinerja Instansi Pemerintah Kecamatan {p.kec} Tahun {p.tahun} menggambarkan capaian "
                  "kinerja sasaran dan penggunaan anggaran selama satu tahun. Hasil evaluasi atas capaian tersebut "
                  "menjadi bahan perbaikan perencanaan dan pelaksanaan kegiatan pada tahun berikutnya.")
        self.para("Kritik dan saran yang membangun sangat kami harapkan untuk penyempurnaan laporan di masa "
                  "mendatang.")

    def lampiran(self) -> None:
        p = self.p
        self.para("LAMPIRAN")
        year = self.ov.get("text", "sampul_lampiran", "tahun", p.tahun)
        ym = YearMention(context="Sampul lampiran", tahun=year, raw=f"TAHUN {year}")
        self.truth.year_mentions.append(ym)
        self.para(f"KECAMATAN {p.kec.upper()}\nKABUPATEN {p.kab.upper()}\nTAHUN {year}", bold=True,
                  key="sampul_lampiran_tahun", recs=[ym])
        self.pk(p.tahun)
        self.pk(p.tahun + 1)
        label = self.style.labels["lampiran3"]
        title = (f"PELAKSANAAN PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN ANGGARAN {p.tahun}"
                 if self.v.section_wording == "alternative" else f"PELAKSANAAN PROGRAM DAN KEGIATAN TA. {p.tahun}")
        self.para(f"{title}\nKECAMATAN {p.kec.upper()} KABUPATEN {p.kab.upper()}", bold=True)
        self.rinci_table(label, output=True)
        self.para(f"{p.kab}, {tanggal(p.kp_date)}")
        sig = Signatory(context="Lampiran 3", role="penandatangan", name=p.camat.name, jabatan=self.signed_jabatan(),
                        pangkat=p.camat.pangkat, nip=p.camat.nip, nip_raw=nip_text(p.camat.nip or ""),
                        date=p.kp_date)
        self.truth.signatories.append(sig)
        self.signer_block(p.camat.nip or "", recs=[sig])


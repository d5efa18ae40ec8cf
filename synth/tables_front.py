"""Front matter and Bab I: the lists of contents, tables and lampiran, the Kata Pengantar, Tabel 1.1
(permasalahan) and Tabel 1.2 (cascading)."""

from __future__ import annotations

from lkjip.model import CascadingRow, Permasalahan, Provenance, ReportMeta, Signatory
from lkjip.synth.blocks import Block, Row
from lkjip.synth.print_base import PrinterBase
from lkjip.synth.text import nip_text, tanggal

_CASCADE_FIELDS = ("tujuan", "indikator_tujuan", "sasaran", "indikator_sasaran", "program", "indikator_program",
                   "kegiatan", "indikator_kegiatan", "sub_kegiatan", "indikator_sub_kegiatan")


class FrontTables(PrinterBase):
    def contents_table(self) -> None:
        """DAFTAR ISI: chapters and their pages."""
        w = self.style.words
        self.para("DAFTAR ISI")
        rows = [Row(["", "Halaman"], header=True)]
        page = 1
        for title in ("KATA PENGANTAR", f"BAB I {w['bab1']}", f"BAB II {w['bab2']}", f"BAB III {w['bab3']}",
                      f"BAB IV {w['bab4']}", "LAMPIRAN"):
            rows.append(Row([title, str(page) if page > 1 else "i"]))
            page += self.rng.randint(2, 8)
        self.blocks.append(Block(None, rows))

    def tables_list(self) -> None:
        """DAFTAR TABEL: every captioned table and its page."""
        self.para("DAFTAR TABEL")
        rows = [Row(["", "Halaman"], header=True)]
        page = 3
        for label, title in self.caption_titles().items():
            rows.append(Row([f"{label} {title}", str(page)]))
            page += self.rng.randint(0, 2)
        self.blocks.append(Block(None, rows))

    def lampiran_list(self) -> None:
        """DAFTAR LAMPIRAN."""
        self.para("DAFTAR LAMPIRAN")
        t = self.p.tahun
        self.blocks.append(Block(None, [
            Row(["Lampiran 1", f"Perjanjian Kinerja Tahun {t} (PK {t})"]),
            Row(["Lampiran 2", f"Perjanjian Kinerja Tahun {t + 1} (PK {t + 1})"]),
            Row(["Lampiran 3", "Pelaksanaan Program dan Kegiatan"]),
        ]))

    def kata_pengantar(self) -> None:
        p = self.p
        inst = f"Kecamatan {p.kec}"
        self.para("KATA PENGANTAR")
        self.para(f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja "
                  f"Instansi Pemerintah (LKjIP) {inst} Tahun {p.tahun} dapat diselesaikan tepat waktu.")
        for s in p.intro[:2]:
            self.para(s.format(instansi=inst, tahun=p.tahun, kabupaten=p.kab))
        self.para(f"{p.kab}, {tanggal(p.kp_date)}")
        nip = self.ov.get("text", "kata_pengantar", "nip", p.camat.nip)
        sig = Signatory(context="Kata Pengantar", role="penandatangan", name=p.camat.name,
                        jabatan=self.signed_jabatan(), pangkat=p.camat.pangkat, nip=nip, nip_raw=nip_text(nip),
                        date=p.kp_date)
        self.truth.signatories.append(sig)
        self.truth.meta = ReportMeta(
            instansi=inst, kabupaten=p.kab, tahun=p.tahun, signer_name=p.camat.name, signer_nip=nip,
            signer_jabatan=self.signed_jabatan(), signing_date=p.kp_date,
            title=f"Laporan Kinerja Instansi Pemerintah (LKjIP) {inst} Tahun {p.tahun}",
        )
        self.signer_block(nip, key="kata_pengantar_nip", recs=[sig])

    def permasalahan_table(self) -> None:
        """Tabel 1.1: masalah, pokok masalah and akar masalah (internal and external factors)."""
        label = "Tabel 1.1"
        self.caption(label)
        rows = [Row(["No", "Masalah", "Pokok Masalah", "Akar Masalah"], header=True)]
        for i, (masalah, pokok, internal, eksternal) in enumerate(self.p.permasalahan, start=1):
            akar = f"Faktor Internal: {internal} Faktor Eksternal: {eksternal}"
            rec = Permasalahan(no=f"{i}.", masalah=masalah, pokok_masalah=pokok, akar_masalah=akar,
                               akar_masalah_internal=internal, akar_masalah_eksternal=eksternal,
                               source=Provenance(table=label))
            self.truth.permasalahan.append(rec)
            rows.append(Row([f"{i}.", masalah, pokok, akar], recs=[rec]))
        self.blocks.append(Block(label, rows))

    def cascading_table(self) -> None:
        """Tabel 1.2: tujuan down to sub kegiatan, one row per sub kegiatan, repeated cells left blank."""
        label = "Tabel 1.2"
        self.caption(label)
        names = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
                 "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
        rows = [Row(names, header=True), Row([str(i) for i in range(1, 12)], header=True)]
        n = 0
        for gi, ind in enumerate(self.p.inds, start=1):
            prog = ind.prog
            first_prog = True
            for k in prog.kegs:
                first_keg = True
                for s in k.subs:
                    n += 1
                    full = [ind.spec.tujuan, ind.spec.indikator, ind.spec.sasaran, ind.spec.indikator,
                            prog.spec.name.upper(), prog.spec.indicator, k.spec.name, k.spec.indicator,
                            s.spec.name, s.spec.output]
                    shown = list(full)
                    if not first_prog:
                        shown[:6] = [""] * 6
                    if not first_keg:
                        shown[6:8] = [""] * 2
                    rec = CascadingRow(row_no=n, **dict(zip(_CASCADE_FIELDS, full, strict=True)),
                                       source=Provenance(table=label))
                    self.truth.cascading.append(rec)
                    rows.append(Row([str(gi) if first_prog else "", *shown], recs=[rec]))
                    first_prog = first_keg = False
        self.blocks.append(Block(label, rows))

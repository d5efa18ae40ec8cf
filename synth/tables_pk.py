"""The Perjanjian Kinerja of a year (lampiran 1 and 2): the agreement with its signatures, and its tables of
tujuan (next year's, Nilai SAKIP), sasaran targets and program budgets, signed again."""

from __future__ import annotations

from lkjip.model import PerjanjianKinerja, PKBudget, PKTarget, Provenance, Signatory, YearMention
from lkjip.synth import catalog as cat
from lkjip.synth.blocks import Block, Row
from lkjip.synth.print_base import PrinterBase
from lkjip.synth.text import ZERO, decimal_text, money, nip_text, tanggal, target_text


class PkTables(PrinterBase):
    def pk(self, year: int) -> None:
        """The PK of ``year``: the agreement, its lampiran tables, and both signed."""
        p = self.p
        c, b = p.camat, p.bupati
        nip_word = self.rng.choice(self.style.nip_words)
        date = p.pk_dates[year]
        ym = YearMention(context="PK", tahun=year, raw=f"PERJANJIAN KINERJA TAHUN {year}")
        self.truth.year_mentions.append(ym)
        self.para(f"PERJANJIAN KINERJA TAHUN {year}", recs=[ym])
        self.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
                  "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
        self.para(f"Nama : {c.name}\nJabatan : {c.jabatan}\nSelanjutnya disebut pihak pertama")
        self.para(f"Nama : {b.name}\nJabatan : {b.jabatan}\nSelaku atasan pihak pertama, selanjutnya disebut pihak "
                  "kedua")
        self.para("Pihak pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini. Pihak kedua "
                  "akan melakukan supervisi serta evaluasi terhadap capaian kinerja dari perjanjian ini.")
        self.para(f"{p.kab}, {tanggal(date)}")
        first = Signatory(context=f"PK {year}", role="pihak_pertama", name=c.name, jabatan=self.signed_jabatan(),
                          pangkat=c.pangkat, nip=c.nip, nip_raw=nip_text(c.nip or ""), date=date)
        second = Signatory(context=f"PK {year}", role="pihak_kedua", name=b.name, jabatan=b.jabatan, date=date)
        self.truth.signatories.extend([first, second])
        self.para(f"Pihak Kedua\nBUPATI {p.kab.upper()},")
        self.para(b.name, recs=[second])
        self.para(f"Pihak Pertama\n{self.signed_jabatan()}")
        self.para(f"{c.name}\n{c.pangkat}\n{nip_word} {nip_text(c.nip or '')}", recs=[first])

        pk = PerjanjianKinerja(tahun=year, label=f"Lampiran PK {year}", date=date, signatories=[first, second])
        self.para(f"LAMPIRAN PERJANJIAN KINERJA TAHUN {year}\nKECAMATAN {p.kec.upper()} KABUPATEN {p.kab.upper()}",
                  bold=True)
        if year > p.tahun and self.v.pk_tujuan:
            self.pk_tujuan_table(pk)
        self.pk_target_table(pk)
        self.pk_budget_table(pk)
        self.truth.pks.append(pk)
        self.para(f"{p.kab}, {tanggal(date)}")
        self.para(f"Pihak Kedua\nBUPATI {p.kab.upper()},")
        self.para(b.name)
        # the lampiran is signed again: a second signature of the pihak pertama (the pihak kedua signs
        # without a NIP and stays one record, from "Nama : … / Jabatan : …")
        again = first.model_copy(update={"source": Provenance()})
        pk.signatories.append(again)
        self.truth.signatories.append(again)
        self.para(f"Pihak Pertama\n{self.signed_jabatan()}")
        self.para(f"{c.name}\n{c.pangkat}\n{nip_word} {nip_text(c.nip or '')}", recs=[again])

    def pk_tujuan_table(self, pk: PerjanjianKinerja) -> None:
        """The tujuan of the PK: the Nilai SAKIP target with its grade."""
        label = pk.label
        value = self.p.sakip[pk.tahun]
        grade = next(g for lo, g in cat.SAKIP_GRADES if value >= lo)
        text = f"{grade} ({decimal_text(value, 2, strip=True)})"
        rec = PKTarget(level="tujuan", sasaran=cat.SAKIP_TUJUAN, indikator=cat.SAKIP_INDIKATOR, target=value,
                       target_text=text, note=grade, source=Provenance(table=label))
        pk.targets.append(rec)
        self.blocks.append(Block(label, [
            Row(["No.", "Tujuan", "Indikator Kinerja", "Target"], header=True),
            Row(["(1)", "(2)", "(3)", "(4)"], header=True),
            Row(["1.", cat.SAKIP_TUJUAN, cat.SAKIP_INDIKATOR, text], recs=[rec]),
        ]))

    def pk_target_table(self, pk: PerjanjianKinerja) -> None:
        """The sasaran of the PK: each indicator's target of the PK's year."""
        label = pk.label
        rows = [Row(["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"], header=True),
                Row(["1", "2", "3", "4"], header=True)]
        for i, ind in enumerate(self.p.inds, start=1):
            key = f"ind:{ind.prog.key}"
            if (label, key) in self.ov.removed:
                continue
            value = self.ov.get(label, key, "target", ind.target[pk.tahun])
            text = target_text(value, ind.spec, "pk")
            rec = PKTarget(level="sasaran", sasaran=ind.spec.sasaran, indikator=ind.spec.indikator, target=value,
                           target_text=text, satuan="%" if ind.spec.satuan == "%" else None,
                           source=Provenance(table=label))
            pk.targets.append(rec)
            rows.append(Row([str(i), ind.spec.sasaran, ind.spec.indikator, text], key=(label, key), recs=[rec]))
        self.blocks.append(Block(label, rows))

    def pk_budget_table(self, pk: PerjanjianKinerja) -> None:
        """The programs of the PK with their anggaran (this year's, or next year's for next year's PK)."""
        p, label, year = self.p, pk.label, pk.tahun
        rows = [Row(["", "Program", "Anggaran", "Keterangan"], header=True)]
        for i, prog in enumerate(p.programs, start=1):
            base = prog.anggaran if year == p.tahun else p.pk_next_budget[prog.key]
            value = self.ov.get(label, prog.key, "anggaran", base)
            name = self.style.pk_name(prog)
            text = money(value, self.style.pk_line_money(self.seed, year, prog.key))
            rec = PKBudget(program=name, anggaran=value, anggaran_text=text, sumber_dana="APBD",
                           source=Provenance(table=label))
            pk.budgets.append(rec)
            rows.append(Row([str(i), name, text, "APBD"], key=(label, prog.key), recs=[rec]))
        if self.v.pk_total:
            base = p.anggaran if year == p.tahun else sum(p.pk_next_budget.values(), ZERO)
            value = self.ov.get(label, "total", "anggaran", base)
            text = money(value, self.style.pk_total_money)
            rec = PKBudget(program="Jumlah", anggaran=value, anggaran_text=text, is_total=True,
                           source=Provenance(table=label))
            pk.budgets.append(rec)
            rows.append(Row(["", "Jumlah", text, ""], key=(label, "total"), recs=[rec]))
        self.blocks.append(Block(label, rows))

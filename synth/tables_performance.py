"""The performance tables: Tabel 2.1 (Renstra), 2.2 (this year's targets), 3.1 (capaian), 3.2 (realisasi
over the years), 3.3 (progress to the Renstra's end target), 3.4 (kinerja and biaya), 3.5 (efisiensi)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from lkjip.model import Performance, Provenance, RenstraTarget
from lkjip.synth import catalog as cat
from lkjip.synth.blocks import Block, Row
from lkjip.synth.print_base import PrinterBase
from lkjip.synth.text import CENT, ZERO, decimal_text, money, pct, persen_text, target_text


class PerformanceTables(PrinterBase):
    def renstra_table(self) -> None:
        """Tabel 2.1: the Renstra's tujuan (Nilai SAKIP) and sasaran, kondisi awal, a target per year and kondisi akhir."""
        p = self.p
        label = "Tabel 2.1"
        self.caption(label)
        years = list(range(p.start, p.end + 1))
        ny = len(years)
        rows = [
            Row(["Misi", "Tujuan / Sasaran", "Indikator", f"Kondisi Awal ({p.start - 1})", "Target", *[""] * (ny - 1),
                f"Kondisi Akhir ({p.end})"], header=True),
            Row(["", "", "", "", *[str(y) for y in years], ""], header=True),
            Row([str(i) for i in range(1, ny + 6)], header=True),
        ]
        # no Satuan column and no unit in the cells: the records carry no satuan
        satuan = None
        entries: list[tuple[str, str, str, Decimal, dict[int, Decimal], int]] = [
            ("1", cat.SAKIP_TUJUAN, cat.SAKIP_INDIKATOR, p.sakip_awal, p.sakip, 2)
        ]
        for i, ind in enumerate(p.inds, start=2):
            entries.append((str(i), ind.spec.sasaran, ind.spec.indikator, ind.awal, ind.target, ind.spec.decimals))
        for misi, sasaran, indikator, awal, targets, dec in entries:
            recs = [RenstraTarget(misi=misi, sasaran=sasaran, indikator=indikator, tahun=p.start - 1,
                                  jenis="kondisi_awal", target=awal, target_text=decimal_text(awal, dec),
                                  satuan=satuan, source=Provenance(table=label))]
            for y in years:
                recs.append(RenstraTarget(misi=misi, sasaran=sasaran, indikator=indikator, tahun=y, jenis="target",
                                          target=targets[y], target_text=decimal_text(targets[y], dec), satuan=satuan,
                                          source=Provenance(table=label)))
            recs.append(RenstraTarget(misi=misi, sasaran=sasaran, indikator=indikator, tahun=p.end,
                                      jenis="kondisi_akhir", target=targets[p.end],
                                      target_text=decimal_text(targets[p.end], dec), satuan=satuan,
                                      source=Provenance(table=label)))
            self.truth.renstra_targets.extend(recs)
            rows.append(Row([misi, sasaran, indikator, *[r.target_text or "" for r in recs]], recs=recs))
        self.blocks.append(Block(label, rows))

    def target_table(self) -> None:
        """Tabel 2.2: each indicator's target of the report year."""
        p, t = self.p, self.p.tahun
        label = "Tabel 2.2"
        self.caption(label)
        rows = [Row(["No.", "Sasaran", "Indikator", "Target"], header=True)]
        for i, ind in enumerate(p.inds, start=1):
            tt = target_text(ind.target[t], ind.spec, "table")
            rec = Performance(source_table=label, sasaran=ind.spec.sasaran, indikator=ind.spec.indikator, tahun=t,
                              target=ind.target[t], target_text=tt, satuan="%" if tt.endswith("%") else None,
                              source=Provenance(table=label))
            self.truth.performance.append(rec)
            rows.append(Row([str(i), ind.spec.sasaran, ind.spec.indikator, tt], recs=[rec]))
        self.blocks.append(Block(label, rows))

    def capaian_table(self) -> None:
        """Tabel 3.1: last year's realisasi, this year's target, realisasi and capaian."""
        p, t = self.p, self.p.tahun
        label = "Tabel 3.1"
        self.caption(label)
        rows = [
            Row(["No", "Sasaran", "", "Satuan", f"Realisasi Tahun {t - 1}", f"Tahun {t}", "", f"Capaian Tahun {t}"],
               header=True),
            Row(["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""], header=True),
        ]
        for i, ind in enumerate(p.inds, start=1):
            s, d = ind.spec, ind.spec.decimals
            cap = pct(ind.real[t], ind.target[t])
            prev = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, satuan=s.satuan,
                               tahun=t - 1, realisasi=ind.real[t - 1], realisasi_text=decimal_text(ind.real[t - 1], d),
                               source=Provenance(table=label))
            cur = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, satuan=s.satuan,
                              tahun=t, target=ind.target[t], target_text=decimal_text(ind.target[t], d),
                              realisasi=ind.real[t], realisasi_text=decimal_text(ind.real[t], d), capaian=cap,
                              capaian_text=persen_text(cap, "short"), source=Provenance(table=label))
            self.truth.performance.extend([prev, cur])
            rows.append(Row([str(i), s.sasaran, s.indikator, s.satuan, prev.realisasi_text or "", cur.target_text or "",
                            cur.realisasi_text or "", cur.capaian_text or ""], recs=[prev, cur]))
        self.blocks.append(Block(label, rows))

    def history_table(self) -> None:
        """Tabel 3.2: this year's target beside the realisasi of four years."""
        p, t = self.p, self.p.tahun
        label = "Tabel 3.2"
        self.caption(label)
        years = list(range(t - 3, t + 1))
        rows = [
            Row(["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "", "", ""], header=True),
            Row(["", "", str(t), *[str(y) for y in years]], header=True),
            Row([f"({i})" for i in range(1, 8)], header=True),
        ]
        for ind in p.inds:
            s, d = ind.spec, ind.spec.decimals
            recs = []
            for y in years:
                recs.append(Performance(
                    source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=y,
                    target=ind.target[t] if y == t else None,
                    target_text=decimal_text(ind.target[t], d) if y == t else None,
                    realisasi=ind.real[y], realisasi_text=decimal_text(ind.real[y], d), source=Provenance(table=label)))
            self.truth.performance.extend(recs)
            rows.append(Row([s.sasaran, s.indikator, decimal_text(ind.target[t], d),
                            *[decimal_text(ind.real[y], d) for y in years]], recs=recs))
        self.blocks.append(Block(label, rows))

    def renstra_progress_table(self) -> None:
        """Tabel 3.3: the Renstra's end target, this year's realisasi and the progress to it."""
        p, t = self.p, self.p.tahun
        label = "Tabel 3.3"
        self.caption(label)
        rows = [
            Row(["SASARAN STRATEGIS", "INDIKATOR KINERJA", f"TARGET AKHIR RENSTRA (TAHUN {p.end})",
                f"REALISASI TAHUN {t}", "TINGKAT KEMAJUAN (%)"], header=True),
            Row([f"({i})" for i in range(1, 6)], header=True),
        ]
        for ind in p.inds:
            s, d = ind.spec, ind.spec.decimals
            kem = pct(ind.real[t], ind.target[p.end])
            end = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=p.end,
                              target=ind.target[p.end], target_text=decimal_text(ind.target[p.end], d),
                              source=Provenance(table=label))
            rec = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=t,
                              realisasi=ind.real[t], realisasi_text=decimal_text(ind.real[t], d), capaian=kem,
                              capaian_text=persen_text(kem, "short"), source=Provenance(table=label))
            self.truth.performance.extend([end, rec])  # p.end > t: the Renstra runs past the report year
            rows.append(Row([s.sasaran, s.indikator, end.target_text or "", rec.realisasi_text or "",
                            rec.capaian_text or ""], recs=[end, rec]))
        self.blocks.append(Block(label, rows))

    def cost_table(self) -> None:
        """Tabel 3.4: kinerja (target, realisasi, %) beside biaya (anggaran, realisasi, %) of its program."""
        p, t = self.p, self.p.tahun
        label = "Tabel 3.4"
        self.caption(label)
        rows = [
            Row(["Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "Biaya", "", ""], header=True),
            Row(["", "", "Target", "Realisasi", "%", f"{self.style.ang()} (Rp)", "Realisasi (Rp)", "%"], header=True),
            Row([str(i) for i in range(1, 9)], header=True),
        ]
        for ind in p.inds:
            s, d = ind.spec, ind.spec.decimals
            cap = pct(ind.real[t], ind.target[t])
            a, r = ind.prog.anggaran, ind.prog.realisasi
            ser = pct(r, a)
            rec = Performance(source_table=label, sasaran=s.sasaran, indikator=s.indikator, tahun=t,
                              target=ind.target[t], target_text=decimal_text(ind.target[t], d),
                              realisasi=ind.real[t], realisasi_text=decimal_text(ind.real[t], d), capaian=cap,
                              capaian_text=persen_text(cap, "short"), anggaran=a, realisasi_anggaran=r, serapan=ser,
                              source=Provenance(table=label))
            self.truth.performance.append(rec)
            rows.append(Row([s.sasaran, s.indikator, rec.target_text or "", rec.realisasi_text or "",
                            rec.capaian_text or "", money(a, self.style.realisasi_money),
                             money(r, self.style.realisasi_money), persen_text(ser)], recs=[rec]))
        self.blocks.append(Block(label, rows))

    def efficiency_table(self) -> None:
        """Tabel 3.5: capaian, serapan and efisiensi = capaian / serapan."""
        p, t = self.p, self.p.tahun
        label = "Tabel 3.5"
        self.caption(label)
        rows = [
            Row(["Sasaran Strategis", "Indikator Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran",
                "Tingkat Efisiensi"], header=True),
            Row([str(i) for i in range(1, 6)], header=True),
        ]
        for ind in p.inds:
            cap, ser = pct(ind.real[t], ind.target[t]), pct(ind.prog.realisasi, ind.prog.anggaran)
            eff = (cap / ser).quantize(CENT, rounding=ROUND_HALF_UP) if ser else ZERO
            rec = Performance(source_table=label, sasaran=ind.spec.sasaran, indikator=ind.spec.indikator, tahun=t,
                              capaian=cap, capaian_text=persen_text(cap, "short") + "%", serapan=ser,
                              efisiensi=eff, source=Provenance(table=label))
            self.truth.performance.append(rec)
            rows.append(Row([ind.spec.sasaran, ind.spec.indikator, rec.capaian_text or "", persen_text(ser, "sign"),
                            decimal_text(eff, 2)], recs=[rec]))
        self.blocks.append(Block(label, rows))

"""The budget tables: Tabel 2.3 (programs and their budget), Tabel 3.6 (realisasi per program), and
Tabel 3.7 / Lampiran 3 (programs, kegiatan and sub kegiatan; Lampiran 3 with their outputs)."""

from __future__ import annotations

from decimal import Decimal

from lkjip.model import BudgetLine, Provenance
from lkjip.synth.blocks import Block, Row
from lkjip.synth.plan import Sub
from lkjip.synth.print_base import PrinterBase
from lkjip.synth.text import ZERO, MoneyStyle, decimal_text, money, pct, persen_text, thousands


class BudgetTables(PrinterBase):
    def program_table(self) -> None:
        """Tabel 2.3: each program's anggaran and their total."""
        p = self.p
        total = p.anggaran
        label = self.style.labels["program"]
        self.caption(label)
        rows = [Row(["Program", f"{self.style.ang()} (Rp.)"], header=True)]
        for n, prog in enumerate(p.programs, start=1):
            rec = BudgetLine(source_table=label, line_no=n, level="program", parent_line_no=len(p.programs) + 1,
                             uraian=prog.spec.name, anggaran=prog.anggaran, source=Provenance(table=label))
            self.truth.budget_lines.append(rec)
            rows.append(Row([prog.spec.name, money(prog.anggaran, self.style.program_money)], recs=[rec]))
        rec = BudgetLine(source_table=label, line_no=len(p.programs) + 1, level="total", uraian="Jumlah",
                         anggaran=total, source=Provenance(table=label))
        self.truth.budget_lines.append(rec)
        rows.append(Row(["Jumlah", money(total, self.style.program_money)], recs=[rec]))
        self.blocks.append(Block(label, rows))

    def realisasi_table(self) -> None:
        """Tabel 3.6: each program's anggaran, realisasi and %, and their total."""
        p = self.p
        label = self.style.labels["realisasi"]
        self.caption(label)
        rows = [Row(["Program", *self.style.order([self.style.ang(), "Realisasi", "%"])], header=True)]
        for n, prog in enumerate(p.programs, start=1):
            a = self.ov.get(label, prog.key, "anggaran", prog.anggaran)
            r = self.ov.get(label, prog.key, "realisasi", prog.realisasi)
            rec = BudgetLine(source_table=label, line_no=n, level="program", parent_line_no=len(p.programs) + 1,
                             uraian=prog.spec.name, anggaran=a, realisasi=r, persen=pct(r, a),
                             source=Provenance(table=label))
            self.truth.budget_lines.append(rec)
            rows.append(Row([prog.spec.name, *self._realisasi_cells(a, r)], key=(label, prog.key), recs=[rec]))
        a = self.ov.get(label, "total", "anggaran", p.anggaran)
        r = self.ov.get(label, "total", "realisasi", p.realisasi)
        rec = BudgetLine(source_table=label, line_no=len(p.programs) + 1, level="total", uraian="Total",
                         anggaran=a, realisasi=r, persen=pct(r, a), source=Provenance(table=label))
        self.truth.budget_lines.append(rec)
        rows.append(Row(["Total", *self._realisasi_cells(a, r)], key=(label, "total"), recs=[rec]))
        self.blocks.append(Block(label, rows))

    def _realisasi_cells(self, a: Decimal, r: Decimal) -> list[str]:
        m = self.style.realisasi_money
        return self.style.order([money(a, m), money(r, m), persen_text(pct(r, a), self.style.realisasi_persen)])

    def rinci_table(self, label: str, *, output: bool) -> None:
        """Tabel 3.7 (``output=False``) or Lampiran 3 (with output columns)."""
        p, v = self.p, self.v
        group, sub = self.style.rinci_money, self.style.sub_money
        ang = self.style.ang().upper()
        head1 = ["NO", "URAIAN", ang, "", ""]
        head2 = ["", "", *self.style.order([ang, "REALISASI", "%"])]
        if output:
            head1 += ["OUTPUT/KELUARAN", "", "", ""]
            head2 += ["URAIAN", "TARGET", "REALISASI", "%"]
        rows = [Row(head1, header=True), Row(head2, header=True)]
        n = 0
        lines: list[BudgetLine] = []

        def add(nomor: str, uraian: str, level: str, parent: int | None, key: str, a: Decimal, r: Decimal,
                style: MoneyStyle, out: tuple[str, str, str, str] | None, out_vals=None) -> int:
            nonlocal n
            n += 1
            a = self.ov.get(label, key, "anggaran", a)
            r = self.ov.get(label, key, "realisasi", r)
            right = pct(r, a)
            shown = self.ov.get(label, key, "persen", right)
            rec = BudgetLine(source_table=label, line_no=n, level=level, parent_line_no=parent,
                             nomor=nomor or None, uraian=uraian, anggaran=a, realisasi=r, persen=shown,
                             source=Provenance(table=label))
            shown_pct = persen_text(shown, self.style.rinci_persen)
            cells = [nomor, uraian, *self.style.order([money(a, style), money(r, style), shown_pct])]
            if output:
                o = out or ("", "", "", "")
                cells += list(o)
                if out_vals is not None:
                    (rec.output_uraian, rec.output_target, rec.output_target_text, rec.output_realisasi,
                     rec.output_realisasi_text, rec.output_satuan, rec.output_persen) = out_vals
            lines.append(rec)
            rows.append(Row(cells, key=(label, key), recs=[rec]))
            return n

        parent_all = None
        if v.belanja_row:
            # a single BELANJA row is a total (the extractor's convention: "belanja" is for BTL + BL groups)
            parent_all = add("", "BELANJA LANGSUNG", "total", None, "belanja", p.anggaran, p.realisasi, group, None)
        for prog in p.programs:
            pn = add(prog.nomor, prog.spec.name.upper() if v.program_upper else prog.spec.name, "program",
                     parent_all, prog.key, prog.anggaran, prog.realisasi, group,
                     *self.output_pct(prog.spec.indicator, prog.out_real))
            for k in prog.kegs:
                kn = add(k.nomor, k.spec.name, "kegiatan", pn, f"k:{prog.key}:{k.nomor}", k.anggaran, k.realisasi,
                         group, *self.output_pct(k.spec.indicator, k.out_real))
                for s in k.subs:
                    add(s.nomor, s.spec.name, "sub_kegiatan", kn, f"s:{prog.key}:{k.nomor}:{s.nomor}:{s.spec.name}",
                        s.anggaran, s.realisasi, sub, *self.output_count(s))
        total_no = add("", "JUMLAH", "total", None, "jumlah", p.anggaran, p.realisasi, group, None)
        if parent_all is None:  # no BELANJA row: the closing total is the programs' parent
            for rec in lines:
                if rec.level == "program":
                    rec.parent_line_no = total_no
        # the closing row prints its label in the first cell with an empty URAIAN, as exports do
        last = rows[-1]
        last.cells[0], last.cells[1] = "JUMLAH", ""
        self.truth.budget_lines.extend(lines)
        self.blocks.append(Block(label, rows, repeat_every=v.repeat_every if v.repeat_header else 0))

    def _out_pct_text(self, d: Decimal) -> str:
        point = "." if self.v.output_decimal_point else ","
        return decimal_text(d, 2, point=point, strip=True)

    def output_pct(self, uraian: str, real: Decimal):
        target = Decimal(100) if real > 0 else ZERO
        tt, rt = f"{self._out_pct_text(target)}%", f"{self._out_pct_text(real)}%"
        per = pct(real, target)
        cells = (uraian, tt, rt, self._out_pct_text(per))
        return cells, (uraian, target, tt, real, rt, "%", per)

    def output_count(self, s: Sub):
        tt, rt = f"{thousands(s.out_target)} {s.spec.satuan}", f"{thousands(s.out_real)} {s.spec.satuan}"
        per = pct(Decimal(s.out_real), Decimal(s.out_target))
        cells = (s.spec.output, tt, rt, self._out_pct_text(per))
        return cells, (s.spec.output, Decimal(s.out_target), tt, Decimal(s.out_real), rt, s.spec.satuan, per)

"""Synthetic LKjIP reports with known answers.

``generate_report(seed, instansi=..., kabupaten=..., tahun=...)`` writes a
kecamatan's LKjIP as a text export in the conventions of real exports
(tab-separated table lines, ``**bold**`` headings, captions "Tabel 1.1 …",
a blank line ends a table, Perjanjian Kinerja lampiran, Lampiran 3 with
output columns) and returns, beside the text, the :class:`Truth`: every record
an extractor should find, as the report model types them, and the list of
contradictions deliberately injected.

With ``contradictions=()`` the report is consistent: children sum to parents,
totals to their rows, ``persen = round(realisasi / anggaran * 100, 2)``,
``capaian = round(realisasi / target * 100, 2)``, the PK repeats the tables,
the narrative repeats the tables, one NIP per person. Each name in
``contradictions`` (see ``lkjip.synth.inject.CONTRADICTIONS``) changes the printed
report in one place (sometimes two, listed) and adds an :class:`Injected` entry naming
the rule expected to fire; the truth records hold the values *as printed*.

The steps: :func:`~lkjip.synth.plan.make_plan` (the content, from the seed),
:func:`~lkjip.synth.inject.inject` (the contradictions, as overrides),
:class:`~lkjip.synth.printer.Printer` (blocks and truth, in a :class:`PrintStyle`),
:func:`~lkjip.synth.blocks.serialize` (text, Document, line numbers).

Deterministic: the same arguments give the same text, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import random

from pydantic import BaseModel

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.synth import inject
from lkjip.synth.blocks import serialize
from lkjip.synth.plan import make_plan, person_name
from lkjip.synth.printer import Printer
from lkjip.synth.style import PrintStyle
from lkjip.synth.text import slugify, tanggal
from lkjip.synth.truth import GeneratorError, Truth, Variant


class GeneratedReport(BaseModel):
    text: str  # the text export
    truth: Truth
    #: the same content as a Document (a table continued after a repeated header is one table);
    #: line numbers refer to ``text``
    document: Document

    @property
    def slug(self) -> str:
        return slugify(f"{self.truth.meta.instansi} {self.truth.meta.tahun}")


def _strip(prefix: str, s: str) -> str:
    s = s.strip()
    return s[len(prefix):].strip() if s.lower().startswith(prefix.lower()) else s


def generate_report(
    seed: int,
    *,
    instansi: str,
    kabupaten: str,
    tahun: int,
    contradictions: list[str] | tuple[str, ...] = (),
    variant: dict | Variant | None = None,
    style: PrintStyle | None = None,
) -> GeneratedReport:
    """A synthetic LKjIP text export of one kecamatan and the records it holds.

    ``instansi`` is "Kecamatan X" (or "X"), ``kabupaten`` "Kabupaten Y" (or "Y").
    ``contradictions`` names rules of ``CONTRADICTIONS`` to break on purpose;
    ``variant`` switches layout and wording (see :class:`Variant`), or ``style`` sets the whole
    print style (its variant included).
    """
    if style is not None and variant is not None:
        raise GeneratorError("give a variant or a style (which holds its variant), not both")
    if style is None:
        v = variant if isinstance(variant, Variant) else Variant.model_validate(variant or {})
        style = PrintStyle.of(v)
    inject.check(contradictions)
    kec, kab = _strip("Kecamatan", instansi), _strip("Kabupaten", kabupaten)
    if not kec or not kab:
        raise GeneratorError("instansi and kabupaten must name a kecamatan and a kabupaten")
    plan = make_plan(seed, kec, kab, tahun, style.variant)
    ov = inject.inject(plan, contradictions, seed, style)
    printer = Printer(plan, style, ov, random.Random(f"{seed}:{tahun}:print"), seed)
    printer.build()
    text, doc, where = serialize(printer.blocks, slugify(f"kecamatan {kec} {tahun}") + ".txt")
    _place_injected(printer.truth, ov, where, text)
    return GeneratedReport(text=text, truth=printer.truth, document=doc)


def _place_injected(truth: Truth, ov: inject.Overrides, where: dict, text: str) -> None:
    """Add the injected entries to the truth with the text line each changed value stands on."""
    for entry, key in ov.injected:
        if key in where:
            entry.line_no = where[key]
        elif key[0] == "text" and ("text", key[1]) in where:
            entry.line_no = where[("text", key[1])]
        truth.injected.append(entry)
    # the NIP and the year stand on a later line of their paragraph
    lines = text.split("\n")
    for entry in truth.injected:
        if entry.rule in ("doc.nip_mismatch", "doc.year_mismatch") and entry.line_no:
            for i in range(entry.line_no - 1, min(len(lines), entry.line_no + 5)):
                if entry.changed in lines[i]:
                    entry.line_no = i + 1
                    break


def truth_json(truth: Truth) -> str:
    """The truth as committed beside test files: indented, empty fields left out."""
    return truth.model_dump_json(indent=1, exclude_none=True) + "\n"


def pk_document(report: GeneratedReport, tahun: int) -> Document:
    """The Perjanjian Kinerja of one year cut out of a generated report (for a 'scanned PK' sample)."""
    blocks = report.document.blocks
    start = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Paragraph) and b.text == f"PERJANJIAN KINERJA TAHUN {tahun}")
    end = next((i for i, b in enumerate(blocks[start + 1:], start=start + 1)
                if isinstance(b, Paragraph) and (b.text.startswith("PERJANJIAN KINERJA TAHUN")
                                                 or b.text.startswith("PELAKSANAAN PROGRAM"))), len(blocks))
    return Document(source_file=f"pk-{tahun}", input_format="text", blocks=blocks[start:end])


def non_report_document(seed: int, *, instansi: str, kabupaten: str, tahun: int) -> Document:
    """A document that is not an LKjIP: a kecamatan's invitation letter to a coordination meeting."""
    rng = random.Random(f"{seed}:undangan")
    kec, kab = _strip("Kecamatan", instansi), _strip("Kabupaten", kabupaten)
    d = dt.date(tahun, rng.randint(1, 12), rng.randint(1, 28))
    camat = person_name(rng)
    paras = [
        (f"PEMERINTAH KABUPATEN {kab.upper()}\nKECAMATAN {kec.upper()}", True),
        (f"{kab}, {tanggal(d)}", False),
        (f"Nomor : 005/{rng.randint(10, 400)}/{rng.randint(400, 440)}.{rng.randint(1, 30)}/{tahun}\n"
         "Sifat : Penting\nLampiran : -\nPerihal : Undangan Rapat Koordinasi", False),
        ("Kepada Yth.\nSeluruh Kepala Desa\ndi Wilayah Kecamatan " + kec, False),
        ("Dengan hormat, dalam rangka persiapan pelaksanaan musyawarah perencanaan pembangunan tingkat kecamatan, "
         "kami mengundang Saudara untuk hadir pada rapat koordinasi yang akan dilaksanakan pada:", False),
    ]
    blocks: list[Paragraph | Table] = [Paragraph(text=t, bold=b) for t, b in paras]
    blocks.append(Table(rows=[
        TableRow(cells=["Hari/Tanggal", ":", f"{tanggal(d + dt.timedelta(days=7))}"]),
        TableRow(cells=["Waktu", ":", f"{rng.randint(8, 10):02d}.00 WIB s.d. selesai"]),
        TableRow(cells=["Tempat", ":", f"Aula Kantor Kecamatan {kec}"]),
        TableRow(cells=["Acara", ":", "Koordinasi persiapan Musrenbang Kecamatan"]),
    ], strategy="generated"))
    blocks += [
        Paragraph(text="Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatiannya "
                       "disampaikan terima kasih."),
        Paragraph(text=f"CAMAT {kec.upper()}\n\n{camat}"),
    ]
    out: list[Paragraph | Table] = []
    for b in blocks:
        if isinstance(b, Paragraph) and "\n" in b.text:
            out += [Paragraph(text=line, bold=b.bold) for line in b.text.split("\n") if line]
        else:
            out.append(b)
    return Document(source_file="undangan.txt", input_format="text", blocks=out)



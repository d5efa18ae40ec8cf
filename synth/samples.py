"""The bundled sample corpus (``corpus/samples``) and the generated test documents (``tests/data/generated``).

Both are written by ``python -m lkjip.synth --samples DIR`` / ``--test-data DIR`` from the
specs below (needs LibreOffice for the PDFs). A kecamatan keeps its seed across years, so its reports
agree with each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from lkjip.synth import render
from lkjip.synth.generate import (
    GeneratedReport,
    generate_report,
    non_report_document,
    pk_document,
    truth_json,
)

# --- sample corpus ---------------------------------------------------------------------------------------

SAMPLE_KABUPATEN = "Lembah Hijau"
SAMPLE_KECAMATAN = ("Sukamaju", "Mekarwangi", "Tanjung Lestari", "Pasir Kemuning")


class SampleSpec(BaseModel):
    name: str  # file stem
    kecamatan: str
    tahun: int
    seed: int
    fmt: Literal["txt", "docx", "pdf", "pdf_scan_pk", "pdf_truncated", "pdf_other"]
    style: str | None = None  # render style name
    contradictions: list[str] = Field(default_factory=list)
    variant: dict = Field(default_factory=dict)
    note: str = ""


SAMPLES: list[SampleSpec] = [
    SampleSpec(name="sukamaju-2022", kecamatan="Sukamaju", tahun=2022, seed=101, fmt="txt",
               note="text export, consistent"),
    SampleSpec(name="sukamaju-2023", kecamatan="Sukamaju", tahun=2023, seed=101, fmt="docx", style="bordered_serif",
               variant={"repeat_header": True}, note="DOCX, bordered tables, consistent"),
    SampleSpec(name="mekarwangi-2022", kecamatan="Mekarwangi", tahun=2022, seed=201, fmt="pdf",
               style="borderless_sans", variant={"numbering": "letters"},
               note="PDF from Word-style DOCX, borderless tables, consistent"),
    SampleSpec(name="mekarwangi-2023", kecamatan="Mekarwangi", tahun=2023, seed=201, fmt="txt",
               contradictions=["budget.children_sum", "text.total_alokasi", "pk.budget_mismatch",
                               "doc.nip_mismatch"],
               variant={"repeat_header": True, "numbering_gaps": True},
               note="text export WITH CONTRADICTIONS"),
    SampleSpec(name="tanjung-lestari-2022", kecamatan="Tanjung Lestari", tahun=2022, seed=301, fmt="docx",
               style="landscape_small", variant={"pagu": True, "column_order": "realisasi_anggaran_persen",
                                                 "section_wording": "alternative", "numbering": "hierarchical"},
               note="DOCX, 'Pagu' headers, Realisasi before Pagu, alternative section wording, consistent"),
    SampleSpec(name="tanjung-lestari-2023", kecamatan="Tanjung Lestari", tahun=2023, seed=301, fmt="pdf",
               style="repeated_header_reordered",
               contradictions=["budget.persen", "cross.budget_mismatch", "pk.target_mismatch", "doc.year_mismatch"],
               variant={"missing_caption": "Tabel 3.6", "pk_total": True},
               note="PDF WITH CONTRADICTIONS; Tabel 3.6 printed without caption; header rows repeat on each page"),
    SampleSpec(name="pasir-kemuning-2022-pk-scan", kecamatan="Pasir Kemuning", tahun=2022, seed=401,
               fmt="pdf_scan_pk", style="bordered_serif",
               note="scanned signed copy of the Perjanjian Kinerja 2022 only (image-only PDF, needs OCR)"),
    SampleSpec(name="pasir-kemuning-2023", kecamatan="Pasir Kemuning", tahun=2023, seed=401, fmt="pdf_truncated",
               style="bordered_serif", note="BROKEN: a PDF cut off after 40 % of its bytes"),
    SampleSpec(name="undangan-rapat-sukamaju", kecamatan="Sukamaju", tahun=2023, seed=103, fmt="pdf_other",
               style="bordered_serif", note="not an LKjIP: an invitation letter"),
]


def write_sample_corpus(out_dir: Path) -> list[Path]:
    """Write the bundled sample corpus (needs LibreOffice for the PDFs) and its README."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    readme = [
        "# Sample corpus",
        "",
        f"Synthetic LKjIP reports of four kecamatan of the invented Kabupaten {SAMPLE_KABUPATEN}, made by",
        "`python -m lkjip.synth --samples corpus/samples` (deterministic; regenerate, never edit by hand).",
        "No real report is in here. `make demo` runs `lkjip batch corpus/samples --out out` on this folder.",
        "",
        "| file | kecamatan | year | format | what it is | injected contradictions (rule: table, row) |",
        "|---|---|---|---|---|---|",
    ]
    with render.scratch_dir() as tmp:
        for spec in SAMPLES:
            rep = generate_report(spec.seed, instansi=f"Kecamatan {spec.kecamatan}",
                                  kabupaten=f"Kabupaten {SAMPLE_KABUPATEN}", tahun=spec.tahun,
                                  contradictions=spec.contradictions, variant=spec.variant)
            style = render.STYLES[spec.style] if spec.style else None
            if spec.fmt == "txt":
                path = out_dir / f"{spec.name}.txt"
                path.write_text(rep.text, encoding="utf-8")
            elif spec.fmt == "docx":
                path = render.render_docx(rep.document, out_dir / f"{spec.name}.docx", style)
            elif spec.fmt == "pdf":
                docx = render.render_docx(rep.document, tmp / f"{spec.name}.docx", style)
                path = _move(render.docx_to_pdf(docx, tmp), out_dir / f"{spec.name}.pdf")
            elif spec.fmt == "pdf_scan_pk":
                docx = render.render_docx(pk_document(rep, spec.tahun), tmp / f"{spec.name}.docx", style)
                pdf = render.docx_to_pdf(docx, tmp)
                path = render.scan_pdf(pdf, out_dir / f"{spec.name}.pdf", dpi=150, seed=spec.seed, bilevel=True)
            elif spec.fmt == "pdf_truncated":
                docx = render.render_docx(rep.document, tmp / f"{spec.name}.docx", style)
                data = render.docx_to_pdf(docx, tmp).read_bytes()
                path = out_dir / f"{spec.name}.pdf"
                path.write_bytes(data[: int(len(data) * 0.4)])
            else:
                doc = non_report_document(spec.seed, instansi=spec.kecamatan, kabupaten=SAMPLE_KABUPATEN,
                                          tahun=spec.tahun)
                docx = render.render_docx(doc, tmp / f"{spec.name}.docx", style)
                path = _move(render.docx_to_pdf(docx, tmp), out_dir / f"{spec.name}.pdf")
            written.append(path)
            inj = "; ".join(f"`{i.rule}`: {i.table or 'text'}, {i.row}" for i in rep.truth.injected) or "none"
            if spec.fmt in ("pdf_scan_pk", "pdf_truncated", "pdf_other"):
                inj = "n/a"
            fmt = {"pdf_scan_pk": "pdf (scan)", "pdf_truncated": "pdf (broken)", "pdf_other": "pdf"}.get(
                spec.fmt, spec.fmt)
            style_note = f" Style `{spec.style}`." if spec.style and spec.fmt in ("docx", "pdf") else ""
            readme.append(f"| `{path.name}` | {spec.kecamatan} | {spec.tahun} | {fmt} | {spec.note}.{style_note} "
                          f"| {inj} |")
    readme += ["", "The expected records of a generated sample (its `Truth`: values as printed, injected",
               "contradictions with the rule each should fire) are written by",
               "`python -m lkjip.synth --sample mekarwangi-2023 --truth-json truth.json`.", ""]
    (out_dir / "README.md").write_text("\n".join(readme), encoding="utf-8")
    return written


def _move(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    src.unlink()
    return dst


# --- test data: small rendered reports with their truth ----------------------------------------------------

TEST_DATA: list[SampleSpec] = [
    SampleSpec(name="gen-sukamaju-2022-bordered", kecamatan="Sukamaju", tahun=2022, seed=118, fmt="pdf",
               style="bordered_serif"),
    SampleSpec(name="gen-mekarwangi-2023-borderless", kecamatan="Mekarwangi", tahun=2023, seed=79, fmt="pdf",
               style="borderless_sans", variant={"numbering": "digits"}),
    SampleSpec(name="gen-tanjung-lestari-2022-landscape", kecamatan="Tanjung Lestari", tahun=2022, seed=109,
               fmt="pdf", style="landscape_small", contradictions=["budget.children_sum", "pk.target_mismatch"],
               variant={"pagu": True}),
    SampleSpec(name="gen-pasir-kemuning-2023-reordered", kecamatan="Pasir Kemuning", tahun=2023, seed=79, fmt="pdf",
               style="repeated_header_reordered", contradictions=["text.total_alokasi", "doc.nip_mismatch"],
               variant={"repeat_header": True, "repeat_every": 6}),
]


def write_test_data(out_dir: Path) -> list[Path]:
    """Rendered DOCX + PDF + text of a few generated reports, each with ``<name>.truth.json``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for spec in TEST_DATA:
        rep = spec_report(spec)
        style = render.STYLES[spec.style or "bordered_serif"]
        (out_dir / f"{spec.name}.txt").write_text(rep.text, encoding="utf-8")
        docx = render.render_docx(rep.document, out_dir / f"{spec.name}.docx", style)
        pdf = render.docx_to_pdf(docx, out_dir)
        truth = out_dir / f"{spec.name}.truth.json"
        truth.write_text(truth_json(rep.truth), encoding="utf-8")
        written += [out_dir / f"{spec.name}.txt", docx, pdf, truth]
    return written


def spec_report(spec: SampleSpec) -> GeneratedReport:
    return generate_report(spec.seed, instansi=f"Kecamatan {spec.kecamatan}",
                           kabupaten=f"Kabupaten {SAMPLE_KABUPATEN}", tahun=spec.tahun,
                           contradictions=spec.contradictions, variant=spec.variant)

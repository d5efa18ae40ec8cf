"""The benchmark corpus: generated reports and the seed, in every format and style, with their truth.

Built under ``<out>/tmp/corpus`` (git-ignored) and reused by later runs while
the manifest matches (``--fresh`` rebuilds). Every file is an :class:`Item`;
the renderings of one document share a ``doc_id`` and one truth:

* generated reports (``lkjip.synth.generate``): the text export, and a DOCX
  and its PDF in every style of ``lkjip.synth.render.STYLES``; one of the
  PDFs is also scanned (image-only, needs OCR). Truth: the generator's
  ``Truth``.
* the seed report (``../shared/seed``, when present): the text export, and
  the document the text reader makes of it rendered to DOCX/PDF in every
  style. Truth: lkjip's extraction of the text export (so the seed measures
  what rendering to DOCX/PDF costs, not the text path itself).
* contradiction reports: each generated document again with one rule of
  ``CONTRADICTIONS`` injected (text export; the first document also as a PDF
  in the first style), beside the consistent ("mended") original.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: bump when what build_corpus writes changes (a cached corpus of another version is rebuilt)
CORPUS_VERSION = 2
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "lkjip-sokobanah-2022.txt"


@dataclass(frozen=True)
class GenSpec:
    """One generated document."""

    name: str
    kecamatan: str
    kabupaten: str
    tahun: int
    seed: int
    variant: dict

    def generate(self, contradictions: tuple[str, ...] = ()):
        from lkjip.synth.generate import generate_report

        return generate_report(self.seed, instansi=f"Kecamatan {self.kecamatan}",
                               kabupaten=f"Kabupaten {self.kabupaten}", tahun=self.tahun,
                               contradictions=list(contradictions), variant=self.variant)


#: kecamatan with different sizes, numbers, years and layouts
GEN_SPECS: tuple[GenSpec, ...] = (
    GenSpec("cibeureum-2022", "Cibeureum", "Tasikmalaya", 2022, 7, {}),
    GenSpec("wonosari-2023", "Wonosari", "Gunungkidul", 2023, 19,
            {"pagu": True, "numbering": "digits", "repeat_header": True, "pk_total": True}),
    GenSpec("tanah-merah-2021", "Tanah Merah", "Bangkalan", 2021, 31,
            {"column_order": "realisasi_anggaran_persen", "section_wording": "alternative",
             "numbering": "hierarchical", "program_upper": False}),
)


@dataclass(frozen=True)
class Item:
    """One benchmark input file."""

    name: str
    path: str
    fmt: str  # "text", "docx", "pdf", "pdf_scan"
    style: str | None
    source: str  # "generated", "seed", "contradiction"
    doc_id: str  # the document; its renderings share it
    truth: str  # JSON file: a Truth (generated) or a Report (seed)
    truth_kind: str  # "generated" or "report"
    injected: tuple[str, ...] = ()  # rule ids injected (contradiction items)

    @property
    def file(self) -> Path:
        return Path(self.path)


def load_truth(item: Item):
    """The truth object of an item (duck-typed like a Report for :func:`bench.metrics.report_fields`)."""
    text = Path(item.truth).read_text(encoding="utf-8")
    if item.truth_kind == "generated":
        from lkjip.synth.truth import Truth

        return Truth.model_validate_json(text)
    from lkjip.model import Report

    return Report.model_validate_json(text)


@dataclass(frozen=True)
class CorpusPlan:
    gen: tuple[GenSpec, ...]
    styles: tuple[str, ...] | None  # None: every style of render.STYLES
    formats: tuple[str, ...]  # of "text", "docx", "pdf"
    scan: bool
    seed: bool
    contradictions: bool
    rules: tuple[str, ...] | None = None  # contradiction rules injected; None: all of CONTRADICTIONS

    def key(self) -> dict:
        from lkjip.synth.truth import GENERATOR_VERSION

        return {"corpus_version": CORPUS_VERSION, "gen": [asdict(g) for g in self.gen], "sources": _source_digest(), "styles": self.styles, "formats": self.formats,
                "scan": self.scan, "seed": self.seed, "contradictions": self.contradictions,
                "rules": self.rules, "generator_version": GENERATOR_VERSION}


def _source_digest() -> str:
    """Digest of the generator and renderer sources: a change to them rebuilds the corpus."""
    import hashlib

    import lkjip.synth

    h = hashlib.sha256()
    for f in sorted(Path(lkjip.synth.__file__).parent.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def full_plan(*, scan: bool = True) -> CorpusPlan:
    return CorpusPlan(GEN_SPECS, None, ("text", "docx", "pdf"), scan, True, True)


def tiny_plan() -> CorpusPlan:
    """One generated report, text format only (no LibreOffice, no OCR), and one contradiction."""
    return CorpusPlan(GEN_SPECS[:1], (), ("text",), False, False, True, ("budget.children_sum",))


def render_available() -> bool:
    try:
        from lkjip.synth import render  # noqa: F401
    except ImportError:
        return False
    return shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


def _style_names(plan: CorpusPlan) -> list[str]:
    if plan.styles is not None:
        return list(plan.styles)
    from lkjip.synth import render

    return list(render.STYLES)


def build_corpus(plan: CorpusPlan, root: Path, *, fresh: bool = False, log=print) -> list[Item]:
    """Write the corpus files under ``root`` (reusing a previous build of the same plan)."""
    root = Path(root)
    manifest = root / "manifest.json"
    if not fresh and manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        items = [Item(**{**d, "injected": tuple(d["injected"])}) for d in data["items"]]
        if data.get("plan") == json.loads(json.dumps(plan.key())) and all(i.file.exists() and Path(i.truth).exists() for i in items):
            log(f"corpus: reusing {len(items)} files in {root}")
            if plan.seed and SEED.exists():
                _seed_truth(root)  # the seed's truth is lkjip's text path: refresh it every run
            return items
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    items: list[Item] = []
    needs_render = any(f in plan.formats for f in ("docx", "pdf")) or plan.scan
    if needs_render and not render_available():
        log("corpus: lkjip.synth.render or LibreOffice missing: text formats only")
        plan = CorpusPlan(plan.gen, (), tuple(f for f in plan.formats if f == "text"), False, plan.seed,
                          plan.contradictions, plan.rules)
    styles = _style_names(plan) if needs_render else []
    for spec in plan.gen:
        rep = spec.generate()
        truth = root / f"{spec.name}.truth.json"
        truth.write_text(rep.truth.model_dump_json(), encoding="utf-8")
        items += _renderings(rep.text, rep.document, spec.name, "generated", str(truth), "generated", plan,
                             styles, root, log)
    if plan.scan:
        items.append(_scan(items, root, log))
    if plan.seed and SEED.exists():
        items += _seed_items(plan, styles, root, log)
    if plan.contradictions:
        items += _contradiction_items(plan, styles, root, log)
    manifest.write_text(json.dumps({"plan": plan.key(), "items": [asdict(i) for i in items]}, indent=1),
                        encoding="utf-8")
    return items


def _renderings(text: str, document, name: str, source: str, truth: str, truth_kind: str, plan: CorpusPlan,
                styles: list[str], root: Path, log) -> list[Item]:
    out: list[Item] = []
    if "text" in plan.formats:
        p = root / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(Item(p.stem, str(p), "text", None, source, name, truth, truth_kind))
    if not styles or not ({"docx", "pdf"} & set(plan.formats)):
        return out
    from lkjip.synth import render

    for style in styles:
        stem = f"{name}.{style}"
        log(f"corpus: rendering {stem}")
        docx = render.render_docx(document, root / f"{stem}.docx", render.STYLES[style])
        if "docx" in plan.formats:
            out.append(Item(stem, str(docx), "docx", style, source, name, truth, truth_kind))
        if "pdf" in plan.formats:
            pdf = render.docx_to_pdf(docx, root)
            out.append(Item(stem, str(pdf), "pdf", style, source, name, truth, truth_kind))
    return out


def _scan(items: list[Item], root: Path, log) -> Item:
    from lkjip.synth import render

    src = next(i for i in items if i.fmt == "pdf")
    out = root / f"{src.name}.scan.pdf"
    log(f"corpus: scanning {src.name}")
    render.scan_pdf(src.file, out, dpi=200, seed=1)
    return Item(out.name.removesuffix(".pdf"), str(out), "pdf_scan", src.style, src.source, src.doc_id,
                src.truth, src.truth_kind)


def _seed_items(plan: CorpusPlan, styles: list[str], root: Path, log) -> list[Item]:
    from lkjip.synth.restyle import text_export_document


    truth = _seed_truth(root)
    document = text_export_document(SEED)
    return _renderings(SEED.read_text(encoding="utf-8"), document, "seed", "seed", str(truth), "report", plan,
                       styles, root, log)


def _seed_truth(root: Path) -> Path:
    from lkjip import extract_report

    truth = root / "seed.truth.json"
    truth.write_text(extract_report(SEED).model_dump_json(), encoding="utf-8")
    return truth


def _contradiction_items(plan: CorpusPlan, styles: list[str], root: Path, log) -> list[Item]:
    """Each rule injected alone into each generated report (text); the first report also as a PDF."""
    from lkjip.synth.inject import CONTRADICTIONS

    pdf_style = styles[0] if styles and "pdf" in plan.formats else None
    if pdf_style:
        log(f"corpus: rendering the contradiction reports of {plan.gen[0].name} ({pdf_style})")
    out: list[Item] = []
    folder = root / "contradictions"
    folder.mkdir(exist_ok=True)
    for spec in plan.gen:
        for rule in plan.rules or CONTRADICTIONS:
            rep = spec.generate((rule,))
            name = f"{spec.name}.{rule}"
            p = folder / f"{name}.txt"
            p.write_text(rep.text, encoding="utf-8")
            truth = folder / f"{name}.truth.json"
            truth.write_text(rep.truth.model_dump_json(), encoding="utf-8")
            injected = tuple(sorted({i.rule for i in rep.truth.injected}))
            out.append(Item(name, str(p), "text", None, "contradiction", spec.name, str(truth), "generated",
                            injected))
            if pdf_style and spec is plan.gen[0]:
                from lkjip.synth import render

                docx = render.render_docx(rep.document, folder / f"{name}.{pdf_style}.docx",
                                          render.STYLES[pdf_style])
                pdf = render.docx_to_pdf(docx, folder)
                out.append(Item(f"{name}.{pdf_style}", str(pdf), "pdf", pdf_style, "contradiction", spec.name,
                                str(truth), "generated", injected))
    log(f"corpus: {len(out)} contradiction reports")
    return out

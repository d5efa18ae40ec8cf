"""Tesseract, run as a binary: its models, its words with boxes and confidences, its dictionary.

The binary is run directly (:func:`image_to_data`: the image on stdin, one
OpenMP thread), not through pytesseract, whose import pulls in pandas (+100 MB
per worker). :func:`ocr_language` picks the ``ind`` model (``eng`` with a
warning when it is missing); :func:`number_language` the model that reads
numbers best; :func:`model_words` unpacks a model's word list.

``LKJIP_OCR_CACHE=<folder>`` (opt-in) keeps Tesseract's output per exact page
image, model and options: reading the same scans again (a batch rerun, a
benchmark of a layout change) skips Tesseract. Any change to the image that
goes in misses the cache, so it can never return a stale reading.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from lkjip.errors import DependencyMissingError, InputError
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI
from lkjip.extract.ocr_numbers import DASH

if TYPE_CHECKING:
    from PIL import Image

TESSERACT_MISSING = "Tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-ind"


#: words Tesseract is less sure of than this (0–100) are dropped (stamp and signature noise)
MIN_CONFIDENCE = 30


#: the tesseract binary (a name looked up on PATH, or a path)
TESSERACT_CMD = "tesseract"


def tesseract_path() -> str:
    """Path of the tesseract binary, or DependencyMissingError."""
    found = shutil.which(TESSERACT_CMD)
    if not found:
        raise DependencyMissingError(TESSERACT_MISSING)
    return found


@functools.lru_cache(maxsize=4)
def list_langs(cmd: str) -> tuple[str, tuple[str, ...]]:
    """The model folder and the models of ``tesseract --list-langs``."""
    try:
        done = subprocess.run([cmd, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise DependencyMissingError(TESSERACT_MISSING) from exc
    lines = (done.stdout or done.stderr).splitlines()
    head = next((i for i, ln in enumerate(lines) if "languages" in ln.lower()), None)
    if head is None:
        raise DependencyMissingError(f"{TESSERACT_MISSING} ({cmd} --list-langs: {done.stderr.strip()[-200:]})")
    folder = re.search(r'"([^"]+)"', lines[head])
    return (folder.group(1) if folder else ""), tuple(ln.strip() for ln in lines[head + 1 :] if ln.strip())


def _languages(cmd: str) -> tuple[str, ...]:
    return list_langs(cmd)[1]


def ocr_language() -> tuple[str, list[str]]:
    """``"ind"`` when installed, else ``"eng"`` with a warning."""
    langs = _languages(tesseract_path())
    if "ind" in langs:
        return "ind", []
    if "eng" in langs:
        return "eng", [
            "Tesseract Indonesian model missing (apt-get install tesseract-ocr-ind); OCR used English"
        ]
    raise DependencyMissingError(
        f"Tesseract has neither the Indonesian nor the English model (has {', '.join(langs) or 'none'}): "
        "apt-get install tesseract-ocr-ind"
    )


def number_language(lang: str) -> str:
    """The model for reading numbers: ``eng`` when installed. The Indonesian model reads a "%" as digits
    ("100%" as "10046"); the English one reads it, and separators, right."""
    return "eng" if "eng" in _languages(tesseract_path()) else lang


_ASCENDING = frozenset("bdfhkltij")


_DESCENDING = frozenset("gjpqy")


_BRACKETS = frozenset("()[]{}")


def em_share(text: str) -> float:
    """How much of the font size the ink of ``text`` spans, by its letters: a word box runs from the top of
    its tallest letter to the bottom of its lowest, so "menurun" (x-height only) is about half an em high,
    "Program" (a capital and a descender) 0.84 em, "(2020)" (brackets) 0.86 em. Measured on Times-like print; dividing a box height by it
    gives every word of a line about the same size, where one ratio for all made sizes of one paragraph's lines
    differ by 3 pt and split it."""
    if any(ch in _BRACKETS for ch in text):
        return 0.86  # a bracket spans from above the capitals to below the baseline: "(2020)" is taller than "2020"
    tall = any(ch in _ASCENDING or ch.isupper() or ch.isdigit() or ch == "/" for ch in text)
    low = any(ch in _DESCENDING for ch in text)
    if tall:
        return 0.84 if low else 0.66
    return 0.68 if low else 0.48


def data_words(
    data: dict, scale: float, *, min_conf: float = MIN_CONFIDENCE, keep_marks: bool = False
) -> list[Word]:
    words: list[Word] = []
    for text, conf, left, top, width, height in zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"], strict=True
    ):
        text = (text or "").strip()
        if not text or float(conf) < min_conf:
            continue
        if not any(ch.isalnum() for ch in text) and not (
            text in (":", "/") or (keep_marks and (DASH.match(text) or text == "%"))
        ):
            continue  # stray marks are noise, but "Nama : …" keeps its colon, "Pengujian / Verifikasi" its slash
        h = height * scale
        words.append(
            Word(
                text=text,
                x0=left * scale,
                top=top * scale,
                x1=(left + width) * scale,
                bottom=(top + height) * scale,
                size=max(h / em_share(text), 4.0),
                conf=float(conf),
            )
        )
    return words


#: Tesseract's OpenMP threads spin on a busy machine: one thread per call was 40 % less CPU for the same page
#: (the pipeline parallelizes over files, not inside Tesseract); an OMP_THREAD_LIMIT set by the user wins
_THREADS = "1"


_TSV_FIELDS = ("level", "left", "top", "width", "height", "conf", "text")


def image_to_data(img: Image.Image, lang: str, config: str) -> dict[str, list]:
    """Tesseract's words with boxes and confidences (its TSV output as columns), like
    ``pytesseract.image_to_data(..., output_type=DICT)``.

    The binary is run directly: the image goes in on stdin as an uncompressed
    PGM (no temporary PNG to compress and delete) and the thread limit is set
    for the child only.
    """
    buf = io.BytesIO()
    img.convert("L").save(buf, format="PPM")
    cmd = [tesseract_path(), "stdin", "stdout", "-l", lang, *shlex.split(config), "tsv"]
    cached = _cache_file(buf.getvalue(), cmd)
    if cached is not None and cached.exists():
        return parse_tsv(cached.read_text(encoding="utf-8"))
    tsv = _run_tesseract(cmd, buf.getvalue(), lang)
    del buf
    if cached is not None:
        _keep(cached, tsv)
    return parse_tsv(tsv)


def _cache_file(image: bytes, cmd: list[str]) -> Path | None:
    """Where Tesseract's output for this exact image and command is kept (``LKJIP_OCR_CACHE``), or None."""
    folder = os.environ.get("LKJIP_OCR_CACHE")
    if not folder:
        return None
    key = hashlib.sha256(image)
    key.update("\0".join(cmd).encode())
    return Path(folder) / f"{key.hexdigest()}.tsv"


def _keep(path: Path, tsv: str) -> None:
    """Write a cache entry atomically (parallel workers may write the same one); a failed write is only a miss."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(tsv, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _run_tesseract(cmd: list[str], image: bytes, lang: str) -> str:
    """Tesseract's TSV output for one PGM image (clear errors when it is missing or fails)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", _THREADS)}
    try:
        done = subprocess.run(cmd, input=image, capture_output=True, env=env, check=False)
    except OSError as exc:
        raise DependencyMissingError(TESSERACT_MISSING) from exc
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip()
        if "language" in err.lower() or "data file" in err.lower():
            raise DependencyMissingError(f"Tesseract cannot load the {lang!r} model: {err[-300:]}")
        raise InputError(f"Tesseract failed on a page image (exit {done.returncode}): {err[-300:]}")
    return done.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV output as columns (numbers as int, confidence as float)."""
    rows = tsv.splitlines()
    out: dict[str, list] = {k: [] for k in _TSV_FIELDS}
    if not rows:
        return out
    header = rows[0].split("\t")
    index = {k: header.index(k) for k in _TSV_FIELDS if k in header}
    if len(index) != len(_TSV_FIELDS):
        return out
    for row in rows[1:]:
        cols = row.split("\t", len(header) - 1)
        if len(cols) < len(header) - 1:
            continue
        cols += [""] * (len(header) - len(cols))
        for k in ("level", "left", "top", "width", "height"):
            out[k].append(int(cols[index[k]]))
        out["conf"].append(float(cols[index["conf"]]))
        out["text"].append(cols[index["text"]])
    return out


def ocr_words(img: Image.Image, lang: str, dpi: int = DPI) -> list[Word]:
    """Tesseract's words on a whole page, boxes in PDF points (top-left origin)."""
    return data_words(image_to_data(img, lang, "--psm 11"), 72.0 / dpi)


@functools.lru_cache(maxsize=4)
def model_words(lang: str) -> str:
    """The word list of Tesseract's ``lang`` model, one word a line (empty when it cannot be had).

    The list is unpacked from the installed ``<lang>.traineddata`` with the
    ``combine_tessdata`` and ``dawg2wordlist`` tools of the tesseract-ocr
    package; it is a general dictionary (76 000 words for ``ind``), nothing
    of any one report.
    """
    import tempfile
    from pathlib import Path

    tools = shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")
    if not all(tools):
        return ""
    try:
        folder = list_langs(tesseract_path())[0]
        if not folder:
            return ""
        model = Path(folder) / f"{lang}.traineddata"
        with tempfile.TemporaryDirectory() as tmp:
            dawg, charset, out = (str(Path(tmp) / n) for n in ("w.lstm-word-dawg", "w.lstm-unicharset", "w.txt"))
            subprocess.run([tools[0], "-e", str(model), dawg, charset], capture_output=True, timeout=60, check=False)
            subprocess.run([tools[1], charset, dawg, out], capture_output=True, timeout=60, check=False)
            return Path(out).read_text(encoding="utf-8", errors="replace") if Path(out).exists() else ""
    except (OSError, subprocess.SubprocessError, DependencyMissingError):
        return ""

"""Shared fixtures. Paths are anchored to this file, never to the working directory."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import psutil
import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
DATA = TESTS / "data"
SHARED = Path(os.environ.get("LKJIP_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "lkjip-sokobanah-2022.txt"
REAL = SHARED / "real"
#: the header of a cascading table (tujuan → sub kegiatan with their indicators), as tests build it
CASCADING_HEAD = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
                  "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]

#: regenerate golden files: LKJIP_REGEN_GOLDEN=1 pytest tests/test_golden.py (never leave it on;
#: tests/test_golden.py fails the run while it is set)
REGEN_GOLDEN = os.environ.get("LKJIP_REGEN_GOLDEN") == "1"

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"seed report not found at {SEED} (../shared is absent on this checkout)")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL.exists():
        pytest.skip(f"real reports not found at {REAL} (../shared is absent on this checkout)")
    return REAL


#: test files whose tests measure time against limits (worker start, per-file time, slow-file notes), kill
#: processes or batch in the background: ``make test`` runs them alone, after the rest has run two files at
#: a time (pytest-xdist), so that a neighbour's load never decides their outcome
SERIAL_FILES = frozenset({"test_batch.py", "test_batch_hang.py", "test_batch_isolation.py", "test_batch_stress.py",
                          "test_batch_lock.py", "test_batch_fake.py", "test_dask_cluster.py"})


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name in SERIAL_FILES:
            item.add_marker(pytest.mark.serial)
        # ``make test`` runs ``--dist loadgroup``: a file's tests stay together on one worker (its module
        # fixtures are built once) unless a test names its own group (tests/test_draws.py: one per draw)
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.path.name))


def require_tool(name: str, package: str) -> str:
    """Skip unless an external program is installed; say which Debian package brings it."""
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} not installed (apt-get install {package})")
    return path


def session_processes(sid: int, *, wait: float = 0) -> list[int]:
    """Pids of the processes of session ``sid``, after waiting up to ``wait`` seconds for them to end."""
    deadline = time.monotonic() + wait
    while True:
        pids = []
        for p in psutil.process_iter(["pid"]):
            try:
                if os.getsid(p.info["pid"]) == sid:
                    pids.append(p.info["pid"])
            except (ProcessLookupError, PermissionError):
                pass
        if not pids or time.monotonic() >= deadline:
            return pids
        time.sleep(0.1)


def scan_strip(width: float, height: float, texts: list[tuple[str, float, float]], *, size: float = 7.0,
               split_words: bool = False, font: str = "DejaVuSans.ttf", dpi: int = 300):
    """A binarized 300 dpi strip of a scanned page, ``width`` x ``height`` points, printing each of ``texts`` (text,
    x, top in points) in ``size`` pt sans; and a word box (in points) for each text printed, or for each of its words
    (``split_words``, 3 pt apart): what the OCR page pass would have read there."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from lkjip.extract.layout.geometry import Word

    px = dpi / 72
    img = Image.new("L", (int(width * px), int(height * px)), 255)
    d = ImageDraw.Draw(img)
    try:
        face = ImageFont.truetype(font, int(size * px))
    except OSError:
        face = ImageFont.load_default(size=int(size * px))
    words = []
    for text, x, y in texts:
        for part in text.split() if split_words else [text]:
            box = d.textbbox((x * px, y * px), part, font=face)
            d.text((x * px, y * px), part, fill=0, font=face)
            words.append(Word(text=part, x0=box[0] / px, top=box[1] / px, x1=box[2] / px, bottom=box[3] / px,
                              size=size))
            x = box[2] / px + 3
    return np.where(np.asarray(img) < 128, 0, 255).astype(np.uint8), words


def text_image(text: str, size: tuple[int, int], *, font: str, font_size: int, at: tuple[int, int]):
    """A white grayscale image with ``text`` drawn in black: a synthetic scanned cell for the OCR tests."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", size, 255)
    try:
        face = ImageFont.truetype(font, font_size)
    except OSError:
        face = ImageFont.load_default(size=font_size)
    ImageDraw.Draw(img).text(at, text, fill=0, font=face)
    return img

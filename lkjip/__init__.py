"""lkjip: Indonesian government performance reports (LKjIP) into a dataset analysts can trust."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from lkjip.model import Report

__all__ = ["extract_report", "Report", "__version__"]


def extract_report(path, **kwargs) -> Report:
    """Read any supported file (text export, PDF, DOCX, scanned PDF) into a validated :class:`Report`.

    Never raises for a bad document: failures come back as ``status="failed"``
    with ``errors``. Pass ``raises_on_error=True`` to raise instead.
    """
    from lkjip.pipeline import extract_report as _extract

    return _extract(path, **kwargs)


def __getattr__(name):
    if name == "Report":
        from lkjip.model import Report

        return Report
    raise AttributeError(name)

"""One exception base for the whole project.

``LkjipError`` is the only base; callers that want "anything lkjip raises on
purpose" catch it. Data problems (a cell that is not a number) are *not*
exceptions at stage boundaries: they become ``ParseWarning`` records. These
exceptions are for a whole input that cannot be handled, and for programming
errors in configuration.
"""

from __future__ import annotations


class LkjipError(Exception):
    """Base of every error lkjip raises on purpose."""

    #: machine-readable category, stored in ``reports.error`` as ``category: message``
    category = "error"


class NormalizeError(LkjipError, ValueError):
    """A string could not be normalized to the requested type."""

    category = "normalize"

    def __init__(self, message: str, raw: str | None = None):
        super().__init__(message)
        self.raw = raw


class InputError(LkjipError):
    """The input file cannot be read at all (missing, empty, corrupt, encrypted)."""

    category = "input"


class UnsupportedFormatError(InputError):
    """The file's content is not a format lkjip reads."""

    category = "unsupported_format"


class NotAReportError(LkjipError):
    """The document was read but holds nothing lkjip recognizes as a report."""

    category = "not_a_report"


class DependencyMissingError(LkjipError):
    """An external tool (tesseract, soffice) is needed and not installed."""

    category = "dependency_missing"


class ResourceLimitError(LkjipError):
    """A per-file limit (time, memory, pages, size) was exceeded."""

    category = "limit"

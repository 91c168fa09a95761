"""Every error the converter reports, and the exit codes a Makefile can act on.

Messages name the file's problem, never its content: no patient text may
reach a log or a terminal.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit status of `rcp-intake convert` (documented in the README)."""

    OK = 0  # every letter converted, no blocking gap
    INTERNAL_ERROR = 1  # a bug: the batch could not run
    USAGE = 2  # bad command line (argparse's own code)
    BLOCKING_GAPS = 3  # every letter converted, at least one has a blocking gap
    FAILED_LETTERS = 4  # at least one letter could not be converted


class LetterError(Exception):
    """A letter that cannot be converted; the batch goes on without it."""

    stage = "read"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class UnsupportedFormat(LetterError):
    """The file is none of PDF, DOCX, plain text (or image, with OCR)."""


class UnreadableDocument(LetterError):
    """The file claims a format but its content is broken, encrypted or hostile."""


class ScannedDocument(LetterError):
    """A PDF whose pages carry no text layer and no OCR could read them."""


class EmptyDocument(LetterError):
    """The file holds no text at all."""


class InvalidRecord(LetterError):
    """The record built from a letter does not validate against the XSD (a bug)."""

    stage = "validate"

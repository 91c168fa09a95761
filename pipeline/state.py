"""The batch's memory, in OUT/.rcp-intake-state.sqlite: each input's outcome, keyed by content.

A letter whose content, pipeline and gap rules are unchanged since its record was
written is not converted again. Only the batch's main process writes here.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pipeline
from pipeline import __version__

STATE_FILE = ".rcp-intake-state.sqlite"
_PACKAGE = Path(pipeline.__file__).resolve().parent
_SCHEMAS = _PACKAGE.parent / "schemas"


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """The release plus a digest of the code, vocabularies and schema: any change reconverts."""
    digest = hashlib.sha256()
    files = sorted(p for folder in (_PACKAGE, _SCHEMAS) for p in folder.rglob("*")
                   if p.suffix in (".py", ".json", ".tsv", ".xsd") and "__pycache__" not in p.parts)
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE.parent)).encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Recorded:
    """What the state remembers of one input."""

    sha256: str
    version: str
    rules: str
    status: str
    output: Path | None
    report: Path | None
    reason: str
    gaps: dict[str, int]


def _raw(path: Path | None) -> bytes | None:
    """Paths are kept as bytes: file names need not be valid UTF-8."""
    return os.fsencode(path) if path is not None else None


def _path(raw: bytes | None) -> Path | None:
    return Path(os.fsdecode(raw)) if raw is not None else None


class BatchState:
    def __init__(self, out_dir: Path):
        out_dir.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(out_dir / STATE_FILE)
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS letters (source BLOB PRIMARY KEY, sha256 TEXT, version TEXT, rules TEXT,"
            " status TEXT, output BLOB, report BLOB, reason TEXT, gaps TEXT, updated_at TEXT)")
        self.connection.commit()

    def get(self, source: Path) -> Recorded | None:
        row = self.connection.execute(
            "SELECT sha256, version, rules, status, output, report, reason, gaps FROM letters WHERE source = ?",
            (_raw(source),)).fetchone()
        if row is None:
            return None
        return Recorded(*row[:4], _path(row[4]), _path(row[5]), row[6], json.loads(row[7] or "{}"))

    def put(self, source: Path, recorded: Recorded) -> None:
        """Record one outcome; committed at once, so a killed batch loses at most the letters in flight."""
        self.connection.execute(
            "INSERT OR REPLACE INTO letters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
            (_raw(source), recorded.sha256, recorded.version, recorded.rules, recorded.status,
             _raw(recorded.output), _raw(recorded.report), recorded.reason, json.dumps(recorded.gaps)))
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()

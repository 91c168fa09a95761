"""Reports for the coordinator (placeholder until the reporting issue lands)."""
from __future__ import annotations

from pathlib import Path


def write_letter_report(conversion, out_dir: Path) -> Path | None:
    """Write the per-letter report; returns its path."""
    return None


def write_batch_reports(summary, out_dir: Path) -> None:
    """Write the batch's summary.csv and index."""

"""A batch of letters: each converted or reported, none dropped, one line each, then a summary."""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.convert import convert_file
from pipeline.errors import ExitCode, LetterError
from pipeline.gaps import GapRules
from pipeline.report import write_batch_reports, write_letter_report

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """One input's fate: converted (with its gaps), skipped as up to date, or failed with a reason."""

    source: Path
    status: str  # converted, skipped, failed
    output: Path | None = None
    report: Path | None = None
    reason: str = ""
    gaps_by_severity: dict[str, int] = field(default_factory=dict)


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def with_blocking_gaps(self) -> int:
        return sum(o.gaps_by_severity.get("blocking", 0) > 0 for o in self.outcomes)

    @property
    def exit_code(self) -> ExitCode:
        if self.count("failed"):
            return ExitCode.FAILED_LETTERS
        if self.with_blocking_gaps:
            return ExitCode.BLOCKING_GAPS
        return ExitCode.OK


def collect_inputs(paths: list[Path]) -> tuple[list[Path], list[Outcome]]:
    """Letter files from files and folders (recursively, hidden files left out), in a stable order."""
    found, problems = [], []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Outcome(path, "failed", reason="no such file or folder"))
    unique = list(dict.fromkeys(found))
    return unique, problems


def output_names(inputs: list[Path]) -> dict[Path, str]:
    """OUT/<stem>.xml, or <stem>-<extension>.xml when two letters share a stem."""
    stems: dict[str, int] = {}
    for path in inputs:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    return {path: f"{path.stem}.xml" if stems[path.stem] == 1 else f"{path.stem}-{path.suffix.lstrip('.')}.xml"
            for path in inputs}


def _describe(gaps: dict[str, int]) -> str:
    parts = [f"{gaps[s]} {s}" for s in ("blocking", "major", "minor") if gaps.get(s)]
    return "no gap" if not parts else "gaps: " + ", ".join(parts)


def run_batch(inputs: list[Path], out_dir: Path, rules: GapRules, *, problems: list[Outcome] | None = None,
              skip_up_to_date: bool = False, stream=None) -> Summary:
    stream = stream or sys.stdout
    summary = Summary(list(problems or []))
    for outcome in summary.outcomes:
        print(f"failed     {outcome.source}: {outcome.reason}", file=stream)
    names = output_names(inputs)
    total = len(inputs)
    for index, path in enumerate(inputs, start=1):
        target = out_dir / names[path]
        prefix = f"[{index}/{total}]"
        if skip_up_to_date and target.exists() and target.stat().st_mtime >= path.stat().st_mtime:
            summary.outcomes.append(Outcome(path, "skipped", target))
            print(f"{prefix} up to date {path.name}", file=stream, flush=True)
            continue
        try:
            conversion = convert_file(path, out_dir, rules)
            if conversion.output != target:
                conversion.output.replace(target)
                conversion.output = target
            outcome = Outcome(path, "converted", target, report=write_letter_report(conversion, out_dir),
                              gaps_by_severity=conversion.gaps_by_severity)
            print(f"{prefix} converted  {path.name} -> {target} ({_describe(outcome.gaps_by_severity)})",
                  file=stream, flush=True)
        except LetterError as exc:
            outcome = Outcome(path, "failed", reason=f"{exc.stage}: {exc.reason}")
            print(f"{prefix} failed     {path.name}: {outcome.reason}", file=stream, flush=True)
        except Exception as exc:  # a bug must not stop the batch; its type is logged, never letter text
            log.debug("internal error on %s", path.name, exc_info=True)
            outcome = Outcome(path, "failed", reason=f"internal error ({type(exc).__name__})")
            print(f"{prefix} failed     {path.name}: {outcome.reason}", file=stream, flush=True)
        summary.outcomes.append(outcome)
    write_batch_reports(summary, out_dir)
    print(f"{len(summary.outcomes)} letter(s): {summary.count('converted')} converted "
          f"({summary.with_blocking_gaps} with blocking gaps), {summary.count('skipped')} up to date, "
          f"{summary.count('failed')} failed", file=stream)
    return summary

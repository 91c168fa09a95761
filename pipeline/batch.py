"""A batch of letters: each converted or reported, none dropped, one line each, then a summary.

Letters go to worker processes (pipeline/workers.py) bounded in time and memory; the
outcome of each is kept in the output folder's state (pipeline/state.py), so that a
batch run again converts only new or changed letters, and a killed batch resumes.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.convert import convert_file
from pipeline.errors import ExitCode, LetterError
from pipeline.gaps import GapRules
from pipeline.nlp import build_nlp
from pipeline.reading.model import printable
from pipeline.report import write_batch_reports, write_letter_report
from pipeline.returnform.merge import RecordNotFound
from pipeline.state import BatchState, Recorded, file_sha256, pipeline_version
from pipeline.workers import Limits, WorkerPool

log = logging.getLogger(__name__)
TEMPORARY_SUFFIX = ".tmp"


@dataclass
class Outcome:
    """One input's fate: converted (with its gaps), skipped as up to date (its earlier
    record's output, report and gaps kept), or failed with a reason."""

    source: Path
    status: str  # converted, skipped, failed
    output: Path | None = None
    report: Path | None = None
    reason: str = ""
    gaps_by_severity: dict[str, int] = field(default_factory=dict)
    retry_last: bool = False  # a return form met before the record it completes


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def with_blocking_gaps(self) -> int:
        return sum(o.status != "failed" and o.gaps_by_severity.get("blocking", 0) > 0 for o in self.outcomes)

    @property
    def exit_code(self) -> ExitCode:
        if self.count("failed"):
            return ExitCode.FAILED_LETTERS
        if self.with_blocking_gaps:
            return ExitCode.BLOCKING_GAPS
        return ExitCode.OK


def collect_inputs(paths: list[Path]) -> tuple[list[Path], list[Outcome]]:
    """Letter files from files and folders (recursively; hidden files left out), in a stable order.

    A link that leads out of the folder it was found in is refused, not followed.
    """
    found, problems = [], []
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            for candidate in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in candidate.relative_to(path).parts):
                    continue
                if candidate.is_symlink() and not candidate.resolve().is_relative_to(root):
                    problems.append(Outcome(candidate, "failed", reason="read: link pointing outside the input folder"))
                elif candidate.is_file():
                    found.append(candidate)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Outcome(path, "failed", reason="read: no such file or folder"))
    return list(dict.fromkeys(found)), problems


def output_names(inputs: list[Path]) -> dict[Path, str]:
    """OUT/<stem>.xml, or <stem>-<extension>.xml when two letters share a stem."""
    stems: dict[str, int] = {}
    for path in inputs:
        stems[path.stem] = stems.get(path.stem, 0) + 1
    return {path: f"{path.stem}.xml" if stems[path.stem] == 1 else f"{path.stem}-{path.suffix.lstrip('.')}.xml"
            for path in inputs}


@dataclass(frozen=True)
class Task:
    source: Path
    target: Path
    rules: GapRules


def convert_one(task: Task) -> Outcome:
    """Convert one letter into task.target (and its report); every failure becomes a reason."""
    try:
        conversion = convert_file(task.source, task.target.parent, task.rules, output=task.target)
        report = write_letter_report(conversion, task.target.parent)
        return Outcome(task.source, "converted", task.target, report, gaps_by_severity=conversion.gaps_by_severity)
    except LetterError as exc:
        return Outcome(task.source, "failed", reason=f"{exc.stage}: {exc.reason}",
                       retry_last=isinstance(exc, RecordNotFound))
    except MemoryError:
        return Outcome(task.source, "failed", reason="limit: memory limit exceeded")
    except Exception as exc:  # a bug must not stop the batch; its type is logged, never letter text
        log.debug("internal error on %s", printable(task.source.name), exc_info=True)
        return Outcome(task.source, "failed", reason=f"internal error ({type(exc).__name__})")


def _limit_failure(task: Task, reason: str) -> Outcome:
    return Outcome(task.source, "failed", reason=f"limit: {reason}")


def _describe(outcome: Outcome) -> str:
    if outcome.status == "failed":
        return f"failed     {printable(outcome.source.name)}: {outcome.reason}"
    gaps = outcome.gaps_by_severity
    parts = [f"{gaps[s]} {s}" for s in ("blocking", "major", "minor") if gaps.get(s)]
    verb = "converted " if outcome.status == "converted" else "up to date"
    return f"{verb} {printable(outcome.source.name)} -> {printable(outcome.output)} ({'gaps: ' + ', '.join(parts) if parts else 'no gap'})"


class Progress:
    """One line per letter; on a terminal, a bar below them that redraws itself."""

    def __init__(self, total: int, stream):
        self.total, self.done, self.stream = total, 0, stream
        self.bar = hasattr(stream, "isatty") and stream.isatty()

    def report(self, outcome: Outcome) -> None:
        self.done += 1
        clear = "\r\033[K" if self.bar else ""
        print(f"{clear}[{self.done}/{self.total}] {_describe(outcome)}", file=self.stream, flush=True)
        if self.bar and self.done < self.total:
            filled = int(30 * self.done / self.total)
            print(f"[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} letters", end="",
                  file=self.stream, flush=True)


def _remove_leftovers(out_dir: Path) -> None:
    """Temporary files of a batch that was killed mid-write: never a record, always safe to drop."""
    for leftover in out_dir.glob(f".*{TEMPORARY_SUFFIX}"):
        leftover.unlink(missing_ok=True)


def run_batch(inputs: list[Path], out_dir: Path, rules: GapRules, *, problems: list[Outcome] | None = None,
              workers: int = 0, limits: Limits = Limits(), force: bool = False, stream=None) -> Summary:
    """Convert `inputs` into `out_dir`. workers=0 converts in this process (no limits)."""
    stream = stream or sys.stdout
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out_dir)
    state = BatchState(out_dir)
    version, names = pipeline_version(), output_names(inputs)
    summary = Summary()
    progress = Progress(len(inputs) + len(problems or []), stream)

    def report(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        progress.report(outcome)

    def record(outcome: Outcome) -> None:
        state.put(outcome.source, Recorded(digests[outcome.source], version, rules.digest, outcome.status,
                                           outcome.output, outcome.report, outcome.reason, outcome.gaps_by_severity))
        report(outcome)

    for outcome in problems or []:
        report(outcome)
    tasks, digests = [], {}
    for path in inputs:
        target = out_dir / names[path]
        try:
            digests[path] = file_sha256(path)
        except OSError as exc:
            report(Outcome(path, "failed", reason=f"read: cannot read the file ({exc.strerror or type(exc).__name__})"))
            continue
        known = None if force else state.get(path)
        if (known and known.status == "converted" and known.sha256 == digests[path] and known.version == version
                and known.rules == rules.digest and target.exists()):
            report(Outcome(path, "skipped", target, known.report, gaps_by_severity=known.gaps))
        else:
            tasks.append(Task(path, target, rules))
    if workers > 0 and tasks:
        build_nlp()  # once, before forking: every worker shares the built pipeline
        results = (outcome for _, outcome in WorkerPool(convert_one, _limit_failure, workers, limits).run(tasks))
    else:
        results = (convert_one(task) for task in tasks)
    by_source = {task.source: task for task in tasks}
    deferred = []
    try:
        for outcome in results:
            if outcome.retry_last:
                deferred.append(by_source[outcome.source])
            else:
                record(outcome)
        for task in deferred:  # return forms met before their record: the batch has written it now
            record(convert_one(task))
    finally:
        state.close()
    write_batch_reports(summary, out_dir)
    print(f"{len(summary.outcomes)} letter(s): {summary.count('converted')} converted, "
          f"{summary.count('skipped')} up to date, {summary.count('failed')} failed; "
          f"{summary.with_blocking_gaps} with blocking gaps", file=stream)
    return summary

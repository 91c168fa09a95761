"""The batch engine: incremental by content, resumable after kill -9, bounded per letter."""
from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

import pipeline.batch as batch
from pipeline.batch import run_batch
from pipeline.gaps import load_rules
from pipeline.state import STATE_FILE
from pipeline.validate import validation_errors
from pipeline.workers import Limits, WorkerPool

ROOT = Path(__file__).resolve().parent.parent
LETTER = "Le 01/03/2025\nM. Paul TEST{n}, 70 ans.\nTraitement : Eliquis 5 mg x 2/j.\nPas de douleur.\n"


def _write_letters(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"lettre{n:03d}.txt"
        path.write_text(LETTER.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def _run(paths, out, **options):
    return run_batch(paths, out, load_rules(), stream=io.StringIO(), **options)


def test_batch_rerun_converts_nothing(nlp, tmp_path):
    paths = _write_letters(tmp_path / "in", 3)
    first = _run(paths, tmp_path / "out")
    second = _run(paths, tmp_path / "out")
    assert first.count("converted") == 3
    assert second.count("skipped") == 3 and second.count("converted") == 0
    assert all(o.output and o.output.exists() for o in second.outcomes)


def test_batch_changed_letter_is_converted_again(nlp, tmp_path):
    paths = _write_letters(tmp_path / "in", 2)
    _run(paths, tmp_path / "out")
    paths[1].write_text(LETTER.format(n=99).replace("Eliquis", "Xarelto"), encoding="utf-8")
    second = _run(paths, tmp_path / "out")
    assert {o.source.name: o.status for o in second.outcomes} == {"lettre000.txt": "skipped", "lettre001.txt": "converted"}
    assert b"B01AF01" in (tmp_path / "out" / "lettre001.xml").read_bytes()


def test_batch_force_converts_everything(nlp, tmp_path):
    paths = _write_letters(tmp_path / "in", 2)
    _run(paths, tmp_path / "out")
    assert _run(paths, tmp_path / "out", force=True).count("converted") == 2


def test_batch_workers_give_the_same_records(nlp, tmp_path):
    paths = _write_letters(tmp_path / "in", 4)
    summary = _run(paths, tmp_path / "out", workers=2)
    assert summary.count("converted") == 4
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == [f"lettre00{n}.xml" for n in range(4)]


def test_batch_result_read_after_its_worker_exited_is_not_a_failure(nlp, tmp_path, monkeypatch):
    """A worker may finish and exit before the parent reads its last result from the pipe."""
    real_messages = WorkerPool._messages

    def one_late_message(pool):
        time.sleep(0.5)  # the worker has long exited when the parent looks again
        messages = real_messages(pool)
        for extra in messages[1:]:
            pool.results.put(extra)  # put back: next look
        return messages[:1]

    monkeypatch.setattr(WorkerPool, "_messages", one_late_message)
    paths = _write_letters(tmp_path / "in", 2)
    summary = _run(paths, tmp_path / "out", workers=1)
    assert [o.status for o in summary.outcomes] == ["converted", "converted"]


def _hang(task):
    time.sleep(60)


def _die(task):
    os.kill(os.getpid(), signal.SIGKILL)


REAL_CONVERT_FILE = batch.convert_file


def _allocate(source, *args, **kwargs):
    if source.name == "ok.txt":
        return REAL_CONVERT_FILE(source, *args, **kwargs)
    return bytearray(4 * 1024 ** 3)


@pytest.mark.parametrize("job, reason", [
    (_hang, "time limit of 1 s exceeded"),
    (_die, "worker died"),
])
def test_batch_letter_past_its_limits_is_reported_and_batch_goes_on(nlp, tmp_path, monkeypatch, job, reason):
    paths = _write_letters(tmp_path / "in", 2)
    monkeypatch.setattr(batch, "convert_one", job)
    summary = _run(paths, tmp_path / "out", workers=1, limits=Limits(seconds=1, memory_mb=512))
    assert [o.status for o in summary.outcomes] == ["failed", "failed"]
    assert all(reason in o.reason for o in summary.outcomes)


def test_batch_memory_limit_fails_the_letter_only(nlp, tmp_path, monkeypatch):
    paths = _write_letters(tmp_path / "in", 1) + [tmp_path / "in" / "ok.txt"]
    paths[-1].write_text(LETTER.format(n=1), encoding="utf-8")
    monkeypatch.setattr(batch, "convert_file", _allocate)
    summary = _run(paths, tmp_path / "out", workers=1, limits=Limits(seconds=60, memory_mb=1024))
    outcomes = {o.source.name: o for o in summary.outcomes}
    assert outcomes["ok.txt"].status == "converted"
    assert outcomes["lettre000.txt"].status == "failed"
    assert outcomes["lettre000.txt"].reason == "limit: memory limit exceeded"


def test_batch_kill_9_then_rerun_converts_every_letter_exactly_once(nlp, tmp_path):
    paths = _write_letters(tmp_path / "in", 150)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "convert", str(tmp_path / "in"), "--out", str(out), "-j", "1"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.xml"))) < 10 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    converted_before = len(list(out.glob("*.xml")))
    assert 0 < converted_before < len(paths), "the batch must be killed mid-way"

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"150 letter(s): {150 - converted_before}" in rerun.stdout or "up to date" in rerun.stdout
    records = sorted(out.glob("*.xml"))
    assert [p.stem for p in records] == [p.stem for p in paths]
    assert not list(out.glob(".*.tmp"))
    for record in records:
        assert validation_errors(etree.parse(str(record)).getroot()) == []
    lines = [line for line in rerun.stdout.splitlines() if line.startswith("[")]
    named = {re.search(r"lettre\d{3}\.txt", line).group() for line in lines}
    assert len(lines) == 150 and len(named) == 150
    assert (out / STATE_FILE).exists()

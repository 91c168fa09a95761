"""Worker processes for a batch: the NLP pipeline built once (before forking), each letter bounded
in time and memory; a worker that hangs or dies is replaced and its letter reported, never lost."""
from __future__ import annotations

import multiprocessing
import os
import queue
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    seconds: float = 300.0  # per letter (OCR of a long scan included)
    memory_mb: int = 2048  # address space a worker may add to what it had after start-up


def _cap_memory(extra_mb: int) -> None:
    with open("/proc/self/statm") as statm:
        current = int(statm.read().split()[0]) * resource.getpagesize()
    limit = current + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _work(job: Callable, tasks, results, memory_mb: int, parent: int) -> None:
    try:
        _cap_memory(memory_mb)
    except (OSError, ValueError):
        pass  # no /proc or no limit allowed: run uncapped, the time limit still holds
    while True:
        task = tasks.get()
        if task is None or os.getppid() != parent:  # done, or the batch was killed: stop too
            return
        index, payload = task
        results.put(("started", index, os.getpid()))
        results.put(("done", index, job(payload)))


class WorkerPool:
    """Runs `job(payload)` for each payload in W forked processes; yields (index, result).

    `on_failure(payload, reason)` makes the result of a letter whose worker exceeded the
    time limit or died (memory, signal), so that every payload yields exactly one result.
    """

    def __init__(self, job: Callable, on_failure: Callable, workers: int, limits: Limits):
        self.context = multiprocessing.get_context("fork")
        self.job, self.on_failure, self.limits = job, on_failure, limits
        self.count = max(1, workers)
        self.tasks = self.context.Queue()
        self.results = self.context.Queue()
        self.processes: dict[int, multiprocessing.Process] = {}

    def _start_worker(self) -> None:
        process = self.context.Process(target=_work, args=(self.job, self.tasks, self.results, self.limits.memory_mb, os.getpid()),
                                       daemon=True)
        process.start()
        self.processes[process.pid] = process

    def run(self, payloads: list) -> Iterator[tuple[int, object]]:
        for index, payload in enumerate(payloads):
            self.tasks.put((index, payload))
        for _ in range(self.count):
            self.tasks.put(None)
        for _ in range(min(self.count, len(payloads))):
            self._start_worker()
        busy: dict[int, tuple[int, float]] = {}  # pid -> (index, started at)
        pending = set(range(len(payloads)))
        all_gone_seen = False
        try:
            while pending:
                messages = self._messages()
                for message in messages:
                    if message[0] == "started":
                        busy[message[2]] = (message[1], time.monotonic())
                    elif message[1] in pending:
                        pending.discard(message[1])
                        busy = {pid: task for pid, task in busy.items() if task[0] != message[1]}
                        yield message[1], message[2]
                failures = self._reap(busy)
                if not self.processes and not failures:
                    # every worker is gone: once a look at the queue brings nothing more, what is
                    # still pending was lost with a worker killed from outside
                    if all_gone_seen and not messages:
                        failures = [(index, "worker died before reporting") for index in sorted(pending)]
                    all_gone_seen = True
                for failed_index, reason in failures:
                    if failed_index in pending:
                        pending.discard(failed_index)
                        yield failed_index, self.on_failure(payloads[failed_index], reason)
        finally:
            self._stop()

    def _messages(self) -> list[tuple]:
        """Everything the workers said since last time (waits a little for the first message)."""
        messages = []
        try:
            messages.append(self.results.get(timeout=0.2))
            while True:
                messages.append(self.results.get_nowait())
        except queue.Empty:
            return messages

    def _reap(self, busy: dict[int, tuple[int, float]]) -> list[tuple[int, str]]:
        """Kill workers past the time limit, collect dead ones, start replacements."""
        failures = []
        now = time.monotonic()
        for pid, process in list(self.processes.items()):
            task = busy.get(pid)
            if task and now - task[1] > self.limits.seconds:
                process.kill()
                process.join()
                failures.append((task[0], f"time limit of {self.limits.seconds:g} s exceeded"))
            elif not process.is_alive():
                process.join()
                if task and process.exitcode == 0:
                    # it stopped normally, so its last result is already in the pipe, only not
                    # read yet: the next look at the queue (or the all-gone check) settles it
                    task = None
                elif task:
                    failures.append((task[0], f"worker died (exit code {process.exitcode}): memory limit or fatal error"))
            else:
                continue
            del self.processes[pid]
            busy.pop(pid, None)
            if task:  # it died holding a letter, not its stop signal: a replacement takes over
                self._start_worker()
        return failures

    def _stop(self) -> None:
        for process in self.processes.values():
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
        self.tasks.close()
        self.results.close()

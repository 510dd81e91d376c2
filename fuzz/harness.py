"""The campaign driver: seeds go to a worker process, tallies come back, crashes and hangs are counted.

A campaign's cases are generated deterministically from an integer *seed* inside a
worker process (``python -m fuzz.worker NAME``), so every finding is reproduced by
``python -m fuzz repro NAME SEED``. The driver sends one seed at a time on the worker's
stdin and reads one JSON line back on a private pipe (guest output on stdout/stderr
cannot corrupt it):

- the worker dies (a signal, a non-zero exit): one **crash**, the seed and the last
  lines of its stderr are recorded, and a fresh worker takes the next seed;
- no answer within the campaign's ``seed_timeout``: one **hang**; the worker is sent
  SIGABRT first (its ``faulthandler`` prints every thread's stack into the finding), then
  its process group is killed and a fresh worker takes the next seed;
- otherwise the worker reports the cases it ran, the **wrong results** and **untyped
  errors** it saw (each with a one-line description), cases it skipped because of a
  known-open finding (:mod:`fuzz.known`), and its RSS and open fds after the seed.

RSS/fd drift is measured over the longest-lived worker: from the sample after its
warm-up seeds (a fifth of its life, at least two) to its last sample.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

__all__ = [
    "CAMPAIGNS",
    "Campaign",
    "Outcome",
    "Tally",
    "format_table",
    "load_campaign",
    "main_thread_first",
    "run_campaign",
    "run_in_process",
    "sample_resources",
]

ROOT = Path(__file__).resolve().parent.parent

# name -> "module:Class"; the order is the order of `make fuzz` and of the table.
CAMPAIGNS: dict[str, str] = {
    "differential": "fuzz.differential:Differential",
    "loaders": "fuzz.loaders:Loaders",
    "concurrency": "fuzz.concurrency:Concurrency",
    "attacks": "fuzz.attacks:Attacks",
    "gateway": "fuzz.gateway:GatewaySoak",
}


@dataclass
class Outcome:
    """What one seed of a campaign found (built in the worker, sent back as JSON).

    Attributes:
        cases: cases run (a call compared, an input loaded, a state-machine step, ...).
        wrong: one line per wrong result (a value, trap or memory that differs, a broken guarantee).
        untyped: one line per exception that escaped without being a ``MultipieError``.
        known: cases skipped because they hit a known-open finding class (:mod:`fuzz.known`).
        rss_drift: drift (percent) the campaign measured itself, of a process it drives (a server).
        notes: one-line facts for the report (what a soak served, ...).
    """

    cases: int = 0
    wrong: list[str] = field(default_factory=list)
    untyped: list[str] = field(default_factory=list)
    known: int = 0
    rss_drift: float | None = None
    notes: list[str] = field(default_factory=list)

    def merge(self, other: Outcome) -> None:
        """Add ``other``'s counts and findings to this outcome."""
        self.cases += other.cases
        self.wrong += other.wrong
        self.untyped += other.untyped
        self.known += other.known
        self.notes += other.notes
        if other.rss_drift is not None:
            self.rss_drift = max(self.rss_drift or other.rss_drift, other.rss_drift)


class Campaign:
    """One fuzzing campaign: ``setup`` once per worker, then ``run(seed)`` per seed.

    Subclasses set ``name``, ``unit`` (what one case is) and ``seed_timeout`` (seconds one
    seed may take before it counts as a hang; ``setup_timeout`` bounds ``setup`` separately, since
    it may compile guests and a loaded machine must not turn a slow build into a seed's hang), and
    size ``cases_per_seed`` so that the driver can turn a case budget into seeds.
    """

    name: ClassVar[str] = "?"
    unit: ClassVar[str] = "case"
    seed_timeout: ClassVar[float] = 60.0
    setup_timeout: ClassVar[float] = 1800.0
    cases_per_seed: ClassVar[int] = 1

    def setup(self) -> None:
        """Prepare per-worker state (a Runtime, built guests); runs once in the worker."""

    def run(self, seed: int) -> Outcome:
        """Generate and run the cases of ``seed``; returns what they found."""
        raise NotImplementedError

    def teardown(self) -> None:
        """Release per-worker state."""


def load_campaign(name: str) -> Campaign:
    """Instantiate the campaign called ``name`` (a key of :data:`CAMPAIGNS`, or ``"module:Class"``)."""
    if ":" in name:
        module, cls = name.split(":")
    elif name in CAMPAIGNS:
        module, cls = CAMPAIGNS[name].split(":")
    else:
        raise SystemExit(f"unknown campaign {name!r}; campaigns: {', '.join(CAMPAIGNS)}")
    campaign: Campaign = getattr(importlib.import_module(module), cls)()
    return campaign


def sample_resources() -> tuple[int, int]:
    """(RSS in bytes, open fds) of this process."""
    with open("/proc/self/statm") as f:
        rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return rss, len(os.listdir("/proc/self/fd"))


@dataclass
class Tally:
    """A campaign's totals: one row of the table."""

    campaign: str
    unit: str
    cases: int = 0
    seeds: int = 0
    crashes: int = 0
    hangs: int = 0
    wrong: int = 0
    untyped: int = 0
    known: int = 0
    rss_drift: float | None = None  # percent
    fd_drift: int | None = None
    seconds: float = 0.0
    findings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    own_drift: float | None = None  # percent, measured by the campaign itself (a server it drives)

    @property
    def clean(self) -> bool:
        """No crash, hang, wrong result or untyped error."""
        return not (self.crashes or self.hangs or self.wrong or self.untyped)

    def as_dict(self) -> dict[str, Any]:
        """The tally as plain data (for JSON)."""
        return dataclasses.asdict(self)


def main_thread_first(lines: list[str]) -> list[str]:
    """A faulthandler dump's lines with the current (hung) thread's stack first, the other threads after.

    A hung worker's dump lists the other threads first; cut to a few lines, the finding then showed
    the ticker's idle loop and not where the worker was stuck.
    """
    cur = next((i for i, t in enumerate(lines) if t.startswith("Current thread")), None)
    if not cur:
        return lines
    return lines[:1] + lines[cur:] + lines[1:cur]  # keep the "Fatal Python error" line at the top


class _Worker:
    """One worker process and the pipe it answers on."""

    def __init__(self, name: str, env: dict[str, str]) -> None:
        rfd, wfd = os.pipe()
        self.log = tempfile.NamedTemporaryFile(prefix=f"fuzz-{name}-", suffix=".log", delete=False)  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "fuzz.worker", name, str(wfd)],
            stdin=subprocess.PIPE,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            pass_fds=(wfd,),
            cwd=ROOT,
            env=env,
            start_new_session=True,  # its own process group: a hang is killed with everything it started
        )
        os.close(wfd)
        self.answers = os.fdopen(rfd, "rb", buffering=0)
        self.buf = b""
        self.samples: list[tuple[int, int]] = []
        self.tail: str | None = None

    def ask(self, seed: int, timeout: float) -> dict[str, Any] | str:
        """Run ``seed``; returns the answer, or ``"hang"``/``"crash"``."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(f"{seed}\n".encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            return "crash"
        return self.answer(timeout)

    def answer(self, timeout: float) -> dict[str, Any] | str:
        """The worker's next JSON line, or ``"hang"``/``"crash"``."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return "hang"
            ready, _, _ = select.select([self.answers], [], [], left)
            if not ready:
                continue
            chunk = self.answers.read(65536)
            if not chunk:
                return "crash"
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def stderr_tail(self, lines: int = 12) -> str:
        """The last lines the worker printed (its crash message), kept after :meth:`kill`."""
        if self.tail is None:
            self.log.flush()
            text = Path(self.log.name).read_bytes()[-20000:].decode(errors="replace")
            last = text.rsplit("\nseed ", 1)[-1].splitlines()[1:]  # what the last seed printed
            useful = [t.strip() for t in last if t.strip() and not t.startswith(("Extension modules", '  File "<'))]
            self.tail = " | ".join(main_thread_first(useful)[:lines])
        return self.tail

    def dump_stacks(self) -> None:
        """Make a hung worker print every thread's Python stack (its faulthandler, on SIGABRT)."""
        try:
            os.kill(self.proc.pid, signal.SIGABRT)
            self.proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass

    def kill(self) -> int | None:
        """Stop the worker and everything it started; returns its exit status."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # children it left behind
        except (ProcessLookupError, PermissionError):
            pass
        if not self.answers.closed:
            self.stderr_tail()
            self.answers.close()
            self.log.close()
            os.unlink(self.log.name)
        return self.proc.returncode

    def close(self) -> None:
        """Ask the worker to exit, then make sure it did."""
        if self.proc.stdin is not None and self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                pass
        self.kill()


def _drift(samples: list[tuple[int, int]]) -> tuple[float, int] | None:
    if len(samples) < 3:
        return None
    base = samples[max(1, len(samples) // 5)]
    last = samples[-1]
    return (last[0] - base[0]) * 100.0 / base[0], last[1] - base[1]


def _describe_exit(status: int | None) -> str:
    if status is not None and status < 0:
        try:
            return signal.Signals(-status).name
        except ValueError:
            return f"signal {-status}"
    return f"exit {status}"


def run_campaign(
    name: str,
    budget: int,
    *,
    seed: int = 0,
    max_seconds: float | None = None,
    env: dict[str, str] | None = None,
    progress: Callable[[Tally], None] | None = None,
    stop: threading.Event | None = None,
) -> Tally:
    """Run campaign ``name`` until ``budget`` cases (or ``max_seconds``) in worker processes.

    Args:
        name: a key of :data:`CAMPAIGNS`.
        budget: cases to run (the last seed may overshoot it).
        seed: the first seed; seeds ``seed, seed+1, ...`` follow.
        max_seconds: stop starting seeds after this long (``None``: no limit).
        env: extra environment for the workers.
        progress: called with the running tally after each seed.
        stop: once set, no further seed starts (the seed running finishes; the tally is returned).
    """
    campaign = load_campaign(name)
    tally = Tally(campaign=name, unit=campaign.unit)
    worker_env = dict(os.environ)
    worker_env.setdefault("MULTIPIE_CACHE_DIR", str(Path(tempfile.gettempdir()) / "fuzz-cache"))
    worker_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), worker_env.get("PYTHONPATH")]))
    worker_env.update(env or {})
    start = time.monotonic()
    worker: _Worker | None = None
    longest: list[tuple[int, int]] = []
    s = seed
    try:
        while tally.cases < budget and (max_seconds is None or time.monotonic() - start < max_seconds):
            if stop is not None and stop.is_set():
                tally.notes.append(f"stopped early at {tally.cases:,} of {budget:,} {tally.unit}s")
                break
            if worker is None:
                worker = _Worker(name, worker_env)
                # set-up (building guests, loading services) is not part of any seed's time budget
                ready = worker.answer(campaign.setup_timeout)
                if isinstance(ready, str):
                    tally.hangs += ready == "hang"
                    tally.crashes += ready == "crash"
                    what = _describe_exit(worker.kill())
                    tally.findings.append(f"{ready}: set-up did not finish ({what}); worker said: "
                                          f"{worker.stderr_tail()[:600]}")
                    worker = None
                    break
            answer = worker.ask(s, campaign.seed_timeout)
            tally.seeds += 1
            if isinstance(answer, str):
                if answer == "hang":
                    tally.hangs += 1
                    worker.dump_stacks()
                    worker.kill()
                    what = f"no answer in {campaign.seed_timeout:.0f} s"
                else:
                    tally.crashes += 1
                    what = _describe_exit(worker.kill())
                tally.findings.append(
                    f"{answer}: {what} at seed {s}; repro: python -m fuzz repro {name} {s}; "
                    f"worker said: {worker.stderr_tail()[:600]}"
                )
                longest = max(longest, worker.samples, key=len)
                worker = None
            else:
                out = Outcome(**answer["outcome"])
                tally.cases += out.cases
                tally.known += out.known
                tally.wrong += len(out.wrong)
                tally.untyped += len(out.untyped)
                tally.findings += [f"wrong (seed {s}): {w}" for w in out.wrong]
                tally.findings += [f"untyped (seed {s}): {u}" for u in out.untyped]
                worker.samples.append((answer["rss"], answer["fds"]))
                tally.notes += out.notes
                if out.rss_drift is not None:
                    tally.own_drift = max(tally.own_drift or out.rss_drift, out.rss_drift)
            s += 1
            if progress is not None:
                tally.seconds = time.monotonic() - start
                progress(tally)
    finally:
        if worker is not None:
            longest = max(longest, worker.samples, key=len)
            worker.close()
    drift = _drift(longest)
    if drift is not None:
        tally.rss_drift, tally.fd_drift = round(drift[0], 2), drift[1]
    if tally.own_drift is not None:
        tally.rss_drift = tally.own_drift
    tally.seconds = round(time.monotonic() - start, 1)
    return tally


def run_in_process(name: str, seeds: Iterator[int] | list[int]) -> Outcome:
    """Run seeds of campaign ``name`` in this process (``repro``; a crash ends the caller)."""
    campaign = load_campaign(name)
    campaign.setup()
    total = Outcome()
    try:
        for s in seeds:
            total.merge(campaign.run(s))
    finally:
        campaign.teardown()
    return total


def format_table(tallies: list[Tally]) -> str:
    """The Markdown table of a run: campaign, cases, crashes, hangs, wrong, untyped, drift."""
    head = (
        "| campaign | cases | seeds | crashes | hangs | wrong results | untyped errors "
        "| skipped (known-open) | RSS drift | fd drift | time |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = []
    for t in tallies:
        rss = "–" if t.rss_drift is None else f"{t.rss_drift:+.1f}%"
        fds = "–" if t.fd_drift is None else f"{t.fd_drift:+d}"
        rows.append(
            f"| {t.campaign} | {t.cases:,} {t.unit}s | {t.seeds:,} | {t.crashes} | {t.hangs} | {t.wrong} "
            f"| {t.untyped} | {t.known:,} | {rss} | {fds} | {t.seconds:.0f} s |"
        )
    total = sum(t.cases for t in tallies)
    rows.append(
        f"| **all** | {total:,} | {sum(t.seeds for t in tallies):,} | {sum(t.crashes for t in tallies)} "
        f"| {sum(t.hangs for t in tallies)} | {sum(t.wrong for t in tallies)} | {sum(t.untyped for t in tallies)} "
        f"| {sum(t.known for t in tallies):,} | | | {sum(t.seconds for t in tallies):.0f} s |"
    )
    return "\n".join([head, *rows])

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

RSS/fd drift is measured per worker from the end of its warm-up fill (:mod:`fuzz.drift`);
the table shows the worst worker's, and marks a drift over 5% (a leak to look at).
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
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from .drift import LIMIT, Drift, drift

__all__ = [
    "CAMPAIGNS",
    "Campaign",
    "Outcome",
    "Tally",
    "format_table",
    "load_campaign",
    "main_thread_first",
    "resident_bytes",
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
    it may compile guests and a loaded machine must not turn a slow build into a seed's hang),
    size ``cases_per_seed`` so that the driver can turn a case budget into seeds, and set ``jobs``,
    the workers that run seeds side by side (more than the cores where seeds mostly wait).
    """

    name: ClassVar[str] = "?"
    unit: ClassVar[str] = "case"
    seed_timeout: ClassVar[float] = 60.0
    setup_timeout: ClassVar[float] = 1800.0
    cases_per_seed: ClassVar[int] = 1
    jobs: ClassVar[int] = 1

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


def resident_bytes(pid: int | str = "self") -> int:
    """A process's resident anonymous and shared memory (``RssAnon + RssShmem``): what a leak grows.

    File-backed pages (the interpreter's, wasmtime's and the extensions' code) are left out: on a
    machine without swap they are the pages the kernel takes back under memory pressure and faults
    in again later, which moved workers' RSS by -18% to +20% in a run beside other sessions' OOMs.
    """
    kib = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("RssAnon:", "RssShmem:")):
                kib += int(line.split()[1])
    return kib << 10


def sample_resources() -> tuple[int, int]:
    """(resident bytes as :func:`resident_bytes` counts them, open fds) of this process."""
    return resident_bytes(), len(os.listdir("/proc/self/fd"))


def fd_targets() -> Counter[str]:
    """What this process's open fds point to (``readlink`` of each), counted: names an fd drift."""
    found: Counter[str] = Counter()
    for f in os.listdir("/proc/self/fd"):
        try:
            found[os.readlink(f"/proc/self/fd/{f}")] += 1
        except OSError:
            pass  # the listing's own fd
    return found


def fds_added(before: Counter[str], after: Counter[str]) -> list[str]:
    """The fd targets ``after`` holds more of than ``before`` (``"name xN"`` for several)."""
    grown = after - before
    return [name if n == 1 else f"{name} x{n}" for name, n in sorted(grown.items())]


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
    drift_over: bool = False  # RSS or fds grew by more than 5% from the plateau
    plateau: int | None = None  # the seed (of the worker measured) where its warm-up fill ended

    @property
    def clean(self) -> bool:
        """No crash, hang, wrong result or untyped error."""
        return not (self.crashes or self.hangs or self.wrong or self.untyped)

    def set_drift(self, lives: list[list[tuple[int, int]]]) -> None:
        """Take the worst drift among the workers' sample series (one per worker), or the campaign's own."""
        figures = [d for d in map(drift, lives) if d is not None]
        worst: Drift | None = max(figures, key=lambda d: (d.over, d.rss), default=None)
        if worst is not None:
            self.rss_drift, self.fd_drift, self.plateau = worst.rss, worst.fds, worst.plateau
            self.drift_over = worst.over
        if len(figures) > 1:
            each = ", ".join(f"{d.rss:+.1f}% from seed {d.plateau} of {d.samples}" for d in figures)
            self.notes.append(f"RSS drift of each worker: {each}")
        if self.own_drift is not None:
            self.rss_drift = self.own_drift
            self.drift_over = self.own_drift > LIMIT

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
    """One worker process, the pipe it answers on, and the seed it runs (if any)."""

    def __init__(self, name: str, env: dict[str, str], setup_timeout: float) -> None:
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
        self.fds_added: list[str] = []  # fd targets held now and not after its second seed
        self.tail: str | None = None
        self.ready = False  # set-up done (its "ready" line came)
        self.seed: int | None = None  # the seed in flight
        self.due = time.monotonic() + setup_timeout  # when the set-up or the seed in flight is a hang

    def send(self, seed: int, timeout: float) -> bool:
        """Start ``seed``; False when the worker is gone (a crash)."""
        assert self.proc.stdin is not None
        self.seed, self.due = seed, time.monotonic() + timeout
        try:
            self.proc.stdin.write(f"{seed}\n".encode())
            self.proc.stdin.flush()
        except BrokenPipeError:
            return False
        return True

    def take(self) -> dict[str, Any] | str | None:
        """After ``select`` found the pipe readable: the next JSON line, ``"crash"`` at its end, or None (partial)."""
        chunk = self.answers.read(65536)
        if not chunk:
            return "crash"
        self.buf += chunk
        if b"\n" not in self.buf:
            return None
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


def _describe_exit(status: int | None) -> str:
    if status is not None and status < 0:
        try:
            return signal.Signals(-status).name
        except ValueError:
            return f"signal {-status}"
    return f"exit {status}"


class _Fleet:
    """Up to ``jobs`` workers of one campaign, each with at most one seed in flight.

    Several workers pay off where seeds mostly wait (the attacks' guests wait for their timeouts);
    each worker is still one process with its own crash, hang and RSS/fd accounting.
    """

    def __init__(self, name: str, campaign: Campaign, tally: Tally, env: dict[str, str], jobs: int) -> None:
        self.name, self.campaign, self.tally, self.env, self.jobs = name, campaign, tally, env, max(1, jobs)
        self.workers: list[_Worker] = []
        self.lives: list[list[tuple[int, int]]] = []  # each worker's (RSS, fds) samples, one per seed
        self.setup_failed = False

    @property
    def in_flight(self) -> bool:
        """A seed is running in some worker."""
        return any(w.seed is not None for w in self.workers)

    def fill(self, seed: int, cases_left: int) -> int:
        """Start missing workers and give the next seeds to idle ones; returns the next seed not given.

        No more workers start than the seeds ``cases_left`` still needs (a small budget sets up few).
        """
        seeds_left = -(-cases_left // max(1, self.campaign.cases_per_seed))
        while len(self.workers) < min(self.jobs, seeds_left):
            self.workers.append(_Worker(self.name, self.env, self.campaign.setup_timeout))
        for w in list(self.workers):
            if w.ready and w.seed is None:
                if not w.send(seed, self.campaign.seed_timeout):
                    self._lost(w, "crash")
                seed += 1
        return seed

    def wait(self, progress: Callable[[Tally], None] | None, tick: float | None = None) -> None:
        """Wait for the next answer (or the first deadline, or ``tick`` seconds) and account for what came."""
        live = [w for w in self.workers if w.seed is not None or not w.ready]
        if not live:
            return
        left = max(0.0, min(w.due for w in live) - time.monotonic())
        if tick is not None:
            left = min(left, tick)
        readable, _, _ = select.select([w.answers for w in live], [], [], left)
        for w in live:
            got = w.take() if w.answers in readable else None
            if got is None and time.monotonic() >= w.due:
                got = "hang"
            if got is None:
                continue
            if not w.ready:
                self._set_up(w, got)
                continue
            if isinstance(got, str):
                self._lost(w, got)
            else:
                self._answered(w, got)
            if progress is not None:
                progress(self.tally)

    def _set_up(self, w: _Worker, got: dict[str, Any] | str) -> None:
        if isinstance(got, dict) and got.get("ready"):
            w.ready = True  # set-up (building guests, loading services) is not part of any seed's time
            return
        t = self.tally
        t.hangs += got == "hang"
        t.crashes += got != "hang"
        what = _describe_exit(w.kill())
        t.findings.append(f"{got}: set-up did not finish ({what}); worker said: {w.stderr_tail()[:600]}")
        self.workers.remove(w)
        self.setup_failed = True

    def _lost(self, w: _Worker, how: str) -> None:
        """The seed in flight hung or crashed its worker: count it, keep the stacks, drop the worker."""
        t, s = self.tally, w.seed
        t.seeds += 1
        if how == "hang":
            t.hangs += 1
            w.dump_stacks()
            w.kill()
            what = f"no answer in {self.campaign.seed_timeout:.0f} s"
        else:
            t.crashes += 1
            what = _describe_exit(w.kill())
        t.findings.append(
            f"{how}: {what} at seed {s}; repro: python -m fuzz repro {self.name} {s}; "
            f"worker said: {w.stderr_tail()[:600]}"
        )
        self.lives.append(w.samples)
        self.workers.remove(w)

    def _answered(self, w: _Worker, answer: dict[str, Any]) -> None:
        t, s = self.tally, w.seed
        w.seed = None
        t.seeds += 1
        out = Outcome(**answer["outcome"])
        t.cases += out.cases
        t.known += out.known
        t.wrong += len(out.wrong)
        t.untyped += len(out.untyped)
        t.findings += [f"wrong (seed {s}): {x}" for x in out.wrong]
        t.findings += [f"untyped (seed {s}): {x}" for x in out.untyped]
        w.samples.append((answer["rss"], answer["fds"]))
        w.fds_added = answer.get("fds_added", [])
        t.notes += out.notes
        if out.rss_drift is not None:
            t.own_drift = max(t.own_drift or out.rss_drift, out.rss_drift)

    def close(self) -> None:
        """Close every worker, keeping its samples for the drift (and what fds it gained, in the notes)."""
        for w in self.workers:
            self.lives.append(w.samples)
            if w.fds_added:
                held = ", ".join(w.fds_added)
                self.tally.notes.append(f"fds a worker held at its end and not after its second seed: {held}")
            w.close()
        self.workers = []

    def abandon(self) -> int:
        """Kill every worker now (a second Ctrl-C); returns the seeds that were in flight (not counted)."""
        lost = 0
        for w in self.workers:
            lost += w.seed is not None
            self.lives.append(w.samples)
            w.kill()
        self.workers = []
        return lost


def _worker_env(env: dict[str, str] | None) -> dict[str, str]:
    worker_env = dict(os.environ)
    worker_env.setdefault("MULTIPIE_CACHE_DIR", str(Path(tempfile.gettempdir()) / "fuzz-cache"))
    worker_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), worker_env.get("PYTHONPATH")]))
    worker_env.update(env or {})
    return worker_env


def run_campaign(
    name: str,
    budget: int,
    *,
    seed: int = 0,
    max_seconds: float | None = None,
    env: dict[str, str] | None = None,
    progress: Callable[[Tally], None] | None = None,
    stop: threading.Event | None = None,
    jobs: int | None = None,
    abort: threading.Event | None = None,
) -> Tally:
    """Run campaign ``name`` until ``budget`` cases (or ``max_seconds``) in worker processes.

    Args:
        name: a key of :data:`CAMPAIGNS`.
        budget: cases to run (the seeds in flight when it is reached may overshoot it).
        seed: the first seed; seeds ``seed, seed+1, ...`` follow.
        max_seconds: stop starting seeds after this long (``None``: no limit).
        env: extra environment for the workers.
        progress: called with the running tally after each seed.
        stop: once set, no further seed starts (those running finish; the tally is returned).
        jobs: workers running seeds side by side (default: the campaign's :attr:`Campaign.jobs`).
        abort: once set, the workers are killed at once and the seeds in flight are not counted.
    """
    campaign = load_campaign(name)
    tally = Tally(campaign=name, unit=campaign.unit)
    fleet = _Fleet(name, campaign, tally, _worker_env(env), jobs or campaign.jobs)
    start = time.monotonic()
    s = seed
    try:
        while True:
            more = (
                tally.cases < budget
                and (max_seconds is None or time.monotonic() - start < max_seconds)
                and not fleet.setup_failed
                and not (stop is not None and stop.is_set())
            )
            if abort is not None and abort.is_set():
                lost = fleet.abandon()
                tally.notes.append(f"aborted: {lost} seed(s) in flight killed, not counted")
                break
            if more:
                s = fleet.fill(s, budget - tally.cases)
            elif not fleet.in_flight:
                break
            tally.seconds = time.monotonic() - start
            fleet.wait(progress, tick=None if abort is None else 0.5)
    finally:
        fleet.close()
    if ((stop is not None and stop.is_set()) or (abort is not None and abort.is_set())) and tally.cases < budget:
        tally.notes.append(f"stopped early at {tally.cases:,} of {budget:,} {tally.unit}s")
    tally.set_drift(fleet.lives)
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


def format_table(tallies: list[Tally], wall: float | None = None) -> str:
    """The Markdown table of a run: campaign, cases, crashes, hangs, wrong, untyped, drift.

    ``wall``: the run's elapsed time (campaigns side by side); without it, the campaigns' times added.
    A drift over 5% is marked ``(over 5%)``.
    """
    head = (
        "| campaign | cases | seeds | crashes | hangs | wrong results | untyped errors "
        "| skipped (known-open) | RSS drift | fd drift | time |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = []
    for t in tallies:
        rss = "–" if t.rss_drift is None else f"{t.rss_drift:+.1f}%"
        fds = "–" if t.fd_drift is None else f"{t.fd_drift:+d}"
        if t.drift_over:
            rss += f" (over {LIMIT:.0f}%)"
        rows.append(
            f"| {t.campaign} | {t.cases:,} {t.unit}s | {t.seeds:,} | {t.crashes} | {t.hangs} | {t.wrong} "
            f"| {t.untyped} | {t.known:,} | {rss} | {fds} | {t.seconds:.0f} s |"
        )
    total = sum(t.cases for t in tallies)
    rows.append(
        f"| **all** | {total:,} | {sum(t.seeds for t in tallies):,} | {sum(t.crashes for t in tallies)} "
        f"| {sum(t.hangs for t in tallies)} | {sum(t.wrong for t in tallies)} | {sum(t.untyped for t in tallies)} "
        f"| {sum(t.known for t in tallies):,} | | | {sum(t.seconds for t in tallies) if wall is None else wall:.0f} s |"
    )
    return "\n".join([head, *rows])

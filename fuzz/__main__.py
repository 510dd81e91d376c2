"""``python -m fuzz``: run the campaigns side by side with a case budget and print the table (``make fuzz``).

Examples::

    python -m fuzz                                  # every campaign, the default budget (>= 1,000,000 cases)
    python -m fuzz --cases 20000 --only differential
    python -m fuzz --cases 1 --soak-seconds 600 --only gateway  # one 10-minute soak (the issue's goal)
    python -m fuzz repro differential 1234          # re-run one seed in this process
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .harness import CAMPAIGNS, Tally, format_table, run_campaign, run_in_process
from .known import KNOWN_OPEN

# Share of the budget per campaign, sized so each gets hours, not days, on a 2-core machine.
SHARES = {"differential": 0.25, "loaders": 0.30, "concurrency": 0.30, "attacks": 0.10, "gateway": 0.05}
DEFAULT_BUDGET = 1_000_000


def _repro(argv: list[str]) -> int:
    name, seeds = argv[0], [int(s) for s in argv[1:]]
    out = run_in_process(name, seeds)
    print(f"{name} seeds {seeds}: {out.cases} cases, {out.known} skipped (known-open)")
    for w in out.wrong:
        print("WRONG", w)
    for u in out.untyped:
        print("UNTYPED", u)
    return 1 if out.wrong or out.untyped else 0


class _Signals:
    """SIGINT/SIGTERM: the first stops starting seeds (those running finish), the second kills them.

    Either way every campaign's table row so far is printed: a long run (an hour) can be cut at any
    moment without losing its findings; the second signal does not wait for a 10-minute soak.
    """

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.abort = threading.Event()
        self.before = {s: signal.signal(s, self._handler) for s in (signal.SIGTERM, signal.SIGINT)}

    def restore(self) -> None:
        """Put back the handlers there were before."""
        for s, h in self.before.items():
            signal.signal(s, h)

    def _handler(self, signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        if self.stop.is_set():
            print(f"\n{name} again: killing the seeds in flight", file=sys.stderr)
            self.abort.set()
        else:
            print(f"\n{name}: stopping after the running seeds (again: at once)", file=sys.stderr)
            self.stop.set()


class _Progress:
    """Every campaign's running tally, printed as one status line at most every ``every`` seconds."""

    def __init__(self, budgets: dict[str, int], every: float) -> None:
        self.budgets, self.every = budgets, every
        self.tallies: dict[str, Tally] = {}
        self.seen: dict[str, int] = {}
        self.lock = threading.Lock()
        self.t0 = self.last = time.monotonic()

    def __call__(self, t: Tally) -> None:
        with self.lock:
            for f in t.findings[self.seen.get(t.campaign, 0) :]:  # as they happen
                print(f"{t.campaign}: {f}", file=sys.stderr)
            self.seen[t.campaign] = len(t.findings)
            self.tallies[t.campaign] = t
            if time.monotonic() - self.last >= self.every:
                self.print()

    def print(self) -> None:
        """One line: each campaign's cases of its share and its findings so far."""
        self.last = time.monotonic()
        parts = [
            f"{n} {t.cases:,}/{self.budgets[n]:,}" + (f" ({len(t.findings)} findings)" if t.findings else "")
            for n, t in self.tallies.items()
        ]
        print(f"[{self.last - self.t0:.0f} s] " + ", ".join(parts), file=sys.stderr, flush=True)


def run_side_by_side(
    budgets: dict[str, int], *, progress_every: float = 60.0, **kwargs: Any
) -> tuple[list[Tally], float]:
    """Run the campaigns of ``budgets`` (name -> cases) at once, one driver thread each.

    The drivers only wait on their workers' pipes, so one process drives them all; attacks, which
    mostly wait on guest timeouts, and gateway soaks run beside the CPU-bound campaigns. Ctrl-C as in
    :class:`_Signals`. ``kwargs`` go to :func:`fuzz.harness.run_campaign`. Returns the tallies in
    ``budgets``' order and the elapsed seconds.
    """
    sig = _Signals()
    progress = _Progress(budgets, progress_every)
    results: dict[str, Tally] = {}

    def drive(name: str) -> None:
        results[name] = run_campaign(name, budgets[name], progress=progress, stop=sig.stop, abort=sig.abort, **kwargs)

    t0 = time.monotonic()
    threads = [threading.Thread(target=drive, args=(n,), name=f"fuzz-{n}", daemon=True) for n in budgets]
    for th in threads:
        th.start()
    try:
        for th in threads:
            while th.is_alive():
                th.join(0.5)  # short joins: the main thread stays free to run the signal handler
    finally:
        sig.restore()
    progress.print()
    missing = [n for n in budgets if n not in results]  # a driver that raised (a bug of the harness)
    if missing:
        raise SystemExit(f"the drivers of {', '.join(missing)} failed; see the traceback above")
    return [results[n] for n in budgets], time.monotonic() - t0


def main(argv: list[str] | None = None) -> int:
    """Run the campaigns side by side; exit status 1 on a crash, hang, wrong result, untyped error or drift."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["repro"]:
        return _repro(argv[1:])
    args = _parser().parse_args(argv)
    env = {"FUZZ_SOAK_SECONDS": str(args.soak_seconds)}
    if args.include_known:
        env["FUZZ_INCLUDE_KNOWN"] = "1"
    names = args.only or list(CAMPAIGNS)
    share_total = sum(SHARES[n] for n in names)
    budgets = {n: max(1, int(args.cases * SHARES[n] / share_total)) for n in names}
    tallies, wall = run_side_by_side(
        budgets, seed=args.seed, max_seconds=args.max_seconds, env=env, jobs=args.jobs,
        progress_every=args.progress_seconds,
    )  # fmt: skip
    _report(tallies, wall, args.include_known)
    if args.json is not None:
        args.json.write_text(json.dumps([t.as_dict() for t in tallies], indent=1))
    return 0 if all(t.clean and not t.drift_over for t in tallies) else 1


def _report(tallies: list[Tally], wall: float, include_known: bool) -> None:
    print(format_table(tallies, wall=wall))
    drifts = [f"{t.campaign} from seed {t.plateau}" for t in tallies if t.plateau is not None]
    if drifts:
        print(f"\nDrift measured from each worker's plateau (fuzz/drift.py): {', '.join(drifts)}.")
    if not include_known:
        print(f"\nKnown-open finding classes excluded ({len(KNOWN_OPEN)}; fuzz/known.py):")
        for key, why in KNOWN_OPEN.items():
            print(f"- {key}: {why}")
    notes = [f"[{t.campaign}] {n}" for t in tallies for n in t.notes]
    if notes:
        print("\nNotes:")
        for n in notes[:50]:
            print("-", n)
    findings = [f"[{t.campaign}] {f}" for t in tallies for f in t.findings]
    if findings:
        print(f"\nFindings ({len(findings)}):")
        for f in findings[:200]:
            print("-", f)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m fuzz", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    p.add_argument(
        "--cases",
        type=int,
        default=int(os.environ.get("FUZZ_BUDGET", DEFAULT_BUDGET)),
        help="total case budget across campaigns (env FUZZ_BUDGET; default %(default)s)",
    )
    p.add_argument("--only", action="append", choices=list(CAMPAIGNS), help="run only these campaigns")
    p.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", 0)), help="first seed")
    p.add_argument("--max-seconds", type=float, default=None, help="time limit per campaign")
    p.add_argument(
        "--soak-seconds",
        type=float,
        default=float(os.environ.get("FUZZ_SOAK_SECONDS", 600)),
        help="gateway soak duration per seed (default 600: the issue's 10 minutes)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=int(os.environ["FUZZ_JOBS"]) if os.environ.get("FUZZ_JOBS") else None,
        help="workers per campaign running seeds side by side (env FUZZ_JOBS; default: each campaign's own)",
    )
    p.add_argument("--progress-seconds", type=float, default=60.0, help="seconds between status lines")
    p.add_argument("--include-known", action="store_true", help="also generate known-open finding classes")
    p.add_argument("--json", type=Path, default=None, help="write the tallies and findings here")
    return p


if __name__ == "__main__":
    sys.exit(main())

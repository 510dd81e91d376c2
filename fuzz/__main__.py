"""``python -m fuzz``: run the campaigns with a case budget and print the table (``make fuzz``).

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


def _stop_on_signals() -> threading.Event:
    """An event set by SIGTERM or SIGINT: the running seed finishes, then the table of what ran is printed.

    A long run (hours) can so be cut at any moment without losing its findings.
    """
    stop = threading.Event()

    def handler(signum: int, frame: object) -> None:
        print(f"\n{signal.Signals(signum).name}: stopping after the running seed", file=sys.stderr)
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    return stop


def main(argv: list[str] | None = None) -> int:
    """Run the campaigns; exit status 1 if any found a crash, hang, wrong result or untyped error."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["repro"]:
        return _repro(argv[1:])
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
    p.add_argument("--include-known", action="store_true", help="also generate known-open finding classes")
    p.add_argument("--json", type=Path, default=None, help="write the tallies and findings here")
    args = p.parse_args(argv)
    env = {"FUZZ_SOAK_SECONDS": str(args.soak_seconds)}
    if args.include_known:
        env["FUZZ_INCLUDE_KNOWN"] = "1"
    names = args.only or list(CAMPAIGNS)
    share_total = sum(SHARES[n] for n in names)
    tallies: list[Tally] = []
    stop = _stop_on_signals()
    for name in names:
        if stop.is_set():
            break
        budget = max(1, int(args.cases * SHARES[name] / share_total))
        t0 = time.monotonic()

        seen = [0]

        def progress(t: Tally, t0: float = t0, budget: int = budget, seen: list[int] = seen) -> None:
            for f in t.findings[seen[0] :]:  # as they happen: a long campaign can be stopped early
                print(f"\r{t.campaign}: {f}", file=sys.stderr)
            seen[0] = len(t.findings)
            print(
                f"\r{t.campaign}: {t.cases:,}/{budget:,} {t.unit}s, {t.crashes} crashes, {t.hangs} hangs, "
                f"{t.wrong} wrong, {t.untyped} untyped, {time.monotonic() - t0:.0f} s",
                end="",
                file=sys.stderr,
            )

        tally = run_campaign(
            name, budget, seed=args.seed, max_seconds=args.max_seconds, env=env, progress=progress, stop=stop,
            jobs=args.jobs,
        )
        print(file=sys.stderr)
        tallies.append(tally)
    print(format_table(tallies))
    if not args.include_known:
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
    if args.json is not None:
        args.json.write_text(json.dumps([t.as_dict() for t in tallies], indent=1))
    return 0 if all(t.clean for t in tallies) else 1


if __name__ == "__main__":
    sys.exit(main())

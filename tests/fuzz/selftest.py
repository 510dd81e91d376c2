"""Campaigns that misbehave on purpose, to test the harness itself (not run by ``make fuzz``)."""

from __future__ import annotations

import os
import signal
import threading

from fuzz.harness import Campaign, Outcome


class Misbehave(Campaign):
    """Seed 1 aborts the worker, seed 2 segfaults it, seed 3 hangs, seed 4 reports a wrong and an untyped."""

    name = "misbehave"
    seed_timeout = 5.0

    def run(self, seed: int) -> Outcome:
        """Misbehave according to ``seed``."""
        if seed == 1:
            os.abort()
        if seed == 2:
            os.kill(os.getpid(), signal.SIGSEGV)
        if seed == 3:
            threading.Event().wait()  # never set: the driver must time out and kill the worker
        out = Outcome(cases=1)
        if seed == 4:
            out.wrong.append("2 + 2 = 5")
            out.untyped.append("builtins.ValueError: oops")
        return out


class SlowSetup(Campaign):
    """A set-up (a guest build on a loaded machine) three times longer than a seed may take."""

    name = "slow-setup"
    seed_timeout = 1.0

    def setup(self) -> None:
        """Take longer than ``seed_timeout``: it must not count against the first seed."""
        threading.Event().wait(3 * self.seed_timeout)

    def run(self, seed: int) -> Outcome:
        """One quick case."""
        return Outcome(cases=1)


class StuckSetup(Campaign):
    """A set-up that never finishes: one finding, and the campaign stops instead of looping."""

    name = "stuck-setup"
    setup_timeout = 2.0

    def setup(self) -> None:
        """Never return."""
        threading.Event().wait()

    def run(self, seed: int) -> Outcome:  # pragma: no cover - never reached
        """Unreachable."""
        return Outcome(cases=1)


_kept: list[bytearray] = []


class Leak(Campaign):
    """Keeps 512 KiB per seed for ever: the drift rule must flag it."""

    name = "leak"

    def run(self, seed: int) -> Outcome:
        """Keep 512 KiB more (written, so it is resident)."""
        _kept.append(bytearray(b"\x01") * (512 << 10))
        return Outcome(cases=1)


class FillThenFlat(Campaign):
    """Fills 1 MiB per seed over its first 8 seeds (a pool warming up), then keeps nothing more: not a leak."""

    name = "fill-then-flat"

    def run(self, seed: int) -> Outcome:
        """Fill while the pool is short of its size."""
        if len(_kept) < 8:
            _kept.append(bytearray(b"\x01") * (1 << 20))
        return Outcome(cases=1)


class Sleepy(Campaign):
    """Seeds that take ``FUZZ_SLEEP`` seconds each (Ctrl-C tests)."""

    name = "sleepy"

    def run(self, seed: int) -> Outcome:
        """Sleep, then one case."""
        threading.Event().wait(float(os.environ.get("FUZZ_SLEEP", "1")))
        return Outcome(cases=1)

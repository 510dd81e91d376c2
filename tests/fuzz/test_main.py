"""``python -m fuzz``: every campaign side by side under one budget, one table; Ctrl-C keeps what ran."""

from __future__ import annotations

import os
import re
import signal
import threading

import pytest

from fuzz.__main__ import SHARES, main, run_side_by_side
from fuzz.harness import CAMPAIGNS


@pytest.mark.slow
def test_a_tiny_budget_runs_every_campaign_side_by_side_and_prints_one_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--cases", "120", "--soak-seconds", "5", "--seed", "3", "--progress-seconds", "5"]) == 0
    out = capsys.readouterr().out
    rows = {m[1]: int(m[2].replace(",", "")) for m in re.finditer(r"^\| (\w+) \| ([\d,]+) \w+s \|", out, re.M)}
    assert set(rows) == set(CAMPAIGNS) == set(SHARES)
    assert all(n > 0 for n in rows.values()), rows  # every campaign's cases counted
    assert re.search(r"^\| \*\*all\*\* \| ([\d,]+) \|", out, re.M)


def _interrupt(times: int, after: float) -> threading.Thread:
    def send() -> None:
        for _ in range(times):
            threading.Event().wait(after)
            os.kill(os.getpid(), signal.SIGINT)

    t = threading.Thread(target=send, daemon=True)
    t.start()
    return t


def test_one_ctrl_c_lets_the_running_seeds_finish_and_returns_the_tallies() -> None:
    before = signal.getsignal(signal.SIGINT)
    _interrupt(1, 3.0)
    (t,), _ = run_side_by_side({"tests.fuzz.selftest:Sleepy": 10_000}, env={"FUZZ_SLEEP": "0.2"})
    assert t.clean and t.cases < 10_000
    assert any("stopped early" in n for n in t.notes), t.notes
    assert signal.getsignal(signal.SIGINT) is before  # the caller's handler is back


def test_a_second_ctrl_c_kills_the_seeds_in_flight() -> None:
    _interrupt(2, 4.0)  # the seeds sleep an hour: without the second signal this would wait for them
    (t,), _ = run_side_by_side({"tests.fuzz.selftest:Sleepy": 10}, env={"FUZZ_SLEEP": "3600"})
    assert (t.cases, t.hangs, t.crashes) == (0, 0, 0)
    assert any("aborted" in n for n in t.notes), t.notes

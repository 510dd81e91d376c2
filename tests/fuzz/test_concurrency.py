"""The concurrency campaign (fuzz/concurrency.py): a worker gives back what each seed made.

Its RSS grew 15.7% over 12 seeds of the default-budget run: every ``burst`` loaded a fresh
service (to race the first spawn) and never unloaded it, so the runtime kept one more
compiled module per burst. Counts of what lives, not timings, are compared here.
"""

from __future__ import annotations

import gc
import os
import threading
from typing import Any

import pytest

from fuzz.concurrency import Concurrency


class _Short(Concurrency):
    examples = 1  # one machine run per seed: enough bursts to load several fresh services


def _live(rt: Any) -> dict[str, int]:
    gc.collect()
    return {
        "services": len(rt._services),
        "domains": len(list(rt.domains)),
        "threads": threading.active_count(),
        "fds": len(os.listdir("/proc/self/fd")),
    }


@pytest.mark.slow
def test_seeds_leave_no_services_domains_threads_or_fds_behind() -> None:
    campaign = _Short()
    campaign.setup()
    try:
        rt = campaign.rt
        loaded: list[Any] = []
        load = rt.load

        def counting_load(*args: Any, **kwargs: Any) -> Any:
            svc = load(*args, **kwargs)
            loaded.append(svc)
            return svc

        rt.load = counting_load  # type: ignore[method-assign]
        start = _live(rt)
        for seed in range(4):
            out = campaign.run(seed)
            assert not out.wrong and not out.untyped, (out.wrong, out.untyped)
            assert _live(rt) == start, f"after seed {seed}"
        assert loaded, "no burst loaded a fresh service: the loop did not exercise what it checks"
    finally:
        campaign.teardown()

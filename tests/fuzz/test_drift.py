"""The drift rule: measured from the end of a worker's warm-up fill, a leak still shows and a fill does not."""

from __future__ import annotations

import random

from fuzz.drift import MIN_SAMPLES, drift, plateau_start
from fuzz.harness import run_campaign

MIB = 1 << 20


def _series(rss: list[float], fds: int = 100) -> list[tuple[int, int]]:
    return [(int(r), fds) for r in rss]


def test_a_fill_then_a_noisy_plateau_is_flat() -> None:
    # the attacks worker last session: 38 MiB -> 58 MiB over 40 seeds, then 56-66 MiB with no trend
    rng = random.Random(1)
    rss = [38 * MIB + i * MIB // 2 for i in range(40)] + [rng.uniform(56, 66) * MIB for _ in range(300)]
    d = drift(_series(rss))
    assert d is not None and not d.over, d
    assert 30 <= d.plateau <= 80  # past the fill (a window of 34 samples must clear it), not the start
    assert abs(d.rss) < 5


def test_a_steady_leak_shows_slow_or_fast() -> None:
    slow = drift(_series([50 * MIB + i * 10_000 for i in range(400)]))  # 10 kB a seed: under 1% a window
    fast = drift(_series([50 * MIB + i * MIB for i in range(100)]))  # 1 MiB a seed: never a plateau
    edge = drift(_series([50 * MIB + i * 60_000 for i in range(200)]))  # 1.1% a window of 20
    assert slow is not None and slow.over and slow.plateau == 1, slow
    assert fast is not None and fast.over and fast.plateau is None and fast.rss > 150, fast
    assert edge is not None and edge.over and edge.plateau is None and edge.rss > 9, edge


def test_fds_growing_by_one_a_seed_are_flagged_and_a_pool_filling_is_not() -> None:
    leak = drift([(50 * MIB, 100 + i) for i in range(60)])
    pool = drift([(50 * MIB, 100 + min(i, 8) * 4) for i in range(60)])
    assert leak is not None and leak.over and leak.fds >= 25, leak
    assert pool is not None and not pool.over and pool.fds == 0, pool


def test_too_few_samples_give_no_figure_and_a_plateau_is_where_a_window_stops_rising() -> None:
    assert drift(_series([MIB] * (MIN_SAMPLES - 1))) is None
    assert plateau_start(list(range(100, 200)), 10, 0.0) is None
    assert plateau_start([*range(100, 130), *[130] * 70], 10, 0.0) == 26  # its window: mostly 130


def test_a_worker_leaking_half_a_mib_a_seed_is_flagged() -> None:
    t = run_campaign("tests.fuzz.selftest:Leak", budget=30, seed=0)
    assert t.clean and t.drift_over, t
    assert t.rss_drift is not None and t.rss_drift > 10


def test_a_worker_that_fills_then_stays_flat_is_not_flagged() -> None:
    t = run_campaign("tests.fuzz.selftest:FillThenFlat", budget=30, seed=0)
    assert t.clean and not t.drift_over, t
    assert t.rss_drift is not None and abs(t.rss_drift) < 5 and t.plateau is not None and t.plateau >= 5

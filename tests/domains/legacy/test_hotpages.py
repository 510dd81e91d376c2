"""The adaptive hot-page policy: a set the runs rewrite stays hot, a stale one is dropped, mistakes back off."""

from __future__ import annotations

from pathlib import Path

import multipie
from multipie.domains.legacy.hotpages import HOT_PAGES, RELEARN, SAMPLE, SMALL, HotPages
from tests.domains.legacy.conftest import needs_vm

BIG = list(range(1000, 1000 + 4000))


def _reset(hot: HotPages, pages: list[int], written: set[int] | None) -> tuple[bool, bool]:
    """One reset of a machine whose log reports ``pages`` and whose run changed ``written`` (None: all)."""
    hot.observe(pages, lambda p: written is not None and p not in written)
    return hot.decide(len(pages))


def test_a_rewritten_set_stays_hot_until_relearn() -> None:
    hot = HotPages()
    drops = [_reset(hot, BIG, None)[0] for _ in range(RELEARN)]
    assert drops == [False] * (RELEARN - 1) + [True]  # only the backstop
    assert hot.stale_drops == 0


def test_a_stale_set_is_dropped_and_the_area_discarded() -> None:
    hot = HotPages()
    assert _reset(hot, BIG, None) == (False, False)  # the big run
    assert _reset(hot, BIG, written=set(range(1000, 1010))) == (True, True)  # a small run: mostly stale
    assert hot.stale_drops == 1
    small = list(range(1000, 1010))
    assert _reset(hot, small, None) == (False, False)  # the next small run: a small set, kept
    assert hot.patience == 1  # dropping was right


def test_dropping_a_set_the_next_run_needs_makes_it_wait_longer() -> None:
    hot = HotPages()
    for _ in range(3):  # big, small, big, small, ...: each big run rewrites what was dropped
        _reset(hot, BIG, None)
        _reset(hot, BIG, written=set(range(1000, 1010)))
    assert hot.patience >= 2
    before = hot.stale_drops
    for _ in range(5):  # now alternating keeps the big set hot: one stale reset at a time is not enough
        _reset(hot, BIG, None)
        assert _reset(hot, BIG, written=set(range(1000, 1010))) == (False, False)
    assert hot.stale_drops == before


def test_small_and_oversized_sets() -> None:
    hot = HotPages()
    small = list(range(SMALL))
    assert _reset(hot, small, written=set()) == (False, False)  # not even sampled
    huge = list(range(HOT_PAGES + 1))
    assert _reset(hot, huge, None) == (True, False)  # too many to keep; not a stale drop
    assert SAMPLE <= SMALL


@needs_vm
def test_a_big_run_does_not_tax_the_small_runs_after_it(rt: multipie.Runtime, programs: Path) -> None:
    # One run dirties ~3,000 pages; the small runs after it on the same pooled machine must stop
    # restoring them at once (before: every reset for 64 runs restored the big run's pages).
    svc = rt.load(programs / "mmtest")
    with svc.spawn() as d:
        assert d.run(["dirty", "3000"]) == 0
    dirty = []
    for _ in range(3):
        with svc.spawn() as d:
            assert d.run(["dirty", "8"]) == 0
            dirty.append(d.stats.dirty_pages)
    assert dirty[0] > 3000  # the first small run still sees the big run's hot set (that reset drops it)
    assert max(dirty[1:]) < 400, dirty
    with svc.spawn() as d:  # and nothing of the big run is visible
        out = bytearray()
        assert d.run(["check", "3000"], stdout=out) == 0
        assert bytes(out) == b"0 0 0\n"

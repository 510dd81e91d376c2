"""The adaptive hot-page policy: a set the runs rewrite stays hot, a stale one is dropped, mistakes back off."""

from __future__ import annotations

from multipie.kvm.hotpages import HOT_PAGES, PROBES, RELEARN, SAMPLE, SMALL, HotPages

BIG = list(range(1000, 1000 + 4000))


def _reset(hot: HotPages, pages: list[int], written: set[int] | None) -> tuple[bool, bool]:
    """One reset of a machine whose log reports ``pages`` and whose run changed ``written`` (None: all)."""
    hot.observe(pages, lambda p: written is not None and p not in written)
    return hot.decide(len(pages))


class _Log:
    """A manual dirty log: kept pages stay reported, pages protected again are reported once written."""

    def __init__(self, hot: HotPages) -> None:
        self.hot, self.kept = hot, set()

    def run(self, wrote: set[int], changed: set[int]) -> bool:
        """A run wrote ``wrote`` and left ``changed`` differing from the snapshot; True if the reset dropped the set."""
        reported = self.kept | wrote
        self.hot.observe(reported, lambda p: p not in changed)
        drop = self.hot.decide(len(reported))[0]
        self.kept = set() if drop else reported - set(self.hot.probes)
        return drop


def test_a_rewritten_set_stays_hot_until_relearn() -> None:
    hot = HotPages()
    drops = [_reset(hot, BIG, None)[0] for _ in range(RELEARN)]
    assert drops == [False] * (RELEARN - 1) + [True]  # only the backstop
    assert hot.stale_drops == 0


def test_a_stale_set_is_dropped_and_the_area_discarded() -> None:
    hot = HotPages()
    log = _Log(hot)
    small = set(range(1000, 1010))
    assert not log.run(set(BIG), changed=set(BIG))  # the big run
    assert not log.run(small, changed=small)  # a small run: the set looks stale; probes are protected
    assert hot.probes
    reported = log.kept | small
    hot.observe(reported, lambda p: p not in small)  # the next small run wrote none of the probes
    assert hot.decide(len(reported)) == (True, True)
    assert hot.stale_drops == 1
    assert _reset(hot, sorted(small), None) == (False, False)  # the next small run: a small set, kept
    assert hot.patience == 1  # dropping was right


def test_dropping_a_set_the_next_run_needs_makes_it_wait_longer() -> None:
    hot = HotPages()
    log = _Log(hot)
    small = set(range(1000, 1010))
    for _ in range(3):  # big, small, small, ...: each big run rewrites what was dropped
        log.run(set(BIG), changed=set(BIG))
        log.run(small, changed=small)
        log.run(small, changed=small)
    assert hot.patience >= 2
    before = hot.stale_drops
    for _ in range(5):  # now two small runs in a row are not enough to drop the big set
        log.run(set(BIG), changed=set(BIG))
        assert not log.run(small, changed=small)
        assert not log.run(small, changed=small)
    assert hot.stale_drops == before


def test_small_and_oversized_sets() -> None:
    hot = HotPages()
    small = list(range(SMALL))
    assert _reset(hot, small, written=set()) == (False, False)  # not even sampled
    huge = list(range(HOT_PAGES + 1))
    assert _reset(hot, huge, None) == (True, False)  # too many to keep; not a stale drop
    assert SAMPLE <= SMALL


def test_a_set_rewritten_to_its_snapshot_contents_stays_hot() -> None:
    # Lua's sort.lua: every run writes the same ~4,000 pages and frees them before it ends, so they
    # hold their snapshot contents at the reset. The log shows them written: the set is kept.
    hot = HotPages()
    log = _Log(hot)
    drops = [log.run(set(BIG), changed=set()) for _ in range(RELEARN - 1)]
    assert drops == [False] * (RELEARN - 1)
    assert hot.stale_drops == 0 and hot.patience == 1
    assert 0 < len(hot.probes) <= PROBES  # the few pages each such run pays a protection fault on


def test_a_set_left_unwritten_is_dropped_at_once_after_rewrites() -> None:
    # After many runs that rewrite the set (to its snapshot contents), runs that write none of it: the
    # set is dropped at the next reset, not after a patience grown by wrong drops (memory stays bounded).
    hot = HotPages()
    log = _Log(hot)
    for _ in range(20):
        log.run(set(BIG), changed=set())
    # The last of those runs left probes protected; the first run that writes none of them drops the set.
    drops = [log.run(set(), changed=set()) for _ in range(2)]
    assert drops == [True, False]
    assert hot.stale_drops == 1
    assert not log.run(set(), changed=set())  # nothing left to drop

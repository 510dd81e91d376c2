"""Which pages a pooled legacy machine keeps writable and mapped between runs: an adaptive policy.

Two costs pull against each other (this machine's KVM is PVM; figures in docs/performance.md):

- a page the next run writes again is cheapest left **hot**: writable (not re-protected for the
  dirty log, saving a ~15-25 µs protection fault) and mapped (saving a host fault), at the price
  of restoring it at every reset (a 4 KiB copy or clear, ~1-3 µs from Python);
- a page the next runs never write again is cheapest **dropped**: protected again, so resets stop
  restoring it, and, above the image, given back to the host.

A fixed limit picks one side for every workload: 256 hot pages made Lua's ``sort.lua`` (~4,000 pages
rewritten each run) 2.6x native; 8,192 made every run after one big run on the same machine restore
that run's pages for 64 resets (``busybox sort`` of 5 MiB, then ``sha256sum``: 4,123 pages, ~12 ms a
run). So :class:`HotPages` looks at what each run did. Before a reset restores the dirty pages it
samples a few (:data:`SAMPLE`, evenly spread) and asks whether the run left each as the snapshot has
it. Contents alone do not prove a page unused: Lua frees its 16 MB table before it exits, so pages
it rewrites every run end as the snapshot has them. So when most of the sample looks unchanged, a
few of those pages (:attr:`HotPages.probes`, at most :data:`PROBES`) are protected again after the
restore, and the next reset asks the dirty log: a probe the run wrote is reported again. When most
probes went unwritten, the set is *stale* and dropped at this reset (and the memory above the image
discarded); otherwise it stays hot, whatever the pages hold. A probe the run writes costs it one
protection fault (~15-25 µs). Getting it wrong is bounded: dropping a set the next run needs costs
that run one fault per page, after which the policy waits longer (``patience`` doubles) before
dropping again; keeping a stale set costs a restore per page until it is dropped. :data:`RELEARN`
stays the backstop (pages only an old run wrote stop being restored), and a run that dirtied more
than :data:`HOT_PAGES` is not kept hot at all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from multipie.kvm.snapshot import RELEARN

__all__ = ["HOT_PAGES", "PROBES", "RELEARN", "SAMPLE", "HotPages"]

#: Pages a run dirtied that may stay writable for the next run (32 MiB).
HOT_PAGES = 8192
#: Pages sampled per reset to tell a hot set in use from a stale one (a ~1 µs comparison each).
SAMPLE = 32
#: Unchanged-looking sampled pages protected again to learn from the log whether the next run writes them.
PROBES = 8
#: Hot sets this small are kept without sampling: restoring them costs less than the check.
SMALL = 256


class HotPages:
    """The hot-page decisions of one machine, reset by reset.

    Attributes:
        relearns: hot sets dropped (protected again) so far, for any reason.
        stale_drops: of those, dropped because the runs stopped writing them.
        patience: consecutive stale resets needed before a hot set is dropped (1 .. RELEARN).
        probes: pages the machine protects again after this reset (the dirty log then says whether
            the next run writes them); empty when the sample showed the set in use.
    """

    def __init__(self) -> None:
        self.relearns = 0
        self.stale_drops = 0
        self.patience = 1
        self._since = 0  # resets since the hot set was last dropped
        self._stale_runs = 0  # consecutive resets whose sample was mostly stale
        self._dropped = 0  # size of the set dropped as stale at the previous reset (0: none)
        self._stale_now = False
        self.probes: list[int] = []

    def observe(self, pages: Collection[int], unchanged: Callable[[int], bool]) -> None:
        """Before the restore: judge ``pages`` (reported dirty; ``unchanged(page)``: it holds its snapshot contents)."""
        probed, self.probes = self.probes, []
        self._stale_now = False
        if len(pages) <= SMALL:  # the common short run: nothing to sort or compare
            return
        if probed:  # protected after the last reset: the log reports those the run wrote
            reported = pages if isinstance(pages, (set, frozenset)) else set(pages)
            unwritten = sum(1 for p in probed if p not in reported)
            self._stale_now = unwritten * 2 > len(probed)
        spread = sorted(pages)
        step = len(spread) / SAMPLE
        looks = [p for p in (spread[int(i * step)] for i in range(SAMPLE)) if unchanged(p)]
        if len(looks) * 2 > SAMPLE:  # contents say stale, but a run may have rewritten them: ask the log
            self.probes = looks[:: -(-len(looks) // PROBES)]

    def decide(self, dirty: int) -> tuple[bool, bool]:
        """After the restore of ``dirty`` pages: ``(drop the hot set, discard the memory above the image)``."""
        if self._dropped:
            # The run after a stale drop: if it wrote again most of what was dropped, dropping was a
            # mistake (a big run alternating with small ones): wait longer next time; else sooner.
            wrong = dirty * 2 >= self._dropped
            self.patience = min(self.patience * 2, RELEARN) if wrong else max(1, self.patience // 2)
            self._dropped = 0
        self._since += 1
        self._stale_runs = self._stale_runs + 1 if self._stale_now else 0
        stale = self._stale_runs >= self.patience
        if not (stale or dirty > HOT_PAGES or self._since >= RELEARN):
            return False, False
        self.relearns += 1
        self._since = self._stale_runs = 0
        if stale:
            self.stale_drops += 1
            self._dropped = dirty
        return True, stale

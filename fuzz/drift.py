"""RSS and fd drift of a worker, measured from the end of its warm-up fill (the plateau).

A worker's RSS first *fills*: pools reach their sizes, guests are compiled, caches and warm
states fill (the attacks worker: 38 MiB to 58 MiB over its first 40 seeds, then flat). Drift
measured from inside that fill reports the fill as a leak; drift measured only late in a
worker's life hides a leak. The rule:

- the worker samples its RSS and open fds after each seed, once the seed's domains are all
  closed, after ``gc.collect()`` and ``malloc_trim`` (:mod:`fuzz.worker`): a quiescent point,
  no machine of the campaign in flight, so fds count only what the worker keeps between seeds;
- samples are compared in windows of ``w = max(3, n // 10)`` consecutive samples, each
  summarised by its median (one noisy sample moves nothing);
- the **plateau** starts at the first sample ``i >= 1`` (the first seed always pays first-use
  costs) whose window's median is not exceeded by more than 1% (RSS; fds: not at all) by the
  median of the window after it: the fill has stopped rising. A series still rising at the
  middle of the worker's life has no plateau and is measured from its second sample, so a
  steady leak shows over the whole life whatever its rate (a slow one: the plateau starts
  early; a fast one: none), and a fill that takes more than half the life counts as drift
  (too long to tell from a leak);
- **drift** is the median of the last window against the median of the plateau's first
  window, in percent for RSS and in fds for fds; fewer than 12 samples give no figure.

A leak of *k* bytes per seed so shows as about ``k * (n - i - w)`` bytes, and a fill that
ends, however large, does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

__all__ = ["LIMIT", "MIN_SAMPLES", "Drift", "drift", "plateau_start"]

#: The issue's goal: RSS and fds flat within 5%.
LIMIT = 5.0
#: Fewer samples than this give no drift figure (a window on each side needs room).
MIN_SAMPLES = 12
#: A window whose median is within this fraction of the previous window's has stopped rising.
RSS_RISE = 0.01


@dataclass(frozen=True)
class Drift:
    """One worker's drift from its plateau.

    Attributes:
        rss: percent, last window's median RSS against the plateau's first window's.
        fds: open fds, likewise (a count).
        fd_base: the plateau's median fd count (what ``fds`` is a share of).
        plateau: index of the sample (the worker's seed) where the plateau starts; None when the
            series was still rising at its middle (measured from sample 1).
        samples: samples the figure is taken from.
    """

    rss: float
    fds: int
    fd_base: int
    plateau: int | None
    samples: int

    @property
    def over(self) -> bool:
        """RSS or fds grew by more than :data:`LIMIT` percent: a leak to look at."""
        return self.rss > LIMIT or self.fds * 100.0 > LIMIT * max(1, self.fd_base)


def _window(n: int) -> int:
    return max(3, n // 10)


def plateau_start(values: list[int], w: int, rise: float) -> int | None:
    """First index ``i >= 1`` whose window of ``w`` is not exceeded by more than ``rise`` by the next one.

    None when there is none before ``len(values) // 2`` (still rising at the middle).
    """
    for i in range(1, len(values) // 2):
        if median(values[i + w : i + 2 * w]) <= median(values[i : i + w]) * (1 + rise):
            return i
    return None


def drift(samples: list[tuple[int, int]]) -> Drift | None:
    """The drift of one worker's (RSS bytes, fds) samples, one per seed; None under :data:`MIN_SAMPLES`."""
    n = len(samples)
    if n < MIN_SAMPLES:
        return None
    w = _window(n)
    rss = [s[0] for s in samples]
    fds = [s[1] for s in samples]
    p = plateau_start(rss, w, RSS_RISE)
    base = median(rss[p or 1 : (p or 1) + w])
    q = plateau_start(fds, w, 0.0) or 1
    fd_base = median(fds[q : q + w])
    return Drift(
        rss=round((median(rss[-w:]) - base) * 100.0 / base, 2),
        fds=round(median(fds[-w:]) - fd_base),
        fd_base=round(fd_base),
        plateau=p,
        samples=n,
    )

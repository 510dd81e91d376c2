"""A run's lookup caches and whole-path answers, kept for the next run of the same machine while they hold.

:class:`~.lookups.LookupCache` and :class:`~.pathcache.PathCache` start empty every run, so each
run walks again every path it names (python3's start: ~30 walks of depth 4–6, ~130 ``lstat``
answers). A pooled machine runs the same program again and again over the same layers; what its
last run learnt is still the host's answer when nothing it depends on changed. :class:`KeptLookups`
keeps it under the rule the machine's kept path ``stat`` answers use
(:class:`~multipie.domains.legacy.sysarea.FdView`):

* the layers' watched directories saw no event from the start of the run that learnt the answers
  until the start of the run that uses them (:mod:`.dirwatch`: every directory a lookup looked in was
  watched before the look; an unwatchable one moves the generation on, so nothing is kept);
* the namespace is the same: the same layer objects, the same private-area names, modes and links,
  the same special files (:meth:`~.guestfs.GuestFs.layers_key`), and no grant at either end (the
  host changes a granted directory at will; a grant is never watched).

A whole-path answer names the domain's own overlay directories; the next domain gets them rebuilt
over its own private area (:meth:`~.guestfs.GuestFs.resolve`), which has the same shape.
"""

from __future__ import annotations

from typing import Protocol

from multipie.resources.fs.lookups import LookupCache
from multipie.resources.fs.pathcache import PathCache

__all__ = ["KeptLookups", "Namespace"]


class Namespace(Protocol):
    """What the kept answers are checked against: a :class:`~.guestfs.GuestFs` (no import of it: guestfs uses this)."""

    def layer_generations(self) -> tuple[int, ...] | None:
        """The layers' watch generations now; ``None`` when answers must not be kept."""

    def layers_key(self, cwd: str, gens: tuple[int, ...]) -> tuple[object, ...]:
        """What answers about paths depend on besides the layers' contents."""


class KeptLookups:
    """One machine's lookup caches and whole-path answers between runs (not shared between threads)."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._lookups: list[LookupCache] = []
        self._paths: PathCache | None = None
        #: Runs that started with the answers of the run before (for tests and measurements).
        self.reused = 0

    def take(self, fs: Namespace, gens: tuple[int, ...] | None) -> tuple[list[LookupCache], PathCache] | None:
        """The kept caches if ``fs``'s namespace is now the one they were kept for, else ``None``.

        ``gens``: :meth:`~.guestfs.GuestFs.layer_generations` now. Either way nothing stays kept:
        the caches are the run's until it hands them back to :meth:`keep`.
        """
        key, lookups, paths = self._key, self._lookups, self._paths
        self._key, self._lookups, self._paths = None, [], None
        if key is None or paths is None or gens is None or fs.layers_key("", gens) != key:
            _close(lookups)
            return None
        self.reused += 1
        return lookups, paths

    def keep(self, fs: Namespace, lookups: list[LookupCache], paths: PathCache, gens: tuple[int, ...] | None) -> bool:
        """Keep a finished run's caches if the layers did not change since it started (``gens``, then).

        False: not kept (a grant, an event in a watched directory, an unwatched layer); the caller closes them.
        """
        if gens is None or fs.layer_generations() != gens:
            return False
        self.close()
        self._key, self._lookups, self._paths = fs.layers_key("", gens), lookups, paths
        return True

    def close(self) -> None:
        """Forget (and close) whatever is kept; idempotent."""
        _close(self._lookups)
        self._key, self._lookups, self._paths = None, [], None


def _close(lookups: list[LookupCache]) -> None:
    for c in lookups:
        c.close()

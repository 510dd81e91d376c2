"""Read-only layers: host directory trees shared by every domain that mounts them.

One :class:`Layer` object per host directory (:meth:`Layer.shared`), so the bytes exist once (in the
host page cache) however many domains read them. OCI whiteouts (``.wh.NAME``, ``.wh..wh..opq``) in
a layer hide entries of the layers below; :class:`~multipie.resources.fs.overlay.OverlayDir`
stacks layers under a domain's private area.
"""

from __future__ import annotations

import os
import threading
import weakref

from multipie.resources.fs.dirwatch import DirWatch
from multipie.resources.fs.host import HostDir, HostTree
from multipie.resources.fs.lookups import LookupCache
from multipie.resources.fs.pathfilter import PathFilter

__all__ = ["Layer"]


class Layer(HostTree):
    """A read-only host directory used as a root layer; share one per directory with :meth:`shared`.

    A layer with a ``filter`` shows only the paths it lets through (the host's system tree, see
    :mod:`multipie.resources.fs.sysroot`).
    """

    _shared: weakref.WeakValueDictionary[tuple[str, bool, PathFilter | None], Layer] = weakref.WeakValueDictionary()
    _lock = threading.Lock()

    def __init__(
        self, root: str | os.PathLike[str], *, whiteouts: bool = True, filter: PathFilter | None = None
    ) -> None:
        super().__init__(root, readonly=True, whiteouts=whiteouts, filter=filter)
        #: Watches of the directories runs looked names up in (:mod:`.dirwatch`): answers may outlive a run.
        self.watch = DirWatch()

    @classmethod
    def shared(
        cls, root: str | os.PathLike[str], *, whiteouts: bool = True, filter: PathFilter | None = None
    ) -> Layer:
        """The one live :class:`Layer` for ``root`` and ``filter`` (created on first use, kept while used).

        Raises:
            FsError: ``root`` is not a directory.
        """
        key = (os.path.realpath(root), whiteouts, filter)
        with cls._lock:
            layer = cls._shared.get(key)
            if layer is None:
                layer = cls(key[0], whiteouts=whiteouts, filter=filter)
                cls._shared[key] = layer
            return layer

    @classmethod
    def drop_watches(cls) -> int:
        """Close the watch of every live shared layer (``Runtime.release_memory``); how many had one open.

        A watch is an inotify fd and kernel memory per watched directory (counted against the
        host's ``fs.inotify.max_user_watches``); its generation moves on, so answers kept past
        a run are learnt again by the next run.
        """
        with cls._lock:
            layers = list(cls._shared.values())
        return sum(layer.watch.close() for layer in layers)

    def node(self, cache: LookupCache | None = None) -> HostDir:
        """The layer's root directory node (its lookups through the run's ``cache``, when given)."""
        return HostDir(self, (), os.fstat(self.fd), cache)

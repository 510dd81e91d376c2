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

from multipie.resources.fs.host import HostDir, HostTree

__all__ = ["Layer"]


class Layer(HostTree):
    """A read-only host directory used as a root layer; share one per directory with :meth:`shared`."""

    _shared: weakref.WeakValueDictionary[tuple[str, bool], Layer] = weakref.WeakValueDictionary()
    _lock = threading.Lock()

    def __init__(self, root: str | os.PathLike[str], *, whiteouts: bool = True) -> None:
        super().__init__(root, readonly=True, whiteouts=whiteouts)

    @classmethod
    def shared(cls, root: str | os.PathLike[str], *, whiteouts: bool = True) -> Layer:
        """The one live :class:`Layer` for ``root`` (created on first use, kept while any domain uses it).

        Raises:
            FsError: ``root`` is not a directory.
        """
        key = (os.path.realpath(root), whiteouts)
        with cls._lock:
            layer = cls._shared.get(key)
            if layer is None:
                layer = cls(key[0], whiteouts=whiteouts)
                cls._shared[key] = layer
            return layer

    def node(self) -> HostDir:
        """The layer's root directory node."""
        return HostDir(self, (), os.fstat(self.fd))

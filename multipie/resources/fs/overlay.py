"""The root a domain sees: its private area's directories over the read-only layers' ones.

An :class:`OverlayDir` merges one directory of the private area (``upper``, may be absent) with the
same directory of each layer (``lowers``, top first), honouring whiteouts, and copies files up
into the private area before they are written. Mount points (granted host directories) and devices
are looked up first by the domain's :class:`Namespace` and show up in their parent's listing here.
"""

from __future__ import annotations

import dataclasses
import errno as E
import os
import stat as S
from collections.abc import Sequence
from typing import Protocol

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.host import WH_OPAQUE, WH_PREFIX, HostDir, HostNode, host_entries
from multipie.resources.fs.metadata import DirEntry, Stat
from multipie.resources.fs.nodes import DirNode, Node, Quota
from multipie.resources.fs.private import DIR_CHARGE, MemDir, MemFile, MemLink, MemNode, PrivateArea, entries_changed

__all__ = ["Namespace", "OverlayDir"]


class Namespace(Protocol):
    """What an overlay directory needs of its domain's file system (:class:`~.guestfs.GuestFs`)."""

    #: The domain's private writable area (where directories are created on first write).
    area: PrivateArea
    #: Granted host directories by guest path.
    mounts: dict[tuple[str, ...], DirNode]
    #: Devices by guest path.
    specials: dict[tuple[str, ...], Node]


class OverlayDir(DirNode):
    """A directory of the root: the private area's directory over the read-only layers' ones."""

    def __init__(self, ns: Namespace, path: tuple[str, ...], upper: MemDir | None, lowers: list[HostDir]) -> None:
        self.ns = ns
        self.path = path
        self.upper = upper
        self.lowers = lowers

    @property
    def stable(self) -> bool:
        """Its stat is the run's cached answer of a layer (no private directory over it yet)."""
        return self.upper is None and bool(self.lowers) and all(low.cache is not None for low in self.lowers)

    def stat(self) -> Stat:
        if self.upper is None:
            return self.lowers[0].stat()
        st = self.upper.stat()
        if self.lowers and st.nlink:  # merged: subdirectories not counted (overlayfs's answer, which find takes)
            st = dataclasses.replace(st, nlink=1)
        return st

    def set_attrs(
        self, *, mode: int | None = None, atime_ns: int | None = None, mtime_ns: int | None = None,
        uid: int | None = None, gid: int | None = None,
    ) -> None:  # fmt: skip
        """A directory with a private copy (``/tmp``, one made by ``mkdir``) changes it; a layer's alone is
        ``EROFS``, as its files are."""
        if self.upper is None:
            super().set_attrs(mode=mode, atime_ns=atime_ns, mtime_ns=mtime_ns, uid=uid, gid=gid)
        else:
            self.upper.set_attrs(mode=mode, atime_ns=atime_ns, mtime_ns=mtime_ns, uid=uid, gid=gid)

    def lower_lookup(self, name: str) -> tuple[Node | None, list[HostDir]]:
        """What the layers hold under ``name``: a non-directory node, or the directories to merge."""
        dirs: list[HostDir] = []
        for low in self.lowers:
            if low.tree.whiteouts and low.tree.lstat(low.comps, WH_PREFIX + name, low.cache) is not None:
                break
            node = low.lookup(name)
            if node is None:
                continue
            if isinstance(node, HostDir):
                dirs.append(node)
                if node.tree.whiteouts and node.tree.lstat(node.comps, WH_OPAQUE, node.cache) is not None:
                    break
                continue
            return (None if dirs else node), dirs
        return None, dirs

    def lookup(self, name: str) -> Node | None:
        if name.startswith(WH_PREFIX) and self.lowers:
            return None
        up = self.upper.children.get(name) if self.upper is not None else None
        if up is not None:
            if isinstance(up, MemDir):
                lowers = (
                    [] if up.opaque or (self.upper is not None and self.upper.opaque) else self.lower_lookup(name)[1]
                )
                return OverlayDir(self.ns, (*self.path, name), up, lowers)
            return up
        if self.upper is not None and (name in self.upper.whiteouts or self.upper.opaque):
            return None
        node, dirs = self.lower_lookup(name)
        if dirs:
            return OverlayDir(self.ns, (*self.path, name), None, dirs)
        return node

    def entries(self) -> Sequence[DirEntry]:
        depth = len(self.path)
        if self.upper is None and len(self.lowers) == 1:
            # One layer, nothing over it, no mount point below and no whiteout in it: its (kept) listing as it is, not
            # merged name by name (a python3 start lists 5 such directories, /usr/lib/python3.11's 206 entries).
            if not any(len(p) > depth and p[:depth] == self.path for p in (*self.ns.mounts, *self.ns.specials)):
                low = self.lowers[0]
                listing = host_entries(low.tree, low.comps, low.cache)  # (immutable: shared, not copied)
                if not low.tree.whiteouts or listing.without(WH_PREFIX) is listing:
                    return listing
        seen: dict[str, DirEntry] = {}
        hidden: set[str] = set()
        if self.upper is not None:
            for n, child in self.upper.children.items():
                seen[n] = DirEntry(n, child.ino, S.S_IFMT(child.mode))
            hidden |= self.upper.whiteouts
            if self.upper.opaque:
                return list(seen.values())
        for low in self.lowers:
            for e in host_entries(low.tree, low.comps, low.cache):
                if low.tree.whiteouts and e.name.startswith(WH_PREFIX):
                    if e.name != WH_OPAQUE:
                        hidden.add(e.name[len(WH_PREFIX) :])
                    continue
                if e.name not in seen and e.name not in hidden:
                    seen[e.name] = e
            if low.tree.whiteouts and low.tree.lstat(low.comps, WH_OPAQUE, low.cache) is not None:
                break
        # Mount points and devices show up in their parent's listing.
        for p, node in (*self.ns.mounts.items(), *self.ns.specials.items()):
            if len(p) > depth and p[:depth] == self.path and p[depth] not in seen:
                if len(p) == depth + 1:
                    st = node.stat()
                    seen[p[depth]] = DirEntry(p[depth], st.ino, S.S_IFMT(st.mode))
                else:  # the private directory a lookup makes for a mount point's parent (inode 0 is skipped by libcs)
                    seen[p[depth]] = DirEntry(p[depth], self.ns.area.dir_at(p[: depth + 1], 0o755).ino, S.S_IFDIR)
        return list(seen.values())

    def upper_dir(self) -> MemDir:
        """This directory's private-area copy, created (with its parents) on first write."""
        if self.upper is None:
            self.upper = self.ns.area.dir_at(self.path, self.stat().mode)
        return self.upper

    def _exists(self, name: str) -> bool:
        return self.lookup(name) is not None

    def create(self, name: str, mode: int, quota: Quota) -> Node:
        if self._exists(name):
            raise fs_error(E.EEXIST, name)
        up = self.upper_dir()
        node = MemFile(mode)
        up.children[name] = node
        up.whiteouts.discard(name)
        entries_changed(up)
        return node

    def mkdir(self, name: str, mode: int, quota: Quota) -> None:
        if self._exists(name):
            raise fs_error(E.EEXIST, name)
        up = self.upper_dir()
        quota.charge(DIR_CHARGE)  # (first: a refused call changes nothing)
        d = MemDir(mode)
        if name in up.whiteouts:
            d.opaque = True  # a directory re-created over a deleted lower one must not show its old entries
            up.whiteouts.discard(name)
        up.children[name] = d
        entries_changed(up)

    def symlink(self, name: str, target: str, quota: Quota) -> None:
        if self._exists(name):
            raise fs_error(E.EEXIST, name)
        up = self.upper_dir()
        quota.charge(len(target) + 64)  # (first: a refused call changes nothing)
        up.children[name] = MemLink(target)
        up.whiteouts.discard(name)
        entries_changed(up)

    def remove(self, name: str, *, dir: bool, quota: Quota) -> None:
        node = self.lookup(name)
        if node is None:
            raise fs_error(E.ENOENT, name)
        if dir and not node.is_dir():
            raise fs_error(E.ENOTDIR, name)
        if not dir and node.is_dir():
            raise fs_error(E.EISDIR, name)
        if dir and isinstance(node, DirNode) and node.entries():
            raise fs_error(E.ENOTEMPTY, name)
        up = self.upper_dir()
        gone = up.children.pop(name, None)
        if isinstance(gone, MemFile):
            quota.charge(-len(gone.data))
        if self.lower_lookup(name) != (None, []):
            up.whiteouts.add(name)
        now = entries_changed(up)
        if gone is not None:
            gone.unlinked(now=now)  # (an fd still open on it shows no link and the new ctime)

    def writable_file(self, name: str, quota: Quota) -> Node:
        node = self.lookup(name)
        if node is None:
            raise fs_error(E.ENOENT, name)
        if isinstance(node, MemNode):
            return node
        if not isinstance(node, HostNode) or not S.S_ISREG(node.st.st_mode):
            raise fs_error(E.EROFS, name)
        # Copy up: the private area gets its own copy; the shared layer is never written.
        data = b""
        f = node.open(os.O_RDONLY, quota)
        try:
            data = f.pread(node.st.st_size, 0)
        finally:
            f.close()
        quota.charge(len(data))
        copy = MemFile(node.st.st_mode, data)  # (its ctime now, as the copy overlayfs makes; atime and mtime kept)
        copy.atime_ns, copy.mtime_ns = node.st.st_atime_ns, node.st.st_mtime_ns
        up = self.upper_dir()
        up.children[name] = copy  # (not a new name: the directory's times stay, as overlayfs keeps them on copy-up)
        return copy

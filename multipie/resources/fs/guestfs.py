"""One domain's file system: shared read-only layers, a private writable area, granted directories.

:class:`GuestFs` is what a program's syscall layer talks to: it resolves guest paths
(:mod:`.paths`), mounts granted host directories (:mod:`.host`) and devices (:mod:`.devices`) at
guest paths, and roots everything else in an :class:`~.overlay.OverlayDir` of its
:class:`~.private.PrivateArea` over its :class:`~.layers.Layer` s. Nothing else of the host is
reachable.
"""

from __future__ import annotations

import contextlib
import errno as E
import os
import stat as S
from collections.abc import Iterable, Iterator

from multipie.resources.fs.devices import DEVICES, DeviceNode
from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.host import HostDir, HostNode, HostTree
from multipie.resources.fs.keptlookups import KeptLookups
from multipie.resources.fs.layers import Layer
from multipie.resources.fs.lookups import LookupCache
from multipie.resources.fs.metadata import Stat
from multipie.resources.fs.nodes import DirFile, DirNode, LinkFile, Node
from multipie.resources.fs.openfile import O_ACCMODE, OpenFile
from multipie.resources.fs.overlay import OverlayDir
from multipie.resources.fs.pathcache import PathCache
from multipie.resources.fs.paths import Resolved, resolve, split
from multipie.resources.fs.private import DIR_CHARGE, MemDir, MemFile, MemLink, MemNode, PrivateArea, entries_changed

__all__ = ["READONLY_SUFFIX", "GuestFs", "grant_mode"]

#: Suffix of a guest path in a directory grant (``dirs={host: "/d:ro"}``, ``--dir HOST::/d:ro``): read-only.
READONLY_SUFFIX = ":ro"


def grant_mode(guest: str) -> tuple[str, bool]:
    """Split a directory grant's guest path into ``(path, readonly)``.

    Grants are read-write by default; a guest path ending in ``:ro`` (``"/data:ro"``) is
    read-only (``":rw"`` says read-write explicitly). The one parser for every domain kind.
    """
    if guest.endswith(READONLY_SUFFIX):
        return guest[: -len(READONLY_SUFFIX)] or "/", True
    if guest.endswith(":rw"):
        return guest[:-3] or "/", False
    return guest, False


class GuestFs:
    """One domain's file system: shared read-only layers, a private area in memory, granted directories.

    Args:
        layers: read-only layers, **top first** (the first one wins on conflicts).
        quota: bytes the private area may hold (``ENOSPC`` beyond).
        devices: add ``/dev/null``, ``/dev/zero``, ``/dev/urandom`` (default True).
    """

    def __init__(self, layers: Iterable[Layer] = (), *, quota: int = 64 << 20, devices: bool = True) -> None:
        self.layers = list(layers)
        self.area = PrivateArea(quota)
        self.mounts: dict[tuple[str, ...], DirNode] = {}
        self.specials: dict[tuple[str, ...], Node] = {}
        #: The run's lookup caches, one per layer (``None``: no run in progress, nothing cached).
        self.lookups: list[LookupCache] | None = None
        #: The run's whole-path answers in the read-only layers (``None``: no run in progress).
        self.paths: PathCache | None = None
        if devices:
            for name, rdev in DEVICES.items():
                self.specials[("dev", name)] = DeviceNode(name, rdev)

    # -- configuration ---------------------------------------------------------------

    def grant(self, host: str | os.PathLike[str], guest: str, *, readonly: bool = False) -> None:
        """Make host directory ``host`` visible at absolute guest path ``guest``.

        Raises:
            FsError: ``host`` is not a directory, or ``guest`` is not an absolute path.
        """
        comps = split(guest)
        if not guest.startswith("/") or comps is None:
            raise fs_error(E.EINVAL, f"guest path {guest!r} must be absolute and normal")
        tree = HostTree(host, readonly=readonly, whiteouts=False)
        self.mounts[comps] = HostDir(tree, (), os.fstat(tree.fd))
        self._changed()

    def add_file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        """Put a file into the private area (creating its directories), e.g. a minimal ``/etc/passwd``."""
        comps = split(path)
        if not path.startswith("/") or not comps:
            raise fs_error(E.EINVAL, f"{path!r} must be an absolute path")
        d = self.area.dir_at(comps[:-1], 0o755)
        d.children[comps[-1]] = MemFile(mode, data)
        d.whiteouts.discard(comps[-1])
        self.area.charge(len(data))
        self._changed()

    def add_dir(self, path: str, mode: int = 0o755) -> None:
        """Put a directory into the private area (creating its parents), e.g. ``/tmp``, charged as ``mkdir`` charges.

        Unlike :meth:`mkdir` no path is resolved: a domain's start makes its directories without a walk through the
        layers (one over a layer's directory of that name lists both, as any private directory does).

        Raises:
            FsError: ``EINVAL`` for a path that is not absolute, ``EEXIST`` when the private area has it, ``ENOSPC``.
        """
        comps = split(path)
        if not path.startswith("/") or not comps:
            raise fs_error(E.EINVAL, f"{path!r} must be an absolute path")
        d = self.area.dir_at(comps[:-1], 0o755)
        if comps[-1] in d.children:
            raise fs_error(E.EEXIST, path)
        self.area.charge(DIR_CHARGE)
        d.children[comps[-1]] = MemDir(mode)
        d.whiteouts.discard(comps[-1])
        self._changed()

    def root(self) -> OverlayDir:
        """The root directory."""
        caches = self.lookups
        if caches is None:
            return OverlayDir(self, (), self.area.root, [layer.node() for layer in self.layers])
        lowers = [layer.node(c) for layer, c in zip(self.layers, caches, strict=True)]
        return OverlayDir(self, (), self.area.root, lowers)

    @contextlib.contextmanager
    def cached_lookups(self, keep: KeptLookups | None = None) -> Iterator[None]:
        """Within this scope (one run), lookups in the read-only layers are cached (:mod:`.lookups`).

        The caches are closed when the scope ends, so the next run sees a file the host changed in
        between — unless ``keep`` (the machine's, :mod:`.keptlookups`) can prove nothing they learnt
        changed: it then holds them for its next run. Nested scopes share the outer one.
        """
        if self.lookups is not None:
            yield
            return
        gens = self.layer_generations() if keep is not None else None
        got = keep.take(self, gens) if keep is not None else None
        if got is None:
            got = [LookupCache(layer) for layer in self.layers], PathCache()
        self.lookups, self.paths = got
        try:
            yield
        finally:
            caches, paths = got
            self.lookups, self.paths = None, None
            if keep is None or not keep.keep(self, caches, paths, gens):
                for c in caches:
                    c.close()

    # -- resolution ------------------------------------------------------------------

    def _child(self, d: DirNode, path: tuple[str, ...], name: str) -> Node | None:
        full = (*path, name)
        mount = self.mounts.get(full)
        if mount is not None:
            return mount
        special = self.specials.get(full)
        if special is not None:
            return special
        node = d.lookup(name)
        if node is None and any(m[: len(full)] == full for m in (*self.mounts, *self.specials)):
            # A parent of a mount point that no layer provides: an empty private directory.
            up = self.area.dir_at(full, 0o755)
            return OverlayDir(self, full, up, [])
        return node

    def resolve(self, path: str, cwd: str = "/", *, follow: bool = True) -> Resolved:
        """Look ``path`` up (relative to guest directory ``cwd``) without ever leaving the guest namespace.

        Args:
            path: the guest path.
            cwd: the current directory (an absolute guest path).
            follow: follow a symlink in the last component.

        Raises:
            FsError: ``ENOENT`` (a parent is missing), ``ENOTDIR``, ``ELOOP``, ``ENAMETOOLONG``.
        """
        paths = self.paths
        if paths is None:
            return resolve(self.root(), self._child, path, cwd, follow=follow)
        key = (path, "" if path.startswith("/") else cwd, follow)
        r = paths.get(key)
        if r is not None:
            if isinstance(r.parent, OverlayDir) and r.parent.ns is not self:  # kept from another domain's run
                r = self._rebound(r)
                paths.put(key, r)
            return r
        layers_only = True

        def child(d: DirNode, dpath: tuple[str, ...], name: str) -> Node | None:
            nonlocal layers_only
            full = (*dpath, name)
            node = self._child(d, dpath, name)
            if layers_only and not _from_layers(node) or full in self.mounts or full in self.specials:
                layers_only = False
            return node

        r = resolve(self.root(), child, path, cwd, follow=follow)
        if layers_only and _from_layers(r.parent) and self.paths is paths:
            paths.put(key, r)
        return r

    def _rebound(self, r: Resolved) -> Resolved:
        """``r``, learnt in another domain of the same namespace (:mod:`.keptlookups`), over this one's private area."""
        assert isinstance(r.parent, OverlayDir)
        parent = self._overlay(r.parent)
        node = r.node
        if node is r.parent:  # ("." or "..": the directory itself)
            node = parent
        elif isinstance(node, OverlayDir):
            node = self._overlay(node)
        return Resolved(parent, r.name, node, r.path)

    def _overlay(self, d: OverlayDir) -> OverlayDir:
        """This domain's overlay directory at ``d``'s path, over the same layer directories."""
        up: MemNode | None = self.area.root
        for name in d.path:
            up = up.children.get(name) if isinstance(up, MemDir) else None
            if up is None:  # (most layer paths: nothing private on the way, e.g. /usr)
                break
        return OverlayDir(self, d.path, up if isinstance(up, MemDir) else None, d.lowers)

    def layer_generations(self) -> tuple[int, ...] | None:
        """The layers' watch generations now (:mod:`.dirwatch`); ``None`` with a grant or an unwatched layer."""
        if self.mounts:
            return None
        watches = [getattr(layer, "watch", None) for layer in self.layers]
        if any(w is None for w in watches):
            return None
        return tuple(w.generation() for w in watches)  # type: ignore[union-attr]

    def layers_key(self, cwd: str, gens: tuple[int, ...]) -> tuple[object, ...]:
        """What answers about paths of this namespace depend on, besides the layers' own contents.

        Two keys are equal when the layers are the same objects and none of their watched directories
        changed between the two ``gens`` (:mod:`.dirwatch`), the private area has the same names,
        modes and links, the same special files are mounted and ``cwd`` is the same: a path
        answered from the layers (or found missing) then resolves to the same answer. ``gens``:
        :meth:`layer_generations`, taken before the answers were learnt.
        """
        specials = tuple(sorted((k, type(v).__name__) for k, v in self.specials.items()))
        return (tuple(self.layers), gens, _shape(self.area.root), specials, cwd)

    def _changed(self) -> None:
        """The namespace changed (made, removed, renamed, copied up, granted): forget whole-path answers."""
        if self.paths is not None:
            self.paths.clear()

    def lookup(self, path: str, cwd: str = "/", *, follow: bool = True) -> Node:
        """The node at ``path`` (``ENOENT`` when absent)."""
        r = self.resolve(path, cwd, follow=follow)
        if r.node is None:
            raise fs_error(E.ENOENT, path)
        return r.node

    def canonical(self, path: str, cwd: str = "/") -> str:
        """The absolute guest path of directory ``path`` (for ``chdir``/``getcwd``)."""
        r = self.resolve(path, cwd)
        if r.node is None:
            raise fs_error(E.ENOENT, path)
        if not r.node.is_dir():
            raise fs_error(E.ENOTDIR, path)
        return "/" + "/".join(r.path)

    # -- operations ------------------------------------------------------------------

    def open(self, path: str, flags: int, mode: int = 0o644, cwd: str = "/") -> OpenFile:
        """Open (and with ``O_CREAT`` create) ``path``; writes to layer files are copied up first."""
        if flags & (O_ACCMODE | os.O_CREAT | os.O_TRUNC) and self.paths is not None:
            try:  # it may create or copy up: answers cached before are forgotten after
                return self._open(path, flags, mode, cwd)
            finally:
                self._changed()
        return self._open(path, flags, mode, cwd)

    def _open(self, path: str, flags: int, mode: int, cwd: str) -> OpenFile:
        r = self.resolve(path, cwd, follow=not (flags & os.O_NOFOLLOW))
        node = r.node
        acc = flags & O_ACCMODE
        if node is None:
            if not flags & os.O_CREAT:
                raise fs_error(E.ENOENT, path)
            node = r.parent.create(r.name, mode, self.area)
            flags &= ~os.O_TRUNC  # (Linux truncates no file it just made: its times stay its birth time)
        elif flags & os.O_CREAT and flags & os.O_EXCL:
            raise fs_error(E.EEXIST, path)
        if node.fmt == S.S_IFLNK and not flags & os.O_PATH:
            raise fs_error(E.ELOOP, path)
        if flags & os.O_DIRECTORY and not node.is_dir():
            raise fs_error(E.ENOTDIR, path)
        if node.fmt == S.S_IFLNK:  # O_PATH|O_NOFOLLOW: an fd of the link itself
            return LinkFile(node, flags)
        if (acc != os.O_RDONLY or flags & os.O_TRUNC) and node.fmt == S.S_IFREG:
            node = r.parent.writable_file(r.name, self.area)
        f = node.open(flags, self.area)
        if isinstance(f, DirFile):
            f.path = "/" + "/".join(r.path)  # (what canonical() says: the same walk, which followed any link to it)
        return f

    def stat(self, path: str, cwd: str = "/", *, follow: bool = True) -> Stat:
        """``stat``/``lstat``."""
        return self.lookup(path, cwd, follow=follow).stat()

    def readlink(self, path: str, cwd: str = "/") -> str:
        """A symlink's target."""
        return self.lookup(path, cwd, follow=False).readlink()

    def mkdir(self, path: str, mode: int = 0o755, cwd: str = "/") -> None:
        """Create a directory."""
        r = self.resolve(path, cwd, follow=False)
        if r.node is not None:
            raise fs_error(E.EEXIST, path)
        try:
            r.parent.mkdir(r.name, mode, self.area)
        finally:
            self._changed()

    def symlink(self, target: str, path: str, cwd: str = "/") -> None:
        """Create a symlink at ``path`` pointing to ``target`` (resolved later, inside the guest)."""
        r = self.resolve(path, cwd, follow=False)
        if r.node is not None:
            raise fs_error(E.EEXIST, path)
        try:
            r.parent.symlink(r.name, target, self.area)
        finally:
            self._changed()

    def unlink(self, path: str, cwd: str = "/", *, dir: bool = False) -> None:
        """Remove a file (or, with ``dir=True``, an empty directory)."""
        r = self.resolve(path, cwd, follow=False)
        if r.name in (".", "..", "/"):
            raise fs_error(E.EBUSY if r.name == "/" else E.EINVAL, path)
        if r.path in self.mounts or r.path in self.specials:
            raise fs_error(E.EBUSY, path)
        try:
            r.parent.remove(r.name, dir=dir, quota=self.area)
        finally:
            self._changed()

    def rename(self, old: str, new: str, cwd: str = "/") -> None:
        """Rename a file within one directory tree (``EXDEV`` across a private area / grant boundary)."""
        a = self.resolve(old, cwd, follow=False)
        b = self.resolve(new, cwd, follow=False)
        if a.node is None:
            raise fs_error(E.ENOENT, old)
        if a.path in self.mounts or b.path in self.mounts:
            raise fs_error(E.EBUSY, old)
        if isinstance(a.parent, HostDir) and isinstance(b.parent, HostDir) and a.parent.tree is b.parent.tree:
            _host_rename(a.parent, a.name, b.parent, b.name, old)
            return
        if not (isinstance(a.parent, OverlayDir) and isinstance(b.parent, OverlayDir)):
            raise fs_error(E.EXDEV, f"{old} -> {new}")
        try:
            self._move(a, b, new, old, cwd)
        finally:
            self._changed()

    def _move(self, a: Resolved, b: Resolved, new: str, old: str, cwd: str) -> None:
        """The private-area half of :meth:`rename` (``a`` and ``b`` are in overlay directories)."""
        assert isinstance(a.parent, OverlayDir) and isinstance(b.parent, OverlayDir) and a.node is not None
        if a.path == b.path:  # onto itself: nothing to do, as Linux's vfs_rename (no copy-up, no stamp)
            return
        moved = self._movable(a.parent, a.name, a.node, old)
        if b.node is not None:
            if b.node.is_dir() != (moved.fmt == S.S_IFDIR):
                raise fs_error(E.EISDIR if b.node.is_dir() else E.ENOTDIR, new)
            self.unlink(new, cwd, dir=b.node.is_dir())
        up_b = b.parent.upper_dir()
        up_b.children[b.name] = moved
        up_b.whiteouts.discard(b.name)
        up_a = a.parent.upper_dir()
        if up_a.children.get(a.name) is moved:
            del up_a.children[a.name]
        if a.parent.lower_lookup(a.name) != (None, []):
            up_a.whiteouts.add(a.name)
        moved.changed(now=entries_changed(up_a, up_b))  # (the entry itself too: ext4 and tmpfs stamp its ctime)

    def _movable(self, parent: OverlayDir, name: str, node: Node, old: str) -> MemNode:
        """The private-area node a rename of ``node`` moves (a layer file is copied up first)."""
        if node.is_dir() and not (isinstance(node, OverlayDir) and not node.lowers):
            raise fs_error(E.EXDEV, f"{old}: directories from a read-only layer cannot be renamed")
        if node.fmt == S.S_IFREG:
            return parent.writable_file(name, self.area)  # type: ignore[return-value]
        if isinstance(node, OverlayDir) and node.upper is not None:
            return node.upper
        if isinstance(node, MemNode):
            return node
        if node.fmt == S.S_IFLNK:
            return MemLink(node.readlink())
        raise fs_error(E.EXDEV, old)


def _host_rename(src: HostDir, old_name: str, dst: HostDir, new_name: str, old: str) -> None:
    """A rename inside one granted host tree, done by the host relative to both directories' fds."""
    if src.tree.readonly:
        raise fs_error(E.EROFS, old)
    fa, fb = src.tree.dir_fd(src.comps), dst.tree.dir_fd(dst.comps)
    try:
        os.rename(old_name, new_name, src_dir_fd=fa, dst_dir_fd=fb)
    except OSError as exc:
        raise fs_error(exc.errno or E.EIO, old) from exc
    finally:
        os.close(fa)
        os.close(fb)


def _from_layers(node: Node | None) -> bool:
    """True for an answer only the read-only layers make: absent, a layer node, or a layer directory."""
    if node is None:
        return True
    if isinstance(node, OverlayDir):
        return bool(node.lowers)
    return isinstance(node, HostNode) and node.tree.readonly


def _shape(d: MemDir) -> tuple[object, ...]:
    """The names, modes, link targets and whiteouts of the private area below ``d`` (not file contents)."""
    kids = tuple(
        (name, n.mode, _shape(n) if isinstance(n, MemDir) else getattr(n, "target", None))
        for name, n in sorted(d.children.items())
    )
    return (d.mode, d.opaque, tuple(sorted(d.whiteouts)), kids)

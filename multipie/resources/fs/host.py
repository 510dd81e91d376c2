"""Host directories reached safely: walked one component at a time, never through the host's resolver.

A :class:`HostTree` is a host directory held by an ``O_PATH`` fd; every access below it opens one
component at a time with ``O_NOFOLLOW`` relative to a directory fd, so no name, symlink or
concurrent rename inside it can lead outside. A tree with a
:class:`~multipie.resources.fs.pathfilter.PathFilter` (the host's system tree a host program sees)
shows only the paths the filter lets through: lookups, listings, walks and opens all ask it. Read-only layers
(:class:`~multipie.resources.fs.layers.Layer`) and granted directories are both host trees;
:class:`HostNode`/:class:`HostDir` are their files and directories, :class:`HostOpenFile` an open one.
"""

from __future__ import annotations

import errno as E
import os
import stat as S
from pathlib import Path

from multipie.resources.fs.dirwatch import DirWatch
from multipie.resources.fs.errors import FsError, fs_error
from multipie.resources.fs.lookups import LookupCache
from multipie.resources.fs.metadata import DirEntry, Listing, Stat
from multipie.resources.fs.nodes import DirNode, Node, Quota
from multipie.resources.fs.openfile import O_ACCMODE, OpenFile
from multipie.resources.fs.pathfilter import PathFilter

__all__ = ["WH_OPAQUE", "WH_PREFIX", "HostDir", "HostNode", "HostOpenFile", "HostTree", "host_entries", "set_fd_attrs"]

#: OCI whiteout prefix: ``.wh.NAME`` in a layer hides ``NAME`` of the layers below.
WH_PREFIX = ".wh."
#: OCI opaque-directory marker: the directory hides everything of the layers below.
WH_OPAQUE = ".wh..wh..opq"
_O_PATH_DIR = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_O_OPEN = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NOCTTY  # (added to every open of a host file)


class HostTree:
    """A host directory reachable only by fd-relative, ``O_NOFOLLOW`` walks from its root.

    Args:
        root: the host directory.
        readonly: refuse every change (``EROFS``).
        whiteouts: OCI whiteout names hide entries of lower layers.
        filter: only these paths below the root exist (``None``: all of them).
    """

    def __init__(
        self, root: str | os.PathLike[str], *, readonly: bool, whiteouts: bool, filter: PathFilter | None = None
    ) -> None:
        self.root = Path(root)
        self.readonly = readonly
        self.whiteouts = whiteouts
        self.filter = filter
        self.fd = -1
        try:
            # SAFETY: an O_PATH directory fd owned by this object, closed in close()/__del__.
            self.fd = os.open(self.root, _O_PATH_DIR)
        except OSError as exc:
            raise fs_error(exc.errno or E.ENOENT, str(root)) from exc

    def visible(self, comps: tuple[str, ...]) -> bool:
        """True when ``comps`` below the root passes the tree's filter (always, without one)."""
        return self.filter is None or self.filter.visible(comps)

    def visible_below(self, comps: tuple[str, ...]) -> bool:
        """True when everything below ``comps`` passes the filter (no filter, or ``comps`` is covered by it)."""
        return self.filter is None or self.filter.covers(comps)

    def dir_fd(self, comps: tuple[str, ...]) -> int:
        """An ``O_PATH`` fd of the directory ``comps`` below the root (the caller closes it).

        Raises:
            FsError: ``ENOENT`` when the filter hides it, or the host's error walking there.
        """
        if comps and not self.visible(comps):
            raise fs_error(E.ENOENT, "/".join(comps))
        fd = os.dup(self.fd)
        try:
            for c in comps:
                nfd = os.open(c, _O_PATH_DIR, dir_fd=fd)
                os.close(fd)
                fd = nfd
        except OSError as exc:
            os.close(fd)
            raise fs_error(exc.errno or E.ENOENT, "/".join(comps)) from exc
        return fd

    def lstat(self, comps: tuple[str, ...], name: str, cache: LookupCache | None = None) -> os.stat_result | None:
        """``lstat`` of ``name`` in directory ``comps``, or ``None`` when absent (or hidden by the filter).

        With the run's ``cache`` (a read-only layer's) the answer is remembered for the run.
        """
        if cache is not None:
            return cache.lstat(comps, name)
        if not self.visible((*comps, name)):
            return None
        try:
            fd = self.dir_fd(comps)
        except FsError:
            return None
        try:
            return os.stat(name, dir_fd=fd, follow_symlinks=False)
        except OSError:
            return None
        finally:
            os.close(fd)

    def close(self) -> None:
        """Close the root fd; idempotent."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __del__(self) -> None:
        self.close()


def _dir_fd(tree: HostTree, comps: tuple[str, ...], cache: LookupCache | None) -> tuple[int, bool]:
    """An ``O_PATH`` fd of directory ``comps`` and whether the caller closes it: the run's cached one
    (borrowed), else a fresh walk (owned). A plain call, not a context manager: every open of a
    layer file goes through here (a generator-based one cost as much as the ``open`` itself)."""
    if cache is not None:
        return cache.dir_fd(comps), False
    return tree.dir_fd(comps), True


class HostNode(Node):
    """A file, symlink or directory inside a :class:`HostTree` (``cache``: the run's, for a read-only layer)."""

    def __init__(
        self, tree: HostTree, comps: tuple[str, ...], st: os.stat_result, cache: LookupCache | None = None
    ) -> None:
        self.tree = tree
        self.comps = comps
        self.st = st
        self.cache = cache
        self._stat: Stat | None = None

    def stat(self) -> Stat:
        # Made once per node: a run's cached nodes (and a pooled machine's kept ones) are asked many times.
        got = self._stat
        if got is None:
            got = self._stat = Stat.from_host(self.st)
        return got

    @property
    def fmt(self) -> int:
        return S.S_IFMT(self.st.st_mode)

    def readlink(self) -> str:
        if not S.S_ISLNK(self.st.st_mode):
            raise fs_error(E.EINVAL, "/".join(self.comps))
        fd, owned = _dir_fd(self.tree, self.comps[:-1], self.cache)
        try:
            return os.readlink(self.comps[-1], dir_fd=fd)
        finally:
            if owned:
                os.close(fd)

    def open(self, flags: int, quota: Quota) -> OpenFile:
        mode, cache = self.st.st_mode, self.cache
        if S.S_ISDIR(mode):
            return HostDir(self.tree, self.comps, self.st, cache).open(flags, quota)
        if not S.S_ISREG(mode):
            raise fs_error(E.EACCES, "/".join(self.comps))
        # (a node of the run's cache was made from its lstat answer, which asked the filter first)
        if cache is None and not self.tree.visible(self.comps):
            raise fs_error(E.ENOENT, "/".join(self.comps))
        acc = flags & O_ACCMODE
        if acc == os.O_RDONLY:
            host_flags = os.O_RDONLY
        elif self.tree.readonly:
            raise fs_error(E.EROFS, "/".join(self.comps))
        else:  # (O_ACCMODE itself is opened for reading on the host)
            host_flags = (os.O_RDONLY if acc == O_ACCMODE else acc) | flags & (os.O_TRUNC | os.O_APPEND)
        fd, owned = _dir_fd(self.tree, self.comps[:-1], cache)
        try:
            # SAFETY: O_NOFOLLOW relative to a directory reached without following links.
            hfd = os.open(self.comps[-1], host_flags | _O_OPEN, dir_fd=fd)
        except OSError as exc:
            raise fs_error(exc.errno or E.EACCES, "/".join(self.comps)) from exc
        finally:
            if owned:
                os.close(fd)
        layer_stat = self.stat() if cache is not None else None
        return HostOpenFile(hfd, flags, layer_stat=layer_stat, readonly=self.tree.readonly)

    def set_attrs(
        self, *, mode: int | None = None, atime_ns: int | None = None, mtime_ns: int | None = None,
        uid: int | None = None, gid: int | None = None,
    ) -> None:  # fmt: skip
        if self.tree.readonly:
            raise fs_error(E.EROFS, "/".join(self.comps))
        dfd = self.tree.dir_fd(self.comps[:-1])
        try:
            # SAFETY: O_NOFOLLOW relative to a directory reached without following links: never a link's target.
            name = self.comps[-1] if self.comps else "."  # the grant's root itself
            if self.fmt == S.S_IFLNK:  # lchown, utimensat(AT_SYMLINK_NOFOLLOW): a link cannot be opened
                _set_link_attrs(dfd, name, mode=mode, atime_ns=atime_ns, mtime_ns=mtime_ns, uid=uid, gid=gid)
                return
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=dfd)
        except OSError as exc:
            raise fs_error(exc.errno or E.EACCES, "/".join(self.comps)) from exc
        finally:
            os.close(dfd)
        try:
            set_fd_attrs(fd, mode=mode, atime_ns=atime_ns, mtime_ns=mtime_ns, uid=uid, gid=gid)
        finally:
            os.close(fd)


def set_fd_attrs(
    fd: int, *, mode: int | None, atime_ns: int | None, mtime_ns: int | None, uid: int | None, gid: int | None
) -> None:
    """:meth:`Node.set_attrs` of the writable host file open as ``fd``: the owner stays the host's (to it, nothing
    changes; another one is ``EPERM``: this process runs as the host's root, its ``fchown`` would succeed)."""
    st = os.fstat(fd)
    _keep_owner(st, uid, gid)
    if mode is not None:
        os.fchmod(fd, mode & 0o7777)
    if atime_ns is not None or mtime_ns is not None:
        os.utime(fd, ns=(st.st_atime_ns if atime_ns is None else atime_ns,
                         st.st_mtime_ns if mtime_ns is None else mtime_ns))  # fmt: skip


def _set_link_attrs(
    dfd: int, name: str, *, mode: int | None, atime_ns: int | None, mtime_ns: int | None, uid: int | None,
    gid: int | None,
) -> None:  # fmt: skip
    """:meth:`Node.set_attrs` of the link ``name`` itself in directory ``dfd``: its owner stays the host's, its own
    times change (``AT_SYMLINK_NOFOLLOW``: never its target's), a mode is ``EOPNOTSUPP`` (as Linux's ``fchmodat``)."""
    st = os.stat(name, dir_fd=dfd, follow_symlinks=False)
    _keep_owner(st, uid, gid)
    if mode is not None:
        raise fs_error(E.EOPNOTSUPP, name)
    if atime_ns is not None or mtime_ns is not None:
        # SAFETY: relative to a directory reached without following links, and the last name not followed either
        # (were it no longer a link, it is still a file of the grant).
        ns = (st.st_atime_ns if atime_ns is None else atime_ns, st.st_mtime_ns if mtime_ns is None else mtime_ns)
        os.utime(name, ns=ns, dir_fd=dfd, follow_symlinks=False)


def _keep_owner(st: os.stat_result, uid: int | None, gid: int | None) -> None:
    """``EPERM`` unless ``uid``/``gid`` (``None``: unchanged) are the host file's own (see :func:`set_fd_attrs`)."""
    if uid not in (None, st.st_uid) or gid not in (None, st.st_gid):
        raise fs_error(E.EPERM, "a host file's owner")


class HostDir(HostNode, DirNode):
    """A directory of a granted host tree (changes go to the host, unless the grant is read-only)."""

    open = DirNode.open

    def lookup(self, name: str) -> Node | None:
        st = self.tree.lstat(self.comps, name, self.cache)
        if st is None:
            return None
        comps = (*self.comps, name)
        kind = HostDir if S.S_ISDIR(st.st_mode) else HostNode
        return kind(self.tree, comps, st, self.cache)

    def entries(self) -> Listing:
        return host_entries(self.tree, self.comps, self.cache).without(WH_PREFIX)

    def _writable(self, name: str) -> int:
        if self.tree.readonly:
            raise fs_error(E.EROFS, name)
        return self.tree.dir_fd(self.comps)

    def create(self, name: str, mode: int, quota: Quota) -> Node:
        fd = self._writable(name)
        try:
            # SAFETY: O_EXCL|O_NOFOLLOW creates a new file in a directory reached without following links.
            hfd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC, mode & 0o777,
                          dir_fd=fd)  # fmt: skip
            os.close(hfd)
            return HostNode(self.tree, (*self.comps, name), os.stat(name, dir_fd=fd, follow_symlinks=False))
        except OSError as exc:
            raise fs_error(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def mkdir(self, name: str, mode: int, quota: Quota) -> None:
        fd = self._writable(name)
        try:
            os.mkdir(name, mode & 0o777, dir_fd=fd)
        except OSError as exc:
            raise fs_error(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def symlink(self, name: str, target: str, quota: Quota) -> None:
        fd = self._writable(name)
        try:
            os.symlink(target, name, dir_fd=fd)
        except OSError as exc:
            raise fs_error(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def remove(self, name: str, *, dir: bool, quota: Quota) -> None:
        fd = self._writable(name)
        try:
            if dir:
                os.rmdir(name, dir_fd=fd)
            else:
                os.unlink(name, dir_fd=fd)
        except OSError as exc:
            raise fs_error(exc.errno or E.EIO, name) from exc
        finally:
            os.close(fd)

    def writable_file(self, name: str, quota: Quota) -> Node:
        if self.tree.readonly:
            raise fs_error(E.EROFS, name)
        node = self.lookup(name)
        if node is None:
            raise fs_error(E.ENOENT, name)
        return node


def host_entries(tree: HostTree, comps: tuple[str, ...], cache: LookupCache | None = None) -> Listing:
    """The entries of directory ``comps`` of ``tree`` (whiteout names included; ``cache``: the run's).

    A read-only layer's listing is kept by its watch (:mod:`.dirwatch`) until the host changes that directory:
    the same :class:`~.metadata.Listing` (immutable, its records packed once) for every run until then.
    """
    watch: DirWatch | None = getattr(tree, "watch", None) if cache is not None else None
    if watch is not None and (kept := watch.listing(comps)) is not None:
        return kept
    fd, owned = _dir_fd(tree, comps, cache)
    try:
        if watch is not None:
            watch.add(comps, fd)  # before the listing: a change after it is an event
            gen = watch.generation()
        # An O_PATH fd cannot be listed: reopen the same directory (no path walk) for reading.
        rfd = os.open(".", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC, dir_fd=fd)
    except OSError as exc:
        raise fs_error(exc.errno or E.EACCES, "/".join(comps)) from exc
    finally:
        if owned:
            os.close(fd)
    try:
        out = []
        every = tree.visible_below(comps)  # one filter check for the whole listing (most listings: ~200 saved)
        with os.scandir(rfd) as it:
            for e in it:
                if every or tree.visible((*comps, e.name)):
                    out.append(DirEntry(e.name, e.inode(), _entry_type(e)))
        listing = Listing(out)
        if watch is not None:
            watch.keep_listing(comps, listing, gen)
        return listing
    finally:
        os.close(rfd)


def _entry_type(e: os.DirEntry[str]) -> int:
    """``e``'s ``S_IF*`` type from the listing's ``d_type`` (an ``lstat`` only for the rare other types).

    Statting every entry cost one host call each (a listing of ``/usr/lib/python3.11``: ~200);
    ``getdents64`` gives the guest ``d_ino`` and ``d_type``, which the listing already has.
    """
    if e.is_symlink():
        return S.S_IFLNK
    if e.is_dir(follow_symlinks=False):
        return S.S_IFDIR
    if e.is_file(follow_symlinks=False):
        return S.S_IFREG
    return S.S_IFMT(e.stat(follow_symlinks=False).st_mode)  # a device, fifo or socket


class HostOpenFile(OpenFile):
    """An open host file (in a layer: read-only; in a granted directory: as granted)."""

    def __init__(self, fd: int, flags: int, *, layer_stat: Stat | None = None, readonly: bool = False) -> None:
        super().__init__(flags)
        self.fd = fd
        #: Of a layer or a read-only grant: its metadata may not change (``fchmod``, ``fchown``: ``EROFS``).
        self.readonly = readonly
        #: Of a read-only layer under a run's lookup cache (``layer_stat``: the stat its lookup found): its metadata is
        #: taken as unchanging for the run (:mod:`.lookups`), so the guest may answer ``fstat`` from a copy.
        self.stable = layer_stat is not None
        self._stat = layer_stat

    def pread(self, n: int, off: int) -> bytes:
        if not self.readable:
            raise fs_error(E.EBADF, "not open for reading")
        return os.pread(self.fd, n, off)

    def pwrite(self, data: bytes, off: int) -> int:
        if not self.writable:
            raise fs_error(E.EBADF, "not open for writing")
        return os.pwrite(self.fd, data, off)

    def truncate(self, size: int) -> None:
        if not self.writable:
            raise fs_error(E.EINVAL, "not open for writing")
        os.ftruncate(self.fd, size)

    def stat(self) -> Stat:
        # A layer file's is its lookup's (and packed once with it): the rule of the run's lookup cache, which takes a
        # read-only layer as unchanging while a run lasts, and of a pooled machine's kept lookups, which hold only
        # while the layer's watched directories saw no change (:mod:`.keptlookups`). Any other file asks the host.
        return self._stat if self._stat is not None else Stat.from_host(os.fstat(self.fd))

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

"""The runtime's file multiplexer: what a legacy program sees as its file system.

Who owns what (one module per concept):

- :mod:`.layers` — :class:`Layer`, a read-only host directory tree (an unpacked image layer, a
  program's root). One :class:`Layer` object per host directory is shared by every domain that
  mounts it (:meth:`Layer.shared`), so the bytes exist once (in the host page cache) however many
  domains read them. OCI whiteouts (``.wh.NAME``, ``.wh..wh..opq``) in a layer hide entries of the
  layers below.
- :mod:`.private` — :class:`~.private.PrivateArea`, one per domain: a **private writable area in
  memory** (files, directories, links, whiteouts) under a byte quota.
- :mod:`.overlay` — the root a domain sees: its private area over its layers (copy-up on write,
  whiteouts on delete).
- :mod:`.host` — host directories walked safely (layers and granted directories are both host
  trees), and open host files.
- :mod:`.guestfs` — :class:`GuestFs`, one per domain: the overlay root, plus the host directories
  explicitly granted to it (:meth:`GuestFs.grant`, read-write or read-only) and the devices at guest
  paths. Nothing else of the host is reachable.
- :mod:`.paths` — path resolution, done here, never by the host kernel: ``..`` is clamped at the
  guest root, symlink targets (absolute or relative) are re-resolved inside the guest namespace (at
  most 40 per lookup), and host directories are walked one component at a time with ``O_NOFOLLOW``
  relative to directory fds, so no name, symlink or concurrent rename in a granted directory can
  lead outside it.
- :mod:`.openfile` and the modules of each kind of file (:mod:`.nodes` for directories,
  :mod:`.devices`, :mod:`.pipes`, :mod:`.streams`) — open file descriptions, what the syscall layer
  puts in a process's fd table.
- :mod:`.nodes`, :mod:`.metadata`, :mod:`.errors` — the object model every module shares.

Errors are :class:`FsError` (an ``OSError`` carrying a Linux errno), because the only caller that
sees them is the Linux syscall layer, which turns them into ``-errno`` results.

Dependencies run one way: ``errors``/``metadata`` → ``openfile`` → ``nodes`` → the kinds of file →
``overlay`` → ``paths`` → ``guestfs``; this package only re-exports.
"""

from multipie.resources.fs.errors import FsError
from multipie.resources.fs.guestfs import READONLY_SUFFIX, GuestFs, grant_mode
from multipie.resources.fs.host import HostOpenFile
from multipie.resources.fs.layers import Layer
from multipie.resources.fs.metadata import DirEntry, Stat
from multipie.resources.fs.nodes import DirFile, LinkFile
from multipie.resources.fs.openfile import OpenFile
from multipie.resources.fs.pipes import PIPE_BUF, PIPE_CAPACITY, PipeBuffer, PipeEnd, WouldBlock
from multipie.resources.fs.private import MemOpenFile
from multipie.resources.fs.streams import StreamFile

__all__ = [
    "PIPE_BUF",
    "PIPE_CAPACITY",
    "READONLY_SUFFIX",
    "DirEntry",
    "DirFile",
    "FsError",
    "GuestFs",
    "HostOpenFile",
    "Layer",
    "LinkFile",
    "MemOpenFile",
    "OpenFile",
    "PipeBuffer",
    "PipeEnd",
    "Stat",
    "StreamFile",
    "WouldBlock",
    "grant_mode",
]

"""The root a host program sees: the host's system tree, read in place, filtered; a few private files.

A program loaded from the host (``multipie run /usr/bin/ls``) has no image, but a dynamic one needs
its interpreter and libraries, and many programs run others (a shell, ``env``, ``xargs``). So it
gets the host's system tree as one read-only :class:`~multipie.resources.fs.layers.Layer` over the
host's ``/`` with a :class:`~multipie.resources.fs.pathfilter.PathFilter` (:data:`SYSTEM_DIRS`,
:data:`ETC_FILES`): the files are read where they are (nothing is copied), shared by every domain,
and nothing outside the filter exists for the program — not ``/root``, ``/home``, ``/work``,
``/var``, ``/proc``, ``/run`` nor any other ``/etc`` file (``shadow``, ``ssh``, ``machine-id``,
``resolv.conf``, ...).

On top, in the domain's private area (:func:`populate`): an ``/etc/passwd`` and ``/etc/group``
with only root and nobody, ``/etc/hostname`` and ``/etc/hosts`` naming ``multipie`` (the host name
``uname`` reports), and an empty writable ``/tmp``. ``/etc/resolv.conf`` is not provided: a legacy
program has no network. The devices (``/dev/null``, ``/dev/zero``, ``/dev/urandom``) come from
:class:`~multipie.resources.fs.guestfs.GuestFs` itself.

A narrower filter (the files a program's interpreter and ``DT_NEEDED`` closure need, see
:mod:`multipie.domains.legacy.closure`) is passed to :func:`system_layer` the same way.
"""

from __future__ import annotations

import functools
import os
import re

from multipie.resources.fs.guestfs import GuestFs
from multipie.resources.fs.layers import Layer
from multipie.resources.fs.pathfilter import PathFilter

__all__ = ["ETC_FILES", "HOST_ROOT", "PRIVATE_FILES", "SYSTEM_DIRS", "populate", "system_filter", "system_layer"]

#: The host directory the system tree is read from.
HOST_ROOT = "/"
#: The system directories, with everything below them (merged ``/usr``: the others are links into it).
SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32")
#: What of the host's ``/etc`` a program sees: what libcs, ``ld.so`` and common programs read, none of it secret.
ETC_FILES = (
    "ld.so.cache", "ld.so.conf", "ld.so.conf.d",          # the dynamic linker's search path
    "nsswitch.conf", "host.conf", "gai.conf",             # glibc name services (files only: passwd, hosts)
    "protocols", "services", "networks", "ethertypes",    # netdb tables
    "localtime", "timezone",                              # time zone (links into /usr/share/zoneinfo)
    "locale.alias", "os-release", "debian_version",
    "alternatives",                                       # Debian's links (awk -> mawk, ...)
    "mime.types", "magic", "magic.mime", "inputrc", "shells", "terminfo",
    "perl", "python3",                                    # interpreters' own configuration (+ python3.N below)
    "ssl/certs", "ssl/openssl.cnf",                       # public CA certificates; never ssl/private
)  # fmt: skip
_VERSIONED_ETC = re.compile(r"python3\.\d+")

_PASSWD = b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
_GROUP = b"root:x:0:\nnogroup:x:65534:\n"
_HOSTS = b"127.0.0.1\tlocalhost multipie\n::1\tlocalhost ip6-localhost ip6-loopback\n"
#: Files every root without an image gets in its private area (written by :func:`populate`).
PRIVATE_FILES: dict[str, bytes] = {
    "/etc/passwd": _PASSWD,
    "/etc/group": _GROUP,
    "/etc/hostname": b"multipie\n",
    "/etc/hosts": _HOSTS,
}


@functools.cache
def system_filter() -> PathFilter:
    """The default filter: :data:`SYSTEM_DIRS` and :data:`ETC_FILES` (plus ``/etc/python3.N``)."""
    try:
        versioned = [n for n in os.listdir(os.path.join(HOST_ROOT, "etc")) if _VERSIONED_ETC.fullmatch(n)]
    except OSError:
        versioned = []
    return PathFilter.of([*SYSTEM_DIRS, *(f"etc/{n}" for n in (*ETC_FILES, *sorted(versioned)))])


def system_layer(filter: PathFilter | None = None) -> Layer:
    """The shared read-only layer of the host's system tree seen through ``filter`` (default: :func:`system_filter`).

    Raises:
        FsError: the host root cannot be opened.
    """
    return Layer.shared(HOST_ROOT, whiteouts=False, filter=filter or system_filter())


def populate(fs: GuestFs) -> None:
    """Add :data:`PRIVATE_FILES` and an empty ``/tmp`` (mode 1777) to ``fs``'s private area.

    Raises:
        FsError: ``ENOSPC`` when the domain's quota cannot hold them.
    """
    for path, data in PRIVATE_FILES.items():
        fs.add_file(path, data)
    fs.add_dir("/tmp", 0o1777)  # (no walk through the layers: every spawn of a host program makes these)

"""Extended attributes: the files a program sees carry none, and none can be set.

``ls -l`` asks every file for its ACL (``lgetxattr("system.posix_acl_access")``), and ``cp -a``,
``tar`` and ``rsync`` ask too; they expect what Linux says of a file without extended attributes:
``ENODATA`` for a name, an empty list, and ``ENOTSUP`` when asked to set or remove one (like a
file system without xattr support). The path or fd is still resolved, so a missing file is
``ENOENT`` and a bad fd ``EBADF``, as on Linux. :data:`HANDLERS` is this family's part of the
dispatch table.
"""

from __future__ import annotations

import errno as E

from multipie.domains.legacy.syscalls.state import AT_FDCWD, Handler, Process
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import FsError

__all__ = ["HANDLERS"]

XATTR_NAME_MAX = 255


def _path(proc: Process, path: int, *, follow: bool) -> None:
    p = proc.read_path(path)
    proc.fs.stat(p, proc.base_dir(AT_FDCWD, p), follow=follow)


def _name(proc: Process, name: int) -> int:
    """0, or ``-ERANGE`` for a name Linux would refuse as too long / empty."""
    try:
        raw = proc.mem.cstring(name, XATTR_NAME_MAX + 2)
    except FsError:  # ENAMETOOLONG from the string reader: Linux says ERANGE for an xattr name
        return -E.ERANGE
    return -E.ERANGE if not raw or len(raw) > XATTR_NAME_MAX else 0


def sys_getxattr(proc: Process, path: int, name: int, *_: int) -> int:
    _path(proc, path, follow=True)
    return _name(proc, name) or -E.ENODATA


def sys_lgetxattr(proc: Process, path: int, name: int, *_: int) -> int:
    _path(proc, path, follow=False)
    return _name(proc, name) or -E.ENODATA


def sys_fgetxattr(proc: Process, fd: int, name: int, *_: int) -> int:
    proc.file(fd)
    return _name(proc, name) or -E.ENODATA


def sys_listxattr(proc: Process, path: int, *_: int) -> int:
    _path(proc, path, follow=True)
    return 0


def sys_llistxattr(proc: Process, path: int, *_: int) -> int:
    _path(proc, path, follow=False)
    return 0


def sys_flistxattr(proc: Process, fd: int, *_: int) -> int:
    proc.file(fd)
    return 0


def sys_setxattr(proc: Process, path: int, *_: int) -> int:
    _path(proc, path, follow=True)
    return -E.ENOTSUP


def sys_lsetxattr(proc: Process, path: int, *_: int) -> int:
    _path(proc, path, follow=False)
    return -E.ENOTSUP


def sys_fsetxattr(proc: Process, fd: int, *_: int) -> int:
    proc.file(fd)
    return -E.ENOTSUP


#: This family's system calls: number → handler (removing is refused like setting).
HANDLERS: dict[Sys, Handler] = {
    Sys.getxattr: sys_getxattr,
    Sys.lgetxattr: sys_lgetxattr,
    Sys.fgetxattr: sys_fgetxattr,
    Sys.listxattr: sys_listxattr,
    Sys.llistxattr: sys_llistxattr,
    Sys.flistxattr: sys_flistxattr,
    Sys.setxattr: sys_setxattr,
    Sys.lsetxattr: sys_lsetxattr,
    Sys.fsetxattr: sys_fsetxattr,
    Sys.removexattr: sys_setxattr,
    Sys.lremovexattr: sys_lsetxattr,
    Sys.fremovexattr: sys_fsetxattr,
}

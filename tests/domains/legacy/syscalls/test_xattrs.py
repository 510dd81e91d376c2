"""Extended attributes: none on any file, none settable; the file itself is still looked up."""

from __future__ import annotations

import errno

from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_files_have_no_extended_attributes(h: Harness) -> None:
    motd, acl, buf = h.s("/etc/motd"), h.s("system.posix_acl_access"), h.put(bytes(64))
    for nr in (Sys.getxattr, Sys.lgetxattr):
        assert h(nr, motd, acl, buf, 64) == -errno.ENODATA
    fd = h(Sys.open, motd, 0, 0)
    assert h(Sys.fgetxattr, fd, acl, buf, 64) == -errno.ENODATA
    assert h(Sys.listxattr, motd, buf, 64) == 0 and h(Sys.flistxattr, fd, buf, 64) == 0
    assert h(Sys.setxattr, motd, acl, buf, 4, 0) == -errno.ENOTSUP
    assert h(Sys.fremovexattr, fd, acl) == -errno.ENOTSUP


def test_missing_files_bad_fds_and_names_fail_as_on_linux(h: Harness) -> None:
    acl, buf = h.s("user.x"), h.put(bytes(64))
    assert h(Sys.getxattr, h.s("/etc/nope"), acl, buf, 64) == -errno.ENOENT
    assert h(Sys.llistxattr, h.s("/nope/x"), buf, 64) == -errno.ENOENT
    assert h(Sys.fgetxattr, 99, acl, buf, 64) == -errno.EBADF
    assert h(Sys.getxattr, h.s("/etc/motd"), h.s(""), buf, 64) == -errno.ERANGE
    assert h(Sys.getxattr, h.s("/etc/motd"), h.s("user." + "x" * 300), buf, 64) == -errno.ERANGE
    assert h(Sys.getxattr, 0x10, acl, buf, 64) == -errno.EFAULT

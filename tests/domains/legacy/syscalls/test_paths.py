"""File-name calls: mkdir/rename/unlink/access in the private area and a grant, the working directory."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_private_writes_and_grant(h: Harness, tmp_path: Path) -> None:
    fd = h(Sys.open, h.s("/etc/motd"), os.O_WRONLY | os.O_APPEND, 0)
    assert h(Sys.write, fd, h.put(b"more\n"), 5) == 5
    assert (tmp_path / "layer" / "etc" / "motd").read_text() == "hello from the layer\n"
    assert h(Sys.mkdir, h.s("/tmp"), 0o755) == 0
    assert h(Sys.mkdir, h.s("/tmp"), 0o755) == -errno.EEXIST
    fd = h(Sys.open, h.s("/tmp/x"), os.O_CREAT | os.O_WRONLY, 0o644)
    h(Sys.write, fd, h.put(b"123"), 3)
    assert h(Sys.rename, h.s("/tmp/x"), h.s("/tmp/y")) == 0
    assert h(Sys.access, h.s("/tmp/y"), 0) == 0 and h(Sys.access, h.s("/tmp/x"), 0) == -errno.ENOENT
    assert h(Sys.unlink, h.s("/tmp/y")) == 0
    assert h(Sys.rmdir, h.s("/tmp")) == 0
    fd = h(Sys.open, h.s("/data/out.txt"), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    h(Sys.write, fd, h.put(b"to host"), 7)
    assert (tmp_path / "data" / "out.txt").read_bytes() == b"to host"
    assert h(Sys.ftruncate, fd, 2) == 0
    assert (tmp_path / "data" / "out.txt").read_bytes() == b"to"


def test_cwd(h: Harness) -> None:
    buf = h.alloc(256)
    assert h(Sys.getcwd, buf, 256) == 2 and h.buf[buf] == ord("/")
    assert h(Sys.chdir, h.s("etc")) == 0
    assert h(Sys.getcwd, buf, 256) == 5 and bytes(h.buf[buf : buf + 5]) == b"/etc\0"
    assert h(Sys.getcwd, buf, 2) == -errno.ERANGE
    assert h(Sys.open, h.s("motd"), 0, 0) >= 3
    assert h(Sys.chdir, h.s("motd")) == -errno.ENOTDIR
    assert h(Sys.chdir, h.s("../../../..")) == 0 and h.p.cwd == "/"
    dfd = h(Sys.open, h.s("/etc"), os.O_DIRECTORY, 0)
    assert h(Sys.openat, dfd, h.s("motd"), 0, 0) > dfd


def test_readlink_without_room_is_einval_before_the_path_is_looked_up(h: Harness) -> None:
    buf = h.alloc(64)
    for path in ("", "/nope", "/proc/self/exe"):  # (ENOENT for the first two before: Linux checks bufsiz first)
        assert h(Sys.readlink, h.s(path), buf, 0) == -errno.EINVAL
        assert h(Sys.readlink, h.s(path), buf, -1) == -errno.EINVAL
    assert h(Sys.readlink, h.s(""), buf, 64) == -errno.ENOENT

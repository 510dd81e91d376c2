"""Sockets made in the guest (``entry.S`` ``sys_socket``, :mod:`multipie.domains.legacy.guestfds`): as the host's."""

from __future__ import annotations

import re

import multipie
from multipie.domains.legacy import guestfds, stub, sysarea
from multipie.domains.legacy.table import Sys
from tests.domains.legacy.conftest import needs_vm, python3_natively, python3_rounds


def entry_defines() -> dict[str, int]:
    """The numeric ``#define``s of ``entry.S``."""
    text = (stub.guest_dir() / stub.ENTRY_SOURCE).read_text()
    return {m[1]: int(m[2], 0) for m in re.finditer(r"^#define\s+(\w+)\s+(0x[0-9A-Fa-f]+|\d+)\b", text, re.M)}


def test_the_words_the_host_and_the_guest_share_are_at_the_same_addresses() -> None:
    d = entry_defines()
    words = (d["S_CLOSED"], d["S_MADE"], d["S_MADE_CX"], d["S_MADE_NB"])
    assert words == (guestfds.CLOSED, guestfds.MADE, guestfds.MADE + 8, guestfds.MADE + 16)
    assert (d["FD_NEW"], d["FD_SLOTS"]) == (sysarea.FD_NEW, sysarea.FD_SLOTS)

#: glibc's nscd probe and what a program may do with such a socket: the fd numbers (reusing one closed in the
#: guest just before), connects to missing paths (absolute, relative, under a file) twice, to a directory, the
#: flags, fstat, getsockopt, a socket used after an exit, a bad sockaddr (EFAULT), and a forked child's probe.
SOCKETS = """
import ctypes, errno, fcntl, os, socket, stat, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
def conn(s, p):
    try:
        s.connect(p)
        return "ok"
    except OSError as e:
        return errno.errorcode[e.errno]
def probe():
    fd = libc.socket(1, 1 | 0x80000 | 0x800, 0)
    addr = b"\\x01\\x00/var/run/nscd/socket".ljust(110, b"\\0")
    r = libc.connect(fd, addr, 110)
    e = ctypes.get_errno()
    return fd, r, errno.errorcode.get(e, e), libc.close(fd), libc.close(fd), errno.errorcode[ctypes.get_errno()]
paths = ("/var/run/nscd/socket", "/usr/lib/nope.sock", "/usr/lib/os-release/x", "nope.sock", "/usr/lib/nope.sock")
bad = libc.mmap(None, 4096, 0, 0x22, -1, 0)  # PROT_NONE
for _ in range(int(sys.argv[1])):
    f = os.open("/usr/lib/os-release", os.O_RDONLY)
    os.read(f, 10)
    os.close(f)
    print("probe", probe(), probe())
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC | socket.SOCK_NONBLOCK)
    print(s.fileno(), [conn(s, p) for p in paths])
    t = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    print(t.fileno(), [fcntl.fcntl(x.fileno(), fcntl.F_GETFD) for x in (s, t)], os.get_blocking(s.fileno()))
    print(stat.S_ISSOCK(os.fstat(t.fileno()).st_mode), t.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
    print(conn(t, "/usr/lib"), conn(t, "/usr/lib/nope.sock"), conn(s, "\\0abstract-nope"))
    u = libc.socket(1, 1, 0)
    print("efault", u, libc.connect(u, ctypes.c_void_p(bad), 110), errno.errorcode[ctypes.get_errno()], libc.close(u))
    t.close()
    s.close()
    print(os.open("/usr/lib/os-release", os.O_RDONLY))
    os.close(3)
pid = os.fork()
if pid == 0:
    print("child", probe())
    os._exit(0)
os.waitpid(pid, 0)
print("parent", probe())
"""


@needs_vm
def test_sockets_made_in_the_guest_behave_as_the_hosts(rt: multipie.Runtime) -> None:
    native = python3_natively(SOCKETS, "2", cwd="/").stdout
    out, _err, stats = python3_rounds(rt, SOCKETS, cwd="/")
    made, connects = stats.guest_calls[int(Sys.socket)], stats.guest_calls[int(Sys.connect)]
    assert out == native
    # Per round 5 sockets made in the guest (two probes, s, t, u) and 3 connects answered there (the probes' and s's
    # to the nscd path kept as missing; the others go to the host, which takes the socket in first): 0 and 0 before.
    assert made >= 10
    assert connects >= 6

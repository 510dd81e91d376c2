"""The socket family on a process without a VM: guest structures, errnos, AF_UNIX paths, SCM_RIGHTS, policy."""

from __future__ import annotations

import errno
import struct

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multipie.domains.legacy.syscalls import Blocked, Sys, readiness, sockets
from multipie.resources.net import NetPolicy, Network
from tests.domains.legacy.syscalls.harness import MEM, SCRATCH, Harness

AF_UNIX, AF_INET = 1, 2


def inet(h: Harness, port: int, ip: bytes = bytes([127, 0, 0, 1])) -> int:
    return h.put(struct.pack("<H2s4s8x", AF_INET, port.to_bytes(2, "big"), ip))


def unix(h: Harness, path: bytes) -> tuple[int, int]:
    raw = struct.pack("<H", AF_UNIX) + path
    return h.put(raw), len(raw)


def pair(h: Harness, type: int = 1) -> tuple[int, int]:
    sv = h.alloc(8)
    assert h(Sys.socketpair, AF_UNIX, type, 0, sv) == 0
    return struct.unpack_from("<ii", h.buf, sv)


def test_tcp_in_the_domain(h: Harness) -> None:
    ls = h(Sys.socket, AF_INET, 1 | 0o2000000, 0)  # SOCK_CLOEXEC
    assert h(Sys.fcntl, ls, 1, 0) == 1
    assert h(Sys.bind, ls, inet(h, 0), 16) == 0 and h(Sys.listen, ls, 8) == 0
    name, ln = h.alloc(16), h.put(struct.pack("<I", 16))
    assert h(Sys.getsockname, ls, name, ln) == 0
    port = int.from_bytes(h.buf[name + 2 : name + 4], "big")
    c = h(Sys.socket, AF_INET, 1, 0)
    assert h(Sys.connect, c, inet(h, port), 16) == 0
    peer, pl = h.alloc(16), h.put(struct.pack("<I", 16))
    s = h(Sys.accept4, ls, peer, pl, 0o4000)  # SOCK_NONBLOCK
    assert s > 0 and h(Sys.fcntl, s, 3, 0) & 0o4000
    assert h(Sys.getpeername, c, name, ln) == 0 and int.from_bytes(h.buf[name + 2 : name + 4], "big") == port
    buf = h.alloc(64)
    assert h(Sys.read, s, buf, 64) == -errno.EAGAIN
    assert h(Sys.sendto, c, h.put(b"hello"), 5, 0, 0, 0) == 5
    assert h(Sys.recvfrom, s, buf, 64, 0, 0, 0) == 5 and bytes(h.buf[buf : buf + 5]) == b"hello"
    opt, ol = h.alloc(4), h.put(struct.pack("<I", 4))
    assert h(Sys.getsockopt, s, 1, 30, opt, ol) == 0 and h.buf[opt] == 0  # SO_ACCEPTCONN
    assert h(Sys.getsockopt, ls, 1, 30, opt, ol) == 0 and h.buf[opt] == 1
    assert h(Sys.connect, c, inet(h, port), 16) == -errno.EISCONN
    assert h(Sys.shutdown, c, 1) == 0 and h(Sys.read, s, buf, 64) == 0


def test_unix_paths_live_in_the_file_view(h: Harness) -> None:
    addr, n = unix(h, b"/data/sock\0")
    ls = h(Sys.socket, AF_UNIX, 1, 0)
    assert h(Sys.bind, ls, addr, n) == 0 and h(Sys.listen, ls, 1) == 0
    st = h.alloc(144)
    assert h(Sys.stat, h.s("/data/sock"), st) == 0  # the socket file exists in the view
    assert h(Sys.bind, h(Sys.socket, AF_UNIX, 1, 0), addr, n) == -errno.EADDRINUSE
    c = h(Sys.socket, AF_UNIX, 1, 0)
    assert h(Sys.connect, c, addr, n) == 0
    missing, m = unix(h, b"/data/nope\0")
    assert h(Sys.connect, h(Sys.socket, AF_UNIX, 1, 0), missing, m) == -errno.ENOENT
    assert h(Sys.unlink, h.s("/data/sock")) == 0
    assert h(Sys.bind, h(Sys.socket, AF_UNIX, 1, 0), addr, n) == 0  # a new file, a new name
    assert h(Sys.connect, h(Sys.socket, AF_UNIX, 1, 0), addr, n) == -errno.ECONNREFUSED  # bound, not listening


def test_scm_rights_passes_an_open_file(h: Harness) -> None:
    a, b = pair(h)
    fd = h(Sys.open, h.s("/etc/motd"), 0, 0)
    data = h.put(b"F")
    iov = h.put(struct.pack("<QQ", data, 1))
    ctl = h.put(struct.pack("<QiIi4x", 20, 1, 1, fd))
    msg = h.put(struct.pack("<QI4xQQQQi4x", 0, 0, iov, 1, ctl, 24, 0))
    assert h(Sys.sendmsg, a, msg, 0) == 1
    assert h(Sys.close, fd) == 0  # the message holds its own reference
    rbuf = h.alloc(8)
    riov = h.put(struct.pack("<QQ", rbuf, 8))
    rctl = h.alloc(24)
    rmsg = h.put(struct.pack("<QI4xQQQQi4x", 0, 0, riov, 1, rctl, 24, 0))
    assert h(Sys.recvmsg, b, rmsg, 0) == 1
    length, level, kind, got = struct.unpack_from("<QiIi", h.buf, rctl)
    assert (length, level, kind) == (20, 1, 1)
    out = h.alloc(32)
    assert h(Sys.read, got, out, 32) == 21 and bytes(h.buf[out : out + 5]) == b"hello"
    # no room for the rights: the file is dropped and MSG_CTRUNC reported
    h(Sys.close, got)
    assert h(Sys.sendmsg, a, msg, 0) == -errno.EBADF  # that fd is closed now
    fd = h(Sys.open, h.s("/etc/motd"), 0, 0)
    struct.pack_into("<i", h.buf, ctl + 16, fd)
    assert h(Sys.sendmsg, a, msg, 0) == 1
    nomsg = h.put(struct.pack("<QI4xQQQQi4x", 0, 0, riov, 1, 0, 0, 0))
    assert h(Sys.recvmsg, b, nomsg, 0) == 1 and struct.unpack_from("<i", h.buf, nomsg + 48)[0] == 0x8


def test_bad_arguments(h: Harness) -> None:
    s = h(Sys.socket, AF_INET, 1, 0)
    assert h(Sys.bind, s, inet(h, 1), 1) == -errno.EINVAL
    assert h(Sys.bind, s, inet(h, 1), 200) == -errno.EINVAL
    assert h(Sys.bind, s, MEM - 4, 16) == -errno.EFAULT
    assert h(Sys.bind, 1, inet(h, 1), 16) == -errno.ENOTSOCK
    assert h(Sys.socketpair, AF_UNIX, 1, 0, MEM - 4) == -errno.EFAULT
    assert h(Sys.socket, AF_INET, 1 | 0x100000, 0) == -errno.EINVAL
    assert h(Sys.accept4, s, 0, 0, 0x10) == -errno.EINVAL
    assert h(Sys.getsockopt, s, 1, 3, h.alloc(4), MEM - 2) == -errno.EFAULT
    assert h(Sys.sendto, h(Sys.socket, AF_INET, 2, 0), 0, 70000, 0, inet(h, 9), 16) == -errno.EMSGSIZE
    assert h(Sys.socket, 16, 3, 0) == -errno.EAFNOSUPPORT  # AF_NETLINK: a Linux family, refused
    assert h.p.events[-1].name == "socket"


def test_sigpipe_and_nosignal(h: Harness) -> None:
    a, b = pair(h)
    h(Sys.close, b)
    assert h(Sys.sendto, a, h.put(b"x"), 1, 0x4000, 0, 0) == -errno.EPIPE  # MSG_NOSIGNAL
    h(Sys.rt_sigaction, 13, h.put(struct.pack("<QQQQ", 1, 0, 0, 0)), 0, 8)  # SIG_IGN
    assert h(Sys.write, a, h.put(b"x"), 1) == -errno.EPIPE


def test_policy_denials_and_host_sockets(h: Harness) -> None:
    c = h(Sys.socket, AF_INET, 1, 0)
    assert h(Sys.connect, c, inet(h, 80, bytes([192, 0, 2, 1])), 16) == -errno.EACCES
    assert "connect to host address 192.0.2.1:80" in str(h.p.events[-1])
    assert h(Sys.connect, c, inet(h, 5432), 16) == -errno.ECONNREFUSED
    assert h(Sys.bind, h(Sys.socket, AF_INET, 1, 0), inet(h, 8080, bytes([192, 0, 2, 1])), 16) == -errno.EACCES
    h.p.net = Network(NetPolicy(["listen:127.0.0.1:0"]))
    s = h(Sys.socket, AF_INET, 1, 0)
    assert h(Sys.bind, s, inet(h, 0), 16) == 0 and h(Sys.listen, s, 1) == 0
    assert type(h.p.file(s)).__name__ == "HostSocket"  # a real host socket, on an ephemeral host port
    d = h(Sys.dup, h(Sys.socket, AF_INET, 1, 0))
    assert h(Sys.bind, d, inet(h, 0), 16) == -errno.EOPNOTSUPP  # shared before it reached the host
    h(Sys.close, s)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    nr=st.sampled_from([int(n) for n in (*sockets.HANDLERS, *readiness.HANDLERS)]),
    args=st.lists(
        st.one_of(st.integers(0, 2**64 - 1), st.integers(0, 16), st.sampled_from([SCRATCH, MEM - 8, 2**63, 110])),
        min_size=6,
        max_size=6,
    ),
    parks=st.booleans(),
)
def test_any_arguments_give_a_result_never_a_crash(h: Harness, nr: int, args: list[int], parks: bool) -> None:
    """Fds 3-6 are live sockets; garbage arguments give -errno or a parked call (the fixture is shared)."""
    for fd in [fd for fd in h.p.fds if fd > 2]:
        h.p.close_fd(fd)
    pair(h)
    pair(h, 2)
    h.p.kernel = object() if parks else None  # type: ignore[assignment]
    try:
        r = h.p.syscall(nr, *args)
    except Blocked:
        return
    assert isinstance(r, int) and -4096 < r < 2**64


def test_sendmmsg_recvmmsg(h: Harness) -> None:
    a, b = pair(h, 2)  # datagrams: one message each
    vec = bytearray()
    for text in (b"one", b"three"):
        iov = h.put(struct.pack("<QQ", h.put(text), len(text)))
        vec += struct.pack("<QI4xQQQQi4x", 0, 0, iov, 1, 0, 0, 0) + bytes(8)
    out = h.put(bytes(vec))
    assert h(Sys.sendmmsg, a, out, 2, 0) == 2
    assert struct.unpack_from("<I", h.buf, out + 56)[0] == 3 and struct.unpack_from("<I", h.buf, out + 64 + 56)[0] == 5
    rvec = bytearray()
    bufs = [h.alloc(16) for _ in range(3)]
    for buf in bufs:
        iov = h.put(struct.pack("<QQ", buf, 16))
        rvec += struct.pack("<QI4xQQQQi4x", 0, 0, iov, 1, 0, 0, 0) + bytes(8)
    inp = h.put(bytes(rvec))
    assert h(Sys.recvmmsg, b, inp, 3, 0x40, 0) == 2  # MSG_DONTWAIT: the third finds nothing, two are done
    assert bytes(h.buf[bufs[1] : bufs[1] + 5]) == b"three"
    assert h(Sys.recvmmsg, b, inp, 3, 0x40, 0) == -errno.EAGAIN  # none at all: the error


def test_sendfile_to_a_socket(h: Harness) -> None:
    a, b = pair(h)
    f = h(Sys.open, h.s("/etc/motd"), 0, 0)
    assert h(Sys.sendfile, a, f, 0, 5) == 5
    off = h.put(struct.pack("<q", 11))
    assert h(Sys.sendfile, a, f, off, 100) == 10 and struct.unpack_from("<q", h.buf, off)[0] == 21
    assert h(Sys.sendfile, a, f, 0, 100) == 16  # from the file offset, which only the first call moved
    buf = h.alloc(64)
    assert h(Sys.read, b, buf, 64) == 31
    assert bytes(h.buf[buf : buf + 31]) == b"hello" + b"the layer\n" + b" from the layer\n"
    assert h(Sys.sendfile, f, a, 0, 1) == -errno.EBADF  # the file is read-only
    assert h(Sys.sendfile, b, a, 0, 1) == -errno.EINVAL  # a socket is no source

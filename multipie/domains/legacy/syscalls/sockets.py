"""Socket system calls: ``socket`` to ``recvmsg``, over the domain's own network or a granted host address.

The sockets themselves are :mod:`multipie.resources.net` objects; this family reads and writes the
guest's structures (``sockaddr``, ``msghdr``, ``cmsghdr``, option values) with Linux's checks and
errnos, resolves ``AF_UNIX`` paths in the domain's file view, and applies the ``net`` policy: a
socket reaching an address outside the domain becomes a :class:`~multipie.resources.net.HostSocket`
when a grant covers it, and is refused (``-EACCES``, or ``-ECONNREFUSED`` for a loopback port) with
a policy event naming the address when none does.
"""

from __future__ import annotations

import errno as E
import os
import struct

from multipie.domains.legacy.syscalls.state import MAX_IO, Handler, PolicyEvent, Process, log, s32, s64
from multipie.domains.legacy.table import Sys
from multipie.errors import PolicyViolation
from multipie.resources.fs import FsError, OpenFile, PipeEnd
from multipie.resources.net import (
    AF_UNIX,
    AF_UNSPEC,
    SOCKADDR_MAX,
    HostSocket,
    InetAddr,
    Socket,
    UnixAddr,
    decode,
    encode,
    pass_files,
    release_files,
)
from multipie.resources.net.sockets import MSG_NOSIGNAL, MSG_TRUNC, SOCK_DGRAM, SOCK_STREAM, UDP_MAX

__all__ = ["HANDLERS", "wait_limit"]

SOCK_NONBLOCK, SOCK_CLOEXEC = os.O_NONBLOCK, os.O_CLOEXEC
MSG_CTRUNC, MSG_CMSG_CLOEXEC = 0x8, 0x40000000
SCM_RIGHTS = 1
_MSGHDR = struct.Struct("<QI4xQQQQi4x")
_CMSG = struct.Struct("<QiI")
_AnySocket = Socket | HostSocket


#: Calls that wait to receive (bounded by ``SO_RCVTIMEO``) and to send or connect (``SO_SNDTIMEO``).
_RECEIVING = frozenset({Sys.read, Sys.readv, Sys.recvfrom, Sys.recvmsg, Sys.recvmmsg, Sys.accept, Sys.accept4})
_SENDING = frozenset({Sys.write, Sys.writev, Sys.sendto, Sys.sendmsg, Sys.sendmmsg, Sys.sendfile, Sys.connect})
_TIMEVAL = struct.Struct("<qq")


def wait_limit(proc: Process, nr: int, fd: int) -> tuple[float, int] | None:
    """``(seconds, errno)`` a blocking call ``nr`` on socket ``fd`` may wait, from its ``SO_RCVTIMEO`` or
    ``SO_SNDTIMEO``, and what it fails with then (``EINPROGRESS`` for ``connect``, else ``EAGAIN``);
    ``None`` when it waits without limit (no such option set, or not a socket of the domain)."""
    entry = proc.fds.get(s32(fd))
    sock = entry.file if entry is not None else None
    if not isinstance(sock, Socket) or nr not in _RECEIVING | _SENDING:
        return None
    sec, usec = _TIMEVAL.unpack(sock.getsockopt(1, 20 if nr in _RECEIVING else 21))  # SO_RCVTIMEO / SO_SNDTIMEO
    if sec <= 0 and usec <= 0:
        return None
    return sec + usec / 1e6, E.EINPROGRESS if nr == Sys.connect else E.EAGAIN


def _sock(proc: Process, fd: int) -> _AnySocket:
    f = proc.file(fd)
    if not isinstance(f, (Socket, HostSocket)):
        raise FsError(E.ENOTSOCK, f"fd {fd} is not a socket")
    return f


def _addr_bytes(proc: Process, addr: int, addrlen: int) -> bytes:
    n = s32(addrlen)
    if n < 0 or n > SOCKADDR_MAX:
        raise FsError(E.EINVAL, "address length")
    return proc.mem.read(addr, n)


def _put_addr(proc: Process, addr: int, lenp: int, raw: bytes) -> None:
    """Write an address back (``addr``/``*lenp`` as ``accept``/``getsockname``/``recvfrom`` do)."""
    if not addr:
        return
    n = s32(int.from_bytes(proc.mem.read(lenp, 4), "little"))
    if n < 0:
        raise FsError(E.EINVAL, "address length")
    proc.mem.write(addr, raw[:n])
    proc.mem.write(lenp, struct.pack("<I", len(raw)))


def _refuse(proc: Process, nr: Sys, exc: PolicyViolation, errno: int, *args: int) -> int:
    event = PolicyEvent(int(nr), f"{nr.name}: {exc}", (*args, 0, 0, 0, 0, 0, 0)[:6])
    proc.events.append(event)
    log.info("legacy policy: %s", event)
    return -errno


def _to_host(proc: Process, fd: int, s: _AnySocket) -> HostSocket:
    """Replace the in-domain socket ``s`` at ``fd`` by a host socket (a granted address)."""
    if isinstance(s, HostSocket):
        return s
    if s.refs != 1 or s.local is not None:
        raise FsError(E.EOPNOTSUPP, "a socket shared or bound in the domain cannot reach a host address")
    host = HostSocket(s.family, s.type, s.proto, nonblock=bool(s.flags & os.O_NONBLOCK))
    proc.fds[s32(fd)].file = host
    s.close()
    return host


def _unix_key(proc: Process, addr: UnixAddr, *, create: bool) -> object:
    """The network's key of an ``AF_UNIX`` name: the abstract name, or the socket file's identity."""
    if addr.abstract:
        return ("@", addr.path)
    path = addr.path.decode("utf-8", "surrogateescape")
    if create:
        try:
            proc.fs.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o777 & ~proc.info.umask, proc.cwd).close()
        except FsError as exc:
            raise FsError(E.EADDRINUSE if exc.errno == E.EEXIST else exc.errno, path) from exc
    st = proc.fs.stat(path, proc.cwd)
    return ("file", st.dev, st.ino)


def sys_socket(proc: Process, family: int, type: int, proto: int, *_: int) -> int:
    flags = type & (SOCK_NONBLOCK | SOCK_CLOEXEC)
    if type & ~(0xF | flags):
        return -E.EINVAL
    family, proto = s32(family), s32(proto)
    try:
        s = proc.net.socket(family, type & 0xF, proto, nonblock=bool(flags & SOCK_NONBLOCK))
    except FsError as exc:
        if exc.errno == E.EAFNOSUPPORT and 0 < family < 46:  # a Linux family a domain has no use of
            proc.denied(Sys.socket, family, type, proto)
        raise
    s.owner_pid = proc.info.pid
    return proc.install(s, cloexec=bool(flags & SOCK_CLOEXEC))


def sys_socketpair(proc: Process, family: int, type: int, proto: int, sv: int, *_: int) -> int:
    flags = type & (SOCK_NONBLOCK | SOCK_CLOEXEC)
    if type & ~(0xF | flags):
        return -E.EINVAL
    proc.mem._off(sv, 8)
    a, b = proc.net.socketpair(s32(family), type & 0xF, s32(proto), nonblock=bool(flags & SOCK_NONBLOCK))
    a.owner_pid = b.owner_pid = proc.info.pid
    fa = proc.install(a, cloexec=bool(flags & SOCK_CLOEXEC))
    fb = proc.install(b, cloexec=bool(flags & SOCK_CLOEXEC))
    proc.mem.write(sv, struct.pack("<ii", fa, fb))
    return 0


def sys_bind(proc: Process, fd: int, addr: int, addrlen: int, *_: int) -> int:
    s = _sock(proc, fd)
    raw = _addr_bytes(proc, addr, addrlen)
    if isinstance(s, HostSocket):
        return -E.EINVAL
    a = decode(raw, s.family)
    if isinstance(a, UnixAddr):
        if isinstance(s.local, UnixAddr) and s.local.path:
            return -E.EINVAL
        if not a.path:
            proc.net.autobind_unix(s)
        else:
            key = _unix_key(proc, a, create=True)
            if not a.abstract:  # the file is new: a binding left under its identity (a reused inode) is stale
                proc.net.unix.pop(key, None)
            proc.net.bind_unix(s, key, a)
        return 0
    if proc.net.policy.allows("listen", a):
        _to_host(proc, fd, s).bind(a)
        return 0
    if not (a.loopback or a.any):
        try:
            proc.net.policy.check("listen", a)
        except PolicyViolation as exc:
            return _refuse(proc, Sys.bind, exc, E.EACCES, fd, addr, addrlen)
    proc.net.bind_inet(s, a)
    return 0


def sys_listen(proc: Process, fd: int, backlog: int, *_: int) -> int:
    s = _sock(proc, fd)
    if isinstance(s, Socket):
        if s.family == AF_UNIX and not (isinstance(s.local, UnixAddr) and s.local.path) and s.stream:
            return -E.EINVAL
        if s.family != AF_UNIX and s.stream:
            proc.net.autobind_inet(s)
    s.listen(s32(backlog))
    return 0


def sys_accept4(proc: Process, fd: int, addr: int, lenp: int, flags: int, *_: int) -> int:
    if flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC):
        return -E.EINVAL
    s = _sock(proc, fd)
    if addr:
        proc.mem._off(lenp, 4)
        proc.mem._off(addr, max(0, s32(int.from_bytes(proc.mem.read(lenp, 4), "little"))))
    conn = s.accept()
    if flags & SOCK_NONBLOCK:
        conn.flags |= os.O_NONBLOCK
    if isinstance(conn, Socket):
        conn.owner_pid = proc.info.pid
    new = proc.install(conn, cloexec=bool(flags & SOCK_CLOEXEC))
    _put_addr(proc, addr, lenp, encode(conn.peer, s.family))
    return new


def sys_accept(proc: Process, fd: int, addr: int, lenp: int, *_: int) -> int:
    return sys_accept4(proc, fd, addr, lenp, 0)


def sys_connect(proc: Process, fd: int, addr: int, addrlen: int, *_: int) -> int:
    s = _sock(proc, fd)
    raw = _addr_bytes(proc, addr, addrlen)
    if isinstance(s, HostSocket):
        a = decode(raw, s.family)
        assert isinstance(a, InetAddr)
        s.connect(a)
        return 0
    if len(raw) >= 2 and int.from_bytes(raw[:2], "little") == AF_UNSPEC and not s.stream:
        s.peer, s.peer_sock = None, None  # dissolve a datagram socket's association
        return 0
    a = decode(raw, s.family)
    net = proc.net
    if isinstance(a, UnixAddr):
        if not a.path:
            return -E.EINVAL
        target = net.unix_peer(_unix_key(proc, a, create=False))
        if s.stream:
            net.connect_stream(s, target)
        else:
            s.peer_sock, s.peer = target, target.local
        return 0
    if not s.stream:
        if _granted_datagram(proc, s, a):
            _to_host(proc, fd, s).connect(a)
            return 0
        if not (a.loopback or a.any) and not net.policy.allows("connect", a):
            try:
                net.policy.check("connect", a)
            except PolicyViolation as exc:
                return _refuse(proc, Sys.connect, exc, E.EACCES, fd, addr, addrlen)
        net.autobind_inet(s, a)
        s.peer = a
        return 0
    if s.outbox is not None:
        return -E.EISCONN
    listener = net.lookup_inet(s.proto, a, listening=True)
    if listener is not None:
        net.connect_stream(s, listener, a)
        return -E.EINPROGRESS if s.flags & os.O_NONBLOCK else 0
    if net.policy.allows("connect", a):
        _to_host(proc, fd, s).connect(a)
        return 0
    try:
        net.policy.check("connect", a)
    except PolicyViolation as exc:
        local = a.loopback or a.any
        return _refuse(proc, Sys.connect, exc, E.ECONNREFUSED if local else E.EACCES, fd, addr, addrlen)
    return -E.ECONNREFUSED


def _name(proc: Process, fd: int, addr: int, lenp: int, *, peer: bool) -> int:
    s = _sock(proc, fd)
    proc.mem._off(lenp, 4)
    if peer:
        if isinstance(s, Socket) and not (s.connected and s.peer is not None):
            return -E.ENOTCONN
        where = s.peer
        if where is None:
            return -E.ENOTCONN
    else:
        where = s.local
    _put_addr(proc, addr, lenp, encode(where, s.family))
    return 0


def sys_getsockname(proc: Process, fd: int, addr: int, lenp: int, *_: int) -> int:
    return _name(proc, fd, addr, lenp, peer=False)


def sys_getpeername(proc: Process, fd: int, addr: int, lenp: int, *_: int) -> int:
    return _name(proc, fd, addr, lenp, peer=True)


def sys_setsockopt(proc: Process, fd: int, level: int, name: int, val: int, vlen: int, *_: int) -> int:
    s = _sock(proc, fd)
    n = s32(vlen)
    if n < 0:
        return -E.EINVAL
    s.setsockopt(s32(level), s32(name), proc.mem.read(val, min(n, 64)))
    return 0


def sys_getsockopt(proc: Process, fd: int, level: int, name: int, val: int, lenp: int, *_: int) -> int:
    s = _sock(proc, fd)
    n = s32(int.from_bytes(proc.mem.read(lenp, 4), "little"))
    if n < 0:
        return -E.EINVAL
    value = s.getsockopt(s32(level), s32(name))[:n]
    proc.mem.write(val, value)
    proc.mem.write(lenp, struct.pack("<I", len(value)))
    return 0


def sys_shutdown(proc: Process, fd: int, how: int, *_: int) -> int:
    _sock(proc, fd).shutdown(s32(how))
    return 0


def _dest(proc: Process, s: _AnySocket, addr: int, addrlen: int) -> object:
    """A ``sendto``/``sendmsg`` destination: ``None``, an :class:`InetAddr`, or the ``AF_UNIX`` socket it names."""
    if not addr or isinstance(s, HostSocket) or (s.stream and s.family != AF_UNIX):
        return None  # TCP ignores the address, as Linux
    a = decode(_addr_bytes(proc, addr, addrlen), s.family)
    if isinstance(a, UnixAddr):
        if s.stream:
            return a
        return proc.net.unix_peer(_unix_key(proc, a, create=False))
    return a


def _send(proc: Process, nr: Sys, fd: int, s: _AnySocket, data: bytes, rights: list[OpenFile], dest: object,
          flags: int) -> int:  # fmt: skip
    if isinstance(s, Socket) and isinstance(dest, InetAddr) and _granted_datagram(proc, s, dest):
        s = _to_host(proc, fd, s)
    try:
        return s.send(data, rights=rights, dest=dest, flags=flags)  # type: ignore[arg-type]
    except PolicyViolation as exc:
        return _refuse(proc, nr, exc, E.EACCES, s.family, len(data), flags)
    except FsError as exc:
        if exc.errno == E.EPIPE and flags & MSG_NOSIGNAL:
            return -E.EPIPE
        raise


def _granted_datagram(proc: Process, s: Socket, dest: InetAddr) -> bool:
    """A UDP destination no socket of the domain holds, and the domain was granted it (a host socket takes over)."""
    net = proc.net
    return (not s.stream and s.family != AF_UNIX and net.lookup_inet(s.proto, dest, listening=False) is None
            and net.policy.allows("connect", dest))  # fmt: skip


def sys_sendto(proc: Process, fd: int, buf: int, n: int, flags: int, addr: int, addrlen: int) -> int:
    s = _sock(proc, fd)
    if s.type == SOCK_DGRAM and s.family != AF_UNIX and n > UDP_MAX:
        return -E.EMSGSIZE  # checked before the buffer is read, as Linux
    data = proc.mem.read(buf, min(n, MAX_IO))
    return _send(proc, Sys.sendto, fd, s, data, [], _dest(proc, s, addr, addrlen), flags)


def sys_recvfrom(proc: Process, fd: int, buf: int, n: int, flags: int, addr: int, lenp: int) -> int:
    s = _sock(proc, fd)
    n = min(n, MAX_IO)
    proc.mem._off(buf, n)
    data, rights, src, full = s.recv(n, flags)
    release_files(rights)
    proc.mem.write(buf, data)
    if src is not None or not isinstance(s, Socket) or not s.stream:
        _put_addr(proc, addr, lenp, encode(src, s.family))
    return full if flags & MSG_TRUNC and not (isinstance(s, Socket) and s.type == SOCK_STREAM) else len(data)


def _rights(proc: Process, control: int, clen: int) -> list[OpenFile]:
    """The open files named by the ``SCM_RIGHTS`` messages of a ``sendmsg`` control buffer."""
    raw = proc.mem.read(control, min(clen, 4096)) if control and clen else b""
    files: list[OpenFile] = []
    off = 0
    while off + _CMSG.size <= len(raw):
        length, level, kind = _CMSG.unpack_from(raw, off)
        if length < _CMSG.size or off + length > len(raw):
            raise FsError(E.EINVAL, "cmsg_len")
        if (level, kind) == (1, SCM_RIGHTS):
            for (fd,) in struct.iter_unpack("<i", raw[off + _CMSG.size : off + length][: (length - _CMSG.size) & ~3]):
                files.append(proc.file(fd, path=True))  # (an O_PATH fd may be passed, as on Linux)
        off += (length + 7) & ~7
    if len(files) > 253:
        raise FsError(E.EINVAL, "too many files in one message")
    return files


def sys_sendmsg(proc: Process, fd: int, msg: int, flags: int, *_: int) -> int:
    s = _sock(proc, fd)
    name, namelen, iov, iovlen, control, clen, _f = _MSGHDR.unpack(proc.mem.read(msg, _MSGHDR.size))
    data = b"".join(proc.mem.read(b, min(n, MAX_IO)) for b, n in proc.iovecs(iov, iovlen))
    files = _rights(proc, control, clen)
    if files and s.family != AF_UNIX:
        return -E.EINVAL
    dest = _dest(proc, s, name, namelen)
    rights = pass_files(files)
    try:
        sent = _send(proc, Sys.sendmsg, fd, s, data, rights, dest, flags)
    except BaseException:
        release_files(rights)
        raise
    if sent <= 0 and rights:
        release_files(rights)
    return sent


def sys_recvmsg(proc: Process, fd: int, msg: int, flags: int, *_: int) -> int:
    s = _sock(proc, fd)
    name, namelen, iov, iovlen, control, clen, _f = _MSGHDR.unpack(proc.mem.read(msg, _MSGHDR.size))
    vecs = proc.iovecs(iov, iovlen)
    for b, n in vecs:
        proc.mem._off(b, n)
    total = min(sum(n for _, n in vecs), MAX_IO)
    data, rights, src, full = s.recv(total, flags)
    off = 0
    for b, n in vecs:
        proc.mem.write(b, data[off : off + n])
        off += n
    out_flags = MSG_TRUNC if full > len(data) and not (isinstance(s, Socket) and s.type == SOCK_STREAM) else 0
    out_flags |= flags & MSG_CMSG_CLOEXEC  # Linux echoes it back
    cmsg = b""
    if rights:
        room = max(0, (clen - _CMSG.size) // 4) if control else 0
        keep, drop = rights[:room], rights[room:]
        if drop:
            out_flags |= MSG_CTRUNC
            release_files(drop)
        if keep:
            fds = [proc.install(f, cloexec=bool(flags & MSG_CMSG_CLOEXEC)) for f in keep]
            body = struct.pack(f"<{len(fds)}i", *fds)
            cmsg = _CMSG.pack(_CMSG.size + len(body), 1, SCM_RIGHTS) + body
            proc.mem.write(control, cmsg)
    if name and src is not None or (name and not (isinstance(s, Socket) and s.stream)):
        raw = encode(src, s.family)
        proc.mem.write(name, raw[: max(0, s32(namelen))])
        namelen = len(raw)
    elif name:
        namelen = 0
    proc.mem.write(msg + 8, struct.pack("<I", namelen))
    proc.mem.write(msg + 40, struct.pack("<Q", (len(cmsg) + 7) & ~7 if cmsg else 0))
    proc.mem.write(msg + 48, struct.pack("<i", out_flags))
    return full if flags & MSG_TRUNC and out_flags & MSG_TRUNC else len(data)


def sys_sendfile(proc: Process, out_fd: int, in_fd: int, offp: int, count: int, *_: int) -> int:
    """Copy from a file to any writable fd (servers send files to sockets with it); only what the
    destination took is consumed, so a short or parked write loses nothing."""
    src, dst = proc.file(in_fd), proc.file(out_fd)
    if not src.readable or not dst.writable:
        return -E.EBADF
    if isinstance(src, (Socket, HostSocket, PipeEnd)) or src.flags & os.O_APPEND:
        return -E.EINVAL  # Linux wants a source it can map (a regular file)
    pos = s64(proc.mem.u64(offp)) if offp else src.pos
    if pos < 0:
        return -E.EINVAL
    data = src.pread(min(count, MAX_IO), pos)
    if not data:
        return 0
    n = dst.write(data)
    if offp:
        proc.mem.put_u64(offp, pos + n)
    else:
        src.pos = pos + n
    return n


def _mmsg(proc: Process, fd: int, vec: int, vlen: int, flags: int, one: Handler) -> int:
    """``sendmmsg``/``recvmmsg``: ``one`` message at a time (``struct mmsghdr``: a ``msghdr`` and its
    ``msg_len``); the count done, or the first error when none was."""
    done = 0
    for i in range(min(vlen, 1024)):  # UIO_MAXIOV, as Linux caps vlen
        hdr = vec + i * (_MSGHDR.size + 8)
        try:
            n = one(proc, fd, hdr, flags & ~0x10000 if done else flags)  # MSG_WAITFORONE: only the first waits
        except FsError:
            if done:
                return done
            raise
        if n < 0:
            return done or n
        proc.mem.write(hdr + _MSGHDR.size, struct.pack("<I", n))
        done += 1
        if flags & 0x10000:  # MSG_WAITFORONE: the rest without waiting
            flags |= 0x40
    return done


def sys_sendmmsg(proc: Process, fd: int, vec: int, vlen: int, flags: int, *_: int) -> int:
    return _mmsg(proc, fd, vec, vlen, flags, sys_sendmsg)


def sys_recvmmsg(proc: Process, fd: int, vec: int, vlen: int, flags: int, *_: int) -> int:
    return _mmsg(proc, fd, vec, vlen, flags, sys_recvmsg)


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.socket: sys_socket,
    Sys.socketpair: sys_socketpair,
    Sys.bind: sys_bind,
    Sys.listen: sys_listen,
    Sys.accept: sys_accept,
    Sys.accept4: sys_accept4,
    Sys.connect: sys_connect,
    Sys.getsockname: sys_getsockname,
    Sys.getpeername: sys_getpeername,
    Sys.setsockopt: sys_setsockopt,
    Sys.getsockopt: sys_getsockopt,
    Sys.shutdown: sys_shutdown,
    Sys.sendto: sys_sendto,
    Sys.recvfrom: sys_recvfrom,
    Sys.sendmsg: sys_sendmsg,
    Sys.recvmsg: sys_recvmsg,
    Sys.sendmmsg: sys_sendmmsg,
    Sys.sendfile: sys_sendfile,
    Sys.recvmmsg: sys_recvmmsg,
}

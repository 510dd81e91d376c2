"""The readiness family on a process without a VM: poll/select/epoll/eventfd results, and parking."""

from __future__ import annotations

import errno
import struct

import pytest

from multipie.domains.legacy.syscalls import Blocked, Sys
from tests.domains.legacy.syscalls.harness import Harness


def pipe(h: Harness, flags: int = 0) -> tuple[int, int]:
    fds = h.alloc(8)
    assert h(Sys.pipe2, fds, flags) == 0
    return struct.unpack_from("<ii", h.buf, fds)


def test_poll_bits(h: Harness) -> None:
    r, w = pipe(h)
    fds = h.put(struct.pack("<ihhihhihhihh", r, 1, 0, w, 4, 0, 77, 1, 0, -1, 1, 0))
    assert h(Sys.poll, fds, 4, 0) == 2
    revents = [struct.unpack_from("<h", h.buf, fds + 8 * i + 6)[0] for i in range(4)]
    assert revents == [0, 4, 0x20, 0]
    h(Sys.close, w)
    assert h(Sys.poll, fds, 1, 0) == 1 and struct.unpack_from("<h", h.buf, fds + 6)[0] == 0x10  # POLLHUP


def test_select_sets_and_ebadf(h: Harness) -> None:
    r, w = pipe(h)
    rs, ws = h.put((1 << r).to_bytes(8, "little")), h.put((1 << w).to_bytes(8, "little"))
    tv = h.put(struct.pack("<qq", 0, 0))
    assert h(Sys.select, max(r, w) + 1, rs, ws, 0, tv) == 1
    assert int.from_bytes(h.buf[rs : rs + 8], "little") == 0 and int.from_bytes(h.buf[ws : ws + 8], "little") == 1 << w
    bad = h.put((1 << 60).to_bytes(8, "little"))
    assert h(Sys.select, 61, bad, 0, 0, tv) == -errno.EBADF
    assert h(Sys.select, 1, 0, 0, 0, h.put(struct.pack("<qq", 0, 2_000_000))) == -errno.EINVAL


def test_epoll_and_eventfd(h: Harness) -> None:
    ep = h(Sys.epoll_create1, 0)
    efd = h(Sys.eventfd2, 0, 0o4000 | 1)  # EFD_NONBLOCK | EFD_SEMAPHORE
    assert h(Sys.epoll_ctl, ep, 1, efd, h.put(struct.pack("<IQ", 1, 99))) == 0
    out = h.alloc(24)
    assert h(Sys.epoll_wait, ep, out, 2, 0) == 0
    assert h(Sys.write, efd, h.put((2).to_bytes(8, "little")), 8) == 8
    assert h(Sys.epoll_wait, ep, out, 2, 0) == 1 and struct.unpack_from("<IQ", h.buf, out) == (1, 99)
    buf = h.alloc(8)
    assert h(Sys.read, efd, buf, 8) == 8 and h(Sys.read, efd, buf, 8) == 8 and h(Sys.read, efd, buf, 8) == -11
    assert h(Sys.epoll_wait, ep, out, 0, 0) == -errno.EINVAL
    assert h(Sys.epoll_ctl, ep, 1, h(Sys.open, h.s("/etc/motd"), 0, 0), h.put(bytes(12))) == -errno.EPERM
    assert h(Sys.eventfd2, 0, 0x10) == -errno.EINVAL and h(Sys.epoll_create, 0) == -errno.EINVAL


def test_a_wait_parks_and_completes_when_ready(h: Harness) -> None:
    h.p.kernel = object()  # type: ignore[assignment]  # a scheduler is there: calls may park
    r, w = pipe(h)
    fds = h.put(struct.pack("<ihh", r, 1, 0))
    with pytest.raises(Blocked) as parked:
        h(Sys.poll, fds, 1, -1)
    assert parked.value.kind == "poll" and parked.value.until is None and parked.value.retry is not None
    with pytest.raises(Blocked):
        parked.value.retry()  # still nothing
    h(Sys.write, w, h.put(b"x"), 1)
    assert parked.value.retry() == 1 and struct.unpack_from("<h", h.buf, fds + 6)[0] == 1
    with pytest.raises(Blocked) as timed:
        h(Sys.epoll_wait, h(Sys.epoll_create1, 0), h.alloc(12), 1, 10)
    assert timed.value.until is not None  # the scheduler wakes it at its timeout


def test_ppoll_mask_is_installed_for_the_wait_only(h: Harness) -> None:
    h.p.kernel = object()  # type: ignore[assignment]
    h.p.sigmask = 0b1
    r, w = pipe(h)
    fds = h.put(struct.pack("<ihh", r, 1, 0))
    with pytest.raises(Blocked) as parked:
        h(Sys.ppoll, fds, 1, 0, h.put((0b110).to_bytes(8, "little")), 8)
    assert h.p.sigmask == 0b110 and h.p.saved_mask == 0b1
    h(Sys.write, w, h.put(b"x"), 1)
    assert parked.value.retry() == 1 and h.p.sigmask == 0b1 and h.p.saved_mask is None
    assert h(Sys.ppoll, fds, 1, 0, h.put(bytes(8)), 4) == -errno.EINVAL


def test_pipe2_flags(h: Harness) -> None:
    r, _w = pipe(h, 0o4000)
    assert h(Sys.fcntl, r, 3, 0) & 0o4000
    assert h(Sys.pipe2, h.alloc(8), 0x1) == -errno.EINVAL

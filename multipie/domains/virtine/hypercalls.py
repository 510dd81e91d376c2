"""The hypercall table: numbers, allow-list bits, and the checked dispatcher.

This is the host side of ``guest/virtine/virtine.h`` (a test keeps the two in
step). A guest asks for a hypercall with ``out %al, $VIRTINE_PORT``: number in
``rax``, arguments in ``rdi``, ``rsi``, ``rdx``; the result goes back in
``rax`` (negative values are ``-errno``). Before anything is dispatched the
number is checked against the image's :class:`Allow` set (deny by default):
a hypercall outside it raises :class:`~multipie.errors.PolicyViolation` naming
the granted set, and the virtine is torn down. Every guest pointer is checked
by :class:`~multipie.kvm.memory.GuestMemory` before the host reads
or writes through it.
"""

from __future__ import annotations

import enum
import errno
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from multipie.errors import CapabilityRevoked, PolicyViolation, ResourceExhausted, TrapCode
from multipie.kvm.memory import GuestMemory

__all__ = ["Allow", "CallContext", "DEFAULT_MAX_OUTPUT", "Hypercall", "VIRTINE_PORT", "dispatch", "allow_from_names"]

log = logging.getLogger("multipie.virtine")

#: The I/O port every hypercall (and the fault stubs) writes to.
VIRTINE_PORT = 0xE0
#: Most bytes one WRITE/LOG/OUTPUT hypercall may move (guests loop for more).
MAX_TRANSFER = 1 << 20
MAX_OPEN_FILES = 16
#: Default most bytes one call may send out through OUTPUT and WRITE together (``max_output=``).
DEFAULT_MAX_OUTPUT = 64 << 20


class Hypercall(enum.IntEnum):
    """Hypercall numbers (``HCALL_*`` in ``virtine.h``)."""

    RETURN = 0
    WRITE = 1
    LOG = 2
    INPUT = 3
    OUTPUT = 4
    TIME = 5
    OPEN = 6
    READ = 7
    CLOSE = 8
    #: Internal: the exception stubs report a CPU fault (vector in rdi, frame in rsi).
    FAULT = 9
    GRANT = 10


class Allow(enum.IntFlag):
    """Allow-list bits (``VIRTINE_ALLOW_*``); ``RETURN`` and ``FAULT`` need none."""

    NONE = 0
    WRITE = 1 << Hypercall.WRITE
    LOG = 1 << Hypercall.LOG
    INPUT = 1 << Hypercall.INPUT
    OUTPUT = 1 << Hypercall.OUTPUT
    TIME = 1 << Hypercall.TIME
    OPEN = 1 << Hypercall.OPEN
    READ = 1 << Hypercall.READ
    CLOSE = 1 << Hypercall.CLOSE
    GRANT = 1 << Hypercall.GRANT


ALWAYS = (1 << Hypercall.RETURN) | (1 << Hypercall.FAULT)


def allow_names(allow: Allow) -> list[str]:
    """The lower-case names of the hypercalls in ``allow`` (``["time", "write"]``)."""
    return sorted(a.name.lower() for a in Allow if a and a in allow and a.name)


def allow_from_names(names: list[str] | tuple[str, ...], *, where: str) -> Allow:
    """The :class:`Allow` set for hypercall names.

    Raises:
        ValueError: an unknown name (the message lists the known ones).
    """
    out = Allow.NONE
    for n in names:
        try:
            out |= Allow[n.upper()]
        except KeyError:
            known = ", ".join(allow_names(Allow(sum(Allow))))
            raise ValueError(f"{where}: unknown hypercall {n!r} in allow-list (known: {known})") from None
    return out


@dataclass
class CallContext:
    """What the hypercalls of one call may touch: the call's input/output, streams, files, the log.

    Attributes:
        input: bytes the guest reads with ``INPUT`` (consumed from ``input_pos``).
        output: bytes the guest appended with ``OUTPUT``.
        stdout, stderr: binary sinks for ``WRITE`` to fd 1 / 2 (``None``: discard).
        files: guest path → host path the guest may ``OPEN`` read-only.
        label: the domain's label for messages.
        grants: grant name → its window (``GrantWindow`` of :mod:`.windows`), for ``GRANT``.
        max_output: most bytes one call may send through ``OUTPUT`` and ``WRITE`` together
            (the host buffers OUTPUT and often WRITE sinks; a guest must not grow host memory
            without bound); past it the call fails with :class:`~multipie.errors.ResourceExhausted`.
        sent: bytes sent so far in the current call (the domain sets it to 0 before each call).
    """

    label: str = "virtine"
    input: bytes = b""
    input_pos: int = 0
    output: bytearray = field(default_factory=bytearray)
    stdout: BinaryIO | None = None
    stderr: BinaryIO | None = None
    files: dict[str, str] = field(default_factory=dict)
    open_files: dict[int, Any] = field(default_factory=dict)
    grants: dict[str, Any] = field(default_factory=dict)
    max_output: int = DEFAULT_MAX_OUTPUT
    sent: int = 0

    def charge(self, n: int, what: str) -> None:
        """Count ``n`` more bytes sent by this call.

        Raises:
            ResourceExhausted: the call would pass :attr:`max_output`.
        """
        if self.sent + n > self.max_output:
            raise ResourceExhausted(
                f"{self.label}: {what} would bring this call's output past its cap of {self.max_output} bytes "
                "(max_output=)",
                domain=self.label,
            )
        self.sent += n

    def start(self, data: bytes = b"") -> None:
        """Begin a call: fresh input, empty output, no files open."""
        self.input = data
        self.input_pos = 0
        self.output = bytearray()
        self.close_files()

    def close_files(self) -> None:
        """Close every file the guest opened."""
        for f in self.open_files.values():
            f.close()
        self.open_files.clear()


Handler = Callable[[CallContext, GuestMemory, int, int, int], int]


def _write(ctx: CallContext, mem: GuestMemory, fd: int, ptr: int, n: int) -> int:
    if fd not in (1, 2):
        return -errno.EBADF
    n = min(n, MAX_TRANSFER)
    sink = ctx.stdout if fd == 1 else ctx.stderr
    if sink is not None:
        data = mem.read(ptr, n, what="WRITE buffer")
        ctx.charge(n, "WRITE")
        sink.write(data)
    else:
        mem.offset(ptr, n, what="WRITE buffer")  # bounds-checked all the same
    return n


def _log(ctx: CallContext, mem: GuestMemory, ptr: int, n: int, _c: int) -> int:
    n = min(n, MAX_TRANSFER)
    text = mem.read(ptr, n, what="LOG buffer").decode("utf-8", "replace")
    log.info("%s: %s", ctx.label, text.rstrip("\n"))
    return n


def _input(ctx: CallContext, mem: GuestMemory, ptr: int, n: int, _c: int) -> int:
    chunk = ctx.input[ctx.input_pos : ctx.input_pos + min(n, MAX_TRANSFER)]
    mem.write(ptr, chunk, what="INPUT buffer")
    ctx.input_pos += len(chunk)
    return len(chunk)


def _output(ctx: CallContext, mem: GuestMemory, ptr: int, n: int, _c: int) -> int:
    n = min(n, MAX_TRANSFER)
    data = mem.slice(ptr, n, what="OUTPUT buffer")
    ctx.charge(n, "OUTPUT")
    ctx.output += data
    return n


def _time(ctx: CallContext, mem: GuestMemory, _a: int, _b: int, _c: int) -> int:
    return time.monotonic_ns()


def _open(ctx: CallContext, mem: GuestMemory, ptr: int, flags: int, _c: int) -> int:
    path = mem.read_cstring(ptr, 4096).decode("utf-8", "replace")
    host = ctx.files.get(path)
    if host is None:
        return -errno.ENOENT
    if flags & (os.O_WRONLY | os.O_RDWR):
        return -errno.EROFS
    if len(ctx.open_files) >= MAX_OPEN_FILES:
        return -errno.EMFILE
    try:
        f = open(host, "rb")  # noqa: SIM115 - closed by CLOSE or at the end of the call
    except OSError as exc:
        return -(exc.errno or errno.EIO)
    fd = 3 + next(i for i in range(MAX_OPEN_FILES + 1) if 3 + i not in ctx.open_files)
    ctx.open_files[fd] = f
    return fd


def _read(ctx: CallContext, mem: GuestMemory, fd: int, ptr: int, n: int) -> int:
    f = ctx.open_files.get(fd)
    if f is None:
        return -errno.EBADF
    view = mem.slice(ptr, min(n, MAX_TRANSFER), what="READ buffer")
    return f.readinto(view) or 0


def _close(ctx: CallContext, mem: GuestMemory, fd: int, _b: int, _c: int) -> int:
    f = ctx.open_files.pop(fd, None)
    if f is None:
        return -errno.EBADF
    f.close()
    return 0


def _grant(ctx: CallContext, mem: GuestMemory, name_ptr: int, size_ptr: int, _c: int) -> int:
    name = mem.read_cstring(name_ptr, 256).decode("utf-8", "replace")
    g = ctx.grants.get(name)
    if g is None:
        return -errno.ENOENT
    if g.revoked:
        raise CapabilityRevoked(
            f"{ctx.label}: looked up grant {name!r} after its capability was revoked",
            code=TrapCode.MEMORY_OUT_OF_BOUNDS,
        )
    if size_ptr:
        mem.write_u64(size_ptr, g.size)
    return int(g.gpa)


HANDLERS: dict[int, Handler] = {
    Hypercall.WRITE: _write,
    Hypercall.LOG: _log,
    Hypercall.INPUT: _input,
    Hypercall.OUTPUT: _output,
    Hypercall.TIME: _time,
    Hypercall.OPEN: _open,
    Hypercall.READ: _read,
    Hypercall.CLOSE: _close,
    Hypercall.GRANT: _grant,
}


def dispatch(nr: int, allow: Allow, ctx: CallContext, mem: GuestMemory, a: int, b: int, c: int) -> int:
    """Run hypercall ``nr`` if ``allow`` grants it; returns the value for the guest's ``rax``.

    Raises:
        PolicyViolation: ``nr`` is unknown or not granted (the message lists what is granted).
        Trap: a pointer argument lies outside guest memory (``MEMORY_OUT_OF_BOUNDS``).
    """
    handler = HANDLERS.get(nr)
    if handler is None or not (allow >> nr) & 1:
        name = Hypercall(nr).name if nr in Hypercall._value2member_map_ else f"#{nr}"
        granted = ", ".join(allow_names(allow)) or "none"
        raise PolicyViolation(f"{ctx.label}: hypercall {name} is not on this virtine's allow-list (granted: {granted})")
    return handler(ctx, mem, a, b, c) & 0xFFFFFFFFFFFFFFFF

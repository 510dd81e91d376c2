"""Virtines as a domain kind: :class:`VirtineService` (a loaded image) and :class:`VirtineDomain`.

A service parses and validates the image once and keeps a
:class:`~multipie.kvm.pool.Pool` of prepared machines. A domain
holds one machine; every call starts from the snapshot and the machine is
reset right after it, so no state of one call is visible to the next. A
fault, a forbidden hypercall or a timeout tears the domain down (the
``Domain`` contract); its machine is reset and goes back to the pool, so the
next domain (or the next call of a :mod:`multipie.virtine` callable) works.

Arguments: integers and floats in registers; ``bytes``/``bytearray``/
``memoryview`` for ``ptr`` parameters are copied into the guest's heap area
(writable ones are copied back after the call); a :class:`VirtineBuffer`
(``domain.buffer(n)``) is passed by its guest address with nothing copied.
Region grants (``spawn(grants={"env.buf": region.capability()})``) are bound by
:mod:`.grants`.
"""

from __future__ import annotations

import math
import struct
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from multipie.domains.base import Backend, Domain, DomainState, ExportInfo, ImportInfo, Limits, Service, lookup_export
from multipie.domains.virtine import grants as grants_mod
from multipie.domains.virtine import http as http_mod
from multipie.domains.virtine import image as image_mod
from multipie.domains.virtine.hypercalls import CallContext, Hypercall, allow_names
from multipie.domains.virtine.image import Entry, Image
from multipie.domains.virtine.machine import CallState, Counts, Machine, call_stats
from multipie.domains.virtine.stats import CallStats
from multipie.domains.virtine.windows import BUFFER_BASE
from multipie.errors import (
    ArgumentError,
    DomainError,
    OutOfMemory,
    PolicyViolation,
    ProtocolError,
    Timeout,
    Trap,
    UsageError,
)
from multipie.kvm.memory import GuestMemory
from multipie.kvm.pool import Pool
from multipie.sharing import Buffer

if TYPE_CHECKING:
    from multipie.capabilities import Capability
    from multipie.domains.base import Host

__all__ = ["BoundEntry", "CallResult", "VirtineBuffer", "VirtineDomain", "VirtineService"]

_RANGES = {"i32": (-(1 << 31), (1 << 32) - 1), "u32": (-(1 << 31), (1 << 32) - 1)}
_RANGE64 = (-(1 << 63), (1 << 64) - 1)
_MASK = (1 << 64) - 1


def _f32(f: float) -> bytes:
    """``f`` as a C ``float``: past f32's range it becomes ±inf, as a Wasm f32 argument does (struct raises)."""
    try:
        return struct.pack("<f", f)
    except OverflowError:
        return struct.pack("<f", math.copysign(math.inf, f))


@dataclass(frozen=True)
class CallResult:
    """What :meth:`VirtineDomain.run` returns: the function's value and the bytes it sent with ``OUTPUT``."""

    value: Any
    output: bytes


def _result(kind: str, rax: int, xmm: int) -> Any:
    if kind == "i64":
        return rax - (1 << 64) if rax >> 63 else rax
    if kind == "i32":
        v = rax & 0xFFFFFFFF
        return v - (1 << 32) if v >> 31 else v
    if kind == "u32":
        return rax & 0xFFFFFFFF
    if kind in ("u64", "ptr"):
        return rax
    if kind == "f64":
        return struct.unpack("<d", xmm.to_bytes(8, "little"))[0]
    if kind == "f32":
        return struct.unpack("<f", (xmm & 0xFFFFFFFF).to_bytes(4, "little"))[0]
    return None


class VirtineBuffer(Buffer):
    """A window of a domain's zero-copy buffer: the host fills and reads ``view``, the guest sees the same bytes.

    Get one with :meth:`VirtineDomain.buffer`; pass it (or a :meth:`window` of it) for a ``ptr``
    parameter and the guest gets its address (:attr:`gpa`), with nothing copied. The bytes belong
    to the caller: they are not reset between calls of the domain (the caller decides what is in
    them), and no other domain ever sees them (the domain's close unmaps them from the VM).

    Attributes:
        gpa: the guest address of the window's first byte.
    """

    __slots__ = ("gpa", "_memory")

    def __init__(self, memory: GuestMemory, offset: int = 0, length: int | None = None, *, where: str) -> None:
        super().__init__(memory.view, offset, length, where=where)
        self._memory = memory
        self.gpa = BUFFER_BASE + offset

    def window(self, offset: int, length: int | None = None) -> VirtineBuffer:
        """A sub-window ``[offset, offset + length)`` of this one (no copy).

        Raises:
            UsageError: the sub-window is outside this window.
        """
        if length is None:
            length = self.length - offset
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0 or offset + length > self.length:
            raise UsageError(f"buffer: window [{offset}, {offset + length}) is outside [0, {self.length})")
        return VirtineBuffer(self._memory, self.offset + offset, length, where="buffer")

    def __repr__(self) -> str:
        return f"<VirtineBuffer gpa 0x{self.gpa:x} ({self.length} bytes)>"


class BoundEntry:
    """A callable bound to one entry of one domain: ``f = d.export("fib"); f(20)``."""

    __slots__ = ("_domain", "entry", "_simple")

    def __init__(self, domain: VirtineDomain, entry: Entry) -> None:
        self._domain = domain
        self.entry = entry
        self._simple = all(p in ("i64", "u64") for p in entry.params) and entry.result in ("i64", "u64", "i32")

    def __call__(self, *args: Any) -> Any:
        return self._domain._invoke(self.entry, args, None)[0]

    def __repr__(self) -> str:
        return f"<virtine entry {self.entry.describe()} of {self._domain.label}>"


class VirtineService(Service["VirtineDomain"]):
    """A validated virtine image; spawns :class:`VirtineDomain` s. Create with :meth:`multipie.Runtime.load`.

    Args:
        host: the loading runtime's host.
        data: the image file's bytes.
        name, digest: as for every service.
        pool_size: idle machines kept ready.
    """

    kind = "virtine"

    def __init__(self, host: Host, data: bytes, *, name: str, digest: str, pool_size: int = 4) -> None:
        super().__init__(host, name=name, digest=digest)
        self.image: Image = image_mod.parse(data, where=name)
        self.pool: Pool[Machine] = Pool(lambda: Machine(self.image), size=pool_size)
        self._imports = tuple(
            ImportInfo("hypercall", n, "hypercall", f"#{int(Hypercall[n.upper()])}")
            for n in allow_names(self.image.allow)
        )
        self._exports = tuple(
            ExportInfo(
                e.name,
                "function",
                ",".join(e.params) + "->" + ("" if e.result == "void" else e.result),
                e.params,
                () if e.result == "void" else (e.result,),
            )
            for e in self.image.entries.values()
        )

    def details(self) -> dict[str, object]:
        """Entry points, sizes (bytes), allow-list and pool counters for ``multipie inspect`` (JSON-ready data)."""
        img = self.image
        return {
            "entry_points": [e.describe() for e in img.entries.values()],
            "allow_list": allow_names(img.allow),
            "memory": img.memory,
            "image_size": img.end - image_mod.LOAD_ADDR,
            "payload_size": len(img.payload),
            "sections": dict(sorted(img.sections.items())),
            "stack": img.stack,
            "pool": self.pool.stats(),
        }

    def release_idle(self) -> int:
        """Close the pool's idle machines; the pool stays and refills on later spawns."""
        return self.pool.drain()

    def close(self) -> None:
        """Close the pool's idle machines (called by ``Runtime.close``); later spawns still work."""
        self.pool.close()
        self.pool = Pool(lambda: Machine(self.image), size=self.pool.size)

    def entry(self, name: str) -> Entry:
        """The entry point ``name``.

        Raises:
            NoSuchExport: no such entry (the message lists them).
        """
        return lookup_export(self.image.entries, name, where=self.name, what="entry point")

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """Limits of a spawn: virtines take no ``fuel``, and the image must fit ``memory_limit``.

        Raises:
            UsageError: ``fuel`` was given (virtines are not metered; use ``timeout``).
            OutOfMemory: the image needs more memory than ``memory_limit``.
        """
        if fuel is not None:
            raise UsageError(f"{self.name}: virtines are not fuel-metered; use timeout= instead")
        limits = self.host.limits(memory_limit=memory_limit, fuel=None, timeout=timeout)
        if limits.memory_limit is not None and self.image.memory > limits.memory_limit:
            raise OutOfMemory(
                f"{self.name}: the image needs {self.image.memory} bytes of guest memory, "
                f"more than the limit of {limits.memory_limit}"
            )
        return limits

    def _construct(  # type: ignore[override]  # the kind's own spawn options
        self,
        limits: Limits,
        grants: Mapping[str, Any] | None,
        *,
        stdout: BinaryIO | None = None,
        stderr: BinaryIO | None = None,
        files: Mapping[str, str] | None = None,
        max_output: int | None = None,
    ) -> VirtineDomain:
        """The virtine step of :meth:`~multipie.domains.base.Service.spawn`: a machine from the pool.

        Args:
            grants: ``"module.name"`` → a region capability (``region.capability()``); each
                maps into the guest as a memory slot (read-only grants: a read-only slot), see
                :mod:`multipie.domains.virtine.grants`.
            stdout, stderr: binary sinks for the ``WRITE`` hypercall (``None``: discarded).
            files: guest path → host path the guest may open read-only (``OPEN``/``READ``).
            max_output: most bytes one call may send through ``OUTPUT`` and ``WRITE``
                (default :data:`~multipie.domains.virtine.hypercalls.DEFAULT_MAX_OUTPUT`);
                more fails the call with ``ResourceExhausted`` and tears the domain down.

        Raises:
            UsageError: a bad ``max_output``.
            CapabilityError: a grant is forged, foreign, revoked or not a memory capability.
        """
        bad_cap = isinstance(max_output, bool) or not isinstance(max_output, int) or max_output < 0
        if max_output is not None and bad_cap:
            raise UsageError(f"{self.name}: max_output must be a non-negative int, got {max_output!r}")
        caps = self.bind_grants(grants) if grants is not None else []
        domain = VirtineDomain(self, limits, self.pool.get(), stdout=stdout, stderr=stderr, files=files)
        if max_output is not None:
            domain.ctx.max_output = max_output
        if caps:
            try:
                domain._grants = grants_mod.bind(self.host, domain.machine.windows, caps, domain.label)
            except BaseException:
                domain.close()
                raise
            domain.ctx.grants = {b.window.key: b.window for _, b in domain._grants}
        return domain

    def bind_grants(self, grants: Mapping[str, Any]) -> list[tuple[str, Capability]]:
        """``grants`` checked against the runtime's capability table, in window order.

        Raises:
            CapabilityError: a grant is forged, foreign, revoked, not a memory capability, or too many.
        """
        return grants_mod.check(self.host, self.name, grants)


class VirtineDomain(Domain):
    """One virtine: a machine from the service's pool, reset after every call."""

    def __init__(
        self,
        service: VirtineService,
        limits: Limits,
        machine: Machine,
        *,
        stdout: BinaryIO | None = None,
        stderr: BinaryIO | None = None,
        files: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(service, limits)
        self._vservice = service
        self._machine: Machine | None = machine
        self._lock = threading.Lock()
        self.ctx = CallContext(label=self.label, stdout=stdout, stderr=stderr, files=dict(files or {}))
        self._bound: dict[str, BoundEntry] = {}
        self._grants: list[grants_mod.Grant] = []
        self._counts: Counts | None = None
        machine.last_counts = None  # the previous tenant's counters are not this domain's to read

    @property
    def stats(self) -> CallStats | None:
        """What this domain's last call cost (exits, guest and host time, faults, pages), or ``None`` before any.

        A faulted call's counters are kept too (the domain is closed then, its stats stay readable).
        """
        return call_stats(self._counts)

    @property
    def machine(self) -> Machine:
        """The domain's machine (for runtime extensions and benchmarks).

        Raises:
            DomainClosed: the domain is not open.
        """
        if self._machine is None:
            raise self._closed_error()
        return self._machine

    def buffer(self, size: int) -> VirtineBuffer:
        """The domain's zero-copy buffer, at least ``size`` bytes, mapped into the guest at ``VIRTINE_BUFFER``.

        The first call maps fresh zeroed memory; later calls return the same memory while it is
        large enough (a larger size maps a new, zeroed buffer, and older ``VirtineBuffer`` s can no
        longer be passed). See :class:`VirtineBuffer` for who owns the bytes.

        Raises:
            OutOfMemory: ``size`` is not 1 byte..4 GiB, or the image plus the buffer exceed ``memory_limit``.
            DomainClosed: the domain is not open.
        """
        if isinstance(size, bool) or not isinstance(size, int):
            raise UsageError(f"{self.label}: buffer size must be an int, got {type(size).__name__}")
        limit = self.limits.memory_limit
        if limit is not None and self._vservice.image.memory + size > limit:
            raise OutOfMemory(
                f"{self.label}: a {size}-byte buffer plus the image's {self._vservice.image.memory} bytes "
                f"exceed the memory limit of {limit}"
            )
        with self._lock:
            mem = self.machine.windows.map_buffer(size)
            return VirtineBuffer(mem, 0, size, where=self.label)

    def export(self, name: str) -> BoundEntry:
        """A :class:`BoundEntry` for entry point ``name``."""
        bound = self._bound.get(name)
        if bound is None:
            if self.state is not DomainState.OPEN:
                raise self._closed_error()
            bound = self._bound[name] = BoundEntry(self, self._vservice.entry(name))
        return bound

    def call(self, name: str, *args: Any) -> Any:
        """Call entry point ``name``; see :meth:`multipie.domains.base.Domain.call`.

        Raises:
            PolicyViolation: the guest made a hypercall outside its allow-list (domain torn down).
        """
        return self.export(name)(*args)

    def run(self, name: str, *args: Any, input: bytes = b"") -> CallResult:
        """Call ``name`` with ``input`` readable by the ``INPUT`` hypercall; returns value and ``OUTPUT`` bytes."""
        value, output = self._invoke(self.export(name).entry, args, bytes(input))
        return CallResult(value, output)

    # -- the call ------------------------------------------------------------------

    def _convert(self, entry: Entry, args: tuple[Any, ...], m: Machine) -> tuple[list[int], bytes | None, list]:
        if len(args) != len(entry.params):
            raise ArgumentError.arity(self.label, entry.name, entry.params, len(args))
        ints: list[int] = []
        floats = bytearray()
        copy_back: list[tuple[int, Any]] = []
        heap = m.image.heap_start
        for i, (kind, a) in enumerate(zip(entry.params, args)):

            def bad(problem: str, i: int = i, kind: str = kind, a: Any = a) -> ArgumentError:
                return ArgumentError.bad_value(self.label, entry.name, i, kind, a, problem)

            if kind in ("f64", "f32"):
                if isinstance(a, bool) or not isinstance(a, (int, float)):
                    raise bad(f"expected a float, got {type(a).__name__}")
                try:
                    f = float(a)
                except OverflowError:
                    raise bad("too large for a float") from None
                floats += struct.pack("<d", f) if kind == "f64" else _f32(f).ljust(8, b"\0")
            elif kind == "ptr" and isinstance(a, VirtineBuffer):
                if a._memory is not m.windows.buffer:
                    raise bad("this buffer is not the domain's current buffer (see buffer())")
                ints.append(a.gpa)
            elif kind == "ptr" and isinstance(a, (bytes, bytearray, memoryview)):
                view = memoryview(a).cast("B") if isinstance(a, memoryview) else a
                n = len(view)
                if heap + n > m.image.heap_end:
                    raise bad(
                        f"a buffer of {n} bytes does not fit the virtine's free memory "
                        f"({m.image.heap_end - m.image.heap_start} bytes); build it with a larger memory="
                    )
                m.host_write(heap, view)
                ints.append(heap)
                if isinstance(a, bytearray) or (isinstance(a, memoryview) and not a.readonly):
                    copy_back.append((heap, view))
                heap = (heap + n + 15) & ~15
            elif isinstance(a, int) and not isinstance(a, bool) or (kind == "ptr" and a is None):
                v = 0 if a is None else a
                lo, hi = _RANGES.get(kind, _RANGE64)
                if not lo <= v <= hi:
                    raise bad(f"out of range {lo}..{hi}")
                ints.append(v & _MASK)
            else:
                want = "bytes-like or an int" if kind == "ptr" else "an int"
                raise bad(f"expected {want}, got {type(a).__name__}")
        return ints, (bytes(floats) if floats else None), copy_back

    def _invoke(self, entry: Entry, args: tuple[Any, ...], input: bytes | None) -> tuple[Any, bytes]:
        with self._lock:
            m = self._machine
            if m is None or self.state is not DomainState.OPEN:
                raise self._closed_error()
            ctx = self.ctx
            if input is not None or ctx.input or ctx.output:
                ctx.start(input or b"")
            try:
                ints, floats, copy_back = self._convert(entry, args, m)
            except BaseException:
                m.reset()
                raise
            ctx.sent = 0
            try:
                rax, xmm = m.call(entry.addr, ints, floats, ctx, self._vservice.image.allow, self.limits.timeout)
            except (Trap, Timeout, PolicyViolation, DomainError) as exc:
                if isinstance(exc, DomainError):
                    exc.domain = self.label
                self._teardown(m)
                raise
            except BaseException:
                self._teardown(m)
                raise
            try:
                for gpa, view in copy_back:
                    view[:] = m.memory.slice(gpa, len(view))
                output = bytes(ctx.output) if ctx.output else b""
                if ctx.open_files:
                    ctx.close_files()
                return _result(entry.result, rax, xmm), output
            finally:
                m.reset()
                self._counts = m.last_counts

    def http_exchange(self, head: bytes, body: bytes, *, max_response: int = 64 << 20) -> bytes:
        """Serve one HTTP request through the entry ``http_handle`` (see :mod:`.http` for the ABI).

        Head and body are copied into the virtine's free memory, the entry runs once, and the
        response bytes are copied out before the machine is reset, so nothing of this request
        is visible to the next call.

        Args:
            head: the HTTP/1.1 request head (request line, headers, empty line).
            body: the request body.
            max_response: the largest response accepted.

        Returns:
            The raw CGI-style response (headers, empty line, body).

        Raises:
            NoSuchExport: the image has no ``http_handle`` entry.
            OutOfMemory: the request leaves no room for a response (the guest did not run).
            ProtocolError: the returned range is outside the virtine's memory or past
                ``resp_cap`` (the domain is torn down).
            Trap, Timeout, PolicyViolation: the guest faulted, ran too long or made a
                forbidden hypercall (the domain is torn down).
            DomainClosed: the domain is not open.
        """
        entry = self._vservice.entry(http_mod.ENTRY)
        image = self._vservice.image
        with self._lock:
            m = self._machine
            if m is None or self.state is not DomainState.OPEN:
                raise self._closed_error()
            ctx = self.ctx
            if ctx.input or ctx.output:
                ctx.start(b"")
            lay = http_mod.layout(image, len(head), len(body), where=self.label)
            try:
                m.host_write(lay.req, head)
                m.host_write(lay.req + lay.head_len, body)
            except BaseException:
                m.reset()
                raise
            ctx.sent = 0
            try:
                rax, _ = m.call(entry.addr, lay.args, None, ctx, image.allow, self.limits.timeout)
            except BaseException as exc:
                if isinstance(exc, DomainError):
                    exc.domain = self.label
                self._teardown(m)
                raise
            data = self._http_response(m, lay, rax, max_response)
            if ctx.open_files:
                ctx.close_files()
            m.reset()
            self._counts = m.last_counts
            return data

    def _http_response(self, m: Machine, lay: Any, rax: int, max_response: int) -> bytes:
        """The response bytes the guest returned in ``rax``; a bad range tears the domain down."""
        try:
            ptr, n = http_mod.response_range(self._vservice.image, lay, rax, where=self.label)
            if n > max_response:
                raise ProtocolError(f"{self.label}: http_handle returned a {n}-byte response, over {max_response}")
            return m.memory.read(ptr, n, what="http response")
        except ProtocolError as exc:
            exc.domain = self.label
            self._teardown(m)  # resets the machine on its way back to the pool
            raise
        except BaseException:
            self._teardown(m)
            raise

    def _teardown(self, m: Machine) -> None:
        self.ctx.close_files()
        self._machine = None
        self._give_back(m)
        self._fault()

    def _give_back(self, m: Machine) -> None:
        """Unbind grants, drop the buffer, reset; back to the pool only if clean and reusable."""
        grants, self._grants = self._grants, []
        self.ctx.grants = {}
        try:
            grants_mod.unbind(self._vservice.host, grants)
            m.windows.clear()
            if not m.clean:  # a call's own reset usually ran already: the dirty log has nothing new
                m.reset()
                self._counts = m.last_counts
            m.scrub()
            ok = m.state is CallState.READY and m.reusable and m.windows.empty
        except Exception:  # noqa: BLE001 - a machine that cannot reset is closed, never reused
            ok = False
        if ok:
            self._vservice.pool.put(m)
        else:
            m.close()

    @property
    def memory(self) -> memoryview:
        """A zero-copy view of guest memory (reset after every call; invalid after close)."""
        return self.machine.memory.view

    def _release(self) -> None:
        m, self._machine = self._machine, None
        self._bound.clear()
        self.ctx.close_files()
        if m is not None:
            self._give_back(m)


#: The virtine kind, as :mod:`multipie.domains.registry` names it.
BACKEND = Backend(kind="virtine", load=VirtineService)


ExportCallable = Callable[..., Any]

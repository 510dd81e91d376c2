"""The WASI 0.2 interfaces a ``wasi:http/proxy`` handler imports besides ``wasi:http``, as host resources.

Wasmtime's own ``wasi:io`` (``Linker.add_wasip2``) cannot be combined with host
resources defined from Python: its streams are Rust resource types a Python host
function can neither create nor read, and ``wasi:http/types`` hands out and takes
``input-stream``/``output-stream``/``pollable``. So an HTTP component's linker gets
these interfaces from here instead: ``wasi:io/{error,poll,streams}``,
``wasi:clocks/{monotonic-clock,wall-clock}``, ``wasi:random/random`` and
``wasi:cli/{stdin,stdout,stderr}`` (the proxy world's imports), over the per-request
:class:`Table` of :mod:`~multipie.domains.component.http_types`.

Semantics follow Wasmtime's implementation (``wasmtime-wasi``'s p2 host): a read at
the end of a stream is ``closed``; ``blocking-write-and-flush`` takes at most 4096
bytes (more traps); every blocking wait is bounded by the request's deadline (a
handler waiting past it fails with :class:`HostTimeout`, which the gateway reports
as a timeout).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Any, Protocol

from wasmtime import component as wc
from wasmtime.component import Variant

from multipie.domains.wasm._capi.component_native import add_resource, define_func

__all__ = [
    "HostTimeout", "InputStream", "OutputStream", "ResourceKinds", "Sink", "Source", "Table", "Versions", "define_io",
]  # fmt: skip

#: Largest buffer ``blocking-write-and-flush`` accepts (as Wasmtime's host).
MAX_BLOCKING_WRITE = 4096
#: What ``check-write`` permits at once.
WRITE_BUDGET = 1 << 20
#: Bytes of a handler's stdout/stderr kept per request (the rest is dropped).
LOG_CAP = 64 << 10

V = "@0.2.0"  # Wasmtime's linker serves any 0.2.x import from a 0.2.0 definition (semver matching)


class Versions:
    """The name an interface is defined under: ``iface@0.2.N`` as the component imports it.

    Wasmtime's linker would serve a 0.2.9 import from a 0.2.0 definition, but
    ``define_unknown_imports_as_traps`` (for the interfaces nobody answers, see
    :mod:`.http_cli`) fills every import without an exact definition with traps, which would
    shadow it; so each interface is defined at exactly the version imported (``@0.2.0`` when
    the component does not import it).
    """

    def __init__(self, imported: Iterable[str] = ()) -> None:
        self._at: dict[str, str] = {}
        for name in imported:
            iface, sep, version = name.partition("@")
            if sep:
                self._at[iface] = "@" + version

    def __call__(self, iface: str) -> str:
        return iface + self._at.get(iface, V)


class HostTimeout(Exception):
    """A handler waited in the host (a blocking read, a poll) past its request's deadline."""


class Source(Protocol):
    """Bytes arriving for an input stream (a request body, stdin)."""

    def read(self, n: int) -> bytes | None:
        """Up to ``n`` bytes available now (``b""`` if none yet), or None at the end."""

    def ready(self) -> bool:
        """Whether a read would return data or the end without waiting."""


class Sink(Protocol):
    """Where an output stream's bytes go (a response body, a log)."""

    def write(self, data: bytes) -> None:
        """Take ``data`` (already checked against the stream's budget)."""


class Table:
    """One request's host resources: ``rep`` → object; the guest holds reps as handles."""

    def __init__(self, deadline: float | None = None) -> None:
        self.items: dict[int, Any] = {}
        self._next = 1
        #: monotonic time after which host waits fail (the request's timeout).
        self.deadline = deadline
        #: notified whenever a source gets data or ends (wakes pollers).
        self.cond = threading.Condition()
        self.log = bytearray()

    def push(self, obj: Any) -> int:
        """Store ``obj``; returns its rep."""
        rep = self._next
        self._next += 1
        self.items[rep] = obj
        return rep

    def get(self, rep: int, kind: type) -> Any:
        """The object at ``rep``, checked to be a ``kind`` (a wrong handle is the guest's fault: a trap)."""
        obj = self.items.get(rep)
        if not isinstance(obj, kind):
            raise ValueError(f"invalid {kind.__name__} handle {rep}")
        return obj

    def wait(self, ready: Callable[[], bool], until: float | None = None) -> None:
        """Block until ``ready()`` or monotonic ``until``; :class:`HostTimeout` past the request's deadline."""
        with self.cond:
            while not ready():
                now = time.monotonic()
                if until is not None and now >= until:
                    return
                if self.deadline is not None and now >= self.deadline:
                    raise HostTimeout("the handler waited in the host past its request's deadline")
                ends = [t for t in (until, self.deadline) if t is not None]
                self.cond.wait(min(ends) - now if ends else None)

    def notify(self) -> None:
        """Wake waiters (a source got data or ended)."""
        with self.cond:
            self.cond.notify_all()


_local = threading.local()


def current() -> Table:
    """The table of the request this thread serves."""
    table: Table | None = getattr(_local, "table", None)
    if table is None:
        raise RuntimeError("no HTTP request is being served on this thread")
    return table


def bind(table: Table | None) -> None:
    """Make ``table`` the current request's (None: unbind)."""
    _local.table = table


class ResourceKinds:
    """Host resource type ids, one per WIT resource (arbitrary, distinct u32s)."""

    ERROR, POLLABLE, INPUT, OUTPUT = 0x4D50_0001, 0x4D50_0002, 0x4D50_0003, 0x4D50_0004


def own(obj: Any, kind: int) -> tuple[int, int]:
    """A new ``own`` handle for ``obj`` in the current request's table (as ``define_func`` returns one)."""
    return kind, current().push(obj)


def take(store: Any, rep: int, kind: type) -> Any:
    """An ``own`` handle the guest gave back: the object, removed from the table."""
    table = current()
    obj = table.get(rep, kind)
    del table.items[rep]
    return obj


# -- objects -------------------------------------------------------------------------------


class IoError:
    """``wasi:io/error.error``: a message."""

    def __init__(self, message: str) -> None:
        self.message = message


class Pollable:
    """``wasi:io/poll.pollable``: ready when ``check()`` is true or at ``until`` (monotonic seconds)."""

    def __init__(self, check: Callable[[], bool] | None = None, until: float | None = None) -> None:
        self.check = check
        self.until = until

    def ready(self) -> bool:
        """Whether it is ready now."""
        if self.until is not None and time.monotonic() >= self.until:
            return True
        return self.check() if self.check is not None else self.until is None


class InputStream:
    """``wasi:io/streams.input-stream`` over a :class:`Source`."""

    def __init__(self, source: Source) -> None:
        self.source = source

    def read(self, n: int, *, block: bool) -> Variant:
        """``result<list<u8>, stream-error>``: what is there (waiting for some when ``block``)."""
        src = self.source
        if block and n:
            current().wait(src.ready)
        data = src.read(min(n, 1 << 22))
        if data is not None:
            return Variant("ok", data)
        failed = getattr(src, "failed", None)  # the body was cut (client gone, over max_body)
        if failed:
            return Variant("err", Variant("last-operation-failed", own(IoError(failed), ResourceKinds.ERROR)))
        return Variant("err", Variant("closed"))


class OutputStream:
    """``wasi:io/streams.output-stream`` into a :class:`Sink`."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink
        self.closed = False

    def write(self, data: bytes, *, limit: int) -> Variant:
        """``result<_, stream-error>`` of writing ``data`` (over ``limit`` is the guest's error: a trap)."""
        if self.closed:
            return Variant("err", Variant("closed"))
        if len(data) > limit:
            raise ValueError(f"buffer too large for this write ({len(data)} bytes, at most {limit} allowed)")
        if data:
            self.sink.write(data)
        return Variant("ok")


class EmptySource:
    """A source at its end (stdin)."""

    def read(self, n: int) -> bytes | None:
        """Always the end."""
        return None

    def ready(self) -> bool:
        """Always ready."""
        return True


class LogSink:
    """stdout/stderr of a handler: kept (up to :data:`LOG_CAP`) in the request's table for the gateway's log."""

    def write(self, data: bytes) -> None:
        """Append to the request's log."""
        log = current().log
        room = LOG_CAP - len(log)
        if room > 0:
            log += data[:room]


# -- definitions ---------------------------------------------------------------------------


def _dtor(store: Any, rep: int) -> None:
    table: Table | None = getattr(_local, "table", None)
    if table is not None:
        obj = table.items.pop(rep, None)
        dropped = getattr(obj, "dropped", None)
        if dropped is not None:
            dropped()


def resource(inst: wc.LinkerInstance, name: str, kind: int) -> None:
    """Define host resource ``name`` of type ``kind`` (dropping it frees the table entry)."""
    add_resource(inst, name, kind, _dtor)


def define_io(linker: wc.Linker, at: Versions | None = None) -> None:
    """Define the non-HTTP imports of the proxy world in ``linker`` (named by ``at``: ``iface@0.2.N``)."""
    at = at or Versions()
    with linker.root() as root:
        with root.add_instance(at("wasi:io/error")) as inst:
            resource(inst, "error", ResourceKinds.ERROR)
            define_func(inst, "[method]error.to-debug-string", lambda s, e: _get(s, e, IoError).message)
        with root.add_instance(at("wasi:io/poll")) as inst:
            _define_poll(inst)
        with root.add_instance(at("wasi:io/streams")) as inst:
            _define_streams(inst)
        with root.add_instance(at("wasi:clocks/monotonic-clock")) as inst:
            define_func(inst, "now", lambda s: time.monotonic_ns())
            define_func(inst, "resolution", lambda s: 1)
            define_func(inst, "subscribe-instant", lambda s, t: own(Pollable(until=t / 1e9), ResourceKinds.POLLABLE))
            define_func(
                inst,
                "subscribe-duration",
                lambda s, d: own(Pollable(until=time.monotonic() + d / 1e9), ResourceKinds.POLLABLE),
            )
        with root.add_instance(at("wasi:clocks/wall-clock")) as inst:
            define_func(inst, "now", lambda s: _datetime(time.time_ns()))
            define_func(inst, "resolution", lambda s: _datetime(1))
        with root.add_instance(at("wasi:random/random")) as inst:
            define_func(inst, "get-random-bytes", lambda s, n: os.urandom(min(n, 1 << 20)))
            define_func(inst, "get-random-u64", lambda s: int.from_bytes(os.urandom(8), "little"))
        for name, make in (
            ("stdin", lambda s: own(InputStream(EmptySource()), ResourceKinds.INPUT)),
            ("stdout", lambda s: own(OutputStream(LogSink()), ResourceKinds.OUTPUT)),
            ("stderr", lambda s: own(OutputStream(LogSink()), ResourceKinds.OUTPUT)),
        ):
            with root.add_instance(at(f"wasi:cli/{name}")) as inst:
                define_func(inst, f"get-{name}", make)


def _datetime(ns: int) -> SimpleNamespace:
    return SimpleNamespace(seconds=ns // 1_000_000_000, nanoseconds=ns % 1_000_000_000)


def _get(store: Any, rep: int, kind: type) -> Any:
    return current().get(rep, kind)


def _poll(store: Any, handles: list[int]) -> list[int]:
    if not handles:
        raise ValueError("poll: empty list of pollables")
    table = current()
    polls = [table.get(h, Pollable) for h in handles]

    def ready() -> bool:
        return any(p.ready() for p in polls)

    until = min((p.until for p in polls if p.until is not None), default=None)
    while not ready():
        table.wait(ready, until)
    return [i for i, p in enumerate(polls) if p.ready()]


def _block(store: Any, handle: int) -> None:
    _poll(store, [handle])


def _define_poll(inst: wc.LinkerInstance) -> None:
    resource(inst, "pollable", ResourceKinds.POLLABLE)
    define_func(inst, "[method]pollable.ready", lambda s, p: _get(s, p, Pollable).ready())
    define_func(inst, "[method]pollable.block", _block)
    define_func(inst, "poll", _poll)


def _read(block: bool) -> Callable[[Any, int, int], Variant]:
    return lambda s, h, n: _get(s, h, InputStream).read(n, block=block)


def _skip(block: bool) -> Callable[[Any, int, int], Variant]:
    def run(s: Any, h: int, n: int) -> Variant:
        got = _get(s, h, InputStream).read(n, block=block)
        return Variant("ok", len(got.payload)) if got.tag == "ok" else got

    return run


def _write(limit: int, zeroes: bool = False) -> Callable[[Any, int, Any], Variant]:
    def run(s: Any, h: int, data: Any) -> Variant:
        return _get(s, h, OutputStream).write(bytes(data) if zeroes else data, limit=limit)

    return run


def _check_write(s: Any, h: int) -> Variant:
    out = _get(s, h, OutputStream)
    return Variant("err", Variant("closed")) if out.closed else Variant("ok", WRITE_BUDGET)


def _flush(s: Any, h: int) -> Variant:
    out = _get(s, h, OutputStream)
    return Variant("err", Variant("closed")) if out.closed else Variant("ok")


def _splice(block: bool) -> Callable[[Any, int, int, int], Variant]:
    def run(s: Any, h: int, src: int, n: int) -> Variant:
        out = _get(s, h, OutputStream)
        got = _get(s, src, InputStream).read(min(n, WRITE_BUDGET), block=block)
        if got.tag != "ok":
            return got
        res = out.write(got.payload, limit=WRITE_BUDGET)
        return Variant("ok", len(got.payload)) if res.tag == "ok" else res

    return run


def _define_streams(inst: wc.LinkerInstance) -> None:
    resource(inst, "input-stream", ResourceKinds.INPUT)
    resource(inst, "output-stream", ResourceKinds.OUTPUT)
    for name, fn in (
        ("[method]input-stream.read", _read(False)),
        ("[method]input-stream.blocking-read", _read(True)),
        ("[method]input-stream.skip", _skip(False)),
        ("[method]input-stream.blocking-skip", _skip(True)),
        (
            "[method]input-stream.subscribe",
            lambda s, h: own(Pollable(_get(s, h, InputStream).source.ready), ResourceKinds.POLLABLE),
        ),
        ("[method]output-stream.check-write", _check_write),
        ("[method]output-stream.write", _write(WRITE_BUDGET)),
        ("[method]output-stream.blocking-write-and-flush", _write(MAX_BLOCKING_WRITE)),
        ("[method]output-stream.flush", _flush),
        ("[method]output-stream.blocking-flush", _flush),
        ("[method]output-stream.subscribe", lambda s, h: own(Pollable(), ResourceKinds.POLLABLE)),
        ("[method]output-stream.write-zeroes", _write(WRITE_BUDGET, zeroes=True)),
        ("[method]output-stream.blocking-write-zeroes-and-flush", _write(MAX_BLOCKING_WRITE, zeroes=True)),
        ("[method]output-stream.splice", _splice(False)),
        ("[method]output-stream.blocking-splice", _splice(True)),
    ):
        define_func(inst, name, fn)

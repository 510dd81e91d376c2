"""What every domain kind offers: a loaded :class:`Service` and its live :class:`Domain` s.

A *service* is loaded code (a Wasm module, a virtine image, an ELF program):
validated and compiled once, then spawned into any number of *domains*. A
domain is one isolated instance of it: its own memory, entered only at the
service's exports, with its own limits. Every kind shares this shape so that
capabilities, apps and the gateway work the same for all of them:

``Runtime.load`` → ``Service`` (kind, name, digest, imports, exports)
``Service.spawn(memory_limit=, fuel=, timeout=)`` → ``Domain``
``Domain.call(name, *args)`` / ``Domain.export(name)`` / ``Domain.memory`` / ``Domain.close()``

Each kind is a :class:`Backend` registered by name in :mod:`multipie.domains.registry`:
the Runtime reaches kinds only through that registry, and kinds reach the Runtime only
through the :class:`Host` they are given (``service.host``): its
limits, domain table, capability table and per-kind state. :meth:`Service.spawn` is one
template for every kind (limits → the kind's ``_construct`` → the domain table).

A domain that faults (trap, timeout, exhausted budget) is torn down by its
kind: its resources are released at once and later calls raise
:class:`~multipie.errors.DomainClosed`.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

import abc
import enum
import io
import itertools
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import IO, TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

from multipie.errors import ArgumentError, CapabilityError, DomainClosed, InvalidModule, NoSuchExport

if TYPE_CHECKING:
    from multipie.capabilities import CapabilityTable

__all__ = [
    "TEXT_STREAM_REFUSED",
    "Backend",
    "Command",
    "Domain",
    "Host",
    "DomainReserve",
    "DomainState",
    "ExportInfo",
    "ImportInfo",
    "Limits",
    "Service",
    "Stream",
    "check_streams",
    "lookup_export",
]

T = TypeVar("T")
D = TypeVar("D", bound="Domain")

#: A program's stdio: ``None`` (inherit), a path, bytes (stdin) or a bytearray (output), or a binary file.
Stream = None | str | os.PathLike[str] | bytes | bytearray | IO[Any]

#: Why a text stream is refused where a program's bytes go (``{which}`` and ``{kind}`` filled in).
TEXT_STREAM_REFUSED = (
    "{which} is a text stream ({kind}) and programs exchange bytes: pass a bytearray, bytes (stdin) "
    "or a binary file such as io.BytesIO or sys.stdout.buffer"
)


def check_streams(**streams: Any) -> None:
    """Refuse text streams up front (before the program runs and its output is lost or mangled).

    Every kind that runs a program calls this with the streams it was given, by name
    (``check_streams(stdout=..., stderr=...)``). A text stream that wraps a binary one
    (``sys.stdout``, an ``open(..., "w")`` file) is accepted: the program's bytes go to its ``buffer``.

    Raises:
        ArgumentError: a stream is a text stream with no binary ``buffer`` (``io.StringIO``).
    """
    for which, stream in streams.items():
        if isinstance(stream, io.TextIOBase) and getattr(stream, "buffer", None) is None:
            raise ArgumentError(TEXT_STREAM_REFUSED.format(which=which, kind=type(stream).__name__))


def lookup_export(table: Mapping[str, T], name: str, *, where: str, what: str = "function export") -> T:
    """``table[name]``, or the ``NoSuchExport`` every kind raises for a missing entry point.

    Raises:
        NoSuchExport: no such entry (the message lists those that exist).
    """
    entry = table.get(name)
    if entry is None:
        names = ", ".join(sorted(table)) or "none"
        raise NoSuchExport(f"{where}: no {what} '{name}' ({what}s: {names})")
    return entry


_domain_ids = itertools.count(1)
_NOTHING: Mapping[str, str] = MappingProxyType({})  # Command's default env and dirs (read-only, shared)


class DomainState(enum.Enum):
    """Lifecycle of a domain: ``OPEN`` → ``CLOSED`` (by the user) or ``FAULTED`` (torn down)."""

    OPEN = "open"
    CLOSED = "closed"
    FAULTED = "faulted"


class Limits(NamedTuple):
    """Per-domain limits: bytes of memory, fuel units per call, seconds per call (``None``: unset).

    One vocabulary for every kind: ``timeout`` is seconds per call; a *deadline* is one call's
    timeout armed by the kind's enforcer (the Wasm epoch ticker, ``domains/wasm/ticker.py``; the
    virtine watchdog, ``domains/virtine/timeouts.py``, also used by legacy programs); its expiry
    raises :class:`~multipie.errors.Timeout` and tears the domain down.
    """

    memory_limit: int | None = None
    fuel: int | None = None
    timeout: float | None = None


class Command(NamedTuple):
    """One program run: arguments after argv[0], environment, directories and stdio.

    ``dirs`` maps host directories to guest paths; ``stdin`` is ``None`` (inherit), a
    path, bytes or a readable file; ``stdout``/``stderr`` ``None`` (inherit), a path, a
    bytearray or a writable file.
    """

    args: Sequence[str] = ()
    env: Mapping[str, str] = _NOTHING
    dirs: Mapping[str, str] = _NOTHING
    stdin: Any = None
    stdout: Any = None
    stderr: Any = None


class ImportInfo(NamedTuple):
    """One import a service needs: ``module.name`` and a type description (``function i32,i32->i32``)."""

    module: str
    name: str
    kind: str
    type: str

    @property
    def key(self) -> str:
        """The ``module.name`` form grants are keyed by."""
        return f"{self.module}.{self.name}"

    def __str__(self) -> str:
        return f"{self.key} ({self.kind} {self.type})"


class ExportInfo(NamedTuple):
    """One export of a service: its name, kind (``function``, ``memory``, ...) and type description."""

    name: str
    kind: str
    type: str
    params: tuple[str, ...] = ()
    results: tuple[str, ...] = ()


class Host(Protocol):
    """What a domain kind may use of the Runtime that loaded it (``service.host``).

    The one implementation is :class:`multipie.host.RuntimeHost`; kinds see only this
    interface and never the Runtime's private state.
    """

    runtime: Any
    """The public :class:`~multipie.runtime.Runtime` (for ``Service.runtime``; kinds do not call into it)."""
    memory_limit: int | None
    """Default per-domain memory cap in bytes."""
    closed: bool
    """True once the runtime is closed (a hot path tests it before paying for :meth:`check_open`)."""
    cache_dir: Path | None
    """Directory for compiled artefacts (``None``: in memory only)."""
    options: dict[str, Any]
    """Kind settings given to the Runtime (``engine=``, ``tick=``)."""
    capabilities: "CapabilityTable"
    """The runtime's one capability table."""
    trap_hooks: "list[Callable[[Domain, Exception], BaseException | None]]"
    """Hooks that may rename a domain's fault (first non-``None`` answer wins per hook)."""

    def check_open(self) -> None:
        """Raise ``UsageError`` once the runtime is closed."""

    def limits(self, *, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """Validated limits with the runtime's defaults filled in."""

    def track(self, domain: "Domain") -> None:
        """Add a new domain to the runtime's table of live domains."""

    def forget(self, domain: "Domain") -> None:
        """Drop a closed domain from that table."""

    def capacity_advice(self, detail: str) -> str:
        """The message of a ``CapacityError`` caused by the process's memory mappings."""

    def state(self, kind: str) -> Any:
        """The runtime-wide state of ``kind`` (made by its backend on first use)."""


def _stateless(host: Host) -> None:
    return None


def _nothing_to_close(state: Any) -> None:
    return None


def _by_bytes_only(source: object) -> bool:
    return False


class Backend(NamedTuple):
    """One domain kind as the Runtime sees it: the protocol every kind registers through.

    Each kind module defines one ``BACKEND = Backend(...)``, named in
    :data:`multipie.domains.registry.BACKENDS`; the Runtime imports it when the kind is
    first used. Spawning and binding grants are the loaded service's steps
    (:meth:`Service.spawn`, :meth:`Service.bind_grants`).

    Attributes:
        kind: the kind's name (``"wasm"``, ``"virtine"``, ``"elf"``, ``"container"``, ...).
        load: ``load(host, data, *, name, digest, **options) -> Service``: validate (and
            compile) the source; its keyword-only parameters are the kind's load options
            (a ``**options`` loader checks its own). Raises ``InvalidModule``/``UsageError``.
        open: ``open(host) -> state``: the kind's runtime-wide state (engines, caches,
            pools), made on first use by ``host.state(kind)``.
        close: ``close(state)``: free that state (the runtime is closing).
        detect: ``detect(source) -> bool``: for kinds whose sources are paths or references
            (asked before anything is read or compiled); kinds told apart by their first bytes
            are sniffed by :mod:`multipie.domains.detect` without importing them.
        from_text: ``from_text(data, where) -> bytes``: the kind's text format compiled to
            its binary (WAT → Wasm), for sources :mod:`~multipie.domains.detect` finds to be text
            (``None``: the kind has no text format).
        source_path: ``load`` also gets ``path=``: the file's real host path (symlinks resolved)
            when the source is a file, else ``None`` (a legacy program's ``/proc/self/exe``).
    """

    kind: str
    load: "Callable[..., Service[Any]]"  # Service is defined below
    open: Callable[[Host], Any] = _stateless
    close: Callable[[Any], None] = _nothing_to_close
    detect: Callable[[object], bool] = _by_bytes_only
    from_text: Callable[[bytes, str], bytes] | None = None
    source_path: bool = False


class Service(abc.ABC, Generic[D]):
    """Loaded, validated code of one kind, ready to be spawned into domains.

    Attributes:
        host: the :class:`Host` of the runtime that loaded it.
        runtime: that :class:`~multipie.runtime.Runtime` (public API; kinds use ``host``).
        kind: ``"wasm"``, ``"virtine"``, ``"elf"``, ...
        name: a human name (file stem, or ``sha256:<12 hex>``).
        digest: ``sha256:<hex>`` of the bytes it was loaded from.
    """

    kind: str = "abstract"
    #: What :attr:`imports` and :attr:`exports` return: a kind fills them in when it loads
    #: (or overrides the properties when it computes them).
    _imports: Sequence[ImportInfo] = ()
    _exports: Sequence[ExportInfo] = ()

    def __init__(self, host: Host, *, name: str, digest: str) -> None:
        self.host = host
        self.runtime: Any = host.runtime
        self.name = name
        self.digest = digest

    @property
    def imports(self) -> Sequence[ImportInfo]:
        """What the code asks for: its imports (the authority it requests: Wasm imports, a
        component's imported functions, a virtine's hypercall allow-list, a program's system calls)."""
        return self._imports

    @property
    def exports(self) -> Sequence[ExportInfo]:
        """Its entry points and other exports."""
        return self._exports

    def run_command(
        self,
        command: Command,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run the service as a program to completion in a fresh domain; returns its exit code.

        Kinds that have programs (WASI commands, ELF executables) override this;
        :meth:`multipie.Runtime.run_command` is the public entry point.

        Raises:
            InvalidModule: this service is not a program.
        """
        raise InvalidModule(f"{self.name}: a {self.kind} service cannot run as a command")

    def details(self) -> dict[str, object]:
        """Kind-specific facts for ``multipie inspect`` (entry points, allow-lists, sizes)."""
        return {}

    def spawn(
        self,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
        grants: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> D:
        """Create a new isolated domain running this service.

        One template for every kind: the limits (:meth:`spawn_limits`), the kind's
        construction (:meth:`_construct`, which binds ``grants`` through
        :meth:`bind_grants` and takes the kind's own ``options``), then the runtime's
        domain table (:meth:`_adopt`).

        Args:
            memory_limit: cap on the domain's memory in bytes (``None``: the runtime default).
            fuel: instruction budget per call (``None``: unmetered).
            timeout: wall-clock limit per call in seconds (``None``: unlimited).
            grants: capabilities bound to imports, keyed ``"module.name"``.
            options: the kind's own spawn options (Wasm: ``group=``; virtines: ``stdout=``, ...).

        Raises:
            LinkError: an import is neither provided by the runtime nor granted.
            OutOfMemory: the module's initial memory exceeds ``memory_limit``.
            CapacityError: a process-wide limit stops creation.
            UsageError: the runtime is closed, a limit is bad, or the kind refuses it.
        """
        limits = self.spawn_limits(memory_limit, fuel, timeout)
        domain = self._construct(limits, grants, **options)
        self._adopt(domain)
        return domain

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """The validated limits of a spawn (kinds refuse what they cannot enforce, e.g. ``fuel``)."""
        return self.host.limits(memory_limit=memory_limit, fuel=fuel, timeout=timeout)

    @abc.abstractmethod
    def _construct(self, limits: Limits, grants: Mapping[str, Any] | None, **options: Any) -> D:
        """The kind's step of :meth:`spawn`: a new domain under ``limits`` with ``grants`` bound."""

    def _adopt(self, domain: D) -> None:
        """The last step of :meth:`spawn`: the runtime's table of live domains."""
        self.host.track(domain)

    def bind_grants(self, grants: Mapping[str, Any]) -> Any:
        """Check ``grants`` against this service's imports (the kind's binding plan).

        Raises:
            CapabilityError: this kind takes no capability grants, or one is bad.
        """
        raise CapabilityError(f"{self.name}: a {self.kind} service takes no capability grants")

    def release_idle(self) -> int:
        """Close the idle prepared machines this service keeps ready (their memory and fds); returns how many.

        The service stays usable: later spawns prepare machines again (a pool miss each, ~1 ms).
        :meth:`~multipie.runtime.Runtime.release_memory` calls this; kinds without prepared
        machines have nothing to release.
        """
        return 0

    def close(self) -> None:
        """Free what the service holds besides its domains (prepared machines, compiled code); idempotent.

        ``Runtime.unload`` and ``Runtime.close`` call this; a later spawn prepares anew.
        """

    def reserve(
        self,
        size: int,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> "DomainReserve | None":
        """Fresh domains made ahead of time off the caller's thread, or ``None`` when this service has none.

        Kinds with a native creation path override this (Wasm: :mod:`multipie.domains.wasm.reserve`).
        Domains taken from it behave exactly like spawned ones; closing one is cheap (its
        resources are freed in the background).
        """
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.digest[:19]}>"


class DomainReserve(Protocol):
    """Fresh domains made ahead of time (see :meth:`Service.reserve`)."""

    def take(self) -> "Domain | None":
        """A fresh domain, or ``None`` when none is ready (spawn one then)."""

    def retry(self) -> None:
        """Resume making domains after a failure whose cause was fixed."""

    @property
    def ready(self) -> int:
        """Domains ready to be taken."""

    @property
    def taken(self) -> int:
        """Domains taken so far."""

    @property
    def inflight(self) -> int:
        """Domains serving a one-call request right now (see ``serves_http``)."""

    serves_http: bool
    """Whether ``http(head, body, *, max_response, release_gil)`` serves the zero-copy HTTP ABI in one call."""

    def http(self, head: bytes, body: bytes, *, max_response: int, release_gil: bool = True) -> bytes | None:
        """One request in a fresh domain (see ``serves_http``); ``None`` when none is ready."""

    @property
    def pending(self) -> int:
        """Closed domains whose resources are not freed yet."""

    @property
    def failed(self) -> bool:
        """True while making domains is paused by a failure."""

    def close(self) -> None:
        """Free every ready domain; stop making more."""


class Domain(abc.ABC):
    """One live, isolated instance of a service.

    Use as a context manager, or call :meth:`close`. Attributes: ``service``,
    ``id`` (unique in the process), ``limits``, ``state``.
    """

    # Slots: creation is a hot path (a domain in ~10 µs); kinds add their own (and may keep a __dict__).
    __slots__ = ("service", "id", "limits", "state", "__weakref__")

    def __init__(self, service: Service, limits: Limits) -> None:
        self.service = service
        self.id = next(_domain_ids)
        self.limits = limits
        self.state = DomainState.OPEN

    @property
    def label(self) -> str:
        """``service#id``, used in error messages and metrics."""
        return f"{self.service.name}#{self.id}"

    @abc.abstractmethod
    def call(self, name: str, *args: Any) -> Any:
        """Call export ``name`` with ints/floats; returns ``None``, a value, or a tuple for several results.

        Raises:
            NoSuchExport: no function export of that name.
            ArgumentError: wrong arity or argument types.
            Trap, Timeout, OutOfMemory, OutOfFuel, HostError: the guest faulted (domain torn down).
            DomainClosed: the domain is no longer open.
        """

    @abc.abstractmethod
    def export(self, name: str) -> Callable[..., Any]:
        """A bound callable for export ``name``: the fastest way to call it repeatedly."""

    @property
    @abc.abstractmethod
    def memory(self) -> memoryview:
        """A zero-copy view of the domain's memory (invalid after close)."""

    @abc.abstractmethod
    def _release(self) -> None:
        """Free every resource of the domain (called once, by :meth:`close` or on a fault)."""

    def close(self) -> None:
        """Close the domain and release its memory; idempotent."""
        if self.state is DomainState.OPEN:
            self.state = DomainState.CLOSED
            self._release()
            self.service.host.forget(self)

    def _fault(self) -> None:
        """Tear the domain down after a fault; later calls raise DomainClosed."""
        if self.state is DomainState.OPEN:
            self.state = DomainState.FAULTED
            self._release()
            self.service.host.forget(self)

    def _closed_error(self) -> DomainClosed:
        why = "torn down after a fault" if self.state is DomainState.FAULTED else "closed"
        return DomainClosed(f"domain {self.label} was {why}", domain=self.label)

    @property
    def is_open(self) -> bool:
        """True until the domain is closed or torn down."""
        return self.state is DomainState.OPEN

    def __enter__(self) -> "Domain":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label} {self.state.value}>"

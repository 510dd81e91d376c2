"""What every domain kind offers: a loaded :class:`Service` and its live :class:`Domain` s.

A *service* is loaded code (a Wasm module, a virtine image, an ELF program):
validated and compiled once, then spawned into any number of *domains*. A
domain is one isolated instance of it: its own memory, entered only at the
service's exports, with its own limits. Every kind shares this shape so that
capabilities, apps and the gateway work the same for all of them:

``Runtime.load`` → ``Service`` (kind, name, digest, imports, exports)
``Service.spawn(memory_limit=, fuel=, timeout=)`` → ``Domain``
``Domain.call(name, *args)`` / ``Domain.export(name)`` / ``Domain.memory`` / ``Domain.close()``

A domain that faults (trap, timeout, exhausted budget) is torn down by its
kind: its resources are released at once and later calls raise
:class:`~multipie.errors.DomainClosed`.
"""

from __future__ import annotations

import abc
import enum
import io
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from multipie.errors import ArgumentError, DomainClosed, InvalidModule

if TYPE_CHECKING:
    from multipie.runtime import Runtime

__all__ = [
    "TEXT_STREAM_REFUSED",
    "Command",
    "Domain",
    "DomainReserve",
    "DomainState",
    "ExportInfo",
    "ImportInfo",
    "Limits",
    "Service",
    "check_streams",
]

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


_domain_ids = itertools.count(1)


class DomainState(enum.Enum):
    """Lifecycle of a domain: ``OPEN`` → ``CLOSED`` (by the user) or ``FAULTED`` (torn down)."""

    OPEN = "open"
    CLOSED = "closed"
    FAULTED = "faulted"


@dataclass(frozen=True)
class Limits:
    """Per-domain limits: bytes of memory, fuel units per call, seconds per call (``None``: unset)."""

    memory_limit: int | None = None
    fuel: int | None = None
    timeout: float | None = None


@dataclass(frozen=True)
class Command:
    """One program run: arguments after argv[0], environment, directories and stdio.

    ``dirs`` maps host directories to guest paths; ``stdin`` is ``None`` (inherit), a
    path, bytes or a readable file; ``stdout``/``stderr`` ``None`` (inherit), a path, a
    bytearray or a writable file.
    """

    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    dirs: Mapping[str, str] = field(default_factory=dict)
    stdin: Any = None
    stdout: Any = None
    stderr: Any = None


@dataclass(frozen=True)
class ImportInfo:
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


@dataclass(frozen=True)
class ExportInfo:
    """One export of a service: its name, kind (``function``, ``memory``, ...) and type description."""

    name: str
    kind: str
    type: str
    params: tuple[str, ...] = field(default=())
    results: tuple[str, ...] = field(default=())


class Service(abc.ABC):
    """Loaded, validated code of one kind, ready to be spawned into domains.

    Attributes:
        runtime: the :class:`~multipie.runtime.Runtime` that loaded it.
        kind: ``"wasm"``, ``"virtine"``, ``"elf"``, ...
        name: a human name (file stem, or ``sha256:<12 hex>``).
        digest: ``sha256:<hex>`` of the bytes it was loaded from.
    """

    kind: str = "abstract"

    def __init__(self, runtime: Runtime, *, name: str, digest: str) -> None:
        self.runtime = runtime
        self.name = name
        self.digest = digest

    @property
    @abc.abstractmethod
    def imports(self) -> Sequence[ImportInfo]:
        """What the code asks for: its imports (the authority it requests)."""

    @property
    @abc.abstractmethod
    def exports(self) -> Sequence[ExportInfo]:
        """Its entry points and other exports."""

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

    @abc.abstractmethod
    def spawn(
        self,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
        grants: Mapping[str, Any] | None = None,
    ) -> Domain:
        """Create a new isolated domain running this service.

        Args:
            memory_limit: cap on the domain's memory in bytes (``None``: the runtime default).
            fuel: instruction budget per call (``None``: unmetered).
            timeout: wall-clock limit per call in seconds (``None``: unlimited).
            grants: capabilities bound to imports, keyed ``"module.name"``.

        Raises:
            LinkError: an import is neither provided by the runtime nor granted.
            OutOfMemory: the module's initial memory exceeds ``memory_limit``.
            CapacityError: a process-wide limit stops creation.
        """

    def reserve(
        self,
        size: int,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> DomainReserve | None:
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

    def take(self) -> Domain | None:
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
            self.service.runtime._forget(self)

    def _fault(self) -> None:
        """Tear the domain down after a fault; later calls raise DomainClosed."""
        if self.state is DomainState.OPEN:
            self.state = DomainState.FAULTED
            self._release()
            self.service.runtime._forget(self)

    def _closed_error(self) -> DomainClosed:
        why = "torn down after a fault" if self.state is DomainState.FAULTED else "closed"
        return DomainClosed(f"domain {self.label} was {why}", domain=self.label)

    @property
    def is_open(self) -> bool:
        """True until the domain is closed or torn down."""
        return self.state is DomainState.OPEN

    def __enter__(self) -> Domain:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.label} {self.state.value}>"

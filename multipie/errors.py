"""The one error hierarchy of multiPIE.

Every failure that crosses the public API is one of these classes; no
Wasmtime, ``OSError`` from an ioctl, or pydantic exception leaks out (each
backend translates at its boundary and chains the original as ``__cause__``).
Callers catch at whatever depth they need::

    MultipieError                     root: everything multiPIE raises
    ├── UsageError                    the caller asked for something malformed
    │   ├── NoSuchExport              the domain has no export of that name
    │   ├── ArgumentError             wrong arity or types for an export
    │   └── ManifestError             an app manifest is malformed
    ├── InvalidModule                 bytes/file are not a loadable module or image
    ├── LinkError                     an import could not be bound at spawn
    ├── PolicyViolation               code asked for authority it was not granted
    ├── CapabilityError               a grant is forged, foreign, or of the wrong type
    ├── CapacityError                 a process-wide limit stops creation (vm.max_map_count, ...)
    ├── PackageError                  an OCI package is malformed or fails validation
    │   ├── DigestMismatch            a blob's bytes do not match its digest
    │   └── SignatureError            a required signature is missing or wrong
    ├── HostBug                       a broken runtime invariant (stops one service only)
    ├── ResultError                   a component export returned a WIT result's err (domain stays open)
    └── DomainError                   a domain failed while it ran (it is torn down)
        ├── Trap                      the guest trapped (code + backtrace)
        │   └── CapabilityRevoked     the guest used a capability after revocation
        ├── Timeout                   a call ran past its wall-clock limit
        ├── ResourceExhausted         a per-domain budget ran out
        │   ├── OutOfMemory           memory growth hit the domain's limit
        │   └── OutOfFuel             the call used up its instruction budget
        ├── HostError                 a host function granted to the guest raised
        ├── ProtocolError             a guest broke its handler ABI (bad pointer, malformed response)
        └── DomainClosed              the domain was closed or torn down earlier

CLI-facing errors carry a class-level ``exit_code`` (usage errors 2, like
click); every error's message says what was wrong and where.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

import enum
import reprlib
from collections.abc import Sequence
from typing import NamedTuple

__all__ = [
    "ArgumentError",
    "CapabilityError",
    "CapabilityRevoked",
    "CapacityError",
    "DigestMismatch",
    "DomainClosed",
    "DomainError",
    "Frame",
    "HostBug",
    "HostError",
    "InvalidModule",
    "LinkError",
    "ManifestError",
    "MultipieError",
    "NoSuchExport",
    "OutOfFuel",
    "OutOfMemory",
    "PackageError",
    "PolicyViolation",
    "ProtocolError",
    "ResourceExhausted",
    "ResultError",
    "SignatureError",
    "Timeout",
    "Trap",
    "TrapCode",
    "UsageError",
]


class MultipieError(Exception):
    """Root of every error multiPIE raises."""

    exit_code: int = 1


class UsageError(MultipieError):
    """The caller asked for something malformed (bad argument, unknown name)."""

    exit_code = 2


class NoSuchExport(UsageError):
    """The domain has no export of that name (or it is not a function)."""


class ArgumentError(UsageError):
    """An export was called with the wrong number or types of arguments.

    Every path that checks arguments (Wasm calls, native or not; virtine entry points; C functions;
    the CLI's ``call``) builds its message with :meth:`arity` or :meth:`bad_value`, so one mistake
    reads the same everywhere: where, the function, the parameter's index and type, the value
    (shortened), what was wrong.
    """

    @classmethod
    def arity(cls, where: str, func: str, params: Sequence[str], got: int) -> "ArgumentError":
        """``where: func(i32, i32) takes 2 arguments, got 3``."""
        n = len(params)
        return cls(f"{where}: {func}({', '.join(params)}) takes {n} argument{'' if n == 1 else 's'}, got {got}")

    @classmethod
    def bad_value(
        cls, where: str, func: str, index: int | str, kind: str, value: object, problem: str, *, what: str = "argument"
    ) -> "ArgumentError":
        """``where: func argument 0 (i32) = 4294967296: out of range ...``; the value is shown shortened.

        ``index`` may be a path into a compound argument (``0.items[2]``); ``what`` names the value
        (``result`` for a value returned to a guest, with ``index`` empty).
        """
        at = f" {index}" if index != "" else ""
        return cls(f"{where}: {func} {what}{at} ({kind}) = {shown(value)}: {problem}")


#: Characters of a rejected value an error message shows (an argument can be a megabyte string).
SHOWN_CHARS = 48


def shown(value: object) -> str:
    """``repr(value)`` for a message, at most about :data:`SHOWN_CHARS` characters, and never raising.

    A huge int is not converted to text (Python refuses past 4,300 digits; it is slow well before).
    """
    if isinstance(value, int) and value.bit_length() > 128:
        return f"<int of {value.bit_length()} bits>"
    if isinstance(value, (str, bytes, bytearray)) and len(value) > SHOWN_CHARS:
        unit = "characters" if isinstance(value, str) else "bytes"
        return f"{repr(value[:SHOWN_CHARS])[:SHOWN_CHARS]}... ({len(value)} {unit})"
    try:
        text = reprlib.repr(value)
    except Exception:  # noqa: BLE001 - a broken __repr__ must not replace the error being reported
        text = f"<{type(value).__name__}>"
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "..."


class InvalidModule(MultipieError):
    """The bytes or file given are not a module or image this runtime can load."""


class LinkError(MultipieError):
    """An import of a module could not be bound when a domain was spawned."""


class PolicyViolation(MultipieError):
    """Code asked for authority it was not granted (an import, a hypercall, a syscall)."""


class CapabilityError(MultipieError):
    """A capability given as a grant is forged, foreign, revoked or of the wrong type."""


class CapacityError(MultipieError):
    """A process-wide limit (for example ``vm.max_map_count``) stops creating domains."""


class PackageError(MultipieError):
    """An OCI package, layout, tar or reference is malformed or fails validation."""


class DigestMismatch(PackageError):
    """A blob's content does not match the digest it was referenced by."""


class SignatureError(PackageError):
    """A required signature is missing, malformed or made with an untrusted key."""


class ManifestError(UsageError):
    """An app manifest (``multipie.toml``) is malformed."""


class HostBug(MultipieError):
    """A runtime invariant broke; the service involved is stopped, the host keeps running."""


class ResultError(MultipieError):
    """A component export returned the ``err`` case of its WIT ``result``: an answer, not a fault.

    The domain stays open. Attributes: ``value``, the error payload in its Python form
    (see :mod:`multipie.domains.component.values`); ``export``, the export's name.
    """

    def __init__(self, message: str, *, value: object = None, export: str | None = None) -> None:
        super().__init__(message)
        self.value = value
        self.export = export


class TrapCode(enum.Enum):
    """Why a guest trapped: a closed set of causes shared by every domain kind."""

    STACK_OVERFLOW = "stack overflow"
    MEMORY_OUT_OF_BOUNDS = "out-of-bounds memory access"
    HEAP_MISALIGNED = "misaligned memory access"
    TABLE_OUT_OF_BOUNDS = "out-of-bounds table access"
    INDIRECT_CALL_TO_NULL = "indirect call to a null table entry"
    BAD_SIGNATURE = "indirect call signature mismatch"
    INTEGER_OVERFLOW = "integer overflow"
    INTEGER_DIVISION_BY_ZERO = "integer division by zero"
    BAD_CONVERSION_TO_INTEGER = "invalid conversion to integer"
    UNREACHABLE = "unreachable instruction executed"
    INTERRUPT = "interrupted"
    OUT_OF_FUEL = "out of fuel"
    NULL_REFERENCE = "null reference"
    # Virtine (KVM) causes.
    TRIPLE_FAULT = "triple fault (shutdown)"
    PAGE_FAULT = "page fault"
    ILLEGAL_INSTRUCTION = "illegal instruction"
    GENERAL_PROTECTION = "general protection fault"
    BAD_EXIT = "unexpected VM exit"
    # A trap raised by the guest without a more specific code (proc_exit, host trap).
    OTHER = "trap"


class Frame(NamedTuple):
    """One frame of a guest backtrace: function index/name and module."""

    module: str | None
    function: str | None
    func_index: int | None = None
    offset: int | None = None

    def __str__(self) -> str:
        name = self.function or (f"<func {self.func_index}>" if self.func_index is not None else "?")
        where = f" @ 0x{self.offset:x}" if self.offset is not None else ""
        return f"{self.module or '?'}!{name}{where}"


class DomainError(MultipieError):
    """A domain failed while it ran; it has been torn down.

    Attributes:
        domain: a short description of the domain (``service#id``), if known.
    """

    def __init__(self, message: str, *, domain: str | None = None) -> None:
        super().__init__(message)
        self.domain = domain


class Trap(DomainError):
    """The guest trapped.

    Attributes:
        code: the cause, a :class:`TrapCode`.
        frames: the guest backtrace, innermost first.
    """

    def __init__(
        self,
        message: str,
        *,
        code: TrapCode = TrapCode.OTHER,
        frames: Sequence[Frame] = (),
        domain: str | None = None,
    ) -> None:
        super().__init__(message, domain=domain)
        self.code = code
        self.frames = tuple(frames)

    def __str__(self) -> str:
        text = super().__str__()
        if self.frames:
            text += "\nwasm backtrace:\n" + "\n".join(f"  {i}: {f}" for i, f in enumerate(self.frames))
        return text


class CapabilityRevoked(Trap):
    """The guest used a capability after it was revoked."""


class Timeout(DomainError):
    """A call ran past its wall-clock limit and was interrupted."""


class ResourceExhausted(DomainError):
    """A per-domain budget (memory, fuel) ran out."""


class OutOfMemory(ResourceExhausted):
    """The domain's memory hit its limit (at instantiation, or growth the guest could not survive)."""


class OutOfFuel(ResourceExhausted):
    """The call used up its instruction (fuel) budget."""


class HostError(DomainError):
    """A host function called by the guest raised; the original is ``__cause__``."""


class ProtocolError(DomainError):
    """A guest broke its handler ABI: a pointer outside its memory, a malformed response, a bad exit."""


class DomainClosed(DomainError):
    """The domain was closed, or torn down after an earlier fault."""

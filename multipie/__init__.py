"""multiPIE: many services, one process, memory-safe boundaries.

Load code once, spawn isolated domains from it in microseconds, call them
at native cost::

    import multipie
    rt = multipie.Runtime()
    svc = rt.load("guest/wat/add.wat")
    with svc.spawn(memory_limit=1 << 20, timeout=1.0) as d:
        d.call("add", 2, 3)         # 5

Package map (one concept per module): :mod:`multipie.runtime` (the Runtime),
:mod:`multipie.errors` (the error tree), :mod:`multipie.domains` (domain
kinds: ``wasm``, ...), :mod:`multipie.cli` (the ``multipie`` command),
:mod:`multipie.toolchain` (building guests from source), :mod:`multipie.capabilities`
(grant/forward/revoke), :mod:`multipie.sharing` (shared regions, buffers),
:mod:`multipie.domains.wasm.hostfuncs` (host functions as capabilities), :mod:`multipie.cfunctions` (C
functions as virtines, imported as ``from multipie import virtine``).
"""

import importlib
from typing import TYPE_CHECKING, Any

from multipie.errors import (
    ArgumentError,
    CapabilityError,
    CapabilityRevoked,
    CapacityError,
    DigestMismatch,
    DomainClosed,
    DomainError,
    HostBug,
    HostError,
    InvalidModule,
    LinkError,
    ManifestError,
    MultipieError,
    NoSuchExport,
    OutOfFuel,
    OutOfMemory,
    PackageError,
    PolicyViolation,
    ProtocolError,
    ResourceExhausted,
    ResultError,
    SignatureError,
    Timeout,
    Trap,
    TrapCode,
    UsageError,
)

if TYPE_CHECKING:
    from multipie.capabilities import Capability, CapabilityKind
    from multipie.domains.base import Command, Domain, DomainState, ExportInfo, ImportInfo, Limits, Service
    from multipie.domains.wasm.engine import EngineConfig
    from multipie.domains.wasm.group import AUTO
    from multipie.domains.wasm.hostfuncs import F32, F64, I32, I64
    from multipie.runtime import Runtime
    from multipie.sharing import Buffer, Region

__version__ = "0.1.0"

__all__ = [
    "AUTO",
    "ArgumentError",
    "Buffer",
    "Capability",
    "CapabilityError",
    "CapabilityKind",
    "CapabilityRevoked",
    "CapacityError",
    "Command",
    "DigestMismatch",
    "Domain",
    "DomainClosed",
    "DomainError",
    "DomainState",
    "EngineConfig",
    "ExportInfo",
    "F32",
    "F64",
    "HostBug",
    "HostError",
    "I32",
    "I64",
    "ImportInfo",
    "InvalidModule",
    "Limits",
    "LinkError",
    "ManifestError",
    "MultipieError",
    "NoSuchExport",
    "OutOfFuel",
    "OutOfMemory",
    "PackageError",
    "PolicyViolation",
    "ProtocolError",
    "Region",
    "ResourceExhausted",
    "ResultError",
    "Runtime",
    "Service",
    "SignatureError",
    "Timeout",
    "Trap",
    "TrapCode",
    "UsageError",
    "__version__",
]


#: Public names beyond the error tree → the module that defines them, imported on first use (PEP 562), so
#: that ``import multipie`` (and ``multipie run``, which needs only the Runtime and one kind) does not load
#: the whole Wasm kind, the capability table and shared regions before it knows what it will run.
_LAZY: dict[str, str] = {
    "AUTO": "multipie.domains.wasm.group",
    "Buffer": "multipie.sharing",
    "Capability": "multipie.capabilities",
    "CapabilityKind": "multipie.capabilities",
    "Command": "multipie.domains.base",
    "Domain": "multipie.domains.base",
    "DomainState": "multipie.domains.base",
    "EngineConfig": "multipie.domains.wasm.engine",
    "ExportInfo": "multipie.domains.base",
    "F32": "multipie.domains.wasm.hostfuncs",
    "F64": "multipie.domains.wasm.hostfuncs",
    "I32": "multipie.domains.wasm.hostfuncs",
    "I64": "multipie.domains.wasm.hostfuncs",
    "ImportInfo": "multipie.domains.base",
    "Limits": "multipie.domains.base",
    "Region": "multipie.sharing",
    "Runtime": "multipie.runtime",
    "Service": "multipie.domains.base",
}


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if not TYPE_CHECKING:  # hidden from type checkers: they would type every unknown attribute through it

    def __getattr__(name: str) -> Any:
        where = _LAZY.get(name)
        if where is not None:
            value = getattr(importlib.import_module(where), name)
            globals()[name] = value  # later lookups are plain attribute reads
            return value
        # ``from multipie import virtine`` (``@virtine.c``, ``virtine.compile``) is the C-functions-as-virtines
        # module, imported on first use so that ``import multipie`` does not load the KVM layer.
        if name == "virtine":
            from multipie import cfunctions

            return cfunctions
        raise AttributeError(f"module 'multipie' has no attribute {name!r}")

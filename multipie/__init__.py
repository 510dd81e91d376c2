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

from types import ModuleType
from typing import TYPE_CHECKING

from multipie.capabilities import Capability, CapabilityKind
from multipie.domains.base import Command, Domain, DomainState, ExportInfo, ImportInfo, Limits, Service
from multipie.domains.wasm.engine import EngineConfig
from multipie.domains.wasm.group import AUTO
from multipie.domains.wasm.hostfuncs import F32, F64, I32, I64
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


if not TYPE_CHECKING:  # hidden from type checkers: they would type every unknown attribute through it

    def __getattr__(name: str) -> ModuleType:
        # ``from multipie import virtine`` (``@virtine.c``, ``virtine.compile``) is the C-functions-as-virtines
        # module, imported on first use so that ``import multipie`` does not load the KVM layer.
        if name == "virtine":
            from multipie import cfunctions

            return cfunctions
        raise AttributeError(f"module 'multipie' has no attribute {name!r}")

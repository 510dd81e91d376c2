"""The Wasm kind's backend: how the Runtime loads Wasm modules and what it offers beyond spawning.

Registered as ``"wasm"`` in :mod:`multipie.domains.registry`. The runtime-wide state it
makes on first use is a :class:`WasmRuntime` (a
:class:`~multipie.domains.wasm.state.WasmState` plus the Wasm-only operations of the
Runtime's public API: ``group``, ``capability``, ``host_function``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.capabilities import Capability, CapabilityKind
from multipie.domains.base import Backend
from multipie.domains.wasm import _capi
from multipie.domains.wasm.state import WasmState
from multipie.errors import InvalidModule

if TYPE_CHECKING:
    from multipie.domains.base import Domain, Host
    from multipie.domains.wasm.grants import GrantPlan
    from multipie.domains.wasm.group import DomainGroup
    from multipie.domains.wasm.service import WasmService

# Modules, groups, grants, capability stubs and host functions (and inspect, which host functions read
# signatures with) are imported by the operations that use them: the Wasm state every Runtime opens (a
# component's engines are its) costs no more than itself, and a run granted nothing never loads grants.

__all__ = ["BACKEND", "WasmRuntime", "wat2wasm"]


class WasmRuntime(WasmState):
    """The Wasm state of one runtime, with the Wasm operations of the Runtime's API."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        host.trap_hooks.append(_on_trap)  # revoked grants and host-function errors, named

    def bind_grants(self, service: Any, granted: Mapping[str, Any]) -> GrantPlan:
        """The checked grant plan of ``service`` (see :func:`multipie.domains.wasm.grants.bind_grants`)."""
        from multipie.domains.wasm import grants

        return grants.bind_grants(service, granted)

    def group(self, *, slab_size: int, memory_limit: int | None, fuel: bool, name: str) -> DomainGroup:
        """A new :class:`~multipie.domains.wasm.group.DomainGroup` (see ``Runtime.group``)."""
        from multipie.domains.wasm.group import DomainGroup

        g = DomainGroup(self.host, slab_size=slab_size, memory_limit=memory_limit, fuel=fuel, name=name)
        self.groups.add(g)
        return g

    def capability(self, domain: Domain, export: str) -> Capability:
        """A capability to call ``domain``'s function export (see ``Runtime.capability``)."""
        from multipie.domains.wasm import grants

        return grants.function_capability(self.host, domain, export)

    def host_function(
        self,
        fn: Callable[..., Any],
        *,
        params: Sequence[str] | None,
        results: Sequence[str] | None,
        name: str | None,
    ) -> Capability:
        """A capability for a Python callable (see ``Runtime.host_function``)."""
        from multipie.domains.wasm.hostfuncs import HostFunction

        host = HostFunction(fn, params=params, results=results, name=name)
        return self.host.capabilities.issue(CapabilityKind.HOST_FUNCTION, f"function {host.type_text}", target=host)


def wat2wasm(data: bytes, where: str) -> bytes:
    """The Wasm binary of WAT text ``data``.

    Raises:
        InvalidModule: not UTF-8, or not valid WAT (the message quotes the parser).
    """
    try:
        text = data.decode()
    except UnicodeDecodeError as exc:
        raise InvalidModule(f"{where}: WAT text is not valid UTF-8 (byte {exc.start})") from exc

    def invalid(why: str) -> InvalidModule:
        return InvalidModule(f"{where}: invalid WAT: {' '.join(why.splitlines()[:3])}")

    with _capi.errors_as(invalid):
        return bytes(wasmtime.wat2wasm(text))


def _on_trap(domain: Domain, exc: Exception) -> BaseException | None:
    """:func:`multipie.domains.wasm.stubs.on_trap` (a domain that was granted something has imported it)."""
    from multipie.domains.wasm import stubs

    return stubs.on_trap(domain, exc)


def _load(host: Host, data: bytes, *, name: str, digest: str) -> WasmService:
    from multipie.domains.wasm.service import WasmService

    return WasmService(host, data, name=name, digest=digest)


def _close(state: WasmRuntime) -> None:
    state.close()


BACKEND = Backend(kind="wasm", load=_load, open=WasmRuntime, close=_close, from_text=wat2wasm)

"""Revocable call stubs, and how faults caused by capabilities are named.

A revocable call is a tiny stub instance per grant::

    global.get $slot  i32.load8_u (flags)  i32.eqz  if unreachable end
    local.get ...  return_call $target

Its flag byte is a :meth:`~multipie.domains.wasm.group.SharedStore.flag_byte` (a one-page
memory of the Store whose address the host knows), so revoking is a one-byte store from any
thread (no Store access, no lock on a running guest); the next call through the stub traps
``UNREACHABLE`` inside module :data:`STUB_MODULE`, which :func:`on_trap` (a runtime trap hook
the Wasm backend installs) reports as :class:`~multipie.errors.CapabilityRevoked`, as it does
accesses through revoked region aliases and errors raised by host functions.
:mod:`multipie.domains.wasm.grants` decides where stubs are made.
"""

from __future__ import annotations

import ctypes
import threading
from typing import TYPE_CHECKING

import wasmtime

from multipie.domains.wasm import hostfuncs
from multipie.domains.wasm.calls import Signature
from multipie.errors import CapabilityRevoked, Trap, TrapCode
from multipie.sharing import Alias

if TYPE_CHECKING:
    from multipie.domains.base import Domain
    from multipie.domains.wasm.shared import SharedStore

__all__ = ["STUB_MODULE", "StubBinding", "make_stub", "on_trap"]

#: Module name of call stubs (appears in backtraces of revoked calls).
STUB_MODULE = "multipie_capability"


def make_stub(shared: SharedStore, target: wasmtime.Func, sig: Signature) -> StubBinding:
    """A revocable stub calling ``target`` in ``shared`` (caller holds its lock and the table lock)."""
    addr, idx, flags = shared.flag_byte()
    # SAFETY: addr is a byte of a one-page memory of this Store, alive until the Store is
    # dropped (the SharedStore marks the stub dead first).
    ctypes.memset(addr, 1, 1)
    store = shared.wstore
    module = _stub_module(sig, shared.host.state("wasm").engines.engine(fuel=shared.metered))
    slot = wasmtime.Global(store, wasmtime.GlobalType(wasmtime.ValType.i32(), False), idx)
    inst = wasmtime.Instance(store, module, [target, flags, slot])
    func = inst.exports(store)["call"]
    assert isinstance(func, wasmtime.Func)
    binding = StubBinding(func, addr)
    shared.dependents.append(binding)
    shared.used += 1  # the stub is an instance of the Store
    return binding


class StubBinding:
    """A grant of a function capability inside one Store: a stub instance and its flag byte."""

    __slots__ = ("func", "_addr", "live", "holder")

    def __init__(self, func: wasmtime.Func, addr: int) -> None:
        self.func = func
        self._addr = addr
        self.live = True
        self.holder: str | None = None

    def revoke(self) -> None:
        """Clear the flag: the next call through the stub traps (a call already past it finishes)."""
        if self.live:
            # SAFETY: live means the Store (owner of the flags page) is not dropped;
            # SharedStore marks its dependents dead under the table lock the caller holds.
            ctypes.memset(self._addr, 0, 1)
            self.live = False

    def dead(self) -> None:
        """The Store is being dropped."""
        self.live = False


# Values hold the engine too: the key's id() then cannot be reused by a later engine.
_STUB_CACHE: dict[tuple[int, tuple[str, ...], tuple[str, ...]], tuple[wasmtime.Engine, wasmtime.Module]] = {}
_STUB_LOCK = threading.Lock()


def _stub_module(sig: Signature, engine: wasmtime.Engine) -> wasmtime.Module:
    key = (id(engine), sig.params, sig.results)
    hit = _STUB_CACHE.get(key)
    if hit is None:
        with _STUB_LOCK:
            hit = _STUB_CACHE.get(key)
            if hit is None:
                params = " ".join(sig.params)
                results = " ".join(sig.results)
                ty = f"(func{f' (param {params})' if params else ''}{f' (result {results})' if results else ''})"
                gets = " ".join(f"local.get {i}" for i in range(len(sig.params)))
                wat = f"""(module ${STUB_MODULE}
                  (type $t {ty})
                  (import "cap" "target" (func $target (type $t)))
                  (import "cap" "flags" (memory 1 1))
                  (import "cap" "slot" (global $slot i32))
                  (func (export "call") (type $t)
                    global.get $slot i32.load8_u i32.eqz
                    if unreachable end
                    {gets} return_call $target))"""
                hit = _STUB_CACHE[key] = (engine, wasmtime.Module(engine, wat))
    return hit[1]


def on_trap(domain: Domain, exc: Exception) -> BaseException | None:
    """Runtime trap hook: name faults caused by capabilities (revoked grants, host-function errors)."""
    parked = hostfuncs.take_parked(exc)
    if parked is not None:
        return parked
    if not isinstance(exc, Trap) or isinstance(exc, CapabilityRevoked):
        return None
    label = domain.label
    if exc.code is TrapCode.UNREACHABLE and exc.frames and exc.frames[0].module == STUB_MODULE:
        out = CapabilityRevoked(
            f"domain {label}: called a function through a revoked capability",
            code=exc.code,
            frames=exc.frames,
            domain=label,
        )
        out.__cause__ = exc
        return out
    if exc.code is TrapCode.MEMORY_OUT_OF_BOUNDS:
        bindings = getattr(domain, "_bindings", None) or ()
        if any(isinstance(b, Alias) and b.revoked for _, b in bindings):
            out = CapabilityRevoked(
                f"domain {label}: accessed a shared region through a revoked capability",
                code=exc.code,
                frames=exc.frames,
                domain=label,
            )
            out.__cause__ = exc
            return out
        # The MMU reports a store into a read-only alias as an out-of-bounds access: say so.
        ro = [b.region for _, b in bindings if isinstance(b, Alias) and not b.writable]
        if ro:
            trap = Trap(
                f"domain {label}: {exc.code.value} (the domain holds a read-only region grant of {ro[0]!r}; "
                "a write through a read-only grant traps as an out-of-bounds access)",
                code=exc.code,
                frames=exc.frames,
                domain=label,
            )
            trap.__cause__ = exc
            return trap
    return None

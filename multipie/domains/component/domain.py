"""A live component instance: typed calls with WIT values, limits per call, teardown on a fault.

Each domain has its own Store (memory, fuel and epoch deadline are per Store), so a
fault tears down exactly one domain. Calls convert arguments with the export's
:mod:`~multipie.domains.component.values` converters (built once per service and
export), run under the domain's fuel and timeout, and lift the result; a top-level
``result`` is unwrapped (``err`` raises :class:`~multipie.errors.ResultError`, the
domain stays open).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import wasmtime
from wasmtime import component as wc

from multipie.domains.base import Domain, Limits
from multipie.domains.component import fastpath, faults
from multipie.domains.component.values import Signature, Variant, Where
from multipie.domains.component.world import describe_type
from multipie.domains.wasm import _capi
from multipie.domains.wasm import fastpath as wasm_fastpath
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.errors import ArgumentError, CapabilityError, DomainError, NoSuchExport, ResultError, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Service

__all__ = ["ComponentDomain"]


class Signatures(Protocol):
    """What a domain needs of its :class:`~multipie.domains.component.service.ComponentService`."""

    def signature(self, name: str, func: wc.Func, store: wasmtime.Store) -> Signature: ...

    def export_index(self, name: str, *, fuel: bool) -> wc.ExportIndex | None: ...


class ComponentDomain(Domain):
    """One instance of a component in its own Store. Create with ``ComponentService.spawn``."""

    __slots__ = ("store", "instance", "_exports", "_ticker", "_native_calls")

    def __init__(
        self, service: Service[Any], limits: Limits, store: wasmtime.Store, instance: wc.Instance, ticker: Any
    ) -> None:
        super().__init__(service, limits)
        self.store = store
        self.instance = instance
        self._exports: dict[str, Callable[..., Any]] = {}
        self._ticker = ticker
        self._native_calls = fastpath.enabled()  # chosen at spawn, as for core modules (use_native)

    @property
    def component_service(self) -> Signatures:
        """The service, typed as the component kind's (its export signatures)."""
        return self.service  # type: ignore[return-value]

    def call(self, name: str, *args: Any) -> Any:
        """Call export ``name`` (``func`` or ``iface#func``) with Python values; returns the lifted result.

        Raises:
            NoSuchExport: no function export of that name.
            ArgumentError: wrong arity or a value that does not fit its WIT type.
            ResultError: the export returned a ``result``'s ``err`` (its value in ``.value``).
            Trap, Timeout, OutOfFuel, OutOfMemory: the guest faulted (domain torn down).
            DomainClosed: the domain is no longer open.
        """
        return self.export(name)(*args)

    def export(self, name: str) -> Callable[..., Any]:
        """A bound callable for export ``name`` (``func`` or ``iface#func``)."""
        fn = self._exports.get(name)
        if fn is not None:
            return fn
        if not self.is_open:
            raise self._closed_error()
        func = self._lookup(name)
        sig = self.component_service.signature(name, func, self.store)
        fn = self._bind(name, func, sig)
        self._exports[name] = fn
        return fn

    def function_capability(self, host: Any, export: str) -> Any:
        """A revocable capability to call export ``export`` (``Runtime.capability`` for component domains).

        Granted to a component's import of the same WIT type (see :mod:`.grants`); revoked when
        this domain closes.

        Raises:
            CapabilityError: the domain belongs to another runtime.
            NoSuchExport: no function export ``export``.
            DomainClosed: the domain is closed.
        """
        from multipie.domains.component.grants import function_capability

        if self.service.host is not host:
            raise CapabilityError(f"rt.capability: domain {self.label} belongs to another runtime")
        if not self.is_open:
            raise self._closed_error()
        func = self._lookup(export)
        return function_capability(host, self, export, func.type(self.store))

    def invoke(self, name: str, values: Sequence[Any]) -> Any:
        """Call export ``name`` with values already in wasmtime-py's form (host resources); no conversion.

        For the kind's own callers (the HTTP server hands ``ResourceHost`` handles over);
        faults and limits as for :meth:`call`.
        """
        if not self.is_open:
            raise self._closed_error()
        func = self._lookup(name)
        sig = self.component_service.signature(name, func, self.store)
        fault = self._faulted(name, self.limits.timeout)
        call = _capi.component_call(func, self.store, sig.param_types, sig.result_type, fault)
        return self._run(name, call, list(values))

    def _lookup(self, name: str) -> wc.Func:
        idx = self.component_service.export_index(name, fuel=self.limits.fuel is not None)
        func = self.instance.get_func(self.store, idx) if idx is not None else None
        if func is None:
            names = ", ".join(e.name for e in self.service.exports if e.kind == "function") or "none"
            raise NoSuchExport(f"{self.label}: no function export {name!r} (function exports: {names})")
        return func

    def _bind(self, name: str, func: wc.Func, sig: Signature) -> Callable[..., Any]:
        lowers, lift, unwrap = sig.lowers, sig.lift, sig.unwrap_result
        arity = len(lowers)
        label = f"{self.label}.{name}"
        fault = self._faulted(name, self.limits.timeout)
        wheres = [Where(self.label, name, str(i)) for i in range(arity)]  # for messages, made once
        params = [f"{n}: {describe_type(t)}" for n, t in zip(sig.param_names, sig.param_types)]
        invoke = _capi.component_call(func, self.store, sig.param_types, sig.result_type, fault)

        def call(*args: Any) -> Any:  # the reference path; the native one falls back to it
            if len(args) != arity:
                raise ArgumentError.arity(self.label, name, params, len(args))
            if not self.is_open:
                raise self._closed_error()
            lowered = [lower(a, where, self) for lower, where, a in zip(lowers, wheres, args)]
            raw = self._run(name, invoke, lowered)
            value = lift(raw, self)
            if unwrap:
                assert isinstance(value, Variant)
                return unwrapped((value.tag == "ok", value.value))
            return value

        def unwrapped(outcome: tuple[bool, Any]) -> Any:  # a top-level result: the ok value, or ResultError
            ok, payload = outcome
            if not ok:
                raise ResultError(f"{label} returned an error: {payload!r:.200}", value=payload, export=name)
            return payload

        return self._native(name, func, sig, (call, unwrapped), fault) or call

    def _native(
        self,
        name: str,
        func: wc.Func,
        sig: Signature,
        python: tuple[Callable[..., Any], Callable[[tuple[bool, Any]], Any]],
        fault: Callable[[str], BaseException],
    ) -> Callable[..., Any] | None:
        """The export on the native fast path (flat WIT types only; see :mod:`.fastpath`), or ``None``."""
        found = fastpath.codes(sig.param_types, sig.result_type) if self._native_calls else None
        if found is None:
            return None
        limits = self.limits
        ticks = self._ticker.ticks_for(limits.timeout) if limits.timeout is not None else 0

        def on_error(err: int) -> None:  # called by the extension with the Store lock held
            self._guarded(name, _capi.component_raise, [err, fault])

        def on_closed() -> None:
            raise self._closed_error()

        call, unwrapped = python
        handlers = (call, on_error, on_closed, unwrapped)
        return fastpath.bind(self.store, self.label, func, found, (limits.fuel, ticks), self._ticker.handle, handlers)

    def _run(self, name: str, invoke: Callable[..., Any], lowered: list[Any]) -> Any:
        # The Store's lock, as the native path takes it: a second thread waits, and a host function
        # calling back into its own domain gets UsageError. (With Wasmtime's concurrency support off,
        # EngineConfig.component_async, nothing in Wasmtime refuses re-entering an instance.)
        lock = wasm_fastpath.borrow_store(self.store, self.label)
        lock.acquire()
        try:
            return self._limited(name, invoke, lowered)
        finally:
            lock.release()

    def _limited(self, name: str, invoke: Callable[..., Any], lowered: list[Any]) -> Any:
        store, limits = self.store, self.limits
        if limits.fuel is not None:
            store.set_fuel(limits.fuel)
        ticker = self._ticker if limits.timeout is not None else None
        if ticker is not None:
            _capi.set_store_deadline(store, ticker.ticks_for(limits.timeout))
            ticker.enter()
        try:
            return self._guarded(name, invoke, lowered)  # a Wasmtime error arrives translated (self._faulted)
        finally:
            if ticker is not None:
                ticker.leave()
                if self.is_open:
                    _capi.set_store_deadline(store, NO_DEADLINE)

    def _fault(self) -> None:
        # Called once the guest has returned (a fault's translation), by the thread holding the
        # Store's lock: closing the Store then drops it directly instead of refusing re-entry.
        lock = getattr(self.store, "_multipie_handle", None)  # none made: no call holds a lock
        if lock is None:
            super()._fault()
            return
        lock.in_fault = True
        try:
            super()._fault()
        finally:
            lock.in_fault = False

    def _guarded(self, name: str, invoke: Callable[..., Any], args: list[Any]) -> Any:
        """``invoke(*args)`` with what escapes a call translated (the Python and native paths share it)."""
        try:
            return invoke(*args)
        except (TypeError, ValueError, OverflowError) as exc:  # wasmtime-py refused a value before the call
            raise ArgumentError(f"{self.label}.{name}: bad arguments: {exc}") from exc
        except DomainError:  # a granted import failed (revoked, or its target faulted): the guest was cut off
            self._fault()
            raise

    def _drop_resource(self, raw: wc.ResourceAny) -> None:
        with _capi.errors_as(self._faulted("[resource-drop]", None)):
            raw.drop(self.store)

    def _faulted(self, export: str, timeout: float | None) -> Callable[[str], BaseException]:
        """The translation of a wasmtime error of a call of ``export`` (a fault tears the domain down)."""

        def fault(text: str) -> BaseException:
            stop = faults.interrupted(text, domain=self.label)
            if stop is not None:  # Ctrl-C: torn down as a Wasm module's domain is (the guest stopped mid-call)
                self._fault()
                return stop
            # The canonical ABI's realloc failing under a memory limit is the guest running out of
            # memory while receiving a value. (A guest that aborts on a refused memory.grow, such as
            # CPython on MemoryError, stays a Trap: Wasmtime's C API neither reports refused grows
            # nor exposes a component's memories to the host.)
            full = self.limits.memory_limit is not None and faults.REALLOC_FAILED in text
            err = faults.from_error(text, domain=self.label, export=export, timeout=timeout, memory_full=full)
            if isinstance(err, DomainError):
                self._fault()
            return err

        return fault

    @property
    def memory(self) -> memoryview:
        """Components keep their memories private: there is no host view.

        Raises:
            UsageError: always (exchange data through typed exports instead).
        """
        raise UsageError(f"{self.label}: a component exports no memory; pass values through its typed exports")

    def _release(self) -> None:
        self._exports.clear()
        caps = self.service.host.capabilities
        if caps.in_use:  # grants of this domain's exports die with it
            caps.revoke_targeting(self)
        self.store.close()

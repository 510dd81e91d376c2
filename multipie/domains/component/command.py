"""WASI 0.2 commands: run a component's ``wasi:cli/run`` to completion and return its exit code.

Everything a WASI preview 1 command gets, a component gets the same way (one
:func:`multipie.domains.wasm.wasi.build_config` serves both): argv (argv[0] is the
service name), environment, preopened directories (``HOST::GUEST[:ro]``), stdio, and
the command engine (big reservations, as for core commands). Exit codes: ``run``
returning ``ok`` is 0, ``err`` is 1, ``wasi:cli/exit`` gives its status; a trap,
timeout or exhausted fuel raises the typed error, and Ctrl-C stops an untimed run.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Protocol

import wasmtime

from multipie.domains.base import Command
from multipie.domains.component import faults
from multipie.domains.component.budget import limit_store
from multipie.domains.wasm import _capi
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.domains.wasm.wasi import build_config, remove_spooled
from multipie.domains.wasm.writers import Writers
from multipie.errors import InvalidModule, MultipieError

if TYPE_CHECKING:
    from wasmtime import component as wc

    from multipie.domains.base import Limits
    from multipie.domains.wasm.budget import Budget
    from multipie.domains.wasm.state import WasmState

__all__ = ["Runnable", "run"]


class Runnable(Protocol):
    """What :func:`run` needs of a :class:`~multipie.domains.component.service.ComponentService`."""

    name: str
    run_export: str | None

    @property
    def wasm_state(self) -> WasmState: ...

    @property
    def budget(self) -> Budget: ...

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits: ...

    def engine(self, *, fuel: bool) -> wasmtime.Engine: ...

    def component(self, *, fuel: bool) -> wc.Component: ...

    def instantiate(self, store: wasmtime.Store, comp: wc.Component, *, where: str) -> wc.Instance: ...


def run(
    service: Runnable,
    command: Command,
    *,
    memory_limit: int | None,
    fuel: int | None,
    timeout: float | None,
) -> int:
    """Run ``service``'s ``wasi:cli/run`` once in a fresh Store; returns the exit code.

    Raises:
        InvalidModule: the component does not export ``wasi:cli/run``.
        LinkError: it imports something other than WASI 0.2.
        Trap, Timeout, OutOfFuel, OutOfMemory: the program faulted.
        HostError: a custom stdout/stderr writer raised (its exception is the ``__cause__``).
    """
    if service.run_export is None:
        raise InvalidModule(f"{service.name}: not a WASI 0.2 command (no 'wasi:cli/run' export)")
    state = service.wasm_state
    limits = service.spawn_limits(memory_limit, fuel, timeout)
    metered = limits.fuel is not None
    engine = service.engine(fuel=metered)  # the one component engine: compiled once for spawns and commands
    comp = service.component(fuel=metered)
    label = f"{service.name}#command"
    cleanup: list[str] = []
    store = _capi.OwnedStore(engine)  # armed for Ctrl-C
    writers = Writers()
    with ExitStack() as stack:
        stack.callback(remove_spooled, cleanup)
        stack.callback(writers.settle)  # after the Store's close (callbacks run last first)
        stack.callback(store.close)
        args = [service.name, *command.args]
        store.set_wasi(
            build_config(
                args, command.env, command.dirs, command.stdin, command.stdout, command.stderr, cleanup, writers=writers
            )
        )
        limit_store(store, service.budget, limits.memory_limit, label)
        if metered:
            store.set_fuel(limits.fuel or 0)
        ticker = state.ticker if limits.timeout is not None else None
        _capi.set_store_deadline(store, ticker.ticks_for(limits.timeout) if ticker and limits.timeout else NO_DEADLINE)
        instance = service.instantiate(store, comp, where=label)
        iface = instance.get_export_index(store, service.run_export)
        index = instance.get_export_index(store, "run", iface)
        func = instance.get_func(store, index) if index is not None else None
        if func is None:
            raise InvalidModule(f"{service.name}: '{service.run_export}' exports no 'run' function")
        try:
            code = _call_run(func, store, ticker, label=label, timeout=limits.timeout)
        except MultipieError:
            writers.check(label)  # the writer's failure is the cause (a guest may trap on EIO)
            raise
        writers.check(label)
        return code
    raise AssertionError("unreachable")  # pragma: no cover - the with block returns or raises


def _call_run(func: Any, store: wasmtime.Store, ticker: Any, *, label: str, timeout: float | None) -> int:
    def fault(text: str) -> BaseException:
        return faults.interrupted(text, domain=label) or faults.from_error(
            text, domain=label, export="wasi:cli/run#run", timeout=timeout
        )

    if ticker is not None:
        ticker.enter()
    try:
        with _capi.errors_as(fault):
            try:
                result = func(store)
            except wasmtime.ExitTrap as exc:  # the guest's exit(code): an answer, not a fault
                return int(exc.code)
    finally:
        if ticker is not None:
            ticker.leave()
    return 1 if getattr(result, "tag", "ok") == "err" else 0

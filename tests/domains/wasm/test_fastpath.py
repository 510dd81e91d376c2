"""The native entry path behaves exactly like the pure-Python one: results, errors, faults, threads, groups."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import wasmtime

import multipie
from multipie.domains.wasm import fastpath
from multipie.errors import (
    ArgumentError,
    DomainClosed,
    HostError,
    NoSuchExport,
    OutOfFuel,
    OutOfMemory,
    Timeout,
    Trap,
    TrapCode,
    UsageError,
)
from tests.inflight import Call, wait_for

NATIVE, WHY = fastpath.native_available()

HOST_WAT = """(module
  (import "host" "cb" (func $cb (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "viahost") (param i32) (result i32) local.get 0 call $cb)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))"""


@pytest.fixture
def add(rt: multipie.Runtime, guests: Path) -> Any:
    return rt.load(guests / "wat" / "add.wasm")


@pytest.fixture
def faults(rt: multipie.Runtime, guests: Path) -> Any:
    return rt.load(guests / "wat" / "faults.wasm")


#: Each call first sets byte 0 of the granted region (the guest is inside the call); then ``spin`` loops
#: forever and ``wait`` loops until byte 4 is set. The region outlives the domain: safe to read after a teardown.
INCALL_WAT = """(module
  (import "env" "flags" (memory 1))
  (func (export "ok") (result i32) i32.const 42)
  (func (export "spin") (i32.store8 (i32.const 0) (i32.const 1)) (loop $l br $l))
  (func (export "wait") (result i32)
    (i32.store8 (i32.const 0) (i32.const 1))
    (loop $l (br_if $l (i32.eqz (i32.load8_u (i32.const 4)))))
    i32.const 7))"""


@pytest.fixture
def incall(rt: multipie.Runtime) -> Callable[..., tuple[Any, multipie.Region]]:
    """``incall(**limits)`` -> a domain of :data:`INCALL_WAT` and the region holding its flags."""
    svc = rt.load(INCALL_WAT, name="incall")

    def spawn(**limits: Any) -> tuple[Any, multipie.Region]:
        region = rt.region(1 << 16)
        return svc.spawn(grants={"env.flags": region.capability()}, **limits), region

    return spawn


def _norm(text: str) -> str:
    # Domain numbers differ per spawn; so may the code offset Wasmtime reports for the frame a
    # timeout or fuel check stops in (the loop is interrupted at whichever check fires first).
    return re.sub(r"@ 0x[0-9a-f]+", "@ 0x..", re.sub(r"#\d+", "#N", text))


def test_backend_selected(backend: str, add: Any) -> None:
    with add.spawn() as d:
        assert d.backend == backend


def test_results_match(backend: str, add: Any) -> None:
    with add.spawn() as d:
        assert d.call("add", 2, 3) == 5
        assert d.call("add", 2**31 - 1, 1) == -(2**31)  # wraps, results are signed
        assert d.call("add", 2**32 - 1, 0) == -1
        assert d.call("add64", 2**63, 1) == -(2**63) + 1
        assert d.call("mulf", 1.5, 2) == 3.0
        assert d.call("divmod", 7, 2) == (3, 1)
        assert d.call("noop") is None
        f = d.export("add")
        assert f(40, 2) == 42
        assert d.export("add") is f


def test_argument_errors_identical(add: Any) -> None:
    cases: list[tuple[str, tuple[Any, ...]]] = [
        ("add", (1,)),
        ("add", (1, 2, 3)),
        ("add", (1, 2**32)),
        ("add", (-(2**31) - 1, 0)),
        ("add", (True, 1)),
        ("add", ("1", 2)),
        ("add", (1.0, 2)),
        ("add64", (2**64, 0)),
        ("mulf", (10**400, 1.0)),
        ("mulf", (None, 1.0)),
        ("add", (10**5000, 0)),
        ("add", ("s" * 100_000, 0)),
    ]
    seen: dict[str, list[str]] = {}
    for b in [p for p in ("native", "python") if p == "python" or NATIVE]:
        prev = fastpath.use_native(b == "native")
        try:
            d = add.spawn()
            for name, args in cases:
                with pytest.raises(ArgumentError) as ei:
                    d.call(name, *args)
                seen.setdefault(b, []).append(_norm(str(ei.value)))
            assert d.call("add", 1, 1) == 2  # an argument error does not tear the domain down
            d.close()
        finally:
            fastpath.use_native(prev)
    if NATIVE:
        assert seen["native"] == seen["python"]


def test_unknown_export_and_bad_name(backend: str, add: Any) -> None:
    with add.spawn() as d:
        with pytest.raises(NoSuchExport, match="nope"):
            d.call("nope")
        with pytest.raises(UsageError):
            d.call(42)  # type: ignore[arg-type]
        with pytest.raises(NoSuchExport):
            d.export("memory")


@pytest.mark.parametrize(
    ("export", "kwargs", "error", "code"),
    [
        ("unreachable", {}, Trap, TrapCode.UNREACHABLE),
        ("oob", {}, Trap, TrapCode.MEMORY_OUT_OF_BOUNDS),
        ("divzero", {}, Trap, TrapCode.INTEGER_DIVISION_BY_ZERO),
        ("recurse", {}, Trap, TrapCode.STACK_OVERFLOW),
        ("spin", {"timeout": 0.05}, Timeout, None),
        ("spin", {"fuel": 10_000}, OutOfFuel, None),
        ("bomb", {"memory_limit": 4 << 16}, OutOfMemory, None),
    ],
)
def test_every_fault_kind(
    backend: str, faults: Any, export: str, kwargs: dict[str, Any], error: type, code: TrapCode | None
) -> None:
    d = faults.spawn(**kwargs)
    with pytest.raises(error) as ei:
        d.call(export)
    if code is not None:
        assert ei.value.code is code
    assert not d.is_open
    with pytest.raises(DomainClosed):
        d.call("ok")
    with pytest.raises(DomainClosed):
        d.export("ok")
    # the runtime keeps working
    with faults.spawn() as other:
        assert other.call("ok") == 42


def test_fault_messages_identical(faults: Any) -> None:
    if not NATIVE:
        pytest.skip(f"native fast path unavailable: {WHY}")
    texts: dict[bool, list[str]] = {}
    for native in (True, False):
        prev = fastpath.use_native(native)
        try:
            for export, kw in (("unreachable", {}), ("spin", {"fuel": 1000}), ("spin", {"timeout": 0.02})):
                d = faults.spawn(**kw)
                with pytest.raises(Exception) as ei:
                    d.call(export)
                texts.setdefault(native, []).append(f"{type(ei.value).__name__}: {_norm(str(ei.value))}")
        finally:
            fastpath.use_native(prev)
    assert texts[True] == texts[False]


def _host_binder(rt: multipie.Runtime, fn: Any) -> None:
    def binder(service: Any, grants: Any) -> Any:
        def link(store: wasmtime.Store) -> Any:
            engine = service.state.engines.engine(fuel=False)
            linker = wasmtime.Linker(engine)
            ft = wasmtime.FuncType([wasmtime.ValType.i32()], [wasmtime.ValType.i32()])
            linker.define_func("host", "cb", ft, grants["host.cb"])
            return linker.instantiate(store, service.module(fuel=False))._instance

        return link

    rt._host.state("wasm").bind_grants = binder  # in place of the capability layer's binder


def test_host_exception_reported_and_not_leaked(backend: str, rt: multipie.Runtime) -> None:
    def cb(x: int) -> int:
        if x < 0:
            raise ValueError("negative")
        return x * 2

    _host_binder(rt, cb)
    svc = rt.load(HOST_WAT)
    d = svc.spawn(grants={"host.cb": cb})
    assert d.call("viahost", 21) == 42
    with pytest.raises(HostError, match="ValueError: negative"):
        d.call("viahost", -1)
    assert not d.is_open
    # nothing waits in LAST_EXCEPTION for an unrelated later call
    d2 = svc.spawn(grants={"host.cb": cb})
    assert d2.call("viahost", 1) == 2
    d2.close()


def test_reentry_refused_not_deadlocked(backend: str, rt: multipie.Runtime) -> None:
    box: dict[str, Any] = {}

    def cb(x: int) -> int:
        return int(box["d"].call("add", x, 1))

    _host_binder(rt, cb)
    d = rt.load(HOST_WAT).spawn(grants={"host.cb": cb})
    box["d"] = d
    with pytest.raises(UsageError, match="re-entrant"):
        d.call("viahost", 1)


def test_store_wrapper(backend: str, add: Any) -> None:
    d = add.spawn()
    assert isinstance(d.store, wasmtime.Store)
    assert d.call("add", 1, 2) == 3
    d.close()
    with pytest.raises(DomainClosed):
        _ = d.store


def test_export_keeps_domain_alive(backend: str, add: Any) -> None:
    f = add.spawn().export("add")
    import gc

    gc.collect()
    assert f(1, 2) == 3


def test_two_threads_one_domain(backend: str, add: Any) -> None:
    d = add.spawn()
    errors: list[BaseException] = []

    def worker(base: int) -> None:
        try:
            for i in range(2000):
                d.call("store", base, i)
                v = d.call("load", base)
                assert v == i, (base, i, v)
                assert d.call("add", i, base) == i + base
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(b,)) for b in (0, 64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    d.close()


def test_timeout_blocks_other_thread_until_done(backend: str, incall: Any) -> None:
    d, flags = incall(timeout=1.0)
    spin = Call(d.call, "spin")
    wait_for(lambda: flags.view[0] == 1, "the guest inside spin")
    # The GIL is free (the ticker runs) but the Store is locked: this call waits, then sees the teardown.
    with pytest.raises(DomainClosed):
        d.call("ok")
    assert isinstance(spin.outcome(), Timeout)


def test_close_from_other_thread_waits_for_call(backend: str, incall: Any) -> None:
    d, flags = incall(timeout=1.0)
    spin = Call(d.call, "spin")
    wait_for(lambda: flags.view[0] == 1, "the guest inside spin")
    d.close()  # waits for the running call: it ends by its own timeout, not by a closed Store under it
    assert not d.is_open
    assert isinstance(spin.outcome(), Timeout)


def test_use_native_refuses_when_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fastpath, "_native", None)
    with pytest.raises(UsageError, match="unavailable"):
        fastpath.use_native(True)


# -- groups --------------------------------------------------------------------


def test_group_isolation_and_limits(backend: str, rt: multipie.Runtime, add: Any, faults: Any) -> None:
    g = rt.group(slab_size=100, fuel=True, memory_limit=4 << 16)
    a, b = add.spawn(group=g), add.spawn(group=g)
    a.call("store", 0, 7)
    b.call("store", 0, 9)
    assert (a.call("load", 0), b.call("load", 0)) == (7, 9)
    # a fault of every kind takes only its own domain down
    for export, kw, err in (
        ("unreachable", {}, Trap),
        ("spin", {"fuel": 5000}, OutOfFuel),
        ("spin", {"timeout": 0.05}, Timeout),
        ("bomb", {}, OutOfMemory),
    ):
        f = faults.spawn(group=g, **kw)
        with pytest.raises(err):
            f.call(export)
        with pytest.raises(DomainClosed):
            f.call("ok")
        assert (a.call("load", 0), b.call("load", 0)) == (7, 9)
    # an unmetered neighbour is not limited by the last metered call in its Store
    spinner_ok = faults.spawn(group=g)
    assert spinner_ok.call("ok") == 42
    assert g.slabs == 1 and g.dead_instances == 4
    g.close()
    assert g.slabs == 0
    with pytest.raises(DomainClosed):
        a.call("load", 0)


def test_group_slabs_and_reclamation(backend: str, rt: multipie.Runtime, add: Any) -> None:
    g = rt.group(slab_size=3)
    ds = [add.spawn(group=g) for _ in range(7)]
    assert g.slabs == 3 and g.live_domains == 7
    assert [d.call("add", i, 1) for i, d in enumerate(ds)] == [i + 1 for i in range(7)]
    for d in ds[:3]:  # the first slab empties: its Store is dropped
        d.close()
    assert g.slabs == 2 and g.slabs_dropped == 1
    ds[3].close()
    assert g.dead_instances == 1  # freed only with its slab
    assert ds[4].call("add", 1, 1) == 2


def test_group_rejects_what_it_cannot_keep(rt: multipie.Runtime, add: Any) -> None:
    g = rt.group(memory_limit=1 << 20)
    with pytest.raises(UsageError, match="unmetered"):
        add.spawn(group=g, fuel=100)
    with pytest.raises(UsageError, match="per group"):
        add.spawn(group=g, memory_limit=2 << 20)
    other = multipie.Runtime(cache_dir=None)
    try:
        with pytest.raises(UsageError, match="another runtime"):
            other.load(add.wasm).spawn(group=g)
    finally:
        other.close()
    g.close()
    with pytest.raises(UsageError, match="closed"):
        add.spawn(group=g)


def test_runtime_close_closes_groups(backend: str, guests: Path, tmp_path: Path) -> None:
    rt = multipie.Runtime(cache_dir=tmp_path)
    g = rt.group()
    d = rt.load(guests / "wat" / "add.wasm").spawn(group=g)
    rt.close()
    assert not d.is_open and g.slabs == 0


def test_pooling_allocator_limits_are_typed(backend: str, guests: Path) -> None:
    from multipie.domains.wasm.engine import EngineConfig
    from multipie.errors import CapacityError

    rt = multipie.Runtime(cache_dir=None, engine=EngineConfig(pooling=3, memory_reservation=1 << 20))
    try:
        svc = rt.load(guests / "wat" / "add.wasm")
        ds = [svc.spawn() for _ in range(3)]
        with pytest.raises(CapacityError, match="pooling allocator is full"):
            svc.spawn()
        ds[0].close()  # a slot comes back with its domain
        assert svc.spawn().call("add", 1, 2) == 3
    finally:
        rt.close()


def test_timeouts_with_python_ticker(backend: str, guests: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_NATIVE_TICKER", "0")
    rt = multipie.Runtime(cache_dir=None)
    try:
        assert not rt._host.state("wasm").ticker.native
        d = rt.load(guests / "wat" / "faults.wasm").spawn(timeout=0.05)
        assert d.call("ok") == 42
        with pytest.raises(Timeout):
            d.call("spin")
    finally:
        rt.close()


def test_not_interruptible_refuses_timeouts(guests: Path) -> None:
    from multipie.domains.wasm.engine import EngineConfig

    rt = multipie.Runtime(cache_dir=None, engine=EngineConfig(interruptible=False))
    try:
        svc = rt.load(guests / "wat" / "add.wasm")
        with pytest.raises(UsageError, match="interruptible=False"):
            svc.spawn(timeout=1.0)
        assert svc.spawn().call("add", 1, 2) == 3
    finally:
        rt.close()


@pytest.mark.parametrize("hold", [False, True])
def test_hold_gil_is_opt_in(backend: str, incall: Any, hold: bool) -> None:
    """By default a long guest call lets other Python threads run (as the ctypes path does); with
    ``hold_gil`` the native path keeps them out until the call ends."""
    d, flags = incall(fuel=2_000_000_000)
    if backend == "native":
        d.hold_gil = hold

    def release() -> None:  # Python code: it can run during the call only if the call let go of the GIL
        wait_for(lambda: flags.view[0] == 1, "the guest inside wait")
        flags.view[4] = 1

    helper = Call(release)
    if hold and backend == "native":
        with pytest.raises(OutOfFuel):  # no other thread ran: nobody set the flag the guest waited for
            d.call("wait")
    else:
        assert d.call("wait") == 7  # another Python thread set the flag while the guest waited
    assert helper.outcome() is None

"""Domain creation (create + first call): ours vs wasmtime-py, Extism, threads, processes."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any

import wasmtime

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import dense_engine, extism_or_reason, guest, measure, runtime, unavailable
from multipie.domains.wasm import fastpath
from multipie.domains.wasm.engine import EngineConfig

ROW = "creation"
METRIC = "create + first call, p50"


def _child() -> None:
    pass


def _spawner(svc: Any, live: list[Any], **spawn: Any) -> Callable[[], None]:
    """A measured step: spawn a domain of ``svc``, make its first call, keep it in ``live``."""

    def step() -> None:
        d = svc.spawn(**spawn)
        d.call("add", 1, 2)
        live.append(d)

    return step


def _flush(live: list[Any]) -> None:
    for d in live:
        d.close()
    live.clear()


def _ours(path: Any, n: int) -> list[Measurement]:
    """Ours: own Store per domain, a group's shared Store, the pooling allocator, the Python fallback."""
    out: list[Measurement] = []
    rt = runtime()
    svc: Any = rt.load(path)
    live: list[Any] = []
    ours = _spawner(svc, live)
    native, why = fastpath.native_available()
    if native:
        fastpath.use_native(True)
        out.append(measure(ROW, "ours", METRIC, ours, n=n, note="native gate; own Store per domain"))
        _flush(live)
        g = rt.group(slab_size=100_000)
        out.append(measure(ROW, "ours (group)", METRIC, _spawner(svc, live, group=g), n=n, note="shared Store slab"))
        _flush(live)
        g.close()
        prt = runtime(engine=EngineConfig(pooling=2 * n + 100, memory_reservation=1 << 20))
        pooled = _spawner(prt.load(path), live)
        out.append(measure(ROW, "ours (pooling)", METRIC, pooled, n=n, note="EngineConfig(pooling=..., 1 MiB slots)"))
        _flush(live)
        prt.close()
    else:
        out.append(unavailable(ROW, "ours", METRIC, why))
    prev = fastpath.use_native(False)
    out.append(measure(ROW, "ours (python fallback)", METRIC, ours, n=n, note="pure-Python gate"))
    _flush(live)
    if native:
        fastpath.use_native(prev)
    rt.close()
    return out


def _wasmtime_py(path: Any, n: int) -> list[Measurement]:
    """Plain wasmtime-py, tuned Config as ours, so only the host side differs."""
    engine = dense_engine()
    module = wasmtime.Module.from_file(engine, str(path))
    pre = wasmtime.Linker(engine).instantiate_pre(module)

    def naive() -> None:
        store = wasmtime.Store(engine)
        store.set_epoch_deadline(1 << 62)
        inst = wasmtime.Instance(store, module, [])
        inst.exports(store)["add"](store, 1, 2)  # type: ignore[operator]

    def with_pre() -> None:
        store = wasmtime.Store(engine)
        store.set_epoch_deadline(1 << 62)
        inst = pre.instantiate(store)
        inst.exports(store)["add"](store, 1, 2)  # type: ignore[operator]

    return [
        measure(ROW, "wasmtime-py naive", METRIC, naive, n=n // 2, note="new Store + Instance + Func()"),
        measure(ROW, "wasmtime-py InstancePre", METRIC, with_pre, n=n // 2, note="new Store + InstancePre"),
    ]


def _extism(ctx: BenchContext, n: int) -> Measurement:
    extism, why = extism_or_reason()
    if extism is None:
        return unavailable(ROW, "extism", METRIC, why)
    wasm = guest(ctx, "bench/extism_echo.wasm").read_bytes()
    from extism.extism import CompiledPlugin

    compiled = CompiledPlugin(wasm, wasi=False)

    def ext() -> None:
        p = extism.Plugin(compiled)
        p.call("noop", b"")

    return measure(ROW, "extism", METRIC, ext, n=max(20, n // 20), note="Plugin(CompiledPlugin) + call")


def _os(ctx: BenchContext, n: int) -> list[Measurement]:
    """A thread, a forked process, and fork+exec of /bin/true."""

    def thread() -> None:
        t = threading.Thread(target=_child)
        t.start()
        t.join()

    mp = multiprocessing.get_context("fork")

    def process() -> None:
        p = mp.Process(target=_child)
        p.start()
        p.join()

    def spawn_true() -> None:
        pid = os.posix_spawn("/bin/true", ["/bin/true"], {})
        os.waitpid(pid, 0)

    runs = 20 if ctx.quick else 100
    return [
        measure(ROW, "python thread", "start + join, p50", thread, n=max(50, n // 10)),
        measure(ROW, "multiprocessing", "fork start + join, p50", process, n=runs, warmup=2),
        measure(
            ROW, "fork+exec /bin/true", "posix_spawn + wait, p50", spawn_true, n=20 if ctx.quick else 200, warmup=2
        ),
    ]


@suite("creation")
def creation(ctx: BenchContext) -> list[Measurement]:
    """Creating a domain and making its first call, per technique."""
    n = 300 if ctx.quick else 5000
    path = guest(ctx, "bench/data.wasm")
    return [*_ours(path, n), *_wasmtime_py(path, n), _extism(ctx, n), *_os(ctx, n)]

"""Domain creation (create + first call): ours vs wasmtime-py, Extism, threads, processes."""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Any

import wasmtime

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import extism_or_reason, guest, measure, runtime, unavailable
from multipie.domains.wasm import fastpath
from multipie.domains.wasm.engine import EngineConfig

ROW = "creation"
METRIC = "create + first call, p50"


def _child() -> None:
    pass


@suite("creation")
def creation(ctx: BenchContext) -> list[Measurement]:
    """Creating a domain and making its first call, per technique."""
    n = 300 if ctx.quick else 5000
    path = guest(ctx, "bench/data.wasm")
    out: list[Measurement] = []
    rt = runtime()
    svc: Any = rt.load(path)
    live: list[object] = []

    def ours() -> None:
        d = svc.spawn()
        d.call("add", 1, 2)
        live.append(d)

    def flush() -> None:
        for d in live:
            d.close()  # type: ignore[attr-defined]
        live.clear()

    native, why = fastpath.native_available()
    if native:
        fastpath.use_native(True)
        out.append(measure(ROW, "ours", METRIC, ours, n=n, note="native gate; own Store per domain"))
        flush()
        g = rt.group(slab_size=100_000)

        def grouped() -> None:
            d = svc.spawn(group=g)
            d.call("add", 1, 2)
            live.append(d)

        out.append(measure(ROW, "ours (group)", METRIC, grouped, n=n, note="shared Store slab"))
        flush()
        g.close()
        prt = runtime(engine=EngineConfig(pooling=2 * n + 100, memory_reservation=1 << 20))
        psvc: Any = prt.load(path)

        def pooled() -> None:
            d = psvc.spawn()
            d.call("add", 1, 2)
            live.append(d)

        out.append(measure(ROW, "ours (pooling)", METRIC, pooled, n=n, note="EngineConfig(pooling=..., 1 MiB slots)"))
        flush()
        prt.close()
    else:
        out.append(unavailable(ROW, "ours", METRIC, why))
    prev = fastpath.use_native(False)
    out.append(measure(ROW, "ours (python fallback)", METRIC, ours, n=n, note="pure-Python gate"))
    flush()
    if native:
        fastpath.use_native(prev)
    rt.close()

    # Plain wasmtime-py, tuned Config as ours, so only the host side differs.
    cfg = wasmtime.Config()
    cfg.epoch_interruption = True
    cfg.memory_reservation = 64 << 10
    cfg.memory_guard_size = 0
    cfg.memory_reservation_for_growth = 0
    engine = wasmtime.Engine(cfg)
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

    out.append(measure(ROW, "wasmtime-py naive", METRIC, naive, n=n // 2, note="new Store + Instance + Func()"))
    out.append(measure(ROW, "wasmtime-py InstancePre", METRIC, with_pre, n=n // 2, note="new Store + InstancePre"))

    extism, why = extism_or_reason()
    if extism is None:
        out.append(unavailable(ROW, "extism", METRIC, why))
    else:
        wasm = guest(ctx, "bench/extism_echo.wasm").read_bytes()
        from extism.extism import CompiledPlugin

        compiled = CompiledPlugin(wasm, wasi=False)

        def ext() -> None:
            p = extism.Plugin(compiled)
            p.call("noop", b"")

        out.append(measure(ROW, "extism", METRIC, ext, n=max(20, n // 20), note="Plugin(CompiledPlugin) + call"))

    def thread() -> None:
        t = threading.Thread(target=_child)
        t.start()
        t.join()

    out.append(measure(ROW, "python thread", "start + join, p50", thread, n=max(50, n // 10)))
    mp = multiprocessing.get_context("fork")

    def process() -> None:
        p = mp.Process(target=_child)
        p.start()
        p.join()

    out.append(measure(ROW, "multiprocessing", "fork start + join, p50", process, n=20 if ctx.quick else 100, warmup=2))

    def spawn_true() -> None:
        pid = os.posix_spawn("/bin/true", ["/bin/true"], {})
        os.waitpid(pid, 0)

    out.append(
        measure(ROW, "fork+exec /bin/true", "posix_spawn + wait, p50", spawn_true, n=20 if ctx.quick else 200, warmup=2)
    )
    return out

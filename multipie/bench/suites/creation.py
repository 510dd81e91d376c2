"""Domain creation (create + first call): ours vs wasmtime-py, Extism, threads, processes.

Also the start of a whole process, ``multipie run`` of a WASI command module with a warm cache,
beside a plain wasmtime-py script doing the same (``Module.deserialize_file``, WASI, ``_start``).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

import wasmtime

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import (
    dense_engine,
    extism_or_reason,
    guest,
    measure,
    process_start,
    runtime,
    unavailable,
)  # fmt: skip
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
    starts = _process_start(ctx, n=3 if ctx.quick else 15)
    return [*_ours(path, n), *_wasmtime_py(path, n), _extism(ctx, n), *_os(ctx, n), *starts]


_PLAIN_RUN = """
import sys, wasmtime
engine = wasmtime.Engine(wasmtime.Config())
module = wasmtime.Module.deserialize_file(engine, sys.argv[1])
linker = wasmtime.Linker(engine); linker.define_wasi()
store = wasmtime.Store(engine)
wasi = wasmtime.WasiConfig(); wasi.inherit_stdout(); wasi.inherit_stderr(); wasi.argv = ["hello"]
store.set_wasi(wasi)
linker.instantiate(store, module).exports(store)["_start"](store)
"""


def _process_start(ctx: BenchContext, n: int) -> list[Measurement]:
    """``multipie run c/hello.wasm`` (warm cache) vs a plain script running the same module's ``_start``."""
    path = guest(ctx, "c/hello.wasm")
    scratch = ctx.scratch / f"process-start-{os.getpid()}"
    scratch.mkdir(parents=True, exist_ok=True)
    art = scratch / "hello.cwasm"
    art.write_bytes(wasmtime.Module.from_file(wasmtime.Engine(wasmtime.Config()), str(path)).serialize())
    return process_start(
        "cached process start (module)",
        ([sys.executable, "-m", "multipie.cli", "run", str(path)], "`multipie run c/hello.wasm`, warm cache"),
        ("wasmtime-py", [sys.executable, "-c", _PLAIN_RUN, str(art)], "python -c: deserialize_file + WASI + _start"),
        env=dict(os.environ, MULTIPIE_CACHE_DIR=str(scratch / "cache")),
        n=n,
    )

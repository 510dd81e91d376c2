"""Components (issue 17): compile, deserialise, fresh instance, typed call, cached start and run — ours vs plain.

The full run measures the ~18 MB componentize-py guest (``component/pyhello.wasm``, CPython
inside); ``--quick`` the small hand-written ``component/typed.wasm`` (no minutes-long compile).
Plain wasmtime-py runs with its default ``Config`` and its public API only
(``Component``, ``Component.deserialize[_file]``, ``Linker.add_wasip2``, ``Func.__call__``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import wasmtime
from wasmtime import component as wc

import multipie
from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import guest, measure, process_start, runtime
from multipie.domains.wasm import fastpath as wasm_fastpath

__all__ = ["components"]

PLAIN = "wasmtime-py"


def _plain_engine() -> wasmtime.Engine:
    return wasmtime.Engine(wasmtime.Config())


def _plain_instance(engine: wasmtime.Engine, linker: wc.Linker, comp: wc.Component) -> tuple[Any, Any]:
    store = wasmtime.Store(engine)
    store.set_wasi(wasmtime.WasiConfig())
    return store, linker.instantiate(store, comp)


def _once(row: str, who: str, metric: str, fn: Any, note: str = "") -> Measurement:
    return measure(row, who, metric, fn, n=1, warmup=0, unit="ms", scale=1e3, note=note)


def _compile_rows(path: Path, scratch: Path) -> tuple[list[Measurement], Path]:
    """Compile once each (ours fills a fresh cache dir); returns the rows and plain's serialized artefact."""
    data = path.read_bytes()
    cache = scratch / "component-cache"
    out = [
        _once(
            "component compile",
            "ours",
            "once",
            lambda: multipie.Runtime(cache_dir=cache).load(path).close(),
            note="load with an empty cache: compile + mapped artefact written",
        ),
    ]
    comps: list[wc.Component] = []
    out.append(
        _once(
            "component compile",
            PLAIN,
            "once",
            lambda: comps.append(wc.Component(_plain_engine(), data)),
            note="Engine + Component",
        )
    )
    art = scratch / "plain.cwasm"
    art.write_bytes(comps[0].serialize())
    return out, art


def _deserialise_rows(path: Path, scratch: Path, art: Path, n: int) -> list[Measurement]:
    cache = scratch / "component-cache"

    def ours() -> None:
        rt = multipie.Runtime(cache_dir=cache)  # a new runtime: the in-memory cache is empty
        rt.load(path)
        rt.close()

    blob = art.read_bytes()
    return [
        measure(
            "component deserialise",
            "ours",
            "p50",
            ours,
            n=n,
            warmup=1,
            unit="ms",
            scale=1e3,
            note="Runtime.load from a warm disk cache: source hashed, artefact mapped",
        ),
        measure(
            "component deserialise",
            f"{PLAIN} (file)",
            "p50",
            lambda: wc.Component.deserialize_file(_plain_engine(), str(art)),
            n=n,
            warmup=1,
            unit="ms",
            scale=1e3,
            note="Engine + deserialize_file",
        ),
        measure(
            "component deserialise",
            f"{PLAIN} (bytes)",
            "p50",
            lambda: wc.Component.deserialize(_plain_engine(), blob),
            n=n,
            warmup=1,
            unit="ms",
            scale=1e3,
            note="Engine + deserialize from bytes in memory",
        ),
    ]


def _instance_rows(svc: Any, art: Path, n: int) -> list[Measurement]:
    row, metric = "component fresh instance", "p50"
    out = [measure(row, "ours (spawn)", metric, lambda: svc.spawn().close(), n=n, note="spawn + close")]
    res = svc.reserve(min(n, 64))
    res.wait_ready(min(n, 64), timeout=600)

    def take() -> None:
        d = res.take()
        if d is None:  # drained: the rest of the samples measure a spawn
            d = svc.spawn()
        d.close()

    out.append(
        measure(
            row,
            "ours (reserve)",
            metric,
            take,
            n=min(n, 64),
            warmup=0,
            note="taken from a reserve filled ahead on a background thread",
        )
    )
    res.close()
    engine = _plain_engine()
    comp = wc.Component.deserialize_file(engine, str(art))
    linker = wc.Linker(engine)
    linker.add_wasip2()
    out.append(
        measure(
            row,
            PLAIN,
            metric,
            lambda: _plain_instance(engine, linker, comp),
            n=n,
            note="Store + WasiConfig + Linker.instantiate",
        )
    )
    return out


def _call_rows(svc: Any, art: Path, n: int) -> list[Measurement]:
    row, metric = "component typed call (string in/out)", "per call, p50"
    d = svc.spawn()
    greet = d.export("greet")
    out = [measure(row, "ours", metric, lambda: greet("world"), n=n, note="native path (_fastcall.CompCall)")]
    d.close()
    prev = wasm_fastpath.use_native(False)  # the ctypes path every call took before the native one
    try:
        d = svc.spawn()
    finally:
        wasm_fastpath.use_native(prev)
    slow = d.export("greet")
    out.append(measure(row, "ours (python path)", metric, lambda: slow("world"), n=n, note="ctypes, MULTIPIE_NATIVE=0"))
    d.close()
    engine = _plain_engine()
    linker = wc.Linker(engine)
    linker.add_wasip2()
    store, inst = _plain_instance(engine, linker, wc.Component.deserialize_file(engine, str(art)))
    func = inst.get_func(store, "greet")
    out.append(measure(row, PLAIN, metric, lambda: func(store, "world"), n=n))
    return out


_PLAIN_START = """
import sys, wasmtime
from wasmtime import component as wc
engine = wasmtime.Engine(wasmtime.Config())
comp = wc.Component.deserialize_file(engine, sys.argv[1])
linker = wc.Linker(engine); linker.add_wasip2()
store = wasmtime.Store(engine); store.set_wasi(wasmtime.WasiConfig())
print(linker.instantiate(store, comp).get_func(store, "greet")(store, "x"))
"""


_PLAIN_RUN = """
import sys, wasmtime
from wasmtime import component as wc
engine = wasmtime.Engine(wasmtime.Config())
comp = wc.Component.deserialize_file(engine, sys.argv[1])
linker = wc.Linker(engine); linker.add_wasip2()
store = wasmtime.Store(engine)
wasi = wasmtime.WasiConfig(); wasi.argv = ["echo", *sys.argv[2:]]; wasi.inherit_stdout(); store.set_wasi(wasi)
inst = linker.instantiate(store, comp)
run = inst.get_func(store, inst.get_export_index(store, "run", inst.get_export_index(store, "wasi:cli/run@0.2.0")))
run(store)
"""


def _start_rows(path: Path, scratch: Path, art: Path, n: int, echo: Path) -> list[Measurement]:
    """Whole processes (warm caches): ``multipie call COMPONENT greet x`` and ``multipie run`` of a WASI 0.2
    command, each beside a plain script doing the same."""
    env = dict(os.environ, MULTIPIE_CACHE_DIR=str(scratch / "component-cache"))
    echo_art = scratch / "echo.cwasm"
    echo_art.write_bytes(wc.Component(_plain_engine(), echo.read_bytes()).serialize())
    return [
        *process_start(
            "component cached start (process)",
            (
                [sys.executable, "-m", "multipie.cli", "call", str(path), "greet", "x"],
                "`multipie call COMPONENT greet x`",
            ),
            (PLAIN, [sys.executable, "-c", _PLAIN_START, str(art)], "python -c: deserialize_file + instantiate + call"),
            env=env,
            n=n,
        ),
        *process_start(
            "component cached run (process)",
            ([sys.executable, "-m", "multipie.cli", "run", str(echo), "a", "x"], "`multipie run echo.wasm a x`"),
            (PLAIN, [sys.executable, "-c", _PLAIN_RUN, str(echo_art), "a", "x"], "python -c: deserialize_file + run"),
            env=env,
            n=n,
        ),
    ]


@suite("components")
def components(ctx: BenchContext) -> list[Measurement]:
    """Compile, deserialise, fresh instance, typed call and cached process start of a component."""
    path = guest(ctx, "component/typed.wasm" if ctx.quick else "component/pyhello.wasm")
    scratch = ctx.scratch / f"components-{time.monotonic_ns()}"
    scratch.mkdir(parents=True)
    out, art = _compile_rows(path, scratch)
    out += _deserialise_rows(path, scratch, art, n=3 if ctx.quick else 10)
    rt = runtime()
    svc = rt.load(path)
    out += _instance_rows(svc, art, n=20 if ctx.quick else 200)
    out += _call_rows(svc, art, n=200 if ctx.quick else 5000)
    rt.close()
    out += _start_rows(path, scratch, art, n=3 if ctx.quick else 10, echo=guest(ctx, "component/echo.wasm"))
    for m in out:
        name = "echo.wasm" if m.row == "component cached run (process)" else path.name  # the guest each row ran
        m.note = f"{name}; {m.note}" if m.note else name
    return out

"""Bench suite ``sharing``: capability calls, host calls, region grants/revokes, and the frame pipeline.

Rows (ours and peers measured in the same run):

- ``service->service call`` — ns per call from a guest loop: a local call, a
  direct import bound to another instance in the same Store (not revocable),
  ours through a revocable capability (same group), and ours across Stores
  (host trampoline);
- ``guest->host call`` — µs per call: ours (C trampoline), ours (pure-Python
  fallback), wasmtime-py ``Func(store, type, callable)``, and a plain Python call;
- ``region grant`` / ``region revoke`` — µs at 64 KiB, 1 MiB and 1 GiB: issuing a
  capability, binding it (the per-holder alias, measured as spawn-with-grant minus
  spawn), and revoking a bound holder;
- ``pipeline frames`` / ``pipeline CPU`` — 1 MiB frames through producer -> filter
  -> consumer: shared regions + capabilities vs processes + pipes
  (``examples/pipeline``).
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wasmtime

import multipie
from multipie.bench import BenchContext, Measurement, sample, suite, summarize
from multipie.domains.wasm import hostfuncs

__all__ = ["sharing_suite"]

_CALLEE = '(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))'
_LOOP = """(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (func $local (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "imported") (param $n i32) (result i32) (local $s i32)
    (loop $l local.get $s local.get $n call $add local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n br_if $l) local.get $s)
  (func (export "local") (param $n i32) (result i32) (local $s i32)
    (loop $l local.get $s local.get $n call $local local.set $s
      local.get $n i32.const 1 i32.sub local.tee $n br_if $l) local.get $s))"""
_HOLDER = '(module (import "env" "buf" (memory 1)) (func (export "rd") (param i32) (result i32) local.get 0 i32.load))'


def _per_call(fn: Callable[[], object], n: int, reps: int) -> list[float]:
    return sample(fn, n=reps, warmup=1, per_call=n)


def _calls(rt: multipie.Runtime, quick: bool) -> list[Measurement]:
    n = 2_000_000 if quick else 20_000_000
    reps = 5 if quick else 15
    callee_svc: Any = rt.load(_CALLEE, name="callee")
    loop_svc: Any = rt.load(_LOOP, name="caller")
    b = callee_svc.spawn()
    cap = rt.capability(b, "add")
    ours = loop_svc.spawn(grants={"env.add": cap})
    local = ours.export("local")
    revocable = ours.export("imported")

    # Direct: the import bound straight to the callee's export in one Store (plain wasmtime, not revocable).
    engine = callee_svc.state.engines.engine(fuel=False)
    store = wasmtime.Store(engine)
    store.set_epoch_deadline(1 << 62)
    callee = wasmtime.Instance(store, callee_svc.module(fuel=False), [])
    caller = wasmtime.Instance(store, loop_svc.module(fuel=False), [callee.exports(store)["add"]])
    direct_fn = caller.exports(store)["imported"]

    def direct() -> None:
        direct_fn(store, n)  # type: ignore[operator]

    cross = loop_svc.spawn(memory_limit=64 << 20, grants={"env.add": cap.forward()})
    cross_loop = cross.export("imported")
    m = 20_000 if quick else 200_000
    rows = [
        ("local", "local call", lambda: local(n), n),
        ("wasmtime direct import", "direct import, same Store", direct, n),
        ("ours", "revocable capability, same group", lambda: revocable(n), n),
        ("ours (across Stores)", "revocable capability, host trampoline", lambda: cross_loop(m), m),
    ]
    out = []
    for who, note, fn, count in rows:
        out.append(
            summarize(
                Measurement("service->service call", who, "per call", "ns", _per_call(fn, count, reps), note=note),
                scale=1e9,
            )
        )
    for d in (ours, cross, b):
        d.close()
    return out


def _host_calls(rt: multipie.Runtime, quick: bool) -> list[Measurement]:
    n = 20_000 if quick else 200_000
    reps = 5 if quick else 15

    def f(a: int, b: int) -> int:
        return a + b

    svc: Any = rt.load(_LOOP, name="hostcaller")
    out = []
    for who, native in (("ours", True), ("ours (Python fallback)", False)):
        if native and not hostfuncs.NATIVE:
            out.append(Measurement("guest->host call", who, "per call", "us", note="multipie._hostcall not built"))
            continue
        saved = hostfuncs.NATIVE
        hostfuncs.NATIVE = native
        try:
            d = svc.spawn(grants={"env.add": rt.host_function(f)})
        finally:
            hostfuncs.NATIVE = saved
        loop = d.export("imported")
        samples = _per_call(lambda: loop(n), n, reps)  # noqa: B023 - called before the next iteration
        out.append(summarize(Measurement("guest->host call", who, "per call", "us", samples), scale=1e6))
        d.close()
    # wasmtime-py's own way: Func(store, type, callable).
    engine = svc.state.engines.engine(fuel=False)
    store = wasmtime.Store(engine)
    store.set_epoch_deadline(1 << 62)
    i32 = wasmtime.ValType.i32()
    func = wasmtime.Func(store, wasmtime.FuncType([i32, i32], [i32]), f)
    inst = wasmtime.Instance(store, svc.module(fuel=False), [func])
    wloop = inst.exports(store)["imported"]
    wn = max(n // 10, 1000)
    out.append(
        summarize(
            Measurement(
                "guest->host call",
                "wasmtime-py Func",
                "per call",
                "us",
                _per_call(lambda: wloop(store, wn), wn, reps),  # type: ignore[operator]
            ),
            scale=1e6,
        )
    )

    def py_loop() -> None:
        s = 0
        for i in range(n):
            s = f(s, i)

    out.append(
        summarize(
            Measurement("guest->host call", "plain Python call", "per call", "us", _per_call(py_loop, n, reps)),
            scale=1e6,
        )
    )
    return out


def _regions(rt: multipie.Runtime, quick: bool) -> list[Measurement]:
    svc = rt.load(_HOLDER, name="holder")
    reps = 30 if quick else 200
    out = []
    for label, size in (("64 KiB", 64 << 10), ("1 MiB", 1 << 20), ("1 GiB", 1 << 30)):
        region = rt.region(size)
        issue = sample(lambda: region.capability(), n=reps, warmup=5)  # noqa: B023 - used in this iteration
        spawn_plain: list[float] = []
        spawn_granted: list[float] = []
        revoke: list[float] = []
        for _ in range(reps):
            cap = region.capability()
            t0 = time.perf_counter()
            d = svc.spawn(memory_limit=2 << 30, grants={"env.buf": cap})
            spawn_granted.append(time.perf_counter() - t0)
            d.call("rd", 0)
            t0 = time.perf_counter()
            cap.revoke()
            revoke.append(time.perf_counter() - t0)
            d.close()
            t0 = time.perf_counter()
            plain = rt.load('(module (func (export "rd") (param i32) (result i32) i32.const 0))', name="plain").spawn()
            spawn_plain.append(time.perf_counter() - t0)
            plain.close()
        bind = sorted(g - p for g, p in zip(sorted(spawn_granted), sorted(spawn_plain)))
        out.append(summarize(Measurement("region grant", "ours", f"issue {label}", "us", issue), scale=1e6))
        out.append(
            summarize(
                Measurement(
                    "region grant",
                    "ours",
                    f"bind {label}",
                    "us",
                    bind,
                    note="alias made at spawn: spawn with the grant minus a plain spawn",
                ),
                scale=1e6,
            )
        )
        out.append(summarize(Measurement("region revoke", "ours", f"revoke {label}", "us", revoke), scale=1e6))
        region.close()
    return out


def _load_pipeline() -> Any:
    path = Path(multipie.__file__).resolve().parent.parent / "examples" / "pipeline" / "pipeline.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("multipie_example_pipeline", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pipeline(rt: multipie.Runtime, quick: bool) -> list[Measurement]:
    mod = _load_pipeline()
    if mod is None:
        return [Measurement("pipeline frames", "ours", "frames/s", "frames/s", note="examples/pipeline not found")]
    frames = 40 if quick else 400
    shared = mod.SharedPipeline(rt)
    pipes = mod.PipesPipeline(rt)
    try:
        ours = mod.measure(shared, frames, [__import__("psutil").Process()])
        theirs = mod.measure(pipes, frames, pipes.processes())
    finally:
        shared.close()
        pipes.close()
    out = []
    for who, r in (("ours", ours), ("processes + pipes", theirs)):
        out.append(Measurement("pipeline frames", who, "1 MiB frames/s", "frames/s", value=r["frames_per_s"]))
        out.append(Measurement("pipeline CPU", who, "CPU per frame", "ms", value=r["cpu_per_frame_s"] * 1e3))
    return out


@suite("sharing")
def sharing_suite(ctx: BenchContext) -> list[Measurement]:
    """Capability calls, host calls, region grant/revoke costs, and the frame pipeline (see module docstring)."""
    rt = multipie.Runtime(cache_dir=None)
    try:
        return _calls(rt, ctx.quick) + _host_calls(rt, ctx.quick) + _regions(rt, ctx.quick) + _pipeline(rt, ctx.quick)
    finally:
        rt.close()

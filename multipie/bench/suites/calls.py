"""Host → guest calls (no-op, add) and passing 4 KiB in and out, ours vs peers."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from typing import Any

import wasmtime

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import extism_or_reason, guest, measure, raw_caller, runtime, unavailable
from multipie.domains.wasm import fastpath

BATCH = 1000


def _batched(fn: Callable[..., object], *args: object) -> Callable[[], None]:
    f = fn

    def run() -> None:
        for _ in range(BATCH):
            f(*args)

    return run


def _python_ticker_runtime() -> Any:
    old = os.environ.get("MULTIPIE_NATIVE_TICKER")
    os.environ["MULTIPIE_NATIVE_TICKER"] = "0"
    try:
        return runtime()
    finally:
        if old is None:
            del os.environ["MULTIPIE_NATIVE_TICKER"]
        else:
            os.environ["MULTIPIE_NATIVE_TICKER"] = old


def _native_rows(
    row: str, metric: str, svc: Any, path: Any, name: str, args: tuple[int, ...], n: int
) -> list[Measurement]:
    """Ours through the native fast path: export handle, hold_gil, d.call, with a timeout (native/Python ticker)."""
    fastpath.use_native(True)
    d: Any = svc.spawn()
    f = d.export(name)
    out = [
        measure(row, "ours", metric, _batched(f, *args), n=n, per_call=BATCH, note="d.export(name)(...), GIL released")
    ]
    d.hold_gil = True
    note = "GIL kept during the call (opt-in)"
    out.append(measure(row, "ours (hold_gil)", metric, _batched(f, *args), n=n, per_call=BATCH, note=note))
    d.hold_gil = False
    out.append(measure(row, "ours d.call", metric, _batched(d.call, name, *args), n=n, per_call=BATCH))
    dt = svc.spawn(timeout=10.0)
    note = "GIL released, epoch ticker running"
    timed = _batched(dt.export(name), *args)
    out.append(measure(row, "ours (timeout set)", metric, timed, n=n, per_call=BATCH, note=note))
    d.close()
    dt.close()
    prt = _python_ticker_runtime()
    dp = prt.load(path).spawn(timeout=10.0)
    note = "MULTIPIE_NATIVE_TICKER=0: ticker entered through Python"
    slow = _batched(dp.export(name), *args)
    out.append(measure(row, "ours (timeout, python ticker)", metric, slow, n=n, per_call=BATCH, note=note))
    prt.close()
    return out


def _peer_rows(
    ctx: BenchContext, row: str, metric: str, path: Any, name: str, args: tuple[int, ...], n: int
) -> list[Measurement]:
    """The same call through wasmtime-py, raw ctypes, Extism and a plain Python function."""
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    inst = wasmtime.Instance(store, wasmtime.Module.from_file(engine, str(path)), [])
    func: Any = inst.exports(store)[name]
    out = [
        measure(row, "wasmtime-py Func()", metric, _batched(func, store, *args), n=max(5, n // 10), per_call=BATCH),
        measure(row, "ctypes unchecked", metric, _batched(raw_caller(store, func, 2), *args), n=n, per_call=BATCH),
    ]
    extism, why_ext = extism_or_reason()
    if extism is None:
        out.append(unavailable(row, "extism", metric, why_ext))
    elif name == "noop":
        p = extism.Plugin(guest(ctx, "bench/extism_echo.wasm").read_bytes())
        out.append(measure(row, "extism", metric, _batched(p.call, "noop", b""), n=max(5, n // 10), per_call=BATCH))

    def py_add(a: int = 0, b: int = 0) -> int:
        return a + b

    out.append(measure(row, "python function", metric, _batched(py_add, *args), n=n, per_call=BATCH, note="the floor"))
    return out


@suite("calls")
def host_to_guest(ctx: BenchContext) -> list[Measurement]:
    """p50 per call of a no-op and add(i32, i32), in batches of 1000."""
    n = 30 if ctx.quick else 300
    path = guest(ctx, "bench/data.wasm")
    out: list[Measurement] = []
    rt = runtime()
    svc = rt.load(path)
    native, why = fastpath.native_available()
    args: tuple[int, ...]
    for name, args in (("noop", ()), ("add", (1, 2))):
        row = f"host->guest call ({name})"
        metric = "per call, p50"
        if native:
            out += _native_rows(row, metric, svc, path, name, args, n)
        else:
            out.append(unavailable(row, "ours", metric, why))
        prev = fastpath.use_native(False)
        d = svc.spawn()
        out.append(measure(row, "ours (python fallback)", metric, _batched(d.export(name), *args), n=n, per_call=BATCH))
        d.close()
        if native:
            fastpath.use_native(prev)
        out += _peer_rows(ctx, row, metric, path, name, args, n)
    rt.close()
    for m in out:
        if m.samples:
            m.unit = "ns"
            m.samples = [s * 1000 for s in m.samples]
            m.p50 = (m.p50 or 0) * 1000
            m.p99 = (m.p99 or 0) * 1000
            m.value = m.p50
    return out


@suite("data")
def passing_data(ctx: BenchContext) -> list[Measurement]:
    """4 KiB in and 4 KiB out per call: ours (shared linear memory) vs Extism (copies) vs a pipe."""
    n = 300 if ctx.quick else 5000
    row = "passing data 4 KiB in/out"
    metric = "round trip, p50"
    payload = bytes(range(256)) * 16
    out: list[Measurement] = []
    rt = runtime()
    d = rt.load(guest(ctx, "bench/data.wasm")).spawn()
    xform = d.export("xform")
    mem = d.memory

    def ours() -> bytes:
        mem[0:4096] = payload  # the host writes straight into guest memory
        xform(0, 4096, 4096)
        return bytes(mem[4096:8192])  # and reads the result from it

    def ours_view() -> memoryview:
        mem[0:4096] = payload
        xform(0, 4096, 4096)
        return mem[4096:8192]  # zero copy: a view the caller keeps using

    out.append(measure(row, "ours", metric, ours, n=n, note="write + call + bytes() of the result"))
    out.append(measure(row, "ours (view)", metric, ours_view, n=n, note="result left in place as a memoryview"))
    d.close()
    rt.close()
    extism, why = extism_or_reason()
    if extism is None:
        out.append(unavailable(row, "extism", metric, why))
    else:
        p = extism.Plugin(guest(ctx, "bench/extism_echo.wasm").read_bytes())
        out.append(measure(row, "extism", metric, lambda: p.call("xform", payload), n=n, note="copies in and out"))
    proc = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    assert proc.stdin is not None and proc.stdout is not None
    w, r = proc.stdin, proc.stdout

    def pipe() -> bytes:
        w.write(payload)
        got = b""
        while len(got) < 4096:
            got += r.read(4096 - len(got))
        return got

    try:
        out.append(measure(row, "pipe to subprocess", metric, pipe, n=n, note="`cat` echoing 4 KiB"))
    finally:
        w.close()
        proc.wait(timeout=5)
    return out

"""Execution speed on LZ4 (third_party/lz4): Wasm (ours, and Config variants) vs the same C built natively."""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import wasmtime

from multipie.bench import BenchContext, Measurement, suite, summarize
from multipie.bench.report import DEFAULT_PATH
from multipie.bench.suites._peers import guest, runtime
from multipie.domains.wasm.engine import EngineConfig

ROW = "execution (lz4)"
SIZE = 256 << 10


def _variant(path: str, *, guard: bool, epoch: bool, fuel: bool) -> tuple[wasmtime.Store, wasmtime.Func]:
    cfg = wasmtime.Config()
    cfg.epoch_interruption = epoch
    cfg.consume_fuel = fuel
    if guard:
        cfg.memory_reservation = 4 << 30
        cfg.memory_guard_size = 2 << 30
    else:
        cfg.memory_reservation = 64 << 10
        cfg.memory_guard_size = 0
        cfg.memory_reservation_for_growth = 0
    engine = wasmtime.Engine(cfg)
    store = wasmtime.Store(engine)
    if epoch:
        store.set_epoch_deadline(1 << 62)
    if fuel:
        store.set_fuel(1 << 62)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store.set_wasi(wasmtime.WasiConfig())
    inst = linker.instantiate(store, wasmtime.Module.from_file(engine, path))
    ex = inst.exports(store)
    ex["_initialize"](store)  # type: ignore[operator]
    ex["lz4b_fill"](store, SIZE, 7)  # type: ignore[operator]
    return store, ex["lz4b_roundtrip"]  # type: ignore[return-value]


@suite("execution")
def execution(ctx: BenchContext) -> list[Measurement]:
    """Compress + decompress 256 KiB with LZ4, per round trip; Wasm/native ratios.

    Configurations are sampled interleaved (one round trip batch of each per round), so load
    changes on a shared machine hit every configuration alike.
    """
    rounds = 5 if ctx.quick else 40
    iters = 4 if ctx.quick else 16
    wasm = guest(ctx, "lz4/lz4_bench.wasm")
    lib = ctypes.CDLL(str(guest(ctx, "lz4/liblz4_bench.so")))
    lib.lz4b_fill(SIZE, 7)
    metric = "256 KiB compress+decompress, p50"
    runs: list[tuple[str, str, Callable[[], object]]] = []

    def nat() -> None:
        if lib.lz4b_roundtrip(SIZE, iters) <= 0:
            raise RuntimeError("native LZ4 round trip failed")

    runs.append(("native (ctypes)", "", nat))
    runtimes = []
    for who, config, note in (
        ("ours", EngineConfig.for_speed(), "EngineConfig.for_speed(): guard pages; epoch + timeout on"),
        ("ours (no timeouts)", EngineConfig.for_speed(interruptible=False), "for_speed(interruptible=False)"),
        (DEFAULT_PATH, None, "Runtime() with no engine options (the default a user gets)"),
    ):
        rt = runtime() if config is None else runtime(engine=config)
        runtimes.append(rt)
        d = rt.load(wasm).spawn(timeout=600.0 if config is None or config.interruptible else None)
        d.call("lz4b_fill", SIZE, 7)
        runs.append((who, note, _checked(d.export("lz4b_roundtrip"), iters)))
    keep = []
    for who, kw in (
        ("wasm: guard pages, epoch", {"guard": True, "epoch": True, "fuel": False}),
        ("wasm: guard pages, no epoch", {"guard": True, "epoch": False, "fuel": False}),
        ("wasm: bounds checks, no epoch", {"guard": False, "epoch": False, "fuel": False}),
        ("wasm: bounds checks, fuel", {"guard": False, "epoch": True, "fuel": True}),
    ):
        store, f = _variant(str(wasm), **kw)
        keep.append(store)
        runs.append((who, "wasmtime-py", _checked(partial(f, store), iters)))
    samples = _interleaved(runs, rounds, iters)
    for rt in runtimes:
        rt.close()
    out = [summarize(Measurement(ROW, who, metric, "ms", samples[who], note=note), scale=1e3) for who, note, _ in runs]
    return out + _ratios(out)


def _interleaved(runs: list[tuple[str, str, Callable[[], object]]], rounds: int, iters: int) -> dict[str, list[float]]:
    """Seconds per iteration of each run, one batch of each per round (after one warm-up call each)."""
    samples: dict[str, list[float]] = {who: [] for who, _, _ in runs}
    for fn in (r[2] for r in runs):
        fn()  # warm up
    for _ in range(rounds):
        for who, _, fn in runs:
            t0 = time.perf_counter()
            fn()
            samples[who].append((time.perf_counter() - t0) / iters)
    return samples


def _ratios(out: list[Measurement]) -> list[Measurement]:
    """Note each row's ratio to native (the first row), and the wasm / native rows of ours."""
    base = out[0].value or 1.0
    for m in out[1:]:
        m.note = (m.note + "; " if m.note else "") + f"{(m.value or 0) / base:.2f}x native"
    by = {m.who: m for m in out}
    return [
        Measurement(ROW + " vs native", who, metric, "x native", value=(by[who].value or 0) / base)
        for who, metric in (
            ("ours", "wasm / native (timeouts on)"),
            ("ours (no timeouts)", "wasm / native"),
            (DEFAULT_PATH, "wasm / native"),
        )
    ]


def _checked(fn: Callable[..., Any], iters: int) -> Callable[[], None]:
    def run() -> None:
        if fn(SIZE, iters) <= 0:
            raise RuntimeError("wasm LZ4 round trip failed")

    return run

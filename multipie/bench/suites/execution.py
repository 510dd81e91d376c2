"""Execution speed on LZ4 (third_party/lz4): Wasm (ours, and Config variants) vs the same C built natively."""

from __future__ import annotations

import ctypes

import wasmtime

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import guest, measure, runtime
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
    """Compress + decompress 256 KiB with LZ4, per round trip; Wasm/native ratios."""
    n = 5 if ctx.quick else 40
    iters = 4 if ctx.quick else 16
    wasm = guest(ctx, "lz4/lz4_bench.wasm")
    lib = ctypes.CDLL(str(guest(ctx, "lz4/liblz4_bench.so")))
    lib.lz4b_fill(SIZE, 7)
    out: list[Measurement] = []
    metric = "256 KiB compress+decompress, p50"

    def nat() -> None:
        if lib.lz4b_roundtrip(SIZE, iters) <= 0:
            raise RuntimeError("native LZ4 round trip failed")

    native = measure(ROW, "native (ctypes)", metric, nat, n=n, per_call=iters, unit="ms", scale=1e3, warmup=2)

    def ours_with(config: EngineConfig, who: str, note: str) -> Measurement:
        rt = runtime(engine=config)
        d = rt.load(wasm).spawn(timeout=600.0 if config.interruptible else None)
        d.call("lz4b_fill", SIZE, 7)
        rtrip = d.export("lz4b_roundtrip")

        def ours() -> None:
            if rtrip(SIZE, iters) <= 0:
                raise RuntimeError("wasm LZ4 round trip failed")

        try:
            return measure(ROW, who, metric, ours, n=n, per_call=iters, unit="ms", scale=1e3, warmup=2, note=note)
        finally:
            d.close()
            rt.close()

    mine = ours_with(EngineConfig.for_speed(), "ours", "EngineConfig.for_speed(): guard pages; epoch + timeout on")
    fast = ours_with(
        EngineConfig.for_speed(interruptible=False),
        "ours (no timeouts)",
        "EngineConfig.for_speed(interruptible=False): guard pages, no epoch checks",
    )
    dense = ours_with(EngineConfig(), "ours (default dense config)", "64 KiB reservation: bounds checks; epoch on")
    variants = []
    for who, kw in (
        ("wasm: guard pages, epoch", {"guard": True, "epoch": True, "fuel": False}),
        ("wasm: guard pages, no epoch", {"guard": True, "epoch": False, "fuel": False}),
        ("wasm: bounds checks, no epoch", {"guard": False, "epoch": False, "fuel": False}),
        ("wasm: bounds checks, fuel", {"guard": False, "epoch": True, "fuel": True}),
    ):
        store, f = _variant(str(wasm), **kw)

        def run(store: wasmtime.Store = store, f: wasmtime.Func = f) -> None:
            if f(store, SIZE, iters) <= 0:  # type: ignore[operator]
                raise RuntimeError("wasm LZ4 round trip failed")

        variants.append(measure(ROW, who, metric, run, n=n, per_call=iters, unit="ms", scale=1e3, warmup=2))
    out += [mine, fast, dense, native, *variants]
    base = native.value or 1.0
    ratio = Measurement(
        row=ROW + " vs native",
        who="ours",
        metric="wasm / native (timeouts on)",
        unit="x native",
        value=(mine.value or 0) / base,
    )
    ratio_fast = Measurement(
        row=ROW + " vs native",
        who="ours (no timeouts)",
        metric="wasm / native",
        unit="x native",
        value=(fast.value or 0) / base,
    )
    for m in [mine, fast, dense, *variants]:
        m.note = (m.note + "; " if m.note else "") + f"{(m.value or 0) / base:.2f}x native"
    out += [ratio, ratio_fast]
    return out

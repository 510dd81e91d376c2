"""Density: live domains in this process and KiB per domain, growing 1k → 10k → ... → 10M.

Ours (group) packs domains into shared Store slabs; ours (own Store) gives each domain a Store;
the peer is plain wasmtime-py with a Store + Instance per domain (same tuned Config). RSS is
measured after a full GC; every step checks a sample of domains still answer, and all are closed
at the end. A step is skipped when it would not fit in 70% of the memory available.
"""

from __future__ import annotations

import gc
import multiprocessing
import random
import time
from typing import Any

import psutil
import wasmtime

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites._peers import dense_engine, guest, runtime
from multipie.runtime import raise_map_limit

ROW = "density"


def _rss() -> int:
    gc.collect()
    return int(psutil.Process().memory_info().rss)


def _steps(quick: bool, top: int) -> list[int]:
    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000, 1_000_000, 10_000_000]
    return [s for s in sizes if s <= top]


def _grow(label: str, make: object, check: object, steps: list[int], per_kib_guess: float) -> list[Measurement]:
    out: list[Measurement] = []
    live: list[object] = []
    base = _rss()
    t_total = 0.0
    gc.disable()
    try:
        for target in steps:
            need = (target - len(live)) * per_kib_guess * 1024
            if need > psutil.virtual_memory().available * 0.7:
                out.append(
                    Measurement(
                        row=ROW,
                        who=label,
                        metric=f"{target:,} live",
                        unit="",
                        note=f"skipped: needs ~{need / 2**30:.1f} GiB, not available",
                    )
                )
                break
            t0 = time.perf_counter()
            while len(live) < target:
                live.append(make())  # type: ignore[operator]
            t_total += time.perf_counter() - t0
            rss = _rss()
            for d in random.sample(live, min(100, len(live))):
                check(d)  # type: ignore[operator]
            per = (rss - base) / len(live) / 1024
            per_kib_guess = max(per, 0.5)
            out.append(
                Measurement(
                    row=ROW,
                    who=label,
                    metric=f"{target:,} live",
                    unit="domains",
                    value=float(target),
                    note=f"{per:.2f} KiB per domain; created in {t_total:.1f} s "
                    f"({t_total / len(live) * 1e6:.1f} us each)",
                )
            )
            out.append(
                Measurement(row=ROW + " KiB per domain", who=label, metric=f"at {target:,} live", unit="KiB", value=per)
            )
    finally:
        gc.enable()
    for d in live:
        close = getattr(d, "close", None)
        if close is not None:
            close()
    live.clear()
    gc.collect()
    return out


def _series(kind: str, path: str, quick: bool) -> list[Measurement]:
    """One series, run in a fresh interpreter so freed memory of another series cannot hide RSS."""
    raise_map_limit(1 << 24)
    if kind == "wasmtime-py (Store each)":
        engine = dense_engine()
        module = wasmtime.Module.from_file(engine, path)

        class Plain:
            __slots__ = ("store", "inst")

            def __init__(self) -> None:
                self.store = wasmtime.Store(engine)
                self.store.set_epoch_deadline(1 << 62)
                self.inst = wasmtime.Instance(self.store, module, [])

            def close(self) -> None:
                self.store.close()

        def check(p: Plain) -> None:
            p.inst.exports(p.store)["add"](p.store, 1, 2)  # type: ignore[operator]

        return _grow(kind, Plain, check, _steps(quick, 100_000), 7.0)
    rt = runtime()
    svc: Any = rt.load(path)
    try:
        if kind == "ours (group)":
            g = rt.group(slab_size=100_000)
            return _grow(
                kind, lambda: svc.spawn(group=g), lambda d: d.call("add", 1, 2), _steps(quick, 10_000_000), 1.6
            )
        return _grow(kind, svc.spawn, lambda d: d.call("add", 1, 2), _steps(quick, 100_000), 7.0)
    finally:
        rt.close()


@suite("density")
def density(ctx: BenchContext) -> list[Measurement]:
    """Live domains per process and KiB each, ours (group / own Store) vs wasmtime-py, one process per series."""
    path = str(guest(ctx, "bench/data.wasm"))
    out: list[Measurement] = []
    mp = multiprocessing.get_context("spawn")
    with mp.Pool(1, maxtasksperchild=1) as pool:
        for kind in ("ours (group)", "ours (own Store)", "wasmtime-py (Store each)"):
            out += pool.apply(_series, (kind, path, ctx.quick))
    return out

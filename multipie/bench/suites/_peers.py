"""Shared plumbing for suites: guest paths, a fresh runtime, and the optional Extism peer."""

from __future__ import annotations

import ctypes
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import wasmtime

import multipie
from multipie.bench import BenchContext, Measurement, sample, summarize
from multipie.domains.wasm import _capi

__all__ = [
    "dense_engine",
    "guest",
    "measure",
    "runtime",
    "extism_or_reason",
    "unavailable",
    "raw_caller",
    "process_start",
    "US",
    "NS",
]

US = 1e6
NS = 1e9

# Before any suite makes a plain wasmtime.Engine: commands run without epoch checks only when
# Wasmtime's fault handlers forward host faults to multiPIE's (native/revoke.c).
_capi.chain_faults()


def guest(ctx: BenchContext, rel: str) -> Path:
    """A built guest under ``ctx.guests`` (``bench/data.wasm``)."""
    path = ctx.guests / rel
    if not path.exists():
        raise FileNotFoundError(f"guest {rel} not built (run `make guests`)")
    return path


def dense_engine() -> wasmtime.Engine:
    """A plain wasmtime-py engine tuned as our dense default (epochs, 64 KiB reservations, no guard or growth
    reserve), so a peer row differs from ours only on the host side."""
    cfg = wasmtime.Config()
    cfg.epoch_interruption = True
    cfg.memory_reservation = 64 << 10
    cfg.memory_guard_size = 0
    cfg.memory_reservation_for_growth = 0
    return wasmtime.Engine(cfg)


def runtime(**kw: Any) -> multipie.Runtime:
    """A runtime without a disk cache (benchmarks measure steady state, not artefact loading)."""
    return multipie.Runtime(cache_dir=None, **kw)


def measure(
    row: str,
    who: str,
    metric: str,
    fn: Callable[[], object],
    *,
    n: int,
    per_call: int = 1,
    unit: str = "us",
    scale: float = US,
    warmup: int = 10,
    note: str = "",
) -> Measurement:
    """Time ``fn`` and return a summarised :class:`Measurement`."""
    m = Measurement(row=row, who=who, metric=metric, unit=unit, note=note)
    m.samples = sample(fn, n=n, warmup=warmup, per_call=per_call)
    return summarize(m, scale=scale)


def unavailable(row: str, who: str, metric: str, why: str) -> Measurement:
    """A row entry for a peer that cannot run here, with the reason."""
    return Measurement(row=row, who=who, metric=metric, unit="", note=f"unavailable: {why}")


def extism_or_reason() -> tuple[Any, str]:
    """(the extism module, "") or (None, why it cannot be used)."""
    try:
        import extism

        return extism, ""
    except Exception as exc:  # noqa: BLE001 - the reason is reported in the results
        return None, f"{type(exc).__name__}: {exc}"


def raw_caller(store: wasmtime.Store, func: Any, nslots: int) -> Callable[..., Any]:
    """ctypes over ``wasmtime_func_call_unchecked`` with a preallocated array (the FACTS.md prototype)."""
    raw = _capi.val_array(nslots)
    ctx = _capi.context(store)
    fref = ctypes.byref(_capi.func_handle(func))
    # A private function object: CDLL caches attributes, and wasmtime-py's own
    # binding must keep its argtypes/restype.
    call = _capi.fresh_function("wasmtime_func_call_unchecked")
    call.argtypes = None  # type: ignore[assignment]  # ctypes' fastest convention
    call.restype = ctypes.c_void_p
    trap = ctypes.c_void_p()
    tref = ctypes.byref(trap)

    def invoke(*args: int) -> int:
        for i, a in enumerate(args):
            raw[i].i32 = a
        # SAFETY: func belongs to store; raw has max(params, results) slots.
        if call(ctx, fref, raw, nslots, tref):
            raise RuntimeError("wasmtime error")
        return raw[0].i32  # type: ignore[no-any-return]

    return invoke


def _bytecode() -> None:
    """Compile multiPIE's modules to bytecode, as an installed wheel has them (a source checkout may not)."""
    import compileall

    compileall.compile_dir(str(Path(multipie.__file__).parent), quiet=1)


def process_start(
    row: str,
    ours: tuple[list[str], str],
    peer: tuple[str, list[str], str],
    *,
    env: Mapping[str, str],
    n: int,
) -> list[Measurement]:
    """A whole process, ``ours`` (command, note) beside ``peer`` (name, command, note), p50 of ``n``
    runs each, and their ratio (``ours / NAME``, x) from the same run.

    Measured the way a user starts it: bytecode present (compiled first) and
    ``PYTHONDONTWRITEBYTECODE`` not set, a warm cache (one untimed run of each first).
    """
    _bytecode()
    child = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(cmd: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(cmd, env=child, check=True, capture_output=True)

    (cmd, note), (name, peer_cmd, peer_note) = ours, peer
    out = [
        measure(row, "ours", "p50", run(cmd), n=n, warmup=1, unit="ms", scale=1e3, note=note),
        measure(row, name, "p50", run(peer_cmd), n=n, warmup=1, unit="ms", scale=1e3, note=peer_note),
    ]
    ratio = Measurement(row=row, who=f"ours / {name}", metric="p50 ratio", unit="x", note="same run")
    ratio.value = (out[0].p50 or 0.0) / (out[1].p50 or 1.0)
    return [*out, ratio]

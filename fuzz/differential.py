"""Differential execution: one random module, three executors, the same answers.

For each seed, ``wasm-tools smith`` makes a valid module (:mod:`fuzz.wasmgen`); the same
sequence of calls (every exported function the host can call, random arguments
biased towards edge values) runs on

- multiPIE's native fast path (``multipie/native/fastcall/``, what ``MULTIPIE_NATIVE=1`` uses),
- multiPIE's pure-Python path (what ``MULTIPIE_NATIVE=0`` uses; switched in-process with
  :func:`multipie.domains.wasm.fastpath.use_native`),
- plain wasmtime-py (``Store`` + ``Instance`` + ``Func.__call__``), the reference.

After every call the results (floats compared bit-exactly, NaNs as NaN), the trap
cause, and a CRC of the exported memory must agree. A trap tears a multiPIE domain
down, so after one every executor starts a fresh instance. Anything multiPIE raises
that is not a ``MultipieError`` is an untyped error. One case is one compared call
(or one compared instantiation).
"""

from __future__ import annotations

import math
import random
import struct
import zlib
from typing import Any

import wasmtime

import multipie
from multipie.domains.wasm import budget, fastpath
from multipie.errors import MultipieError, OutOfMemory, Timeout, Trap

from .harness import Campaign, Outcome
from .known import is_open
from .wasmgen import boundary_types, drop_exports, smith

__all__ = ["Differential"]

NUMBERS = ("i32", "i64", "f32", "f64")
INT_EDGES = {
    "i32": [0, 1, -1, 2, 7, 8, 31, 32, 0x7FFFFFFF, -0x80000000, 0x10000, 0xFFFF, -65536],
    "i64": [0, 1, -1, 63, 64, 0x7FFFFFFFFFFFFFFF, -0x8000000000000000, 0xFFFFFFFF, 1 << 32, -(1 << 31)],
}
FLOAT_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, math.inf, -math.inf, math.nan, 2.0**31, -(2.0**63), 1e-45, 3.4e38, 1e308]
BITS = {"i32": 32, "i64": 64}
CALLS_PER_EXPORT = 8
# Generated code ends within 2,000 loop iterations and calls (--ensure-termination): far below this.
CALL_TIMEOUT = 10.0


def _arg(rng: random.Random, kind: str) -> int | float:
    if kind in BITS:
        if rng.random() < 0.6:
            return rng.choice(INT_EDGES[kind])
        n = BITS[kind]
        return rng.randrange(-(1 << (n - 1)), 1 << (n - 1))
    if rng.random() < 0.6:
        return rng.choice(FLOAT_EDGES)
    value = rng.uniform(-1e6, 1e6)
    return struct.unpack("<f", struct.pack("<f", value))[0] if kind == "f32" else value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return struct.pack("<d", a) == struct.pack("<d", b)
    return bool(a == b) and type(a) is type(b)


def _norm(value: Any) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, (tuple, list)):
        return tuple(value)
    return (value,)


# wasmtime-py trap codes whose names differ from multiPIE's TrapCode.
_TRAP_ALIASES = {"UNCAUGHT_EXCEPTION": "OTHER"}


class _Multipie:
    """One multiPIE executor (native or Python path) over a loaded service."""

    def __init__(self, svc: Any, native: bool) -> None:
        self.svc, self.native = svc, native
        self.domain: Any = None

    def start(self) -> tuple[str, Any]:
        prev = fastpath.use_native(self.native)
        try:
            self.domain = self.svc.spawn(timeout=CALL_TIMEOUT)
            return ("ok", None)
        except Trap as exc:
            self.domain = None
            return ("trap", exc.code.name)
        except OutOfMemory:
            self.domain = None
            return ("trap", "OOM")
        finally:
            fastpath.use_native(prev)

    def call(self, name: str, args: list[Any]) -> tuple[str, Any]:
        try:
            return ("ok", _norm(self.domain.call(name, *args)))
        except Trap as exc:
            self.domain = None
            return ("trap", exc.code.name)
        except OutOfMemory:
            self.domain = None
            return ("trap", "OOM")
        except Timeout:
            self.domain = None
            return ("trap", "TIMEOUT")

    def memory_crc(self) -> int | None:
        if self.domain is None or self.svc.memory_export is None:
            return None
        return zlib.crc32(self.domain.memory)

    def close(self) -> None:
        if self.domain is not None:
            self.domain.close()
            self.domain = None


class _Plain:
    """Plain wasmtime-py: the reference executor."""

    def __init__(self, wasm: bytes, memory_export: str | None, memory_limit: int) -> None:
        cfg = wasmtime.Config()
        cfg.wasm_tail_call = True
        cfg.wasm_exceptions = True
        cfg.wasm_multi_memory = True
        cfg.max_wasm_stack = 512 << 10
        self.engine = wasmtime.Engine(cfg)
        self.module = wasmtime.Module(self.engine, wasm)
        self.memory_export = memory_export
        # multiPIE's limits: memory_limit bounds the module's memories and tables together (the same split).
        self.caps = budget.split(budget.layout_of(wasm), memory_limit)
        self.store: wasmtime.Store | None = None
        self.exports: Any = None

    def _trap(self, exc: Exception) -> tuple[str, Any]:
        # multiPIE's rule: a trap while the memory cannot grow by one more page is OutOfMemory.
        if self.memory_export is not None and self.store is not None and self.exports is not None:
            size = self.exports[self.memory_export].data_len(self.store)
            if size + 65536 > self.caps.memory_size:
                return ("trap", "OOM")
        if isinstance(exc, wasmtime.Trap) and exc.trap_code is not None:
            name = exc.trap_code.name
            return ("trap", _TRAP_ALIASES.get(name, name))
        return ("trap", "OTHER")

    def start(self) -> tuple[str, Any]:
        if self.caps.refusal:
            return ("trap", "OOM")
        self.store = wasmtime.Store(self.engine)
        # Without the table cap a table.grow here took the worker to 23 GB (seed 2810, then the OOM killer).
        self.store.set_limits(memory_size=self.caps.memory_size, table_elements=self.caps.table_elements)
        self.exports = None
        try:
            self.exports = wasmtime.Instance(self.store, self.module, []).exports(self.store)
            return ("ok", None)
        except (wasmtime.Trap, wasmtime.WasmtimeError) as exc:
            self.store = None
            return self._trap(exc)

    def call(self, name: str, args: list[Any]) -> tuple[str, Any]:
        assert self.store is not None
        try:
            return ("ok", _norm(self.exports[name](self.store, *args)))
        except (wasmtime.Trap, wasmtime.WasmtimeError) as exc:
            result = self._trap(exc)
            self.store = None
            return result

    def memory_crc(self) -> int | None:
        if self.store is None or self.memory_export is None:
            return None
        mem = self.exports[self.memory_export]
        size = mem.data_len(self.store)
        return zlib.crc32(bytes(mem.read(self.store, 0, size))) if size else zlib.crc32(b"")

    def close(self) -> None:
        self.store = None


def _agree(results: list[tuple[str, Any]]) -> bool:
    first = results[0]
    for other in results[1:]:
        if first[0] != other[0]:
            return False
        if first[0] == "ok":
            a, b = first[1], other[1]
            if a is None or b is None:
                if a is not b:
                    return False
            elif len(a) != len(b) or not all(_same(x, y) for x, y in zip(a, b)):
                return False
        elif first[1] != other[1]:
            return False
    return True


class Differential(Campaign):
    """Native fast path vs pure-Python path vs plain wasmtime-py on random modules."""

    name = "differential"
    unit = "call"
    seed_timeout = 120.0
    cases_per_seed = 20
    jobs = 2  # CPU-bound: one worker per core

    def run(self, seed: int) -> Outcome:
        """Generate the module of ``seed`` and compare every call on the three executors."""
        out = Outcome()
        wasm = smith(seed)
        if wasm is None:
            return out
        info = boundary_types(wasm)
        if is_open("v128-exnref-boundary"):
            wasm, dropped = drop_exports(wasm, info, {"v128", "exnref", "nullexnref", "ref exn", "ref noexn"})
            out.known += dropped
            info = boundary_types(wasm)
        rt = multipie.Runtime(cache_dir=None)
        try:
            self._compare(rt, wasm, seed, out)
        except MultipieError as exc:
            out.wrong.append(f"unexpected {type(exc).__name__} from a valid module: {str(exc)[:200]}")
        except Exception as exc:  # noqa: BLE001 - what the campaign exists to count
            out.untyped.append(f"{type(exc).__module__}.{type(exc).__name__}: {str(exc)[:200]}")
        finally:
            rt.close()
        return out

    def _compare(self, rt: multipie.Runtime, wasm: bytes, seed: int, out: Outcome) -> None:
        svc: Any = rt.load(wasm)  # a WasmService: signature(), memory_export
        sigs = {}
        for e in svc.exports:
            try:
                sig = svc.signature(e.name)
            except MultipieError:
                continue  # not a function, or not host-callable (refs): nothing to compare
            if len(sig.params) > 16 or len(sig.results) > 16:
                if is_open("many-params"):
                    out.known += 1
                    continue
            sigs[e.name] = sig
        executors: list[Any] = [
            _Plain(wasm, svc.memory_export, rt.memory_limit or 1 << 32),
            _Multipie(svc, True),
            _Multipie(svc, False),
        ]
        labels = ["wasmtime-py", "native", "python"]
        rng = random.Random(seed)
        plan = [
            (name, [_arg(rng, k) for k in sigs[name].params]) for name in sorted(sigs) for _ in range(CALLS_PER_EXPORT)
        ]
        rng.shuffle(plan)
        try:
            started = [x.start() for x in executors]
            out.cases += 1
            if not _agree(started):
                out.wrong.append(f"instantiation differs: {dict(zip(labels, started))}")
                return
            for name, args in plan:
                if started[0][0] != "ok":
                    started = [x.start() for x in executors]
                    if not _agree(started):
                        out.wrong.append(f"re-instantiation differs: {dict(zip(labels, started))}")
                        return
                    if started[0][0] != "ok":
                        return
                results = [x.call(name, args) for x in executors]
                out.cases += 1
                if ("trap", "TIMEOUT") in results[1:] and results[0] != ("trap", "TIMEOUT"):
                    if is_open("memory-grow-cost"):
                        out.known += 1
                        return
                    out.wrong.append(f"{name}{tuple(args)} timed out on multiPIE: {dict(zip(labels, results))}")
                    return
                if not _agree(results):
                    out.wrong.append(f"{name}{tuple(args)}: {dict(zip(labels, results))}")
                    return
                if results[0][0] == "ok":
                    crcs = [x.memory_crc() for x in executors]
                    if len(set(crcs)) != 1:
                        out.wrong.append(f"memory differs after {name}{tuple(args)}: {dict(zip(labels, crcs))}")
                        return
                else:
                    started = [("trap", None)] * 3  # every executor restarts before the next call
        finally:
            for x in executors:
                x.close()

"""Virtine benchmarks: KVM round trips, creation, pooled calls, fib vs peers, image size, SQLite UDFs.

Every row measures ours and its peers in the same run (see the issue's goals:
a pooled ``fib(0)`` call ≤ 1.5x a bare ``KVM_RUN`` round trip and ≥ 15x
faster than fork+exec; ``fib(25)`` within 1.1x native). Peers: the same C
built natively (ctypes over a ``-shared`` build), the Wasm build of the same
function, ``subprocess`` (fork+exec of ``/bin/true``) and a thread.
"""

from __future__ import annotations

import ctypes
import sqlite3
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path
from typing import Any

from multipie.bench import BenchContext, Measurement, sample, suite, summarize

__all__ = ["virtine_suite"]

_ROOT = Path(__file__).resolve().parents[3]
_FIB_C = _ROOT / "guest" / "virtine" / "examples" / "fib.c"
# xor %eax,%eax; out %al,$0xe0; jmp back: the smallest ring-3 exit loop.
_EXIT_LOOP = bytes([0x31, 0xC0, 0xE6, 0xE0, 0xEB, 0xFA])


def _m(row: str, who: str, samples: list[float], note: str = "") -> Measurement:
    return summarize(Measurement(row, who, "latency", "us", samples, note=note), scale=1e6)


def _create_close(factory: Any, image: Any) -> None:
    factory(image).close()


def _native_fib(scratch: Path) -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    so = scratch / "fib_native.so"
    # The same compiler as the virtine build first (zig's clang), so the code compared is the same.
    for cc in ([sys.executable, "-m", "ziglang", "cc", "-target", "x86_64-linux-gnu"], ["gcc"]):
        proc = subprocess.run(
            [*cc, "-O2", "-shared", "-fPIC", f"-I{_FIB_C.parent.parent}", str(_FIB_C), "-o", str(so)],
            capture_output=True,
            check=False,
        )
        if proc.returncode == 0:
            fn = ctypes.CDLL(str(so)).fib
            fn.argtypes = (ctypes.c_long,)
            fn.restype = ctypes.c_long
            return fn
    return None


def _kvm_rows(image: Any, n: int) -> list[Measurement]:
    """A bare KVM_RUN round trip to a ring-3 guest looping on `out`, and VM creation without a pool."""
    from multipie.domains.virtine.machine import Machine

    m = Machine(image)
    loop_at = image.heap_start
    m.memory.write(loop_at, _EXIT_LOOP)
    m.vcpu.regs.rip = loop_at
    m.vcpu.mark_regs_dirty()
    run = m.vcpu.run
    run()
    bare = _m("KVM_RUN round trip (ring 3)", "ours", sample(run, n=n))
    m.close()
    return [bare, _m("VM creation, no pool", "ours", sample(lambda: Machine(image).close(), n=n // 10, warmup=3))]


def _fib_rows(ctx: BenchContext, fib: Any, wasm_fib: Any, call0: Measurement, n: int) -> list[Measurement]:
    """fib(0) and fib(25): ours, native through ctypes, a thread running native, the Wasm build."""
    native = _native_fib(ctx.scratch)
    out: list[Measurement] = []
    for arg, reps in ((0, n), (25, 20 if ctx.quick else 200)):
        row = f"fib({arg})"
        ours = _m(row, "ours", sample(partial(fib, arg), n=reps, warmup=3))
        out.append(ours)
        if native is not None:
            nat = _m(row, "native (ctypes)", sample(partial(native, arg), n=reps, warmup=3))
            out.append(nat)
            if arg and ours.p50 and nat.p50 and call0.p50:
                ours.note = (
                    f"{ours.p50 / nat.p50:.2f}x native per call; compute alone "
                    f"(minus the fib(0) call) {(ours.p50 - call0.p50) / nat.p50:.2f}x"
                )

            def threaded(a: int = arg) -> None:
                t = threading.Thread(target=native, args=(a,))
                t.start()
                t.join()

            out.append(_m(row, "thread (native)", sample(threaded, n=reps, warmup=3)))
        if wasm_fib is not None:
            out.append(_m(row, "wasm (mathlib.wasm)", sample(partial(wasm_fib, arg), n=reps, warmup=3)))
    return out


def _size_rows(ctx: BenchContext, rt: Any, n: int) -> list[Measurement]:
    """Cost against image size (Wasp's figure): creation, and a pooled call."""
    from multipie.domains.virtine.build import build_image
    from multipie.domains.virtine.machine import Machine

    q = ctx.quick
    sizes = [16 << 10, 1 << 20, 16 << 20] if q else [16 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 16 << 20]
    out: list[Measurement] = []
    for size in sizes:
        src = (
            '#include "virtine.h"\n'
            f"static volatile char blob[{size}] = {{1}};\n"
            "VIRTINE long touch(long i) { return blob[i]; }\n"
        )
        img = build_image(ctx.scratch / f"blob{size}.c", source_text=src)
        label = f"image {size >> 10} KiB"
        out.append(
            _m(f"create, {label}", "ours", sample(partial(_create_close, Machine, img), n=5 if q else 30, warmup=1))
        )
        s = rt.load(img.to_bytes(), kind="virtine", name=f"blob{size}")
        dd = s.spawn()
        t = dd.export("touch")
        out.append(_m(f"pooled call, {label}", "ours", sample(partial(t, 0), n=n // 3)))
        dd.close()
    return out


def _udf_rows(svc: Any, wasm_fib: Any, quick: bool) -> list[Measurement]:
    """SQLite UDF per row: ours, plain Python, the Wasm build."""
    from multipie import udf

    rows = 500 if quick else 10_000
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i % 10,) for i in range(rows)])
    vd = svc.spawn()
    udf.register(conn, "vfib", vd.export("fib"), nargs=1)

    def pyfib(k: int) -> int:
        return k if k < 2 else pyfib(k - 1) + pyfib(k - 2)

    conn.create_function("pfib", 1, pyfib, deterministic=True)
    peers = [("ours", "vfib"), ("plain Python", "pfib")]
    if wasm_fib is not None:
        udf.register(conn, "wfib", wasm_fib, nargs=1)
        peers.append(("wasm", "wfib"))
    out: list[Measurement] = []
    for who, fname in peers:
        query = partial(conn.execute, f"SELECT sum({fname}(x)) FROM t")
        per_row = sample(query, n=3, warmup=1)
        out.append(_m("SQLite UDF per row", who, [s / rows for s in per_row], note=f"{rows} rows"))
    vd.close()
    return out


@suite("virtine")
def virtine_suite(ctx: BenchContext) -> list[Measurement]:
    """All virtine rows (quick mode: fewer samples and sizes)."""
    from multipie.kvm import kvm

    if not kvm.available():
        return [Measurement("virtine", "ours", "latency", "us", note="skipped: /dev/kvm not available")]
    import multipie
    from multipie.domains.virtine.build import build_image
    from multipie.domains.virtine.service import VirtineService

    n = 300 if ctx.quick else 3000
    rt = multipie.Runtime(cache_dir=None)
    try:
        image = build_image(_FIB_C)
        svc = rt.load(image.to_bytes(), kind="virtine", name="fib")
        assert isinstance(svc, VirtineService)
        out = _kvm_rows(image, n)
        bare = out[0]

        # Pooled: take from the pool, run fib(0), reset, put back.
        def pooled() -> None:
            with svc.spawn() as d:
                d.call("fib", 0)

        out.append(_m("pooled create+run+reset fib(0)", "ours", sample(pooled, n=n)))
        d = svc.spawn()
        fib = d.export("fib")
        call0 = _m("fib(0) call (run + reset)", "ours", sample(lambda: fib(0), n=n))
        call0.note = f"{call0.p50 / bare.p50:.2f}x bare KVM_RUN" if call0.p50 and bare.p50 else ""
        out.append(call0)
        out.append(_m("fib(0) call (run + reset)", "subprocess /bin/true", sample(
            lambda: subprocess.run(["/bin/true"], check=False), n=max(n // 10, 30), warmup=3)))  # fmt: skip
        wasm_fib = wd = None
        wasm_path = ctx.guests / "c" / "mathlib.wasm"
        if wasm_path.exists():
            wd = rt.load(wasm_path).spawn()  # referenced until the runtime closes, as its export is
            wasm_fib = wd.export("fib")
        out += _fib_rows(ctx, fib, wasm_fib, call0, n)
        d.close()
        out += _size_rows(ctx, rt, n) + _udf_rows(svc, wasm_fib, ctx.quick)
        pool = svc.pool.stats()
        out.append(Measurement("pool counters", "ours", "count", "calls", value=pool["hits"], note=str(pool)))
    finally:
        rt.close()
    return out

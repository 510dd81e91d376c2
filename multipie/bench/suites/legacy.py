"""Legacy program benchmarks: start-up against bubblewrap, runc/crun and fork+exec; syscall cost; compute.

Rows (ours and peers measured side by side in one run):

- *legacy start: busybox echo* — a pooled legacy domain (spawn, run ``busybox echo``,
  reset, close) vs ``busybox echo`` by fork+exec, under ``bwrap``, and as an OCI
  container under ``runc``/``crun`` (skipped with the reason when they cannot run here).
  Goal (issue 10): no slower than fork+exec.
- *legacy pipeline* — ``sh -c 'echo a b | wc -w'`` (two forks, each a copy of the VM, and a
  pipe between them) in a pooled domain vs the same busybox command natively.
- *syscall round trip* — per-call cost of a host-served call (``getppid``) and of a
  call answered inside the guest (``getpid``), from a static musl loop, vs the same
  calls natively; and with its ``syscall`` instructions left as built (*ours, trapped*: each one
  PVM's trap), the before of :mod:`multipie.domains.legacy.syscallsites`.
- *compute loop* — a static musl program with no system calls in its loop: virtine vs native.
  Goal: within 1.1x native.
- *allocation churn* — ``guest/legacy/programs/alloc.c`` (~1,900 mmap/munmap cycles, mremap growth,
  growing tables, sorting; answered in the guest by ``mm.c``): virtine vs native. Goal: ≤ 1.3x.
- *start-up* of ``true`` (static musl, built here; and the host's dynamic ``/bin/true``) and of
  ``python3 -c pass``: ``rt.run_command`` (the ``multipie run`` path: a fresh domain per run) and a pooled
  ``spawn()`` + ``run`` + close, beside native fork+exec of the same file; a dynamic one also with warmed
  starts off (*loader every run*: the before of :mod:`multipie.domains.legacy.warmstart`). A program the
  virtine cannot run yet gives a row noted ``unsupported: <why>``, never a failed suite. Goal (issue 18):
  dynamic ``true`` pooled ≤ 1.5x native fork+exec; ``python3 -c pass`` ≤ 1.5x.
- *threads* — ``guest/legacy/programs/threads.c bench``: pthread create+join (64 KiB stacks) and a
  futex ping-pong between two threads (one wake and one wait each way), timed inside the program,
  in a pooled virtine (each thread a vCPU, futexes served by the host) vs the same binary natively.
- *busybox sha256sum* of a 64 MiB file (8 MiB in quick mode): virtine vs native (bound by its
  4 KiB reads: each is a trapped ``syscall``, most answered from the guest's read cache).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie.bench import BenchContext, Measurement, sample, suite, summarize
from multipie.domains.base import Command

if TYPE_CHECKING:
    from multipie.runtime import Runtime

__all__ = ["legacy_suite"]

BUSYBOX = shutil.which("busybox") or "/bin/busybox"


def _m(row: str, who: str, samples: list[float], note: str = "", unit: str = "us", scale: float = 1e6) -> Measurement:
    return summarize(Measurement(row, who, "latency", unit, samples, note=note), scale=scale)


def _skip(row: str, who: str, why: str) -> Measurement:
    return Measurement(row, who, "latency", "us", note=f"skipped: {why}")


def _static_vs_native(rt: Runtime, program: Path, arg: str, row: str) -> list[Measurement]:
    """``program ARG`` in a pooled virtine and as a native process (p50 ratio in the note); [] if not built."""
    from multipie.domains.legacy.service import LegacyService

    if not program.exists():
        return []
    svc = rt.load(program)
    assert isinstance(svc, LegacyService)
    with svc.spawn() as d:
        ours = _m(row, "ours", sample(partial(d.run, [arg], stdout=bytearray()), n=3, warmup=1), unit="ms", scale=1e3)
    native = _m(row, "native", sample(partial(subprocess.run, [str(program), arg], capture_output=True),
                                      n=3, warmup=1), unit="ms", scale=1e3)  # fmt: skip
    if ours.p50 and native.p50:
        ours.note = f"{ours.p50 / native.p50:.2f}x native"
    return [ours, native]


def _unsupported(row: str, who: str, why: str) -> Measurement:
    return Measurement(row, who, "latency", "us", note=f"unsupported: {why}")


def _startup(rt: Runtime, row: str, path: Path, args: list[str], n: int) -> list[Measurement]:
    """``path ARGS`` by fork+exec, by ``rt.run_command`` and in a pooled spawned domain; ratios in the notes."""
    from multipie.domains.legacy import elf, warmstart
    from multipie.errors import MultipieError

    if not path.exists():
        return [_skip(row, "fork+exec", f"{path} not found")]
    native = _m(row, "fork+exec", sample(partial(subprocess.run, [str(path), *args], capture_output=True), n=n))
    out = [native]
    try:
        svc: Any = rt.load(path)
    except MultipieError as exc:
        return out + [_unsupported(row, who, str(exc)) for who in ("ours (run path)", "ours (pooled spawn)")]
    sink = bytearray()

    def run_path() -> None:
        if rt.run_command(svc, args, stdout=sink, stderr=sink) != 0:
            raise RuntimeError(bytes(sink[-300:]).decode(errors="replace"))
        sink.clear()

    def pooled() -> None:
        with svc.spawn() as d:
            if d.run(args, stdout=sink, stderr=sink) != 0:
                raise RuntimeError(bytes(sink[-300:]).decode(errors="replace"))
        sink.clear()

    variants = [("ours (run path)", run_path, True), ("ours (pooled spawn)", pooled, True)]
    if getattr(svc, "image", None) is not None and elf.is_dynamic(svc.image.data):  # before/after in one run
        variants.append(("ours (pooled spawn, loader every run)", pooled, False))
    for who, fn, warm in variants:
        was, warmstart.ENABLED = warmstart.ENABLED, warm and warmstart.ENABLED
        try:
            fn()
        except (MultipieError, RuntimeError) as exc:  # e.g. a dynamic program before the dynamic loader
            out.append(_unsupported(row, who, f"{type(exc).__name__}: {exc}"))
            continue
        else:
            m = _m(row, who, sample(fn, n=n))
        finally:
            warmstart.ENABLED = was
        if m.p50 and native.p50:
            m.note = f"{m.p50 / native.p50:.2f}x fork+exec"
        out.append(m)
    return out


def _startup_rows(rt: Runtime, ctx: BenchContext, n: int) -> list[Measurement]:
    """Start-up of a static and a dynamic ``true`` and of ``python3 -c pass``, ours beside fork+exec."""
    static_true = ctx.guests / "legacy" / "programs" / "true"
    python3 = Path("/usr/bin/python3")
    return (
        _startup(rt, "start-up: true (static musl)", static_true, [], n)
        + _startup(rt, "start-up: /bin/true (dynamic, host)", Path("/bin/true"), [], n)
        + _startup(rt, "start-up: python3 -c pass", python3, ["-c", "pass"], max(5, n // 10))
    )


def _oci_bundle(scratch: Path) -> Path | None:
    """A runc/crun bundle whose rootfs holds busybox (made with umoci when present, else by hand)."""
    bundle = scratch / "legacy-bundle"
    if (bundle / "config.json").exists():
        return bundle
    rootfs = bundle / "rootfs"
    (rootfs / "bin").mkdir(parents=True, exist_ok=True)
    shutil.copy(BUSYBOX, rootfs / "bin" / "busybox")
    runtime = shutil.which("runc") or shutil.which("crun")
    if runtime is None:
        return None
    proc = subprocess.run([runtime, "spec", "--bundle", str(bundle)], capture_output=True, check=False)
    if proc.returncode != 0:
        return None
    cfg = json.loads((bundle / "config.json").read_text())
    cfg["process"]["args"] = ["/bin/busybox", "echo", "hi"]
    cfg["process"]["terminal"] = False
    (bundle / "config.json").write_text(json.dumps(cfg))
    return bundle


def _container_peer(tool: str, bundle: Path | None, n: int) -> Measurement:
    row = "legacy start: busybox echo"
    path = shutil.which(tool)
    if path is None:
        return _skip(row, tool, f"{tool} is not installed")
    if bundle is None:
        return _skip(row, tool, "could not create an OCI bundle")
    counter = [0]

    def once() -> None:
        counter[0] += 1
        proc = subprocess.run(
            [path, "run", "--bundle", str(bundle), f"mp-bench-{os.getpid()}-{counter[0]}"],
            capture_output=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.decode(errors="replace").strip()[:200])

    try:
        once()
    except RuntimeError as exc:
        return _skip(row, tool, f"{tool} cannot run containers here: {exc}")
    return _m(row, tool, sample(once, n=n, warmup=2))


def _start_rows(bb: Any, n: int) -> list[Measurement]:
    """busybox echo and a shell pipeline in a pooled VM, against fork+exec of the same busybox."""
    sink = bytearray()
    row_start = "legacy start: busybox echo"

    def pooled() -> None:
        with bb.spawn() as d:
            d.run(["echo", "hi"], stdout=sink)
        sink.clear()

    ours = _m(row_start, "ours", sample(pooled, n=n))
    native = _m(
        row_start, "fork+exec", sample(lambda: subprocess.run([BUSYBOX, "echo", "hi"], capture_output=True), n=n)
    )
    if ours.p50 and native.p50:
        ours.note = f"{ours.p50 / native.p50:.2f}x fork+exec (pooled VM, snapshot reset)"
    row_pipe = "legacy pipeline: sh -c 'echo a b | wc -w'"
    pipeline = ["sh", "-c", "echo a b | wc -w"]

    def pooled_pipeline() -> None:
        with bb.spawn() as d:
            d.run(pipeline, stdout=sink)
        sink.clear()

    p_ours = _m(row_pipe, "ours", sample(pooled_pipeline, n=max(20, n // 5)))
    native_pipeline = sample(lambda: subprocess.run([BUSYBOX, *pipeline], capture_output=True), n=max(20, n // 5))
    p_nat = _m(row_pipe, "native busybox", native_pipeline)
    if p_ours.p50 and p_nat.p50:
        p_ours.note = f"{p_ours.p50 / p_nat.p50:.2f}x native (fork = a pooled VM + dirty-page copy)"
    return [ours, native, p_ours, p_nat]


def _sandbox_peers(ctx: BenchContext, n: int) -> list[Measurement]:
    """busybox echo under bubblewrap, runc and crun (skipped where not installed)."""
    from multipie.domains.legacy import process

    row_start = "legacy start: busybox echo"
    out: list[Measurement] = []
    if process.available():
        cmd = process.bwrap_argv(Path(BUSYBOX), ["busybox", "echo", "hi"], env={}, dirs={})
        out.append(_m(row_start, "bwrap", sample(lambda: subprocess.run(cmd, capture_output=True), n=n, warmup=3)))
    else:
        out.append(_skip(row_start, "bwrap", "bubblewrap is not installed"))
    bundle = _oci_bundle(ctx.scratch)
    for tool in ("runc", "crun"):
        out.append(_container_peer(tool, bundle, max(n // 5, 10)))
    return out


def _syscall_rows(rt: Runtime, ctx: BenchContext) -> list[Measurement]:
    """Syscall round trips: (time(N) - time(0)) / N from a static musl loop."""
    loop = ctx.guests / "legacy" / "programs" / "sysloop"
    if not loop.exists():
        return [_skip("syscall round trip", "ours", f"{loop} not built (run `make guests`)")]
    import multipie
    from multipie.domains.legacy import syscallsites

    svc: Any = rt.load(loop)
    was, syscallsites.ENABLED = syscallsites.ENABLED, False
    try:  # the same program with its syscall instructions as built: each one PVM's trap (the before)
        rt_trapped = multipie.Runtime(cache_dir=None)
        trapped: Any = rt_trapped.load(loop)
    finally:
        syscallsites.ENABLED = was
    calls = 2000 if ctx.quick else 20000

    def per_call(service: Any, kind: str) -> list[float]:
        with service.spawn() as d:
            base = sample(partial(d.run, [kind, "0"]), n=5, warmup=1)
            full = sample(partial(d.run, [kind, str(calls)]), n=5, warmup=1)
        return [(f - min(base)) / calls for f in full]

    out: list[Measurement] = []
    for kind, label in (("host", "host-served (getppid)"), ("guest", "guest-answered (getpid)")):
        row = f"syscall round trip, {label}"
        out.append(_m(row, "ours", per_call(svc, kind), note="sites rewritten (default)"))
        out.append(_m(row, "ours, trapped", per_call(trapped, kind), note="MULTIPIE_SYSCALL_SITES=0"))
        nb = sample(partial(subprocess.run, [str(loop), kind, "0"], check=False), n=5, warmup=1)
        nf = sample(partial(subprocess.run, [str(loop), kind, str(calls)], check=False), n=5, warmup=1)
        out.append(_m(row, "native", [(f - min(nb)) / calls for f in nf]))
    rt_trapped.close()
    return out


def _sha_rows(bb: Any, ctx: BenchContext) -> list[Measurement]:
    """busybox sha256sum of a large file, in a virtine and natively."""
    q = ctx.quick
    size = (8 if q else 64) << 20
    data_dir = ctx.scratch / "legacy-sha"
    data_dir.mkdir(parents=True, exist_ok=True)
    big = data_dir / "big.bin"
    if not big.exists() or big.stat().st_size != size:
        big.write_bytes(os.urandom(size))
    row = f"busybox sha256sum {size >> 20} MiB"
    reps = 3 if q else 5

    def ours_sha() -> None:
        if bb.run_command(Command(["sha256sum", "/d/big.bin"], {}, {str(data_dir): "/d"}, None, bytearray())) != 0:
            raise RuntimeError("sha256sum failed in the virtine")

    o = _m(row, "ours", sample(ours_sha, n=reps, warmup=1), unit="ms", scale=1e3)
    native = sample(lambda: subprocess.run([BUSYBOX, "sha256sum", str(big)], capture_output=True), n=reps, warmup=1)
    nat = _m(row, "native", native, unit="ms", scale=1e3)
    if o.p50 and nat.p50:
        o.note = f"{o.p50 / nat.p50:.2f}x native"
    return [o, nat]


def _thread_rows(rt: Runtime, ctx: BenchContext) -> list[Measurement]:
    """Thread create+join and futex ping-pong, as the program times them (ns per operation), both ways."""
    prog = ctx.guests / "legacy" / "programs" / "threads"
    rows = ("thread create+join (64 KiB stacks)", "futex ping-pong between two threads")
    if not prog.exists():
        return [_skip(rows[0], "ours", f"{prog} not built (run `make guests`)")]
    n, reps = ("100", 3) if ctx.quick else ("1000", 5)
    svc: Any = rt.load(prog)

    def collect(run: Any) -> list[list[float]]:
        got: list[list[float]] = [[], []]
        for i in range(reps + 1):
            data = json.loads(run())
            if i:  # the first run warms the pooled machine (its thread vCPUs are made then)
                got[0].append(data["create_join_ns"] / 1e9)
                got[1].append(data["pingpong_ns"] / 1e9)
        return got

    with svc.spawn(timeout=600) as d:

        def ours_run() -> bytes:
            out = bytearray()
            d.run(["bench", n, "64"], stdout=out)
            return bytes(out)

        ours = collect(ours_run)
    native = collect(lambda: subprocess.run([str(prog), "bench", n, "64"], capture_output=True, check=True).stdout)
    out: list[Measurement] = []
    for row, o_s, n_s in zip(rows, ours, native):
        o, nat = _m(row, "ours", o_s), _m(row, "native", n_s)
        if o.p50 and nat.p50:
            o.note = f"{o.p50 / nat.p50:.1f}x native"
        out += [o, nat]
    return out


@suite("legacy")
def legacy_suite(ctx: BenchContext) -> list[Measurement]:
    """All legacy rows (quick mode: fewer samples, an 8 MiB file)."""
    from multipie.kvm import kvm

    row_start = "legacy start: busybox echo"
    if not kvm.available():
        return [_skip(row_start, "ours", "/dev/kvm not available")]
    import multipie
    from multipie.domains.legacy.service import LegacyService

    q = ctx.quick
    n = 50 if q else 300
    rt = multipie.Runtime(cache_dir=None)
    try:
        bb = rt.load(BUSYBOX, name="busybox") if Path(BUSYBOX).exists() else None
        assert bb is None or isinstance(bb, LegacyService)
        if bb is None:  # (the rows of programs built here and of the host's still run)
            out = [_skip(row_start, "ours", "busybox-static is not installed (make sysdeps)")]
        else:
            out = _start_rows(bb, n) + _sandbox_peers(ctx, n)
        out += _startup_rows(rt, ctx, n) + _syscall_rows(rt, ctx)
        # Pure compute (no system calls in the loop): the same static program in a virtine and natively.
        millions = "20" if q else "100"
        out += _static_vs_native(rt, ctx.guests / "legacy" / "programs" / "compute", millions,
                                 f"compute loop ({millions}M iterations)")  # fmt: skip
        # Allocation churn (mmap/munmap/mremap answered in the guest): the same static program both ways.
        rounds = "15" if q else "60"
        out += _static_vs_native(rt, ctx.guests / "legacy" / "programs" / "alloc", rounds,
                                 f"allocation churn ({rounds} rounds)")  # fmt: skip
        out += _sha_rows(bb, ctx) if bb is not None else []
        out += _thread_rows(rt, ctx)
    finally:
        rt.close()
    return out

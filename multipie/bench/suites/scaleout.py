"""Bench suite ``scale-out``: an app on a local 2-node Ray cluster (docs/scale-out.md).

Rows (ours and peers in the same run):

- ``cross-node call`` — µs per call of ``f(x) = x + 1``: ours through a remote
  capability (token checked by the provider on every call) to a replica on the
  other node (a provider of the default ``run = "thread"``, and one of
  ``run = "inline"``: both run on the thread Ray delivers the call to), a plain Ray
  actor method on that node (the peer), and the same export called in one process
  through a local capability;
- ``scale-out req/s`` — requests per second over real HTTP (``wrk``, 1 thread, 8
  connections, POST ``/echo``): the single-node gateway (``multipie up``, its own
  process) and the Ray entry point (uvicorn in this process) with 1 and 2 replicas
  of an echo service, requests travelling to replicas as HTTP to their gateways
  (``transport="http"``, the default) or as Ray actor calls (``"actor"``);
- ``CPU per request`` — µs of server CPU per request (the load generator excluded):
  the ``multipie up`` process, or the entry point's process plus the replica
  processes; ``CPU per request, every process`` adds the cluster's raylets, GCS and
  other workers (their background work included). A fresh domain per request in all.

Runs only when selected (``multipie bench --only scale-out``): after ``ray.init`` a
process cannot run Wasm guests that trap (Ray's signal handling turns Wasmtime's
trap into a fatal SIGILL), so it must not share a process with the other suites.

This machine has two cores shared with other work: throughput does not grow with
replicas here; the cost model extrapolates from CPU per request.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from multipie.bench import BenchContext, Measurement, sample, suite, summarize
from multipie.bench.suites.apps import parse_wrk

__all__ = ["scaleout_suite"]

_BODY = "ok"
_F = '(module (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add))'


def _manifest(echo: Path, f: Path) -> str:
    return f"""
[services.echo]
source = "{echo.as_posix()}"
route = "/echo"
pool = 16
replicas = {{ min = 1, max = 2, target = 100000 }}

[services.f]
source = "{f.as_posix()}"
replicas = 2
placement = "f"

[services.g]                  # the same export, run = "inline" (the same path across nodes)
source = "{f.as_posix()}"
run = "inline"
timeout = 0.25
placement = "f"
"""


class _Plain:
    """The peer: a plain Ray actor answering x + 1."""

    def f(self, x: int) -> int:
        return x + 1

    def node(self) -> str:
        import ray

        return str(ray.get_runtime_context().get_node_id())


def _cpu(procs: list[Any]) -> dict[int, float]:
    """CPU seconds (user + system) used so far by each process still running, by pid."""
    out: dict[int, float] = {}
    for p in procs:
        try:
            t = p.cpu_times()
        except Exception:  # noqa: BLE001 - exited (Ray ends idle workers): left out of the sum
            continue
        out[p.pid] = t.user + t.system
    return out


def _used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds used between two :func:`_cpu` readings by the processes present in both."""
    return sum(after[pid] - t for pid, t in before.items() if pid in after)


def _wrk(url: str, seconds: int, scratch: Path) -> tuple[float, int, int]:
    """One ``wrk`` run (1 thread, 8 connections, POST): (req/s, requests, non-2xx answers)."""
    script = scratch / "post.lua"
    script.write_text(f'wrk.method = "POST"\nwrk.body = "{_BODY}"\n')
    proc = subprocess.run(
        ["wrk", "-t1", "-c8", f"-d{seconds}s", "-s", str(script), url],
        capture_output=True, text=True, check=False, timeout=seconds + 60,
    )
    rps, _, _, bad = parse_wrk(proc.stdout)
    done = re.search(r"(\d+) requests in", proc.stdout)
    return rps, int(done.group(1)) if done else 0, bad


def _measure(
    ctx: BenchContext, url: str, server: Callable[[], list[Any]], every: Callable[[], list[Any]] | None,
    who: str, metric: str,
) -> list[Measurement]:
    """req/s and server CPU per request under ``wrk`` (``server()``: the processes serving requests)."""
    seconds = 2 if ctx.quick else 5
    _wrk(url, 1, ctx.scratch)  # warm-up (pools, connections)
    rates: list[float] = []
    cpus: list[float] = []
    alls: list[float] = []
    bad = 0
    for _ in range(2 if ctx.quick else 3):
        ps, es = server(), (every() if every else [])
        c0, e0 = _cpu(ps), _cpu(es)
        rps, n, nbad = _wrk(url, seconds, ctx.scratch)
        c1, e1 = _cpu(ps), _cpu(es)
        bad += nbad
        rates.append(rps)
        cpus.append(_used(c0, c1) / max(n, 1) * 1e6)
        alls.append(_used(e0, e1) / max(n, 1) * 1e6)
    note = f"{bad} non-2xx answers" if bad else ""
    out = [
        summarize(Measurement("scale-out req/s", who, metric, "req/s", rates, note=note)),
        summarize(Measurement("CPU per request", who, metric, "us", cpus, note=note)),
    ]
    if every is not None:
        out.append(summarize(Measurement("CPU per request, every process", who, metric, "us", alls, note=note)))
    return out


def _single_node(ctx: BenchContext, root: Path) -> list[Measurement]:
    """``multipie up`` in a process of its own, under the same load."""
    import psutil

    from multipie.bench.suites.apps import _free_port, _wait_ready

    port = _free_port()
    code = "from multipie.cli import main; main()"
    cmd = [sys.executable, "-c", code, "up", str(root), "--listen", f"127.0.0.1:{port}", "--no-access-log"]
    log = (ctx.scratch / "single-node.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_ready(port, proc)
        me = psutil.Process(proc.pid)
        return _measure(ctx, f"http://127.0.0.1:{port}/echo", lambda: [me], None, "single-node gateway", "multipie up")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _local_call(root: Path, calls: int) -> Measurement:
    """The same export as the cross-node rows, through a local capability in one process."""
    from multipie.app.loader import load_app

    single = load_app(root)
    single.start()
    try:
        rt = single.runtime
        local = rt.capability(single.provider("f"), "f")
        caller = rt.load(
            '(module (import "env" "f" (func $f (param i32) (result i32))) '
            '(func (export "g") (param i32) (result i32) local.get 0 call $f))'
        ).spawn(grants={"env.f": local}, group=None)  # type: ignore[call-arg]
        g = caller.export("g")
        samples = sample(lambda: g(1), n=calls * 10)
        return summarize(Measurement("cross-node call", "ours, local capability", "per call", "us", samples), scale=1e6)
    finally:
        single.close()


@contextlib.contextmanager
def _ingress(app: Any) -> Iterator[str]:
    """The Ray entry point (``RayGateway`` under uvicorn, as ``multipie up --ray``) in a thread; yields its URL."""
    import uvicorn

    from multipie.app.server import _Server, _uvicorn_options
    from multipie.scaleout.hop import listen
    from multipie.scaleout.ingress import RayGateway

    gateway = RayGateway(app, access_log=False)
    sock = listen("127.0.0.1")  # IPPROTO_TCP: asyncio turns Nagle off on its connections, as uvicorn's own
    server = _Server(uvicorn.Config(gateway, **_uvicorn_options(app)))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            time.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/echo"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        gateway.close()
        sock.close()


def _cross_node_calls(app: Any, calls: int) -> list[Measurement]:
    """A plain Ray actor call vs a capability call to a replica on the other node (interleaved)."""
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    here = ray.get_runtime_context().get_node_id()
    cap = app.capability("f", "f")
    inline = app.capability("g", "f")
    far = [h for h in app.replicas("f") if ray.get(h.ping.remote())["node"] != here] or app.replicas("f")
    other = ray.get(far[0].ping.remote())["node"]
    plain: Any = (
        ray.remote(_Plain)
        .options(num_cpus=0, scheduling_strategy=NodeAffinitySchedulingStrategy(other, soft=False))
        .remote()
    )
    ray.get(plain.node.remote())
    out: list[Measurement] = []
    for _ in range(2):  # interleaved, so both see the same background load
        out.append(
            summarize(
                Measurement(
                    "cross-node call",
                    "plain Ray actor call",
                    "per call",
                    "us",
                    sample(lambda: ray.get(plain.f.remote(1)), n=calls),
                ),
                scale=1e6,
            )
        )
        out.append(
            summarize(
                Measurement(
                    "cross-node call",
                    "ours, remote capability",
                    "per call",
                    "us",
                    sample(lambda: cap.call_on(far[0], 1), n=calls),
                ),
                scale=1e6,
            )
        )
        out.append(
            summarize(
                Measurement(
                    "cross-node call",
                    "ours, remote capability, inline provider",
                    "per call",
                    "us",
                    sample(lambda: inline.call_on(far[0], 1), n=calls),
                ),
                scale=1e6,
            )
        )
    return out


def _ray_paths(ctx: BenchContext, root: Path, calls: int) -> list[Measurement]:
    """Cross-node calls, then req/s and CPU with 1 and 2 replicas, for each transport to the replicas."""
    import psutil

    from multipie.scaleout.cluster import deploy

    me = psutil.Process()
    out: list[Measurement] = []
    for transport, who in (("http", "ours on Ray, HTTP to replicas"), ("actor", "ours on Ray, actor calls")):
        app = deploy(root, autoscale_every=0, transport=transport)
        try:
            if transport == "http":
                out += _cross_node_calls(app, calls)
            slots = app.slots[app.plan.unit_of["echo"]]

            def server(slots: dict[int, Any] = slots) -> list[Any]:
                return [me, *(psutil.Process(s.pid) for s in slots.values())]

            def every() -> list[Any]:
                return [me, *me.children(recursive=True)]

            with _ingress(app) as url:
                for r in (1, 2):
                    app.scale_to(app.plan.unit_of["echo"], r)
                    out += _measure(ctx, url, server, every, who, f"{r} replica(s)")
        finally:
            app.close()
    return out


def _on_ray(ctx: BenchContext, root: Path, calls: int) -> list[Measurement]:
    """A two-node local Ray cluster, started and stopped here."""
    import ray
    from ray.cluster_utils import Cluster

    cluster = Cluster(
        initialize_head=True,
        head_node_args={
            "num_cpus": 1,
            "object_store_memory": 80 << 20,
            "include_dashboard": False,
            "node_ip_address": "127.0.0.1",
        },
    )
    try:
        cluster.add_node(num_cpus=1, object_store_memory=80 << 20, node_ip_address="127.0.0.1")
        cluster.wait_for_nodes()
        ray.init(address=cluster.address, logging_level=logging.ERROR, log_to_driver=False)
        return _ray_paths(ctx, root, calls)
    finally:
        ray.shutdown()
        cluster.shutdown()


@suite("scale-out")
def scaleout_suite(ctx: BenchContext) -> list[Measurement]:
    """Cross-node capability calls, req/s vs replicas, CPU per request (see module docstring)."""
    if "scale-out" not in ctx.extra.get("only", ()):
        # ray.init leaves this process unable to run trapping Wasm guests (a fatal SIGILL): only on request.
        return [
            Measurement(
                "cross-node call",
                "ours",
                "per call",
                "us",
                note="starts a Ray cluster from this process: run alone, with --only scale-out",
            )
        ]
    try:
        from multipie.scaleout.connect import loopback_only

        loopback_only()  # before Ray is imported
        import psutil  # noqa: F401
        import ray  # noqa: F401
        from ray.cluster_utils import Cluster  # noqa: F401
    except ImportError as exc:
        return [Measurement("cross-node call", "ours", "per call", "us", note=f"ray not installed: {exc}")]

    echo = Path(__file__).resolve().parents[3] / "tests" / "app" / "guests" / "echo.wat"
    fpath = ctx.scratch / "f.wat"
    fpath.write_text(_F)
    root = ctx.scratch / "scaleout-app"
    root.mkdir(parents=True, exist_ok=True)
    (root / "multipie.toml").write_text(_manifest(echo, fpath))
    if shutil.which("wrk") is None:
        return [Measurement("CPU per request", "ours", "per request", "us", note="wrk not installed (Debian 'wrk')")]
    calls = 200 if ctx.quick else 1000
    # Single node first, before the cluster takes the cores' attention.
    return _with_ratios([_local_call(root, calls), *_single_node(ctx, root), *_on_ray(ctx, root, calls)])


def _with_ratios(out: list[Measurement]) -> list[Measurement]:
    """Note each Ray path's server CPU per request as a multiple of ``multipie up``'s in the same run (the goal)."""
    base = next((m.p50 for m in out if m.row == "CPU per request" and m.who == "single-node gateway"), None)
    for m in out:
        if base and m.p50 and m.row.startswith("CPU per request") and m.who.startswith("ours on Ray"):
            m.note = (m.note + "; " if m.note else "") + f"{m.p50 / base:.2f}x multipie up (goal: 1.5x)"
    return out

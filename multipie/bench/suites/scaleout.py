"""Bench suite ``scale-out``: an app on a local 2-node Ray cluster (docs/scale-out.md).

Rows (ours and peers in the same run):

- ``cross-node call`` — µs per call of ``f(x) = x + 1``: ours through a remote
  capability (token checked by the provider on every call) to a replica on the
  other node (provider run in a worker thread, or ``run = "inline"`` on the
  replica's event loop), a plain Ray actor method on that node (the peer), and
  the same export called in one process through a local capability;
- ``scale-out req/s`` — requests per second through the Ray ingress with 1 and 2
  replicas of an echo service (8 in flight), and the single-node gateway in the
  same run;
- ``CPU per request`` — µs of CPU of every process involved (this process — the
  ingress and the client — plus the cluster's raylets, GCS and replicas) per
  request, Ray path vs the single-node gateway (same client, a fresh domain per
  request in both).

Runs only when selected (``multipie bench --only scale-out``): after ``ray.init`` a
process cannot run Wasm guests that trap (Ray's signal handling turns Wasmtime's
trap into a fatal SIGILL), so it must not share a process with the other suites.

This machine has two cores shared with other work: throughput does not grow with
replicas here; the cost model extrapolates from CPU per request.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

from multipie.bench import BenchContext, Measurement, sample, suite, summarize

__all__ = ["scaleout_suite"]

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

[services.g]                  # the same export, called on the provider's event loop (no thread hop)
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


def _cpu(procs: list[Any]) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except Exception:  # noqa: BLE001 - a process that exited counts what it had
            pass
    return total


def _load(make: Any, n: int, concurrency: int = 8) -> float:
    """Send ``n`` POSTs through a fresh ASGI gateway from ``make()`` (bound to this run's loop); wall seconds."""
    import httpx

    gateway = make()

    async def run() -> None:
        transport = httpx.ASGITransport(app=gateway)
        sem = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(transport=transport, base_url="http://b", timeout=60) as client:

            async def one() -> None:
                async with sem:
                    r = await client.post("/echo", content=b"ok")
                    r.raise_for_status()

            await asyncio.gather(*(one() for _ in range(n)))

    t0 = time.perf_counter()
    try:
        asyncio.run(run())
    finally:
        gateway.close()
    return time.perf_counter() - t0


def _reqs(ctx: BenchContext, gateway: Any, procs: Any, who: str, metric: str, n: int) -> list[Measurement]:
    _load(gateway, n // 4)  # warm-up (pools, connections)
    runs, cpus = [], []
    for _ in range(2 if ctx.quick else 3):
        ps = procs()
        c0 = _cpu(ps)
        wall = _load(gateway, n)
        cpus.append((_cpu(ps) - c0) / n * 1e6)
        runs.append(n / wall)
    return [
        summarize(Measurement("scale-out req/s", who, metric, "req/s", runs)),
        summarize(Measurement("CPU per request", who, metric, "us", cpus)),
    ]


def _single_node(ctx: BenchContext, root: Path, n: int, calls: int) -> list[Measurement]:
    """One process: the gateway's req/s, and a capability call to a local provider."""
    import psutil

    from multipie.app.gateway import Gateway
    from multipie.app.loader import load_app

    single = load_app(root)
    single.start()
    me = psutil.Process()
    out = _reqs(ctx, lambda: Gateway(single, access_log=False), lambda: [me], "single-node gateway", "1 process", n)
    rt = single.runtime
    d = single.provider("f")
    local = rt.capability(d, "f")
    caller = rt.load(
        '(module (import "env" "f" (func $f (param i32) (result i32))) '
        '(func (export "g") (param i32) (result i32) local.get 0 call $f))'
    ).spawn(grants={"env.f": local}, group=None)  # type: ignore[call-arg]
    g = caller.export("g")
    out.append(
        summarize(
            Measurement(
                "cross-node call", "ours, local capability", "per call", "us", sample(lambda: g(1), n=calls * 10)
            ),
            scale=1e6,
        )
    )
    single.close()
    return out


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


def _on_ray(ctx: BenchContext, root: Path, n: int, calls: int) -> list[Measurement]:
    """A two-node local Ray cluster: cross-node calls, then req/s with 1 and 2 replicas."""
    import psutil
    import ray
    from ray.cluster_utils import Cluster

    from multipie.scaleout.cluster import deploy
    from multipie.scaleout.ingress import RayGateway

    me = psutil.Process()
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
        app = deploy(root, autoscale_every=0)
        try:
            out = _cross_node_calls(app, calls)

            def gw() -> RayGateway:
                return RayGateway(app, access_log=False)

            def procs() -> list[Any]:
                return [me, *me.children(recursive=True)]

            for r in (1, 2):
                app.scale_to(app.plan.unit_of["echo"], r)
                out += _reqs(ctx, gw, procs, "ours on Ray", f"{r} replica(s)", n)
        finally:
            app.close()
    finally:
        ray.shutdown()
        cluster.shutdown()
    return out


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
    n = 300 if ctx.quick else 2000
    calls = 200 if ctx.quick else 1000
    # Single node first, before the cluster takes the cores' attention.
    return _single_node(ctx, root, n, calls) + _on_ray(ctx, root, n, calls)

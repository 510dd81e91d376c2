"""A scaled-out app on a local 2-node Ray cluster: placement, HTTP, cross-node capabilities, regions, faults.

One app is deployed for the whole module (replicas start in ~seconds each on this
machine); the test that kills a node runs last.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from scaleouthelpers import APP_GUESTS, requests, write_app

from multipie.errors import CapabilityError, CapabilityRevoked, DigestMismatch
from multipie.scaleout.cluster import ClusterApp, deploy


@pytest.fixture(scope="module")
def app(ray_cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClusterApp]:
    root = write_app(tmp_path_factory.mktemp("scaled"))
    # autoscaling decisions only when a test asks (autoscale_once): a background tick would race the assertions
    a = deploy(root, autoscale_every=0)
    yield a
    a.close()


@pytest.fixture(scope="module")
def gateway(app: ClusterApp) -> Any:
    from multipie.scaleout.ingress import RayGateway

    return RayGateway(app, access_log=False)


def nodes_of(handles: list[Any]) -> list[str]:
    import ray

    return [info["node"] for info in ray.get([h.ping.remote() for h in handles])]


def test_units_and_replicas_are_placed_spread(app: ClusterApp) -> None:
    assert app.plan.unit_of == {
        "echo": "back", "caller": "front", "writer": "front", "boom": "back", "spin": "back", "reader": "back"
    }
    assert [len(app.replicas(s)) for s in ("echo", "caller", "boom")] == [2, 1, 2]
    # services of one unit share one Runtime (one actor); replicas of a unit go to different nodes
    assert app.replicas("caller") == app.replicas("writer") and app.replicas("echo") == app.replicas("boom")
    assert len(set(nodes_of(app.replicas("boom")))) == 2


def test_http_routing_limits_and_errors(gateway: Any) -> None:
    r = requests(gateway, [("POST", "/echo", b"hello"), ("GET", "/nope", b""), ("POST", "/echo", b"x" * 5000),
                           ("POST", "/echo", b"t")])
    assert r[0].status_code == 200 and r[0].content.endswith(b"hello") and r[0].headers["x-guest"] == "echo"
    assert r[1].status_code == 404 and r[1].json()["error"] == "no_route"
    assert r[2].status_code == 413 and r[2].json()["error"] == "body_too_large"
    assert r[3].status_code == 500 and r[3].json()["error"] == "trap" and r[3].json()["service"] == "echo"
    rid = r[0].headers["x-request-id"]
    assert rid.encode() in r[0].content  # the replica's guest saw the ingress's request id


def test_cross_unit_grant_is_a_remote_capability_call(gateway: Any) -> None:
    r = requests(gateway, [("POST", "/call", b"a"), ("POST", "/call", b"X")])
    assert (r[0].status_code, r[0].content) == (200, b"r=b")  # caller (front) -> boom.f (back): 'a' + 1
    assert r[1].status_code == 500  # boom trapped on 'X' in its own replica; the caller's request fails



def scrape(gateway: Any) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    from prometheus_client.parser import text_string_to_metric_families

    text = requests(gateway, [("GET", "/metrics", b"")])[0].text
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for fam in text_string_to_metric_families(text)
        for s in fam.samples
    }


def test_metrics_are_summed_per_service_across_replicas(gateway: Any) -> None:
    key = ("multipie_requests_total", (("code", "200"), ("service", "echo")))
    before = scrape(gateway).get(key, 0.0)
    r = requests(gateway, [("POST", "/echo", b"ok")] * 8)
    assert [x.status_code for x in r] == [200] * 8
    after = scrape(gateway)
    assert after[key] - before == 8  # counted once each, by the replica that served it
    assert after[("multipie_replicas", (("service", "echo"),))] == 2
    # each replica's pool gauges add up (two replicas, each with its own pool of echo domains)
    assert after[("multipie_live_domains", (("service", "echo"),))] >= 2


def test_capability_across_nodes_forward_and_revoke_everywhere(app: ClusterApp) -> None:
    from multipie.scaleout import RemoteCapability

    cap = app.capability("boom", "f")
    handles = app.replicas("boom")
    assert len(set(nodes_of(handles))) == 2
    assert [cap.call_on(h, 1) for h in handles] == [2, 2]  # one replica on each node
    assert cap(41) == 42
    child = cap.forward()
    grandchild = child.forward()
    other = app.capability("boom", "f")
    assert [grandchild.call_on(h, 2) for h in handles] == [3, 3]
    cap.revoke()
    # once revoke() returned, every provider replica refuses the whole tree on its next call
    for h in handles:
        for c in (cap, child, grandchild):
            with pytest.raises(CapabilityRevoked):
                c.call_on(h, 1)
        assert other.call_on(h, 1) == 2  # an unrelated capability to the same export still works
    assert cap.revoked and grandchild.revoked and not other.revoked
    with pytest.raises(CapabilityError, match="revoked"):
        cap.forward()
    for forged in (
        dataclasses.replace(other.token, cap_id=other.token.cap_id + 1000),
        dataclasses.replace(other.token, export="g"),
        dataclasses.replace(other.token, tag=bytes(16)),
    ):
        with pytest.raises(CapabilityError, match="does not verify"):
            RemoteCapability(app.authority, "back", forged).call_on(handles[0], 1)


def test_a_faulting_or_hung_export_leaves_the_replica_serving_and_control_calls_unqueued(app: ClusterApp) -> None:
    import ray

    from multipie.errors import Timeout, Trap

    boom, spin = app.capability("boom", "f"), app.capability("spin", "spin")
    h = app.replicas("boom")[0]
    pid = ray.get(h.ping.remote())["pid"]
    with pytest.raises(Trap):
        boom.call_on(h, ord("X"))  # the provider domain traps on Ray's thread: torn down, not the actor
    assert [boom.call_on(h, i) for i in (1, 2, 3)] == [2, 3, 4]  # a fresh provider domain, calls in order
    hung = h.cap_call.remote((*spin.token.wire, ()))  # holds a capability-call thread until its timeout
    time.sleep(0.5)
    other = app.capability("boom", "f")
    other.revoke()  # pushed to every replica: acknowledged on the control threads, not behind the hung call
    assert ray.get(h.ping.remote())["pid"] == pid
    assert ray.wait([hung], timeout=0)[0] == []  # both answered while the export still spins
    with pytest.raises(CapabilityRevoked):
        other.call_on(h, 1)  # refused on the capability-call path (another of its threads)
    with pytest.raises(Timeout):
        ray.get(hung)  # the service's timeout still bounds an export run on Ray's thread
    assert boom.call_on(h, 1) == 2 and ray.get(h.ping.remote())["pid"] == pid
    for bad in ((1, 2), (*boom.token.wire, 5), (*boom.token.wire[:3], "tag", ()), "x"):
        with pytest.raises(CapabilityError):
            ray.get(h.cap_call.remote(bad))  # malformed: refused with a typed error, the replica unharmed
    assert boom.call_on(h, 1) == 2


def test_read_only_region_snapshots_reach_every_reader_replica(app: ClusterApp) -> None:
    poke = app.capability("writer", "poke")  # writer holds "page" writable in unit front
    peek = app.capability("reader", "peek")  # reader holds it read-only in unit back (2 replicas)
    readers = app.replicas("reader")
    assert [peek.call_on(h, 5) for h in readers] == [0, 0]
    poke(5, 7)
    assert [peek.call_on(h, 5) for h in readers] == [0, 0]  # a snapshot, not memory shared across nodes
    assert app.publish_region("page") == 64 << 10
    assert [peek.call_on(h, 5) for h in readers] == [7, 7]
    app.publish_region("page", b"hi")  # host-provided content
    assert [peek.call_on(h, 0) for h in readers] == [ord("h")] * 2


def test_replicas_load_code_by_digest_and_autoscale(app: ClusterApp, gateway: Any) -> None:
    import ray

    from multipie.scaleout.blobs import BlobStore, digest_of

    code = app._configs["front"].code["caller"]
    path = BlobStore().get(code.blob)
    assert path is not None and digest_of(path.read_bytes()) == code.blob  # this node's copy, by digest
    path.write_bytes(b"(module)")  # corrupt it: the next replica must refuse it and fetch the real bytes
    assert app.scale_to("front", 5) == 2  # clamped to max = 2
    info = [i for i in ray.get([h.ping.remote() for h in app.replicas("caller")]) if i["index"] == 1][0]
    assert "caller" in info["fetched"]
    assert BlobStore().get(code.blob) == path  # intact again
    assert [r.status_code for r in requests(gateway, [("POST", "/call", b"a")] * 4)] == [200] * 4
    assert app.autoscale_once() == {"front": 1}  # idle: back to min
    assert len(app.replicas("caller")) == 1


def test_revoking_a_grant_cuts_off_the_holder_everywhere(app: ClusterApp, gateway: Any) -> None:
    grant = app.grants_remote["caller"]["env.f"]
    assert requests(gateway, [("POST", "/call", b"b")])[0].content == b"r=c"
    grant.revoke()
    r = requests(gateway, [("POST", "/call", b"b")])[0]
    assert r.status_code == 500 and "revoked" in r.json()["detail"]


PACKED = """
[app]
name = "packed"
placement = "pack"

[services.slow]
source = "echo.tar"
route = "/slow"
timeout = 120.0
replicas = { min = 1, max = 2, target = 1 }
"""


def _lock(root: Path) -> None:
    cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "lock", str(root / "multipie.toml")]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert out.returncode == 0, out.stderr


def test_locked_package_pack_placement_and_replicas_autoscaled_from_load(ray_cluster: Any, tmp_path: Path) -> None:
    from multipie import packages
    from multipie.scaleout.blobs import digest_of
    from multipie.scaleout.ingress import RayGateway

    root = write_app(tmp_path / "packed", PACKED)
    packages.pack(APP_GUESTS / "echo.wat", root / "echo.tar")  # an OCI layout, pinned by `multipie lock`
    _lock(root)
    packed = deploy(root, autoscale_every=0)
    try:
        code = packed._configs["slow"].code["slow"]  # the driver resolved the package; replicas get its bytes
        assert code.blob == digest_of(packed._module_bytes("slow")) and code.module.startswith("sha256:")
        gateway = RayGateway(packed, access_log=False)
        slots = packed.slots["slow"]

        async def scenario() -> tuple[dict[str, int], list[httpx.Response]]:
            transport = httpx.ASGITransport(app=gateway)
            async with httpx.AsyncClient(transport=transport, base_url="http://multipie", timeout=120) as client:
                busy = [asyncio.ensure_future(client.request("GET", "/slow", content=b"w")) for _ in range(2)]
                loop = asyncio.get_running_loop()
                deadline = loop.time() + 60
                while sum(s.inflight for s in slots.values()) < 2 and loop.time() < deadline:
                    await asyncio.sleep(0.01)
                # 2 requests in flight on 1 replica, target 1 per replica: one more replica
                changed = await loop.run_in_executor(None, packed.autoscale_once)
                return changed, list(await asyncio.gather(*busy))

        changed, answers = asyncio.run(scenario())
        assert changed == {"slow": 2} and [r.status_code for r in answers] == [200, 200]
        assert len(set(nodes_of(packed.replicas("slow")))) == 1  # "pack": both replicas on one node
        assert packed.autoscale_once() == {"slow": 1}  # idle again: back to min
    finally:
        packed.close()
    # the package swapped for other code under the same name: refused before anything is deployed
    changed = tmp_path / "changed.wat"
    changed.write_text((APP_GUESTS / "echo.wat").read_text().rstrip().removesuffix(")") + '(func (export "x")))\n')
    packages.pack(changed, root / "echo.tar")
    with pytest.raises(DigestMismatch, match=r"services\.slow\.source \(echo\.tar\).*digest mismatch"):
        deploy(root, autoscale_every=0)


def test_the_actor_transport_serves_the_same_requests(ray_cluster: Any, tmp_path: Path) -> None:
    from multipie.errors import UsageError
    from multipie.scaleout.ingress import RayGateway

    manifest = f'[services.echo]\nsource = "{(APP_GUESTS / "echo.wat").as_posix()}"\nroute = "/echo"\n'
    root = write_app(tmp_path / "actor", manifest)
    with pytest.raises(UsageError, match="transport 'pigeon'"):
        deploy(root, transport="pigeon")
    app = deploy(root, autoscale_every=0, transport="actor")
    try:
        assert all(s.upstream is None for s in app.slots["echo"].values())  # one Ray actor call per request
        r = requests(RayGateway(app, access_log=False), [("POST", "/echo", b"abc"), ("POST", "/echo", b"t")])
        assert r[0].status_code == 200 and b"content-length: 3\r\n" in r[0].content and r[0].content.endswith(b"abc")
        assert r[1].status_code == 500 and r[1].json()["error"] == "trap"
    finally:
        app.close()


def test_requests_reach_replica_gateways_over_http_and_a_post_in_flight_is_not_retried(
    app: ClusterApp, gateway: Any
) -> None:
    import ray

    echo = app.slots["back"]
    assert app.transport == "http" and all(s.upstream is not None for s in echo.values())
    # each replica's gateway listens on its node: a request straight to one is served there
    first = next(iter(echo.values()))
    assert first.upstream is not None
    status, _, body = asyncio.run(first.upstream.request("POST", b"/echo", [], b"direct", timeout=30))
    assert status == 200 and body.endswith(b"direct")
    lost_before = app.lost.get("echo", 0)

    async def scenario() -> httpx.Response:
        transport = httpx.ASGITransport(app=gateway)
        async with httpx.AsyncClient(transport=transport, base_url="http://multipie", timeout=120) as client:
            post = asyncio.ensure_future(client.post("/echo", content=b"w"))  # ~0.5-2 s in the guest
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 60
            while not any(s.inflight for s in echo.values()) and loop.time() < deadline:
                await asyncio.sleep(0.01)
            victim = next(s for s in echo.values() if s.inflight)
            ray.kill(victim.handle, no_restart=False)  # its process dies with the request inside
            return await post

    old = {i: s.pid for i, s in echo.items()}
    r = asyncio.run(scenario())
    # the POST was sent and may have run: not repeated elsewhere, a 503 saying so
    assert r.status_code == 503 and r.json()["error"] == "capacity"
    assert "POST is not idempotent" in r.json()["detail"]
    assert app.lost.get("echo", 0) == lost_before + 1
    # Ray restarts the replica; it rejoins at the address its new process reports
    deadline = time.monotonic() + 90
    while not all(s.live for s in echo.values()) and time.monotonic() < deadline:
        time.sleep(0.1)
    restarted = [s for i, s in echo.items() if s.pid != old[i]]
    assert len(restarted) == 1 and restarted[0].live and restarted[0].upstream is not None
    assert asyncio.run(restarted[0].upstream.request("GET", b"/echo", [], b"back", timeout=30))[0] == 200
    assert all(r.status_code == 200 for r in requests(gateway, [("POST", "/echo", b"after")] * 4))


def test_a_node_killed_under_load_loses_no_retryable_request(app: ClusterApp, gateway: Any, ray_cluster: Any) -> None:
    head = ray_cluster.head_node.node_id
    echo = app.slots["back"]
    lost_before, retries_before = app.lost.get("echo", 0), app.retries.get("echo", 0)

    async def scenario() -> list[httpx.Response]:
        # The replica on the worker node is found before any request: a Ray call made while they compute can take,
        # on a loaded machine, longer than the requests themselves, which then end before the kill (no retry).
        nodes = await asyncio.gather(*(s.handle.ping.remote() for s in echo.values()))
        slot, victim = next(((s, n["node"]) for s, n in zip(echo.values(), nodes) if n["node"] != head), (None, None))
        assert slot is not None, "no replica of the back unit on the worker node"
        node = next(n for n in ray_cluster.list_all_nodes() if n.node_id == victim)
        transport = httpx.ASGITransport(app=gateway)
        async with httpx.AsyncClient(transport=transport, base_url="http://multipie", timeout=120) as client:
            # 'W': each request computes ~2.5-10 s, so those on the worker node are still in flight when its processes
            # are gone (remove_node kills them one by one: 'w' requests, ~0.5 s on a fast machine, had ended first)
            tasks = [asyncio.ensure_future(client.request("GET", "/echo", content=b"W")) for _ in range(4)]
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 60
            while slot.inflight == 0 and loop.time() < deadline:
                await asyncio.sleep(0.005)
            assert slot.inflight > 0, "no request reached the replica on the worker node"
            await loop.run_in_executor(None, lambda: ray_cluster.remove_node(node, allow_graceful=False))
            return list(await asyncio.gather(*tasks))

    responses = asyncio.run(scenario())
    assert [r.status_code for r in responses] == [200] * 4
    # The request on the killed replica was retried on the other one: as lost mid-request, or as never sent when the
    # kill came between its pick and its write (NotSent: retried, not counted as lost). The app is the module's: an
    # earlier test may have lost a replica already.
    lost, retries = app.lost.get("echo", 0) - lost_before, app.retries.get("echo", 0) - retries_before
    assert retries >= 1 and lost <= retries, (lost, retries)
    # Ray restarts the lost replica (on the surviving node) and it rejoins the rotation.
    deadline = time.monotonic() + 90
    while len(app.replicas("echo")) < 2 and time.monotonic() < deadline:
        requests(gateway, [("GET", "/echo", b"ok")])
    assert len(app.replicas("echo")) == 2
    assert all(r.status_code == 200 for r in requests(gateway, [("GET", "/echo", b"after")] * 4))

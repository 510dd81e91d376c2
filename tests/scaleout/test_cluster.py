"""A scaled-out app on a local 3-node Ray cluster: placement, HTTP, cross-node capabilities, regions, faults.

One app is deployed for the whole module (replicas start in ~seconds each on this
machine); the test that kills a node runs last.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from scaleouthelpers import requests, write_app

from multipie.errors import CapabilityError, CapabilityRevoked
from multipie.scaleout.cluster import ClusterApp, deploy


@pytest.fixture(scope="module")
def app(ray_cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClusterApp]:
    root = write_app(tmp_path_factory.mktemp("scaled"))
    a = deploy(root)
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
    assert app.plan.unit_of == {"echo": "echo", "caller": "front", "writer": "front", "boom": "back", "reader": "back"}
    assert [len(app.replicas(s)) for s in ("echo", "caller", "boom")] == [2, 1, 2]
    # services of one unit share one Runtime (one actor), replicas of a unit go to different nodes
    assert app.replicas("caller") == app.replicas("writer")
    assert len(set(nodes_of(app.replicas("echo")))) == 2
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


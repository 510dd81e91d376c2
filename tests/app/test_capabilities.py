"""Capability wiring in an app: a provider that faults is replaced and its holders re-granted."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from apphelpers import HERE, write_app

import multipie
from multipie.app.gateway import Gateway
from multipie.app.loader import load_app
from multipie.errors import HostError, Trap

APP = f"""
[services.boom]
source = "{(HERE / "guests" / "boom.wat").as_posix()}"
timeout = 1.0

[services.caller]
source = "{(HERE / "guests" / "caller.wat").as_posix()}"
route = "/..."
pool = 2
timeout = 1.0

[services.caller.grants]
"env.f" = "boom.f"
"""


def run(app: multipie.app.App, bodies: list[bytes], *, concurrent: bool = False) -> list[httpx.Response]:
    gateway = Gateway(app, workers=4, access_log=False)

    async def scenario() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=gateway)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
            if concurrent:
                return list(await asyncio.gather(*(client.post("/", content=b) for b in bodies)))
            return [await client.post("/", content=b) for b in bodies]

    try:
        return asyncio.run(scenario())
    finally:
        gateway.close()


def test_a_faulting_provider_is_replaced_and_its_holders_rewired(tmp_path: Path, rt: multipie.Runtime) -> None:
    app = load_app(write_app(tmp_path, APP), runtime=rt)
    try:
        app.start()
        first = app.providers["boom"]
        ok, boom, after, again = run(app, [b"a", b"X", b"a", b"b"])
        assert (ok.status_code, ok.text) == (200, "r=b")
        assert boom.status_code == 500 and "guest trapped" in boom.json()["detail"]
        assert (after.status_code, after.text) == (200, "r=b") and (again.status_code, again.text) == (200, "r=c")
        assert not first.is_open and app.providers["boom"].is_open and app.providers["boom"] is not first
        assert app.stats("boom")["live"] == 1  # the dead provider is not counted
    finally:
        app.close()


def test_concurrent_calls_through_capabilities(tmp_path: Path, rt: multipie.Runtime) -> None:
    app = load_app(write_app(tmp_path, APP), runtime=rt)
    try:
        app.start()
        bodies = [bytes([0x41 + i % 20]) for i in range(60)]
        results = run(app, bodies, concurrent=True)
        assert [r.status_code for r in results] == [200] * 60
        assert [r.text for r in results] == [f"r={chr(b[0] + 1)}" for b in bodies]
    finally:
        app.close()


def test_no_domain_leaks_after_many_requests_and_faults(tmp_path: Path, rt: multipie.Runtime) -> None:
    echo = (HERE / "guests" / "echo.wat").as_posix()
    manifest = APP + f'\n[services.echo]\nsource = "{echo}"\nroute = "/echo/..."\npool = 3\ntimeout = 0.2\n'
    app = load_app(write_app(tmp_path, manifest), runtime=rt)
    try:
        app.start()
        gateway = Gateway(app, workers=4, access_log=False)

        async def scenario() -> list[int]:
            transport = httpx.ASGITransport(app=gateway)  # type: ignore[arg-type]
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
                kinds = [b"ok", b"trap", b"pointer", b"memory bomb", b"garbage", b"spin"]
                reqs = [client.post("/echo/x", content=kinds[i % len(kinds)]) for i in range(120)]
                reqs += [client.post("/", content=b"X" if i % 10 == 0 else b"a") for i in range(60)]
                return [r.status_code for r in await asyncio.gather(*reqs)]

        try:
            codes = asyncio.run(scenario())
        finally:
            gateway.close()
        assert 200 in codes and set(codes) <= {200, 500, 502, 503, 504}  # 503: slots held by spinning guests
        app.heal()

        def expected() -> int:
            # Ready and freed-later Stores of a native reserve are not (yet, any more) runtime domains.
            pools = [s.pool for s in app.services.values() if s.pool is not None]
            return sum(p.live - p.reserved for p in pools) + len(app.providers)

        def settled() -> bool:
            pools = [s.pool for s in app.services.values() if s.pool is not None]
            reserves = [p._reserve for p in pools if p._reserve is not None]
            return not any(p.wanted() for p in pools) and all(r.pending == 0 for r in reserves)

        # The pools refill and close used domains in a background thread: wait (bounded) until
        # it has settled, then every faulted or finished domain must have been released.
        deadline = time.monotonic() + 10
        while (not settled() or rt.live_domains != expected()) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert settled() and rt.live_domains == expected()
        assert all(s.pool is None or s.pool.in_use == 0 for s in app.services.values())
    finally:
        app.close()
    assert rt.live_domains == 0


def test_request_domains_never_grow_the_providers_store(tmp_path: Path, rt: multipie.Runtime) -> None:
    app = load_app(write_app(tmp_path, APP), runtime=rt)
    try:
        app.start()
        provider = app.providers["boom"]
        shared = provider._shared  # type: ignore[attr-defined]
        assert shared is not None  # a capability target lives in a SharedStore (others may join it)
        used, live = shared.used, shared.live
        caller = app.services["caller"]
        for _ in range(1000):
            d = caller.spawn()
            assert d._shared is not shared  # type: ignore[attr-defined]
            d.close()
        ok = run(app, [b"a"] * 20)
        assert [(r.status_code, r.text) for r in ok] == [(200, "r=b")] * 20
        assert (shared.used, shared.live) == (used, live)
        assert app.providers["boom"] is provider
    finally:
        app.close()


RELAY = """(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (func (export "go") (param i32) (result i32) local.get 0 call $f))"""


def test_a_request_finding_its_provider_dead_is_rerouted(tmp_path: Path, rt: multipie.Runtime) -> None:
    manifest = (
        APP + '\n[services.relay]\nsource = "relay.wat"\ntimeout = 1.0\n[services.relay.grants]\n"env.f" = "boom.f"\n'
    )
    app = load_app(write_app(tmp_path, manifest, **{"relay.wat": RELAY}), runtime=rt)
    try:
        app.start()
        relay = app.services["relay"]
        inflight = [relay.spawn() for _ in range(3)]  # request domains bound before the fault
        assert [d.call("go", i) for i, d in enumerate(inflight)] == [1, 2, 3]
        first = app.providers["boom"]
        with pytest.raises(Trap):
            first.call("f", 0x58)  # another request's fault tears the provider down
        assert not first.is_open
        # Requests already holding the route are re-routed to a replacement (one, not one each).
        assert [d.call("go", 10 + i) for i, d in enumerate(inflight)] == [11, 12, 13]
        second = app.providers["boom"]
        assert second is not first and second.is_open
        # A fault this request causes in the provider is its own error: not retried.
        with pytest.raises(HostError) as info:
            inflight[0].call("go", 0x58)
        assert isinstance(info.value.__cause__, Trap)
        assert not second.is_open and not inflight[0].is_open
        assert inflight[1].call("go", 1) == 2  # the others go on, on a third provider
        assert app.providers["boom"] not in (first, second)
        # The pooled domains of the routed caller keep serving through the same routes.
        ok = run(app, [b"a", b"b"])
        assert [(r.status_code, r.text) for r in ok] == [(200, "r=b"), (200, "r=c")]
    finally:
        app.close()


def test_rerouting_under_concurrent_faults(tmp_path: Path, rt: multipie.Runtime) -> None:
    app = load_app(write_app(tmp_path, APP), runtime=rt)
    try:
        app.start()
        bodies = [b"X" if i % 20 == 10 else b"a" for i in range(120)]
        results = run(app, bodies, concurrent=True)
        for body, r in zip(bodies, results):
            if body == b"X":
                assert r.status_code == 500  # the request that caused the fault fails...
            else:
                assert (r.status_code, r.text) == (200, "r=b"), r.text  # ...and no other one does
    finally:
        app.close()

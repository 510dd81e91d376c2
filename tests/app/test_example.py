"""The bundled example app (examples/app): services calling each other through capabilities over shared regions."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from apphelpers import ROOT, Server

import multipie
from multipie.app.gateway import Gateway
from multipie.app.loader import load_app

EXAMPLE = ROOT / "examples" / "app"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A private copy of examples/app (its build/ output and notes stay out of the repository)."""
    dst = tmp_path / "app"
    shutil.copytree(EXAMPLE, dst, ignore=shutil.ignore_patterns("build"))
    built = EXAMPLE / "build"
    if built.is_dir():  # reuse guests already built by `make run` (rebuilt if stale)
        shutil.copytree(built, dst / "build")
    return dst


def test_example_app_end_to_end(example: Path, start_server: Callable[..., Server]) -> None:
    server = start_server(example)
    assert httpx.get(server.url + "/api/notes", timeout=10).text == "notes: 0\n"
    r = httpx.post(server.url + "/api/notes", content=b'<b>bold</b> & "quoted"', timeout=10)
    assert r.status_code == 201 and r.text == "stored\n"
    assert httpx.post(server.url + "/api/notes", content=b"second", timeout=10).status_code == 201
    page = httpx.get(server.url + "/", timeout=10)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<p>2 notes," in page.text
    assert "<li>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</li>\n<li>second</li>" in page.text
    hello = httpx.get(server.url + "/hello/there?x=1", timeout=10)
    assert hello.status_code == 200 and "Hello from a WAGI guest compiled from C!" in hello.text
    assert "You asked for /hello/there?x=1 (GET)" in hello.text and "read from a directory mapped" in hello.text
    assert httpx.post(server.url + "/api/notes", content=b"", timeout=10).status_code == 400
    shout = httpx.post(server.url + "/shout", content=b"zero copy, from C", timeout=10)
    assert shout.status_code == 200 and shout.text == "ZERO COPY, FROM C\n"
    metrics = httpx.get(server.url + "/metrics", timeout=10).text
    for name in ("front", "kv", "render", "shout", "hello"):
        assert f'multipie_live_domains{{service="{name}"}}' in metrics
    snap = server.ps()
    render = next(s for s in snap["services"] if s["name"] == "render")
    assert render["provider"] and render["live"] == 1
    assert server.stop() == 0


def test_example_region_fills_up_cleanly(example: Path, start_server: Callable[..., Server]) -> None:
    server = start_server(example)
    note = b"n" * 4000
    codes = [httpx.post(server.url + "/api/notes", content=note, timeout=10).status_code for _ in range(17)]
    assert codes[:16] == [201] * 16 and codes[16] == 507  # 64 KiB region: 16 notes of 4004 bytes fit
    page = httpx.get(server.url + "/", timeout=10)
    # render measures each note: 16 items of 4010 bytes fill 64160 of the 64 KiB page, all shown.
    assert page.status_code == 200 and "<p>16 notes," in page.text
    assert page.text.count("<li>") == 16 and page.text.endswith("</li>\n</ul>\n")
    assert "Showing" not in page.text
    assert server.stop() == 0


def test_example_page_says_when_notes_are_left_out(example: Path, start_server: Callable[..., Server]) -> None:
    """Notes that escape to more than the page holds: the page says how many it shows, never silently fewer."""
    server = start_server(example)
    note = b"<" * 1000  # 4010 bytes on the page, 1004 in the notes region
    codes = [httpx.post(server.url + "/api/notes", content=note, timeout=10).status_code for _ in range(20)]
    assert codes == [201] * 20
    assert httpx.post(server.url + "/api/notes", content=b"small", timeout=10).status_code == 201
    page = httpx.get(server.url + "/", timeout=10).text
    assert "<p>21 notes," in page and page.count("<li>") == 16
    assert page.endswith("</ul>\n<p>Showing the first 16 of 21 notes: the 64 KiB page region is full.</p>\n")
    assert server.stop() == 0


def test_revoking_a_capability_fails_only_its_holder(example: Path, tmp_path: Path) -> None:
    rt = multipie.Runtime(cache_dir=tmp_path / "cache")
    app = load_app(example, runtime=rt)
    gateway = Gateway(app, workers=4, access_log=False)

    async def scenario() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=gateway)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
            out = [await client.post("/api/notes", content=b"kept"), await client.get("/")]
            app.services["front"].request_grants["env.render"].revoke()  # what its request domains hold
            out += [await client.get("/"), await client.get("/api/notes"), await client.get("/hello/x")]
            return out

    try:
        app.start()
        stored, before, after, kv, hello = asyncio.run(scenario())
    finally:
        gateway.close()
        app.close()
        rt.close()
    assert stored.status_code == 201 and before.status_code == 200 and "<li>kept</li>" in before.text
    assert after.status_code == 500
    body = after.json()
    assert body["service"] == "front" and body["error"] == "trap" and "revoked" in body["detail"]
    assert kv.status_code == 200 and kv.text == "notes: 1\n"  # other services keep working
    assert hello.status_code == 200

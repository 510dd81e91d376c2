"""Helpers for scale-out tests: the test app's manifest and driving a gateway in-process."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
APP_GUESTS = HERE.parent / "app" / "guests"

#: caller + writer in unit "front" (1 replica); echo, boom, spin and reader in unit "back" (2 replicas, one per
#: node): caller's grant to boom.f and the region "page" (written in front, read in back) cross units.
MANIFEST = f"""
[app]
name = "scaled"
max_body = "4KiB"

[regions.page]
size = "64KiB"

[services.echo]
source = "{(APP_GUESTS / "echo.wat").as_posix()}"
route = "/echo"
placement = "back"
# a hang guard only: 'w' computes ~0.5-2 s idle, and a loaded machine must not turn that into a 504
timeout = 120.0

[services.caller]
source = "{(APP_GUESTS / "caller.wat").as_posix()}"
route = "/call"
placement = "front"
timeout = 2.0
replicas = {{ min = 1, max = 2, target = 4 }}

[services.caller.grants]
"env.f" = "boom.f"

[services.writer]
source = "{(HERE / "guests" / "writer.wat").as_posix()}"
placement = "front"

[services.writer.grants]
"env.page" = {{ region = "page", writable = true }}

[services.boom]
source = "{(APP_GUESTS / "boom.wat").as_posix()}"
placement = "back"
replicas = 2
timeout = 2.0

[services.spin]
source = "{(HERE / "guests" / "spin.wat").as_posix()}"
placement = "back"
# long enough that control calls made meanwhile (ping, revoke) visibly finish first
timeout = 10.0

[services.reader]
source = "{(HERE / "guests" / "reader.wat").as_posix()}"
placement = "back"

[services.reader.grants]
"env.page" = {{ region = "page", writable = false }}
"""


def write_app(root: Path, manifest: str = MANIFEST) -> Path:
    """An app directory holding ``manifest``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "multipie.toml").write_text(manifest)
    return root


def requests(gateway: Any, reqs: list[tuple[str, str, bytes]], *, concurrency: int = 4) -> list[httpx.Response]:
    """Send (method, path, body) requests through an ASGI ``gateway``, at most ``concurrency`` at once."""

    async def scenario() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=gateway)
        sem = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(transport=transport, base_url="http://multipie", timeout=60) as client:

            async def one(m: str, p: str, b: bytes) -> httpx.Response:
                async with sem:
                    return await client.request(m, p, content=b)

            return list(await asyncio.gather(*(one(*r) for r in reqs)))

    return asyncio.run(scenario())

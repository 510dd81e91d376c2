"""The loopback-only admin endpoint behind ``multipie ps``, and how ``ps`` finds running apps.

``multipie up`` serves a second, tiny ASGI app on ``127.0.0.1`` (an
ephemeral port unless ``--admin-port`` is given) and refuses any client that
is not loopback. ``GET /ps`` returns the app's services and live domains as
JSON; ``GET /metrics`` the Prometheus metrics (also on the public listener
unless ``[app] metrics = "admin"``). Each running ``up`` writes ``<cache>/run/<pid>.json`` (its pid, listen
and admin addresses) so that ``multipie ps`` can find it; files of processes
that no longer exist are removed when read.
"""

from __future__ import annotations

import ipaddress
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie.app.metrics import CONTENT_TYPE
from multipie.host import default_cache_dir

if TYPE_CHECKING:
    from multipie.app.gateway import Gateway

__all__ = ["AdminApp", "run_dir", "running_apps", "snapshot", "write_run_file"]


def snapshot(gateway: Gateway) -> dict[str, Any]:
    """What ``multipie ps`` shows: the app, its services and their live domains."""
    app = gateway.app
    services = []
    for name, s in app.services.items():
        services.append(
            {
                "name": name,
                "kind": s.service.kind,
                "digest": s.service.digest,
                "abi": s.spec.abi,
                "routes": s.routes,
                "instances": s.spec.instances,
                "run": s.spec.run,
                **app.stats(name),
                "grants": sorted(s.spec.grants),
            }
        )
    return {
        "app": app.name,
        "pid": os.getpid(),
        # Runtime domains plus the Stores native reserves hold ready (not runtime domains until taken).
        "live_domains": app.runtime.live_domains
        + sum(s.pool.reserved for s in app.services.values() if s.pool is not None),
        "inflight": gateway.inflight,
        "served": gateway.served,
        "services": services,
    }


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class AdminApp:
    """ASGI app answering ``GET /ps`` for loopback clients only.

    Args:
        gateway: the gateway whose app is reported.
        info: extra facts to include (listen address, start time).
    """

    def __init__(self, gateway: Gateway, info: dict[str, Any]) -> None:
        self.gateway = gateway
        self.info = info

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            return
        client = scope.get("client") or ("", 0)
        if not _is_loopback(str(client[0])):
            status, body = 403, {"error": "forbidden", "detail": "the admin endpoint serves loopback clients only"}
        elif scope["path"] == "/ps" and scope["method"] == "GET":
            status, body = 200, {**snapshot(self.gateway), **self.info, "uptime_s": time.time() - self.info["started"]}
        elif scope["path"] == "/metrics" and scope["method"] == "GET":
            await _send(send, 200, await self.gateway.metrics_text(), CONTENT_TYPE.encode())
            return
        else:
            status, body = 404, {"error": "no_route", "detail": "the admin endpoint serves GET /ps and GET /metrics"}
        await _send(send, status, json.dumps(body).encode(), b"application/json")


async def _send(send: Any, status: int, data: bytes, content_type: bytes) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def run_dir() -> Path:
    """Where running apps register themselves (``<cache>/run``)."""
    return default_cache_dir() / "run"


def write_run_file(info: dict[str, Any]) -> Path:
    """Register this process's app (atomically); returns the file to remove at exit."""
    d = run_dir()
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{os.getpid()}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(info))
    os.replace(tmp, path)
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_apps() -> list[dict[str, Any]]:
    """Every registered app whose process is alive (stale files are removed)."""
    out: list[dict[str, Any]] = []
    d = run_dir()
    if not d.is_dir():
        return out
    for f in sorted(d.glob("*.json")):
        try:
            info = json.loads(f.read_text())
            pid = int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not _alive(pid):
            try:
                f.unlink()
            except OSError:
                pass
            continue
        out.append(info)
    return out

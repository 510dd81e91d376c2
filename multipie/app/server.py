"""Running an app: the gateway and the admin endpoint under uvicorn, with a graceful shutdown.

:func:`serve` owns the process's signal handling while it runs: SIGINT or
SIGTERM makes both servers stop accepting, lets in-flight requests finish
(at most ``[app] shutdown_grace`` seconds), closes the app (pools, providers,
runtime) and returns 0. A second SIGINT forces the exit. uvicorn's own
handlers are not used because they re-raise the signal after shutdown, which
would turn a clean stop into a death by signal.

Both servers run on uvloop's event loop when uvloop imports (asyncio's otherwise: the
same behaviour, more CPU per request) and parse HTTP/1.1 with llhttp
(:mod:`multipie.app.protocol`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import uvicorn

from multipie.app.admin import AdminApp, write_run_file
from multipie.app.gateway import Gateway
from multipie.app.loader import App
from multipie.app.protocol import gateway_protocol
from multipie.errors import UsageError

__all__ = ["parse_listen", "serve"]

log = logging.getLogger("multipie.app")


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (or ``:PORT``, or ``PORT``) → (host, port); host defaults to 127.0.0.1.

    Raises:
        UsageError: not a valid address.
    """
    host, colon, port = text.rpartition(":")
    if not colon:
        host, port = "", text
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise UsageError(f"--listen {text!r}: expected HOST:PORT such as 127.0.0.1:8080")
    return host, int(port)


class _Server(uvicorn.Server):
    """A uvicorn server whose signals :func:`serve` handles (see the module docstring)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Leave signal handling to :func:`serve` (no handlers, no re-raise after shutdown)."""
        yield


def _bound(server: uvicorn.Server) -> tuple[str, int]:
    for s in getattr(server, "servers", []):
        for sock in s.sockets:
            name = sock.getsockname()
            return str(name[0]), int(name[1])
    raise RuntimeError("server is not listening")


async def _guard(server: uvicorn.Server) -> None:
    """Run ``server``; uvicorn exits the process when it cannot bind: turn that into a stopped server."""
    try:
        await server.serve()
    except SystemExit:
        server.should_exit = True


def _uvicorn_options(app: App) -> dict[str, Any]:
    """The uvicorn settings both servers share (the app's timeouts and grace, the gateway's protocol)."""
    return {
        "lifespan": "off",
        "log_config": None,
        "access_log": False,
        "timeout_graceful_shutdown": app.manifest.app.shutdown_grace,
        "http": gateway_protocol(app.manifest.app.header_timeout, app.manifest.app.body_timeout),
        "timeout_keep_alive": 5,
    }


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop factory, or None (asyncio's default loop) when uvloop does not import."""
    try:
        import uvloop
    except ImportError:  # e.g. a platform without a uvloop wheel: asyncio serves the same, slower
        return None
    return uvloop.new_event_loop  # type: ignore[no-any-return]


async def _run(
    main: uvicorn.Server,
    admin: uvicorn.Server,
    gateway: Gateway,
    app: App,
    info: dict[str, Any],
    on_ready: Callable[[dict[str, Any]], None] | None,
    run_files: list[Path],
) -> None:
    """Run both servers until a signal stops them; the run file written once both listen goes to ``run_files``."""
    loop = asyncio.get_running_loop()

    def stop(sig: int) -> None:
        if main.should_exit and sig == signal.SIGINT:
            main.force_exit = admin.force_exit = True
        main.should_exit = admin.should_exit = True
        log.info("shutting down", extra={"fields": {"signal": signal.Signals(sig).name, "inflight": gateway.inflight}})

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop, sig)
    tasks = [asyncio.create_task(_guard(main)), asyncio.create_task(_guard(admin))]
    while not (main.started and admin.started):
        if any(t.done() for t in tasks):
            break
        await asyncio.sleep(0.01)
    if main.started and admin.started:
        run_files.append(_announce(main, admin, app, info))
        if on_ready is not None:
            on_ready(dict(info))
    else:
        main.should_exit = admin.should_exit = True
    await asyncio.gather(*tasks, return_exceptions=True)
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.remove_signal_handler(sig)


def _announce(main: uvicorn.Server, admin: uvicorn.Server, app: App, info: dict[str, Any]) -> Path:
    """Both servers listen: record their addresses in ``info`` and the run file (returned), and log them."""
    h, p = _bound(main)
    ah, ap = _bound(admin)
    info.update({"listen": f"{h}:{p}", "admin": f"{ah}:{ap}"})
    run_file = write_run_file(info)
    fields = {
        "app": app.name,
        "listen": f"http://{h}:{p}",
        "admin": f"http://{ah}:{ap}/ps",
        "services": sorted(app.services),
    }
    log.info("serving", extra={"fields": fields})
    return run_file


def _finish(app: App, gateway: Gateway, run_files: list[Path], grace: float) -> None:
    """After the servers stopped: close the gateway, remove the run file, close the app.

    uvicorn gave in-flight requests the grace period; a guest call can outlive its request
    (its own timeout may be longer). Wait a moment more, then leave without closing domains
    still in use (closing a Store under a running call is not safe).
    """
    gateway.close()
    for run_file in run_files:
        with contextlib.suppress(OSError):
            run_file.unlink()
    deadline = time.monotonic() + min(grace, 0.5)
    while gateway.running_calls and time.monotonic() < deadline:
        time.sleep(0.02)
    if gateway.running_calls:
        log.warning(
            "exiting with guest calls still running",
            extra={"fields": {"running": gateway.running_calls, "grace_s": grace}},
        )
        for h in logging.getLogger("multipie").handlers:
            h.flush()
        os._exit(0)
    app.close()


def serve(
    app: App,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    admin_port: int = 0,
    workers: int = 16,
    access_log: bool = True,
    on_ready: Callable[[dict[str, Any]], None] | None = None,
    gateway_class: type[Gateway] = Gateway,
) -> int:
    """Serve ``app`` until SIGINT/SIGTERM; returns the exit code (0 after a clean shutdown).

    Args:
        app: a loaded app (started here).
        host, port: where the gateway listens.
        admin_port: loopback port of the admin endpoint (0: any free port).
        workers: threads running guest code.
        access_log: one log line per request.
        on_ready: called with the listen/admin addresses once both servers accept connections.
        gateway_class: the ASGI gateway (scale-out passes one forwarding to replicas).
    """
    app.start()
    gateway = gateway_class(app, workers=workers, access_log=access_log)
    info: dict[str, Any] = {"pid": os.getpid(), "app": app.name, "root": str(app.root), "started": time.time()}
    options = _uvicorn_options(app)
    main = _Server(uvicorn.Config(gateway, host=host, port=port, backlog=2048, **options))
    admin = _Server(uvicorn.Config(AdminApp(gateway, info), host="127.0.0.1", port=admin_port, **options))
    run_files: list[Path] = []
    try:
        with asyncio.Runner(loop_factory=loop_factory()) as runner:
            runner.run(_run(main, admin, gateway, app, info, on_ready, run_files))
    finally:
        _finish(app, gateway, run_files, app.manifest.app.shutdown_grace)
    if not main.started:
        raise UsageError(f"cannot listen on {host}:{port} (address in use or not available)")
    if not admin.started:
        raise UsageError(f"--admin-port {admin_port}: cannot listen on 127.0.0.1:{admin_port} (address in use)")
    log.info("stopped", extra={"fields": {"app": app.name, "served": gateway.served}})
    return 0

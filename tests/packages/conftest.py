"""Fixtures for package tests: a packed guest, a private blob store, and a real registry server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from multipie.packages import BlobStore, pack

REGISTRY_BIN = shutil.which("docker-registry") or "/usr/bin/docker-registry"

_CONFIG = """version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: {root}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:{port}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``127.0.0.1:PORT`` of a docker-registry (distribution) server with a temporary storage dir."""
    if not Path(REGISTRY_BIN).exists():
        pytest.skip("docker-registry is not installed (Debian package docker-registry; `make sysdeps` as root)")
    root = tmp_path_factory.mktemp("registry")
    port = _free_port()
    config = root / "config.yml"
    config.write_text(_CONFIG.format(root=root / "data", port=port))
    log = open(root / "log.txt", "wb")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen([REGISTRY_BIN, "serve", str(config)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if proc.poll() is not None:
                log.close()
                pytest.fail(f"docker-registry exited early: {(root / 'log.txt').read_text()[-2000:]}")
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("docker-registry did not start listening within 15 s")
    yield f"127.0.0.1:{port}"
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    """An empty blob store private to the test."""
    return BlobStore(tmp_path / "store")


@pytest.fixture
def add_wasm(guests: Path) -> Path:
    """The built ``add`` guest."""
    return guests / "wat" / "add.wasm"


@pytest.fixture
def layout(tmp_path: Path, add_wasm: Path) -> Path:
    """An OCI layout directory holding the ``add`` guest as a Wasm artifact."""
    out = tmp_path / "add-layout"
    pack(add_wasm, out)
    return out


@pytest.fixture
def layout_tar(tmp_path: Path, add_wasm: Path) -> Path:
    """The same layout as a tar."""
    out = tmp_path / "add.tar"
    pack(add_wasm, out)
    return out

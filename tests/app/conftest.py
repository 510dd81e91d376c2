"""Fixtures for app tests: test guests built from source and `multipie up` servers stopped after each test."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from apphelpers import GUESTS_OUT, HERE, Server

from multipie.toolchain import build_tree


@pytest.fixture(scope="session")
def app_guests() -> Path:
    """Built test guests (echo.wasm: zero-copy ABI; wagi.wasm: a C WAGI program)."""
    build_tree(HERE / "guests", GUESTS_OUT, verbose=False)
    return GUESTS_OUT


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start `multipie up` for an app directory; every server is stopped after the test."""
    servers: list[Server] = []

    def start(app_dir: Path, *extra: str) -> Server:
        s = Server(app_dir, tmp_path / "cache", *extra)
        servers.append(s)
        return s

    yield start
    for s in servers:
        if s.proc.poll() is None:
            s.stop(signal.SIGKILL)

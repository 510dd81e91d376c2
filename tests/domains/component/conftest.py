"""Fixtures of the component kind's tests: the test components built from guest/component/."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.component.service import ComponentService
from multipie.toolchain import build_tree
from tests.conftest import GUEST_OUT, GUEST_SRC


@pytest.fixture(scope="session")
def components() -> Path:
    """Directory of the built test components (``typed.wasm``, ``echo.wasm``); builds only those."""
    out = GUEST_OUT / "component"
    build_tree(GUEST_SRC / "component", out, verbose=False)
    return out


@pytest.fixture
def typed(rt: multipie.Runtime, components: Path) -> ComponentService:
    """The typed test component (one export per WIT value shape), loaded."""
    svc = rt.load(components / "typed.wasm")
    assert isinstance(svc, ComponentService)
    return svc


@pytest.fixture
def echo(rt: multipie.Runtime, components: Path) -> ComponentService:
    """The echo WASI 0.2 command, loaded."""
    svc = rt.load(components / "echo.wasm")
    assert isinstance(svc, ComponentService)
    return svc


@pytest.fixture
def caller(rt: multipie.Runtime, components: Path) -> ComponentService:
    """The caller test component: imports ``multipie:caller/math`` (add, greet) and ``tick``, served by grants."""
    svc = rt.load(components / "caller.wasm")
    assert isinstance(svc, ComponentService)
    return svc


@pytest.fixture
def http_handler(rt: multipie.Runtime, components: Path) -> ComponentService:
    """The wasi:http/proxy test handler (guest/component/http), loaded."""
    svc = rt.load(components / "http.wasm")
    assert isinstance(svc, ComponentService)
    return svc

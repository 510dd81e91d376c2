"""Host functions of component linkers: bulk list<u8> both ways, resources as reps, failures surfaced."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.component import http_types
from multipie.domains.component.http import serve
from multipie.domains.component.service import ComponentService
from multipie.domains.wasm._capi.component_funcs import take_failure
from multipie.errors import Trap
from multipie.toolchain import build_tree
from tests.conftest import GUEST_OUT, GUEST_SRC
from tests.domains.component.httpsink import request


@pytest.fixture
def handler(rt: multipie.Runtime) -> ComponentService:
    out = GUEST_OUT / "component"
    build_tree(GUEST_SRC / "component", out, verbose=False)
    svc = rt.load(Path(out) / "http.wasm")
    assert isinstance(svc, ComponentService)
    return svc


def test_bytes_cross_nested_in_results_and_as_arguments_unchanged(handler: ComponentService) -> None:
    # blocking-read returns result<list<u8>, stream-error>; write takes list<u8>: every byte value,
    # chunk sizes that are not multiples of anything.
    data = bytes(range(256)) * 700 + b"\x00\xff"
    req, sink = request("/e", method="POST", timeout=60)
    for i in range(0, len(data), 65_521):
        req.body.feed(data[i : i + 65_521])
    req.body.end()
    serve(handler, req, memory_limit=None, fuel=None, timeout=60)
    assert sink.body_bytes == data


def test_a_host_function_failure_fails_the_guest_call_and_is_kept_for_the_caller(
    handler: ComponentService, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken(http_types.IncomingRequest):
        @property  # type: ignore[override]
        def path(self) -> str:
            raise LookupError("no path today")

        @path.setter
        def path(self, value: str) -> None:
            pass

    req, _ = request("/e")
    req.body.end()
    req.request.__class__ = Broken
    with pytest.raises(Trap, match="no path today"):
        serve(handler, req, memory_limit=None, fuel=None, timeout=10)
    assert take_failure() is None  # serve took it (to tell host timeouts apart); cleared for the next call


def test_take_failure_is_empty_without_one() -> None:
    assert take_failure() is None

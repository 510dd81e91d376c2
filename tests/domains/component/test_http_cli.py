"""A componentize-py handler (guest/component/pyhttp): its imports beyond the proxy world are linked and answered.

componentize-py's CPython imports ``wasi:cli/{environment,exit,terminal-*}``,
``wasi:filesystem`` and ``wasi:sockets`` at 0.2.9; the handler must link, answer, find no
file to open, and fail (not crash the host) when it exits.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import multipie
from multipie.domains.component.http import serve
from multipie.domains.component.http_cli import HandlerExit
from multipie.domains.component.service import ComponentService
from multipie.domains.wasm._capi.component_funcs import take_failure
from multipie.errors import Trap
from tests.domains.component.httpsink import request, run


@pytest.fixture(scope="module")
def pyhttp(components: Path) -> Iterator[ComponentService]:
    """Loaded once for the module (compiling 18 MB takes minutes on a busy machine; cached on disk after)."""
    with multipie.Runtime() as rt:
        svc = rt.load(components / "pyhttp.wasm")
        assert isinstance(svc, ComponentService)
        yield svc


def test_it_imports_more_than_the_proxy_world_at_0_2_9(pyhttp: ComponentService) -> None:
    assert pyhttp.http_handler is not None
    assert {"wasi:cli/environment@0.2.9", "wasi:filesystem/types@0.2.9", "wasi:http/types@0.2.9"} <= set(pyhttp.wasi)


def test_a_minimal_answer_and_an_echo(pyhttp: ComponentService) -> None:
    sink = run(pyhttp, "/", timeout=60)
    assert sink.kinds() == ["start", "end"] and sink.head == (200, [])
    req, sink = request("/e", method="POST", headers=[(b"content-type", b"text/x-a")], timeout=60)
    data = bytes(range(256)) * 40  # 10 KiB: several guest reads and 4 KiB writes
    req.body.feed(data)
    req.body.end()
    serve(pyhttp, req, memory_limit=None, fuel=None, timeout=60)
    assert sink.head == (200, [("content-type", b"text/x-a")])
    assert sink.body_bytes == data and sink.kinds()[-1] == "end"


def test_a_handler_has_no_files(pyhttp: ComponentService) -> None:
    # no preopened directory (as wasmtime serve -Scli): CPython's open() fails with OSError
    assert run(pyhttp, "/f", timeout=60).body_bytes == b"no files"


def test_exit_fails_the_request_as_a_trap_and_the_next_one_is_served(pyhttp: ComponentService) -> None:
    with pytest.raises(Trap, match="wasi:cli/exit"):
        run(pyhttp, "/x", timeout=60)
    assert take_failure() is None  # serve took it
    assert run(pyhttp, "/", timeout=60).head[0] == 200


def test_exit_is_its_own_error() -> None:
    from multipie.domains.component.http_cli import _exit

    with pytest.raises(HandlerExit, match=r"exit \(err\)"):
        _exit(None, type("R", (), {"tag": "err"})())

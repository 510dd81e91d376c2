"""A Python guest (componentize-py, CPython inside: ~18 MB) built by the build step and run as a component."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import multipie
from multipie.domains.component.service import ComponentService


@pytest.fixture(scope="module")
def pyhello(components: Path) -> Iterator[ComponentService]:
    """The pyhello component, loaded once for the module (compiling 18 MB takes seconds; cached on disk after)."""
    with multipie.Runtime() as rt:
        svc = rt.load(components / "pyhello.wasm")
        assert isinstance(svc, ComponentService)
        yield svc


def test_typed_calls_reach_python(pyhello: ComponentService) -> None:
    with pyhello.spawn() as d:
        assert d.call("greet", "component") == "hello, component"
        assert d.call("add", 40, 2) == 42
        assert d.call("hold", 10) == 10 and d.call("hold", 5) == 15  # state lives as long as the domain
    with pyhello.spawn() as fresh:
        assert fresh.call("hold", 1) == 1  # a fresh instance starts from the initial image


def test_a_python_exception_is_a_trap_and_tears_down_only_its_domain(pyhello: ComponentService) -> None:
    a, b = pyhello.spawn(), pyhello.spawn()
    with pytest.raises(multipie.Trap):
        a.call("fail", "boom")
    assert not a.is_open
    assert b.call("greet", "still") == "hello, still"
    b.close()


def test_a_value_too_big_for_the_memory_limit_is_out_of_memory(pyhello: ComponentService) -> None:
    d = pyhello.spawn(memory_limit=64 << 20)
    with pytest.raises(multipie.OutOfMemory, match="memory limit reached in 'greet'"):
        d.call("greet", "y" * (80 << 20))  # the guest's realloc cannot get memory to receive it
    assert not d.is_open


def test_the_world_names_what_it_imports(pyhello: ComponentService) -> None:
    assert "wasi:cli/stdout@0.2.9" in pyhello.wasi or any(i.startswith("wasi:cli/stdout") for i in pyhello.wasi)
    assert {e.name for e in pyhello.exports if e.kind == "function"} >= {"greet", "add", "hold", "fail"}

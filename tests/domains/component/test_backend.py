"""Detecting components by their header, before compiling, and loading them through the Runtime."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.component import backend
from multipie.domains.component.service import ComponentService
from multipie.domains.detect import detect_kind

TINY = """(component
  (core module $m (func (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add))
  (core instance $i (instantiate $m))
  (func (export "inc") (param "n" u32) (result u32) (canon lift (core func $i "f"))))"""


def test_detect_reads_only_the_header() -> None:
    assert backend.is_component(b"\0asm\x0d\0\x01\0")
    assert not backend.is_component(b"\0asm\x01\0\0\0")
    assert not backend.is_component(b"\0asm\x0d\0")
    assert detect_kind(b"\0asm\x0d\0\x01\0 anything", where="x") == "component"
    with pytest.raises(multipie.InvalidModule, match="neither a core module"):
        detect_kind(b"\0asm\x0e\0\x01\0", where="x")


def test_registered_as_a_backend_sharing_the_wasm_state(rt: multipie.Runtime) -> None:
    from multipie.domains import registry

    assert registry.backend("component") is backend.BACKEND
    assert backend.BACKEND.kind == "component" and backend.BACKEND.from_text is None
    svc = rt.load(TINY)
    assert isinstance(svc, ComponentService)
    assert svc.wasm_state is svc.host.state("wasm")
    assert svc.wasm_state is rt.load("(module)").host.state("wasm")  # one engine set, ticker and cache


def test_component_wat_text_loads(rt: multipie.Runtime) -> None:
    svc = rt.load(TINY)
    assert svc.kind == "component"
    with svc.spawn() as d:
        assert d.call("inc", 41) == 42


def test_load_from_file_and_bytes_share_the_service(rt: multipie.Runtime, components: Path) -> None:
    data = (components / "typed.wasm").read_bytes()
    svc = rt.load(components / "typed.wasm")
    assert isinstance(svc, ComponentService)
    assert svc.name == "typed"
    assert rt.load(data) is svc


def test_invalid_component_is_refused_with_invalid_module(rt: multipie.Runtime) -> None:
    with pytest.raises(multipie.InvalidModule, match="not a valid component"):
        rt.load(b"\0asm\x0d\0\x01\0\x01\x02\x03")


def test_compiled_component_is_cached_on_disk(tmp_path: Path, components: Path) -> None:
    with multipie.Runtime(cache_dir=tmp_path) as first:
        loaded = first.load(components / "typed.wasm")
        assert loaded.host.state("wasm").module_cache.misses == 1
    with multipie.Runtime(cache_dir=tmp_path) as second:
        svc = second.load(components / "typed.wasm")
        cache = svc.host.state("wasm").module_cache
        assert cache.disk_hits == 1 and cache.misses == 0
        with svc.spawn() as d:
            assert d.call("add", 1, 2) == 3


def test_unprovided_import_is_a_link_error(rt: multipie.Runtime) -> None:
    svc = rt.load(
        """(component
          (import "acme:db/query" (instance $q (export "get" (func (param "k" string) (result u32))))))"""
    )
    assert [i.key for i in svc.imports] == ["acme:db/query.get"]
    with pytest.raises(multipie.LinkError, match="acme:db/query"):
        svc.spawn()


def test_components_pack_into_oci_layouts_and_load_from_them(
    rt: multipie.Runtime, components: Path, tmp_path: Path
) -> None:
    from multipie.packages import pack

    pack(components / "echo.wasm", tmp_path / "echo-oci")  # refused as "kind 'component'" before
    pack(components / "typed.wasm", tmp_path / "typed.tar")
    out = bytearray()
    assert rt.run_command(str(tmp_path / "echo-oci"), ["a", "packed"], stdout=out) == 0
    assert out == b"packed\n"
    svc = rt.load(str(tmp_path / "typed.tar"))
    assert svc.kind == "component"
    with svc.spawn() as d:
        assert d.call("greet", "oci") == "hello, oci"

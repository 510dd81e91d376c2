"""ComponentService: the spawn template's component step, the shared Wasm state, compiled components and signatures."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.component.service import ComponentService
from multipie.domains.component.values import Signature

# An export lifted `async` with a callback (component-model async); `task.return` hands back its result.
ASYNC_EXPORT = """(component
  (core module $m
    (import "" "task.return" (func $ret (param i32)))
    (func (export "cb") (param i32 i32 i32) (result i32) i32.const 0)
    (func (export "f") (param i32) (result i32) (call $ret (local.get 0)) i32.const 0))
  (core func $ret (canon task.return (result u32)))
  (core instance $i (instantiate $m (with "" (instance (export "task.return" (func $ret))))))
  (func (export "f") async (param "x" u32) (result u32)
    (canon lift (core func $i "f") async (callback (core func $i "cb")))))"""


def test_spawn_goes_through_the_host(rt: multipie.Runtime, typed: ComponentService) -> None:
    d = typed.spawn(memory_limit=1 << 24)
    assert d.limits.memory_limit == 1 << 24
    assert d in rt.domains  # Service._adopt: host.track
    d.close()
    assert d not in rt.domains


def test_spawn_options_grants_and_limits_are_refused(typed: ComponentService) -> None:
    with pytest.raises(multipie.UsageError, match="no spawn options"):
        typed.spawn(group=object())
    with pytest.raises(multipie.CapabilityError, match="names no imported function"):
        typed.spawn(grants={"x.y": object()})
    with pytest.raises(multipie.UsageError, match="timeout"):
        typed.spawn(timeout=0)


def test_a_timeout_needs_interruptible_engines(components: Path) -> None:
    with multipie.Runtime(engine=multipie.EngineConfig(interruptible=False)) as rt:
        svc = rt.load(components / "typed.wasm")
        with pytest.raises(multipie.UsageError, match="interruptible=False"):
            svc.spawn(timeout=1.0)
        with svc.spawn() as d:
            assert d.call("add", 2, 3) == 5


def test_components_share_the_runtimes_wasm_state(rt: multipie.Runtime, typed: ComponentService) -> None:
    state = typed.wasm_state
    assert state is typed.host.state("wasm")
    assert typed.component(fuel=False) is typed.component(fuel=False)  # compiled once per engine
    assert typed.component(fuel=True) is not typed.component(fuel=False)
    with typed.spawn() as a, typed.spawn() as b:
        assert a.store is not b.store  # one Store per domain
        # components run on the command config's engine: big reservations, copy-on-write images
        assert a.store.engine is state.engines.reserve_engine(state.engines.command_config, fuel=False)
        assert a.store.engine is typed.engine(fuel=False)


def test_a_command_component_compiles_once_for_spawns_and_runs(components: Path, tmp_path: Path) -> None:
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        svc = rt.load(components / "echo.wasm")
        assert isinstance(svc, ComponentService)
        cache = svc.wasm_state.module_cache
        assert cache.misses == 1  # compiled at load (the world is read from it)
        assert rt.run_command(svc, ["a", "x"], stdout=tmp_path / "out") == 0
        with svc.spawn():
            pass
        assert cache.misses == 1  # the command ran on the same engine: no second compile
        assert len(list((tmp_path / "wasm").glob("*.mapped.cwasm"))) == 1


def test_signatures_are_built_once_per_service(typed: ComponentService) -> None:
    with typed.spawn() as a, typed.spawn() as b:
        assert a.call("add", 1, 2) == 3 and b.call("add", 3, 4) == 7
    sig = typed._sigs["add"]
    assert isinstance(sig, Signature)
    assert sig.param_names == ("a", "b")


def test_details_name_the_wasi_interfaces_and_the_world(echo: ComponentService, typed: ComponentService) -> None:
    info = echo.details()
    assert info["command"] is True and echo.is_command
    assert any(str(i).startswith("wasi:cli/") for i in echo.wasi)
    assert typed.details()["command"] is False
    assert "export" in str(typed.details()["world"])


def test_export_indexes_are_looked_up_once_per_service_and_serve_every_instance(
    http_handler: ComponentService,
) -> None:
    export = http_handler.http_handler
    assert export is not None
    idx = http_handler.export_index(export, fuel=False)
    assert idx is not None and http_handler.export_index(export, fuel=False) is idx  # cached
    assert http_handler.export_index("wasi:http/incoming-handler@0.2.0#nope", fuel=False) is None
    assert http_handler.export_index("nope#handle", fuel=True) is None
    with http_handler.spawn() as a, http_handler.spawn(fuel=10**9) as b:
        assert a._lookup(export) is not None and b._lookup(export) is not None  # fuel: the metered component's
        with pytest.raises(multipie.NoSuchExport, match="no function export"):
            a._lookup("wasi:http/incoming-handler@0.2.0#nope")


def test_a_component_that_needs_async_is_refused_at_load_naming_the_feature(rt: multipie.Runtime) -> None:
    """Component engines run without Wasmtime's concurrency support (``EngineConfig.component_async``)."""
    with pytest.raises(multipie.InvalidModule, match=r"component model's async feature.*component_async=True"):
        rt.load(ASYNC_EXPORT)


def test_component_async_lets_such_a_component_load_but_not_be_called_synchronously() -> None:
    with multipie.Runtime(engine=multipie.EngineConfig(component_async=True)) as rt:
        svc = rt.load(ASYNC_EXPORT)
        with svc.spawn() as d, pytest.raises(multipie.Trap, match="async-lifted"):
            d.call("f", 5)

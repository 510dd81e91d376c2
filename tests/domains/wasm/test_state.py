"""multipie.domains.wasm.state: one runtime's Wasm engines, cache, ticker, groups and reserves."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.wasm.engine import EngineConfig
from multipie.errors import UsageError


def test_state_follows_the_runtime_settings_and_closes_with_it() -> None:
    rt = multipie.Runtime(cache_dir=None, engine=EngineConfig(interruptible=False))
    state = rt._host.state("wasm")
    assert state.engines.config.interruptible is False
    with pytest.raises(UsageError, match="interruptible=False"):
        state.check_interruptible("svc", 1.0)
    state.check_interruptible("svc", None)  # no timeout asked: fine
    v = state.validator()
    assert v is state.validator()  # made once
    group = rt.group(name="g")
    rt.close()
    assert group._closed  # the state closed its groups with the runtime
    with pytest.raises(UsageError, match="closed"):
        rt.load("(module)")


def test_a_grant_that_is_no_capability_is_refused_by_name() -> None:
    with multipie.Runtime(cache_dir=None) as rt:
        svc = rt.load('(module (import "env" "f" (func)))')
        with pytest.raises(
            multipie.errors.CapabilityError, match="grant 'env.f': a int is not a capability issued by this runtime"
        ):
            svc.spawn(grants={"env.f": 3})


def test_compiled_is_memoised_per_key_and_translates_invalid_bytes() -> None:
    import threading

    import wasmtime

    from multipie.errors import InvalidModule

    with multipie.Runtime(cache_dir=None) as rt:
        state = rt._host.state("wasm")
        memo: dict[object, object] = {}
        lock = threading.Lock()
        wasm = wasmtime.wat2wasm("(module)")
        args = {"digest": "sha256:" + "0" * 64, "data": wasm, "invalid": InvalidModule}
        first = state.compiled(memo, "k", lock, fuel=False, **args)
        assert isinstance(first, wasmtime.Module) and state.compiled(memo, "k", lock, fuel=False, **args) is first
        other = state.compiled(memo, "e", lock, fuel=False, engine=lambda: (wasmtime.Engine(), "other"), **args)
        assert other is not first and set(memo) == {"k", "e"}
        bad = dict(args, data=b"\0asm\x01\0\0\0junk", digest="sha256:" + "1" * 64)
        with pytest.raises(InvalidModule):
            state.compiled(memo, "bad", lock, fuel=False, **bad)
        assert "bad" not in memo

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

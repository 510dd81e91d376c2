"""multipie.host: what kinds get of the Runtime (limits, the domain table, per-kind state), and nothing more."""

from __future__ import annotations

import gc

import pytest

import multipie
from multipie.errors import UsageError
from multipie.host import RuntimeHost


def _host(memory_limit: int | None = None) -> RuntimeHost:
    return RuntimeHost(None, memory_limit=memory_limit, cache_dir=None, options={})


def test_limits_fill_the_default_and_refuse_bad_values() -> None:
    host = _host(memory_limit=1 << 20)
    assert host.limits(memory_limit=None, fuel=None, timeout=None).memory_limit == 1 << 20
    assert host.limits(memory_limit=4096, fuel=5, timeout=0.5).fuel == 5
    bad_values = ({"memory_limit": 0}, {"fuel": -1}, {"timeout": 0}, {"memory_limit": 1.5},
                  {"timeout": float("inf")}, {"timeout": float("nan")})  # fmt: skip  (inf was an OverflowError)
    for bad in bad_values:
        kw = {"memory_limit": None, "fuel": None, "timeout": None, **bad}
        with pytest.raises(UsageError, match="must be a positive"):
            host.limits(**kw)
    host.closed = True
    with pytest.raises(UsageError, match="closed"):
        host.limits(memory_limit=None, fuel=None, timeout=None)


def test_the_finite_check_answers_as_math_isfinite() -> None:
    """``host._finite`` (no ``math`` on a run's path) agrees with ``math.isfinite``, its huge-int error included."""
    import math

    from multipie.host import _finite

    for x in (1, 0.5, -2, 1e308, float("inf"), float("-inf"), float("nan"), True, 10**300):
        assert _finite(x) == math.isfinite(x)
    for f in (_finite, math.isfinite):
        with pytest.raises(OverflowError, match="int too large to convert to float"):
            f(10**400)
    with pytest.raises(OverflowError):
        _host().limits(memory_limit=None, fuel=None, timeout=10**400)


def test_domain_table_is_weak_and_forget_drops_an_entry() -> None:
    with multipie.Runtime(cache_dir=None) as rt:
        svc = rt.load('(module (func (export "f")))')
        host = rt._host
        before = len(host.domains)
        a, b = svc.spawn(), svc.spawn()
        assert set(host.live()) >= {a, b} and len(host.domains) == before + 2
        a.close()
        assert a not in host.live()
        del b
        gc.collect()
        assert len(host.domains) == before  # collected without close(): its entry went with it


def test_state_is_made_once_per_kind_and_unknown_kinds_are_usage_errors() -> None:
    with multipie.Runtime(cache_dir=None) as rt:
        host = rt._host
        assert host.state("wasm") is host.state("wasm")
        with pytest.raises(UsageError, match="unknown or unsupported kind 'nope'"):
            host.state("nope")


def test_capacity_advice_names_the_sysctl() -> None:
    host = _host()
    host.max_maps = 65530
    assert "sysctl -w vm.max_map_count=" in host.capacity_advice("60000 memory mappings in use")

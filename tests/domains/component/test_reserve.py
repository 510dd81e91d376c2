"""Component reserves: fresh domains made ahead on a background thread, taken in microseconds."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.component.service import ComponentService


def test_taken_domains_are_fresh_tracked_and_limited(rt: multipie.Runtime, typed: ComponentService) -> None:
    res = typed.reserve(2, memory_limit=1 << 20, fuel=1_000_000)
    try:
        assert res.wait_ready(2, timeout=60)
        a, b = res.take(), res.take()
        assert a is not None and b is not None and a is not b and a.store is not b.store
        assert a in rt.domains and b in rt.domains and res.taken == 2
        assert a.limits.memory_limit == 1 << 20 and a.limits.fuel == 1_000_000
        c = a.call("multipie:typed/counters#[constructor]counter", 5)
        assert a.call("multipie:typed/counters#[method]counter.inc", c) == 6
        d = b.call("multipie:typed/counters#[constructor]counter", 5)  # b's own state: fresh
        assert b.call("multipie:typed/counters#[method]counter.inc", d) == 6
        with pytest.raises(multipie.OutOfFuel):
            a.call("spin")
        assert not a.is_open and b.call("add", 1, 2) == 3  # a fault tears down only its own domain
        assert res.wait_ready(2, timeout=60)  # refilled
        b.close()
    finally:
        res.close()
    assert res.ready == 0 and res.take() is None


def test_a_reserve_that_cannot_make_domains_pauses_until_retry(typed: ComponentService) -> None:
    res = typed.reserve(1, memory_limit=1)  # below the component's initial memory
    try:
        assert not res.wait_ready(1, timeout=60)
        assert res.failed and isinstance(res.error, multipie.OutOfMemory)
        assert res.take() is None
    finally:
        res.close()


def test_sizes_are_checked_and_the_service_closes_its_reserves(typed: ComponentService) -> None:
    with pytest.raises(multipie.UsageError, match="positive int"):
        typed.reserve(0)
    res = typed.reserve(1)
    assert res.wait_ready(1, timeout=60)
    typed.close()
    assert res.ready == 0 and res.take() is None

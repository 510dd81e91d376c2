"""Component reserves: fresh domains made ahead on a background thread, taken in microseconds."""

from __future__ import annotations

import threading

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


def test_a_waiter_wakes_when_the_reserve_fails(typed: ComponentService, monkeypatch: pytest.MonkeyPatch) -> None:
    """``wait_ready`` returns on a failure: before, the filler set the error without waking anyone."""
    go = threading.Event()

    def failing(*_: object) -> None:
        go.wait(30)
        raise multipie.OutOfMemory("made to fail")

    monkeypatch.setattr(typed, "_construct", failing)
    res = typed.reserve(1)
    try:
        answer: list[bool] = []
        waiter = threading.Thread(target=lambda: answer.append(res.wait_ready(1, timeout=60)))
        waiter.start()
        while not res._cond._waiters:  # type: ignore[attr-defined]  # CPython's Condition: the waiter is waiting
            threading.Event().wait(0.001)
        go.set()
        waiter.join(30)  # far more than the failure takes, far less than the waiter's 60 s timeout
        assert answer == [False], "wait_ready did not return when the reserve failed"
        assert res.failed
    finally:
        go.set()
        res.close()


def test_sizes_are_checked_and_the_service_closes_its_reserves(typed: ComponentService) -> None:
    with pytest.raises(multipie.UsageError, match="positive int"):
        typed.reserve(0)
    res = typed.reserve(1)
    assert res.wait_ready(1, timeout=60)
    typed.close()
    assert res.ready == 0 and res.take() is None

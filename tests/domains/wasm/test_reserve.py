"""Native reserves: domains made ahead of time, and the one-call HTTP exchange."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import multipie
from multipie.domains.wasm import fastpath
from multipie.errors import OutOfMemory, ProtocolError, Timeout, Trap
from tests.conftest import ROOT

ECHO = ROOT / "tests" / "app" / "guests" / "echo.wat"
HEAD = b"POST /x HTTP/1.1\r\nhost: t\r\n\r\n"

pytestmark = pytest.mark.skipif(not fastpath.native_available()[0], reason="the native extension is not built")


def _wait(cond: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.001)


def _serve(res: object, body: bytes) -> bytes:
    """One request; when the reserve is momentarily dry, wait for its thread (the app spawns instead)."""
    for _ in range(5000):
        out = res.http(HEAD, body, max_response=1 << 20)  # type: ignore[attr-defined]
        if out is not None:
            return out  # type: ignore[no-any-return]
        time.sleep(0.001)
    raise AssertionError("the reserve never refilled")


def _assert_freed(res: object) -> None:
    """Every Store the reserve made is ready or deleted (waiting, bounded, for its thread to catch up)."""

    def balanced() -> bool:
        st = res.stats  # type: ignore[attr-defined]
        return st["pending"] == 0 and st["inflight"] == 0 and st["made"] == st["deleted"] + st["ready"]

    _wait(balanced)
    assert balanced(), res.stats  # type: ignore[attr-defined]


def _reserve(rt: multipie.Runtime, size: int = 4, **limits: object) -> object:
    res = rt.load(ECHO).reserve(size, **limits)  # type: ignore[arg-type]
    assert res is not None
    _wait(lambda: res.ready == size)
    return res


def test_http_serves_each_request_in_a_fresh_domain(rt: multipie.Runtime) -> None:
    res = _reserve(rt, timeout=1.0)
    try:
        assert res.serves_http  # type: ignore[attr-defined]
        for _ in range(20):  # 'c' answers how many requests this instance served: always the first
            assert _serve(res, b"c").endswith(b"served=1")
        assert _serve(res, b"hello").endswith(HEAD + b"hello")
        assert res.stats["taken"] == 21  # type: ignore[attr-defined]
        _assert_freed(res)  # nothing leaked: every used Store was deleted
    finally:
        res.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "exc", "text"),
    [
        (b"t", Trap, "unreachable"),
        (b"s", Timeout, "timeout"),
        (b"m", OutOfMemory, "memory"),
        (b"p", ProtocolError, "outside its memory"),
    ],
)
def test_http_faults_are_typed_and_the_domain_is_freed(
    rt: multipie.Runtime, body: bytes, exc: type[Exception], text: str
) -> None:
    res = _reserve(rt, memory_limit=4 << 20, timeout=0.2)
    try:
        with pytest.raises(exc, match=text):
            res.http(HEAD, body, max_response=1 << 20)  # type: ignore[attr-defined]
        assert _serve(res, b"ok").endswith(b"ok")  # the next request is served as usual
        _assert_freed(res)
        assert rt.live_domains == 0  # the faulted request's domain was torn down
    finally:
        res.close()  # type: ignore[attr-defined]


def test_response_over_the_cap_is_a_protocol_error(rt: multipie.Runtime) -> None:
    res = _reserve(rt)
    try:
        with pytest.raises(ProtocolError, match="over 10 bytes"):
            res.http(HEAD, b"a long body", max_response=10)  # type: ignore[attr-defined]
    finally:
        res.close()  # type: ignore[attr-defined]


def test_take_gives_ordinary_domains(rt: multipie.Runtime) -> None:
    res = _reserve(rt, size=2, timeout=1.0)
    try:
        d = res.take()  # type: ignore[attr-defined]
        assert d is not None and d.is_open and rt.live_domains == 1
        assert d.http_exchange(HEAD, b"c").endswith(b"served=1")
        assert d.http_exchange(HEAD, b"c").endswith(b"served=2")  # the same domain until closed
        with pytest.raises(Trap):
            d.http_exchange(HEAD, b"t")
        assert not d.is_open and rt.live_domains == 0
        d2 = res.take()  # type: ignore[attr-defined]
        d2.close()
        _assert_freed(res)
    finally:
        res.close()  # type: ignore[attr-defined]


def test_a_dry_or_failed_reserve_answers_none(rt: multipie.Runtime) -> None:
    # The module's initial memory (64 KiB) is over this limit: instantiation fails in the thread,
    # which pauses; callers get None and the spawn path reports the typed error.
    svc = rt.load(ECHO)
    res = svc.reserve(2, memory_limit=1024)
    assert res is not None
    try:
        _wait(lambda: res.failed)
        assert res.failed and res.take() is None
        assert res.http(HEAD, b"x", max_response=100) is None
        with pytest.raises(OutOfMemory):
            svc.spawn(memory_limit=1024)
    finally:
        res.close()


def test_closing_deletes_ready_stores_and_later_closes_free_inline(rt: multipie.Runtime) -> None:
    res = _reserve(rt, size=3)
    d = res.take()  # type: ignore[attr-defined]
    res.close()  # type: ignore[attr-defined]
    st = res.stats  # type: ignore[attr-defined]
    assert st["ready"] == 0 and st["made"] == st["deleted"] + 1  # only the taken one is alive
    assert d.call("http_alloc", 10) == 4096  # still usable
    d.close()  # its Store is deleted on the spot now
    assert res.take() is None  # type: ignore[attr-defined]


def test_many_threads_share_one_reserve(rt: multipie.Runtime) -> None:
    res = _reserve(rt, size=8, timeout=1.0)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(200):
                out = res.http(HEAD, b"c", max_response=1 << 20)  # type: ignore[attr-defined]
                if out is None:  # dry: what the app pool does
                    continue
                assert out.endswith(b"served=1")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors
        _assert_freed(res)
    finally:
        res.close()  # type: ignore[attr-defined]


def test_services_needing_grants_have_no_reserve(rt: multipie.Runtime) -> None:
    svc = rt.load('(module (import "env" "f" (func)) (func (export "g") call 0))')
    assert svc.reserve(2) is None


def test_closing_the_runtime_closes_its_reserves(tmp_path: Path) -> None:
    rt = multipie.Runtime(cache_dir=None)
    res = _reserve(rt, size=2, timeout=1.0)
    rt.close()
    assert res.stats["ready"] == 0 and res.take() is None  # type: ignore[attr-defined]


def test_reserves_use_a_pooling_engine_when_the_limit_fits_a_slot(rt: multipie.Runtime) -> None:
    from multipie.domains.wasm.engine import RESERVE_SLOT

    small = _reserve(rt, size=2, memory_limit=1 << 20)
    big = _reserve(rt, size=2, memory_limit=RESERVE_SLOT * 2)
    try:
        assert small.pooled and not big.pooled  # type: ignore[attr-defined]
        for res in (small, big):
            assert _serve(res, b"c").endswith(b"served=1")
            d = res.take()  # type: ignore[attr-defined]
            with pytest.raises(multipie.UsageError, match="reserve cannot share its Store"):
                rt.capability(d, "http_alloc")
            d.close()
    finally:
        small.close()  # type: ignore[attr-defined]
        big.close()  # type: ignore[attr-defined]


def test_runner_serves_requests_off_the_loop(rt: multipie.Runtime) -> None:
    import asyncio

    from multipie.domains.wasm.reserve import Runner

    res = _reserve(rt, size=8, memory_limit=4 << 20, timeout=0.3)

    async def scenario() -> list[object]:
        runner = Runner(4, asyncio.get_running_loop())
        try:

            async def one(body: bytes) -> object:
                for _ in range(5000):
                    try:
                        out = await runner.http(res, HEAD, body, max_response=1 << 20)  # type: ignore[arg-type]
                    except Exception as exc:  # noqa: BLE001 - the test looks at the type
                        return type(exc)
                    if out is not None:
                        return out
                    await asyncio.sleep(0.001)  # dry: the app spawns instead
                raise AssertionError("never served")

            kinds = [b"c", b"t", b"s", b"m", b"p", b"c"] * 5
            return list(await asyncio.gather(*(one(k) for k in kinds)))
        finally:
            assert runner.close()

    results = asyncio.run(scenario())
    try:
        expected = {b"c": bytes, b"t": Trap, b"s": Timeout, b"m": OutOfMemory, b"p": ProtocolError}
        for kind, got in zip([b"c", b"t", b"s", b"m", b"p", b"c"] * 5, results):
            if expected[kind] is bytes:
                assert isinstance(got, bytes) and got.endswith(b"served=1")
            else:
                assert got is expected[kind]
        _assert_freed(res)
        assert rt.live_domains == 0
    finally:
        res.close()  # type: ignore[attr-defined]


def test_runner_close_does_not_wait_for_a_spinning_guest(rt: multipie.Runtime) -> None:
    import asyncio

    from multipie.domains.wasm.reserve import Runner

    res = _reserve(rt, size=2, timeout=3.0)

    async def scenario() -> tuple[bool, int, int]:
        runner = Runner(1, asyncio.get_running_loop())
        task = asyncio.ensure_future(runner.http(res, HEAD, b"s", max_response=1 << 20))  # type: ignore[arg-type]
        deadline = time.monotonic() + 60
        # until a thread has taken the job (`running` counts it from submit: a close before the thread
        # takes it stops that thread before the call, which is what made this test flaky under load)
        while runner.in_call == 0:
            assert time.monotonic() < deadline, "the call never started"
            await asyncio.sleep(0.001)
        stopped = runner.close(timeout=0.0)  # False: a thread is still in its guest call
        still = runner.in_call  # the guest spins until its 3 s timeout: close returned without waiting for it
        task.cancel()
        _wait(lambda: runner.running == 0, timeout=60)  # the guest hit its timeout; its thread ended
        return stopped, still, runner.running

    stopped, still, running = asyncio.run(scenario())
    assert not stopped and still == 1 and running == 0
    res.close()  # type: ignore[attr-defined]


def test_runner_close_drops_queued_requests_while_a_guest_still_runs(rt: multipie.Runtime) -> None:
    import asyncio

    from multipie.domains.wasm.reserve import Runner

    res = _reserve(rt, size=2, timeout=3.0)

    async def scenario() -> tuple[bool, int, int]:
        runner = Runner(1, asyncio.get_running_loop())
        first = asyncio.ensure_future(runner.http(res, HEAD, b"s", max_response=1 << 20))  # type: ignore[arg-type]
        deadline = time.monotonic() + 60
        while runner.in_call == 0:  # the one thread is in the first guest call
            assert time.monotonic() < deadline, "the call never started"
            await asyncio.sleep(0.001)
        second = asyncio.ensure_future(runner.http(res, HEAD, b"s", max_response=1 << 20))  # type: ignore[arg-type]
        await asyncio.sleep(0)  # submitted: queued behind the first
        stopped = runner.close(timeout=0.0)
        queued = runner.running  # 1: the queued request was dropped, not left queued for ever
        first.cancel()
        second.cancel()
        _wait(lambda: runner.running == 0, timeout=60)
        return stopped, queued, runner.running

    stopped, queued, running = asyncio.run(scenario())
    assert not stopped and queued == 1 and running == 0  # before: 2, then 1 for ever (never run, never freed)
    res.close()  # type: ignore[attr-defined]


def test_bad_arguments_are_type_errors_not_crashes(rt: multipie.Runtime) -> None:
    import asyncio

    from multipie.domains.wasm import fastpath as fp

    res = _reserve(rt, size=2)
    native = res._native  # type: ignore[attr-defined]
    try:
        for args in [("head", b"", 10, True), (b"", None, 10, True), (b"", b"", "x", True), (b"",)]:
            with pytest.raises(TypeError):
                native.http(*args)
        with pytest.raises(TypeError):
            native.retire(object())
        with pytest.raises(ValueError):
            fp._native.Runner(0)  # type: ignore[union-attr]

        async def submit_wrong() -> None:
            runner = fp._native.Runner(1)  # type: ignore[union-attr]
            try:
                with pytest.raises(TypeError):
                    runner.submit(object(), b"", b"", 10, None)
                with pytest.raises(TypeError):
                    runner.submit(native, "head", b"", 10, None)
            finally:
                runner.close()

        asyncio.run(submit_wrong())
        assert _serve(res, b"c").endswith(b"served=1")  # still serving
        _assert_freed(res)
    finally:
        res.close()  # type: ignore[attr-defined]

"""Warmed starts of dynamic programs (warmstart.py): same output as a cold start and as natively, the
state taken once and resumed, per-run values still fresh, stale or unsafe states never used."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import loader, warmstart
from multipie.domains.legacy.elf import parse
from multipie.domains.legacy.syscalls import UserMemory
from tests.domains.legacy.conftest import needs_vm

#: Prints this run's AT_RANDOM bytes and its stack-protector canary (%fs:0x28, read by 10 bytes of code).
RANDOMS = (
    "import ctypes, mmap\n"
    "c = ctypes.CDLL(None); c.getauxval.restype = ctypes.c_ulong\n"
    "m = mmap.mmap(-1, 4096, prot=7); m.write(bytes.fromhex('64488b042528000000c3'))\n"
    "f = ctypes.CFUNCTYPE(ctypes.c_ulong)(ctypes.addressof(ctypes.c_char.from_buffer(m)))\n"
    "print(ctypes.string_at(c.getauxval(25), 16).hex(), '%016x' % f())\n"
)


@pytest.fixture
def cold() -> Iterator[None]:
    """Warmed starts off for the test (as ``MULTIPIE_WARM_START=0``)."""
    was = warmstart.ENABLED
    warmstart.ENABLED = False
    try:
        yield
    finally:
        warmstart.ENABLED = was


def _slot(svc: object) -> warmstart.WarmSlot:
    runner = svc._machines()  # type: ignore[attr-defined]
    (slot,) = runner.warm.values()
    return slot


def _run(d: object, args: list[str], **kw: object) -> tuple[int, bytes, bytes, int]:
    """``(code, stdout, stderr, host calls)`` of one run."""
    out, err = bytearray(), bytearray()
    code = d.run(args, stdout=out, stderr=err, **kw)  # type: ignore[attr-defined]
    return code, bytes(out), bytes(err), sum(d.stats.host_calls.values())  # type: ignore[attr-defined]


# -- the fixed stack layout -------------------------------------------------------------------


def test_fixed_layout_keeps_every_address_but_the_arguments() -> None:
    image = parse(Path("/bin/true").read_bytes(), where="true", dynamic=True)

    def table(argv: list[str]) -> tuple[int, list[int]]:
        mem = UserMemory(bytearray(1 << 20), 0x100000, low=0x100000)
        rsp = loader.build_stack(mem, image, 0x200000, argv, {"A": "1"}, execfn="/bin/true", floor=0x100000,
                                 reserve=warmstart.ARG_RESERVE)  # fmt: skip
        words = [mem.u64(rsp + 8 * i) for i in range(40)]
        return rsp, [w for i, w in enumerate(words) if i != 2]  # all but argv[1]'s address

    rsp_a, a = table(["true", "x"])
    rsp_b, b = table(["true", "a much longer argument"])
    assert rsp_a == rsp_b
    assert [w for w in a if not 0x100000 <= w < 0x200000] == [w for w in b if not 0x100000 <= w < 0x200000]
    assert a[1] == b[1]  # argv[0]'s string, the environment strings, AT_RANDOM, AT_PLATFORM: same places


def test_fixed_layout_refuses_arguments_past_the_reserve() -> None:
    image = parse(Path("/bin/true").read_bytes(), where="true", dynamic=True)
    mem = UserMemory(bytearray(1 << 20), 0x100000, low=0x100000)
    with pytest.raises(multipie.UsageError, match="kept for them"):
        loader.build_stack(mem, image, 0x200000, ["t", "x" * 100], {}, execfn="t", floor=0x100000, reserve=64)
    assert not warmstart.fits(["t", "x" * warmstart.ARG_RESERVE])


# -- runs -------------------------------------------------------------------------------------

@needs_vm
def test_warm_runs_match_cold_runs_and_native(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/echo")
    native = subprocess.run(["/bin/echo", "a", "b"], capture_output=True, env={}).stdout
    with svc.spawn() as d:
        first = _run(d, ["a", "b"])
        slot = _slot(svc)
        assert slot.state is not None, slot.refused  # taken by the first run
        again = [_run(d, ["a", "b"]) for _ in range(3)]
    assert {r[:3] for r in [first, *again]} == {(0, native, b"")}
    assert all(r[3] < first[3] for r in again)  # the loader's host calls are gone


@needs_vm
def test_arguments_change_between_warm_runs(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/echo")
    with svc.spawn() as d:
        _run(d, ["one"])
        results = [_run(d, [w]) for w in ("two", "a much longer argument than before", "x")]
        fewer = _run(d, [])  # another argument count: a cold start
    assert [r[1] for r in results] == [b"two\n", b"a much longer argument than before\n", b"x\n"]
    assert fewer[:2] == (0, b"\n") and fewer[3] > results[0][3]


@needs_vm
def test_environment_and_argv0_are_part_of_the_key(rt: multipie.Runtime) -> None:
    svc = rt.load("/usr/bin/env")
    with svc.spawn() as d:
        base = _run(d, [], env={"A": "1"})
        other = _run(d, [], env={"A": "2"})
        renamed = _run(d, [], env={"A": "1"}, argv0="/usr/bin/env")
    assert b"A=1\n" in base[1] and b"A=2\n" in other[1] and b"A=1\n" in renamed[1]


@needs_vm
def test_fresh_random_bytes_and_canary_in_every_warm_run(rt: multipie.Runtime) -> None:
    svc = rt.load("/usr/bin/python3")
    seen = []
    with svc.spawn(timeout=60) as d:
        for _ in range(3):
            code, out, err, _calls = _run(d, ["-c", RANDOMS])
            assert code == 0, err
            seen.append(out.decode().split())
    assert _slot(svc).state is not None, _slot(svc).refused
    assert len({r for r, _ in seen}) == 3 and len({c for _, c in seen}) == 3
    for rnd, can in seen:  # as glibc sets it: the first 8 AT_RANDOM bytes, low byte zero
        assert int(can, 16) == int.from_bytes(bytes.fromhex(rnd)[:8], "little") & ~0xFF


@needs_vm
def test_a_forking_program_resumes_warm(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/dash")
    script = "echo a; /bin/echo b; x=$(/bin/echo c); echo $x"
    with svc.spawn() as d:
        runs = [_run(d, ["-c", script]) for _ in range(3)]
    assert {r[:3] for r in runs} == {(0, b"a\nb\nc\n", b"")}
    assert _slot(svc).state is not None


@needs_vm
def test_a_changed_lookup_makes_the_run_cold(rt: multipie.Runtime, tmp_path: Path) -> None:
    svc = rt.load("/bin/echo")
    with svc.spawn() as d:
        _run(d, ["a"])
        warm = _run(d, ["a"])
        state = _slot(svc).state
    assert state is not None and any(p == "/etc/ld.so.preload" for p, _ in state.lookups)
    with svc.spawn() as d2:  # a directory where the loader found nothing: not the same view
        shadowed = _run(d2, ["a"], dirs={str(tmp_path): "/etc/ld.so.preload:ro"})
    assert _slot(svc).state is not state  # dropped (and taken again in that view)
    with svc.spawn() as d3:
        again = _run(d3, ["a"])
    assert again[:3] == warm[:3] == shadowed[:3] == (0, b"a\n", b"")


@needs_vm
def test_a_loader_that_writes_is_never_warmed(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/echo")
    with svc.spawn() as d:
        runs = [_run(d, ["a"], env={"LD_DEBUG": "statistics"}) for _ in range(2)]
    slot = _slot(svc)
    assert slot.state is None and "before the entry" in next(iter(slot.refused.values()))
    assert all(r[1] == b"a\n" and b"runtime linker statistics" in r[2] for r in runs)
    with svc.spawn() as d:  # another key is still warmed
        plain = [_run(d, ["a"]) for _ in range(2)]
    assert slot.state is not None and plain[1][3] < plain[0][3]


@needs_vm
def test_cold_and_warm_runs_alternate_on_one_pool(rt: multipie.Runtime, cold: None) -> None:
    svc = rt.load("/bin/echo")
    with svc.spawn() as d:
        off = _run(d, ["q"])
        warmstart.ENABLED = True
        on = [_run(d, ["q"]) for _ in range(2)]
        warmstart.ENABLED = False
        off2 = _run(d, ["q"])
    assert off[:3] == off2[:3] == on[0][:3] == on[1][:3] == (0, b"q\n", b"")
    assert on[1][3] < min(off[3], off2[3])


@needs_vm
def test_a_warm_run_that_times_out_leaves_the_pool_usable(rt: multipie.Runtime) -> None:
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        assert _run(d, ["-c", "print(1)"])[:2] == (0, b"1\n")
    with svc.spawn(timeout=1) as d, pytest.raises(multipie.Timeout):
        d.run(["-c", "while 1: pass"], stdout=bytearray())  # same key: resumed warm, then stopped
    with svc.spawn(timeout=60) as d:
        runs = [_run(d, ["-c", "print(2)"]) for _ in range(2)]
    assert {r[:3] for r in runs} == {(0, b"2\n", b"")}
    assert _slot(svc).state is not None


@needs_vm
def test_threads_run_in_a_warm_start(rt: multipie.Runtime) -> None:
    svc = rt.load("/usr/bin/python3")
    code = "import threading; t = threading.Thread(target=print, args=('t',)); t.start(); t.join(); print('m')"
    with svc.spawn(timeout=60) as d:
        runs = [_run(d, ["-c", code]) for _ in range(3)]
    assert {r[:3] for r in runs} == {(0, b"t\nm\n", b"")}
    assert _slot(svc).state is not None


@needs_vm
def test_a_warm_run_reports_the_loaders_policy_events(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/echo")
    with svc.spawn() as d:
        _run(d, ["a"])
        cold = [str(e) for e in d.last_events]
        _run(d, ["a"])
        warm = [str(e) for e in d.last_events]
    assert _slot(svc).state is not None
    assert cold and warm == cold  # e.g. glibc's rseq registration, refused with ENOSYS


@needs_vm
def test_an_images_dynamic_program_starts_warm(
    rt: multipie.Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.domains.legacy.debian import BuildError, debian_image

    try:
        layout = debian_image()
    except BuildError as exc:
        pytest.skip(f"cannot build the Debian image here: {exc}")
    monkeypatch.setenv("MULTIPIE_LAYER_DIR", str(tmp_path / "layers"))
    monkeypatch.setenv("MULTIPIE_STORE_DIR", str(tmp_path / "blobs"))
    img = rt.load(layout)
    outs = []
    for i in range(3):
        out = bytearray()
        assert rt.run_command(img, ["/usr/bin/python3", "-c", f"print({i})"], stdout=out, timeout=60) == 0
        outs.append(bytes(out))
    assert outs == [b"0\n", b"1\n", b"2\n"]
    (runner,) = img._programs.values()  # type: ignore[attr-defined]
    (slot,) = runner.warm.values()
    assert slot.state is not None, slot.refused  # its loader's lookups are in the image's layers


@needs_vm
def test_stats_say_how_a_run_started(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/echo")
    with svc.spawn() as d:
        starts = []
        for args in (["a"], ["b"], []):
            _run(d, args)
            starts.append(d.stats.start)
        report = d.stats.report()
    assert starts == ["cold (took the warm state at the entry)", "warm (resumed at the program's entry)",
                      "cold (another key)"]  # fmt: skip
    assert "start       cold (another key)" in report
    other = multipie.Runtime()
    try:
        with other.load("/bin/echo").spawn() as d:
            _run(d, ["x"], env={"LD_DEBUG": "statistics"})
            assert d.stats.start.startswith("cold: no warm state: writev before the entry")
    finally:
        other.close()


#: Reports the signal state a run starts with, then changes it (a handler, an ignored signal, a mask,
#: a pending signal): a warm run must start from the state's defaults, never the previous run's.
SIGNALS = (
    "import os, signal as s\n"
    "print(sorted(s.pthread_sigmask(s.SIG_BLOCK, [])), s.getsignal(s.SIGUSR2), s.getsignal(s.SIGTERM))\n"
    "s.signal(s.SIGUSR2, s.SIG_IGN); s.signal(s.SIGTERM, lambda *a: print('term'))\n"
    "s.pthread_sigmask(s.SIG_BLOCK, [s.SIGUSR1]); os.kill(os.getpid(), s.SIGUSR1)\n"
    "print(sorted(s.sigpending())); os.kill(os.getpid(), s.SIGTERM)\n"
)


@needs_vm
def test_signal_state_set_in_the_guest_is_fresh_in_every_warm_run(rt: multipie.Runtime) -> None:
    svc = rt.load("/usr/bin/python3")
    native = subprocess.run(["/usr/bin/python3", "-c", SIGNALS], capture_output=True, env={})
    with svc.spawn(timeout=60) as d:
        runs = []
        for _ in range(3):
            runs.append(_run(d, ["-c", SIGNALS]))
            runs[-1] += (d.stats.start, d.stats.guest_calls[13], d.stats.host_calls[13])
    assert {r[:3] for r in runs} == {(0, native.stdout, b"")}, runs
    assert native.stdout == b"[] 0 0\n[<Signals.SIGUSR1: 10>]\nterm\n"  # SIG_DFL prints as 0
    assert [r[4].split()[0] for r in runs] == ["cold", "warm", "warm"]
    assert all(r[5] > 60 and r[6] == 0 for r in runs[1:]), runs  # python's start: every query in the guest


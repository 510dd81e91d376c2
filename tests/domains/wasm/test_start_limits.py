"""Instantiation runs under a call's limits: a start function that loops forever times out
(GIL released meanwhile), and ``fuel`` budgets the start function (issue 15, #5 and #8)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

import multipie
from multipie.domains.wasm import fastpath
from multipie.errors import OutOfFuel, Timeout

NATIVE, WHY = fastpath.native_available()

SPIN = '(module (func $s (loop $l (br $l))) (start $s) (func (export "f") (result i32) i32.const 1))'
SETS = """(module (global $g (mut i32) (i32.const 0))
  (func $s i32.const 1 global.set $g) (start $s)
  (func (export "f") (result i32) global.get $g))"""


@pytest.mark.parametrize("grouped", [False, True], ids=["own-store", "group"])
def test_spinning_start_function_times_out(rt: multipie.Runtime, backend: str, grouped: bool) -> None:
    svc = rt.load(SPIN.encode(), name="spin")
    other = threading.Event()  # another Python thread runs while the start function spins
    threading.Thread(target=other.set, daemon=True).start()
    with pytest.raises(Timeout, match="spin"):
        if grouped:
            svc.spawn(timeout=0.2, group=rt.group())
        else:
            svc.spawn(timeout=0.2)
    assert other.is_set()
    assert rt.live_domains == 0


def test_spinning_start_function_does_not_hang_the_process() -> None:
    # Before the fix spawn() hung holding the GIL; a subprocess keeps this test from hanging too.
    code = (
        "import multipie\n"
        f"svc = multipie.Runtime().load({SPIN!r})\n"
        "try:\n    svc.spawn(timeout=0.3)\nexcept multipie.Timeout as e:\n    print('TIMEOUT', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("TIMEOUT")


@pytest.mark.parametrize("grouped", [False, True], ids=["own-store", "group"])
def test_fuel_budgets_the_start_function(rt: multipie.Runtime, backend: str, grouped: bool) -> None:
    svc = rt.load(SETS.encode(), name="sets")
    group = rt.group(fuel=True) if grouped else None
    for fuel in (1000, 10**9):
        d = svc.spawn(fuel=fuel, group=group) if grouped else svc.spawn(fuel=fuel)
        assert d.call("f") == 1
        d.close()
    spin = rt.load(SPIN.encode(), name="spin")
    with pytest.raises(OutOfFuel):
        spin.spawn(fuel=10_000)
    assert rt.live_domains == 0


THROWS = """(module (tag $e) (func $s throw $e) (start $s) (func (export "f") (result i32) i32.const 1))"""


@pytest.mark.parametrize("grouped", [False, True], ids=["own-store", "group"])
def test_an_uncaught_throw_in_the_start_function_is_a_trap(rt: multipie.Runtime, backend: str, grouped: bool) -> None:
    # Found by the differential campaign (seed 318): it was a LinkError, as if an import were missing,
    # where plain wasmtime reports a trap and an uncaught throw during a call is a Trap too.
    svc = rt.load(THROWS.encode(), name="throws")
    with pytest.raises(multipie.Trap, match="throws: start function threw a Wasm exception nothing caught"):
        svc.spawn(group=rt.group()) if grouped else svc.spawn()
    assert rt.live_domains == 0

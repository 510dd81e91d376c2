"""The collector paused while a ``run``/``call`` process starts: off while loading, on again for the guest."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from multipie.cli import startgc
from tests.conftest import ROOT


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector is undone (this process's objects are not left frozen)."""
    was = gc.isenabled()
    yield
    startgc._paused = False
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_pause_then_resume_freezes_start_up_and_collects_again(collector: None) -> None:
    """``resume`` turns the collector back on once, with what start-up made moved out of its way."""
    gc.enable()
    startgc.pause()
    assert not gc.isenabled() and startgc.paused()
    keep = [[] for _ in range(100)]
    startgc.resume()
    assert gc.isenabled() and not startgc.paused() and gc.get_freeze_count() >= len(keep)
    gc.disable()
    startgc.resume()  # idempotent: a second resume does not turn on a collector someone else turned off
    assert not gc.isenabled()


def test_a_collector_already_off_is_left_off(collector: None) -> None:
    """A caller that turned the collector off itself keeps it off: nothing is paused, nothing resumed."""
    gc.disable()
    startgc.pause()
    assert not startgc.paused()
    startgc.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


# Records whether the collector runs while the service loads and while the guest runs, then calls the
# entry point the way the console script does (the process's own command line).
_PROBE = """
import gc, sys
import multipie.runtime as rt
seen = []
def spy(name):
    real = getattr(rt.Runtime, name)
    def wrapper(self, *a, **k):
        seen.append(f"{name}:{gc.isenabled()}")
        return real(self, *a, **k)
    setattr(rt.Runtime, name, wrapper)
spy("load"); spy("run_command")
from multipie.cli.main import main
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
sys.stdout.flush()
print(*seen, f"after:{gc.isenabled()}", file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("verb", "guest", "args"), [("run", "c/hello.wasm", []), ("call", "wat/add.wasm", ["add", "2", "3"])]
)
def test_a_run_process_collects_while_the_guest_runs(guests: Path, verb: str, guest: str, args: list[str]) -> None:
    """``multipie run``/``call``: no collection while loading, the collector on again before the guest starts."""
    argv = [verb, str(guests / guest), *args]
    r = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 0, r.stderr
    want = ["load:False", "run_command:True", "after:True"] if verb == "run" else ["load:False", "after:True"]
    assert r.stderr.split() == want


def test_an_error_before_the_guest_leaves_the_collector_on(tmp_path: Path) -> None:
    """A run that fails while loading still ends with the collector on (the entry point resumes it)."""
    probe = _PROBE.replace("assert not exc.code, exc.code", "pass")
    argv = ["run", str(tmp_path / "missing.wasm")]
    r = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, cwd=ROOT, check=False)
    assert r.returncode == 0 and r.stderr.split()[-2:] == ["load:False", "after:True"], r.stderr


def test_main_called_with_arguments_leaves_the_collector_alone(
    guests: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In-process callers (tests, embedders) pass ``argv``: their collector is not paused nor their objects frozen."""
    import multipie.runtime
    from multipie.cli.main import main

    seen: list[bool] = []
    real = multipie.runtime.Runtime.load
    monkeypatch.setattr(
        multipie.runtime.Runtime, "load", lambda self, *a, **k: seen.append(gc.isenabled()) or real(self, *a, **k)
    )
    frozen = gc.get_freeze_count()
    main(["run", str(guests / "c" / "hello.wasm")])
    assert capfd.readouterr().out == "hello from wasm\n"
    assert seen == [gc.isenabled()] and gc.get_freeze_count() == frozen

"""WASI commands: argv, env, stdio, exit codes, and preopens that cannot be escaped."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
import wasmtime

import multipie
from multipie.domains.wasm import wasi


@pytest.fixture
def hello(rt: multipie.Runtime, guests: Path) -> multipie.Service:
    return rt.load(guests / "c" / "hello.wasm")


def test_args_env_stdout_exit_code(rt: multipie.Runtime, hello: multipie.Service) -> None:
    out = bytearray()
    code = rt.run_command(hello, ["one", "two"], env={"GREETING": "hi"}, stdout=out)
    assert code == 0
    assert out.decode() == "hello from wasm, hi\narg 1: one\narg 2: two\n"
    assert rt.run_command(hello, ["--exit", "7"], stdout=bytearray()) == 7


def test_stdin_bytes_and_file_objects(rt: multipie.Runtime, hello: multipie.Service, tmp_path: Path) -> None:
    out = io.BytesIO()
    assert rt.run_command(hello, ["--stdin"], stdin=b"piped\n", stdout=out) == 0
    assert out.getvalue().endswith(b"piped\n")
    src = tmp_path / "in.txt"
    src.write_text("from a file\n")
    outfile = tmp_path / "out.txt"
    assert rt.run_command(hello, ["--stdin"], stdin=str(src), stdout=str(outfile)) == 0
    assert outfile.read_text().endswith("from a file\n")


def test_preopen_read_and_write(rt: multipie.Runtime, hello: multipie.Service, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "x.txt").write_text("inside\n")
    out = bytearray()
    code = rt.run_command(
        hello, ["--cat", "/data/x.txt", "--write", "/data/new.txt", "written"], dirs={str(data): "/data"}, stdout=out
    )
    assert code == 0
    assert b"inside\n" in out
    assert (data / "new.txt").read_text() == "written"


@pytest.mark.parametrize(
    "escape", ["/data/../secret.txt", "/secret.txt", "/etc/passwd", "../secret.txt", "/data/link/secret.txt"]
)
def test_preopen_escapes_refused(rt: multipie.Runtime, hello: multipie.Service, tmp_path: Path, escape: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "secret.txt").write_text("SECRET")
    (data / "link").symlink_to(tmp_path)
    out = bytearray()
    err = bytearray()
    code = rt.run_command(hello, ["--cat", escape], dirs={str(data): "/data"}, stdout=out, stderr=err)
    assert code == 3
    assert b"SECRET" not in out
    assert b"cannot open" in err


def test_no_dirs_no_files(rt: multipie.Runtime, hello: multipie.Service) -> None:
    err = bytearray()
    assert rt.run_command(hello, ["--cat", "/etc/passwd"], stdout=bytearray(), stderr=err) == 3


def test_bad_command_inputs(rt: multipie.Runtime, hello: multipie.Service, guests: Path, tmp_path: Path) -> None:
    with pytest.raises(multipie.InvalidModule, match="not a WASI command"):
        rt.run_command(guests / "wat" / "add.wasm")
    with pytest.raises(multipie.UsageError, match="not a directory"):
        rt.run_command(hello, dirs={str(tmp_path / "nope"): "/x"})
    with pytest.raises(multipie.UsageError, match="stdin file"):
        rt.run_command(hello, stdin=str(tmp_path / "nope.txt"))


def test_command_limits(rt: multipie.Runtime, hello: multipie.Service) -> None:
    with pytest.raises(multipie.OutOfFuel):
        rt.run_command(hello, ["a"] * 50, stdout=bytearray(), fuel=1000)
    with pytest.raises(multipie.OutOfMemory):
        rt.run_command(hello, stdout=bytearray(), memory_limit=1 << 16)


def test_a_cached_command_run_deserialises_one_artefact(tmp_path: Path, guests: Path) -> None:
    """``multipie run``'s path: the load compiles a command on the engine its run uses, so nothing twice."""

    def run() -> tuple[int, int, int]:
        with multipie.Runtime(cache_dir=tmp_path) as rt:
            out = bytearray()
            assert rt.run_command(guests / "c" / "hello.wasm", stdout=out) == 0 and out == b"hello from wasm\n"
            cache = rt._host.state("wasm").module_cache
            return cache.misses, cache.disk_hits, len(list((tmp_path / "wasm").glob("*.cwasm")))

    assert run() == (1, 0, 1)  # compiled once
    assert run() == (0, 1, 1)  # then mapped from disk once


SPIN = """(module (memory (export "memory") 1) (func (export "_start") (loop $l (br $l))))"""


def test_a_timeout_still_stops_a_command(rt: multipie.Runtime) -> None:
    """A run with a timeout keeps epoch checks (the untimed default has none): the deadline fires."""
    with pytest.raises(multipie.Timeout):
        rt.run_command(rt.load(SPIN, name="spin"), timeout=0.2)
    assert rt.live_domains == 0


@pytest.mark.parametrize(
    "wat, revocable",
    [
        ('(memory (export "memory") 1)', True),
        ('(memory (export "m") 1) (memory (export "n") 2 10)', True),  # multi-memory, all exported
        ("(memory 1)", False),  # no export: no address to revoke
        ('(memory (export "m") 1) (memory 1)', False),
        ('(import "env" "m" (memory 1)) (memory (export "n") 1)', False),  # someone else's memory
        ('(memory (export "memory") 1 1 shared)', False),  # other threads' too
        ('(memory (export "memory") i64 1)', False),
        ("", False),
    ],
)
def test_revocable_memories(wat: str, revocable: bool) -> None:
    wasm = wasmtime.wat2wasm(f"(module {wat})")
    assert wasi.revocable_memories(bytes(wasm)) is revocable


# A fresh process: whether Ctrl-C can revoke memories depends on which Engine the process made first.
ENGINES = r"""
import sys
first = sys.argv[2]
if first == "ignored":
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a shell's background job: Ctrl-C never reaches it
if first == "plain":
    import wasmtime
    wasmtime.Engine()  # before multiPIE's first: Wasmtime's handlers would not forward host faults
import multipie
from multipie.domains.wasm import _capi
rt = multipie.Runtime(cache_dir=sys.argv[1])
svc = rt.load(b'(module (memory (export "memory") 1) (func (export "_start")))', name="nop")
print("revocable:", _capi.revocable())
engines = rt._host.state("wasm").engines
print("untimed epochs:", engines.run_config(timed=False, revocable=True, poll=True).interruptible)
print("timed epochs:", engines.run_config(timed=True, revocable=True, poll=True).interruptible)
print("codes:", rt.run_command(svc), rt.run_command(svc, timeout=5))
for timed in (False, True):
    fp = engines.run_config(timed=timed, revocable=True, poll=svc.poll).fingerprint(fuel=False)
    print("artefact:", svc.digest.removeprefix("sha256:") + "-" + fp + ".mapped.cwasm")
"""


def _engines(cache: Path, first: str) -> str:
    proc = subprocess.run([sys.executable, "-c", ENGINES, str(cache), first], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_untimed_runs_compile_without_epochs_into_their_own_artefact(tmp_path: Path) -> None:
    out = _engines(tmp_path, "multipie")
    assert "revocable: True" in out and "untimed epochs: False" in out and "timed epochs: True" in out, out
    assert "codes: 0 0" in out
    # one artefact per engine: the untimed run's (no epoch checks) and the timed run's
    wanted = [line.split(" ")[1] for line in out.splitlines() if line.startswith("artefact: ")]
    assert len(set(wanted)) == 2, out
    for name in wanted:
        assert (tmp_path / "wasm" / name).is_file(), (name, sorted(p.name for p in (tmp_path / "wasm").iterdir()))


def test_a_plain_engine_made_first_keeps_epoch_checks(tmp_path: Path) -> None:
    out = _engines(tmp_path, "plain")
    assert "revocable: False" in out and "untimed epochs: True" in out, out
    assert "codes: 0 0" in out


def test_a_process_that_ignores_sigint_runs_untimed_commands_without_epoch_checks(tmp_path: Path) -> None:
    """Nothing can interrupt such a process (a background job, nohup, CI), so epochs would buy nothing."""
    out = _engines(tmp_path, "ignored")
    assert "revocable: True" in out and "untimed epochs: False" in out and "timed epochs: True" in out, out
    assert "codes: 0 0" in out

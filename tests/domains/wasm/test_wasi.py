"""WASI commands: argv, env, stdio, exit codes, and preopens that cannot be escaped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import multipie


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

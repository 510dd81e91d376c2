"""A Debian image built by the test suite from Debian packages runs its own programs; inspect shows its closure."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import process
from tests.conftest import run_cli
from tests.domains.legacy.conftest import needs_vm
from tests.domains.legacy.debian import BuildError, debian_image

needs_bwrap = pytest.mark.skipif(not process.available(), reason="needs bubblewrap")


@pytest.fixture(scope="module")
def image() -> Path:
    try:
        return debian_image()
    except BuildError as exc:
        pytest.skip(f"cannot build the Debian image here: {exc}")


@pytest.fixture(autouse=True)
def private_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_LAYER_DIR", str(tmp_path / "layers"))
    monkeypatch.setenv("MULTIPIE_STORE_DIR", str(tmp_path / "blobs"))


def _run(rt: multipie.Runtime, svc: multipie.Service, argv: list[str]) -> tuple[int, bytes, bytes]:
    out, err = bytearray(), bytearray()
    code = rt.run_command(svc, argv, stdout=out, stderr=err, timeout=60)
    return code, bytes(out), bytes(err)


PROGRAMS = [
    (["/usr/bin/python3", "-c", "print(1)"], b"1\n"),
    (["sh", "-c", "echo a b | mawk '{print $2}'; echo x | sed s/x/y/; echo abc | grep -o b"], b"b\ny\nb\n"),
    (["ls", "/usr/bin/python3", "/bin/dash"], b"/bin/dash\n/usr/bin/python3\n"),
    (["sh", "-c", "id -un; cat /etc/passwd | wc -l; echo hi > /tmp/f && cat /tmp/f"], b"root\n2\nhi\n"),
]


@needs_bwrap
@pytest.mark.parametrize(("argv", "expected"), PROGRAMS)
def test_runs_with_process_isolation(rt: multipie.Runtime, image: Path, argv: list[str], expected: bytes) -> None:
    svc = rt.load(str(image), isolation="process")
    assert svc.kind == "container" and svc.details()["isolation"] == "process"
    assert _run(rt, svc, argv) == (0, expected, b"")


@needs_vm
@pytest.mark.parametrize(("argv", "expected"), PROGRAMS)
def test_runs_in_a_virtine(rt: multipie.Runtime, image: Path, argv: list[str], expected: bytes) -> None:
    assert _run(rt, rt.load(str(image)), argv) == (0, expected, b"")


def test_entry_program_closure(rt: multipie.Runtime, image: Path) -> None:
    info = rt.load(str(image)).details()
    assert info["program"] == "/bin/sh" and str(info["interpreter"]).startswith("/lib64/ld-linux-x86-64.so.2 -> /")
    assert any(lib.startswith("libc.so.6 -> /lib/x86_64-linux-gnu/") for lib in info["libraries"])  # type: ignore[attr-defined]
    assert info["missing"] == ["none"]


def test_every_program_finds_its_libraries(rt: multipie.Runtime, image: Path) -> None:
    from multipie.domains.legacy.roots import image_closure
    from multipie.resources.fs import GuestFs

    svc = rt.load(str(image))
    fs = GuestFs(svc.layers)  # type: ignore[attr-defined]
    for exe in ("/usr/bin/python3.11", "/bin/ls", "/bin/grep", "/usr/bin/mawk", "/bin/sed", "/bin/dash"):
        f = fs.open(exe, 0)
        closure = image_closure(svc.layers, f.pread(1 << 26, 0), exe=exe)  # type: ignore[attr-defined]
        f.close()
        assert closure is not None and closure.interpreter_path and not closure.missing, exe


def test_inspect_cli(capsys: pytest.CaptureFixture[str], image: Path) -> None:
    code, out, _ = run_cli(capsys, "inspect", "--json", str(image))
    assert code == 0 and '"program": "/bin/sh"' in out and "libc.so.6 -> " in out

"""What ``execve`` runs: executable files only, ``#!`` lines followed (not too deep), bad images refused."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from multipie.domains.legacy import elf
from multipie.domains.legacy.executables import resolve
from multipie.domains.legacy.syscalls import PolicyEvent
from multipie.resources.fs import FsError, GuestFs, Layer
from tests.domains.legacy.elfgen import make_elf

CODE = b"\xf4" * 16  # hlt


def _file(root: Path, name: str, data: bytes, mode: int = 0o755) -> None:
    (root / name).write_bytes(data)
    os.chmod(root / name, mode)


@pytest.fixture
def fs(tmp_path: Path) -> GuestFs:
    root = tmp_path / "root"
    (root / "bin").mkdir(parents=True)
    _file(root, "bin/prog", make_elf([(0x401000, CODE, len(CODE), 5)]))
    _file(root, "bin/other", make_elf([(0x402000, CODE, len(CODE), 5)]))
    _file(root, "bin/script", b"#!/bin/prog -v\necho hi\n")
    _file(root, "bin/nested", b"#!/bin/script\n")
    _file(root, "bin/loop", b"#!/bin/loop\n")
    _file(root, "bin/empty", b"#!   \n")
    _file(root, "bin/garbage", b"MZ not an elf")
    _file(root, "bin/plain", make_elf([(0x401000, CODE, len(CODE), 5)]), mode=0o644)
    return GuestFs([Layer.shared(root)])


def _resolve(
    fs: GuestFs, path: str, argv: list[str], events: list[PolicyEvent] | None = None
) -> tuple[elf.ElfImage, str, list[str]]:
    prog = fs.open("/bin/prog", os.O_RDONLY)
    loaded = elf.parse(prog.read(1 << 20), where="/bin/prog")
    return resolve(
        fs,
        path,
        argv,
        cwd="/bin",
        running=(loaded, "/bin/prog"),
        loaded=loaded,
        events=events if events is not None else [],
    )


def test_an_elf_is_parsed_and_proc_self_exe_is_the_running_program(fs: GuestFs) -> None:
    image, exe, argv = _resolve(fs, "other", ["other", "a"])
    assert exe == "/bin/other" and argv == ["other", "a"] and image.entry == 0x402000
    image, exe, _ = _resolve(fs, "/bin/prog", ["prog"])
    assert exe == "/bin/prog" and image.entry == 0x401000
    _, exe, _ = _resolve(fs, "/proc/self/exe", ["x"])
    assert exe == "/bin/prog"


def test_scripts_run_their_interpreter_with_its_argument(fs: GuestFs) -> None:
    _, exe, argv = _resolve(fs, "/bin/script", ["script", "x"])
    assert exe == "/bin/prog" and argv == ["/bin/prog", "-v", "/bin/script", "x"]
    _, exe, argv = _resolve(fs, "/bin/nested", ["nested"])
    assert exe == "/bin/prog" and argv == ["/bin/prog", "-v", "/bin/script", "/bin/nested"]


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/bin", errno.EACCES),  # a directory
        ("/bin/plain", errno.EACCES),  # not executable
        ("/bin/missing", errno.ENOENT),
        ("/bin/loop", errno.ELOOP),  # deeper than MAX_SCRIPT_DEPTH
        ("/bin/empty", errno.ENOEXEC),
    ],
)
def test_what_cannot_run_is_an_errno(fs: GuestFs, path: str, code: int) -> None:
    with pytest.raises(FsError) as info:
        _resolve(fs, path, [path])
    assert info.value.errno == code


def test_a_refused_image_is_enoexec_and_a_policy_event(fs: GuestFs) -> None:
    events: list[PolicyEvent] = []
    with pytest.raises(FsError) as info:
        _resolve(fs, "/bin/garbage", ["garbage"], events)
    assert info.value.errno == errno.ENOEXEC
    assert len(events) == 1 and events[0].nr == 59 and "/bin/garbage" in events[0].name

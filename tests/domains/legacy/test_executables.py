"""What ``execve`` runs: executable files only, ``#!`` lines followed (not too deep), bad images refused."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from multipie.domains.legacy import elf
from multipie.domains.legacy.executables import fs_reader, load_program, resolve
from multipie.domains.legacy.syscalls import PolicyEvent
from multipie.errors import InvalidModule
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


# -- dynamic executables: load_program and execve with an interpreter ---------------------------

LD = make_elf([(0x1000, CODE, len(CODE), 5)], e_type=3)  # a position-independent "dynamic linker"


@pytest.fixture
def dynfs(tmp_path: Path) -> GuestFs:
    root = tmp_path / "dyn"
    (root / "bin").mkdir(parents=True)
    (root / "lib").mkdir()
    _file(root, "lib/ld.so", LD)
    _file(root, "bin/prog", make_elf([(0x401000, CODE, len(CODE), 5)]))
    _file(root, "lib/notelf", b"hello, not an ELF file at all" + bytes(64))
    _file(root, "bin/dyn", make_elf([(0x401000, CODE, len(CODE), 5)], interp=b"/lib/ld.so\0"))
    _file(root, "bin/nold", make_elf([(0x401000, CODE, len(CODE), 5)], interp=b"/lib/missing.so\0"))
    _file(root, "bin/badld", make_elf([(0x401000, CODE, len(CODE), 5)], interp=b"/lib/notelf\0"))
    return GuestFs([Layer.shared(root)])


def test_load_program_links_the_interpreter_from_the_view(dynfs: GuestFs) -> None:
    read = fs_reader(dynfs)
    image = load_program(read("/bin/dyn"), where="/bin/dyn", read=read)
    assert isinstance(image, elf.LinkedImage) and image.interp_path == "/lib/ld.so"
    assert image.interpreter is not None and image.interpreter.data == LD
    static = make_elf([(0x401000, CODE, len(CODE), 5)])
    assert not isinstance(load_program(static, where="s", read=read), elf.LinkedImage)


@pytest.mark.parametrize(("prog", "needle"), [("/bin/nold", "/lib/missing.so"), ("/bin/badld", "bad magic")])
def test_load_program_names_a_bad_interpreter(dynfs: GuestFs, prog: str, needle: str) -> None:
    read = fs_reader(dynfs)
    with pytest.raises(InvalidModule) as info:
        load_program(read(prog), where=prog, read=read)
    assert needle in str(info.value) and str(info.value).startswith(prog)


def test_execve_of_a_dynamic_program(dynfs: GuestFs) -> None:
    image, exe, _ = _resolve(dynfs, "/bin/dyn", ["dyn"])
    assert isinstance(image, elf.LinkedImage) and exe == "/bin/dyn"
    events: list[PolicyEvent] = []
    with pytest.raises(FsError) as info:
        _resolve(dynfs, "/bin/nold", ["nold"], events)
    assert info.value.errno == errno.ENOENT and "missing.so" in events[-1].name  # as Linux: ENOENT
    with pytest.raises(FsError) as info:
        _resolve(dynfs, "/bin/badld", ["badld"], events)
    assert info.value.errno == errno.ENOEXEC and "bad magic" in events[-1].name

"""ELF validation: real static executables parse; malformed ones are InvalidModule with what/where."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.domains.legacy import elf
from multipie.errors import InvalidModule
from multipie.kvm.elf import PF_R, PF_W, PF_X
from tests.domains.legacy.elfgen import make_elf

BUSYBOX = Path("/bin/busybox")
CODE = b"\x0f\x05" * 8


def test_busybox_parses() -> None:
    if not BUSYBOX.exists():
        pytest.skip("busybox-static is not installed")
    img = elf.parse(BUSYBOX.read_bytes(), where="busybox")
    assert img.entry > 0x400000
    assert img.tls is not None
    assert [s.vaddr for s in img.segments] == sorted(s.vaddr for s in img.segments)
    assert img.phdr and img.phnum >= 4


def test_minimal_ok() -> None:
    img = elf.parse(make_elf([(0x401000, CODE, len(CODE), PF_R | PF_X)]))
    assert img.entry == 0x401000
    assert img.low == 0x401000 and img.high == 0x402000


def test_bss_tail() -> None:
    img = elf.parse(make_elf([(0x401000, CODE, 0x3000, PF_R | PF_W | PF_X)]))
    assert img.segments[0].memsz == 0x3000 and img.high == 0x404000


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "truncated"),
        (b"\x7fELF\x02\x01\x01", "truncated"),
        (b"MZ" + bytes(100), "bad magic"),
        (make_elf([(0x401000, CODE, 16, 5)], ei_class=1), "ELFCLASS64"),
        (make_elf([(0x401000, CODE, 16, 5)], machine=183), "x86-64"),
        (make_elf([(0x401000, CODE, 16, 5)], e_type=1), "relocatable"),
        (make_elf([(0x401000, CODE, 16, 5)], interp=b"/lib64/ld-linux-x86-64.so.2\0"), "PT_INTERP"),
        (make_elf([(0x401000, CODE, 16, 5), (0x401008, CODE, 16, 6)]), "overlaps"),
        (make_elf([(0x401000, CODE, 1 << 40, 6)], entry=0x401000), "limit"),
        (make_elf([(0x401000, CODE, 16, 6), (0x70000000, CODE, 16, 5)], entry=0x70000000), "span"),
        (make_elf([(0x7FFFFFFFF000, CODE, 0x2000, 5)]), "above the user address space"),
        (make_elf([(0x401000, CODE, 4, 5)]), "p_filesz"),
        (make_elf([(0x401000, CODE, 16, 6)]), "not inside an executable"),
        (make_elf([(0x0, CODE, 16, 5)], entry=0), "page 0"),
        (make_elf([], entry=0), "e_phnum"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_rejected(data: bytes, needle: str) -> None:
    with pytest.raises(InvalidModule) as info:
        elf.parse(data, where="prog")
    assert needle in str(info.value)
    assert str(info.value).startswith("prog:")


def test_truncated_segment() -> None:
    data = make_elf([(0x401000, CODE * 64, 1024, 5)])
    with pytest.raises(InvalidModule, match="truncated"):
        elf.parse(data[:-100])


def test_truncated_real_file() -> None:
    if not BUSYBOX.exists():
        pytest.skip("busybox-static is not installed")
    data = BUSYBOX.read_bytes()
    for cut in (63, 200, 4096, len(data) // 2):
        with pytest.raises(InvalidModule):
            elf.parse(data[:cut])


def test_is_dynamic() -> None:
    assert elf.is_dynamic(make_elf([(0x401000, CODE, 16, 5)], interp=b"/lib/ld.so\0"))
    assert not elf.is_dynamic(make_elf([(0x401000, CODE, 16, 5)]))
    assert elf.is_dynamic(Path("/bin/ls").read_bytes())


# -- dynamic executables: the interpreter placed beside the program ------------------------------

INTERP = b"/lib64/ld-linux-x86-64.so.2\0"


def _dynamic() -> elf.ElfImage:
    return elf.parse(make_elf([(0x401000, CODE, 0x1800, PF_R | PF_X)], interp=INTERP), where="prog", dynamic=True)


def test_dynamic_needs_the_flag() -> None:
    data = make_elf([(0x401000, CODE, 16, 5)], interp=INTERP)
    with pytest.raises(InvalidModule, match="PT_INTERP"):
        elf.parse(data, where="prog")
    assert elf.parse(data, where="prog", dynamic=True).interp == INTERP[:-1].decode()
    assert elf.parse_interp(data) == INTERP[:-1].decode() and elf.parse_interp(b"junk") is None


def test_link_places_the_interpreter_after_the_program() -> None:
    ld = make_elf([(0x1000, CODE, 0x2000, PF_R | PF_X), (0x3000, CODE, 0x100, PF_R | PF_W)], e_type=3)
    linked = elf.link(_dynamic(), ld, where="prog", interp_where="/lib64/ld.so")
    assert isinstance(linked, elf.LinkedImage)
    assert linked.interp_base == 0x600000 and linked.interp_base >= linked.program.high  # type: ignore[union-attr]
    assert linked.entry == linked.interp_base  # the interpreter's entry, moved with it
    assert [s.vaddr for s in linked.segments] == [0x401000, 0x600000, 0x602000]
    src = [data for _, data in elf.sources(linked)]
    assert src[0] is linked.data and src[1] is src[2] and src[1] == ld


@pytest.mark.parametrize(
    ("interp", "needle"),
    [
        (b"", "truncated"),
        (b"#!/bin/sh\nnot an ELF\n" + bytes(100), "bad magic"),
        (make_elf([(0x401000, CODE, 16, 5)]), "ET_EXEC"),  # a static program, not a dynamic linker
        (make_elf([(0x1000, CODE * 64, 1024, 5)], e_type=3)[:-100], "truncated"),
        (make_elf([(0x1000, CODE, 16, 5), (0x1008, CODE, 16, 6)], e_type=3), "overlaps"),
        (make_elf([(0x1000, CODE, 16, 5)], e_type=3, interp=INTERP), "interpreter of its own"),
    ],
    ids=["empty", "not-elf", "static", "truncated", "overlapping", "nested"],
)
def test_bad_interpreters_are_refused_with_the_path(interp: bytes, needle: str) -> None:
    with pytest.raises(InvalidModule) as info:
        elf.link(_dynamic(), interp, where="prog", interp_where="/lib64/ld.so")
    assert needle in str(info.value) and "/lib64/ld.so" in str(info.value)

"""The one ELF reader (multipie.kvm.elf): malformed headers are typed errors naming the header and offset."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from multipie.errors import InvalidModule
from multipie.kvm.elf import PF_R, PF_W, PF_X, PT_INTERP, PT_LOAD, Elf, parse_executable
from tests.domains.legacy.elfgen import PHDR, make_elf

CODE = b"\x0f\x05" * 8
GOOD = make_elf([(0x401000, CODE, len(CODE), PF_R | PF_X)])


def _patch(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (GOOD[:63], "shorter than the 64-byte ELF header"),
        (b"\x7fELG" + GOOD[4:], "bad magic b'\\x7fELG' at offset 0"),
        (_patch(GOOD, 4, "<B", 1), "EI_CLASS 1 at offset 4"),
        (_patch(GOOD, 5, "<B", 2), "EI_DATA 2 at offset 5"),
        (_patch(GOOD, 20, "<I", 7), "ELF version 1/7 at offset 6/20"),
        (_patch(GOOD, 18, "<H", 183), "e_machine 183 at offset 18"),
        (_patch(GOOD, 16, "<H", 4), "e_type at offset 16 says a core dump"),
        (_patch(GOOD, 52, "<H", 40), "e_ehsize 40 at offset 52"),
        (_patch(GOOD, 54, "<H", 32), "e_phentsize 32 at offset 54"),
        (_patch(GOOD, 56, "<H", 0), "e_phnum 0 at offset 56"),
        (_patch(GOOD, 56, "<H", 600), "e_phnum 600 at offset 56"),
        (_patch(GOOD, 32, "<Q", 1 << 20), "program headers at offset 1048576"),
        # program header 0 is at offset 64: p_filesz at +32, p_align at +48, p_offset at +8
        (_patch(GOOD, 64 + 32, "<Q", 1 << 12), "program header 0 (offset 64): p_filesz 4096 is larger"),
        (_patch(GOOD, 64 + 48, "<Q", 3000), "program header 0 (offset 64): p_align 3000"),
        (_patch(GOOD, 64 + 8, "<Q", 1 << 30), "program header 0 (offset 64): file range"),
        (_patch(GOOD, 24, "<Q", 0x500000), "entry point 0x500000 (offset 24)"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_malformed_executable_names_the_header(data: bytes, needle: str) -> None:
    with pytest.raises(InvalidModule) as info:
        parse_executable(data, where="prog")
    assert str(info.value).startswith("prog: not a loadable x86-64 ELF")
    assert needle in str(info.value)


def test_interp_and_dynamic_are_reported_not_rejected() -> None:
    data = make_elf([(0x401000, CODE, len(CODE), PF_R | PF_X)], interp=b"/lib64/ld-linux-x86-64.so.2\0")
    image = parse_executable(data, where="dyn")
    assert image.interp == "/lib64/ld-linux-x86-64.so.2"
    header = image.header(PT_INTERP)
    assert header is not None and header.where == "program header 0 (offset 64)"
    assert image.dynamic is None and image.entry == 0x401000
    assert parse_executable(GOOD).interp is None


def test_interp_outside_the_file_names_its_header() -> None:
    data = make_elf([(0x401000, CODE, len(CODE), PF_R | PF_X)], interp=b"/ld.so\0")
    data = _patch(data, 64 + 8, "<Q", len(data) + 100)  # PT_INTERP's p_offset past the end
    with pytest.raises(InvalidModule, match=r"program header 0 \(offset 64\): PT_INTERP path"):
        parse_executable(data, where="dyn")


def test_host_dynamic_executable_is_read() -> None:
    ls = Path("/bin/ls")
    if not ls.exists():
        pytest.skip("no /bin/ls")
    image = parse_executable(ls.read_bytes(), where="ls")
    assert image.interp is not None and image.interp.startswith("/lib")
    assert image.dynamic is not None and image.bias > 0  # a PIE linked at 0, relocated
    assert [s.vaddr for s in image.segments] == sorted(s.vaddr for s in image.segments)


def test_pie_is_relocated_and_segments_sorted() -> None:
    data = make_elf([(0x2000, CODE, 0x100, PF_R | PF_W), (0x0, CODE, len(CODE), PF_R | PF_X)], e_type=3, entry=0)
    image = parse_executable(data)
    assert image.bias == 0x400000 and image.entry == 0x400000
    assert [s.vaddr for s in image.segments] == [0x400000, 0x402000]


def _object(sections: list[tuple[bytes, int, bytes]]) -> bytes:
    """A relocatable ELF with ``(name, type, contents)`` sections (plus the null and name sections)."""
    names = b"\0" + b"".join(n + b"\0" for n, _, _ in sections) + b".shstrtab\0"
    body, shdrs, name_off = bytearray(), [bytes(64)], 1
    for name, stype, data in sections:
        shdrs.append(struct.pack("<IIQQQQIIQQ", name_off, stype, 0, 0, 64 + len(body), len(data), 0, 0, 1, 0))
        body += data
        name_off += len(name) + 1
    shdrs.append(struct.pack("<IIQQQQIIQQ", name_off, 3, 0, 0, 64 + len(body), len(names), 0, 0, 1, 0))
    body += names
    shoff = 64 + len(body)
    ident = b"\x7fELF\x02\x01\x01" + bytes(9)
    hdr = struct.pack("<16sHHIQQQIHHHHHH", ident, 1, 62, 1, 0, 0, shoff, 0, 64, 0, 0, 64, len(shdrs), len(shdrs) - 1)
    return hdr + bytes(body) + b"".join(shdrs)


def test_object_sections() -> None:
    obj = Elf(_object([(b".text", 1, b"\x90\xc3")]), where="entry.o")
    assert obj.section_bytes(".text") == b"\x90\xc3"
    assert obj.segments == [] and obj.type == 1
    with pytest.raises(InvalidModule, match="entry.o: .*no .data section"):
        obj.section_bytes(".data")


def test_object_section_header_outside_the_file() -> None:
    data = _object([(b".text", 1, b"\x90\xc3")])
    with pytest.raises(InvalidModule, match=r"x\.o: .*section header 2 at 0x[0-9a-f]+\+0x40 lies outside the file"):
        Elf(data[:-10], where="x.o")


def test_object_section_contents_outside_the_file() -> None:
    data = bytearray(_object([(b".text", 1, b"\x90\xc3")]))
    shoff = struct.unpack_from("<Q", data, 40)[0]
    struct.pack_into("<Q", data, shoff + 64 + 32, 1 << 20)  # .text's sh_size
    obj = Elf(bytes(data), where="x.o")
    with pytest.raises(InvalidModule, match=r"section \.text at 0x40\+0x100000 lies outside the file"):
        obj.section_bytes(".text")


def test_load_segment_outside_the_file_in_any_elf() -> None:
    data = _patch(GOOD, 64 + 8, "<Q", 1 << 30)
    with pytest.raises(InvalidModule, match=r"program header 0 \(offset 64\) at 0x40000000"):
        Elf(data, where="img")
    assert [s.type for s in Elf(GOOD).segments] == [PT_LOAD]
    assert PHDR.size == 56

"""multipie.domains.virtine.build: what the compiler makes of virtine code."""

from __future__ import annotations

from pathlib import Path

from multipie.domains.virtine.build import CFLAGS, guest_dir
from multipie.kvm.elf import Elf
from multipie.toolchain import zig_cc

CONSTANT = """
VIRTINE long load(const char *p) { unsigned long w; memcpy(&w, p, 8); return (long)w; }
VIRTINE long store(char *p, long v) { memcpy(p + 3, &v, 8); memmove(p, p + 1, 4); memset(p + 16, 0, 16); return 0; }
"""
VARIABLE = "VIRTINE long copy(char *d, const char *s, long n) { memcpy(d, s, (size_t)n); return 0; }"


def _undefined(tmp_path: Path, source: str) -> set[str]:
    """Undefined symbols of ``source`` compiled as ``multipie build`` compiles a virtine's code."""
    src, obj = tmp_path / "f.c", tmp_path / "f.o"
    src.write_text(source)
    proc = zig_cc([*CFLAGS, "-I", str(guest_dir()), "-include", "virtine.h", "-c", str(src), "-o", str(obj)])
    assert proc.returncode == 0, proc.stderr
    return set(Elf(obj.read_bytes(), where="f.o").undefined_symbols())


def test_constant_size_copies_are_expanded_inline_as_in_a_hosted_build(tmp_path: Path) -> None:
    # -ffreestanding implies -fno-builtin: without virtine.h's macros each memcpy(&w, p, 8) was a call
    # into libvirtine (LZ4 and xxHash read every unaligned word that way).
    assert _undefined(tmp_path, CONSTANT) == set()


def test_a_size_the_compiler_cannot_see_calls_libvirtine(tmp_path: Path) -> None:
    assert _undefined(tmp_path, VARIABLE) == {"memcpy"}

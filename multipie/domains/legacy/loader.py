"""Putting a validated static executable into guest memory, and the initial user stack.

:func:`load_segments` copies each ``PT_LOAD`` segment's file bytes to its
address and zeroes the rest of its pages (``.bss``); :func:`build_stack`
writes what the Linux kernel gives a new program at the top of its stack —
``argc``, ``argv``, ``envp``, the auxiliary vector (``AT_PHDR``, ``AT_ENTRY``,
``AT_RANDOM``, ...) and the strings they point to — and returns the initial
``rsp``. Both only write through a bounds-checked
:class:`~multipie.domains.legacy.syscalls.UserMemory`.

The memory layout a program sees (set up by :mod:`.machine`)::

    0x0       unmapped (null pointers fault)
    0x1000    system area: page tables, GDT/TSS, IDT, syscall entry, state page, fault stack
    0x10000   user memory: the image's segments (usually at 0x400000), then the break (brk) ↑
              ... free ...
              ↓ anonymous mappings (mmap), from the mapping top downwards
    guard     one unmapped 2 MiB page (stack overflow faults instead of corrupting mappings)
    stack     ↓ from the end of memory (argv, envp, auxv at the top)
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from multipie.domains.legacy.elf import LinkedImage, sources
from multipie.domains.legacy.syscalls import UserMemory
from multipie.errors import InvalidModule, OutOfMemory, UsageError
from multipie.kvm.elf import PAGE, ElfImage

__all__ = ["Layout", "auxv", "build_stack", "layout_for", "load_segments", "USER_BASE", "HUGE"]

USER_BASE = 0x10000
HUGE = 2 << 20
MAX_STACK = 8 << 20
MAX_ARG_BYTES = 256 << 10  # like Linux's ARG_MAX/4 for argv + envp strings

AT_NULL, AT_PHDR, AT_PHENT, AT_PHNUM, AT_PAGESZ, AT_BASE, AT_FLAGS, AT_ENTRY = 0, 3, 4, 5, 6, 7, 8, 9
AT_UID, AT_EUID, AT_GID, AT_EGID, AT_PLATFORM, AT_HWCAP, AT_CLKTCK = 11, 12, 13, 14, 15, 16, 17
AT_SECURE, AT_RANDOM, AT_HWCAP2, AT_EXECFN, AT_SYSINFO_EHDR, AT_MINSIGSTKSZ = 23, 25, 26, 31, 33, 51
#: AT_HWCAP2 bits this VM cannot honour: FSGSBASE (bit 1; PVM offers no FSGSBASE, FACTS.md).
HWCAP2_HIDDEN = 1 << 1


def _host_auxv() -> dict[int, int]:
    """This process's own auxiliary vector: what the kernel told us about this CPU."""
    try:
        with open("/proc/self/auxv", "rb") as f:
            raw = f.read()
    except OSError:
        return {}
    words = struct.unpack(f"<{len(raw) // 8}Q", raw[: len(raw) // 16 * 16])
    return dict(zip(words[::2], words[1::2], strict=True))


_HOST = _host_auxv()
#: CPU facts a program may read from its auxiliary vector, the same values Linux gives programs here.
HWCAP = _HOST.get(AT_HWCAP, 0)
HWCAP2 = _HOST.get(AT_HWCAP2, 0) & ~HWCAP2_HIDDEN
MINSIGSTKSZ = _HOST.get(AT_MINSIGSTKSZ, 2048)


@dataclass(frozen=True)
class Layout:
    """Where things go in a program's memory.

    Attributes:
        size: total guest memory (a multiple of 2 MiB).
        brk_start: the initial program break (end of the image, page-aligned).
        map_top: one past the highest address anonymous mappings may use.
        guard: address of the unmapped 2 MiB page below the stack.
        stack_floor: lowest stack address; the stack top is ``size``.
    """

    size: int
    brk_start: int
    map_top: int
    guard: int
    stack_floor: int


def layout_for(image: ElfImage, memory: int, *, where: str) -> Layout:
    """Lay a program of ``image`` out in ``memory`` bytes (rounded down to 2 MiB).

    Raises:
        InvalidModule: the image wants addresses below :data:`USER_BASE`.
        OutOfMemory: ``memory`` cannot hold the image, a stack and some heap.
    """
    size = memory & ~(HUGE - 1)
    if image.low < USER_BASE:
        raise InvalidModule(f"{where}: a segment starts at 0x{image.low:x}, below 0x{USER_BASE:x} (system area)")
    stack = min(MAX_STACK, max(HUGE, (size // 8) & ~(HUGE - 1)))
    stack_floor = size - stack
    guard = stack_floor - HUGE
    need = image.high + 4 * PAGE
    if size < 4 * HUGE or guard < need:
        raise OutOfMemory(
            f"{where}: memory limit {memory} bytes cannot hold the image (up to 0x{image.high:x}), "
            f"a {stack >> 20} MiB stack and a heap; raise memory_limit"
        )
    return Layout(size=size, brk_start=image.high, map_top=guard, guard=guard, stack_floor=stack_floor)


def load_segments(mem: UserMemory, image: ElfImage) -> None:
    """Copy the image's segments into ``mem`` and zero their ``.bss`` tails (to page ends)."""
    for seg in image.segments:
        mem.zero(seg.page_start, seg.page_end - seg.page_start)
    for seg, data in sources(image):
        if seg.filesz:
            mem.write(seg.vaddr, data[seg.offset : seg.offset + seg.filesz])


def auxv(
    image: ElfImage, *, uid: int, platform: int, random: int, execfn: int, sysinfo: int = 0
) -> list[tuple[int, int]]:
    """The auxiliary vector of a program (``platform``, ``random``, ``execfn``: guest addresses).

    A dynamic program (:class:`~multipie.domains.legacy.elf.LinkedImage`) gets its own headers and
    entry point and the interpreter's base in ``AT_BASE``, as Linux gives them. ``sysinfo``: the
    address of the vDSO (:mod:`.vdso`) for ``AT_SYSINFO_EHDR``, or 0 for none (libcs then make real
    system calls for the time).
    """
    program, base = image, 0
    if isinstance(image, LinkedImage) and image.program is not None:
        program, base = image.program, image.interp_base
    return [
        *([(AT_SYSINFO_EHDR, sysinfo)] if sysinfo else []),
        (AT_MINSIGSTKSZ, MINSIGSTKSZ),
        (AT_HWCAP, HWCAP),
        (AT_PAGESZ, PAGE),
        (AT_CLKTCK, 100),
        (AT_PHDR, program.phdr),
        (AT_PHENT, program.phent),
        (AT_PHNUM, program.phnum),
        (AT_BASE, base),
        (AT_FLAGS, 0),
        (AT_ENTRY, program.entry),
        (AT_UID, uid),
        (AT_EUID, uid),
        (AT_GID, uid),
        (AT_EGID, uid),
        (AT_SECURE, 0),
        (AT_RANDOM, random),
        (AT_HWCAP2, HWCAP2),
        (AT_EXECFN, execfn),
        (AT_PLATFORM, platform),
        (AT_NULL, 0),
    ]


def build_stack(
    mem: UserMemory,
    image: ElfImage,
    top: int,
    argv: Sequence[str],
    env: Mapping[str, str],
    *,
    execfn: str,
    floor: int,
    uid: int = 0,
    sysinfo: int = 0,
    reserve: int = 0,
) -> int:
    """Write the initial process stack below ``top``; returns the ``rsp`` to start with.

    With ``reserve`` the layout is fixed for a given ``argv[0]``, argument count and environment:
    ``argv[0]``, the environment and the auxiliary strings sit at the top, the other arguments in
    ``reserve`` bytes below them, the pointer tables below that, so only the ``argv[1:]`` strings move
    when they change (what a warmed start needs, :mod:`.warmstart`).

    Raises:
        UsageError: argv/envp strings exceed :data:`MAX_ARG_BYTES` (like ``E2BIG``), or ``argv[1:]``
            exceeds ``reserve``.
    """
    fixed, var = bytearray(), bytearray()

    def add(block: bytearray, s: bytes) -> int:
        off = len(block)
        block.extend(s + b"\0")
        return off

    enc = [a.encode("utf-8", "surrogateescape") for a in argv]
    moving = reserve and len(enc) > 1
    args = [(False, add(fixed, a)) if i == 0 or not moving else (True, add(var, a)) for i, a in enumerate(enc)]
    env_offs = [add(fixed, f"{k}={v}".encode("utf-8", "surrogateescape")) for k, v in env.items()]
    if len(fixed) + len(var) > MAX_ARG_BYTES:
        raise UsageError(f"arguments and environment take {len(fixed) + len(var)} bytes, over {MAX_ARG_BYTES}")
    if reserve and len(var) > reserve:
        raise UsageError(f"arguments take {len(var)} bytes, over the {reserve} kept for them")
    plat = add(fixed, b"x86_64")
    fn = add(fixed, execfn.encode("utf-8", "surrogateescape"))
    rnd = len(fixed)
    fixed.extend(os.urandom(16))
    base = (top - 16 - len(fixed)) & ~15
    low = (base - reserve) & ~15 if reserve else base
    words = [len(argv), *((low if v else base) + o for v, o in args), 0, *(base + o for o in env_offs), 0]
    for k, v in auxv(image, uid=uid, platform=base + plat, random=base + rnd, execfn=base + fn, sysinfo=sysinfo):
        words += [k, v]
    table = struct.pack(f"<{len(words)}Q", *words)
    rsp = (low - len(table)) & ~15
    if rsp < floor:
        raise UsageError("arguments and environment do not fit on the stack")
    mem.write(base, bytes(fixed))
    if var:
        mem.write(low, bytes(var))
    mem.write(rsp, table)
    return rsp

"""The legacy kind's vDSO: the time without a system call, for programs whose libc asks for it.

``guest/legacy/vdso/vdso.c`` is built (by the build step, or on first use) into a small shared
object with no relocations; :func:`install` copies its segments to :data:`ADDRESS` in a machine's
memory before its snapshot, and :func:`loader.auxv <multipie.domains.legacy.loader.auxv>` names it
in ``AT_SYSINFO_EHDR``. glibc (and musl) then call its ``__vdso_clock_gettime``,
``__vdso_gettimeofday`` and ``__vdso_time`` instead of trapping: under PVM every ``syscall`` traps
(~15 µs) and a host-served one costs ~75 µs, while ``rdtsc`` runs natively. Before each run
:func:`calibrate` writes the vvar page (:data:`VVAR`): the guest's TSC read through ``KVM_GET_MSRS``
beside the host's ``CLOCK_MONOTONIC``/``CLOCK_REALTIME``, and the TSC rate (``KVM_GET_TSC_KHZ``) as
a multiplier and shift; the vDSO adds the TSC ticks since. Other clocks, and a vvar page the
program overwrote, fall back to the real system call. Only dynamically linked programs get it
(their images leave ``[ADDRESS, VVAR + PAGE)`` free; static ones keep their exact behaviour).
"""

from __future__ import annotations

import os
import struct
import tempfile
import threading
import time
from pathlib import Path

from multipie.domains.legacy.elf import LinkedImage
from multipie.domains.legacy.stub import guest_dir
from multipie.domains.legacy.syscalls import UserMemory
from multipie.errors import HostBug
from multipie.kvm.elf import PAGE, PT_LOAD, ElfImage, program_headers, read_header
from multipie.kvm.vcpu import Vcpu

__all__ = ["ADDRESS", "VVAR", "blob", "build", "calibrate", "for_run", "install", "wanted"]

#: Where the vDSO's first page goes (its segments span at most 4 pages), and its data page.
ADDRESS = 0x10000
VVAR = 0x14000
MSR_TSC = 0x10
SHIFT = 32
_VVAR = struct.Struct("<6Q")  # ready, tsc0, mono0, real0, mult, shift (vdso.c: struct vvar)
_FLAGS = [
    "-shared", "-nostdlib", "-fPIC", "-fno-stack-protector", "-Wl,--hash-style=both",
    "-Wl,-soname=linux-vdso.so.1",
]  # fmt: skip
_cached: bytes | None = None
_lock = threading.Lock()
_khz = 0


def wanted(image: ElfImage) -> bool:
    """Whether ``image`` gets the vDSO: a dynamically linked program that leaves its pages free."""
    return isinstance(image, LinkedImage) and image.low >= VVAR + PAGE


def for_run(vcpu: Vcpu, mem: UserMemory, image: ElfImage, installed: int) -> int:
    """``AT_SYSINFO_EHDR`` for a run of ``image`` in a machine with the vDSO at ``installed`` (0: none),
    the vvar page calibrated when it is given."""
    if not installed or not wanted(image):
        return 0
    calibrate(vcpu, mem)
    return installed


def _out_path() -> Path:
    tree = guest_dir().resolve().parents[1]
    build = tree / "build"
    if os.access(build if build.exists() else tree, os.W_OK):
        return build / "guest" / "legacy" / "vdso.so"
    return Path(tempfile.gettempdir()) / "multipie-legacy" / "vdso.so"


def build(src_dir: Path, out: Path) -> Path:
    """Compile ``vdso/vdso.c`` of ``src_dir`` into the shared object ``out``."""
    from multipie.toolchain import compile_c

    d = src_dir / "vdso"
    compile_c(d / "vdso.c", out, target="x86_64-linux-musl",
              flags=[*_FLAGS, f"-Wl,--version-script={d / 'vdso.lds'}", f"-Wl,-T,{d / 'layout.lds'}"])  # fmt: skip
    return out


def blob() -> bytes:
    """The built vDSO (built on first use, or again when its source changed)."""
    global _cached
    if _cached is None:
        with _lock:
            src, out = guest_dir(), _out_path()
            newest = max(p.stat().st_mtime for p in (src / "vdso").iterdir())
            if not out.exists() or out.stat().st_mtime < newest:
                build(src, out)
            _cached = out.read_bytes()
    return _cached


def install(mem: UserMemory) -> int:
    """Copy the vDSO's segments to :data:`ADDRESS`; returns the address of its ELF header (``AT_SYSINFO_EHDR``).

    Raises:
        HostBug: the built object does not fit below :data:`VVAR` (a build problem, not the program's).
    """
    data = blob()
    for ph in program_headers(data, read_header(data, "vdso"), "vdso"):
        if ph.type != PT_LOAD:
            continue
        if ph.vaddr + ph.memsz > VVAR - ADDRESS or ph.offset + ph.filesz > len(data):
            raise HostBug("the legacy vDSO does not fit below its vvar page")
        first, end = ph.vaddr & ~(PAGE - 1), -(-(ph.vaddr + ph.memsz) // PAGE) * PAGE
        mem.zero(ADDRESS + first, end - first)
        mem.write(ADDRESS + ph.vaddr, data[ph.offset : ph.offset + ph.filesz])
    mem.zero(VVAR, PAGE)  # not ready: the vDSO makes system calls until calibrate() ran
    return ADDRESS


def calibrate(vcpu: Vcpu, mem: UserMemory) -> None:
    """Write this run's clock reading into the vvar page (the guest's TSC and the host's clocks, side by side)."""
    global _khz
    khz = _khz = _khz or vcpu.tsc_khz()  # one rate for every vCPU of this host (KVM's default)
    if khz <= 0:
        mem.zero(VVAR, PAGE)
        return
    tsc = vcpu.get_msrs([MSR_TSC]).get(MSR_TSC, 0)
    mono, real = time.monotonic_ns(), time.time_ns()
    mult = (10**6 << SHIFT) // khz  # ns per tick, scaled by 2^SHIFT
    mem.write(VVAR, _VVAR.pack(1, tsc, mono, real, mult, SHIFT))

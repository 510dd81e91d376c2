"""The vDSO: one loadable segment glibc can use, a calibrated clock, the time with no system call."""

from __future__ import annotations

import time

import multipie
from multipie.domains.legacy import vdso
from multipie.domains.legacy.syscalls import UserMemory
from multipie.kvm.elf import PT_DYNAMIC, PT_LOAD, program_headers, read_header
from tests.domains.legacy.conftest import needs_vm
from tests.domains.legacy.elfgen import make_elf


def test_one_segment_with_the_versioned_symbols() -> None:
    data = vdso.blob()
    kinds = [p.type for p in program_headers(data, read_header(data, "vdso"), "vdso")]
    assert kinds.count(PT_LOAD) == 1 and PT_DYNAMIC in kinds  # glibc's setup_vdso takes one PT_LOAD
    for name in (b"__vdso_clock_gettime", b"__vdso_gettimeofday", b"__vdso_time", b"LINUX_2.6"):
        assert name in data


def test_install_places_it_and_leaves_the_clock_not_ready() -> None:
    mem = UserMemory(bytearray(1 << 20))
    mem.write(vdso.VVAR, b"\xff" * 48)
    assert vdso.install(mem) == vdso.ADDRESS
    assert mem.read(vdso.ADDRESS, 4) == b"\x7fELF" and mem.read(vdso.VVAR, 8) == bytes(8)


def test_only_dynamic_programs_get_it() -> None:
    static = make_elf([(0x401000, b"\x0f\x05" * 8, 16, 5)])
    from multipie.domains.legacy import elf

    assert not vdso.wanted(elf.parse(static))


@needs_vm
def test_python_reads_the_time_without_a_system_call(rt: multipie.Runtime) -> None:
    py = rt.load("/usr/bin/python3")
    out = bytearray()
    code = "import time; t = [time.monotonic() for _ in range(500)]; print(t == sorted(t), time.time())"
    with py.spawn() as d:
        before = time.time()
        assert d.run(["-c", code], stdout=out) == 0
        after = time.time()
        calls = {name: host for _, name, _, host in d.stats.syscalls()}
    ordered, wall = out.split()
    assert ordered == b"True" and before - 1 <= float(wall) <= after + 1  # the host's clock, within a second
    assert calls.get("clock_gettime", 0) == 0 and calls.get("gettimeofday", 0) == 0

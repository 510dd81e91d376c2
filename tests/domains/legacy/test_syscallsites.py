"""Rewritten system call sites (syscallsites.py, siterewrite.py): what the analysis takes and refuses, the
trampolines it writes, and programs whose calls then enter the guest's stub without PVM's trap."""

from __future__ import annotations

import hashlib
import struct
import subprocess
from pathlib import Path

import capstone
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import multipie
from multipie.domains.legacy import executables, syscallsites
from multipie.domains.legacy.syscallsites import SLOT, Plan, analyse
from multipie.errors import InvalidModule
from tests.domains.legacy.conftest import PYTHON3, needs_vm

ENTRY_PTR = 0xBE90
KEY = b"testplan"
LIBC = Path("/usr/lib/x86_64-linux-gnu/libc.so.6")
_MD = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)


def _eh_frame(functions: list[int], at: int) -> bytes:
    """An ``.eh_frame`` at address ``at``: one CIE ("zR", pcrel|sdata4), an FDE per function, the terminator."""
    cie_body = struct.pack("<IB", 0, 1) + b"zR\0" + bytes([1, 0x78, 16, 1, 0x1B])
    cie_body += bytes(-(len(cie_body) + 4) % 8)
    out = bytearray(struct.pack("<I", len(cie_body)) + cie_body)
    for f in functions:
        here = at + len(out)
        fde = struct.pack("<Ii", len(out) + 4, f - (here + 8)) + struct.pack("<I", 16) + b"\0"
        fde += bytes(-(len(fde) + 4) % 8)
        out += struct.pack("<I", len(fde)) + fde
    return bytes(out + bytes(4))


def _with_eh_frame_section(data: bytes, functions: list[int]) -> bytes:
    """``data`` (from :func:`_elf` without ``eh``) with section headers: ``.eh_frame`` listing ``functions``."""
    frame_at = len(data) + (-len(data) % 16)
    frame = _eh_frame(functions, frame_at)
    names = b"\0.eh_frame\0.shstrtab\0"
    body = data + bytes(frame_at - len(data)) + frame + names
    shoff = len(body) + (-len(body) % 8)
    shdr = struct.Struct("<IIQQQQIIQQ")
    table = shdr.pack(*[0] * 10) + shdr.pack(1, 1, 2, frame_at, frame_at, len(frame), 0, 0, 8, 0)
    table += shdr.pack(11, 3, 0, 0, frame_at + len(frame), len(names), 0, 0, 1, 0)
    out = bytearray(body + bytes(shoff - len(body)) + table)
    struct.pack_into("<Q", out, 40, shoff)  # e_shoff
    struct.pack_into("<HHH", out, 58, 64, 3, 2)  # e_shentsize, e_shnum, e_shstrndx
    return bytes(out)


def _elf(code: bytes, functions: list[int], *, eh: bool = True) -> bytes:
    """A shared object: ``code`` at 0x1000 (R+X), an ``.eh_frame_hdr`` listing ``functions`` at 0x3000."""
    hdr = struct.pack("<4BiI", 1, 0x1B, 0x03, 0x3B, 0, len(functions))
    hdr += b"".join(struct.pack("<ii", f - 0x3000, 0) for f in functions)
    phdrs = [(1, 4, 0, 0, 0x1000, 0x1000), (1, 5, 0x1000, 0x1000, len(code), len(code)),
             (1, 4, 0x3000, 0x3000, len(hdr), len(hdr))]  # fmt: skip
    if eh:
        phdrs.append((0x6474E550, 4, 0x3000, 0x3000, len(hdr), len(hdr)))
    table = b"".join(struct.pack("<IIQQQQQQ", t, f, o, v, v, fs, ms, 0x1000) for t, f, o, v, fs, ms in phdrs)
    ehdr = struct.pack("<16sHHIQQQIHHHHHH", b"\x7fELF\x02\x01\x01" + bytes(9), 3, 62, 1, 0, 64, 0, 0, 64, 56,
                       len(phdrs), 64, 0, 0)  # fmt: skip
    out = bytearray(0x3000 + len(hdr))
    out[: len(ehdr) + len(table)] = ehdr + table
    out[0x1000 : 0x1000 + len(code)] = code
    out[0x3000:] = hdr
    return bytes(out)


def _trampoline(plan: Plan, site: int) -> list[tuple[int, str, str]]:
    """The instructions of the trampoline of the site at file offset ``site``."""
    i = [off for off, _ in plan.sites].index(site)
    at = plan.low + plan.span + 64 + i * SLOT
    body = plan.trampolines[64 + i * SLOT : 64 + (i + 1) * SLOT]
    out = []
    for ins in _MD.disasm(body, at):
        if ins.mnemonic == "int3":
            break
        out.append((ins.address, ins.mnemonic, ins.op_str))
    return out


def _code() -> tuple[bytes, list[int]]:
    """Functions with each shape the analysis meets (comments: their addresses)."""
    parts = [
        bytes.fromhex("b827000000" "0f05" "c3"),  # 0x1000 mov $39,%eax; syscall; ret
        bytes.fromhex("31c0" "0f05" "483d01f0ffff" "7701" "c3" "c3"),  # 0x1010 xor; syscall; cmp; ja; ret; ret
        bytes.fromhex("eb02" "0f05" "90909090" "c3"),  # 0x1020 a jump lands 2 bytes after the syscall
        bytes.fromhex("0f05" "c3"),  # 0x1030 syscall; ret: the five bytes would reach the next function
        bytes.fromhex("0f05" "488b0500000000" "c3"),  # 0x1040 syscall, then a rip-relative load
        bytes.fromhex("0f05" "7305" "90909090" "c3" "c3"),  # 0x1050 syscall; jae: re-encoded with a rel32
        bytes.fromhex("0f05" "90909090" "ffe0"),  # 0x1060 a switch (jmp *%rax): its cases may be anywhere
    ]
    code = bytearray()
    starts = []
    for p in parts:
        starts.append(0x1000 + len(code))
        code += p + b"\xcc" * (16 - len(p))
    return bytes(code), starts


def test_the_analysis_takes_each_safe_shape_and_refuses_the_rest() -> None:
    code, starts = _code()
    plan = analyse(_elf(code, starts), ENTRY_PTR, KEY)
    assert plan is not None
    assert [off for off, _ in plan.sites] == [0x1000, 0x1012, 0x1050]
    assert plan.low == 0 and plan.span == 0x4000
    assert plan.header() == syscallsites.MAGIC + KEY + struct.pack("<Q", 0x1000)
    assert plan.trampolines.startswith(plan.header())
    for off, five in plan.sites:  # a jmp rel32 to the site's slot
        slot = plan.low + plan.span + 64 + [o for o, _ in plan.sites].index(off) * SLOT
        assert five == b"\xe9" + struct.pack("<i", slot - (off + 5))

    mov = _trampoline(plan, 0x1000)
    assert mov[0][1:] == ("mov", "eax, 0x27")
    names = [m for _a, m, _o in mov]
    assert names[1:5] == ["lea", "pushfq", "pop", "lea"] and mov[3][2] == "r11" and mov[1][2] == "rsp, [rsp - 0x80]"
    assert ("jmp", f"qword ptr [{ENTRY_PTR:#x}]") in [(m, o) for _a, m, o in mov]
    sys_at = next(a for a, m, _o in mov if m == "syscall")  # kept for restarts: rcx - 2
    lea_rcx = next(o for _a, m, o in mov if m == "lea" and o.startswith("rcx"))
    assert lea_rcx == "rcx, [rip + 9]" and mov[-1][1:] == ("jmp", "0x1007") and mov[-2][0] == sys_at

    fwd = _trampoline(plan, 0x1012)  # the cmp replayed, then back to the ja
    assert [(m, o) for _a, m, o in fwd[-2:]] == [("cmp", "rax, -0xfff"), ("jmp", "0x101a")]
    jcc = _trampoline(plan, 0x1050)  # jae rel8 -> jae rel32 to the same target, a nop to cover 5 bytes, then back
    assert [(m, o) for _a, m, o in jcc[-3:]] == [("jae", "0x1059"), ("nop", ""), ("jmp", "0x1055")]


def test_a_plan_survives_its_bytes_and_garbage_is_refused() -> None:
    code, starts = _code()
    plan = analyse(_elf(code, starts), ENTRY_PTR, KEY)
    assert plan is not None and Plan.from_bytes(plan.to_bytes()) == plan
    for bad in (b"", b"x" * 100, plan.to_bytes()[:60]):
        with pytest.raises(ValueError):
            Plan.from_bytes(bad)


def test_a_call_from_another_function_into_the_window_refuses_the_site() -> None:
    code, starts = _code()
    # a function (no unwind entry) whose call lands 2 bytes after 0x1012's syscall, inside its window
    caller = 0x1000 + len(code)
    code += b"\xe8" + struct.pack("<i", 0x1014 - (caller + 5)) + b"\xc3"
    plan = analyse(_elf(code, starts), ENTRY_PTR, KEY)
    assert plan is not None and [off for off, _ in plan.sites] == [0x1000, 0x1050]


def test_without_eh_frame_hdr_the_eh_frame_section_gives_the_functions() -> None:
    """A static program linked without --eh-frame-hdr (Debian's busybox): its FDEs are the function starts."""
    code, starts = _code()
    data = _with_eh_frame_section(_elf(code, starts, eh=False), starts)
    assert syscallsites._eh_frame_starts(data) == starts
    plan = analyse(data, ENTRY_PTR, KEY)
    assert plan is not None and [off for off, _ in plan.sites] == [0x1000, 0x1012, 0x1050]


def test_files_without_unwind_tables_or_sites_and_malformed_ones_get_no_plan() -> None:
    code, starts = _code()
    assert analyse(_elf(code, starts, eh=False), ENTRY_PTR, KEY) is None
    assert analyse(_elf(b"\x90" * 32 + b"\xc3", [0x1000]), ENTRY_PTR, KEY) is None
    with pytest.raises(InvalidModule):
        analyse(b"\x7fELF" + bytes(60), ENTRY_PTR, KEY)
    truncated = _elf(code, starts)[:0x1800]  # code segment past the end of the file
    assert analyse(truncated, ENTRY_PTR, KEY) is None


@pytest.mark.skipif(not LIBC.exists(), reason="no glibc at /usr/lib/x86_64-linux-gnu/libc.so.6")
def test_the_host_libc_sites_are_real_syscall_instructions() -> None:
    data = LIBC.read_bytes()
    plan = analyse(data, ENTRY_PTR, KEY)
    assert plan is not None and len(plan.sites) > 300
    for off, five in plan.sites:
        assert five[0] == 0xE9
        assert data[off : off + 2] == b"\x0f\x05" or (data[off] == 0xB8 and data[off + 5 : off + 7] == b"\x0f\x05")
        first = next(_MD.disasm(data[off : off + 16], off))
        assert first.mnemonic in ("syscall", "mov")


# -- in a virtine ---------------------------------------------------------------------------------


def _run(rt: multipie.Runtime, argv: list[str]) -> tuple[int, bytes, bytes, int]:
    out, err = bytearray(), bytearray()
    with rt.load(argv[0]).spawn(timeout=60) as d:
        code = d.run(argv[1:], stdout=out, stderr=err)
        return code, bytes(out), bytes(err), d.stats.direct


@needs_vm
def test_glibc_calls_enter_without_a_trap_and_behave_as_natively(
    guests: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restarted and an interrupted read, errors, vfork and posix_spawn through glibc's rewritten sites."""
    prog = str(guests / "legacy" / "dynamic" / "sites")
    native = subprocess.run([prog], capture_output=True, timeout=60, env={})
    rt = multipie.Runtime(cache_dir=None)
    try:
        code, out, err, direct = _run(rt, [prog])
        assert (code, out, err) == (native.returncode, native.stdout, native.stderr) and code == 0
        assert direct >= 20_000  # the getppid loop, and the rest
    finally:
        rt.close()
    monkeypatch.setattr(syscallsites, "ENABLED", False)  # before: every call trapped
    monkeypatch.setattr(executables, "_images", {})  # (execve's parsed images: the child's /bin/sh)
    rt = multipie.Runtime(cache_dir=None)
    try:
        code, out, _err, direct = _run(rt, [prog])
        assert (code, out, direct) == (0, native.stdout, 0)
    finally:
        rt.close()


@needs_vm
def test_a_static_program_s_calls_go_through_its_rewritten_sites(guests: Path) -> None:
    rt = multipie.Runtime(cache_dir=None)
    try:
        code, _out, _err, direct = _run(rt, [str(guests / "legacy" / "programs" / "sysloop"), "guest", "5000"])
        assert code == 0 and direct >= 5000
    finally:
        rt.close()


@needs_vm
def test_a_read_only_mapping_of_libc_shows_the_file_s_bytes() -> None:
    """Only the code ld.so maps executable is rewritten: a program reading libc sees the file."""
    script = (
        "import hashlib, mmap\n"
        f"f = open('{LIBC}', 'rb')\n"
        "m = mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ)\n"
        "print(hashlib.sha256(m).hexdigest(), hashlib.sha256(f.read()).hexdigest())\n"
    )
    rt = multipie.Runtime(cache_dir=None)
    try:
        code, out, err, _direct = _run(rt, [PYTHON3, "-c", script])
    finally:
        rt.close()
    digest = hashlib.sha256(LIBC.read_bytes()).hexdigest()
    assert code == 0, err
    assert out.split() == [digest.encode(), digest.encode()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 0x3400), st.integers(0, 255)), max_size=12), st.booleans())
def test_damaged_files_give_no_plan_or_a_typed_error(flips: list[tuple[int, int]], section: bool) -> None:
    """Bad input never crashes the runtime: any byte of a file, changed, gives a plan, None or InvalidModule
    (with an ``.eh_frame_hdr``, or with only an ``.eh_frame`` section: ``section``)."""
    code, starts = _code()
    data = bytearray(_with_eh_frame_section(_elf(code, starts, eh=False), starts) if section else _elf(code, starts))
    for at, value in flips:
        if at < len(data):
            data[at] = value
    try:
        plan = analyse(bytes(data), ENTRY_PTR, KEY)
    except InvalidModule:
        return
    if plan is not None:
        assert all(len(five) == 5 and five[0] == 0xE9 for _off, five in plan.sites)
        assert len(plan.trampolines) <= plan.area and Plan.from_bytes(plan.to_bytes()) == plan


ITM = Path("/usr/lib/x86_64-linux-gnu/libitm.so.1")


@needs_vm
@pytest.mark.skipif(not ITM.exists(), reason="no libitm.so.1 (a small library with syscall sites) on this host")
def test_a_library_unloaded_takes_its_trampolines_with_it() -> None:
    """dlopen/dlclose 20 times: natively the library lands at one address each time; the area after its span
    must go with it (before: 20 addresses, each area left behind)."""
    script = (
        "import ctypes, _ctypes\n"
        "seen = set()\n"
        "for _ in range(20):\n"
        "    h = _ctypes.dlopen('libitm.so.1', 2)\n"
        "    f = ctypes.CDLL('libitm.so.1', handle=h)._ITM_abortTransaction\n"
        "    seen.add(ctypes.cast(f, ctypes.c_void_p).value)\n"
        "    _ctypes.dlclose(h)\n"
        "print(len(seen))\n"
    )
    native = subprocess.run([PYTHON3, "-c", script], capture_output=True, env={}, check=True)
    rt = multipie.Runtime(cache_dir=None)
    try:
        code, out, err, _direct = _run(rt, [PYTHON3, "-c", script])
    finally:
        rt.close()
    assert (code, out) == (0, native.stdout) and out == b"1\n", err


def test_a_library_s_mappings_get_the_whole_area_and_their_sites() -> None:
    """syscalls/memory.py: the span reservation's area is written whole (no stale byte after the last slot), an
    executable mapping of the text is rewritten only with that area in place."""
    from multipie.domains.legacy.syscalls import UserMemory
    from multipie.domains.legacy.syscalls.memory import _rewrite_sites

    code, starts = _code()
    data = _elf(code, starts)
    plan = analyse(data, ENTRY_PTR, KEY)
    assert plan is not None
    buf = bytearray(b"\xab" * 0x20000)
    mem = UserMemory(buf)
    base = 0x8000
    buf[base : base + len(data)] = data
    assert _rewrite_sites(mem, plan, base + 0x1000, 0x1000, 0x1000, reserved=False) == 0  # no area yet: untouched
    assert bytes(buf[base : base + len(data)]) == data
    assert _rewrite_sites(mem, plan, base, plan.span, 0, reserved=True) == 0  # the span: R only, no site in it
    assert bytes(buf[base + plan.span : base + plan.span + plan.area]) == plan.trampolines.ljust(plan.area, b"\xcc")
    assert _rewrite_sites(mem, plan, base + 0x1000, 0x1000, 0x1000, reserved=False) == len(plan.sites)
    assert all(bytes(buf[base + off : base + off + 5]) == five for off, five in plan.sites)

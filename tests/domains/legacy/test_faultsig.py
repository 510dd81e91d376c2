"""CPU faults as Linux signals: which signal and si_code, and the interrupted registers put back."""

from __future__ import annotations

import struct
import subprocess

import multipie
from multipie.domains.legacy import faultsig, sysarea
from multipie.domains.legacy.syscalls.protections import HUGE, Protections
from multipie.domains.legacy.syscalls.sigstate import SignalState
from multipie.kvm import _abi
from multipie.kvm.memory import GuestMemory
from tests.domains.legacy.conftest import needs_vm

SIZE = 64 << 20


def test_page_faults_are_sigsegv_maperr_or_accerr() -> None:
    prot = Protections(SIZE, region0=sysarea.region0(), guard=SIZE - 8 * HUGE)
    prot.set(0x600000, 0x601000, 0)
    unmapped = faultsig.classify(14, err=4, cr2=0x8, rip=0x401000, prot=prot)
    assert unmapped == faultsig.FaultSignal(11, faultsig.SEGV_MAPERR, 0x8, 4, 14)
    write_ro = faultsig.classify(14, err=4 | 2 | 1, cr2=0x500010, rip=0x401000, prot=prot)
    assert (write_ro.sig, write_ro.code, write_ro.addr) == (11, faultsig.SEGV_ACCERR, 0x500010)
    none = faultsig.classify(14, err=4, cr2=0x600008, rip=0x401000, prot=prot)  # not present, but PROT_NONE
    assert none.code == faultsig.SEGV_ACCERR
    assert none.info == struct.pack("<Q", 0x600008)


def test_other_vectors() -> None:
    assert faultsig.classify(6, err=0, cr2=0, rip=0x401234, prot=None) == faultsig.FaultSignal(4, 2, 0x401234, 0, 6)
    assert faultsig.classify(0, err=0, cr2=0, rip=0x401234, prot=None).sig == 8
    assert faultsig.classify(13, err=0, cr2=0, rip=0x401234, prot=None).code == faultsig.SI_KERNEL
    assert faultsig.classify(3, err=0, cr2=0, rip=0, prot=None) is None


class _Proc:
    def __init__(self, handler: int, mask: int = 0) -> None:
        self.signals = SignalState()
        self.signals.set_action(11, struct.pack("<4Q", handler, 0x04000000, 0, 0))
        self.sigmask = mask


def test_only_a_caught_unblocked_signal_is_handled() -> None:
    assert faultsig.handled(_Proc(0x401000), 11)
    assert not faultsig.handled(_Proc(0), 11)  # SIG_DFL
    assert not faultsig.handled(_Proc(1), 11)  # SIG_IGN: Linux kills for a fault anyway
    assert not faultsig.handled(_Proc(0x401000, mask=1 << 10), 11)  # blocked: killed too
    assert not faultsig.handled(_Proc(0x401000), 4)


def test_interrupted_registers_come_back_from_the_frame() -> None:
    mem = GuestMemory(1 << 20)
    frame = 0xDFD0
    # rsi, rdi (saved by the stub), then error code, rip, cs, rflags, rsp, ss (the CPU's)
    mem.write(frame - 16, struct.pack("<8Q", 0x5151, 0xD1D1, 7, 0x401234, 0x2B, 0x246, 0x7FF000, 0x23))
    regs = _abi.KvmRegs(rdi=14, rsi=frame, rax=99)
    assert faultsig.interrupted(mem, regs, 14, frame)
    got = (regs.rdi, regs.rsi, regs.rip, regs.rflags, regs.rsp, regs.rax)
    assert got == (0xD1D1, 0x5151, 0x401234, 0x246, 0x7FF000, 99)
    assert not faultsig.interrupted(mem, regs, 14, 8)  # a frame the guest moved out of memory: nothing changes
    mem.close()


#: What both scripts below start with: a PROT_NONE page (``none``), a read-only one (``ro``), and ``call``
#: (a raw system call: its result, or the errno's name).
BAD_PAGES = """
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype, libc.syscall.restype = ctypes.c_void_p, ctypes.c_long
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
none = libc.mmap(None, 4096, 0, 0x22, -1, 0)
ro = libc.mmap(None, 4096, 1, 0x22, -1, 0)
def call(*args):
    r = libc.syscall(*(ctypes.c_long(a) for a in args))
    return errno.errorcode[ctypes.get_errno()] if r < 0 else r
"""

#: Calls the guest answers, given a buffer in a PROT_NONE or read-only page: each answer was kept first (a missing
#: path, a system file's stat, the working directory).
BAD_BUFFERS = BAD_PAGES + """keep = ctypes.create_string_buffer(b"/usr/lib/os-release")
path = ctypes.addressof(keep)
for _ in range(2):
    os.path.exists("/nope"), os.stat("/usr/lib/os-release"), os.getcwd()
    fd = os.open("/usr/lib/os-release", os.O_RDONLY)
    print(call(257, -100, none, 0), call(262, -100, none, ro, 0), call(262, -100, path, ro, 0),
          call(262, -100, path, none, 0), call(79, ro, 100), call(79, none, 100), len(os.read(fd, 1000)))
    os.close(fd)
"""


def _twice_as_natively(rt: multipie.Runtime, script: str) -> None:
    """``python3 -c script`` run twice in one virtine domain prints exactly what it prints natively."""
    native = subprocess.run(["/usr/bin/python3", "-c", script], capture_output=True, env={}, check=True)
    svc = rt.load("/usr/bin/python3")
    with svc.spawn(timeout=60) as d:
        for _ in range(2):
            out, err = bytearray(), bytearray()
            code = d.run(["-c", script], stdout=out, stderr=err)
            assert (code, bytes(out), bytes(err)) == (0, native.stdout, native.stderr)


@needs_vm
def test_a_buffer_the_program_may_not_touch_is_efault_from_the_host(rt: multipie.Runtime) -> None:
    _twice_as_natively(rt, BAD_BUFFERS)


#: The older guest answers (fstat, rt_sigaction, rt_sigprocmask, prlimit64, readlink, prctl, getrandom, write to
#: a captured stdout, read from the read cache) given a buffer in a PROT_NONE or read-only page: EFAULT, each call
#: then answered again with a good buffer (nothing taken before the fault is lost: buffered bytes, cached ones); a
#: new action or mask with a bad ``old`` buffer is set, then EFAULT (Linux's order).
OLDER_CALLS = BAD_PAGES + """good = ctypes.create_string_buffer(256)
buf = ctypes.addressof(good)
name = ctypes.create_string_buffer(b"/proc/self/exe")
exe = ctypes.addressof(name)
acts = ctypes.create_string_buffer(bytes([1]) + bytes(31) + bytes(32) + bytes([0, 8]) + bytes(6))
ign, dfl, usr2 = (ctypes.addressof(acts) + at for at in (0, 32, 64))  # SIG_IGN, SIG_DFL, {SIGUSR2}
fd = os.open("/usr/lib/os-release", os.O_RDONLY)
os.fstat(fd)
for _ in range(2):
    print(call(5, fd, none), call(5, fd, ro), call(5, fd, buf))
    print(call(13, 10, none, 0, 8), call(13, 10, 0, ro, 8), call(13, 10, 0, none, 8), call(13, 10, 0, buf, 8))
    print(call(14, 0, none, 0, 8), call(14, 0, 0, ro, 8), call(14, 0, 0, buf, 8))
    print(call(13, 10, ign, ro, 8), call(13, 10, 0, buf, 8), good.raw[:8].hex(), call(13, 10, dfl, 0, 8))
    print(call(14, 0, usr2, ro, 8), call(14, 0, 0, buf, 8), good.raw[:8].hex(), call(14, 1, usr2, 0, 8))
    print(call(302, 0, 7, 0, ro), call(302, 0, 7, 0, none), call(302, 0, 7, 0, buf))
    print(call(89, none, buf, 100), call(89, exe, ro, 100), call(157, 16, ro), call(157, 16, none))
    print(call(318, none, 16, 0), call(318, ro, 16, 0), call(318, buf, 16, 0), flush=True)
    print(call(1, 1, none, 10), call(1, 1, exe, 5), call(1, 1, none, 10), call(1, 1, exe, 5))
    cached = os.open("/usr/lib/os-release", os.O_RDONLY)
    print(call(0, cached, ro, 10), call(0, cached, none, 10), os.read(cached, 10), call(0, cached, none, 10))
    print(os.read(cached, 10), os.lseek(cached, 0, os.SEEK_CUR))
    os.close(cached)
os.close(fd)
"""


@needs_vm
def test_older_guest_answers_are_efault_from_the_host_on_a_bad_buffer(rt: multipie.Runtime) -> None:
    _twice_as_natively(rt, OLDER_CALLS)

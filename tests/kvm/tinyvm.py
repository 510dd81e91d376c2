"""A minimal real machine on the toolbox's BaseMachine, for tests of the base machine and the pool.

Its guest (ring 3, no IDT, IOPL 3) stores rdi at :data:`SLOT` and reports with ``out`` to
:data:`PORT`; everything else is what the toolbox provides (memory, page tables, GDT, sregs,
snapshot).
"""

from __future__ import annotations

from multipie.kvm import _abi, segments
from multipie.kvm import longmode as lm
from multipie.kvm.machine import BaseMachine
from multipie.kvm.memory import GuestMemory
from multipie.kvm.snapshot import Snapshot
from multipie.kvm.vcpu import VcpuExit

SIZE = 2 << 20
CODE = 0x10000
SLOT = 0x20000
PORT = 0x10
GDT = 0x5000
TSS = 0x5100
# mov %rdi, (SLOT); out %al, $PORT; jmp .
PROGRAM = b"\x48\x89\x3c\x25" + SLOT.to_bytes(4, "little") + bytes([0xE6, PORT]) + b"\xeb\xfe"


class TinyMachine(BaseMachine):
    """A 2 MiB VM whose guest writes its argument to :data:`SLOT`."""

    def __init__(self, *, fail_in_build: bool = False) -> None:
        self.fail_in_build = fail_in_build
        super().__init__(SIZE)
        self.snapshot = Snapshot(self.vm, self.vcpu, self.memory, SIZE)

    def _build(self, mem: GuestMemory) -> None:
        small = {p: lm.KERNEL_RW if p < 6 else lm.USER_RW for p in range(1, 512)}  # page 0 unmapped
        lm.identity_map(mem, 0x1000, SIZE, small=small)
        lm.write_gdt(mem, GDT)
        mem.write(TSS, segments.tss(ist1=SIZE - 0x1000, ports=(PORT,)))
        mem.write(CODE, PROGRAM)
        self.vm.add_memory(mem, slot=0, log_dirty=True)
        self.vcpu = self.vm.create_vcpu()
        sregs = lm.long_mode_sregs(self.vcpu.get_sregs(), cr3=0x1000, gdt=GDT, gdt_limit=5 * 8 - 1)
        segments.set_tr(sregs.tr, base=TSS, limit=segments.TSS_SIZE + PORT // 8 + 1, selector=0x28)
        self.vcpu.set_sregs(sregs)
        if self.fail_in_build:
            raise RuntimeError("build failed on purpose")

    def call(self, value: int) -> int:
        """Run the guest once with ``rdi = value``; returns what it left at :data:`SLOT`."""
        regs = _abi.KvmRegs(rip=CODE, rsp=SIZE - 8, rflags=lm.USER_RFLAGS, rdi=value)
        self.vcpu.set_regs(regs) if self.vcpu.sync_regs else self.vcpu.set_regs_ioctl(regs)
        exit_ = self.vcpu.run()
        assert exit_ is VcpuExit.PORT_OUT and self.vcpu.io.port == PORT, exit_
        return self.memory.read_u64(SLOT)

    def reset(self) -> int:
        """Memory back to the snapshot (pages the guest wrote); returns how many pages."""
        return self.snapshot.restore()

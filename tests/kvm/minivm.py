"""A minimal long-mode VM built from the x86/KVM toolbox alone (kvm, vm, memory, longmode, vcpu), no image.

Ring-3 code at :data:`CODE` runs :func:`program`: by default it writes one byte to a 4 KiB page
(:data:`DATA`) and one to a 2 MiB page (:data:`HIGH`), then leaves with ``out PORT``. The tests of
``vm``, ``longmode``, ``snapshot`` and ``timeouts`` drive it directly, below the virtine machine.
"""

from __future__ import annotations

from multipie.kvm import _abi, longmode, memory, vcpu, vm

SIZE = 4 << 20  # the first 2 MiB in 4 KiB pages, then one 2 MiB page
TABLES, GDT, TSS, CODE, DATA, HIGH, PORT = 0x1000, 0x6000, 0x7000, 0x10000, 0x20000, 0x300000, 0x10
#: The TSS and an I/O bitmap allowing only PORT (PVM runs ring-3 code with IOPL 0 whatever rflags says).
_IOMAP = bytes(0xFF & ~(1 << PORT % 8) if i == PORT // 8 else 0xFF for i in range(PORT // 8 + 2))
TSS_BYTES = (104).to_bytes(2, "little").rjust(104, b"\0") + _IOMAP  # I/O bitmap offset at byte 102
PAGE = memory.PAGE
#: ``jmp $``: a guest that never leaves by itself.
SPIN = b"\xeb\xfe"


def store_byte(gpa: int, value: int) -> bytes:
    """``mov byte [gpa], value`` (gpa below 2 GiB)."""
    return b"\xc6\x04\x25" + gpa.to_bytes(4, "little") + bytes([value])


def program(low: int = 0x41, high: int = 0x42) -> bytes:
    """Write ``low`` at DATA and ``high`` at HIGH, then ``out PORT, al`` (and spin if resumed)."""
    return store_byte(DATA, low) + store_byte(HIGH, high) + bytes([0xE6, PORT]) + SPIN


class MiniVm:
    """One VM, one slot (dirty-logged unless ``log_dirty=False``), one vCPU in 64-bit ring 3 at ``CODE``."""

    def __init__(self, code: bytes | None = None, *, log_dirty: bool = True, manual: bool = False) -> None:
        self.vm = vm.Vm()
        self.mem = memory.GuestMemory(SIZE)
        small = {p: longmode.KERNEL_RW for p in (*range(TABLES // PAGE, TABLES // PAGE + 4), GDT // PAGE, TSS // PAGE)}
        small[CODE // PAGE] = longmode.USER_RO
        small[DATA // PAGE] = longmode.USER_RW
        longmode.identity_map(self.mem, TABLES, SIZE, small=small)
        limit = longmode.write_gdt(self.mem, GDT)
        self.mem.write(TSS, TSS_BYTES)
        self.mem.write(CODE, program() if code is None else code)
        self.manual = manual and self.vm.enable_manual_dirty_log()  # before the logged slot exists
        self.vm.add_memory(self.mem, log_dirty=log_dirty)
        self.vcpu = self.vm.create_vcpu()
        sregs = longmode.long_mode_sregs(self.vcpu.get_sregs(), cr3=TABLES, gdt=GDT, gdt_limit=limit)
        tr = sregs.tr  # a 64-bit TSS (its I/O bitmap lets ring 3 reach PORT); no GDT entry needed
        tr.base, tr.limit, tr.selector = TSS, len(TSS_BYTES) - 1, 0x28
        tr.type, tr.present, tr.s, tr.dpl, tr.unusable = 11, 1, 0, 0, 0
        self.vcpu.set_sregs(sregs)

    def run(self) -> vcpu.VcpuExit:
        """Enter at CODE with fresh registers; returns the first exit."""
        self.vcpu.set_regs(_abi.KvmRegs(rip=CODE, rsp=DATA + PAGE, rflags=longmode.USER_RFLAGS))
        self.vcpu.enter()
        try:
            return self.vcpu.run()
        finally:
            self.vcpu.leave()

    def close(self) -> None:
        """The vCPU first, then the VM (which unmaps the memory)."""
        self.vcpu.close()
        self.vm.close()

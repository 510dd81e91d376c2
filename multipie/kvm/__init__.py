"""The x86/KVM toolbox shared by every kind that runs guest code in a KVM virtual machine.

Virtines (:mod:`multipie.domains.virtine`) and legacy Linux programs
(:mod:`multipie.domains.legacy`) both run x86-64 code in ring 3 of a VM driven
from Python over ``/dev/kvm``. What they share lives here, once:

- :mod:`._abi` — ``linux/kvm.h`` structs and ioctl numbers, declared once.
- :mod:`.kvm` — the process-wide ``/dev/kvm`` handle; the one place an ioctl error becomes a Python error.
- :mod:`.vm` — :class:`~.vm.Vm`: VM fd, memory slots, dirty log (owns its slots' memory).
- :mod:`.vcpu` — :class:`~.vcpu.Vcpu`: ``kvm_run`` page, registers, one run step; :func:`~.vcpu.handle_exit`.
- :mod:`.memory` — :class:`~.memory.GuestMemory`: the mmap behind a slot, bounds-checked access.
- :mod:`.longmode` — page tables, GDT and sregs for 64-bit ring-3 guests entered directly.
- :mod:`.segments` — GDT/TSS/IDT descriptors and gates, segment registers.
- :mod:`.exceptions` — the table of CPU exceptions (vectors 0-31): name, trap cause, error code.
- :mod:`.elf` — the one strict ELF64 reader (virtine images and objects, legacy executables).
- :mod:`.machine` — :class:`~.machine.BaseMachine`: VM + memory + vCPU, reset to a snapshot, close.
- :mod:`.snapshot` — reset state and dirty-page restore; :mod:`.hotpages` — which written pages stay
  writable between resets (the adaptive policy); :mod:`.pool` — prepared machines.
- :mod:`.timeouts` — the watchdog that stops guest code past its deadline.

Nothing here knows about hypercalls, images or Linux system calls; the kinds
build those on top. Nothing here is imported by the Wasm path.
"""

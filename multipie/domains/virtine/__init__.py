"""Virtines: functions in their own tiny KVM virtual machine, driven from Python over ``/dev/kvm``.

Who owns what (one file per KVM object, then the virtine pieces on top):

- :mod:`._abi` — ``linux/kvm.h`` structs and ioctl numbers, declared once.
- :mod:`.kvm` — the process-wide ``/dev/kvm`` handle; ioctl error translation.
- :mod:`.vm` — :class:`~.vm.Vm`: VM fd, memory slots, dirty log (owns its slots' memory).
- :mod:`.vcpu` — :class:`~.vcpu.Vcpu`: ``kvm_run`` page, registers, one run step; :func:`~.vcpu.handle_exit`.
- :mod:`.memory` — :class:`~.memory.GuestMemory`: the mmap behind a slot, bounds-checked access.
- :mod:`.longmode` — page tables, GDT and sregs for 64-bit ring-3 guests entered directly.
- :mod:`.elf` — a strict ELF64 reader (images, objects; legacy programs reuse it).
- :mod:`.hypercalls` — the hypercall table, allow-list flags and checked dispatch.
- :mod:`.image` — the image file format; :mod:`.build` — compiling C into images.
- :mod:`.machine` — one VM prepared for an image: memory map and the call state machine.
- :mod:`.snapshot` — reset state and dirty-page restore; :mod:`.pool` — prepared machines.
- :mod:`.timeouts` — the watchdog that stops calls past their deadline.
- :mod:`.service` — :class:`~.service.VirtineService` / :class:`~.service.VirtineDomain`.

Only :mod:`.service` (and what it imports) loads when a virtine is loaded;
nothing here is imported by the Wasm path.
"""

from multipie.domains.virtine.service import CallResult, VirtineDomain, VirtineService

__all__ = ["CallResult", "VirtineDomain", "VirtineService"]

"""Virtines: functions in their own tiny KVM virtual machine, driven from Python over ``/dev/kvm``.

Built on the x86/KVM toolbox :mod:`multipie.kvm` (VM, vCPU, memory, long mode,
snapshot, pool, watchdog, ELF reader, CPU exceptions); the virtine pieces on top:

- :mod:`.hypercalls` — the hypercall table, allow-list flags and checked dispatch.
- :mod:`.image` — the image file format; :mod:`.build` — compiling C into images.
- :mod:`.machine` — one VM prepared for an image: memory map and the call state machine.
- :mod:`.windows` — zero-copy buffer and grant windows; :mod:`.grants` — region grants.
- :mod:`.service` — :class:`~.service.VirtineService` / :class:`~.service.VirtineDomain`.
- :mod:`.stats` — what a call cost (``VirtineDomain.stats``): exits, guest/host time, faults, pages.

Only :mod:`.service` (and what it imports) loads when a virtine is loaded;
nothing here is imported by the Wasm path.
"""

from multipie.domains.virtine.service import CallResult, VirtineDomain, VirtineService

__all__ = ["CallResult", "VirtineDomain", "VirtineService"]

"""Legacy programs as domains: unmodified static Linux executables and OCI images.

Who owns what:

- :mod:`.elf` — which executables run in a VM: static x86-64 ones, read by :mod:`multipie.kvm.elf`;
- :mod:`.loader` — segments into memory, the initial stack and auxv, the memory layout;
- :mod:`.sysarea` — the VM's system area and the state page shared with the guest's entry stub;
- :mod:`.machine` — one VM running a program (a :class:`multipie.kvm.machine.BaseMachine`);
- :mod:`.runner` — prepared machines per memory size; one program run;
- :mod:`.table` — the Linux x86-64 system call numbers;
- :mod:`.syscalls` — the host side of a program's system calls, against :mod:`multipie.resources.fs`;
- :mod:`.process` — the weaker fallback: dynamic executables under bubblewrap (``isolation="process"``);
- :mod:`.container` — OCI image config and layers as read-only file-system layers.

The file system a program sees is :class:`multipie.resources.fs.GuestFs` (shared
read-only layers, a private writable area, granted directories).
"""

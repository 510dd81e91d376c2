"""Legacy programs as domains: unmodified static Linux executables and OCI images.

Who owns what:

- :mod:`.elf` — validating static x86-64 ELF executables (untrusted bytes → :class:`~.elf.ElfImage`);
- :mod:`.table` — the Linux x86-64 system call numbers;
- :mod:`.syscalls` — the host side of a program's system calls, against :mod:`multipie.resources.fs`;
- :mod:`.process` — the weaker fallback: dynamic executables under bubblewrap (``isolation="process"``);
- :mod:`.container` — OCI image config and layers as read-only file-system layers.

The file system a program sees is :class:`multipie.resources.fs.GuestFs` (shared
read-only layers, a private writable area, granted directories).
"""

"""Linux system calls of a legacy program, served on the host against the file multiplexer.

Who owns what:

- :mod:`.addrspace` — :class:`UserMemory`, the program's memory as the host sees it (**every**
  guest pointer goes through its bounds checks, so a bad pointer is ``-EFAULT``, never a host
  access outside the guest), and :class:`AddressSpace`, the ``brk``/``mmap`` bookkeeping in it.
- :mod:`.state` — :class:`~.state.Process`, one program's kernel-side state (fd table, cwd, signal
  dispositions and mask, identity) and the helpers every family shares; the exceptions a call
  raises to the VM loop (:class:`ProcessExit`, :class:`Blocked`, :class:`ExecDone`); the
  :class:`ProcessHost` protocol through which calls involving other processes reach the kernel.
- One module per **family** of calls, each a set of functions ``fn(proc, a0, ..., a5) -> int`` and
  a ``HANDLERS`` table (number → function): :mod:`.files` (fd I/O, stat, fd table, pipes),
  :mod:`.paths` (file names), :mod:`.memory`, :mod:`.processes`, :mod:`.threads`, :mod:`.signals`,
  :mod:`.clocks`, :mod:`.misc`.
- :mod:`.dispatch` — the one table built from the families, and :class:`LinuxProcess`, whose
  :meth:`~LinuxProcess.syscall` is the single dispatch point ``(nr, a0..a5) -> result`` used by the
  VM loop. Calls not in the table return ``-ENOSYS`` and are recorded as :class:`PolicyEvent` s.

Adding a system call is one function in its family's module plus one entry in that module's
``HANDLERS``; a new family (sockets, say) is a new module with a ``HANDLERS`` table, listed in
:data:`.dispatch.FAMILIES`.

Nothing here runs guest code or touches KVM; the VM side calls :meth:`LinuxProcess.syscall` with
the registers of each trapped ``syscall``.
"""

from multipie.domains.legacy.syscalls.addrspace import HOLES_MAX, PAGE, AddressSpace, BadAddress, UserMemory
from multipie.domains.legacy.syscalls.dispatch import SUPPORTED, LinuxProcess, describe_supported
from multipie.domains.legacy.syscalls.state import (
    Blocked,
    ExecDone,
    PolicyEvent,
    ProcessExit,
    ProcessHost,
    ProcessInfo,
)
from multipie.domains.legacy.table import Sys

__all__ = [
    "HOLES_MAX",
    "PAGE",
    "SUPPORTED",
    "AddressSpace",
    "BadAddress",
    "Blocked",
    "ExecDone",
    "LinuxProcess",
    "PolicyEvent",
    "ProcessExit",
    "ProcessHost",
    "ProcessInfo",
    "Sys",
    "UserMemory",
    "describe_supported",
]

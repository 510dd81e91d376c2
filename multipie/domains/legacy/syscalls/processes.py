"""Process system calls: exit, fork/vfork/clone, execve, wait4, identity, limits, ``prctl``.

Calls that involve other processes are served by the run's kernel
(:class:`~multipie.domains.legacy.syscalls.state.ProcessHost`); without one they are refused
(``-ENOSYS`` plus a policy event). :data:`HANDLERS` is this family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import struct

from multipie.domains.legacy.syscalls.state import RLIM_INF, RLIMITS, Handler, Process, ProcessExit, s32
from multipie.domains.legacy.table import Sys
from multipie.resources.fs import FsError

__all__ = ["HANDLERS"]


def sys_exit_group(proc: Process, code: int, *_: int) -> int:
    raise ProcessExit(code & 0xFF)  # every thread ends with the process (``exit`` ends one: threads.py)


def sys_fork(proc: Process, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.fork)
    return proc.kernel.clone(proc, 17, 0, 0, 0, 0)  # SIGCHLD


def sys_vfork(proc: Process, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.vfork)
    return proc.kernel.clone(proc, 0x4000 | 0x100 | 17, 0, 0, 0, 0)  # CLONE_VFORK | CLONE_VM | SIGCHLD


def sys_clone(proc: Process, flags: int, stack: int, ptid: int, ctid: int, tls: int, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.clone, flags, stack, ptid, ctid, tls)
    return proc.kernel.clone(proc, flags & 0xFFFFFFFF, stack, ptid, ctid, tls)


def _strings(proc: Process, addr: int) -> list[str]:
    out: list[str] = []
    total = 0
    while addr:
        p = proc.mem.u64(addr + 8 * len(out))
        if not p:
            break
        if len(out) >= 4096:
            raise FsError(E.E2BIG, "argument list too long")
        raw = proc.mem.cstring(p, 128 << 10)
        total += len(raw) + 1
        if total > (256 << 10):
            raise FsError(E.E2BIG, "argument list too long")
        out.append(raw.decode("utf-8", "surrogateescape"))
    return out


def sys_execve(proc: Process, path: int, argv: int, envp: int, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.execve, path, argv, envp)
    p = proc.read_path(path)
    if not p:
        return -E.ENOENT
    return proc.kernel.execve(proc, p, _strings(proc, argv), _strings(proc, envp))


def sys_wait4(proc: Process, pid: int, status: int, options: int, rusage: int, *_: int) -> int:
    if proc.kernel is None:
        return proc.denied(Sys.wait4, pid, status, options, rusage)
    if options & ~(1 | 2 | 8 | 0x40000000 | 0x80000000 | 0x20000000):
        return -E.EINVAL
    if status:
        proc.mem._off(status, 4)
    if rusage:
        proc.mem._off(rusage, 144)
    child, st = proc.kernel.wait4(proc, s32(pid), options)
    if child and status:
        proc.mem.write(status, struct.pack("<i", st))
    if child and rusage:
        proc.mem.zero(rusage, 144)
    return child


_WAITID_OPTIONS = 1 | 2 | 4 | 8 | 0x20000000 | 0x40000000 | 0x80000000  # WNOHANG, WSTOPPED, WEXITED, ...


def sys_waitid(proc: Process, idtype: int, ident: int, infop: int, options: int, rusage: int, *_: int) -> int:
    if proc.kernel is None or options & 0x01000000:  # WNOWAIT would leave the child unreaped: not served
        return proc.denied(Sys.waitid, idtype, ident, infop, options, rusage)
    if options & ~_WAITID_OPTIONS or not options & 4 or idtype not in (0, 1, 2):  # WEXITED is what ends
        return -E.EINVAL
    pid = {0: -1, 1: s32(ident), 2: -s32(ident) if ident else 0}[idtype]  # P_ALL, P_PID, P_PGID
    if infop:
        proc.mem._off(infop, 128)
    child, st = proc.kernel.wait4(proc, pid, options & 1)
    if child < 0:
        return child
    if infop:
        proc.mem.zero(infop, 128)  # WNOHANG with no child ready: si_pid 0, as Linux leaves it
        if child:
            code, status = (1, st >> 8 & 0xFF) if st & 0x7F == 0 else (3 if st & 0x80 else 2, st & 0x7F)
            proc.mem.write(infop, struct.pack("<iiiiiIi", 17, 0, code, 0, child, proc.info.uid, status))
    if rusage:
        proc.mem.zero(rusage, 144)
    return 0


def sys_getpid(proc: Process, *_: int) -> int:
    return proc.info.pid


def sys_getppid(proc: Process, *_: int) -> int:
    return proc.info.ppid


def sys_getpgrp(proc: Process, *_: int) -> int:
    return proc.info.pid


def sys_getpgid(proc: Process, *_: int) -> int:
    return proc.info.pid


def sys_getsid(proc: Process, *_: int) -> int:
    return proc.info.pid


def _priority_target(proc: Process, which: int, who: int) -> int:
    """0 when ``(which, who)`` names the calling process (or its group, or its user, root), else ``-errno``."""
    if which not in (0, 1, 2):  # PRIO_PROCESS, PRIO_PGRP, PRIO_USER
        return -E.EINVAL
    return 0 if s32(who) in (0, proc.info.pid if which < 2 else proc.info.uid) else -E.ESRCH


def sys_getpriority(proc: Process, which: int, who: int, *_: int) -> int:
    """The nice value as the raw call returns it (``20 - nice``); only the calling process is known."""
    err = _priority_target(proc, which, who)
    return err or 20 - int(proc.info.extra.get("nice", 0))


def sys_setpriority(proc: Process, which: int, who: int, prio: int, *_: int) -> int:
    """Record the nice value (clamped to -20..19, inherited by children); it changes no scheduling here."""
    err = _priority_target(proc, which, who)
    if not err:
        proc.info.extra["nice"] = min(max(s32(prio), -20), 19)
    return err


def sys_getuid(proc: Process, *_: int) -> int:
    return proc.info.uid


def sys_getgid(proc: Process, *_: int) -> int:
    return proc.info.gid


def sys_getresuid(proc: Process, r: int, e: int, s: int, *_: int) -> int:
    for p in (r, e, s):
        proc.mem.write(p, struct.pack("<I", proc.info.uid))
    return 0


def sys_getresgid(proc: Process, r: int, e: int, s: int, *_: int) -> int:
    for p in (r, e, s):
        proc.mem.write(p, struct.pack("<I", proc.info.gid))
    return 0


def sys_getgroups(proc: Process, size: int, lst: int, *_: int) -> int:
    return 0


def sys_prlimit64(proc: Process, pid: int, res: int, new: int, old: int, *_: int) -> int:
    if res >= 16:
        return -E.EINVAL
    pid = s32(pid)
    if pid and pid != proc.info.pid and (proc.kernel is None or proc.kernel.kill(proc, pid, 0) < 0):
        return -E.ESRCH
    if new:  # checked as Linux does; the limits themselves stay fixed (the guest answers queries from a table)
        soft, hard = struct.unpack("<QQ", proc.mem.read(new, 16))
        if soft > hard:
            return -E.EINVAL
    if old:
        proc.mem.write(old, struct.pack("<QQ", *RLIMITS.get(res, (RLIM_INF, RLIM_INF))))
    return 0


def sys_getrlimit(proc: Process, res: int, old: int, *_: int) -> int:
    return sys_prlimit64(proc, 0, res, 0, old)


def sys_prctl(proc: Process, option: int, arg2: int, *_: int) -> int:
    if option == 15:  # PR_SET_NAME
        raw = proc.mem.read(arg2, 16)
        proc.info.extra["comm"] = raw.split(b"\0", 1)[0][:15]  # truncated like Linux's strncpy
        return 0
    if option == 16:  # PR_GET_NAME
        proc.mem.write(arg2, bytes(proc.info.extra.get("comm", b"prog"))[:15].ljust(16, b"\0"))
        return 0
    return -E.EINVAL


def sys_arch_prctl(proc: Process, code: int, addr: int, *_: int) -> int:
    if code == 0x1002:  # ARCH_SET_FS
        if addr >= (1 << 47):
            return -E.EPERM
        proc.fs_base = addr
        if proc.on_set_fs is not None:
            proc.on_set_fs(addr)
        return 0
    if code == 0x1003:  # ARCH_GET_FS
        proc.mem.put_u64(addr, proc.fs_base)
        return 0
    return -E.EINVAL


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.getpriority: sys_getpriority,
    Sys.setpriority: sys_setpriority,
    Sys.fork: sys_fork,
    Sys.vfork: sys_vfork,
    Sys.clone: sys_clone,
    Sys.execve: sys_execve,
    Sys.wait4: sys_wait4,
    Sys.waitid: sys_waitid,
    Sys.getpid: sys_getpid,
    Sys.getppid: sys_getppid,
    Sys.getpgrp: sys_getpgrp,
    Sys.getpgid: sys_getpgid,
    Sys.getsid: sys_getsid,
    Sys.getuid: sys_getuid,
    Sys.getgid: sys_getgid,
    Sys.getresuid: sys_getresuid,
    Sys.getresgid: sys_getresgid,
    Sys.getgroups: sys_getgroups,
    Sys.prlimit64: sys_prlimit64,
    Sys.getrlimit: sys_getrlimit,
    Sys.prctl: sys_prctl,
    Sys.arch_prctl: sys_arch_prctl,
    Sys.exit_group: sys_exit_group,
    Sys.geteuid: sys_getuid,
    Sys.getegid: sys_getgid,
}

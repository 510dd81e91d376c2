"""The weaker fallback: a Linux program in its own process, confined by bubblewrap.

``isolation="process"`` runs what the virtine path cannot (dynamically linked
executables, programs needing ``fork``/``exec``, sockets, threads) with
`bubblewrap <https://github.com/containers/bubblewrap>`_: new user, PID, IPC,
UTS, cgroup and network namespaces, no network, an empty root with the host's
``/usr``, ``/lib*``, ``/bin``, ``/sbin`` **read-only**, the same filtered
``/etc`` a virtine's host program sees (:mod:`multipie.resources.fs.sysroot`:
the listed host files, and the guest's own ``passwd``, ``group``, ``hostname``
and ``hosts``), a private ``/tmp``, and only the granted directories bound in. It is clearly weaker
than a virtine: the program makes real system calls into the host kernel
(the whole Linux syscall surface is reachable, only namespaced), and it can
read the host's system directories. :attr:`ISOLATION_NOTE` says so wherever
it is reported.

The program's bytes are written once to a content-addressed file under the
cache directory and bound read-only at ``/run/multipie/<argv0>``.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from multipie.domains.legacy.stdio import Stream, host_streams
from multipie.errors import OutOfMemory, Timeout, Trap, TrapCode, UsageError
from multipie.resources.fs import grant_mode
from multipie.resources.fs.sysroot import PRIVATE_FILES, SYSTEM_DIRS, system_filter

__all__ = ["BWRAP", "ISOLATION_NOTE", "available", "bwrap_argv", "run_sandboxed"]

BWRAP = shutil.which("bwrap") or "/usr/bin/bwrap"
PROG_DIR = "/run/multipie"
ISOLATION_NOTE = (
    "isolation=process (bubblewrap): weaker than a virtine — the program calls the host kernel directly "
    "(namespaced, no network) and sees the host's /usr, /lib, /bin and a filtered /etc read-only"
)
_SYSTEM_DIRS = tuple("/" + d for d in SYSTEM_DIRS)
_SIGNAL_TRAPS = {
    signal.SIGSEGV: TrapCode.PAGE_FAULT,
    signal.SIGBUS: TrapCode.PAGE_FAULT,
    signal.SIGILL: TrapCode.ILLEGAL_INSTRUCTION,
    signal.SIGFPE: TrapCode.INTEGER_DIVISION_BY_ZERO,
}


def available() -> bool:
    """True when bubblewrap is installed."""
    return os.access(BWRAP, os.X_OK)


def stage_program(data: bytes, digest: str, cache_dir: Path | None) -> Path:
    """The program's bytes as an executable file named by its digest (written once)."""
    root = (cache_dir or Path(tempfile.gettempdir()) / "multipie-progs") / "progs"
    root.mkdir(parents=True, exist_ok=True)
    path = root / digest.replace(":", "-")
    if not path.exists():
        fd, tmp = tempfile.mkstemp(dir=root)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o555)
        os.replace(tmp, path)
    return path


def bwrap_argv(
    prog: Path | None,
    argv: Sequence[str],
    *,
    env: Mapping[str, str],
    dirs: Mapping[str, str],
    cwd: str = "/",
    root: Path | None = None,
) -> list[str]:
    """The bubblewrap command line for one run.

    Args:
        prog: host path of the executable (bound read-only at ``/run/multipie/<basename of argv[0]>``), or
            ``None``: ``argv[0]`` is the program's path inside ``root`` (a container's).
        argv: the program's argv (argv[0] included).
        env: its whole environment (nothing is inherited).
        dirs: ``{host_dir: guest_path}`` bound read-write (read-only for a guest path ending in ``:ro``).
        cwd: working directory inside.
        root: a host directory bound read-only as ``/`` (a container's unpacked root) instead of
            the host's system directories.
    """
    cmd = [BWRAP, "--unshare-all", "--hostname", "multipie", "--die-with-parent", "--new-session", "--clearenv"]
    if root is not None:
        cmd += ["--ro-bind", str(root), "/"]
    else:
        for d in _SYSTEM_DIRS:
            cmd += ["--ro-bind-try", d, d]
        for etc in system_filter().names():
            if etc.startswith("/etc/"):
                cmd += ["--ro-bind-try", etc, etc]
        for guest, copy in _private_files(prog).items():
            cmd += ["--ro-bind", str(copy), guest]
    # bwrap 0.8 cannot set argv[0]: bind the program under argv[0]'s base name (busybox dispatches on it).
    base = os.path.basename(argv[0]) if argv else "prog"
    target = f"{PROG_DIR}/{base if base and base not in ('.', '..') else 'prog'}"
    cmd += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    if prog is None:
        target = argv[0]
    else:
        cmd += ["--ro-bind", str(prog), target]
    for host, spec in dirs.items():
        hp = Path(host)
        if not hp.is_dir():
            raise UsageError(f"directory grant {host!r}: not a directory on the host")
        guest, readonly = grant_mode(spec)
        bind = "--ro-bind" if readonly else "--bind"
        cmd += [bind, str(hp.resolve()), guest if guest.startswith("/") else "/" + guest]
    for k, v in env.items():
        cmd += ["--setenv", str(k), str(v)]
    cmd += ["--chdir", cwd, "--", target, *argv[1:]]
    return cmd


def _private_files(prog: Path | None) -> dict[str, Path]:
    """The guest's own ``/etc`` files (``PRIVATE_FILES``), written once beside the staged programs."""
    where = (prog.parent if prog is not None else Path(tempfile.gettempdir())) / "etc"
    out: dict[str, Path] = {}
    for guest, data in PRIVATE_FILES.items():
        path = where / os.path.basename(guest)
        if not path.is_file() or path.read_bytes() != data:
            where.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=where)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, 0o444)
            os.replace(tmp, path)
        out[guest] = path
    return out


def run_sandboxed(
    cmd: list[str],
    *,
    label: str,
    stdin: Stream,
    stdout: Stream,
    stderr: Stream,
    memory_limit: int | None,
    timeout: float | None,
) -> int:
    """Run a bubblewrap command line to completion; returns the program's exit code.

    Raises:
        UsageError: bubblewrap is not installed.
        Timeout: it ran past ``timeout`` (the whole sandbox is killed).
        Trap: it died of a fault signal (SIGSEGV, SIGILL, SIGFPE, SIGBUS).
        OutOfMemory: it was killed after exhausting ``memory_limit``.
    """
    if not available():
        raise UsageError('isolation="process" needs bubblewrap (Debian package bubblewrap)')

    def limit() -> None:  # runs in the child before exec
        if memory_limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    with ExitStack() as stack:
        fin, fout, ferr, data = host_streams(stdin, stdout, stderr, stack)
        proc = subprocess.Popen(
            cmd, stdin=fin, stdout=fout, stderr=ferr, preexec_fn=limit, start_new_session=True, close_fds=True
        )
        try:
            out, err = proc.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise Timeout(f"{label}: ran past its {timeout} s limit and was killed", domain=label) from None
        except BaseException:
            _kill(proc)
            raise
        out_chunks = {"stdout": out or b"", "stderr": err or b""}
        for which, stream in (("stdout", stdout), ("stderr", stderr)):
            chunk = out_chunks[which]
            if chunk and stream is not None and not isinstance(stream, (str, os.PathLike)):
                if isinstance(stream, bytearray):
                    stream += chunk
                else:
                    _write_any(stream, chunk)
    code = proc.returncode
    if code < 0:
        sig = signal.Signals(-code)
        trap = _SIGNAL_TRAPS.get(sig)
        if trap is not None:
            raise Trap(f"{label}: killed by {sig.name}", code=trap, domain=label)
        if sig == signal.SIGKILL and memory_limit is not None:
            raise OutOfMemory(f"{label}: killed by SIGKILL (memory limit {memory_limit} bytes)", domain=label)
        return 128 + sig.value
    # bubblewrap reports a child killed by a signal as 128+N itself.
    if code > 128 and code - 128 in _SIGNAL_TRAPS:
        sig = signal.Signals(code - 128)
        raise Trap(f"{label}: killed by {sig.name}", code=_SIGNAL_TRAPS[sig], domain=label)
    return code


def _write_any(stream: Any, data: bytes) -> None:
    if getattr(stream, "encoding", None) is not None:
        buf = getattr(stream, "buffer", None)
        if buf is not None:
            stream.flush()
            buf.write(data)
            buf.flush()
        else:
            stream.write(data.decode("utf-8", "replace"))
    else:
        stream.write(data)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()

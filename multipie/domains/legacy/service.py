"""Legacy programs as a domain kind: :class:`LegacyService` (kind ``"elf"``) and its domains.

``rt.load("prog")`` on an ELF file (or ``kind="elf"``) validates it once
(:mod:`.elf`) and returns an :class:`LegacyService`. Each :meth:`LegacyService.spawn`
gives a domain with its own private file area over the service's shared
read-only layers; :meth:`LegacyDomain.run` executes the program in it (fresh
process state each time, the private area persists for the domain's life).

Two isolations share this API:

- ``"virtine"`` (default): the program runs in ring 3 of its own KVM VM; its
  system calls are served by :mod:`.syscalls` (see :mod:`.machine`).
- ``"process"``: bubblewrap (:mod:`.process`), for dynamic executables and
  programs needing more of Linux; clearly weaker, and reported as such.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie.domains.base import Backend, Command, Domain, ExportInfo, ImportInfo, Limits, Service, check_streams
from multipie.domains.legacy import elf, executables, process, roots, siterewrite, syscallsites
from multipie.domains.legacy.stdio import Stream
from multipie.errors import (
    ArgumentError,
    CapabilityError,
    DomainError,
    InvalidModule,
    NoSuchExport,
    UsageError,
)
from multipie.kvm.vcpu import install_kick_handler
from multipie.resources.fs import FsError, GuestFs, HostOpenFile, Layer, grant_mode
from multipie.resources.net import NetPolicy, Network

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = ["BACKEND", "LegacyService", "GUEST_ANSWERED", "LegacyDomain", "ISOLATIONS", "load_elf"]

ISOLATIONS = ("virtine", "process")
#: System calls the guest-side stub (``guest/legacy/entry.S``) answers without leaving the VM.
GUEST_ANSWERED = (
    "read (from the read cache)", "brk", "mmap (anonymous)", "munmap", "mremap", "madvise",
    "mprotect", "getpid", "gettid", "getuid", "geteuid",
    "getgid", "getegid", "set_tid_address", "set_robust_list", "rseq (ENOSYS)", "prlimit64 (queries)", "getrandom",
    "readlink(/proc/self/exe)", "prctl(PR_GET_NAME)",
)  # fmt: skip
_START = ExportInfo("_start", "function", "(argv...) -> exit status")


def load_elf(host: Host, data: bytes, *, name: str, digest: str, **options: Any) -> LegacyService:
    """The ``elf`` backend's loader: validate ``data`` and wrap it as a service (options: :class:`LegacyService`)."""
    # Timeouts kick the vCPU with a signal whose handler only the main thread can install; machines are
    # made on a domain's first run, often in another thread (a gateway's), so install it now.
    install_kick_handler()
    return LegacyService(host, data, name=name, digest=digest, **options)


class LegacyService(Service["LegacyDomain"]):
    """A validated Linux x86-64 executable, ready to run in domains.

    Args:
        host: the owning runtime's host.
        data: the executable's bytes.
        name: human name (used as ``argv[0]``).
        digest: ``sha256:...`` of ``data``.
        isolation: ``"virtine"`` (default; static executables only) or ``"process"`` (bubblewrap).
        layers: host directories (top first) forming the read-only root file system (containers).
        argv: default arguments (``argv[1:]``) when a run gives none (containers' Cmd).
        env: default environment.
        cwd: default working directory.
        exe: the program's path inside its file system (what ``/proc/self/exe`` reads; default:
            from ``path``, :func:`.roots.program_path`).
        path: the real host path of the file it was loaded from (``Runtime.load`` passes it).
        root: for ``isolation="process"`` with layers: the unpacked root directory to bind as ``/``.
        net: host addresses its domains may reach, e.g. ``["connect:127.0.0.1:5432",
            "listen:0.0.0.0:8080"]`` (:class:`~multipie.resources.net.NetPolicy`; default none:
            sockets stay inside each domain's own network).
        host_root: what of the host a program without ``layers`` sees (:data:`.roots.HOST_ROOTS`):
            ``"system"`` (default: the host's system tree, filtered), ``"derived"`` (only what its
            interpreter and libraries need), ``"none"``.

    Raises:
        InvalidModule: not a loadable executable (dynamic ones need ``isolation="process"``).
        UsageError: unknown isolation, or bubblewrap missing for ``"process"``.
    """

    kind = "elf"

    def __init__(
        self,
        host: Host,
        data: bytes,
        *,
        name: str,
        digest: str,
        isolation: str = "virtine",
        layers: Sequence[str | os.PathLike[str]] = (),
        argv: Sequence[str] | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str = "/",
        exe: str | None = None,
        root: str | os.PathLike[str] | None = None,
        net: Sequence[str] = (),
        host_root: str = "system",
        path: str | None = None,
        _validate: bool = True,
    ) -> None:
        super().__init__(host, name=name, digest=digest)
        if host.cache_dir is not None:
            siterewrite.use_cache_dir(host.cache_dir)  # syscall-site plans outlive the process there
        if isinstance(net, str):
            raise UsageError(f"{name}: net must be a list of grants, got the string {net!r}")
        self.net = NetPolicy(net)
        if isolation not in ISOLATIONS:
            raise UsageError(f"{name}: unknown isolation {isolation!r} (choose from {', '.join(ISOLATIONS)})")
        self.isolation = isolation
        self.data = bytes(data)
        self.default_argv = list(argv) if argv is not None else None
        self.default_env = dict(env or {})
        self.cwd = cwd
        self.exe = exe or roots.program_path(path, name)
        self.root = Path(root) if root is not None else None
        try:
            self.layers = [Layer.shared(p) for p in layers]
        except FsError as exc:
            raise UsageError(f"{name}: layer {exc.filename or exc}: not a directory") from exc
        #: ``host_root`` policy of a program without an image (``None`` for an image's program).
        self.host_root: str | None = None if self.layers else host_root
        self._closure: Any = None
        if not self.layers and isolation == "virtine":
            self.layers, self._closure = roots.host_layers(host_root, self.data, exe=self.exe, name=name)
        if isolation == "process":
            if not process.available():
                raise UsageError(f'{name}: isolation="process" needs bubblewrap (Debian package bubblewrap)')
            if _validate and self.data[:4] != b"\x7fELF":
                raise InvalidModule(f"{name}: not an ELF executable")
            self.image: elf.ElfImage | None = None
            self.prog_path = process.stage_program(self.data, digest, host.cache_dir) if _validate else None
        else:
            self.image = self._link(name) if _validate else None
        self._machine_pool: Any = None
        #: What the last :meth:`run_command` cost (``RunStats``; ``None`` under ``isolation="process"``).
        self.last_stats: Any = None

    def _link(self, name: str) -> elf.ElfImage:
        """The program as machines load it; a dynamic one with its interpreter from the program's own view."""
        if not elf.is_dynamic(self.data):
            return elf.parse(self.data, where=name)
        return executables.load_program(self.data, where=name, read=executables.fs_reader(self.view()))

    def view(self, quota: int = 64 << 20) -> GuestFs:
        """A fresh file view of this program's layers (for a host program: the root its ``host_root`` gives)."""
        return GuestFs(self.layers, quota=quota)

    @property
    def imports(self) -> Sequence[ImportInfo]:
        """What it asks of the host: Linux system calls (served by the runtime, or the kernel under bwrap)."""
        if self.isolation == "process":
            return [ImportInfo("linux", "kernel", "syscalls", "host kernel (namespaced by bubblewrap)")]
        from multipie.domains.legacy.syscalls import SUPPORTED

        return [ImportInfo("linux", "syscalls", "syscalls", f"{len(SUPPORTED)} served by the runtime, others ENOSYS")]

    @property
    def exports(self) -> Sequence[ExportInfo]:
        """One entry point, ``_start``: run the program with string arguments."""
        return [_START]

    def details(self) -> dict[str, object]:
        """Isolation, entry point, segments and TLS (for ``multipie inspect``)."""
        info: dict[str, object] = {"isolation": self.isolation, "size": len(self.data)}
        if self.image is not None:
            img = self.image
            info["entry"] = f"0x{img.entry:x}"
            info["segments"] = [
                f"0x{s.vaddr:x}+0x{s.memsz:x} {'r' if s.flags & 4 else '-'}{'w' if s.flags & 2 else '-'}"
                f"{'x' if s.flags & 1 else '-'}"
                for s in img.segments
            ]
            info["tls"] = f"{img.tls[2]} bytes" if img.tls else "none"
            if isinstance(img, elf.LinkedImage) and img.program is not None:  # entry above: the interpreter's
                info["loaded"] = f"{img.interp_path} at 0x{img.interp_base:x}, program entry 0x{img.program.entry:x}"
            info["answered_in_guest"] = list(GUEST_ANSWERED)
            info["syscall_sites"] = self._sites(img)
        else:
            info["note"] = process.ISOLATION_NOTE
        if self.host_root is None:
            info["layers"] = [str(layer.root) for layer in self.layers]
        policy = self.host_root if self.isolation == "virtine" else None  # bubblewrap's root: see the note
        info.update(roots.describe_root(policy, self.layers, self.closure()))
        return info

    def _sites(self, img: elf.ElfImage) -> str:
        """How many syscall sites of the program, its interpreter and its libraries enter without a trap."""
        if not syscallsites.ENABLED:
            return "not rewritten (MULTIPIE_SYSCALL_SITES=0): every syscall traps"
        parts = [f"{name} {n}" for name, n in siterewrite.rewritten(img)]
        closure, fs = self.closure(), self.view()
        for lib in closure.libraries if closure is not None else []:
            if lib.path is None:
                continue
            try:
                f = fs.open(lib.path, os.O_RDONLY, 0, "/")
            except FsError:
                continue
            try:
                plan = siterewrite.for_file(f.fd) if isinstance(f, HostOpenFile) else None
            finally:
                f.close()
            parts.append(f"{lib.name} {len(plan.sites) if plan is not None else 0}")
        return "rewritten to enter the guest without a trap: " + ", ".join(parts)

    def closure(self) -> Any:
        """The program's interpreter and libraries resolved in its root (a :class:`.closure.Closure`), or ``None``."""
        if self._closure is None and self.data[:4] == b"\x7fELF":
            from multipie.resources.fs.sysroot import system_layer

            layers = self.layers if self.host_root is None else [system_layer()]
            self._closure = roots.image_closure(layers, self.data, exe=self.exe)
        return self._closure

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """Limits of a spawn (legacy programs take no ``fuel``).

        Raises:
            UsageError: ``fuel`` was given (legacy programs are not metered) or a bad limit.
        """
        if fuel is not None:
            raise UsageError(f"{self.name}: legacy programs are not fuel-metered; use timeout=")
        return self.host.limits(memory_limit=memory_limit, fuel=None, timeout=timeout)

    def _construct(self, limits: Limits, grants: Mapping[str, Any] | None) -> LegacyDomain:  # type: ignore[override]
        """A new domain: a private file area over the shared layers; run the program with :meth:`LegacyDomain.run`.

        Raises:
            CapabilityError: grants were given (legacy programs take directories, not capabilities).
        """
        if grants:
            self.bind_grants(grants)
        return LegacyDomain(self, limits)

    def bind_grants(self, grants: Mapping[str, Any]) -> Any:
        """Legacy programs take directories (``Command.dirs``), not capabilities.

        Raises:
            CapabilityError: always.
        """
        raise CapabilityError(
            f"{self.name}: legacy programs take directories, not capabilities (grants={sorted(grants)!r})"
        )

    def run_command(
        self,
        command: Command,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run the program once in a fresh domain (what ``Runtime.run_command`` calls); returns its exit status."""
        d = self.spawn(memory_limit=memory_limit, fuel=fuel, timeout=timeout)
        self.last_stats = None
        with d:
            c = command
            code = d.run(list(c.args) or None, env=c.env or None, dirs=c.dirs, stdin=c.stdin, stdout=c.stdout,
                         stderr=c.stderr)  # fmt: skip
            self.last_stats = d.stats
            return code

    def program_for(self, args: Sequence[str] | None, fs: GuestFs, env: dict[str, str]) -> tuple[Any, list[str], str]:
        """``(machine pool, argv, exe path)`` for one run (containers resolve the program per run)."""
        return self._machines(), [self.name, *(list(args) if args is not None else (self.default_argv or []))], self.exe

    def process_argv(self, args: Sequence[str] | None) -> tuple[Path | None, list[str]]:
        """``isolation="process"``: ``(staged program or None to run argv[0] by its path, argv)``."""
        return self.prog_path, [self.name, *(list(args) if args is not None else (self.default_argv or []))]

    def release_idle(self) -> int:
        """Close the idle prepared machines of every memory size, and the layers' directory watches.

        The pools stay and refill on later runs; the watches (an inotify fd per layer,
        :meth:`~multipie.resources.fs.layers.Layer.drop_watches`) are made again by later lookups.
        """
        Layer.drop_watches()
        return self._machine_pool.pools.drain() if self._machine_pool is not None else 0

    def close(self) -> None:
        """Close the idle prepared machines (``Runtime.close`` calls this)."""
        if self._machine_pool is not None:
            self._machine_pool.close()

    def _machines(self) -> Any:
        if self._machine_pool is None:
            from multipie.domains.legacy.runner import Runner

            assert self.image is not None
            self._machine_pool = Runner(self.image, name=self.name)
        return self._machine_pool


class LegacyDomain(Domain):
    """One instance of a legacy program: its private file area (kept across runs) and its limits."""

    service: LegacyService

    def __init__(self, service: LegacyService, limits: Limits) -> None:
        super().__init__(service, limits)
        #: Policy events (refused system calls) and the full result of the last run.
        self.last_events: list[Any] = []
        self.last_result: Any = None
        #: Its own network (loopback, ``AF_UNIX`` names), with the service's ``net`` grants.
        self.net = Network(service.net)
        if service.isolation == "process":
            self._tmp: str | None = tempfile.mkdtemp(prefix="multipie-proc-")
            self.fs: GuestFs | None = None
        else:
            self._tmp = None
            self.fs = roots.domain_fs(
                service.layers, image=service.host_root is None, quota=min(limits.memory_limit or (64 << 20), 1 << 30),
                name=service.name, memory_limit=limits.memory_limit,
            )  # fmt: skip

    def run(
        self,
        args: Sequence[str] | None = None,
        *,
        env: Mapping[str, str] | None = None,
        dirs: Mapping[str, str] | None = None,
        stdin: Stream = None,
        stdout: Stream = None,
        stderr: Stream = None,
        cwd: str | None = None,
        argv0: str | None = None,
    ) -> int:
        """Run the program to completion in this domain; returns its exit status.

        Args:
            args: ``argv[1:]`` (default: the service's, e.g. an image's Cmd).
            env: environment (default: the service's).
            dirs: host directories to grant, ``{host: guest_path}``: read-write, or read-only
                when the guest path ends in ``:ro`` (``{"/srv/data": "/data:ro"}``).
            stdin, stdout, stderr: see :func:`multipie.domains.legacy.stdio.guest_streams`.
            cwd: working directory (default: the service's).
            argv0: ``argv[0]`` (default: the service name).

        Raises:
            Trap: the program faulted (bad memory access, illegal instruction); the domain is torn down.
            Timeout: it ran past the domain's timeout; the domain is torn down.
            OutOfMemory: it exhausted the domain's memory; the domain is torn down.
            DomainClosed: the domain is closed.
        """
        if not self.is_open:
            raise self._closed_error()
        if isinstance(args, (str, bytes)):
            raise ArgumentError(
                f"{self.label}: args must be a list of arguments, got a bare {type(args).__name__} {args!r} "
                f"(write [{args!r}], or {str(args).split()!r} for several)"
            )
        check_streams(stdin=stdin, stdout=stdout, stderr=stderr)
        svc = self.service
        argv = [argv0 or svc.name, *(list(args) if args is not None else (svc.default_argv or []))]
        environ = {**svc.default_env, **env} if env is not None else dict(svc.default_env)
        workdir = cwd or svc.cwd
        try:
            if svc.isolation == "process":
                binds = {self._tmp: "/tmp", **dict(dirs or {})} if self._tmp else dict(dirs or {})
                prog, pargv = svc.process_argv(args)
                cmd = process.bwrap_argv(prog, [argv[0], *pargv[1:]] if prog is not None else pargv, env=environ,
                                         dirs=binds, cwd=workdir, root=svc.root)  # fmt: skip
                return process.run_sandboxed(cmd, label=self.label, stdin=stdin, stdout=stdout, stderr=stderr,
                                             memory_limit=self.limits.memory_limit, timeout=self.limits.timeout)
            self._grant_dirs(dirs or {})
            return self._run_in_vm(args, argv0, environ, workdir, (stdin, stdout, stderr))
        except DomainError as exc:
            exc.domain = exc.domain or self.label
            self._fault()
            raise

    def _grant_dirs(self, dirs: Mapping[str, str]) -> None:
        """Grant host directories into the domain's file area (``{host: guest[:ro]}``)."""
        assert self.fs is not None
        for host, spec in dirs.items():
            if not Path(host).is_dir():
                raise UsageError(f"directory grant {host!r}: not a directory on the host")
            guest, readonly = grant_mode(spec)
            try:
                self.fs.grant(host, guest if guest.startswith("/") else "/" + guest, readonly=readonly)
            except FsError as exc:
                raise UsageError(f"directory grant {host!r} -> {guest!r}: {exc.strerror}") from exc

    def _run_in_vm(
        self,
        args: Sequence[str] | None,
        argv0: str | None,
        environ: dict[str, str],
        workdir: str,
        streams: tuple[Stream, Stream, Stream],
    ) -> int:
        """Run the program in a machine of the service's pool; its events and result are kept."""
        assert self.fs is not None
        pool, argv, exe = self.service.program_for(args, self.fs, environ)
        if argv0 is not None:
            argv[0] = argv0
        stdin, stdout, stderr = streams
        result = pool.run(
            fs=self.fs,
            argv=argv,
            env=environ,
            cwd=workdir,
            exe=exe,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            limits=self.limits,
            label=self.label,
            net=self.net,
        )
        self.last_events = list(result.events)
        self.last_result = result
        return int(result.code)

    def __enter__(self) -> LegacyDomain:
        return self

    def call(self, name: str, *args: Any) -> Any:
        """``call("_start", "arg", ...)``: run the program with those arguments; returns its exit status."""
        return self.export(name)(*args)

    def export(self, name: str) -> Callable[..., Any]:
        """The ``_start`` entry point as a callable taking string arguments."""
        if name != "_start":
            raise NoSuchExport(f"{self.service.name}: a legacy program has one entry point, '_start' (not {name!r})")

        def start(*args: Any) -> int:
            if not all(isinstance(a, str) for a in args):
                raise ArgumentError(f"{self.service.name}._start takes string arguments")
            return self.run(list(args))

        return functools.update_wrapper(start, self.run, assigned=("__doc__",))

    @property
    def stats(self) -> Any:
        """What the last run cost: a :class:`~multipie.domains.legacy.stats.RunStats` (exits, system calls
        by number and where they were answered, page faults, dirty pages, guest/host time), or ``None``
        (no run yet, or ``isolation="process"``)."""
        return getattr(self.last_result, "stats", None)

    @property
    def memory(self) -> memoryview:
        """Legacy domains expose no memory between runs (each run gets fresh memory)."""
        return memoryview(b"")

    def _release(self) -> None:
        self.fs = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


#: The ``elf`` kind, as :mod:`multipie.domains.registry` names it.
BACKEND = Backend(kind="elf", load=load_elf, source_path=True)

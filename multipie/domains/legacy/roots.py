"""The root a legacy program sees, chosen per service: an image's layers, or the host's system tree.

A program from an image sees the image's layers (and nothing of the host). A program loaded from
the host sees, by its service's ``host_root`` policy (:data:`HOST_ROOTS`):

- ``"system"`` (default): the host's system tree read-only through
  :func:`multipie.resources.fs.sysroot.system_filter` (``/usr``, the merged ``/bin``, ``/lib``,
  ``/lib64``, ``/sbin`` links, a filtered ``/etc``). It works for every program, also those that
  run others (a shell, ``env``, ``xargs``) or read data files (interpreters' standard libraries,
  ``/usr/share/zoneinfo``).
- ``"derived"``: only what the program's interpreter and ``DT_NEEDED`` closure touch
  (:func:`multipie.domains.legacy.closure.program_closure`, resolved inside the system tree):
  enough for a self-contained program (``ls``, ``grep``, ``sed``), too little for one that runs
  other programs or opens data files (``python3`` needs ``/usr/lib/python3.N``).
- ``"none"``: nothing of the host (the only files are the private ones below).

Every root without an image also gets the private files of
:func:`multipie.resources.fs.sysroot.populate` (``/etc/passwd`` with root and nobody, ``/etc/group``,
``/etc/hostname``, ``/etc/hosts``, an empty ``/tmp``) and the devices.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from multipie.domains.legacy.closure import Closure, program_closure
from multipie.errors import InvalidModule, OutOfMemory, UsageError
from multipie.resources.fs import FsError, GuestFs, Layer
from multipie.resources.fs.pathfilter import PathFilter
from multipie.resources.fs.sysroot import HOST_ROOT, PRIVATE_FILES, populate, system_filter, system_layer

__all__ = ["HOST_ROOTS", "describe_root", "domain_fs", "host_layers", "image_closure", "program_path"]

#: The ``host_root`` policies of a program without an image.
HOST_ROOTS = ("system", "derived", "none")


def host_layers(policy: str, data: bytes, *, exe: str, name: str) -> tuple[list[Layer], Closure | None]:
    """The read-only layers of a host program's root under ``policy``, and its closure when one was computed.

    Raises:
        UsageError: an unknown policy.
        InvalidModule: ``"derived"`` for bytes whose dynamic section is malformed.
    """
    if policy not in HOST_ROOTS:
        raise UsageError(f"{name}: unknown host_root {policy!r} (choose from {', '.join(HOST_ROOTS)})")
    if policy == "none":
        return [], None
    if policy == "system":
        return [system_layer()], None
    closure = program_closure(GuestFs([system_layer()], devices=False), data, exe=exe, where=name)
    if closure.interpreter is None and not closure.libraries:
        return [], closure  # a static program needs nothing of the host
    return [system_layer(closure.filter)], closure


def program_path(path: str | None, name: str) -> str:
    """The path a host program sees as its own (``/proc/self/exe``, ``AT_EXECFN``).

    A program of the host's system tree (``/usr/bin/python3`` → ``/usr/bin/python3.11``) sees its
    real path, as natively: it is where the root has it under ``host_root="system"`` (and under
    the narrower policies, like a program whose file is not reachable from its root on Linux). A
    program from anywhere else (a build directory, bytes) sees ``/NAME``: no host directory name
    outside the system tree reaches the guest.

    Args:
        path: the file's real host path (symlinks resolved), or ``None`` (loaded from bytes).
        name: the service name.
    """
    if path is not None:
        rel = os.path.relpath(path, HOST_ROOT)
        comps = tuple(rel.split("/"))
        if not rel.startswith("..") and rel != "." and system_filter().visible(comps):
            return "/" + rel
    return f"/{name}"


def image_closure(layers: Sequence[Layer], data: bytes, *, exe: str) -> Closure | None:
    """The closure of program ``data`` inside an image's ``layers`` (``None`` when it is not an x86-64 ELF)."""
    try:
        return program_closure(GuestFs(layers, devices=False), data, exe=exe)
    except InvalidModule:
        return None


def domain_fs(layers: Sequence[Layer], *, image: bool, quota: int, name: str, memory_limit: int | None) -> GuestFs:
    """A new domain's file view: ``layers`` under a private area, populated when there is no image.

    Raises:
        OutOfMemory: the quota (from ``memory_limit``) cannot even hold the private files.
    """
    fs = GuestFs(layers, quota=quota)
    if not image:
        try:
            populate(fs)
        except FsError as exc:
            raise OutOfMemory(
                f"{name}: memory_limit of {memory_limit} bytes leaves no room for the program's files ({exc.strerror})"
            ) from exc
    return fs


def describe_root(policy: str | None, layers: Sequence[Layer], closure: Closure | None) -> dict[str, object]:
    """What ``multipie inspect`` shows of a root: policy, what is visible, the interpreter and libraries."""
    info: dict[str, object] = {}
    if policy is not None:
        info["host_root"] = policy
        filt: PathFilter | None = layers[0].filter if layers else None
        seen = filt.names() if filt is not None else []
        if filt is system_filter():
            seen = [p for p in seen if not p.startswith("/etc/")] + ["/etc (filtered): " + ", ".join(
                p[len("/etc/"):] for p in seen if p.startswith("/etc/"))]  # fmt: skip
        info["root"] = [f"host {p} (read-only)" for p in seen] + [
            f"private {p}" for p in (*PRIVATE_FILES, "/tmp (writable)")
        ] + ["devices /dev/null, /dev/zero, /dev/urandom"]  # fmt: skip
    if closure is not None:
        interp = closure.interpreter
        info["interpreter"] = f"{interp} -> {closure.interpreter_path or 'MISSING'}" if interp else "none (static)"
        info["libraries"] = [f"{lib.name} -> {lib.path}" for lib in closure.libraries if lib.path] or ["none"]
        info["missing"] = [f"{lib.name} (needed by {lib.needed_by})" for lib in closure.missing] or ["none"]
    return info

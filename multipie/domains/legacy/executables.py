"""What a program runs as: bytes to a loadable ELF image (a dynamic one linked with its interpreter).

- :func:`load_program` is the one way from a program's bytes to what a machine loads: static
  executables as they are, dynamic ones (``PT_INTERP``) joined with their dynamic linker, read
  through a :data:`Reader` (the program's own file view: its image's layers, or the host system
  tree a host program sees, :mod:`multipie.domains.legacy.roots`).
- :func:`resolve` is ``execve``: a guest path resolved in the domain's view, ``#!`` scripts
  followed, the result through :func:`load_program` with the same view.

Parsed images are cached by the SHA-256 of the file and of its interpreter (a small cache:
programs that ``exec`` the same binaries over and over, like a shell, parse each once).
"""

from __future__ import annotations

import errno as E
import hashlib
import logging
import os
import posixpath
import stat as S
from collections.abc import Callable

from multipie.domains.legacy import elf
from multipie.domains.legacy.syscalls import PolicyEvent
from multipie.errors import InvalidModule
from multipie.resources.fs import FsError, GuestFs

__all__ = [
    "MAX_EXEC_BYTES", "MAX_SCRIPT_DEPTH", "Reader", "fs_reader", "load_program", "resolve",
]  # fmt: skip

log = logging.getLogger("multipie.legacy")

MAX_SCRIPT_DEPTH = 4
MAX_EXEC_BYTES = 256 << 20
_images: dict[tuple[str, str], elf.ElfImage] = {}
#: How a program's file view is read: guest path -> the file's bytes (``OSError`` when it cannot be).
Reader = Callable[[str], bytes]


def fs_reader(fs: GuestFs, cwd: str = "/") -> Reader:
    """A :data:`Reader` over ``fs``: regular files up to :data:`MAX_EXEC_BYTES`, resolved inside the guest."""

    def read(path: str) -> bytes:
        st = fs.stat(path, cwd)
        if not S.S_ISREG(st.mode):
            raise FsError(E.EACCES, path)
        if st.size > MAX_EXEC_BYTES:
            raise FsError(E.ENOMEM, path)
        f = fs.open(path, os.O_RDONLY, 0, cwd)
        try:
            return f.pread(st.size, 0)
        finally:
            f.close()

    return read


def load_program(data: bytes, *, where: str, read: Reader) -> elf.ElfImage:
    """``data`` as a loadable image: a static executable, or a dynamic one linked with its interpreter.

    Raises:
        InvalidModule: not an x86-64 executable, or its interpreter is missing, unreadable or not a
            dynamic linker (the message names the program and the interpreter's path).
    """
    image = elf.parse(data, where=where, dynamic=True)
    if image.interp is None:
        return image
    try:
        interp = read(image.interp)
    except OSError as exc:
        why = os.strerror(exc.errno) if exc.errno else str(exc)
        raise InvalidModule(f"{where}: its dynamic linker {image.interp} (PT_INTERP) cannot be read: {why}") from exc
    return elf.link(image, interp, where=where, interp_where=image.interp)


def resolve(
    fs: GuestFs,
    path: str,
    argv: list[str],
    *,
    cwd: str,
    running: tuple[elf.ElfImage, str],
    loaded: elf.ElfImage,
    events: list[PolicyEvent],
) -> tuple[elf.ElfImage, str, list[str]]:
    """What ``execve(path, argv)`` runs: ``(image, executable path, argv)``, following ``#!`` lines.

    Args:
        fs: the domain's file view.
        path, argv: the call's arguments.
        cwd: the calling process's working directory.
        running: the caller's image and executable path (what ``/proc/self/exe`` names).
        loaded: the image already in the caller's machine (reused when the file holds the same bytes).
        events: where a refused executable is recorded as a policy event.

    Raises:
        FsError: ``EACCES`` (not an executable file), ``ENOMEM`` (too large), ``ENOEXEC`` (not a
            static x86-64 ELF or an empty ``#!`` line), ``ELOOP`` (scripts nested too deep).
    """
    read = fs_reader(fs, cwd)
    for _ in range(MAX_SCRIPT_DEPTH):
        if path == "/proc/self/exe":
            return running[0], running[1], argv
        st = fs.stat(path, cwd)
        if S.S_ISDIR(st.mode) or not st.mode & 0o111 or not S.S_ISREG(st.mode):
            raise FsError(E.EACCES, path)
        if st.size > MAX_EXEC_BYTES:
            raise FsError(E.ENOMEM, path)
        f = fs.open(path, os.O_RDONLY, 0, cwd)
        try:
            data = f.pread(st.size, 0)
        finally:
            f.close()
        exe = posixpath.normpath(posixpath.join(cwd, path))
        if data[:2] == b"#!":
            line = data[2:].split(b"\n", 1)[0][:255].decode("utf-8", "surrogateescape").strip()
            if not line:
                raise FsError(E.ENOEXEC, path)
            interp, _, arg = line.partition(" ")
            argv = [interp, *([arg.strip()] if arg.strip() else []), path, *argv[1:]]
            path = interp
            continue
        if loaded.data == data and loaded.interp is None:
            return loaded, exe, argv
        return _parse(data, exe, path, read, events), exe, argv
    raise FsError(E.ELOOP, path)


def _interp_key(path: str, read: Reader) -> str:
    """The digest of the interpreter ``path`` names in this view ("" when it cannot be read: parsing reports it)."""
    try:
        return hashlib.sha256(read(path)).hexdigest()
    except OSError:
        return ""


def _parse(data: bytes, exe: str, path: str, read: Reader, events: list[PolicyEvent]) -> elf.ElfImage:
    """The loadable image of ``data`` (cached by digest); a refused one is a policy event and ``ENOEXEC``."""
    interp = elf.parse_interp(data)
    key = (hashlib.sha256(data).hexdigest(), _interp_key(interp, read) if interp else "")
    if interp and not key[1]:  # as on Linux: a missing interpreter makes execve fail with ENOENT
        events.append(PolicyEvent(59, f"execve({exe}: its dynamic linker {interp} cannot be read)", (0,) * 6))
        raise FsError(E.ENOENT, path)
    image = _images.get(key)
    if image is None:
        try:
            image = load_program(data, where=exe, read=read)
        except InvalidModule as exc:
            event = PolicyEvent(59, f"execve({exe}: {exc})", (0,) * 6)
            events.append(event)
            log.info("legacy policy: %s", event)
            raise FsError(E.ENOEXEC, path) from exc
        if len(_images) > 32:
            _images.clear()
        _images[key] = image
    return image

"""What ``execve`` runs: a guest path resolved to a parsed ELF image, ``#!`` scripts followed.

Parsed images are cached by the SHA-256 of the file (a small cache: programs that ``exec`` the same
binaries over and over, like a shell, parse each once).
"""

from __future__ import annotations

import errno as E
import hashlib
import logging
import os
import posixpath
import stat as S

from multipie.domains.legacy import elf
from multipie.domains.legacy.syscalls import PolicyEvent
from multipie.errors import InvalidModule
from multipie.resources.fs import FsError, GuestFs

__all__ = ["MAX_EXEC_BYTES", "MAX_SCRIPT_DEPTH", "resolve"]

log = logging.getLogger("multipie.legacy")

MAX_SCRIPT_DEPTH = 4
MAX_EXEC_BYTES = 256 << 20
_images: dict[str, elf.ElfImage] = {}


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
        if loaded.data == data:
            return loaded, exe, argv
        return _parse(data, exe, path, events), exe, argv
    raise FsError(E.ELOOP, path)


def _parse(data: bytes, exe: str, path: str, events: list[PolicyEvent]) -> elf.ElfImage:
    """The parsed image of ``data`` (cached by digest); a refused one is a policy event and ``ENOEXEC``."""
    key = hashlib.sha256(data).hexdigest()
    image = _images.get(key)
    if image is None:
        try:
            image = elf.parse(data, where=exe)
        except InvalidModule as exc:
            event = PolicyEvent(59, f"execve({exe}: {exc})", (0,) * 6)
            events.append(event)
            log.info("legacy policy: %s", event)
            raise FsError(E.ENOEXEC, path) from exc
        if len(_images) > 32:
            _images.clear()
        _images[key] = image
    return image

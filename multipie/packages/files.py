"""Read-only views of a package's files: a directory or an already-vetted tar.

An OCI layout is the same few files whether it sits in a directory or in a
tar, so the layout reader asks a :class:`Files` for ``oci-layout``,
``index.json`` and ``blobs/sha256/<hex>`` and never touches paths itself.
:class:`DirFiles` refuses anything that is not a regular file inside the root
(symlinks, FIFOs, devices) and reads at most the size asked for, so a hostile
layout cannot make it block, follow a link out, or read gigabytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Protocol

from multipie.errors import PackageError

__all__ = ["DirFiles", "Files", "check_output", "check_relpath", "file_mode"]


def check_output(path: str | os.PathLike[str]) -> Path:
    """``path`` as an output location: its directory must exist (none is created silently).

    Raises:
        PackageError: the parent directory does not exist or is not a directory.
    """
    target = Path(path)
    parent = target.parent
    if not parent.is_dir():
        raise PackageError(f"{target}: directory {parent} does not exist (create it first)")
    return target


def file_mode() -> int:
    """The mode a new file gets from ``open()`` here: 0o666 minus the process umask.

    Outputs are written to a ``mkstemp`` file (0600) and renamed; they are given this mode so a
    tar or layout is as readable as any file the user creates.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644


def check_relpath(name: str, *, where: str) -> str:
    """Normalize a member path (strip ``./``) and refuse absolute, ``..`` or empty ones.

    Raises:
        PackageError: the path is absolute, climbs with ``..``, or is empty.
    """
    if "\0" in name:
        raise PackageError(f"{where}: member name contains a NUL byte")
    if name.startswith("/"):
        raise PackageError(f"{where}: absolute path {name!r} refused")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise PackageError(f"{where}: path {name!r} climbs out with '..'")
    if not parts:
        raise PackageError(f"{where}: empty member name {name!r}")
    return "/".join(parts)


class Files(Protocol):
    """A read-only file tree (directory or tar) addressed by relative POSIX paths."""

    where: str

    def read(self, name: str, *, max_size: int) -> bytes | None:
        """The content of ``name`` (``None`` when absent).

        Raises:
            PackageError: it is not a regular file, or is larger than ``max_size``.
        """
        ...

    def names(self) -> list[str]:
        """Every regular file's relative path."""
        ...

    def size(self, name: str) -> int | None:
        """The size of regular file ``name`` (``None`` when absent), without reading it."""
        ...


class DirFiles:
    """Files of a directory, never following a symlink or reading past ``max_size``.

    Args:
        root: the directory.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.where = str(self.root)

    def size(self, name: str) -> int | None:
        """See :meth:`Files.size` (symlinks count as absent: :meth:`read` reports them)."""
        rel = check_relpath(name, where=self.where)
        try:
            st = os.lstat(self.root / rel)
        except OSError:
            return None
        return st.st_size if stat.S_ISREG(st.st_mode) else -1

    def read(self, name: str, *, max_size: int) -> bytes | None:
        """See :meth:`Files.read`."""
        rel = check_relpath(name, where=self.where)
        path = self.root / rel
        # Each component must be a real directory/file: no symlink anywhere below the root.
        cur = self.root
        for i, part in enumerate(rel.split("/")):
            cur = cur / part
            try:
                st = os.lstat(cur)
            except FileNotFoundError:
                return None
            except OSError as exc:
                raise PackageError(f"{self.where}: cannot stat {rel}: {exc.strerror}") from exc
            last = i == len(rel.split("/")) - 1
            if stat.S_ISLNK(st.st_mode):
                raise PackageError(f"{self.where}: {rel} is (or goes through) a symlink; refused")
            if not last and not stat.S_ISDIR(st.st_mode):
                return None
        if not stat.S_ISREG(st.st_mode):
            raise PackageError(f"{self.where}: {rel} is not a regular file")
        if st.st_size > max_size:
            raise PackageError(f"{self.where}: {rel} is {st.st_size} bytes, over the {max_size}-byte limit")
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError as exc:
            raise PackageError(f"{self.where}: cannot open {rel}: {exc.strerror}") from exc
        with os.fdopen(fd, "rb") as f:
            data = f.read(max_size + 1)
        if len(data) > max_size:
            raise PackageError(f"{self.where}: {rel} grew past the {max_size}-byte limit while read")
        return data

    def names(self) -> list[str]:
        """See :meth:`Files.names`."""
        out = []
        for dirpath, _dirs, files in os.walk(self.root):
            for f in files:
                p = Path(dirpath) / f
                if p.is_file() and not p.is_symlink():
                    out.append(p.relative_to(self.root).as_posix())
        return sorted(out)

"""Helpers shared by the file multiplexer's tests: read a file, list a directory, the errno of a failure."""

from __future__ import annotations

import os

import pytest

from multipie.resources.fs import FsError, GuestFs


def read(fs: GuestFs, path: str) -> bytes:
    """The whole content of ``path`` (up to 1 MiB)."""
    f = fs.open(path, os.O_RDONLY)
    try:
        return f.read(1 << 20)
    finally:
        f.close()


def names(fs: GuestFs, path: str) -> set[str]:
    """The entry names of directory ``path``."""
    node = fs.lookup(path)
    return {e.name for e in node.entries()}  # type: ignore[attr-defined]


def errno_of(fn: object, *args: object, **kw: object) -> int:
    """The errno of the :class:`FsError` that ``fn(*args, **kw)`` must raise."""
    with pytest.raises(FsError) as info:
        fn(*args, **kw)  # type: ignore[operator]
    return info.value.errno or 0

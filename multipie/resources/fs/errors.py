"""The one error type of the file multiplexer: an ``OSError`` carrying a Linux errno.

The only caller that sees these is a syscall layer, which turns them into ``-errno`` results, so
they stay ``OSError`` s rather than :class:`multipie.MultipieError` s.
"""

from __future__ import annotations

import os

__all__ = ["FsError", "fs_error"]


class FsError(OSError):
    """A file-system failure with a Linux errno (``FsError(errno.ENOENT, "/a/b")``)."""


def fs_error(code: int, where: str) -> FsError:
    """An :class:`FsError` for errno ``code`` whose message names ``where`` it happened."""
    return FsError(code, f"{os.strerror(code)}: {where}")

"""Guest path resolution, done here and never by the host kernel.

``..`` is clamped at the guest root, symlink targets (absolute or relative) are re-resolved inside
the guest namespace (at most :data:`MAX_SYMLINKS` per lookup), and each component is looked up
through the caller's ``child`` function, so mount points and devices take precedence over the
layers and nothing outside the namespace is ever named.
"""

from __future__ import annotations

import errno as E
import stat as S
from collections.abc import Callable
from dataclasses import dataclass, field

from multipie.resources.fs.errors import fs_error
from multipie.resources.fs.nodes import DirNode, Node

__all__ = ["MAX_SYMLINKS", "NAME_MAX", "PATH_MAX", "ChildLookup", "Resolved", "resolve", "split"]

MAX_SYMLINKS = 40
NAME_MAX = 255
PATH_MAX = 4096

#: ``child(directory, its guest path, name)`` → the node named ``name`` in it, or ``None``.
ChildLookup = Callable[[DirNode, tuple[str, ...], str], Node | None]


@dataclass
class Resolved:
    """Result of a lookup: the parent directory, the final name, and the node (``None``: absent)."""

    parent: DirNode
    name: str
    node: Node | None
    path: tuple[str, ...] = field(default=())


def split(path: str) -> tuple[str, ...] | None:
    """The components of a normal path (``None`` if it holds ``.`` or ``..``)."""
    comps = tuple(c for c in path.split("/") if c)
    if any(c in (".", "..") for c in comps):
        return None
    return comps


def _check(path: str) -> None:
    if not path:
        raise fs_error(E.ENOENT, "empty path")
    if len(path) >= PATH_MAX:
        raise fs_error(E.ENAMETOOLONG, path[:64] + "...")
    if "\0" in path:
        raise fs_error(E.EINVAL, "NUL in path")


def _follow(link: Node, path: str, todo: list[str], stack: list[tuple[DirNode, tuple[str, ...]]]) -> None:
    """Queue a symlink's target in place of the link (an absolute one restarts at the root)."""
    target = link.readlink()
    if not target:
        raise fs_error(E.ENOENT, path)
    if target.startswith("/"):
        del stack[1:]
    todo.extend(reversed([c for c in target.split("/") if c]))


def resolve(root: DirNode, child: ChildLookup, path: str, cwd: str = "/", *, follow: bool = True) -> Resolved:
    """Look ``path`` up (relative to guest directory ``cwd``) without ever leaving the namespace of ``root``.

    Args:
        root: the guest root directory.
        child: looks a name up in a directory (see :data:`ChildLookup`).
        path: the guest path.
        cwd: the current directory (an absolute guest path).
        follow: follow a symlink in the last component.

    Raises:
        FsError: ``ENOENT`` (a parent is missing), ``ENOTDIR``, ``ELOOP``, ``ENAMETOOLONG``.
    """
    _check(path)
    stack: list[tuple[DirNode, tuple[str, ...]]] = [(root, ())]
    todo = [c for c in (path if path.startswith("/") else cwd + "/" + path).split("/") if c]
    todo.reverse()
    links = 0
    slash = path.endswith("/")  # "name/": name must be a directory (a symlink there is followed), as on Linux
    if not todo:
        return Resolved(root, "/", root, ())
    while todo:
        name = todo.pop()
        last = not todo
        d, dpath = stack[-1]
        if name == "." or name == "..":
            if name == ".." and len(stack) > 1:
                stack.pop()
            if last:
                d, dpath = stack[-1]
                return Resolved(d, name, d, dpath)
            continue
        if len(name.encode()) > NAME_MAX:
            raise fs_error(E.ENAMETOOLONG, name[:64])
        node = child(d, dpath, name)
        if node is not None and node.fmt == S.S_IFLNK and (follow or slash or not last):
            links += 1
            if links > MAX_SYMLINKS:
                raise fs_error(E.ELOOP, path)
            _follow(node, path, todo, stack)
            if not todo:  # a link to "/"
                return Resolved(root, "/", root, ())
            continue
        if last:
            if slash and node is not None and not isinstance(node, DirNode):
                raise fs_error(E.ENOTDIR, path)
            return Resolved(d, name, node, (*dpath, name))
        if node is None:
            raise fs_error(E.ENOENT, path)
        if not isinstance(node, DirNode):
            raise fs_error(E.ENOTDIR, path)
        stack.append((node, (*dpath, name)))
    raise AssertionError("unreachable")  # pragma: no cover

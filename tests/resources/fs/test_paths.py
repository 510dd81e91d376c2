"""Path resolution on its own: components, ``..`` at the root, symlinks re-resolved inside, limits."""

from __future__ import annotations

import errno

import pytest

from multipie.resources.fs import FsError, Stat
from multipie.resources.fs.nodes import DirNode, Node
from multipie.resources.fs.paths import MAX_SYMLINKS, NAME_MAX, PATH_MAX, resolve, split
from multipie.resources.fs.private import MemDir, MemFile, MemLink


def tree() -> MemDir:
    """/a/b/file, /a/up -> .., /abs -> /a/b, /dangling -> /nowhere, /file."""
    root, a, b = MemDir(), MemDir(), MemDir()
    root.children.update(a=a, abs=MemLink("/a/b"), dangling=MemLink("/nowhere"), file=MemFile(data=b"x"))
    a.children.update(b=b, up=MemLink(".."))
    b.children["file"] = MemFile(data=b"deep")
    return root


class Dirs(DirNode):
    """A directory over a private-area MemDir, so the resolver walks real nodes."""

    def __init__(self, d: MemDir) -> None:
        self.d = d

    def stat(self) -> Stat:
        return self.d.stat()

    def lookup(self, name: str) -> Node | None:
        child = self.d.children.get(name)
        return Dirs(child) if isinstance(child, MemDir) else child


def child(d: DirNode, path: tuple[str, ...], name: str) -> Node | None:
    return d.lookup(name)


def errno_of(path: str, **kw: object) -> int:
    with pytest.raises(FsError) as info:
        resolve(Dirs(tree()), child, path, **kw)  # type: ignore[arg-type]
    return info.value.errno or 0


def test_split_accepts_only_normal_paths() -> None:
    assert split("/a//b/") == ("a", "b")
    assert split("/") == ()
    assert split("/a/../b") is None
    assert split("./a") is None


def test_dot_dot_is_clamped_at_the_root_and_cwd_is_the_start() -> None:
    root = Dirs(tree())
    assert resolve(root, child, "/../../a/b/file").path == ("a", "b", "file")
    assert resolve(root, child, "b/../b/file", "/a").path == ("a", "b", "file")
    r = resolve(root, child, "..", "/a/b")
    assert r.path == ("a",) and r.name == ".."
    assert resolve(root, child, "/").node is root


def test_symlinks_are_resolved_inside_the_namespace() -> None:
    root = Dirs(tree())
    assert resolve(root, child, "/abs/file").path == ("a", "b", "file")
    assert resolve(root, child, "/a/up/a/b/file").path == ("a", "b", "file")  # relative, from its directory
    last = resolve(root, child, "/abs", follow=False)
    assert isinstance(last.node, MemLink) and last.path == ("abs",)
    assert resolve(root, child, "/dangling").node is None  # the final component may be missing
    assert errno_of("/dangling/x") == errno.ENOENT


def test_limits() -> None:
    assert errno_of("") == errno.ENOENT
    assert errno_of("/a\0b") == errno.EINVAL
    assert errno_of("/" + "x" * (NAME_MAX + 1)) == errno.ENAMETOOLONG
    assert errno_of("/a" * (PATH_MAX // 2)) == errno.ENAMETOOLONG
    assert errno_of("/file/x") == errno.ENOTDIR
    assert errno_of("/missing/x") == errno.ENOENT


def test_symlink_chains_stop_after_the_limit() -> None:
    root = tree()
    for i in range(MAX_SYMLINKS + 1):
        root.children[f"l{i}"] = MemLink(f"/l{i + 1}")
    root.children[f"l{MAX_SYMLINKS + 1}"] = MemFile(data=b"end")
    with pytest.raises(FsError) as info:
        resolve(Dirs(root), child, "/l0")
    assert info.value.errno == errno.ELOOP
    assert resolve(Dirs(root), child, "/l1").path == (f"l{MAX_SYMLINKS + 1}",)  # exactly the limit: fine


def test_the_child_function_decides_what_a_name_is() -> None:
    """Mount points and devices take precedence because the caller's lookup is the only one used."""
    mounted = MemFile(data=b"mounted")

    def with_mount(d: DirNode, path: tuple[str, ...], name: str) -> Node | None:
        return mounted if (*path, name) == ("a", "b", "file") else d.lookup(name)

    assert resolve(Dirs(tree()), with_mount, "/abs/file").node is mounted

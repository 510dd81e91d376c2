"""Watches of a read-only layer's looked-up directories (dirwatch.py): the generation stays while nothing the
runs looked at changes, and moves on with any change of a name in a watched directory."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from multipie.resources.fs import FsError, GuestFs, Layer
from multipie.resources.fs.dirwatch import DirWatch
from multipie.resources.fs.keptlookups import KeptLookups
from multipie.resources.fs.lookups import LookupCache
from multipie.resources.fs.metadata import Listing


def _layer(root: Path) -> Layer:
    (root / "usr" / "lib").mkdir(parents=True)
    (root / "usr" / "lib" / "os.py").write_text("os\n")
    (root / "other").mkdir()
    return Layer(root)


def _looked_up(layer: Layer) -> None:
    """One run's lookups: os.py and a missing name in usr/lib (and the walk's usr)."""
    cache = LookupCache(layer)
    try:
        assert cache.lstat(("usr", "lib"), "os.py") is not None
        assert cache.lstat(("usr", "lib"), "gone.py") is None
    finally:
        cache.close()


def _rename_over(root: Path) -> None:
    (root / "other" / "n").write_text("n")
    os.rename(root / "other" / "n", root / "usr" / "lib" / "os.py")


CHANGES: dict[str, Callable[[Path], None]] = {
    "created": lambda r: (r / "usr" / "lib" / "gone.py").write_text("x"),
    "written in place": lambda r: (r / "usr" / "lib" / "os.py").open("a").write("more\n"),
    "chmod": lambda r: os.chmod(r / "usr" / "lib" / "os.py", 0o600),
    "removed": lambda r: (r / "usr" / "lib" / "os.py").unlink(),
    "renamed over": _rename_over,
    "a parent renamed": lambda r: os.rename(r / "usr", r / "usr2"),
    "mtime set": lambda r: os.utime(r / "usr" / "lib" / "os.py", ns=(1, 1)),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_in_a_looked_up_directory_moves_the_generation(tmp_path: Path, change: str) -> None:
    layer = _layer(tmp_path)
    _looked_up(layer)
    gen = layer.watch.generation()
    _looked_up(layer)  # a second run's lookups: nothing changed
    assert layer.watch.generation() == gen
    CHANGES[change](tmp_path)
    assert layer.watch.generation() != gen


def test_a_change_elsewhere_or_a_read_keeps_the_generation(tmp_path: Path) -> None:
    layer = _layer(tmp_path)
    _looked_up(layer)
    gen = layer.watch.generation()
    (tmp_path / "other" / "f").write_text("unrelated")  # a directory no lookup looked in
    assert (tmp_path / "usr" / "lib" / "os.py").read_text() == "os\n"  # reading is no change
    os.listdir(tmp_path / "usr" / "lib")
    assert layer.watch.generation() == gen


def test_a_watch_that_cannot_be_added_moves_the_generation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    watch = DirWatch()
    gen = watch.generation()
    from multipie import libc

    monkeypatch.setattr(libc, "inotify_add_watch", lambda *_: -1)  # e.g. fs.inotify.max_user_watches reached
    fd = os.open(tmp_path, os.O_PATH | os.O_DIRECTORY)
    try:
        watch.add(("d",), fd)
    finally:
        os.close(fd)
    assert watch.generation() != gen


def _listing(fs: GuestFs, path: str) -> list[tuple[str, int, int]]:
    with fs.cached_lookups():  # one run
        return sorted((e.name, e.ino, e.type) for e in fs.lookup(path).entries())


def test_a_layers_listing_is_kept_until_its_directory_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layer = _layer(tmp_path)
    fs = GuestFs([layer], devices=False)
    first = _listing(fs, "/usr/lib")
    listed: list[object] = []
    real = os.scandir
    monkeypatch.setattr(os, "scandir", lambda fd: listed.append(fd) or real(fd))
    assert _listing(fs, "/usr/lib") == first and listed == []  # the next run: no host listing
    (tmp_path / "usr" / "lib" / "new.py").write_text("new")
    changed = _listing(fs, "/usr/lib")
    assert [e[0] for e in changed] == ["new.py", "os.py"] and len(listed) == 1
    os.rename(tmp_path / "usr" / "lib" / "new.py", tmp_path / "usr" / "lib" / "renamed.py")
    assert [e[0] for e in _listing(fs, "/usr/lib")] == ["os.py", "renamed.py"]
    assert _listing(fs, "/usr/lib") == _listing(GuestFs([Layer(tmp_path)], devices=False), "/usr/lib")


def test_open_layer_directories_walk_one_packed_listing_until_it_changes(tmp_path: Path) -> None:
    """What ``getdents64`` packs of a layer directory is packed once for every open and run (metadata.Listing),
    and is never what a domain with a private file there, or after the host changed it, walks."""
    layer, keep = _layer(tmp_path / "a"), KeptLookups()

    def walk(fs: GuestFs) -> Listing:
        with fs.cached_lookups(keep):  # one run of a pooled machine
            f = fs.open("/usr/lib", os.O_RDONLY | os.O_DIRECTORY)
            try:
                listing = f.entries()
                assert isinstance(listing, Listing) and listing.pack(0, 1 << 16)[1] == len(listing)
                return listing
            finally:
                f.close()

    first = walk(GuestFs([layer], devices=False))
    assert [e.name for e in first] == [".", "..", "os.py"]
    assert walk(GuestFs([layer], devices=False)) is first  # the next domain: the same packed records
    mine = GuestFs([layer], devices=False)
    mine.add_file("/usr/lib/mine.py", b"m")  # a private file over the shared directory
    merged = walk(mine)
    assert sorted(e.name for e in merged) == [".", "..", "mine.py", "os.py"] and b"mine.py" in merged.pack(0, 4096)[0]
    assert walk(GuestFs([layer], devices=False)) is first  # other domains still walk the kept one
    (tmp_path / "a" / "usr" / "lib" / "new.py").write_text("new")  # the host changes the directory
    changed = walk(GuestFs([layer], devices=False))
    assert changed is not first and sorted(e.name for e in changed) == [".", "..", "new.py", "os.py"]
    assert b"new.py\0" in changed.pack(0, 4096)[0]
    bare = tmp_path / "b"
    bare.mkdir()
    other = GuestFs([Layer(bare)], devices=False)  # a domain whose root lacks the directory
    with other.cached_lookups(keep), pytest.raises(FsError) as err:
        other.open("/usr/lib", os.O_RDONLY | os.O_DIRECTORY)
    assert err.value.errno == errno.ENOENT

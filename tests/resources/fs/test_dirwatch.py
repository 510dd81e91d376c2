"""Watches of a read-only layer's looked-up directories (dirwatch.py): the generation stays while nothing the
runs looked at changes, and moves on with any change of a name in a watched directory."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from multipie.resources.fs import GuestFs, Layer
from multipie.resources.fs.dirwatch import DirWatch
from multipie.resources.fs.lookups import LookupCache


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

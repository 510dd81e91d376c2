"""The run's lookup cache of read-only layers (lookups.py): one walk per directory, answers as uncached, and
a file the host changed between runs is seen by the next run."""

from __future__ import annotations

import errno
import gc
import os
from pathlib import Path

import pytest

from multipie.resources.fs import FsError, GuestFs, Layer
from multipie.resources.fs.lookups import MAX_DIRS, LookupCache
from multipie.resources.fs.pathfilter import PathFilter


def _tree(root: Path) -> Path:
    deep = root / "usr" / "lib" / "python3" / "encodings"
    deep.mkdir(parents=True)
    (deep / "__init__.py").write_text("one\n")
    (root / "usr" / "lib" / "python3" / "os.py").write_text("os\n")
    (root / "etc").mkdir()
    (root / "etc" / "shadow").write_text("secret\n")
    os.symlink("usr/lib", root / "lib")
    return root


def _opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = os.open

    def counting(path: str, *args: object, **kw: object) -> int:
        seen.append(str(path))
        return real(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", counting)
    return seen


def test_a_run_walks_each_directory_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fs = GuestFs([Layer(_tree(tmp_path))], devices=False)
    uncached = fs.stat("/lib/python3/encodings/__init__.py")
    with fs.cached_lookups():
        opens = _opens(monkeypatch)
        first = fs.stat("/lib/python3/encodings/__init__.py")
        walked = len(opens)
        again = [fs.stat("/lib/python3/encodings/__init__.py"), fs.stat("/usr/lib/python3/os.py")]
        assert len(opens) == walked <= 4  # usr, lib, python3, encodings: once each; nothing for the next lookups
        with pytest.raises(FsError) as missing:
            fs.stat("/usr/lib/python3/nope.py")
        with pytest.raises(FsError):
            fs.stat("/usr/lib/python3/nope.py")
        assert len(opens) == walked and missing.value.errno == errno.ENOENT
        f = fs.open("/usr/lib/python3/os.py", os.O_RDONLY)
        assert f.read(10) == b"os\n"
        f.close()
        assert fs.lookups is not None and fs.lookups[0].hits > 5
    assert first == uncached == again[0]


def test_a_file_changed_between_runs_is_seen_by_the_next_run(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    fs = GuestFs([Layer(root)], devices=False)
    path = "/usr/lib/python3/os.py"
    with fs.cached_lookups():
        assert fs.stat(path).size == 3
        (root / "usr" / "lib" / "python3" / "os.py").write_text("a longer file\n")
        (root / "usr" / "lib" / "python3" / "new.py").write_text("new\n")
        assert fs.stat(path).size == 3  # within a run the layer is taken as unchanging
    with fs.cached_lookups():  # the next run
        assert fs.stat(path).size == 14 and fs.stat("/usr/lib/python3/new.py").size == 4
        f = fs.open(path, os.O_RDONLY)
        assert f.read(100) == b"a longer file\n"
        f.close()


def test_the_filter_holds_with_the_cache(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    fs = GuestFs([Layer(root, whiteouts=False, filter=PathFilter.of(["usr", "lib"]))], devices=False)
    with fs.cached_lookups():
        assert fs.stat("/lib/python3/os.py").size == 3
        for hidden in ("/etc/shadow", "/usr/../etc/shadow", "/lib/../../etc/shadow"):
            with pytest.raises(FsError) as err:
                fs.stat(hidden)
            assert err.value.errno == errno.ENOENT
        assert [e.name for e in fs.lookup("/").entries() if e.name == "etc"] == []


def _fds() -> int:
    """This process's open fds, less inotify instances (a layer's watch outlives the run by design: dirwatch.py)."""
    links = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
        except FileNotFoundError:  # listdir's own fd, closed by now
            pass
    return sum(link != "anon_inode:inotify" for link in links)


def test_the_runs_fds_are_closed_when_it_ends(tmp_path: Path) -> None:
    fs = GuestFs([Layer(_tree(tmp_path))], devices=False)
    gc.collect()  # fds of earlier tests' objects are not this test's
    before = _fds()
    with fs.cached_lookups():
        fs.stat("/usr/lib/python3/encodings/__init__.py")
        assert _fds() > before
    assert _fds() == before and fs.lookups is None


def test_a_cache_past_its_bound_starts_again(tmp_path: Path) -> None:
    for i in range(MAX_DIRS + 10):
        (tmp_path / f"d{i}").mkdir()
        (tmp_path / f"d{i}" / "f").write_text("x")
    layer = Layer(tmp_path)
    cache = LookupCache(layer)
    gc.collect()
    before = _fds()
    for i in range(MAX_DIRS + 10):
        assert cache.lstat((f"d{i}",), "f") is not None
    assert _fds() - before <= MAX_DIRS
    cache.close()
    assert _fds() == before

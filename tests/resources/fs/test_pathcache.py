"""The run's whole-path cache (pathcache.py): answers equal to the uncached walk, and a change made in
the writable area (a file created, copied up, removed or renamed over a layer's) is seen afterwards."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from multipie.resources.fs import FsError, GuestFs, Layer
from multipie.resources.fs.pathcache import MAX_PATHS, PathCache
from multipie.resources.fs.paths import Resolved

_NAMES = ["usr", "lib", "py", "os.py", "rel", "abs", "dangling", "loop", "file", "nope", "..", "."]
_NAMES += ["tmp", "mine", "dev", "null"]


@pytest.fixture(scope="module")
def layer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("layer")
    (root / "usr" / "lib" / "py").mkdir(parents=True)
    (root / "usr" / "lib" / "py" / "os.py").write_text("os\n")
    (root / "usr" / "file").write_text("f\n")
    (root / "tmp").mkdir()
    os.symlink("usr/lib", root / "lib")
    os.symlink("../lib/py", root / "usr" / "rel")
    os.symlink("/usr/lib", root / "usr" / "abs")
    os.symlink("nowhere", root / "usr" / "dangling")
    os.symlink("loop", root / "usr" / "loop")
    return root


def _answer(fs: GuestFs, path: str, cwd: str, follow: bool) -> object:
    """What a lookup says, comparable across walks: the error, or the names and the nodes' metadata."""
    try:
        r = fs.resolve(path, cwd, follow=follow)
    except FsError as exc:
        return exc.errno
    return r.name, r.path, r.parent.stat(), None if r.node is None else r.node.stat()


_paths = st.tuples(
    st.booleans(),  # absolute
    st.lists(st.sampled_from(_NAMES), max_size=6),
    st.booleans(),  # trailing slash
).map(lambda t: ("/" if t[0] else "") + "/".join(t[1]) + ("/" if t[2] else ""))


@settings(max_examples=300, deadline=None)
@given(paths=st.lists(st.tuples(_paths, st.sampled_from(["/", "/usr", "/usr/lib", "/tmp"])), min_size=1, max_size=8))
def test_answers_equal_the_uncached_walk(layer: Path, paths: list[tuple[str, str]]) -> None:
    fs = GuestFs([Layer(layer)])
    fs.mkdir("/tmp/mine")
    asks = [(path or ".", cwd, follow) for path, cwd in paths for follow in (True, False)]
    uncached = [_answer(fs, *ask) for ask in asks]
    with fs.cached_lookups():  # one run: later asks hit what earlier ones cached
        first = [_answer(fs, *ask) for ask in asks]
        again = [_answer(fs, *ask) for ask in asks]
    assert first == again == uncached


def test_repeated_layer_paths_hit_and_private_ones_are_never_kept(layer: Path) -> None:
    fs = GuestFs([Layer(layer)])
    fs.add_file("/etc/hosts", b"h\n")
    with fs.cached_lookups():
        assert fs.paths is not None
        first = fs.resolve("/lib/py/os.py")
        assert fs.resolve("/lib/py/os.py") is first and fs.paths.hits == 1
        fs.resolve("/etc/hosts")
        fs.resolve("/dev/null")
        fs.resolve("/usr/nope")  # a negative answer in a layer directory is kept
        assert len(fs.paths) == 2
    assert fs.paths is None


def test_a_write_into_the_writable_area_is_seen_afterwards(layer: Path) -> None:
    fs = GuestFs([Layer(layer)])
    with fs.cached_lookups():
        assert fs.resolve("/usr/new").node is None
        f = fs.open("/usr/new", os.O_WRONLY | os.O_CREAT)
        f.write(b"new\n")
        f.close()
        assert fs.stat("/usr/new").size == 4
        assert fs.stat("/usr/file").size == 2
        f = fs.open("/usr/file", os.O_WRONLY | os.O_TRUNC)  # copied up: the private copy answers now
        f.close()
        assert fs.stat("/usr/file").size == 0
        fs.unlink("/usr/lib/py/os.py")
        with pytest.raises(FsError) as gone:
            fs.stat("/lib/py/os.py")
        assert gone.value.errno == errno.ENOENT
        fs.rename("/usr/new", "/usr/lib/py/os.py")
        assert fs.stat("/lib/py/os.py").size == 4
        fs.mkdir("/usr/lib/d")
        assert fs.resolve("/usr/lib/d/x").node is None
        fs.symlink("/usr/file", "/usr/lib/d/x")
        assert fs.stat("/usr/lib/d/x").size == 0


def test_a_grant_made_during_a_run_is_seen(layer: Path, tmp_path: Path) -> None:
    (tmp_path / "g").write_text("granted\n")
    fs = GuestFs([Layer(layer)])
    with fs.cached_lookups():
        assert fs.resolve("/usr/lib/py/g").node is None
        fs.grant(tmp_path, "/usr/lib/py")
        assert fs.stat("/usr/lib/py/g").size == 8


def test_the_cache_starts_again_when_full() -> None:
    cache = PathCache()
    answer = Resolved(None, "x", None)  # type: ignore[arg-type]
    for i in range(MAX_PATHS + 1):
        cache.put((f"/{i}", "", True), answer)
    assert len(cache) == 1 and cache.get(("/0", "", True)) is None and cache.misses == 1

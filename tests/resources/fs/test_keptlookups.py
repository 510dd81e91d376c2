"""A machine's lookups kept between runs (keptlookups.py): reused by the next domain of the same namespace
with its own directories, equal to a fresh walk, and dropped when the host changes a looked-up directory,
when either run has a grant, or when the layers or the private area differ."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from multipie.resources.fs import FsError, GuestFs, Layer
from multipie.resources.fs.keptlookups import KeptLookups
from multipie.resources.fs.overlay import OverlayDir

_ASKS = ["/usr/lib/py/os.py", "/usr/lib/py", "/lib/py/os.py", "/usr/nope", "/usr/lib/py/new", "/usr/file", "/"]


@pytest.fixture
def layer(tmp_path: Path) -> Path:
    root = tmp_path / "layer"
    (root / "usr" / "lib" / "py").mkdir(parents=True)
    (root / "usr" / "lib" / "py" / "os.py").write_text("os\n")
    (root / "usr" / "file").write_text("f\n")
    os.symlink("usr/lib", root / "lib")
    return root


def _answers(fs: GuestFs) -> list[object]:
    """What each of ``_ASKS`` resolves to, comparable across domains."""
    out: list[object] = []
    for path in _ASKS:
        try:
            r = fs.resolve(path)
        except FsError as exc:
            out.append(exc.errno)
            continue
        out.append((r.name, r.path, r.parent.stat(), None if r.node is None else r.node.stat()))
    return out


def _run(fs: GuestFs, keep: KeptLookups) -> list[object]:
    with fs.cached_lookups(keep):
        return _answers(fs)


def test_the_next_domain_reuses_the_answers_over_its_own_private_area(layer: Path) -> None:
    lay, keep = Layer(layer), KeptLookups()
    first = GuestFs([lay])
    assert _run(first, keep) == _answers(first)
    second = GuestFs([lay])
    expected = _answers(second)  # uncached ("/" is this domain's private root)
    with second.cached_lookups(keep):
        assert keep.reused == 1 and second.paths is not None and second.lookups is not None
        misses = second.paths.misses, second.lookups[0].misses
        assert _answers(second) == expected
        assert (second.paths.misses, second.lookups[0].misses) == misses  # every answer was kept
        r = second.resolve("/usr/lib/py/new")
        assert isinstance(r.parent, OverlayDir) and r.parent.ns is second
        f = second.open("/usr/lib/py/new", os.O_WRONLY | os.O_CREAT)  # into this domain's area, not the first's
        f.close()
        assert second.stat("/usr/lib/py/new").size == 0
    assert first.resolve("/usr/lib/py/new").node is None
    third = GuestFs([lay])  # the second run changed its namespace: kept for that shape only
    with third.cached_lookups(keep):
        assert keep.reused == 1 and third.resolve("/usr/lib/py/new").node is None


def _create(root: Path) -> None:
    (root / "usr" / "nope").write_text("now\n")


def _remove(root: Path) -> None:
    (root / "usr" / "lib" / "py" / "os.py").unlink()


def _rename(root: Path) -> None:
    (root / "usr" / "file").rename(root / "usr" / "lib" / "py" / "new")


def _rewrite(root: Path) -> None:
    with open(root / "usr" / "file", "r+") as f:  # in place: the same inode, another size
        f.write("longer\n")


@pytest.mark.parametrize("change", [_create, _remove, _rename, _rewrite])
@pytest.mark.parametrize("during", [False, True])
def test_a_change_the_host_makes_in_a_looked_up_directory_is_seen(
    layer: Path, change: Callable[[Path], None], during: bool
) -> None:
    lay, keep = Layer(layer), KeptLookups()
    fs = GuestFs([lay])
    with fs.cached_lookups(keep):
        _answers(fs)
        if during:  # while the run that learns is still going: nothing it learnt may outlive it
            change(layer)
    if not during:
        change(layer)
    again, after = GuestFs([lay]), GuestFs([lay])
    expected = _answers(again)
    assert _run(again, keep) == expected
    assert keep.reused == 0
    expected = _answers(after)
    assert _run(after, keep) == expected and keep.reused == 1  # kept again after


@pytest.mark.parametrize("other", ["grant", "grant-during", "layers", "private-file", "private-dir"])
def test_another_namespace_does_not_reuse_them(layer: Path, tmp_path: Path, other: str) -> None:
    lay, keep = Layer(layer), KeptLookups()
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "os.py").write_text("granted\n")
    first = GuestFs([lay])
    with first.cached_lookups(keep):
        _answers(first)
        if other == "grant-during":
            first.grant(tmp_path / "g", "/opt")
    fs = GuestFs([lay])
    if other == "grant":
        fs.grant(tmp_path / "g", "/usr/lib/py")
    elif other == "layers":
        fs = GuestFs([Layer(tmp_path / "g"), lay])
    elif other == "private-file":
        fs.add_file("/usr/lib/py/os.py", b"mine\n")
    elif other == "private-dir":
        fs.mkdir("/usr/lib/py/new")
    expected = _answers(fs)
    assert _run(fs, keep) == expected
    assert keep.reused == 0

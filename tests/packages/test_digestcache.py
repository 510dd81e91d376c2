"""Source digests remembered by file identity: reused only for the same, unchanged, settled file."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from multipie.packages import digestcache


def _sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with this process's table empty (as a new ``multipie run`` does)."""
    monkeypatch.setattr(digestcache, "_memory", {})


def _later(monkeypatch: pytest.MonkeyPatch, seconds: float = 3.0) -> None:
    """Move the clock forward: every file written so far has settled."""
    monkeypatch.setattr(digestcache, "_clock", lambda: time.time_ns() + int(seconds * 1e9))


def test_a_settled_file_is_hashed_once_then_remembered_across_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, cache = tmp_path / "m.wasm", tmp_path / "cache"
    src.write_bytes(b"\0asm\1\0\0\0" + bytes(range(200)))
    _later(monkeypatch)
    first = digestcache.read_file(src, cache)
    assert (first.digest, first.remembered, first.data) == (_sha(src.read_bytes()), False, src.read_bytes())
    again = digestcache.read_file(src, cache)
    assert (again.digest, again.remembered) == (first.digest, True)
    monkeypatch.setattr(digestcache, "_memory", {})  # another process: from the entry on disk
    assert digestcache.read_file(src, cache).remembered
    assert digestcache.read_file(src, None).remembered  # this process's table, without a cache directory


def test_a_file_changed_in_place_is_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same size, same inode, mtime put back: ctime (which no program can set) still moved."""
    src, cache = tmp_path / "m.wasm", tmp_path / "cache"
    src.write_bytes(b"A" * 4096)
    _later(monkeypatch)
    assert digestcache.read_file(src, cache).digest == _sha(b"A" * 4096)
    st = src.stat()
    time.sleep(0.02)  # past the kernel's timestamp tick, so the write moves ctime
    with open(src, "r+b") as f:
        f.write(b"B")
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert src.stat().st_ino == st.st_ino and src.stat().st_size == st.st_size
    got = digestcache.read_file(src, cache)
    assert (got.digest, got.remembered) == (_sha(b"B" + b"A" * 4095), False)


def test_a_replaced_file_is_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, cache = tmp_path / "m.wasm", tmp_path / "cache"
    src.write_bytes(b"one")
    _later(monkeypatch)
    digestcache.read_file(src, cache)
    (tmp_path / "new").write_bytes(b"two")
    os.replace(tmp_path / "new", src)
    assert digestcache.read_file(src, cache).digest == _sha(b"two")


class _OneTick:
    """``os.fstat`` on a filesystem whose timestamp tick never ends: every change keeps the first times seen."""

    def __init__(self) -> None:
        self.real = os.fstat
        self.times: dict[str, int] = {}

    def __call__(self, fd: int) -> os.stat_result:
        st = self.real(fd)
        if not self.times:
            self.times = {"st_mtime_ns": st.st_mtime_ns, "st_ctime_ns": st.st_ctime_ns}
        extra = {k: getattr(st, k) for k in ("st_atime_ns", "st_blksize", "st_blocks", "st_rdev")}
        return os.stat_result(list(st), {**extra, **self.times})


@pytest.mark.parametrize("rule", [True, False], ids=["settle-rule", "without-it"])
def test_a_rewrite_within_one_timestamp_tick_is_never_taken_for_the_remembered_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rule: bool
) -> None:
    """The racy case: rewritten in place within the filesystem's granularity, size and times unchanged.

    A digest is remembered only for a file last changed SETTLE_NS before the read, so a
    rewrite (made now, hence in a later tick than that) cannot match its entry. Without the
    rule the old digest would name the new bytes.
    """
    monkeypatch.setattr(digestcache.os, "fstat", _OneTick())
    if not rule:
        monkeypatch.setattr(digestcache, "SETTLE_NS", -(10**12))
    src, cache = tmp_path / "m.wasm", tmp_path / "cache"
    src.write_bytes(b"A" * 64)
    assert digestcache.read_file(src, cache).remembered is False
    src.write_bytes(b"B" * 64)  # same tick, same size, same inode: the identity is unchanged
    got = digestcache.read_file(src, cache)
    assert got.digest == (_sha(b"B" * 64) if rule else _sha(b"A" * 64))
    assert got.remembered is not rule


def test_a_damaged_or_foreign_entry_only_costs_the_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, cache = tmp_path / "m.wasm", tmp_path / "cache"
    src.write_bytes(b"module")
    _later(monkeypatch)
    digestcache.read_file(src, cache)
    [entry] = (cache / "digests").iterdir()
    for text in ("", "garbage", "MPIE-DIGEST1 1 2 3 sha256:" + "0" * 64, "\xff\xfe"):
        monkeypatch.setattr(digestcache, "_memory", {})
        entry.write_text(text, errors="surrogateescape")
        got = digestcache.read_file(src, cache)
        assert got.digest == _sha(b"module") and not got.remembered


def test_an_unwritable_cache_directory_only_costs_the_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, blocker = tmp_path / "m.wasm", tmp_path / "file"
    src.write_bytes(b"module")
    blocker.write_text("not a directory")
    _later(monkeypatch)
    assert digestcache.read_file(src, blocker).digest == _sha(b"module")
    monkeypatch.setattr(digestcache, "_memory", {})
    assert not digestcache.read_file(src, blocker).remembered

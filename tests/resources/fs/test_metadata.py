"""Stat and inode numbers: runtime-only objects never collide with host inodes; blocks as st_blocks counts them;
listings and stats packed once as Linux lays them out."""

from __future__ import annotations

import dataclasses
import os
import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from multipie.resources.fs.metadata import FS_DEV, DirEntry, Listing, Stat, new_ino


def test_runtime_inodes_are_fresh_and_far_above_host_ones() -> None:
    a, b = new_ino(), new_ino()
    assert b > a >= 1 << 40


def test_blocks_are_counted_from_the_size_unless_the_host_said() -> None:
    assert Stat(mode=0o100644, size=0, ino=1).blocks == 0
    assert Stat(mode=0o100644, size=513, ino=1).blocks == 2
    assert Stat(mode=0o100644, size=513, ino=1, nblocks=8).blocks == 8
    assert Stat(mode=0o100644, size=1, ino=1).dev == FS_DEV


def test_host_stat_is_shown_owned_by_root(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"12345")
    host = os.stat(f)
    st = Stat.from_host(host)
    assert (st.mode, st.size, st.ino, st.nlink) == (host.st_mode, 5, host.st_ino, host.st_nlink)
    assert st.uid == 0 and st.gid == 0 and st.blocks == host.st_blocks
    # (Stat's own __init__ sets every field, defaults included, and nothing else)
    assert sorted(vars(st)) == sorted(f.name for f in dataclasses.fields(Stat))
    assert vars(Stat(mode=1, size=2, ino=3)) == {f.name: f.default for f in dataclasses.fields(Stat)} | {
        "mode": 1, "size": 2, "ino": 3}  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        st.mode = 0  # type: ignore[misc]


def test_a_dirent64_record_is_packed_once_per_entry() -> None:
    e = DirEntry("h\udcffé", 1 << 41, 0o040000)
    name = "h\udcffé".encode("utf-8", "surrogateescape") + b"\0"
    rec = e.dirent64
    assert rec == struct.pack("<QqHB", 1 << 41, 0, 24, 4) + name  # 19 + 5 bytes: no padding
    assert e.dirent64 is rec  # kept with the entry: a kept listing is not packed again by the next run
    assert len(DirEntry("x" * 5, 1, 0o100000).dirent64) == 32 and len(DirEntry("x" * 4, 1, 0).dirent64) == 24


def _records_one_by_one(entries: list[DirEntry], start: int, count: int) -> tuple[bytes, int]:
    """What ``getdents64`` returned before listings were packed once: each record, its ``d_off`` the next position."""
    out, i = bytearray(), start
    while i < len(entries):
        rec = bytearray(entries[i].dirent64)
        if len(out) + len(rec) > count:
            break
        struct.pack_into("<q", rec, 8, i + 1)
        out += rec
        i += 1
    return bytes(out), i


# What a host name decodes to: any character but "/" and NUL, undecodable bytes as surrogateescape's.
_NAME_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\0") | st.sampled_from("\udc80\udcff")


@given(
    names=st.lists(st.text(_NAME_CHARS, min_size=1, max_size=40), max_size=30),
    count=st.integers(0, 2048),
)
def test_a_listing_packs_what_records_one_by_one_give(names: list[str], count: int) -> None:
    entries = [DirEntry(n, 1000 + i, (0o040000, 0o100000, 0o120000)[i % 3]) for i, n in enumerate(names)]
    listing = Listing.with_dots(entries, 7)
    whole = [DirEntry(".", 7, 0o040000), DirEntry("..", 7, 0o040000), *entries]
    assert list(listing) == whole
    for start in range(len(whole) + 2):  # (past the end too: nothing, the position kept)
        assert listing.pack(start, count) == _records_one_by_one(whole, start, count)


def test_a_kept_listings_records_and_dotted_form_are_made_once() -> None:
    body = Listing(DirEntry(f"m{i}.py", 10 + i, 0o100000) for i in range(50))
    dotted = body.dotted(3)
    assert body.dotted(3) is dotted  # the same whole listing for every open of the directory
    assert body.dotted(4) is not dotted and body.dotted(4)[0].ino == 4
    blob, end = dotted.pack(0, 1 << 15)
    again, _ = dotted.pack(0, 1 << 15)
    assert end == 52 and again == blob
    assert dotted._records is dotted._records  # packed once (a cached property)


def test_a_stat_is_immutable_and_packed_once_as_linux_struct_stat() -> None:
    s = Stat(mode=0o100644, size=5, ino=9, nlink=2, rdev=3, atime_ns=1_500_000_000, mtime_ns=2 * 10**9 + 7,
             ctime_ns=3 * 10**9, nblocks=8)  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.size = 6  # type: ignore[misc]
    raw = s.packed
    assert len(raw) == 144 and s.packed is raw
    dev, ino, nlink, mode, uid, gid, _pad, rdev, size, blksize, blocks = struct.unpack_from("<QQQIIIIQqqq", raw)
    got = (dev, ino, nlink, mode, uid, gid, rdev, size, blksize, blocks)
    assert got == (FS_DEV, 9, 2, 0o100644, 0, 0, 3, 5, 4096, 8)
    assert struct.unpack_from("<6q", raw, 72) == (1, 500_000_000, 2, 7, 3, 0)

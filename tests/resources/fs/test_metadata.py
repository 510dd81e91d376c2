"""Stat and inode numbers: runtime-only objects never collide with host inodes; blocks as st_blocks counts them."""

from __future__ import annotations

import os
import struct
from pathlib import Path

from multipie.resources.fs.metadata import FS_DEV, DirEntry, Stat, new_ino


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


def test_a_dirent64_record_is_packed_once_per_entry() -> None:
    e = DirEntry("h\udcffé", 1 << 41, 0o040000)
    name = "h\udcffé".encode("utf-8", "surrogateescape") + b"\0"
    rec = e.dirent64
    assert rec == struct.pack("<QqHB", 1 << 41, 0, 24, 4) + name  # 19 + 5 bytes: no padding
    assert e.dirent64 is rec  # kept with the entry: a kept listing is not packed again by the next run
    assert len(DirEntry("x" * 5, 1, 0o100000).dirent64) == 32 and len(DirEntry("x" * 4, 1, 0).dirent64) == 24

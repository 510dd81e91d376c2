"""ld.so.cache: x86-64 entries read, others skipped, malformed files refused with the offset."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from multipie.domains.legacy.ldcache import MAGIC, parse_ld_cache
from multipie.errors import InvalidModule


def make_cache(entries: list[tuple[int, str, str]]) -> bytes:
    strings = bytearray()
    table = bytearray()
    base = 48 + 24 * len(entries)
    for flags, key, value in entries:
        k = base + len(strings)
        strings += key.encode() + b"\0"
        v = base + len(strings)
        strings += value.encode() + b"\0"
        table += struct.pack("<iIIIQ", flags, k, v, 0, 0)
    header = struct.pack("<20sII", MAGIC, len(entries), len(strings)) + bytes(20)
    return header + bytes(table) + bytes(strings)


def test_entries() -> None:
    data = make_cache([(0x0303, "libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6"), (0x0003, "libc.so.6", "/lib32/x"),
                       (0x0303, "libc.so.6", "/second"), (0x0903, "libx.so", "/libx32/libx.so")])  # fmt: skip
    assert parse_ld_cache(data) == {"libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6"}


@pytest.mark.parametrize(
    "data",
    [b"", b"not a cache at all", make_cache([(0x0303, "a", "b")])[:60],
     make_cache([(0x0303, "a", "b")])[:-1].rstrip(b"\0") + b"x"],
)  # fmt: skip
def test_malformed(data: bytes) -> None:
    with pytest.raises(InvalidModule):
        parse_ld_cache(data, where="c")


@pytest.mark.skipif(not Path("/etc/ld.so.cache").is_file(), reason="needs the host's ld.so.cache")
def test_host_cache() -> None:
    assert parse_ld_cache(Path("/etc/ld.so.cache").read_bytes())["libc.so.6"].endswith("/libc.so.6")

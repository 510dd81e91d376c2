"""The dynamic section reader: interpreter, DT_NEEDED, RPATH/RUNPATH, SONAME; malformed files are InvalidModule."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from multipie.domains.legacy.dynsection import read_dynamic
from multipie.errors import InvalidModule
from tests.domains.legacy.dyngen import make_dynamic


def test_entries() -> None:
    data = make_dynamic(needed=("liba.so.1", "libb.so"), runpath="$ORIGIN/lib:/opt/x", soname="libme.so.2",
                        interp="/lib64/ld-linux-x86-64.so.2")  # fmt: skip
    info = read_dynamic(data, where="t")
    assert info.interp == "/lib64/ld-linux-x86-64.so.2" and info.needed == ("liba.so.1", "libb.so")
    assert info.runpath == ("$ORIGIN/lib", "/opt/x") and info.rpath == () and info.soname == "libme.so.2"
    assert info.dynamic and info.type == 3
    assert not read_dynamic(make_dynamic(e_type=2), where="t").needed


@pytest.mark.parametrize(
    ("damage", "text"),
    [
        (lambda d: d[:0x300], "runs past"),                                       # truncated dynamic section
        (lambda d: d[:0x410] + struct.pack("<qQ", 5, 0x9000) + d[0x420:], "no PT_LOAD"),  # DT_STRTAB outside
        (lambda d: d[:16] + struct.pack("<H", 1) + d[18:], "not an executable"),  # ET_REL
    ],
)  # fmt: skip
def test_malformed(damage: object, text: str) -> None:
    data = make_dynamic(needed=("liba.so.1",))
    with pytest.raises(InvalidModule, match=text):
        read_dynamic(damage(data), where="t")  # type: ignore[operator]


def test_string_offset_outside_table() -> None:
    with pytest.raises(InvalidModule, match="outside"):
        read_dynamic(make_dynamic(needed=("liba.so.1",), strsz=1), where="t")


@pytest.mark.skipif(shutil.which("ls") is None, reason="needs /bin/ls")
def test_host_ls() -> None:
    info = read_dynamic(Path(shutil.which("ls") or "").read_bytes(), where="ls")
    assert info.interp and "libc.so.6" in info.needed

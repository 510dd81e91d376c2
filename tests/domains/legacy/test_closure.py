"""The DT_NEEDED closure, resolved like ld.so inside the program's own file view."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from multipie.domains.legacy.closure import program_closure
from multipie.resources.fs import GuestFs, Layer
from multipie.resources.fs.sysroot import system_layer
from tests.domains.legacy.dyngen import make_dynamic


def test_search_order_links_and_missing(tmp_path: Path) -> None:
    lib = tmp_path / "lib" / "x86_64-linux-gnu"
    lib.mkdir(parents=True)
    (tmp_path / "lib64").mkdir()
    (lib / "ld-linux-x86-64.so.2").write_bytes(make_dynamic(soname="ld-linux-x86-64.so.2"))
    os.symlink("/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", tmp_path / "lib64" / "ld-linux-x86-64.so.2")
    (lib / "libfoo.so.1.2").write_bytes(make_dynamic(needed=("libbaz.so.9", "libc.so.6"), soname="libfoo.so.1"))
    os.symlink("libfoo.so.1.2", lib / "libfoo.so.1")
    (lib / "libc.so.6").write_bytes(make_dynamic(soname="libc.so.6"))
    (tmp_path / "app" / "lib").mkdir(parents=True)
    (tmp_path / "app" / "lib" / "libbar.so").write_bytes(make_dynamic(soname="libbar.so"))
    (tmp_path / "app" / "lib" / "libbaz.so.9").write_bytes(make_dynamic(soname="libbaz.so.9"))
    (lib / "libwrong.so").write_bytes(b"\x7fELF not really")  # skipped, as ld.so skips it
    (tmp_path / "usr" / "lib").mkdir(parents=True)
    (tmp_path / "usr" / "lib" / "libwrong.so").write_bytes(make_dynamic(soname="libwrong.so"))
    exe = make_dynamic(interp="/lib64/ld-linux-x86-64.so.2", needed=("libfoo.so.1", "libbar.so", "libwrong.so"),
                       runpath="$ORIGIN/lib", e_type=2)  # fmt: skip
    c = program_closure(GuestFs([Layer(tmp_path, whiteouts=False)]), exe, exe="/app/prog")
    assert c.interpreter == "/lib64/ld-linux-x86-64.so.2"
    assert c.interpreter_path == "/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
    found = {lib.name: lib.path for lib in c.libraries}
    assert found == {
        "libfoo.so.1": "/lib/x86_64-linux-gnu/libfoo.so.1.2",
        "libbar.so": "/app/lib/libbar.so",  # the executable's DT_RUNPATH, $ORIGIN expanded
        "libwrong.so": "/usr/lib/libwrong.so",  # the broken file in the first directory is skipped
        "libbaz.so.9": None,  # RUNPATH applies to the executable's own needs only, as in ld.so
        "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6",
    }
    assert [m.name for m in c.missing] == ["libbaz.so.9"] and c.missing[0].needed_by.endswith("libfoo.so.1.2")
    assert {"/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/libfoo.so.1", "/app/lib/libbar.so"} <= c.paths
    # The narrow root it gives loads the same closure and nothing else.
    narrow = GuestFs([Layer(tmp_path, whiteouts=False, filter=c.filter)])
    again = program_closure(narrow, exe, exe="/app/prog")
    assert {lib.name: lib.path for lib in again.libraries} == found
    assert narrow.resolve("/app/lib/libbaz.so.9").node is None


def test_static_program_needs_nothing(tmp_path: Path) -> None:
    c = program_closure(GuestFs(), make_dynamic(e_type=2), exe="/p")
    assert c.interpreter is None and c.libraries == [] and c.paths == set()


@pytest.mark.skipif(shutil.which("ls") is None or not Path("/etc/ld.so.cache").exists(), reason="needs a glibc host")
def test_host_ls_closure() -> None:
    ls = shutil.which("ls") or ""
    c = program_closure(GuestFs([system_layer()]), Path(ls).read_bytes(), exe=ls)
    names = {lib.name for lib in c.libraries}
    assert {"libc.so.6", "libselinux.so.1"} <= names and not c.missing
    assert c.interpreter_path is not None and all(os.path.exists(lib.path or "") for lib in c.libraries)

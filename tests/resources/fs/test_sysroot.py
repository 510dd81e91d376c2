"""The host's system tree a host program sees: /usr and its links, a filtered /etc, private files; never the rest."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from multipie.resources.fs import GuestFs, Layer
from multipie.resources.fs.sysroot import ETC_FILES, PRIVATE_FILES, populate, system_filter, system_layer
from tests.resources.fs.fshelpers import errno_of, names, read

needs_merged_usr = pytest.mark.skipif(
    not (Path("/usr/bin").is_dir() and Path("/etc/ld.so.cache").is_file()), reason="needs a Debian-like host"
)


@pytest.fixture
def fs() -> GuestFs:
    view = GuestFs([system_layer()])
    populate(view)
    return view


@needs_merged_usr
def test_system_tree_read_in_place(fs: GuestFs) -> None:
    assert read(fs, "/etc/ld.so.cache") == Path("/etc/ld.so.cache").read_bytes()
    assert fs.stat("/bin/sh").ino == os.stat("/bin/sh").st_ino  # the host's file, not a copy
    assert names(fs, "/") <= {"usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "tmp", "dev"}
    etc = names(fs, "/etc")
    assert etc <= {*ETC_FILES, *(p.split("/")[2] for p in PRIVATE_FILES), "ssl"} | {
        n for n in etc if n.startswith("python3.")
    }
    assert read(fs, "/etc/hostname") == b"multipie\n"
    assert b"root:x:0:0" in read(fs, "/etc/passwd") and len(read(fs, "/etc/passwd").splitlines()) == 2
    assert system_layer() is system_layer()  # one layer object shared by every domain


@needs_merged_usr
@pytest.mark.parametrize(
    "path",
    [
        "/etc/shadow", "/etc/ssh", "/etc/machine-id", "/etc/resolv.conf", "/etc/ssl/private", "/root", "/home",
        "/work", "/var", "/proc/self/root", "/proc/1/environ", "/run", "/usr/../work", "/lib/../../root",
        "/usr/bin/../../etc/shadow", "/etc/alternatives/../shadow",
    ],
)  # fmt: skip
def test_the_rest_of_the_host_is_absent(fs: GuestFs, path: str) -> None:
    assert errno_of(fs.stat, path) == errno.ENOENT


@needs_merged_usr
def test_granted_symlink_cannot_reach_hidden_files(fs: GuestFs, tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    os.symlink("/etc/shadow", tmp_path / "d" / "shadow")
    os.symlink("../../../../../../etc/shadow", tmp_path / "d" / "rel")
    os.symlink("/etc/passwd", tmp_path / "d" / "passwd")
    fs.grant(tmp_path / "d", "/data")
    assert errno_of(fs.open, "/data/shadow", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "/data/rel", os.O_RDONLY) == errno.ENOENT
    assert read(fs, "/data/passwd") == PRIVATE_FILES["/etc/passwd"]  # the guest's passwd, never the host's


@needs_merged_usr
def test_host_never_written_tmp_private(fs: GuestFs) -> None:
    other = GuestFs([system_layer()])
    populate(other)
    # Writes land in this domain's private area (as over an image's layers); the host is never written.
    for path in ("/tmp/x", "/usr/bin/multipie-test-new"):
        f = fs.open(path, os.O_CREAT | os.O_WRONLY)
        f.write(b"mine")
        f.close()
        assert read(fs, path) == b"mine"
        assert errno_of(other.open, path, os.O_RDONLY) == errno.ENOENT
    assert not Path("/usr/bin/multipie-test-new").exists()
    before = Path("/etc/ld.so.conf").read_bytes()
    f = fs.open("/etc/ld.so.conf", os.O_WRONLY | os.O_TRUNC)
    f.write(b"x")
    f.close()
    assert Path("/etc/ld.so.conf").read_bytes() == before and read(other, "/etc/ld.so.conf") == before


def test_filter_lists_etc_python_versions() -> None:
    names_ = system_filter().names()
    assert "/usr" in names_ and "/etc/ld.so.cache" in names_ and "/etc/shadow" not in names_


def test_a_domains_private_start_is_what_mkdir_made(tmp_path: Path) -> None:
    """populate() makes /tmp without a walk through the layers (GuestFs.add_dir): the same tree, modes, quota use
    and namespace key as the files plus ``mkdir`` made; a second add_dir of it is EEXIST, a relative one EINVAL."""
    layer = Layer(tmp_path)
    made = GuestFs([layer])
    populate(made)
    walked = GuestFs([layer])
    for path, data in PRIVATE_FILES.items():
        walked.add_file(path, data)
    walked.mkdir("/tmp", 0o1777)
    assert made.layers_key("/", (0,)) == walked.layers_key("/", (0,)) and made.area.used == walked.area.used
    assert made.stat("/tmp").mode == walked.stat("/tmp").mode == stat.S_IFDIR | 0o1777
    assert names(made, "/") == names(walked, "/") and names(made, "/etc") == names(walked, "/etc")
    f = made.open("/tmp/x", os.O_CREAT | os.O_WRONLY)  # writable, charged as any private file
    f.write(b"x")
    f.close()
    assert read(made, "/tmp/x") == b"x" and errno_of(walked.open, "/tmp/x", os.O_RDONLY) == errno.ENOENT
    assert errno_of(made.add_dir, "/tmp") == errno.EEXIST and errno_of(made.add_dir, "tmp2") == errno.EINVAL
    small = GuestFs([layer], quota=sum(map(len, PRIVATE_FILES.values())) + 100)
    assert errno_of(populate, small) == errno.ENOSPC  # (the directory's charge does not fit)

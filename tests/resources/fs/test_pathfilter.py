"""PathFilter: listed paths with everything below, their ancestors as directories, nothing else."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from multipie.resources.fs import FsError, GuestFs, Layer
from multipie.resources.fs.pathfilter import PathFilter
from tests.resources.fs.fshelpers import errno_of, names, read


def test_visible() -> None:
    f = PathFilter.of(["usr", "/etc/ld.so.cache", "etc/ssl/certs"])
    assert f.visible(("usr",)) and f.visible(("usr", "bin", "ls"))
    assert f.visible(("etc",)) and f.visible(("etc", "ssl")) and f.visible(("etc", "ssl", "certs", "x.pem"))
    assert f.visible(("etc", "ld.so.cache"))
    for hidden in (("etc", "shadow"), ("etc", "ssl", "private"), ("work",), ("etc", "ld.so.cache2"), ("usrx",)):
        assert not f.visible(hidden)
    assert f.names() == ["/etc/ld.so.cache", "/etc/ssl/certs", "/usr"] and len(f) == 3


def test_covers_means_everything_below_is_visible() -> None:
    f = PathFilter.of(["usr", "etc/ssl/certs"])
    assert f.covers(("usr",)) and f.covers(("usr", "lib", "python3.11")) and f.covers(("etc", "ssl", "certs"))
    for partly in ((), ("etc",), ("etc", "ssl"), ("etc", "ssl", "private"), ("usrx",)):
        assert not f.covers(partly)  # above a listed path (listed in part) or hidden


def test_a_covered_directory_lists_whole_and_one_above_lists_only_the_way_down(tmp_path: Path) -> None:
    for d in ("usr/lib/a", "usr/lib/b", "etc/ssl/certs", "etc/ssl/private"):
        (tmp_path / d).mkdir(parents=True)
    (tmp_path / "usr" / "lib" / "f").write_text("f\n")
    (tmp_path / "etc" / "passwd").write_text("root\n")
    fs = GuestFs([Layer.shared(tmp_path, whiteouts=False, filter=PathFilter.of(["usr", "etc/ssl/certs"]))])
    assert names(fs, "/usr/lib") == {"a", "b", "f"}
    assert names(fs, "/etc") == {"ssl"} and names(fs, "/etc/ssl") == {"certs"}


@pytest.mark.parametrize("bad", ["", "/", "usr/../etc", "./usr"])
def test_refuses_non_normal_paths(bad: str) -> None:
    with pytest.raises(FsError):
        PathFilter.of([bad])


def test_filtered_layer_hides_the_rest(tmp_path: Path) -> None:
    (tmp_path / "usr" / "bin").mkdir(parents=True)
    (tmp_path / "usr" / "bin" / "tool").write_text("tool\n")
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "ok").write_text("ok\n")
    (tmp_path / "etc" / "shadow").write_text("secret\n")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "key").write_text("secret\n")
    os.symlink("usr/bin", tmp_path / "bin")
    os.symlink("/etc/shadow", tmp_path / "usr" / "bin" / "to_shadow")
    os.symlink("../../home/key", tmp_path / "usr" / "bin" / "to_home")
    layer = Layer.shared(tmp_path, whiteouts=False, filter=PathFilter.of(["usr", "bin", "etc/ok"]))
    assert layer is Layer.shared(tmp_path, whiteouts=False, filter=PathFilter.of(["bin", "usr", "etc/ok"]))
    assert layer is not Layer.shared(tmp_path, whiteouts=False)
    fs = GuestFs([layer])
    assert read(fs, "/bin/tool") == b"tool\n"  # a listed link, followed to a listed directory
    assert read(fs, "/etc/ok") == b"ok\n"
    assert names(fs, "/etc") == {"ok"} and {"usr", "bin", "etc", "dev"} == names(fs, "/")
    for path in ("/etc/shadow", "/home/key", "/usr/../home/key", "/usr/bin/to_shadow", "/usr/bin/to_home",
                 "/bin/../../etc/shadow", "/proc/self/root/etc/shadow"):  # fmt: skip
        assert errno_of(fs.open, path, os.O_RDONLY) == errno.ENOENT, path
    # The hidden entries do not exist for stat either, and are never listed.
    assert errno_of(fs.stat, "/home") == errno.ENOENT
    assert layer.dir_fd(("usr",)) >= 0
    with pytest.raises(FsError):
        layer.dir_fd(("home",))

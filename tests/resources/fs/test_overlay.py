"""The root a domain sees: its private area over shared layers (whiteouts, copy-up, rmdir over a layer)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from multipie.resources.fs import GuestFs, Layer
from multipie.resources.fs.devices import DEVICES, DeviceNode
from multipie.resources.fs.host import WH_OPAQUE
from tests.resources.fs.fshelpers import errno_of, names, read


def test_union_and_whiteouts(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    assert names(fs, "/etc") == {"a", "c", "escape_rel", "abs"}
    assert read(fs, "/etc/a") == b"base a\n"
    assert errno_of(fs.open, "/etc/b", os.O_RDONLY) == errno.ENOENT
    assert names(fs, "/opq") == {"new"}
    assert errno_of(fs.open, "/opq/old", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "/etc/.wh.b", os.O_RDONLY) == errno.ENOENT
    assert {"etc", "opq", "bin", "dev"} <= names(fs, "/")


def test_private_writes_copy_up(layers: tuple[Layer, Layer], tmp_path: Path) -> None:
    fs = GuestFs(layers)
    f = fs.open("/etc/a", os.O_WRONLY | os.O_TRUNC)
    f.write(b"changed\n")
    f.close()
    assert read(fs, "/etc/a") == b"changed\n"
    assert (tmp_path / "low" / "etc" / "a").read_text() == "base a\n"  # layer untouched
    fs.unlink("/etc/c")
    assert "c" not in names(fs, "/etc")
    assert (tmp_path / "top" / "etc" / "c").exists()
    fs.mkdir("/work")
    g = fs.open("/work/out", os.O_CREAT | os.O_WRONLY)
    g.write(b"x" * 10)
    g.close()
    assert fs.stat("/work/out").size == 10
    fs.rename("/work/out", "/etc/moved")
    assert read(fs, "/etc/moved") == b"x" * 10
    assert errno_of(fs.stat, "/work/out") == errno.ENOENT
    # A second domain over the same layers sees none of it.
    other = GuestFs(layers)
    assert read(other, "/etc/a") == b"base a\n"
    assert "c" in names(other, "/etc") and "moved" not in names(other, "/etc")
    assert errno_of(other.stat, "/work") == errno.ENOENT


def test_rmdir_and_recreate_over_layer(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    assert errno_of(fs.unlink, "/bin", dir=True) == errno.ENOTEMPTY
    fs.unlink("/bin/tool")
    fs.unlink("/bin", dir=True)
    assert errno_of(fs.stat, "/bin") == errno.ENOENT
    fs.mkdir("/bin")
    assert names(fs, "/bin") == set()


def test_mount_parents_are_listed_with_their_inode() -> None:
    """A device's parent (/dev) is listed with a real inode: libcs skip entries whose d_ino is 0."""
    from multipie.resources.fs import GuestFs

    fs = GuestFs()
    dev = next(e for e in fs.root().entries() if e.name == "dev")
    assert dev.ino != 0 and dev.ino == fs.stat("/dev").ino


def test_a_directory_of_one_layer_lists_as_the_host_does_with_mount_points_below_it(tmp_path: Path) -> None:
    (tmp_path / "lib" / "sub").mkdir(parents=True)
    for name in ("b", "a", ".wh.c"):  # (no whiteouts in this layer: a name like any other)
        (tmp_path / "lib" / name).write_text(name)
    fs = GuestFs([Layer(tmp_path, whiteouts=False)], devices=False)
    lib = fs.lookup("/lib")
    host = [(e.name, e.inode()) for e in os.scandir(tmp_path / "lib")]
    assert [(e.name, e.ino) for e in lib.entries()] == host  # (OverlayDir.entries' one-layer path: the same list)
    assert isinstance(lib.entries(), tuple)  # immutable: a DirFile's snapshot cannot change under it
    fs.specials[("lib", "null")] = DeviceNode("null", DEVICES["null"])  # a device below it: merged in, as before
    assert names(fs, "/lib") == {"a", "b", ".wh.c", "sub", "null"}


def test_a_directory_of_one_image_layer_lists_as_kept_or_without_its_whiteout_names(tmp_path: Path) -> None:
    """A layer with whiteouts: a directory without any is its kept listing as is; one with some is merged as before
    (whiteout and opaque names left out)."""
    (tmp_path / "d").mkdir()
    (tmp_path / "plain").mkdir()
    for name in ("a", ".wh.gone", WH_OPAQUE):
        (tmp_path / "d" / name).write_text(name)
    (tmp_path / "plain" / "p").write_text("p")
    fs = GuestFs([Layer(tmp_path)], devices=False)
    assert names(fs, "/d") == {"a"} and names(fs, "/plain") == {"p"}
    with fs.cached_lookups():  # a run: the layer's listings are watched and kept
        d, plain = fs.lookup("/d"), fs.lookup("/plain")
        assert [e.name for e in d.entries()] == ["a"] and errno_of(fs.lookup, "/d/.wh.gone") == errno.ENOENT
        assert [e.name for e in plain.entries()] == ["p"] and plain.entries() is plain.entries()

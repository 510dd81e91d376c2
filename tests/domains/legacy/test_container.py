"""Container images built by umoci (not by multiPIE) run as legacy domains: config, layers, whiteouts, sharing."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
import tracemalloc
from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import process
from multipie.domains.legacy.container import ImageConfig, flatten, unpack_layer
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

UMOCI = shutil.which("umoci")
APPLETS = ("sh", "ls", "cat", "echo", "wc", "sort", "sha256sum", "grep", "sed", "tar", "env", "pwd", "test")


def umoci(*args: str) -> None:
    subprocess.run([UMOCI or "umoci", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-layer busybox image: layer 2 deletes /etc/motd (a whiteout) and adds /etc/motd2."""
    if UMOCI is None:
        pytest.skip("umoci is not installed")
    if not Path(BUSYBOX).exists():
        pytest.skip("busybox-static is not installed")
    base = tmp_path_factory.mktemp("img")
    layout, bundle = base / "layout", base / "bundle"
    umoci("init", "--layout", str(layout))
    umoci("new", "--image", f"{layout}:latest")
    umoci("unpack", "--image", f"{layout}:latest", str(bundle))
    root = bundle / "rootfs"
    for d in ("bin", "etc", "root", "data"):
        (root / d).mkdir(exist_ok=True)
    shutil.copy(BUSYBOX, root / "bin" / "busybox")
    for a in APPLETS:
        (root / "bin" / a).symlink_to("busybox")
    (root / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/sh\n")
    (root / "etc" / "motd").write_text("old motd\n")
    (root / "data" / "big").write_bytes(bytes(range(256)) * 4096)
    umoci("repack", "--image", f"{layout}:latest", str(bundle))
    bundle = base / "bundle2"
    umoci("unpack", "--image", f"{layout}:latest", str(bundle))
    root = bundle / "rootfs"
    (root / "etc" / "motd").unlink()
    (root / "etc" / "motd2").write_text("new motd\n")
    umoci("repack", "--image", f"{layout}:latest", str(bundle))
    umoci(
        "config", "--image", f"{layout}:latest", "--config.cmd", "sh", "--config.cmd=-c",
        "--config.cmd=echo $GREETING from $PWD; read x < /etc/motd2; echo $x",
        "--config.env", "GREETING=hi", "--config.env", "PATH=/bin", "--config.workingdir", "/root",
    )  # fmt: skip
    return layout


@pytest.fixture(autouse=True)
def private_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_LAYER_DIR", str(tmp_path / "layers"))
    monkeypatch.setenv("MULTIPIE_STORE_DIR", str(tmp_path / "blobs"))


def test_config_parsing() -> None:
    cfg = ImageConfig.parse(
        b'{"os":"linux","architecture":"amd64","config":{"Entrypoint":["/bin/x"],"Cmd":["a"],'
        b'"Env":["A=1","B=x=y"],"WorkingDir":"/w"}}',
        where="t",
    )
    assert cfg.argv(None) == ["/bin/x", "a"] and cfg.argv(["b", "c"]) == ["/bin/x", "b", "c"]
    assert cfg.env == {"A": "1", "B": "x=y"} and cfg.working_dir == "/w"
    for bad in (b'{"os":"windows"}', b'{"config":{"Env":["noequals"]}}', b'{"config":{"WorkingDir":"rel"}}'):
        with pytest.raises(multipie.PackageError):
            ImageConfig.parse(bad, where="t")


def _tar(members: list[tarfile.TarInfo], contents: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for m in members:
            data = contents.get(m.name)
            if data is not None:
                m.size = len(data)
            t.addfile(m, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def test_unpack_refuses_escapes(tmp_path: Path) -> None:
    link = tarfile.TarInfo("evil")
    link.type, link.linkname = tarfile.SYMTYPE, "../../etc"
    with pytest.raises(multipie.PackageError):
        unpack_layer(_tar([link], {}), "application/vnd.oci.image.layer.v1.tar", "sha256:" + "1" * 64,
                     store=tmp_path, where="t")  # fmt: skip
    dotdot = tarfile.TarInfo("../x")
    with pytest.raises(multipie.PackageError):
        unpack_layer(_tar([dotdot], {"../x": b"x"}), "application/vnd.oci.image.layer.v1.tar", "sha256:" + "2" * 64,
                     store=tmp_path, where="t")  # fmt: skip
    # A symlinked directory inside the layer cannot redirect a later member out of it.
    d = tarfile.TarInfo("d")
    d.type, d.linkname = tarfile.SYMTYPE, "/tmp"
    f = tarfile.TarInfo("d/planted")
    with pytest.raises(multipie.PackageError):
        unpack_layer(_tar([d, f], {"d/planted": b"x"}), "application/vnd.oci.image.layer.v1.tar",
                     "sha256:" + "3" * 64, store=tmp_path, where="t")  # fmt: skip
    assert not Path("/tmp/planted").exists()
    assert not any(p.name == "planted" for p in tmp_path.rglob("*"))


@needs_vm
@needs_busybox
def test_image_runs_with_config(rt: multipie.Runtime, image: Path) -> None:
    svc = rt.load(f"{image}:latest")
    assert svc.kind == "container" and len(svc.details()["layers"]) == 2  # type: ignore[arg-type]
    out = bytearray()
    assert rt.run_command(svc, [], stdout=out) == 0
    assert out == b"hi from /root\nnew motd\n"
    out = bytearray()
    assert rt.run_command(svc, ["cat", "/etc/motd"], stdout=out, stderr=bytearray()) == 1  # whited out
    out = bytearray()
    assert rt.run_command(svc, ["sha256sum", "/data/big"], stdout=out) == 0
    nat = subprocess.run([BUSYBOX, "sha256sum", "-"], input=bytes(range(256)) * 4096, capture_output=True)
    assert bytes(out).split()[0] == nat.stdout.split()[0]
    out = bytearray()
    assert rt.run_command(svc, ["sh", "-c", "echo $GREETING"], env={"GREETING": "yo"}, stdout=out) == 0
    assert out == b"yo\n"


@needs_vm
@needs_busybox
def test_domains_share_layers_not_writes(rt: multipie.Runtime, image: Path) -> None:
    svc = rt.load(f"{image}:latest")
    layer_bytes = sum(p.stat().st_size for d in svc.details()["layers"] for p in Path(d).rglob("*") if p.is_file())  # type: ignore[union-attr]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    domains = [svc.spawn() for _ in range(20)]
    per_domain = (tracemalloc.get_traced_memory()[0] - before) / 20
    tracemalloc.stop()
    try:
        # One copy of the layers for everyone: a domain costs a few KiB, not the layers' megabytes.
        assert per_domain < 64 << 10 < layer_bytes
        assert all(d.fs.layers[0] is domains[0].fs.layers[0] for d in domains)  # type: ignore[attr-defined]
        a, b = domains[0], domains[1]
        assert a.run(["sh", "-c", "echo mine > /etc/motd2; echo x > /root/new"]) == 0
        out = bytearray()
        assert a.run(["cat", "/etc/motd2", "/root/new"], stdout=out) == 0 and out == b"mine\nx\n"
        out = bytearray()
        assert b.run(["cat", "/etc/motd2"], stdout=out) == 0 and out == b"new motd\n"
        assert b.run(["test", "-e", "/root/new"]) == 1
    finally:
        for d in domains:
            d.close()
    # The layer directories on disk were never written.
    assert all("mine" not in p.read_text(errors="ignore") for d in svc.details()["layers"]
               for p in Path(d).rglob("motd2"))  # type: ignore[union-attr]  # fmt: skip


@needs_vm
@needs_busybox
def test_cli_runs_image(image: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from multipie.cli import app

    res = CliRunner().invoke(app, ["run", f"{image}:latest", "echo", "from", "cli"])
    assert res.exit_code == 0, res.output
    assert "from cli" in res.output


@needs_vm
@needs_busybox
def test_image_without_a_command_runs_the_given_one(rt: multipie.Runtime, image: Path, tmp_path: Path) -> None:
    layout = tmp_path / "layout"
    shutil.copytree(image, layout)
    umoci("config", "--image", f"{layout}:latest", "--tag", "nocmd", "--clear=config.cmd")
    svc = rt.load(f"{layout}:nocmd")  # was: PackageError "the image's layers hold no .wasm file"
    assert svc.kind == "container"
    out = bytearray()
    assert rt.run_command(svc, ["echo", "explicit"], stdout=out) == 0  # docker semantics (trial finding 7)
    assert out == b"explicit\n"
    with pytest.raises(multipie.UsageError, match="no Entrypoint or Cmd"):
        rt.run_command(svc, [])


@needs_busybox
@pytest.mark.skipif(not process.available(), reason="needs bubblewrap")
def test_image_runs_with_process_isolation(rt: multipie.Runtime, image: Path) -> None:
    """The same image under bubblewrap: a flattened root (whiteouts applied), the same config and output."""
    svc = rt.load(f"{image}:latest", isolation="process")
    assert svc.details()["isolation"] == "process"
    out = bytearray()
    assert rt.run_command(svc, [], stdout=out) == 0 and out == b"hi from /root\nnew motd\n"
    err = bytearray()
    assert rt.run_command(svc, ["cat", "/etc/motd"], stdout=bytearray(), stderr=err) == 1 and b"No such" in err
    out = bytearray()
    assert rt.run_command(svc, ["sh", "-c", "echo $GREETING"], env={"GREETING": "yo"}, stdout=out) == 0
    assert out == b"yo\n"


def test_flatten_applies_whiteouts_and_never_follows_links(tmp_path: Path) -> None:
    low, top, outside = tmp_path / "low", tmp_path / "top", tmp_path / "outside"
    for d in (low / "etc", low / "opq", top / "etc", top / "opq", top / "link", outside):
        d.mkdir(parents=True)
    (low / "etc" / "gone").write_text("x")
    (low / "etc" / "kept").write_text("kept")
    (low / "opq" / "old").write_text("old")
    os.symlink(str(outside), low / "link")  # a lower symlink a higher layer's directory replaces
    (top / "etc" / ".wh.gone").write_text("")
    (top / "opq" / ".wh..wh..opq").write_text("")
    (top / "opq" / "new").write_text("new")
    (top / "link" / "planted").write_text("planted")
    flat = flatten([top, low], tmp_path / "flat", where="t")
    assert sorted(os.listdir(flat / "etc")) == ["kept"] and os.listdir(flat / "opq") == ["new"]
    assert not (flat / "link").is_symlink() and (flat / "link" / "planted").read_text() == "planted"
    assert os.listdir(outside) == []  # nothing was written through the lower layer's link
    assert {"proc", "dev", "tmp", "run"} <= set(os.listdir(flat))
    assert os.stat(flat / "etc" / "kept").st_ino == os.stat(low / "etc" / "kept").st_ino  # hard-linked, not copied
    assert flatten([top, low], tmp_path / "flat", where="t") == flat  # made once

"""The root a host program sees under each host_root policy, and what inspect shows of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy.roots import HOST_ROOTS, describe_root, domain_fs, host_layers, program_path
from multipie.resources.fs import FsError
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

LS = shutil.which("ls") or "/bin/ls"
needs_glibc = pytest.mark.skipif(not Path("/etc/ld.so.cache").is_file(), reason="needs a glibc host")


@needs_glibc
def test_policies() -> None:
    data = Path(LS).read_bytes()
    system, none = host_layers("system", data, exe=LS, name="ls"), host_layers("none", data, exe=LS, name="ls")
    derived, closure = host_layers("derived", data, exe=LS, name="ls")
    assert none == ([], None) and system[1] is None and closure is not None
    fs = domain_fs(derived, image=False, quota=1 << 20, name="ls", memory_limit=None)
    assert fs.stat("/lib64/ld-linux-x86-64.so.2").size > 0
    assert fs.stat("/usr/lib/x86_64-linux-gnu/libselinux.so.1").size > 0
    with pytest.raises(FsError):
        fs.stat("/usr/bin/ls")  # not in the closure: a narrower root than the whole system tree
    assert fs.stat("/etc/passwd").size > 0 and fs.stat("/tmp").mode & 0o1777 == 0o1777
    with pytest.raises(multipie.UsageError, match="host_root"):
        host_layers("everything", data, exe=LS, name="ls")
    assert set(HOST_ROOTS) == {"system", "derived", "none"}
    info = describe_root("derived", derived, closure)
    assert any("libc.so.6 ->" in lib for lib in info["libraries"])  # type: ignore[union-attr]
    assert info["missing"] == ["none"] and any("/etc/ld.so.cache" in r for r in info["root"])  # type: ignore[union-attr]


def test_quota_too_small_is_out_of_memory() -> None:
    with pytest.raises(multipie.OutOfMemory, match="no room"):
        domain_fs([], image=False, quota=16, name="p", memory_limit=16)


@needs_vm
@needs_busybox
@pytest.mark.parametrize("policy", ["system", "none"])
def test_static_program_sees_its_root(rt: multipie.Runtime, policy: str) -> None:
    svc = rt.load(BUSYBOX, host_root=policy)
    out, err = bytearray(), bytearray()
    script = "ls /; cat /etc/hostname; cat /etc/shadow; ls /work /root /home /proc/self/root; ls /usr/bin/ls"
    rt.run_command(svc, ["sh", "-c", script], stdout=out, stderr=err)
    lines = out.decode().split("\n")
    top = set(lines[: lines.index("multipie")])
    if policy == "system":
        assert {"usr", "bin", "lib", "etc", "tmp", "dev"} <= top and "work" not in top and "root" not in top
        assert b"/usr/bin/ls\n" in out
    else:
        assert top == {"dev", "etc", "tmp"}
    assert err.count(b"No such file or directory") >= 5 and b"shadow" in err


@needs_vm
@needs_busybox
def test_system_root_lets_a_shell_run_host_programs(rt: multipie.Runtime, tmp_path: Path) -> None:
    (tmp_path / "f").write_text("b\na\n")
    out = bytearray()
    code = rt.run_command(rt.load(BUSYBOX), ["sh", "-c", "/bin/busybox sort /d/f; cat /etc/passwd | wc -l"],
                          dirs={str(tmp_path): "/d:ro"}, stdout=out)  # fmt: skip
    assert code == 0 and out == b"a\nb\n2\n"


def test_program_path_is_the_real_path_inside_the_system_tree_only() -> None:
    assert program_path("/usr/bin/python3.11", "python3") == "/usr/bin/python3.11"
    assert program_path("/work/build/prog", "prog") == "/prog"
    assert program_path("/etc/shadow", "x") == "/x"  # /etc is filtered: not a system file
    assert program_path(None, "prog") == "/prog"
    assert program_path("/", "root") == "/root"

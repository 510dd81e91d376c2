"""Debian's static busybox (glibc) applets as virtine domains: output and exit codes equal native runs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import multipie
from tests.domains.legacy.conftest import BUSYBOX, needs_busybox, needs_vm

pytestmark = [needs_vm, needs_busybox]

CASES = [
    ["sh", "-c", "echo hi; x=6; echo $((x*7)); for i in 1 2 3; do echo n$i; done; test -f D/f.txt && exit 4"],
    ["ls", "-1", "D"],
    ["ls", "-la", "D/sub"],
    ["sort", "-r", "D/f.txt"],
    ["wc", "D/f.txt", "D/nums.txt"],
    ["sha256sum", "D/nums.txt", "D/f.txt"],
    ["grep", "-n", "apple", "D/f.txt"],
    ["grep", "-q", "durian", "D/f.txt"],
    ["sed", "-e", "s/a/A/g; 2d", "D/f.txt"],
    ["tar", "-cf", "-", "-C", "D", "f.txt", "sub"],
    ["cat", "D/missing"],
    ["echo", "plain", "echo"],
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("bbdata")
    (d / "f.txt").write_text("banana\napple\ncherry\napple pie\n")
    (d / "nums.txt").write_text("".join(f"{i}\n" for i in range(3000)))
    (d / "sub").mkdir()
    (d / "sub" / "x").write_text("inner\n")
    return d


@pytest.mark.parametrize("args", CASES, ids=lambda a: " ".join(a[:2]))
def test_applet_matches_native(rt: multipie.Runtime, data: Path, args: list[str]) -> None:
    svc = rt.load(BUSYBOX, name="busybox")
    out, err = bytearray(), bytearray()
    code = rt.run_command(
        svc, [a.replace("D", "/data") for a in args], dirs={str(data): "/data"}, stdout=out, stderr=err
    )
    nat = subprocess.run([BUSYBOX, *[a.replace("D", str(data)) for a in args]], capture_output=True)
    assert code == nat.returncode
    assert bytes(out) == nat.stdout.replace(str(data).encode(), b"/data")
    assert bytes(err) == nat.stderr.replace(str(data).encode(), b"/data")


def test_writes_land_in_private_area(rt: multipie.Runtime, data: Path) -> None:
    svc = rt.load(BUSYBOX, name="busybox")
    with svc.spawn() as a, svc.spawn() as b:
        assert a.run(["sh", "-c", "echo private > /tmp/note && mkdir /etc/mine"]) == 0
        out = bytearray()
        assert a.run(["cat", "/tmp/note"], stdout=out) == 0 and out == b"private\n"
        assert b.run(["cat", "/tmp/note"], stderr=bytearray()) == 1  # the other domain sees nothing
        assert b.run(["test", "-d", "/etc/mine"]) == 1
    assert not (data / "note").exists()


def test_stdin_pipeline_within_shell(rt: multipie.Runtime) -> None:
    out = bytearray()
    code = rt.run_command(BUSYBOX, ["sh", "-c", "read a; read b; echo $b $a"], stdin=b"first\nsecond\n", stdout=out)
    assert code == 0 and out == b"second first\n"


def test_limits_seen_by_the_shell(rt: multipie.Runtime) -> None:
    out = bytearray()
    assert rt.run_command(BUSYBOX, ["sh", "-c", "ulimit -s; ulimit -n"], stdout=out) == 0
    assert out == b"8192\n1024\n"


def test_sleep_is_bounded_by_the_timeout(rt: multipie.Runtime) -> None:
    svc = rt.load(BUSYBOX, name="busybox")
    with pytest.raises(multipie.Timeout, match="slept past its time limit"):  # stopped at the deadline
        rt.run_command(svc, ["sleep", "30"], timeout=0.3)
    assert rt.run_command(svc, ["true"]) == 0

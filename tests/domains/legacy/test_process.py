"""The bubblewrap fallback (isolation="process"): same API, weaker isolation, typed faults."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.legacy import process

pytestmark = pytest.mark.skipif(not process.available(), reason="bubblewrap (bwrap) is not installed")


def test_dynamic_executable_runs(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/ls", isolation="process")
    assert "weaker" in str(svc.details()["note"])
    out = bytearray()
    assert rt.run_command(svc, ["-1", "/run/multipie"], stdout=out) == 0
    assert out == b"ls\n"


def test_dynamic_is_a_virtine_unless_asked(rt: multipie.Runtime) -> None:
    assert rt.load("/bin/ls").isolation == "virtine"  # its ld.so is loaded beside it (docs/legacy.md)
    assert rt.load("/bin/ls", isolation="process", name="ls-bwrap").isolation == "process"


def test_private_tmp_and_grants(rt: multipie.Runtime, tmp_path: Path) -> None:
    svc = rt.load("/bin/busybox", isolation="process", name="busybox")
    (tmp_path / "in.txt").write_text("b\na\n")
    with svc.spawn() as d1, svc.spawn() as d2:
        assert d1.run(["sh", "-c", "echo one > /tmp/f"]) == 0
        out = bytearray()
        assert d1.run(["cat", "/tmp/f"], stdout=out) == 0 and out == b"one\n"
        err = bytearray()
        assert d2.run(["cat", "/tmp/f"], stderr=err) == 1 and b"No such file" in err
        out = bytearray()
        assert d1.run(["sort", "/data/in.txt"], dirs={str(tmp_path): "/data"}, stdout=out) == 0
        assert out == b"a\nb\n"
    assert rt.live_domains == 0


def test_exit_code_env_stdin(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/busybox", isolation="process", name="busybox")
    out = bytearray()
    code = rt.run_command(
        svc, ["sh", "-c", "read x; echo $x-$FOO; exit 7"], env={"FOO": "bar"}, stdin=b"in\n", stdout=out
    )
    assert code == 7 and out == b"in-bar\n"


def test_faults_are_typed(rt: multipie.Runtime) -> None:
    svc = rt.load("/bin/busybox", isolation="process", name="busybox")
    with svc.spawn() as d:
        with pytest.raises(multipie.Trap) as info:
            d.run(["sh", "-c", "kill -SEGV $$"])
        assert info.value.code is multipie.TrapCode.PAGE_FAULT
        assert not d.is_open
    with pytest.raises(multipie.Timeout):
        rt.run_command(svc, ["sleep", "10"], timeout=0.2)
    assert rt.run_command(svc, ["true"]) == 0


def test_filtered_etc_like_a_virtine(rt: multipie.Runtime) -> None:
    """Under bubblewrap too, /etc holds only the listed host files and the guest's own passwd/group/hosts."""
    svc = rt.load("/bin/busybox", isolation="process", name="busybox")
    out, err = bytearray(), bytearray()
    script = "cat /etc/passwd | wc -l; hostname; test -e /etc/ld.so.cache && echo cache; cat /etc/shadow /etc/ssh"
    assert rt.run_command(svc, ["sh", "-c", script], stdout=out, stderr=err) == 1
    assert out == b"2\nmultipie\ncache\n" and err.count(b"No such file") == 2

"""``multipie up``: manifest errors all shown, ``make run`` passes --listen, ``--ray`` without an address."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from multipie.cli.serve import ray_flag
from tests.conftest import ROOT, run_cli

run = run_cli


def test_manifest_errors_are_all_shown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "multipie.toml").write_text('[app]\nname = "x"\n[service.echo]\nsource = "a.wat"\n')
    code, _, err = run(capsys, "up", str(tmp_path), "--listen", "127.0.0.1:0")
    assert code == 2
    assert "missing required key 'services'" in err
    assert "unknown key 'service' (did you mean 'services'?)" in err


def test_make_run_takes_listen() -> None:
    proc = subprocess.run(
        ["make", "-n", "run", "LISTEN=0.0.0.0:9123"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "multipie up examples/app --listen 0.0.0.0:9123" in proc.stdout


def test_ray_flag_alone_means_a_local_instance(tmp_path: Path) -> None:
    app = str(tmp_path)
    assert ray_flag(["up", app, "--ray"]) == ["up", app, "--ray", "local"]
    assert ray_flag(["up", "--ray", app]) == ["up", "--ray", "local", app]  # an existing path is the app
    assert ray_flag(["up", "--ray", "--listen", ":0"]) == ["up", "--ray", "local", "--listen", ":0"]
    assert ray_flag(["up", app, "--ray", "ray://head:10001"]) == ["up", app, "--ray", "ray://head:10001"]
    assert ray_flag(["up", app]) == ["up", app]

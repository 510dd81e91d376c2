"""examples/pipeline: the shared-region pipeline computes what the process + pipe pipeline computes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import multipie

ROOT = Path(__file__).resolve().parents[2]


def _pipeline_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pipeline_example", ROOT / "examples" / "pipeline" / "pipeline.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shared_and_pipes_pipelines_agree(rt: multipie.Runtime) -> None:
    mod = _pipeline_module()
    shared = mod.SharedPipeline(rt)
    pipes = mod.PipesPipeline(rt)
    try:
        got = [shared.frame(seq) for seq in range(3)]
        assert got == [pipes.frame(seq) for seq in range(3)]
        assert len(set(got)) == 3  # frames differ, so checksums do
        # The filter's output is visible to the host without a copy.
        assert any(shared.b.view[:64])
    finally:
        shared.close()
        pipes.close()

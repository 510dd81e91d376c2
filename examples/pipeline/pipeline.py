"""producer -> filter -> consumer passing 1 MiB frames: shared regions + capabilities vs processes + pipes.

The same three guests (``guest/pipeline/*.wat``) run both ways:

- **shared** (multiPIE): one runtime, three domains in one capability group.
  The producer writes a frame into region A, calls the filter through a
  capability; the filter reads A (read-only grant), writes region B, calls the
  consumer through a capability; the consumer checksums B (read-only grant).
  Nothing is copied and no call leaves Wasm.
- **pipes**: three OS processes. Each stage runs its guest in its own runtime
  with private regions; the capability to the next stage is a host function
  that writes the frame into a pipe and reads the 4-byte checksum back.

Run ``python examples/pipeline/pipeline.py [FRAMES]`` for a side-by-side report.
"""

from __future__ import annotations

import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

import multipie

FRAME = 1 << 20
ROOT = Path(__file__).resolve().parents[2]
GUESTS = ROOT / "guest" / "pipeline"


def _guest(name: str) -> str:
    built = ROOT / "build" / "guest" / "pipeline" / f"{name}.wasm"
    return str(built if built.exists() else GUESTS / f"{name}.wat")


class SharedPipeline:
    """The multiPIE pipeline: three domains, two regions, two capability calls per frame."""

    def __init__(self, rt: multipie.Runtime) -> None:
        self.rt = rt
        self.a = rt.region(FRAME, name="frames-a")
        self.b = rt.region(FRAME, name="frames-b")
        self.consumer = rt.load(_guest("consumer")).spawn(grants={"env.frame": self.b.capability(writable=False)})
        self.consume_cap = rt.capability(self.consumer, "consume")
        self.filter = rt.load(_guest("filter")).spawn(
            grants={
                "env.src": self.a.capability(writable=False),
                "env.dst": self.b.capability(),
                "env.consume": self.consume_cap,
            }
        )
        self.filter_cap = rt.capability(self.filter, "process")
        self.producer = rt.load(_guest("producer")).spawn(
            grants={"env.frame": self.a.capability(), "env.filter": self.filter_cap}
        )
        self.produce = self.producer.export("produce")

    def frame(self, seq: int) -> int:
        """Push frame ``seq`` through the pipeline; returns the consumer's checksum."""
        return int(self.produce(seq))

    def close(self) -> None:
        """Close the domains and regions."""
        for d in (self.producer, self.filter, self.consumer):
            d.close()
        self.a.close()
        self.b.close()


def _stage_main(stage: str) -> None:
    """Child process body for the pipes pipeline: ``filter`` or ``consumer``."""
    rt = multipie.Runtime(cache_dir=None)
    inp = sys.stdin.buffer
    out = sys.stdout.buffer
    src = rt.region(FRAME)
    frame_in = src.buffer()
    if stage == "consumer":
        d = rt.load(_guest("consumer")).spawn(grants={"env.frame": src.capability(writable=False)})
        run = d.export("consume")
    else:
        dst = rt.region(FRAME)
        nxt = subprocess.Popen(
            [sys.executable, __file__, "--stage", "consumer"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert nxt.stdin is not None and nxt.stdout is not None
        down, up = nxt.stdin, nxt.stdout

        def consume(seq: int) -> int:
            down.write(struct.pack("<i", seq))
            down.write(dst.view)
            down.flush()
            return int(struct.unpack("<i", up.read(4))[0])

        d = rt.load(_guest("filter")).spawn(
            grants={
                "env.src": src.capability(writable=False),
                "env.dst": dst.capability(),
                "env.consume": rt.host_function(consume, params=("i32",), results=("i32",)),
            }
        )
        run = d.export("process")
    while True:
        head = inp.read(4)
        if len(head) < 4:
            break
        (seq,) = struct.unpack("<i", head)
        if frame_in.fill_from(inp) < FRAME:
            break
        out.write(struct.pack("<i", run(seq)))
        out.flush()


class PipesPipeline:
    """The same stages as OS processes connected by pipes (the producer runs in this process)."""

    def __init__(self, rt: multipie.Runtime) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--stage", "filter"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        down, up = self.proc.stdin, self.proc.stdout
        self.region = rt.region(FRAME)
        region = self.region

        def to_filter(seq: int) -> int:
            down.write(struct.pack("<i", seq))
            down.write(region.view)
            down.flush()
            return int(struct.unpack("<i", up.read(4))[0])

        self.producer = rt.load(_guest("producer")).spawn(
            grants={
                "env.frame": region.capability(),
                "env.filter": rt.host_function(to_filter, params=("i32",), results=("i32",)),
            }
        )
        self.produce = self.producer.export("produce")
        # Wait until both children are up (one frame), so start-up is not measured.
        self.frame(0)

    def frame(self, seq: int) -> int:
        """Push frame ``seq`` through the process pipeline; returns the checksum."""
        return int(self.produce(seq))

    def processes(self) -> list[psutil.Process]:
        """This process and the stage processes (for CPU accounting)."""
        me = psutil.Process(self.proc.pid)
        return [psutil.Process(), me, *me.children()]

    def close(self) -> None:
        """Stop the children and close the producer."""
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.producer.close()
        self.region.close()


def measure(pipeline: Any, frames: int, procs: list[psutil.Process]) -> dict[str, float]:
    """Run ``frames`` frames; frames/s and CPU seconds per frame (all processes involved)."""

    def cpu() -> float:
        total = 0.0
        for p in procs:
            t = p.cpu_times()
            total += t.user + t.system
        return total

    pipeline.frame(1)
    c0, t0 = cpu(), time.perf_counter()
    for seq in range(frames):
        pipeline.frame(seq)
    wall = time.perf_counter() - t0
    used = cpu() - c0
    return {"frames_per_s": frames / wall, "cpu_per_frame_s": used / frames, "wall_s": wall}


def main(frames: int = 200) -> None:
    """Run both pipelines and print a comparison."""
    rt = multipie.Runtime(cache_dir=None)
    shared = SharedPipeline(rt)
    pipes = PipesPipeline(rt)
    try:
        for seq in range(5):
            assert shared.frame(seq) == pipes.frame(seq), "both pipelines compute the same checksums"
        ours = measure(shared, frames, [psutil.Process()])
        theirs = measure(pipes, frames, pipes.processes())
    finally:
        shared.close()
        pipes.close()
        rt.close()
    for name, r in (("multiPIE shared regions", ours), ("processes + pipes", theirs)):
        print(f"{name:>24}: {r['frames_per_s']:8.1f} frames/s   {r['cpu_per_frame_s'] * 1e3:7.3f} ms CPU/frame")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--stage":
        _stage_main(sys.argv[2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)

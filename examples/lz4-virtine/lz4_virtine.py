"""Third-party library isolation: LZ4 compression running inside a virtine, called like a function.

Run: ``python examples/lz4-virtine/lz4_virtine.py [FILE]``. The C library is
compiled from ``third_party/lz4/lz4.c`` (unmodified) into a virtine image
whose derived allow-list is empty; each call runs in a fresh VM state, so a
bug or exploit in the library can neither reach the host nor keep state
between calls.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from multipie import virtine

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = (HERE / "lz4_virtine.c").read_text()
FLAGS = ["-I", str(ROOT / "third_party" / "lz4"), "-Wno-unused-function"]
MEMORY = 8 << 20  # room for a 2 MiB input and its compressed copy


@virtine.c(SOURCE, memory=MEMORY, flags=FLAGS, timeout=5.0)
def lz4_bound(n: int) -> int: ...


@virtine.c(SOURCE, memory=MEMORY, flags=FLAGS, timeout=5.0)
def lz4_compress(src: bytes, dst: bytearray) -> int: ...


@virtine.c(SOURCE, memory=MEMORY, flags=FLAGS, timeout=5.0)
def lz4_decompress(src: bytes, dst: bytearray) -> int: ...


def compress(data: bytes) -> bytes:
    """LZ4-compress ``data`` (block format) inside a virtine."""
    out = bytearray(lz4_bound(len(data)))
    n = lz4_compress(data, out)
    if n <= 0:
        raise ValueError("LZ4 compression failed")
    return bytes(out[:n])


def decompress(blob: bytes, size: int) -> bytes:
    """Inverse of :func:`compress`; ``size`` is the original length."""
    out = bytearray(size)
    n = lz4_decompress(blob, out)
    if n < 0:
        raise ValueError(f"corrupt LZ4 input (error {n})")
    return bytes(out[:n])


def main(argv: list[str]) -> int:
    data = Path(argv[1]).read_bytes()[: 2 << 20] if len(argv) > 1 else (ROOT / "third_party/lz4/lz4.c").read_bytes()
    t0 = time.perf_counter()
    blob = compress(data)
    t1 = time.perf_counter()
    assert decompress(blob, len(data)) == data
    print(f"{len(data)} -> {len(blob)} bytes ({len(blob) / len(data):.1%}) in {(t1 - t0) * 1e3:.2f} ms, round trip ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Virtine windows: zero-copy buffer vs copied arguments, and region grant/revoke cost.

Rows (ours and peers in the same run):

- ``virtine buffer argument N``: a call whose guest touches one byte of an N-byte buffer,
  passed as ``bytes`` (copied into the guest heap, its pages restored after the call) vs the
  domain's buffer slot (``domain.buffer``) filled by the caller before the call vs the slot
  with the data already in place (nothing moved at all);
- ``virtine spawn with a region grant N``: pooled spawn + close with a grant of an N-byte
  region (one KVM slot) against the same without a grant (O(1) in N is the point);
- ``virtine revoke a grant N``: ``capability.revoke()`` of a live holder's grant (KVM slot
  deletion plus unmapping the alias).
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import Any

from multipie.bench import BenchContext, Measurement, sample, suite, summarize

__all__ = ["virtine_windows_suite"]

_SRC = Path(__file__).resolve().parents[3] / "guest" / "virtine" / "tests" / "windows.c"


def _m(row: str, who: str, samples: list[float], note: str = "") -> Measurement:
    return summarize(Measurement(row, who, "latency", "us", samples, note=note), scale=1e6)


def _size(n: int) -> str:
    return f"{n >> 30} GiB" if n >= 1 << 30 else f"{n >> 20} MiB" if n >= 1 << 20 else f"{n >> 10} KiB"


@suite("virtine-windows")
def virtine_windows_suite(ctx: BenchContext) -> list[Measurement]:
    """Buffer and grant rows (quick mode: fewer samples)."""
    from multipie.kvm import kvm

    if not kvm.available():
        return [Measurement("virtine windows", "ours", "latency", "us", note="skipped: /dev/kvm not available")]
    import multipie
    from multipie.domains.virtine.build import build_image
    from multipie.domains.virtine.service import VirtineDomain

    n = 200 if ctx.quick else 2000
    out: list[Measurement] = []
    rt = multipie.Runtime(cache_dir=None)
    try:
        image = build_image(_SRC, heap=4 << 20)
        svc = rt.load(image.to_bytes(), kind="virtine", name="windows")
        d = svc.spawn()
        assert isinstance(d, VirtineDomain)
        peek = d.export("addr_of")
        for size in (4 << 10, 64 << 10, 1 << 20):
            row = f"virtine buffer argument {_size(size)}"
            data = bytes(range(256)) * (size // 256)
            reps = max(n // (4 if size >= 1 << 20 else 1), 50)
            out.append(_m(row, "bytes (copied in, pages restored)", sample(partial(peek, data), n=reps)))
            buf = d.buffer(size)

            def fill_and_call(buf: Any = buf, data: bytes = data) -> None:
                buf.write(data)
                peek(buf)

            out.append(_m(row, "ours: buffer slot, caller fills it", sample(fill_and_call, n=reps)))
            out.append(_m(row, "ours: buffer slot, data in place", sample(partial(peek, buf), n=reps)))
        d.close()
        out += _grant_rows(rt, svc, n)
    finally:
        rt.close()
    return out


def _grant_rows(rt: Any, svc: Any, n: int) -> list[Measurement]:
    """Spawning with a region grant, and revoking a grant in use, per region size."""
    from multipie.domains.virtine.windows import GRANT_BASE

    def plain() -> None:
        svc.spawn().close()

    out = [_m("virtine spawn with a region grant", "spawn + close, no grant", sample(plain, n=n, warmup=50))]
    for size in (64 << 10, 1 << 20, 1 << 30):
        region = rt.region(size)
        cap = region.capability()

        def granted(cap: Any = cap) -> None:
            svc.spawn(grants={"env.buf": cap}).close()

        out.append(_m(f"virtine spawn with a region grant {_size(size)}", "ours", sample(granted, n=n, warmup=50)))
        revokes: list[float] = []
        for _ in range(max(n // 4, 50)):
            child = cap.forward()
            holder = svc.spawn(grants={"env.buf": child})
            holder.call("peek", GRANT_BASE)  # the grant is in use when it is revoked
            t0 = time.perf_counter()
            child.revoke()
            revokes.append(time.perf_counter() - t0)
            holder.close()
        out.append(_m(f"virtine revoke a grant {_size(size)}", "ours", revokes))
        region.close()
    return out

"""CPU time per start of a legacy program: pooled ``spawn()`` + run + close vs fork+exec, alternating; and the
same with its syscall sites left as built (*trapped*: ``MULTIPIE_SYSCALL_SITES=0``, the before of syscallsites).

    python benchmarks/legacy_start_cpu.py /usr/bin/python3 15 -c pass
    python benchmarks/legacy_start_cpu.py /bin/true 40

Prints how the third pooled run started (warm or cold), its host calls by name, then the p50 CPU
time (this process and its children: fork+exec's parent and child) and wall time of each side. CPU
time is the fair measure on a loaded machine; ``multipie bench --only legacy`` has the wall-time rows.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time

import multipie
from multipie.domains.legacy.stats import syscall_name


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(prog: str, n: int, args: list[str]) -> None:
    """Measure ``prog args`` ``n`` times each way and print the figures."""
    from multipie.domains.legacy import syscallsites

    was, syscallsites.ENABLED = syscallsites.ENABLED, False
    rt_trapped = multipie.Runtime(cache_dir=None)  # its syscall instructions as built: each one PVM's trap
    svc_trapped = rt_trapped.load(prog)
    syscallsites.ENABLED = was
    rt = multipie.Runtime(cache_dir=None)
    svc = rt.load(prog)

    def run(service: object) -> object:
        with service.spawn(timeout=60) as d:  # type: ignore[attr-defined]
            d.run(args, stdout=bytearray(), stderr=bytearray())
            return d.stats

    def native() -> None:
        subprocess.run([prog, *args], capture_output=True, check=False)

    syscallsites.ENABLED = False
    for _ in range(3):  # the first run takes the warm state: the trapped one's without rewritten sites
        run(svc_trapped)
    syscallsites.ENABLED = was
    st = [run(svc) for _ in range(3)][-1]
    host = sorted(st.host_calls.items(), key=lambda kv: -kv[1])  # type: ignore[attr-defined]
    print(f"start: {st.start}; host calls {sum(st.host_calls.values())}, "  # type: ignore[attr-defined]
          f"guest calls {sum(st.guest_calls.values())}, entered without a trap {st.direct}")  # type: ignore[attr-defined]  # fmt: skip
    print("host calls:", ", ".join(f"{syscall_name(k)} {v}" for k, v in host[:10]))
    sides = {"ours": lambda: run(svc), "trapped": lambda: run(svc_trapped), "native": native}
    cpu: dict[str, list[float]] = {k: [] for k in sides}
    wall: dict[str, list[float]] = {k: [] for k in sides}
    for _ in range(n):
        for name, fn in sides.items():
            c0, w0 = _cpu(), time.perf_counter()
            fn()
            cpu[name].append(_cpu() - c0)
            wall[name].append(time.perf_counter() - w0)
    for name in cpu:
        print(f"{name:7s} cpu p50 {statistics.median(cpu[name]) * 1e3:7.2f} ms  "
              f"wall p50 {statistics.median(wall[name]) * 1e3:7.2f} ms")  # fmt: skip
    for name in ("ours", "trapped"):
        ratio = statistics.median(cpu[name]) / statistics.median(cpu["native"])
        print(f"ratio cpu {name} {ratio:.2f}x  load {os.getloadavg()[0]:.1f}")
    rt.close()
    rt_trapped.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3:])

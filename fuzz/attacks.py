"""Guest-side attack corpora: hostile virtines and legacy programs, then a healthy tenant.

Guests (built from ``fuzz/guests/`` into ``build/fuzz/`` by :func:`build_guests`):

- ``vattack.c``, a virtine whose entries execute every privileged instruction
  (``priv(0..29)``), ``out``/``in`` on any port, raw hypercalls with random numbers and
  arguments, forged fault reports, wild loads/stores/jumps, hypercalls with wild
  pointers and lengths, stack overflow, an endless loop, scribbling over guest memory
  and output floods;
- ``rsys.c``, a static Linux program making random system calls with random
  arguments, ``mmap``/``brk`` floods, a garbage ``rt_sigreturn``, ``pause()``, a fork bomb.

Each case is one attack in its own domain (under a memory limit and a timeout) followed
by a *fresh domain of the same service* that must compute correctly: ``fib(15) == 610``
and a static counter at 1 on every call (no state of the attacker survives the reset),
or ``rsys N 100 check`` exiting 42 with ``5050``. The attack itself may end in
any typed error; anything else is untyped, a wrong check is a wrong result.
"""

from __future__ import annotations

import fcntl
import random
import sys
import time
from pathlib import Path
from typing import Any

import multipie
from multipie.errors import HostBug, MultipieError

from .harness import ROOT, Campaign, Outcome
from .known import is_open

__all__ = ["Attacks", "build_guests"]

SRC = Path(__file__).resolve().parent / "guests"
OUT = ROOT / "build" / "fuzz"
HAS_KVM = Path("/dev/kvm").exists()
I64 = (-(2**63), 2**63 - 1)
ATTACKS_PER_SEED = 12
#: Legacy attack timeouts where 3 s is only waiting: ``pause`` always ends by its timeout (nothing
#: wakes it), random system calls either finish in well under 0.3 s or block until it.
LEGACY_TIMEOUTS = {"pause": 0.5, "rand": 1.0}


def build_guests() -> tuple[Path, Path]:
    """Build ``vattack.virtine`` and the static ``rsys`` program (incremental); returns their paths."""
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # workers set up side by side: one builds, the others wait
        return _build(OUT / "vattack.virtine", OUT / "rsys")


def _build(vattack: Path, rsys: Path) -> tuple[Path, Path]:
    from multipie.domains.virtine import build as vbuild
    from multipie.toolchain import compile_c

    if not vattack.exists() or vattack.stat().st_mtime < (SRC / "vattack.c").stat().st_mtime:
        t0 = time.perf_counter()
        tmp = vattack.with_suffix(".tmp")
        tmp.write_bytes(vbuild.build_image(SRC / "vattack.c").to_bytes())
        tmp.replace(vattack)
        print(f"  virtine  fuzz/guests/vattack.c ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    if not rsys.exists() or rsys.stat().st_mtime < (SRC / "rsys.c").stat().st_mtime:
        t0 = time.perf_counter()
        compile_c(SRC / "rsys.c", rsys, target="x86_64-linux-musl", flags=["-static"])
        print(f"  musl  fuzz/guests/rsys.c ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return vattack, rsys


def _i64(rng: random.Random) -> int:
    return rng.choice([0, 1, -1, 0x1000, 0x10000, 0x1FFFF8, 0x200000, 1 << 47, -4096, rng.randint(*I64)])


def virtine_attack(rng: random.Random) -> tuple[str, list[int]] | None:
    """One attack on the virtine: (entry, args); ``None`` when it is a known-open class."""
    kind = rng.randrange(13)
    if kind == 0:
        which = rng.randrange(30)
        if which == 10 and is_open("port-in-poison"):  # inb $0xE0
            return None
        return "priv", [which]
    if kind == 1:
        return rng.choice(["port_out", "port_out32"]), [rng.randrange(0x10000), _i64(rng)]
    if kind == 2:
        return ("port_in", [rng.randrange(0x10000)]) if not is_open("port-in-poison") else None
    if kind == 3:
        nr = rng.choice([rng.randrange(-4, 40), rng.randint(*I64)])
        return "raw_hcall", [nr, _i64(rng), _i64(rng), _i64(rng)]
    if kind == 4:
        return rng.choice(["peek", "jump"]), [_i64(rng)]
    if kind == 5:
        return "poke", [_i64(rng), _i64(rng)]
    if kind == 6:
        return "forge_fault", [rng.randrange(-2, 40), _i64(rng)]
    if kind == 7:
        return rng.choice(["bad_write", "bad_output", "bad_input", "bad_open"]), [_i64(rng), _i64(rng)]
    if kind == 8:
        return "bad_read", [rng.randrange(-2, 8), _i64(rng), _i64(rng)]
    if kind == 9:
        return rng.choice(["recurse", "spin"]), []
    if kind == 10:
        return "smash", [rng.randrange(1 << 32)]
    if kind == 11:
        return rng.choice(["output_flood", "write_flood"]), [rng.randrange(64)]
    return "uses", [rng.randrange(8)]


class Attacks(Campaign):
    """Hostile virtines and legacy programs, each followed by a healthy fresh domain."""

    name = "attacks"
    unit = "attack"
    seed_timeout = 240.0
    cases_per_seed = ATTACKS_PER_SEED
    jobs = 10  # most of an attack's time is a guest waiting for its timeout, not CPU

    def setup(self) -> None:
        """Build the guests; one Runtime for the worker (services are pooled across attacks)."""
        self.rt = multipie.Runtime(cache_dir=None)
        self.vsvc: Any = None
        self.lsvc: Any = None
        if HAS_KVM:
            vattack, rsys = build_guests()
            self.vsvc = self.rt.load(vattack)
            self.lsvc = self.rt.load(rsys)

    def teardown(self) -> None:
        """Close the Runtime."""
        self.rt.close()

    def run(self, seed: int) -> Outcome:
        """``ATTACKS_PER_SEED`` attacks: most on the virtine, one in four by the legacy program."""
        out = Outcome()
        if self.vsvc is None:
            return out  # no /dev/kvm: nothing to attack
        rng = random.Random(seed)
        for i in range(ATTACKS_PER_SEED):
            if rng.random() < 0.25:
                self._legacy(rng, out, f"{seed}.{i}")
            else:
                self._virtine(rng, out, f"{seed}.{i}")
        # Idle pooled machines come and go with the attacks (a fork fills a pool, a fault empties it):
        # closing them here makes the worker's sample count only what the runtime keeps.
        self.rt.release_memory()
        return out

    def _virtine(self, rng: random.Random, out: Outcome, case: str) -> None:
        attack = virtine_attack(rng)
        if attack is None:
            out.known += 1
            return
        entry, args = attack
        out.cases += 1
        try:
            with self.vsvc.spawn(timeout=0.5, memory_limit=4 << 20) as d:
                d.call(entry, *args)
        except MultipieError:
            pass
        except Exception as exc:  # noqa: BLE001 - what the campaign exists to count
            out.untyped.append(f"virtine {entry}{tuple(args)} (case {case}): {type(exc).__name__}: {str(exc)[:160]}")
        try:
            with self.vsvc.spawn(timeout=5.0) as d:
                got = (d.call("fib", 15), d.call("counter"), d.call("counter"))
            if got != (610, 1, 1):  # every call of a virtine starts from its snapshot
                out.wrong.append(f"after virtine {entry}{tuple(args)}: fresh domain gave {got}, want (610, 1, 1)")
        except MultipieError as exc:
            out.wrong.append(f"after virtine {entry}{tuple(args)}: fresh domain failed: {type(exc).__name__}: {exc}")

    def _legacy(self, rng: random.Random, out: Outcome, case: str) -> None:
        mode = rng.choice(["rand", "rand", "rand", "mmap", "brk", "sig", "pause", "fork", "in"])
        if (
            (mode == "fork" and is_open("fork-bomb-rss"))
            or (mode == "in" and is_open("port-in-poison"))
            or (mode == "pause" and is_open("legacy-pause-hostbug"))
        ):
            out.known += 1
            return
        argv = [str(rng.randrange(1 << 32)), str(rng.choice([10, 100, 300])), mode]
        out.cases += 1
        try:
            with self.lsvc.spawn(timeout=LEGACY_TIMEOUTS.get(mode, 3.0), memory_limit=64 << 20) as d:
                d.run(argv, stdout=bytearray(), stderr=bytearray())
        except HostBug as exc:
            if "every process waits" in str(exc) and is_open("legacy-pause-hostbug"):
                out.known += 1  # pause(), rt_sigsuspend(), ... with nothing to wake the program
            else:
                out.wrong.append(f"legacy rsys {' '.join(argv)} (case {case}): HostBug: {str(exc)[:160]}")
        except MultipieError:
            pass
        except Exception as exc:  # noqa: BLE001 - what the campaign exists to count
            out.untyped.append(f"legacy rsys {' '.join(argv)} (case {case}): {type(exc).__name__}: {str(exc)[:160]}")
        buf = bytearray()
        try:
            with self.lsvc.spawn(timeout=10.0, memory_limit=64 << 20) as d:
                rc = d.run(["0", "100", "check"], stdout=buf)
            if rc != 42 or bytes(buf) != b"5050\n":
                out.wrong.append(f"after legacy rsys {' '.join(argv)}: check gave exit {rc}, output {bytes(buf)!r}")
        except MultipieError as exc:
            out.wrong.append(f"after legacy rsys {' '.join(argv)}: check failed: {type(exc).__name__}: {exc}")

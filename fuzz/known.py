"""Known-open finding classes: what the campaigns steer around until each fix lands.

Each entry names a finding of issue 15 (``shared/findings/reliability/README.md`` #N or
``new-user-trial.md`` #N), or one the campaigns found, and a campaign's code checks it with
:func:`is_open` where it steers around that class; only classes a campaign reaches are listed. When a fix merges,
move its entry to ``FIXED``: the campaigns and their CI slices then exercise that class again and
must stay at zero crashes, hangs, wrong results and untyped errors.

``FUZZ_INCLUDE_KNOWN=1`` (or ``python -m fuzz --include-known``) turns every
exclusion off, to check whether a fix has landed.
"""

from __future__ import annotations

import os

__all__ = ["FIXED", "KNOWN_OPEN", "is_open"]

#: Finding classes still excluded from the campaigns (none: every class below is fixed).
KNOWN_OPEN: dict[str, str] = {}

#: Finding classes once excluded, now fixed and fuzzed again; kept so the generators' switches
#: keep a name (a regression shows up as a crash/wrong result of the campaign that checks it).
FIXED: dict[str, str] = {
    # reliability #1 / trial #1: wasmtime's C API aborts when a v128 or exnref type at the
    # module boundary is compared; the differential generator skips such modules.
    "v128-exnref-boundary": (
        "reliability #1: v128 or exnref (any type but numbers, funcref, externref) at the module boundary "
        "aborts rt.load (SIGABRT)"
    ),
    # reliability #3: concurrent first spawns of one service race on the InstancePre.
    "first-spawn-race": "reliability #3: threads doing the first spawn of a service segfault",
    # reliability #6: granted spawn and close take the capability table and Store locks in
    # opposite orders; the state machine spawns with grants from one thread at a time.
    "grant-close-deadlock": "reliability #6: granted spawn vs close deadlock (table lock vs Store lock)",
    # reliability #7: a pending port-in survives the virtine pool reset.
    "port-in-poison": "reliability #7: after a guest `in`, the next fresh domain faults in the old guest's code",
    # reliability #9: >16 params or results raise ValueError on the native path only.
    "many-params": "reliability #9: exports with more than 16 params/results fail on the native path",
    # reliability #10: pause() from a legacy program is reported as HostBug.
    "legacy-pause-hostbug": "reliability #10: a legacy pause() is reported as HostBug",
    # reliability #11: virtine headers with wrongly typed fields raise ValueError/TypeError.
    "virtine-header-types": "reliability #11: a virtine header with wrongly typed fields raises untyped errors",
    # reliability #11: WAT text that does not start with "(" is taken for a path (OSError).
    "wat-text-as-path": "reliability #11: WAT text not starting with '(' is treated as a path (OSError)",
    # reliability #13: a legacy fork bomb keeps ~1 GB RSS.
    "fork-bomb-rss": "reliability #13: a legacy fork bomb under a memory limit keeps ~1 GB RSS",
    # Found by the differential campaign (seed 20257), not in the lists: with the default
    # 64 KiB reservation and no reserve for growth, every memory.grow moves and copies the memory,
    # so growing page by page is worse than quadratic (250 grows: 6 s; 500: 36 s; wasmtime's
    # default config: 1 ms). The differential campaign calls with a 10 s timeout and skips on it.
    "memory-grow-cost": "new (fuzz): memory.grow(1) in a loop costs O(n^2) copies (500 grows: 36 s)",
    # reliability #16 / trial #13: 100 KB URLs/headers give 502, CL+TE accepted.
    "gateway-oversize": "reliability #16: the gateway answers a huge URL/header with 502, accepts CL+TE",
}


def is_open(name: str) -> bool:
    """True while the finding class ``name`` is still excluded from the campaigns."""
    if name in FIXED:
        return False
    if name not in KNOWN_OPEN:
        raise KeyError(f"unknown finding class {name!r}; known: {', '.join(sorted({**KNOWN_OPEN, **FIXED}))}")
    return os.environ.get("FUZZ_INCLUDE_KNOWN", "0") != "1"

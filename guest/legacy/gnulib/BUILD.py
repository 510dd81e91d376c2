"""Build a third-party syscall test suite: gnulib's tests of POSIX functions, from Debian's ``gnulib`` package.

gnulib (``/usr/share/gnulib``, installed by ``scripts/sysdeps.sh``) ships a test program per POSIX
function it can replace (``tests/test-rename.c``, ``test-dup2.c``, ...): each asserts Linux/POSIX behaviour
— error codes, trailing slashes, symlink corner cases — and exits 0 when all hold, or prints the failed
assertion and aborts. Built here with ``config.h`` and no replacement functions, they test the C library
(static musl) and the system calls beneath it. ``tests/conformance/test_gnulib.py`` runs each natively
and in a virtine. Without the package nothing is built (and those tests skip, saying so).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

GNULIB = Path("/usr/share/gnulib")

#: Test name → extra gnulib ``lib/`` sources it links with. Tests run in an empty working directory.
_PLAIN = """access chdir close dup dup2 dup3 faccessat fcntl fstatat fsync getcwd-lgpl getdtablesize getrandom
gettimeofday link lstat mkdir mkdirat open openat pipe pipe2 read readlink readlinkat rename rmdir sigaction stat
symlink symlinkat times truncate uname write nanosleep sleep sigprocmask""".split()
TESTS: dict[str, list[str]] = {
    **{name: [] for name in _PLAIN},
    "fchdir": ["cloexec.c"],
    "unlink": ["unlinkdir.c"],
    "unlinkat": ["unlinkdir.c"],
}
#: Tests that take seconds natively (an ``alarm`` interrupting a sleep, ``system``): the opt-in campaign only.
SLOW = frozenset({"nanosleep", "sleep", "sigprocmask"})


def build(src_dir: Path, out_dir: Path) -> list[Path]:
    """Build stale outputs; returns the paths (re)built ([] without the gnulib package)."""
    from multipie.toolchain import compile_c

    if not (GNULIB / "tests").is_dir():
        print(f"  gnulib: {GNULIB} not installed (scripts/sysdeps.sh): its tests are not built", file=sys.stderr)
        return []
    built: list[Path] = []
    config = src_dir / "config.h"
    for name, libs in TESTS.items():
        src, out = GNULIB / "tests" / f"test-{name}.c", out_dir / f"test-{name}"
        if not src.exists():
            continue
        if out.exists() and out.stat().st_mtime >= max(config.stat().st_mtime, Path(__file__).stat().st_mtime):
            continue
        flags = ["-static", "-w", "-I", str(src_dir), "-I", str(GNULIB / "tests"), "-I", str(GNULIB / "lib"),
                 *(str(GNULIB / "lib" / lib) for lib in libs)]  # fmt: skip
        t0 = time.perf_counter()
        compile_c(src, out, target="x86_64-linux-musl", flags=flags)
        print(f"  gnulib  test-{name}.c ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        built.append(out)
    return built

"""``make test-asan``: the native extensions built with AddressSanitizer + UBSan, their tests run under them.

The normal build is left untouched: the sources (``multipie``, ``tests``, ``fuzz``,
``guest``, ``setup.py``, ...) are copied, modification times kept, into
``build/asan/src``, whose ``build/guest`` is the main tree's (so no guest is rebuilt),
and the extensions are compiled there in place with
``-fsanitize=address,undefined -fno-omit-frame-pointer``. The tests then run with that
directory first on ``sys.path`` (the editable install's finder comes after it), the
interpreter preloading the sanitizer runtimes (``LD_PRELOAD`` of gcc's ``libasan.so``
and ``libubsan.so``, the usual way to sanitize an extension inside an unsanitized
Python). Wasmtime handles its own SIGSEGV/SIGILL/SIGFPE traps, so ASan's handlers for
those are off; leak checking is off (the interpreter keeps memory until exit); the first
error aborts the run with its report.

Run: the fast-path, reserve and host-call tests, the native grant tests, and the
differential campaign's CI slice (random modules through the sanitized fast path).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .harness import ROOT

__all__ = ["TESTS", "main"]

DEST = ROOT / "build" / "asan" / "src"
COPY = ["multipie", "tests", "fuzz", "guest", "examples", "third_party", "setup.py"]
TESTS = [
    "tests/domains/wasm/test_fastpath.py",
    "tests/domains/wasm/test_reserve.py",
    "tests/test_hostfuncs.py",
    "tests/domains/wasm/test_native_grants.py",
    "tests/fuzz/test_campaigns.py::test_differential_native_python_and_wasmtime_agree",
]
SANITIZE = "-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g"
ASAN_OPTIONS = (
    "detect_leaks=0:handle_segv=0:handle_sigbus=0:handle_sigill=0:handle_sigfpe=0:"
    "allow_user_segv_handler=1:abort_on_error=1:detect_stack_use_after_return=0"
)


def _runtime(name: str) -> str:
    path = subprocess.run(
        ["gcc", f"-print-file-name={name}"], capture_output=True, text=True, check=True
    ).stdout.strip()
    if not Path(path).is_file():
        raise SystemExit(f"gcc has no {name} (install the Debian packages gcc and libasan8/libubsan1)")
    return path


def _copy() -> None:
    DEST.mkdir(parents=True, exist_ok=True)
    for name in COPY:
        src, dst = ROOT / name, DEST / name
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        else:
            shutil.copy2(src, dst)
    guests = DEST / "build" / "guest"
    if not guests.exists():
        guests.parent.mkdir(parents=True, exist_ok=True)
        guests.symlink_to(ROOT / "build" / "guest", target_is_directory=True)


def main(argv: list[str] | None = None) -> int:
    """Build the sanitized extensions and run :data:`TESTS` (or ``argv``) under them."""
    argv = sys.argv[1:] if argv is None else argv
    preload = f"{_runtime('libasan.so')}:{_runtime('libubsan.so')}"
    _copy()
    env = {**os.environ, "CC": "gcc", "CFLAGS": SANITIZE, "LDFLAGS": "-fsanitize=address,undefined"}
    # pyproject.toml (pytest's settings) comes after the build: the venv's setuptools reads only setup.py then.
    (DEST / "pyproject.toml").unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_ext", "--inplace", "--force"], cwd=DEST, env=env, check=True
    )
    shutil.copy2(ROOT / "pyproject.toml", DEST / "pyproject.toml")
    built = sorted(DEST.glob("multipie/_*.so"))
    for so in built:
        symbols = subprocess.run(["nm", "-D", str(so)], capture_output=True, text=True, check=True).stdout
        if "__asan_report" not in symbols or "__ubsan_handle" not in symbols:
            raise SystemExit(f"{so.name} is not instrumented (no __asan_report/__ubsan_handle symbols)")
    print(f"sanitized: {', '.join(so.name for so in built)}", flush=True)
    run_env = {
        **os.environ,
        "LD_PRELOAD": preload,
        "ASAN_OPTIONS": ASAN_OPTIONS,
        "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
        "PYTHONPATH": str(DEST),
        "MULTIPIE_ASAN": "1",
    }
    check = "import multipie._fastcall as f, multipie._hostcall as h; print(f.__file__); print(h.__file__)"
    where = subprocess.run([sys.executable, "-c", check], cwd=DEST, env=run_env, capture_output=True, text=True)
    if where.returncode or str(DEST) not in where.stdout:
        raise SystemExit(f"the sanitized extensions are not the ones imported:\n{where.stdout}{where.stderr}")
    tests = argv or TESTS
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests], cwd=DEST, env=run_env
    ).returncode


if __name__ == "__main__":
    sys.exit(main())

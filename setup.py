"""Native fast paths: the C extensions ``multipie._<name>``, each built from the units listed here.

They are small CPython extensions over the C API exported by the wasmtime
wheel's ``_libwasmtime.so``; function pointers are handed over from Python at
import time, so nothing links against the wheel. The system C compiler is
used, or ``python -m ziglang cc`` where there is none.

Sources live in ``multipie/native/``: one directory per extension made of
several units (``fastcall/``), one file per small extension, and ``common/``
for what every extension shares (the C API's types, value kinds, address
tables). Headers declare; the few helpers a hot path runs are ``static inline``
in them so that splitting units costs no call.
"""

import os
import shutil
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).parent
NATIVE = Path("multipie") / "native"
COMMON = ["common/addresses.c"]
FASTCALL = ["module", "store", "ticker", "gate", "call", "http", "grants", "reserve", "runner", "component"]
# extension name -> its units (relative to multipie/native)
EXTENSIONS = {
    "fastcall": [f"fastcall/{unit}.c" for unit in FASTCALL] + COMMON,
    "hostcall": ["hostcall.c"],
    "growmem": ["growmem.c"],
    "interrupt": ["interrupt.c", "revoke.c"],
    "comphost": [f"comphost/{unit}.c" for unit in ("module", "lift", "lower")] + COMMON,
}
HEADERS = sorted(str(p.relative_to(HERE)) for p in (HERE / NATIVE).rglob("*.h"))

if not (os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")):
    zig = f"{sys.executable} -m ziglang cc"
    os.environ["CC"] = zig
    os.environ.setdefault("LDSHARED", f"{zig} -shared")

setup(
    ext_modules=[
        Extension(
            f"multipie._{name}",
            sources=[str(NATIVE / unit) for unit in units],
            depends=HEADERS,
            include_dirs=[str(NATIVE)],
            extra_compile_args=["-O2", "-fvisibility=hidden"],
        )
        for name, units in EXTENSIONS.items()
    ],
)

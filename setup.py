"""Native fast paths: every ``multipie/native/<name>.c`` becomes the extension ``multipie._<name>``.

They are small CPython extensions over the C API exported by the wasmtime
wheel's ``_libwasmtime.so``; function pointers are handed over from Python at
import time, so nothing links against the wheel. The system C compiler is
used, or ``python -m ziglang cc`` where there is none.
"""

import os
import shutil
import sys
from pathlib import Path

from setuptools import Extension, setup

HERE = Path(__file__).parent
NATIVE = sorted((HERE / "multipie" / "native").glob("*.c"))

if not (os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")):
    zig = f"{sys.executable} -m ziglang cc"
    os.environ["CC"] = zig
    os.environ.setdefault("LDSHARED", f"{zig} -shared")

setup(
    ext_modules=[
        Extension(
            f"multipie._{src.stem}",
            sources=[str(src.relative_to(HERE))],
            extra_compile_args=["-O2", "-fvisibility=hidden"],
        )
        for src in NATIVE
    ],
)

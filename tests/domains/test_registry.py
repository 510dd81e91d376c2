"""multipie.domains.registry: every kind resolves to its backend, lazily; unknown kinds are usage errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from multipie.domains import registry
from multipie.errors import UsageError


@pytest.mark.parametrize("kind", sorted(registry.BACKENDS))
def test_every_kind_names_a_backend_of_that_kind(kind: str) -> None:
    backend = registry.backend(kind)
    assert backend.kind == kind and registry.backend(kind) is backend


def test_unknown_kind_lists_the_known_ones() -> None:
    with pytest.raises(UsageError, match="known: "):
        registry.backend("nope")


def test_loading_wasm_imports_no_vm_kind() -> None:
    code = (
        "import sys, multipie\n"
        "rt = multipie.Runtime(cache_dir=None)\n"
        "rt.load('(module)').spawn().close()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('multipie.kvm', 'multipie.domains.legacy',"
        " 'multipie.domains.virtine'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

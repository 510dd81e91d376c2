"""Package load options: refused for plain modules; loading a plain file imports no OCI machinery."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import multipie
from multipie.packages.options import PACKAGE_OPTIONS, reject_plain


def test_plain_modules_drop_package_options() -> None:
    options = {k: None for k in PACKAGE_OPTIONS} | {"other": 1}
    reject_plain(options, where="m.wasm")
    assert options == {"other": 1}


def test_a_required_signature_is_refused_for_a_plain_module(guests: Path) -> None:
    with pytest.raises(multipie.SignatureError, match="plain module file carries none"):
        reject_plain({"require_signature": True}, where="m.wasm")
    with multipie.Runtime(cache_dir=None) as rt, pytest.raises(multipie.SignatureError):
        rt.load(guests / "wat" / "add.wasm", require_signature=True)


def test_loading_a_plain_file_imports_no_registry_client_or_signing(guests: Path) -> None:
    code = (
        "import sys, multipie\n"
        f"multipie.Runtime(cache_dir=None).load({str(guests / 'wat' / 'add.wasm')!r})\n"
        "print(sorted(m for m in ('oras', 'requests', 'cryptography', 'multipie.packages.operations',"
        " 'multipie.packages.registry', 'multipie.packages.signing') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_public_name_still_resolves() -> None:
    import multipie.packages as packages

    for name in packages.__all__:
        assert getattr(packages, name) is not None
    with pytest.raises(AttributeError):
        packages.nope  # noqa: B018

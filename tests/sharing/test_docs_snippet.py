"""The capability example of docs/capabilities.md runs as written, with the guests it names."""

from __future__ import annotations

import contextlib
import io
import os
import re

from tests.conftest import ROOT


def test_capabilities_doc_snippet_runs() -> None:
    text = (ROOT / "docs" / "capabilities.md").read_text()
    block = re.search(r"```python\n(.*?)```", text, re.S)
    assert block is not None
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # the snippet names paths from the repository root
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(block.group(1), "docs/capabilities.md", "exec"), {})  # noqa: S102 - our own doc
    finally:
        os.chdir(cwd)
    assert out.getvalue() == "5\n104\nrevoked\n"

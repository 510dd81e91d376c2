"""Helpers shared by the CLI's tests."""

from __future__ import annotations


def no_internal_error(err: str) -> None:
    """``err`` (a command's stderr) is a typed error line, not an internal error or a traceback."""
    assert "internal error" not in err and "Traceback" not in err

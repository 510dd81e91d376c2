"""Fixtures for the virtine tests: built images and a loader."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie


@pytest.fixture(scope="session")
def vimages(guests: Path) -> Path:
    """Directory holding the built ``*.virtine`` images."""
    return guests / "virtine"


@pytest.fixture
def load(rt: multipie.Runtime, vimages: Path):  # type: ignore[no-untyped-def]
    """``load("tests/faults")`` → the loaded VirtineService."""

    def _load(rel: str) -> multipie.Service:
        return rt.load(vimages / f"{rel}.virtine")

    return _load

"""Fixtures shared by the Wasm kind's tests: an adder service and a client that imports ``env.add``."""

from __future__ import annotations

from typing import Any

import pytest

import multipie
from tests.sharinghelpers import ADDER_WAT, CLIENT_WAT


@pytest.fixture
def adder_svc(rt: multipie.Runtime) -> Any:
    return rt.load(ADDER_WAT, name="adder")


@pytest.fixture
def client_svc(rt: multipie.Runtime) -> Any:
    return rt.load(CLIENT_WAT, name="client")

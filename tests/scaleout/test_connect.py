"""Joining a Ray cluster: every failure of ``ray.init`` is one typed error naming the address."""

from __future__ import annotations

import types

import pytest

from multipie.errors import UsageError
from multipie.scaleout import connect


def _fake_ray(error: BaseException) -> types.SimpleNamespace:
    def init(**kwargs: object) -> None:
        raise error

    return types.SimpleNamespace(is_initialized=lambda: False, init=init)


@pytest.mark.parametrize(
    "error",
    [
        Exception("Timed out after 60 seconds waiting for the GCS to start"),  # what Ray raises under load
        ConnectionError("no cluster at 10.0.0.9:6379"),
        RuntimeError("ray.init() failed"),
    ],
)
def test_a_cluster_that_cannot_be_joined_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    monkeypatch.setattr(connect, "require_ray", lambda: _fake_ray(error))
    with pytest.raises(UsageError, match=r"--ray 10\.0\.0\.9:6379: cannot join the Ray cluster: ") as info:
        connect.connect("10.0.0.9:6379")
    assert info.value.__cause__ is error


def test_ctrl_c_while_joining_is_not_turned_into_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connect, "require_ray", lambda: _fake_ray(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        connect.connect("10.0.0.9:6379")

"""The one place multiPIE talks to Ray's driver API: importing it and joining a cluster.

Ray is an optional extra (``pip install 'multipie[ray]'``); every scale-out entry
point calls :func:`require_ray` first, so a missing Ray is one clear
:class:`~multipie.errors.UsageError` rather than an ``ImportError`` deep inside.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import Any

from multipie.errors import UsageError

__all__ = ["LOCAL", "connect", "require_ray"]

#: ``--ray`` without an address: start a Ray instance of our own on this machine (loopback only).
LOCAL = "local"


def require_ray() -> ModuleType:
    """The ``ray`` module.

    Raises:
        UsageError: Ray is not installed.
    """
    try:
        import ray
    except ImportError as exc:
        raise UsageError(
            f"scale-out needs Ray, which is not installed ({exc}); install it with: pip install 'multipie[ray]'"
        ) from None
    return ray


def loopback_only() -> None:
    """Make Ray processes started from here advertise 127.0.0.1, not the host's network address.

    A cluster started on this machine (``--ray`` without an address, tests, benchmarks) then
    never listens on or connects to anything but the loopback interface. Must run before
    ``ray`` is imported (Ray reads the setting at import).
    """
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")


def connect(address: str | None, **init: Any) -> ModuleType:
    """Join the Ray cluster at ``address`` (``"auto"``: the one this machine belongs to; ``"local"`` or
    ``None``: start one here, bound to loopback). Already connected: kept as is.

    Raises:
        UsageError: Ray is missing or the cluster cannot be reached.
    """
    if address in (None, LOCAL):
        loopback_only()  # before Ray is imported: it reads the setting once
    ray = require_ray()
    if ray.is_initialized():
        return ray
    kwargs: dict[str, Any] = {"logging_level": "ERROR", "log_to_driver": False, **init}
    try:
        if address in (None, LOCAL):
            ray.init(include_dashboard=False, **kwargs)
        else:
            ray.init(address=address, **kwargs)
    except Exception as exc:  # noqa: BLE001 — Ray reports a start-up timeout as a bare Exception
        raise UsageError(f"--ray {address}: cannot join the Ray cluster: {exc}") from exc
    return ray

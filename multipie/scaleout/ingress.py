"""The one HTTP entry point of a scaled-out app: the multiPIE gateway, forwarding to replicas.

:class:`RayGateway` is the ordinary :class:`~multipie.app.gateway.Gateway` (request
ids, routing, body limits, error bodies, access log) whose last step, instead of
running a guest here, hands the request to a replica of the service's unit
(:meth:`~multipie.scaleout.cluster.ClusterApp.forward`); the replica's own gateway
applies admission, runs the guest in a fresh domain and maps errors exactly as
``multipie up`` does, and its answer is passed through. The request travels as
HTTP bytes to the replica's gateway on a kept-alive connection
(:mod:`multipie.scaleout.forward`), not as a Ray actor call. ``/metrics`` sums every
replica's metrics per service (:mod:`multipie.scaleout.metrics`) with the
ingress's own (requests refused before reaching a replica), plus
``multipie_replicas``, ``multipie_retried_total`` and ``multipie_replicas_lost_total``.

Why not Ray Serve: its proxy and router add a hop of their own (1-2 ms per request
by its docs) and a controller actor per cluster; this entry point is one uvicorn
process (its connections parsed by llhttp, :mod:`multipie.app.protocol`) talking
straight to the replicas' gateways.
"""

from __future__ import annotations

import contextvars
from typing import Any

from multipie.app.gateway import _METRICS_HEADERS, Gateway, Receive, Scope, Send, _respond
from multipie.app.loader import AppService
from multipie.app.metrics import AppMetrics
from multipie.scaleout.cluster import ClusterApp
from multipie.scaleout.forward import HOP_BY_HOP

__all__ = ["RayGateway"]

_HEAD_KEEPS = frozenset({b"content-length"})

# True while the request being served was answered by a replica (which counted it already).
_answered: contextvars.ContextVar[bool] = contextvars.ContextVar("multipie_answered", default=False)


class _IngressMetrics(AppMetrics):
    """The ingress's metrics: only requests no replica counted (refused here)."""

    def observe(self, service: str, status: int, seconds: float) -> None:
        """Count a request answered here (one a replica answered is in that replica's metrics)."""
        if not _answered.get():
            super().observe(service, status, seconds)


class RayGateway(Gateway):
    """ASGI entry point of a :class:`~multipie.scaleout.cluster.ClusterApp` (started on ASGI lifespan)."""

    app: ClusterApp

    def __init__(self, app: ClusterApp, *, workers: int = 16, access_log: bool = True) -> None:
        super().__init__(app, workers=workers, access_log=access_log)
        self.metrics = _IngressMetrics(app)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"] == "/metrics" and scope["method"] in ("GET", "HEAD") and self.public_metrics:
            text = await self.metrics_text()
            rid = f"{self._rid_prefix}{next(self._rid_counter):08x}"
            await _respond(send, 200, text, _METRICS_HEADERS, rid)
            return
        token = _answered.set(False)
        try:
            await super()._http(scope, receive, send)
        finally:
            _answered.reset(token)

    async def metrics_text(self) -> bytes:
        """Every replica's metrics summed per series, with the ingress's own (see the module docstring)."""
        return await self.app.scrape(self.metrics.render())

    async def _serve(
        self, s: AppService, route: str, scope: Scope, raw_headers: Any, body: bytes, rid: str
    ) -> tuple[int, Any, bytes]:
        """Forward to a replica of ``s`` (its gateway admits, runs and maps errors); pass its answer on."""
        headers = [(k, v) for k, v in raw_headers if k.lower() not in HOP_BY_HOP]
        headers.append((b"x-request-id", rid.encode("latin-1")))  # the replica keeps the ingress's id
        status, out_headers, out = await self.app.forward(
            s, scope["method"], scope["path"], scope.get("query_string") or b"", headers, body,
            raw_path=scope.get("raw_path"),
        )
        _answered.set(True)
        # A HEAD answer keeps the replica's content-length: the length a GET would have (no body came).
        keep = _HEAD_KEEPS if scope["method"] == "HEAD" else frozenset()
        return status, [(k, v) for k, v in out_headers if k not in HOP_BY_HOP or k in keep], out

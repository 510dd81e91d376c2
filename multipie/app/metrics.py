"""Prometheus metrics of a running app, every series labelled ``service="..."``.

Each :class:`AppMetrics` has its own ``CollectorRegistry`` (so several apps
or tests in one process never collide). Request counters and latency
histograms are updated on the request path; pool gauges (live domains,
memory) are read at scrape time by a collector, so they cost nothing between
scrapes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

if TYPE_CHECKING:
    from multipie.app.loader import App

__all__ = ["AppMetrics", "CONTENT_TYPE"]

#: The Content-Type of :meth:`AppMetrics.render` output.
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class _PoolCollector:
    def __init__(self, app: App) -> None:
        self.app = app

    def collect(self) -> Iterable[Metric]:
        """Pool gauges and counters, read from the app at scrape time."""
        live = GaugeMetricFamily(
            "multipie_live_domains", "Live domains (idle in the pool + serving)", labels=["service"]
        )
        idle = GaugeMetricFamily("multipie_pool_idle_domains", "Pre-created domains ready to serve", labels=["service"])
        mem = GaugeMetricFamily(
            "multipie_domain_memory_bytes", "Linear memory of the service's live domains", labels=["service"]
        )
        hits = CounterMetricFamily("multipie_pool_hits", "Requests served by a pre-created domain", labels=["service"])
        misses = CounterMetricFamily(
            "multipie_pool_misses", "Requests that had to spawn a domain (pool empty)", labels=["service"]
        )
        for name in self.app.services:
            st = self.app.stats(name)
            live.add_metric([name], st["live"])
            idle.add_metric([name], st["idle"])
            mem.add_metric([name], st["memory_bytes"])
            hits.add_metric([name], st["pool_hits"])
            misses.add_metric([name], st["pool_misses"])
        return [live, idle, mem, hits, misses]


class AppMetrics:
    """Request, fault and pool metrics for one app.

    Args:
        app: the app whose pools are reported at scrape time.
    """

    def __init__(self, app: App) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "multipie_requests", "HTTP requests by service and status code", ["service", "code"], registry=r
        )
        self.latency = Histogram(
            "multipie_request_duration_seconds",
            "Time from routing to the response, by service",
            ["service"],
            buckets=_BUCKETS,
            registry=r,
        )
        self.traps = Counter("multipie_traps", "Guest traps and other domain faults", ["service", "reason"], registry=r)
        self.timeouts = Counter(
            "multipie_timeouts", "Requests stopped by the service's timeout", ["service"], registry=r
        )
        self.rejected = Counter(
            "multipie_rejected", "Requests refused before reaching a domain", ["service", "reason"], registry=r
        )
        self._latency = {name: self.latency.labels(name) for name in app.services}
        self._requests: dict[tuple[str, int], Any] = {}
        for name in app.services:
            self.timeouts.labels(name)
        r.register(_PoolCollector(app))

    def observe(self, service: str, status: int, seconds: float) -> None:
        """Count one request of ``service`` answered with ``status`` after ``seconds``."""
        child = self._requests.get((service, status))
        if child is None:
            child = self._requests[(service, status)] = self.requests.labels(service, str(status))
        child.inc()
        self._latency[service].observe(seconds)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)

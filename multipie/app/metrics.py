"""Prometheus metrics of a running app, every series labelled ``service="..."``.

Each :class:`AppMetrics` has its own ``CollectorRegistry`` (so several apps
or tests in one process never collide). Faults and rejections are ordinary
prometheus-client counters. The two series every request updates (request
count by status, latency histogram) are plain integers bumped by
:meth:`AppMetrics.observe` on the event loop (no lock, no label lookup: a
prometheus-client ``inc`` plus ``observe`` cost ~1.5 µs, this ~0.3 µs) and
exposed by a collector at scrape time, in the same exposition format. Pool
gauges (live domains, memory) are read at scrape time too.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, disable_created_metrics, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.utils import floatToGoString

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


class _RequestStats:
    """One service's request counts by status and latency histogram (non-cumulative buckets)."""

    __slots__ = ("by_status", "buckets", "total")

    def __init__(self) -> None:
        self.by_status: dict[int, int] = {}
        self.buckets = [0] * (len(_BUCKETS) + 1)  # the last one is +Inf
        self.total = 0.0


class _RequestCollector:
    def __init__(self, stats: dict[str, _RequestStats]) -> None:
        self.stats = stats

    def collect(self) -> Iterable[Metric]:
        """Request counters and latency histograms from the plain counts."""
        requests = CounterMetricFamily(
            "multipie_requests", "HTTP requests by service and status code", labels=["service", "code"]
        )
        latency = HistogramMetricFamily(
            "multipie_request_duration_seconds", "Time from routing to the response, by service", labels=["service"]
        )
        for name, st in self.stats.items():
            for code, n in sorted(st.by_status.items()):
                requests.add_metric([name, str(code)], n)
            cumulative, acc = [], 0
            for bound, n in zip((*_BUCKETS, float("inf")), st.buckets):
                acc += n
                cumulative.append((floatToGoString(bound), acc))
            latency.add_metric([name], cumulative, st.total)
        return [requests, latency]


class AppMetrics:
    """Request, fault and pool metrics for one app.

    Args:
        app: the app whose pools are reported at scrape time.
    """

    def __init__(self, app: App) -> None:
        # No `*_created` series: start timestamps (in e-notation) that no dashboard here reads.
        disable_created_metrics()
        self.registry = CollectorRegistry()
        r = self.registry
        self.traps = Counter("multipie_traps", "Guest traps and other domain faults", ["service", "reason"], registry=r)
        self.timeouts = Counter(
            "multipie_timeouts", "Requests stopped by the service's timeout", ["service"], registry=r
        )
        self.rejected = Counter(
            "multipie_rejected", "Requests refused before reaching a domain", ["service", "reason"], registry=r
        )
        self._stats = {name: _RequestStats() for name in app.services}
        for name in app.services:
            self.timeouts.labels(name)
        r.register(_RequestCollector(self._stats))
        r.register(_PoolCollector(app))

    def observe(self, service: str, status: int, seconds: float) -> None:
        """Count one request of ``service`` answered with ``status`` after ``seconds`` (event loop only)."""
        st = self._stats[service]
        st.by_status[status] = st.by_status.get(status, 0) + 1
        st.buckets[bisect.bisect_left(_BUCKETS, seconds)] += 1
        st.total += seconds

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)

"""``/metrics`` across replicas: every replica's Prometheus text summed per series.

Each replica's gateway counts what it served (requests by service and status,
latency histograms, traps, timeouts, rejections, pool gauges); the ingress counts
only what it answered itself (a request refused before reaching a replica). The
sum is the app's figure per service, as if one process had served everything:
counters and histogram buckets add up, gauges (live domains, memory) are totals
across replicas. ``*_created`` timestamps are dropped (they have no sum).
"""

from __future__ import annotations

from collections.abc import Iterable

from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.utils import floatToGoString

__all__ = ["merge_metrics"]


def _escape(v: str) -> str:
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def merge_metrics(texts: Iterable[bytes], extra: Iterable[tuple[str, str, str, dict[str, str], float]] = ()) -> bytes:
    """Sum Prometheus exposition ``texts`` series by series; ``extra`` adds (family, type, help, labels, value)."""
    families: dict[str, tuple[str, str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]] = {}
    for text in texts:
        for fam in text_string_to_metric_families(text.decode("utf-8")):
            typ, doc, samples = families.setdefault(fam.name, (fam.type, fam.documentation, {}))
            for s in fam.samples:
                if s.name.endswith("_created"):
                    continue
                key = (s.name, tuple(s.labels.items()))
                samples[key] = samples.get(key, 0.0) + s.value
    for name, typ, doc, labels, value in extra:
        _, _, samples = families.setdefault(name, (typ, doc, {}))
        sample = name + ("_total" if typ == "counter" else "")
        key = (sample, tuple(labels.items()))
        samples[key] = samples.get(key, 0.0) + value
    out: list[str] = []
    for name, (typ, doc, samples) in families.items():
        out.append(f"# HELP {name} {doc}")
        out.append(f"# TYPE {name} {typ}")
        for (sample, pairs), value in samples.items():
            lab = ",".join(f'{k}="{_escape(v)}"' for k, v in pairs)
            out.append(f"{sample}{{{lab}}} {floatToGoString(value)}" if lab else f"{sample} {floatToGoString(value)}")
    return ("\n".join(out) + "\n").encode()

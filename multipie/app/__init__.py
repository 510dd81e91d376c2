"""Apps: many services described by one ``multipie.toml``, wired by capabilities, served over HTTP.

Who owns what:

- :mod:`.manifest` — the manifest's pydantic models; every mistake a ``ManifestError`` naming file, line and key.
- :mod:`.loader` — :class:`App`: loads services, enforces "every import granted", creates regions,
  provider domains and pools.
- :mod:`.pool` — pre-created domains per service and the thread that refills them.
- :mod:`.abi` — handler ABIs: zero-copy ``http`` and ``wagi`` (CGI over WASI).
- :mod:`.gateway` — the ASGI app: routing, admission, error → status mapping.
- :mod:`.metrics` — Prometheus metrics labelled by service.
- :mod:`.logs` — JSON-lines / text logs with request ids.
- :mod:`.admin` — the loopback-only admin endpoint behind ``multipie ps``.
- :mod:`.proxy` — ``wasi:http/proxy`` components: a handler per request, bodies streamed both ways.
- :mod:`.protocol` — the HTTP/1.1 connections (llhttp): request heads and bodies bounded, pipelining.
- :mod:`.answer` — an answer's HTTP/1.1 framing from ASGI messages (one write per whole answer).
- :mod:`.server` — ``multipie up``: uvicorn on uvloop, signals, graceful shutdown.
"""

from multipie.app.loader import App, AppService, load_app
from multipie.app.manifest import Manifest, ServiceSpec, load_manifest, parse_manifest

__all__ = ["App", "AppService", "Manifest", "ServiceSpec", "load_app", "load_manifest", "parse_manifest"]

"""Handler ABIs: how an HTTP request enters a domain and how the response comes out.

Two ABIs, one response format:

- **http** (zero-copy). The guest exports ``memory``,
  ``http_alloc(len: i32) -> i32`` and
  ``http_handle(ptr: i32, head_len: i32, body_len: i32) -> i64``. The host
  asks ``http_alloc`` for room, writes the request head (the HTTP/1.1 request
  line and headers, CRLF-terminated, ending in an empty line) and then the
  body straight into the domain's memory, and calls ``http_handle``. The
  result packs ``(response_ptr << 32) | response_len``; the host reads the
  response out of the same memory. Nothing is serialized beyond the head.
  A **virtine** cannot keep memory between two calls (it is restored from its
  snapshot after each), so it exports one entry instead::

      long http_handle(const unsigned char *req, long head_len, long body_len,
                       unsigned char *resp, long resp_cap)

  The host copies head and body into the virtine's free memory at ``req``,
  passes the free memory after them as ``resp``/``resp_cap``, and reads the
  response (``(ptr << 32) | len`` as above; ``ptr == 0`` means "at ``resp``")
  before the reset (:mod:`multipie.domains.virtine.http`,
  ``guest/virtine/vt_http.h``). Every domain kind that runs the exchange in one
  entry has ``http_exchange(head, body) -> bytes``; :func:`call_http` uses it.
- **wagi** (CGI over WASI, as in the WAGI spec). The guest is a WASI command;
  the request becomes CGI environment variables (``REQUEST_METHOD``,
  ``PATH_INFO``, ``QUERY_STRING``, ``HTTP_*``, ...), the body is stdin, and
  the response is what the program writes to stdout.

Either way the response is CGI-style: header lines (``Content-Type: ...``,
optional ``Status: 404 Not Found``), an empty line, the body. Hop-by-hop
headers (``Content-Length``, ``Transfer-Encoding``, ``Connection``, ...) are
dropped: the gateway frames the response. A guest that breaks the ABI (bad
pointers, no header terminator, a header name that is not a token, control
characters in a value, a status outside 200-599) raises
:class:`~multipie.errors.ProtocolError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from multipie.domains.base import Command, Domain, Service
from multipie.errors import InvalidModule, ProtocolError

__all__ = [
    "Request",
    "Response",
    "call_http",
    "check_http_exports",
    "http_head",
    "parse_cgi_raw",
    "parse_cgi_response",
    "run_wagi",
    "wagi_env",
]

_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_CTL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
#: Headers a guest may not set: the gateway frames the response (length, connection handling).
_HOP_BY_HOP = frozenset(
    {
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "upgrade",
        "te",
        "trailer",
        "proxy-authenticate",
        "proxy-authorization",
    }
)
#: Largest response a guest may return (bytes).
MAX_RESPONSE = 64 << 20


@dataclass
class Request:
    """One HTTP request as the gateway hands it to a service."""

    method: str
    path: str
    query: str
    headers: Sequence[tuple[str, str]]
    body: bytes
    request_id: str
    route: str
    client: str = ""
    server: tuple[str, int] = ("127.0.0.1", 80)
    scheme: str = "http"

    def head(self) -> bytes:
        """The HTTP/1.1 request head: request line, headers, empty line (CRLF-terminated)."""
        raw = [(k.encode("latin-1", "replace"), v.encode("latin-1", "replace")) for k, v in self.headers]
        return http_head(self.method, self.path, self.query, raw, self.request_id)


def http_head(method: str, path: str, query: str, headers: Iterable[tuple[bytes, bytes]], request_id: str) -> bytes:
    """The request head the zero-copy ABI hands a guest, from a request's raw (ASGI) parts.

    The client's ``x-request-id`` is replaced by ``request_id`` (present exactly once).
    """
    target = f"{path}?{query}" if query else path
    parts = [f"{method} {target} HTTP/1.1\r\n".encode("latin-1", "replace")]
    parts += [k + b": " + v + b"\r\n" for k, v in headers if k.lower() != b"x-request-id"]
    parts.append(b"x-request-id: " + request_id.encode("latin-1", "replace") + b"\r\n\r\n")
    return b"".join(parts)


@dataclass
class Response:
    """A response parsed from a guest's CGI-style output."""

    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""


def parse_cgi_response(data: bytes | bytearray | memoryview, *, service: str) -> Response:
    """Split CGI-style output into status, headers and body.

    Raises:
        ProtocolError: no empty line ends the headers, a header line has no ``:``,
            or ``Status`` is not a 3-digit code.
    """
    head, body = _split(bytes(data), service)
    status, headers, _ = _parsed(head, service)
    return Response(status, list(headers), body)


def parse_cgi_raw(data: bytes, *, service: str) -> tuple[int, tuple[tuple[bytes, bytes], ...], bytes]:
    """Like :func:`parse_cgi_response`, with the headers as ASGI wants them (lower-case bytes names).

    The gateway's path: a guest's header block is parsed once and then served from a cache.
    """
    head, body = _split(data, service)
    status, _, raw = _parsed(head, service)
    return status, raw, body


def _split(raw: bytes, service: str) -> tuple[bytes, bytes]:
    end, sep = raw.find(b"\r\n\r\n"), 4
    lf = raw.find(b"\n\n", 0, end if end >= 0 else len(raw))
    if lf >= 0:
        end, sep = lf, 2
    if raw.startswith((b"\r\n", b"\n")):
        end, sep = 0, 2 if raw.startswith(b"\r\n") else 1
    if end < 0:
        raise ProtocolError(
            f"service {service!r} returned a response without an empty line after its headers "
            f"(first bytes: {raw[:40]!r})"
        )
    return raw[:end], raw[end + sep :]


_Parsed = tuple[int, tuple[tuple[str, str], ...], tuple[tuple[bytes, bytes], ...]]
#: Parsed header blocks by their bytes: a service answers with the same few again and again.
#: Bounded (cleared when full); blocks longer than _HEAD_CACHE_KEY are parsed every time.
_HEADS: dict[bytes, _Parsed] = {}
_HEAD_CACHE_SIZE = 1024
_HEAD_CACHE_KEY = 1024


def _parsed(head: bytes, service: str) -> _Parsed:
    parsed = _HEADS.get(head)
    if parsed is None:
        status, headers = _parse_head(head, service)
        raw = tuple(
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers if k.lower() != "x-request-id"
        )
        parsed = (status, headers, raw)
        if len(head) <= _HEAD_CACHE_KEY:
            if len(_HEADS) >= _HEAD_CACHE_SIZE:
                _HEADS.clear()
            _HEADS[head] = parsed
    return parsed


def _parse_head(head: bytes, service: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    status = 200
    headers: list[tuple[str, str]] = []
    for line in head.decode("latin-1").splitlines():
        if not line:
            continue
        name, colon, value = line.partition(":")
        name, value = name.strip(), value.strip()
        if not colon or not _TOKEN.match(name) or _CTL.search(value):
            raise ProtocolError(f"service {service!r} returned a malformed header line {line[:60]!r}")
        low = name.lower()
        if low in _HOP_BY_HOP:  # framing is the gateway's business, never the guest's
            continue
        if low == "status":
            code = value.split(" ", 1)[0]
            if not (code.isdigit() and len(code) == 3 and 200 <= int(code) <= 599):
                raise ProtocolError(f"service {service!r} returned an invalid Status {value!r} (expected 200-599)")
            status = int(code)
        elif low == "location" and status == 200:
            status = 302
            headers.append((name, value))
        else:
            headers.append((name, value))
    return status, tuple(headers)


# -- the zero-copy ABI ---------------------------------------------------------

_HTTP_EXPORTS = {"http_alloc": (("i32",), ("i32",)), "http_handle": (("i32", "i32", "i32"), ("i64",))}


def check_http_exports(service: Service) -> None:
    """Check that ``service`` implements the zero-copy handler ABI.

    Raises:
        InvalidModule: an export is missing or has the wrong type (the message says which).
    """
    if service.kind == "virtine":  # one entry, no http_alloc: see multipie.domains.virtine.http
        from multipie.domains.virtine.http import check_entry

        check_entry(service)
        return
    exports = {e.name: e for e in service.exports}
    if not any(e.kind == "memory" for e in exports.values()):
        raise InvalidModule(f"{service.name}: the http ABI needs an exported memory")
    for name, (params, results) in _HTTP_EXPORTS.items():
        e = exports.get(name)
        want = f"{','.join(params)}->{','.join(results)}"
        if e is None or e.kind != "function":
            raise InvalidModule(f"{service.name}: the http ABI needs a function export {name!r} ({want})")
        if tuple(e.params) != params or tuple(e.results) != results:
            raise InvalidModule(f"{service.name}: export {name!r} has type {e.type}, the http ABI needs {want}")


def call_http(domain: Domain, req: Request) -> Response:
    """Run one request through the zero-copy ABI in ``domain`` (which the caller owns exclusively).

    Each domain kind that can serve HTTP implements ``http_exchange(head, body, *, max_response)``
    (for Wasm: :meth:`~multipie.domains.wasm.domain.WasmDomain.http_exchange`, one native call).

    Raises:
        ProtocolError: the guest returned a pointer or length outside its memory, or a malformed response.
        DomainError: the guest trapped, timed out or ran out of a budget (the domain is torn down).
    """
    exchange = getattr(domain, "http_exchange", None)
    if exchange is None:
        raise ProtocolError(
            f"service {domain.service.name!r}: a domain of kind {domain.service.kind!r} cannot serve HTTP"
        )
    raw = exchange(req.head(), req.body, max_response=MAX_RESPONSE)
    return parse_cgi_response(raw, service=domain.service.name)


# -- WAGI ---------------------------------------------------------------------


def wagi_env(req: Request, extra: Mapping[str, str]) -> dict[str, str]:
    """The CGI environment for ``req`` (WAGI's variables), plus the service's own ``env``."""
    env = dict(extra)
    script = req.route.removesuffix("/...") if req.route.endswith("/...") else req.route
    env.update(
        {
            "REQUEST_METHOD": req.method,
            "SCRIPT_NAME": script,
            "PATH_INFO": req.path[len(script) :] if req.path.startswith(script) else req.path,
            "X_MATCHED_ROUTE": req.route,
            "X_FULL_URL": f"{req.scheme}://{req.server[0]}:{req.server[1]}{req.path}"
            + (f"?{req.query}" if req.query else ""),
            "X_RAW_PATH_INFO": req.path,
            "QUERY_STRING": req.query,
            "SERVER_NAME": req.server[0],
            "SERVER_PORT": str(req.server[1]),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "SERVER_SOFTWARE": "multiPIE",
            "GATEWAY_INTERFACE": "CGI/1.1",
            "REMOTE_ADDR": req.client,
            "REMOTE_HOST": req.client,
            "CONTENT_LENGTH": str(len(req.body)),
            "CONTENT_TYPE": "",
            "HTTP_X_REQUEST_ID": req.request_id,
        }
    )
    for k, v in req.headers:
        key = k.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            env["CONTENT_TYPE"] = v
        elif key != "CONTENT_LENGTH":
            env["HTTP_" + key] = v
    return env


def run_wagi(
    service: Service,
    req: Request,
    *,
    env: Mapping[str, str],
    dirs: Mapping[str, str],
    memory_limit: int,
    fuel: int | None,
    timeout: float,
) -> tuple[Response, bytes]:
    """Run a WAGI program once for ``req``; returns its response and what it wrote to stderr.

    Raises:
        ProtocolError: the program exited non-zero or wrote a malformed response.
        DomainError: it trapped, timed out or ran out of a budget.
    """
    from multipie.domains.wasm import wasi

    if service.kind != "wasm":
        raise InvalidModule(
            f"{service.name}: abi = 'wagi' needs a Wasm (WASI) command, not a service of kind {service.kind!r}"
        )
    out = _CappedSink(MAX_RESPONSE)
    err = _CappedSink(64 << 10)
    code = wasi.run_command(
        service,
        # stdout/stderr are duck-typed sinks: WASI only calls .write(bytes)
        Command((), wagi_env(req, env), dirs, req.body, out, err),
        readonly_dirs=True,  # `files` are read-only: a request cannot change what the next one sees
        memory_limit=memory_limit,
        fuel=fuel,
        timeout=timeout,
    )
    if code != 0:
        tail = bytes(err.data[-200:]).decode("utf-8", "replace").strip()
        raise ProtocolError(f"service {service.name!r} exited with code {code}" + (f": {tail}" if tail else ""))
    if out.overflowed:
        raise ProtocolError(f"service {service.name!r} wrote more than {MAX_RESPONSE} bytes of response")
    return parse_cgi_response(out.data, service=service.name), bytes(err.data)


class _CappedSink:
    """A stdout/stderr sink keeping at most ``cap`` bytes (a guest printing forever cannot eat memory)."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.data = bytearray()
        self.overflowed = False

    def write(self, chunk: bytes) -> int:
        """Keep what fits under the cap; note when something had to be dropped."""
        room = self.cap - len(self.data)
        if len(chunk) > room:
            self.overflowed = True
            chunk = chunk[: max(room, 0)]
        self.data += chunk
        return len(chunk)

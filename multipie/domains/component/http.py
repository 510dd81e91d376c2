"""Serving a ``wasi:http/proxy`` component: one request through ``wasi:http/incoming-handler.handle``.

:func:`serve` spawns a fresh domain of the service (its own Store and instance), binds
the request's :class:`~multipie.domains.component.http_types.HttpTable` to the calling
thread, hands the guest an ``incoming-request`` and a ``response-outparam`` (host
resources), and runs ``handle`` under the service's fuel and timeout. The response
reaches the caller's :class:`~multipie.domains.component.http_types.ResponseSink` while
the guest runs (the head at ``response-outparam.set``, then each body chunk), so
bodies stream both ways: the request body is fed to a
:class:`~multipie.domains.component.http_types.BodySource` by another thread.

Failures: a trap, a timeout, fuel or memory are the domain's faults (the usual
:mod:`multipie.errors` types; the domain is torn down); a handler that returns without
setting the outparam, or sets it to an ``error-code``, is a :class:`~multipie.errors.ProtocolError`
(the gateway's 502). A wait in the host past the deadline is a :class:`~multipie.errors.Timeout`.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Protocol

from wasmtime import component as wc

from multipie.domains.component import http_io
from multipie.domains.component.http_types import (
    IN_REQUEST,
    OUTPARAM,
    BodySource,
    Fields,
    HttpTable,
    IncomingRequest,
    ResponseOutparam,
    ResponseSink,
)
from multipie.domains.wasm._capi.component_funcs import take_failure
from multipie.errors import DomainError, ProtocolError, Timeout

if TYPE_CHECKING:
    from multipie.domains.component.domain import ComponentDomain


class HttpService(Protocol):
    """What :func:`serve` needs of a :class:`~multipie.domains.component.service.ComponentService`."""

    name: str
    #: the handler export (``wasi:http/incoming-handler@0.2.N#handle``), None if it is not a proxy component
    http_handler: str | None

    def spawn(self, *, memory_limit: int | None, fuel: int | None, timeout: float | None) -> ComponentDomain: ...


class Fresh(Protocol):
    """Where :func:`serve` may take a never-used domain (a :class:`~.reserve.ComponentReserve`)."""

    def take(self) -> ComponentDomain | None: ...


__all__ = ["Fresh", "HttpService", "Request", "serve"]


class Request:
    """What the gateway hands to a handler: the head now, the body through :attr:`body` as it arrives."""

    def __init__(
        self,
        sink: ResponseSink,
        *,
        method: str,
        path_with_query: str,
        headers: list[tuple[bytes, bytes]],
        scheme: str = "http",
        authority: str = "",
        timeout: float | None = None,
        allowed: frozenset[str] = frozenset(),
    ) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        self.table = HttpTable(sink, deadline=deadline, allowed=allowed)
        self.body = BodySource(self.table)
        fields = Fields.incoming(headers)
        self.request = IncomingRequest(method, path_with_query, scheme, authority, fields, self.body)

    @property
    def log(self) -> bytes:
        """What the handler wrote to stdout/stderr (at most ``http_io.LOG_CAP`` bytes)."""
        return bytes(self.table.log)


def serve(
    service: HttpService,
    req: Request,
    *,
    memory_limit: int | None,
    fuel: int | None,
    timeout: float | None,
    reserve: Fresh | None = None,
) -> None:
    """Run one request in a fresh domain of ``service``; the response goes to the request's sink.

    With ``reserve`` (made by ``service.reserve`` under the same limits) the domain is taken
    from it when one is ready, else spawned: either way it has never served a request, and it
    is closed after this one.

    Raises:
        Trap, Timeout, OutOfFuel, OutOfMemory: the guest faulted (its domain is torn down).
        ProtocolError: the handler did not answer (outparam dropped, or set to an error-code).
    """
    export = service.http_handler
    if export is None:
        raise ProtocolError(f"{service.name}: does not export wasi:http/incoming-handler")
    table = req.table
    domain = reserve.take() if reserve is not None else None
    if domain is None:
        domain = service.spawn(memory_limit=memory_limit, fuel=fuel, timeout=timeout)
    http_io.bind(table)
    try:
        req_rep = table.push(req.request)
        out_rep = table.push(ResponseOutparam())
        args = (wc.ResourceHost.own(req_rep, IN_REQUEST), wc.ResourceHost.own(out_rep, OUTPARAM))
        take_failure()
        try:
            domain.invoke(export, args)
        except DomainError as exc:
            cause = take_failure()
            if isinstance(cause, http_io.HostTimeout):
                raise Timeout(f"domain {domain.label}: {cause} ({timeout:g} s)", domain=domain.label) from exc
            raise
        if not table.responded:
            raise ProtocolError(f"{service.name}: the handler returned without setting its response-outparam")
    finally:
        http_io.bind(None)
        domain.close()

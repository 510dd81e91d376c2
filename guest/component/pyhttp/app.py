"""The ``pyhttp`` component: a ``wasi:http/proxy`` handler in Python (componentize-py), for serving speed.

Any path: 200 with an empty body (the minimal answer, as ``guest/component/http``'s ``GET /``);
the first letter of the path's last segment picks otherwise (``/e``, ``/py/e``): ``e`` the request
body echoed back, its ``content-type`` copied; ``f`` tries to read ``/etc/hostname`` (a handler
has no preopened directory: 200 ``no files``); ``x`` calls ``sys.exit(3)`` (``wasi:cli/exit``: the
request fails).
It runs unchanged under ``wasmtime serve``.
"""

import sys

from wit_world import exports
from wit_world.imports.streams import StreamError_Closed
from wit_world.imports.types import Fields, IncomingRequest, OutgoingBody, OutgoingResponse, ResponseOutparam
from componentize_py_types import Err, Ok

#: blocking-write-and-flush takes at most 4096 bytes per call.
CHUNK = 4096


class IncomingHandler(exports.IncomingHandler):
    def handle(self, request: IncomingRequest, response_out: ResponseOutparam) -> None:
        path = (request.path_with_query() or "/").split("?", 1)[0]
        pick = path.rsplit("/", 1)[-1][:1]
        echo = pick == "e"
        if pick == "x":
            sys.exit(3)
        headers = []
        if echo:
            with request.headers() as fields:
                headers = [("content-type", v) for v in fields.get("content-type")]
        response = OutgoingResponse(Fields.from_list(headers))
        body = response.body()
        ResponseOutparam.set(response_out, Ok(response))
        if echo:
            with request.consume() as incoming:
                with incoming.stream() as src, body.write() as dst:
                    _copy(src, dst)
        elif pick == "f":
            with body.write() as dst:
                dst.blocking_write_and_flush(_read_file())
        OutgoingBody.finish(body, None)


def _read_file() -> bytes:
    try:
        with open("/etc/hostname", "rb") as f:
            return f.read()[:CHUNK]
    except OSError:
        return b"no files"


def _copy(src, dst) -> None:
    while True:
        try:
            data = src.blocking_read(65536)
        except Err as e:
            if isinstance(e.value, StreamError_Closed):
                return
            raise
        for i in range(0, len(data), CHUNK):
            dst.blocking_write_and_flush(data[i : i + CHUNK])

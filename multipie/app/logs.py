"""Structured logs for ``multipie up``: one JSON object per line (or readable text), with request ids.

Loggers: ``multipie.access`` (one record per request: request id, service,
method, path, status, duration, error), ``multipie.app`` (lifecycle, pools,
guest stderr). Fields passed as ``extra={"fields": {...}}`` become JSON keys.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

__all__ = ["JsonFormatter", "TextFormatter", "configure_logging"]


class JsonFormatter(logging.Formatter):
    """``{"ts": ..., "level": ..., "logger": ..., "msg": ..., **fields}`` per line."""

    def format(self, record: logging.LogRecord) -> str:
        """One JSON line for ``record``."""
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if fields:
            out.update(fields)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str)


class TextFormatter(logging.Formatter):
    """``time level msg key=value ...`` per line."""

    def format(self, record: logging.LogRecord) -> str:
        """One text line for ``record``."""
        fields = getattr(record, "fields", None) or {}
        tail = " ".join(f"{k}={v}" for k, v in fields.items())
        text = (
            f"{time.strftime('%H:%M:%S', time.localtime(record.created))} {record.levelname:<7} {record.getMessage()}"
        )
        if tail:
            text += " " + tail
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


def configure_logging(fmt: str = "json", *, level: int = logging.INFO, access: bool = True) -> None:
    """Send ``multipie.*`` and uvicorn's error log to stderr in ``fmt`` (``"json"`` or ``"text"``).

    Args:
        fmt: ``"json"`` (JSON lines) or ``"text"``.
        level: the minimum level.
        access: log one line per request (``multipie.access``).
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    for name, lvl in (("multipie", level), ("uvicorn.error", max(level, logging.WARNING))):
        # uvicorn's own start/stop lines would name both listeners alike; multiPIE logs "serving",
        # "shutting down" and "stopped" itself, and uvicorn's warnings and errors still come through.
        lg = logging.getLogger(name)
        lg.handlers[:] = [handler]
        lg.setLevel(lvl)
        lg.propagate = False
    logging.getLogger("multipie.access").disabled = not access

"""The worker process: ``python -m fuzz.worker CAMPAIGN FD``.

Writes ``{"ready": true}`` to file descriptor ``FD`` once the campaign is set up, then
reads one seed per line on stdin, runs it, writes one JSON line to ``FD``:
``{"outcome": {...}, "rss": bytes, "fds": count}``. Exits at end of input.
A crash of this process is what the driver counts; anything raised by a campaign's
own code (not by multiPIE) is a bug of the campaign and ends the worker with a
traceback, which the driver reports as a crash with that traceback.
"""

from __future__ import annotations

import dataclasses
import faulthandler
import gc
import json
import os
import sys
from collections import Counter

from fuzz.harness import fd_targets, fds_added, load_campaign, sample_resources
from multipie import libc


def trim() -> None:
    """Hand free heap pages back to the OS (glibc ``malloc_trim``)."""
    libc.malloc_trim()


def main(argv: list[str]) -> int:
    """Serve seeds for campaign ``argv[0]``, answering on fd ``argv[1]``."""
    faulthandler.enable()  # a crash prints the Python stack: the driver keeps its tail
    campaign = load_campaign(argv[0])
    out = os.fdopen(int(argv[1]), "w", buffering=1)
    campaign.setup()
    out.write(json.dumps({"ready": True}) + "\n")  # the driver times seeds from here on
    first: Counter[str] | None = None  # the fd targets after the second seed (the first pays first-use costs)
    for n, line in enumerate(sys.stdin):
        seed = int(line)
        print(f"seed {seed}", flush=True)
        outcome = campaign.run(seed)
        gc.collect()
        trim()  # measure what is retained, not what malloc keeps cached
        rss, fds = sample_resources()
        targets = fd_targets()
        first = targets if n == 1 else first
        added = fds_added(first, targets) if first is not None else []
        answer = {"outcome": dataclasses.asdict(outcome), "rss": rss, "fds": fds, "fds_added": added}
        out.write(json.dumps(answer) + "\n")
    campaign.teardown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Known differences between a native run and a virtine run of the conformance suite: THE one table.

:data:`KNOWN` maps ``program:case`` (``tests/conformance`` programs, ``guest/legacy/conformance/*.c``) to
the reason the virtine's line may differ from the native one. The conformance tests accept exactly these
differences (and fail on an entry whose case now matches: the table never goes stale); the table is
rendered into ``docs/legacy.md`` by :mod:`tests.conformance.syscalldoc`.
"""

from __future__ import annotations

#: ``program:case`` → why a virtine differs there (add a line only with the reason it cannot match).
KNOWN: dict[str, str] = {}

"""Known differences between a native run and a virtine run of the conformance suite: THE one table.

:data:`KNOWN` maps ``program:case`` (``tests/conformance`` programs, ``guest/legacy/conformance/*.c``) to
the reason the virtine's line may differ from the native one. The conformance tests accept exactly these
differences (and fail on an entry whose case now matches: the table never goes stale); the table is
rendered into ``docs/legacy.md`` by :mod:`tests.conformance.syscalldoc`.
"""

from __future__ import annotations

#: ``program:case`` → why a virtine differs there (add a line only with the reason it cannot match).
KNOWN: dict[str, str] = {
    # files and paths
    "files:link": "link/linkat are not served (ENOSYS + a policy event): the file multiplexer has no hard links",
    "files:link_nlink": "no hard links (see files:link)",
    "files:link_exists": "no hard links (see files:link)",
    "files:link_dir": "no hard links (see files:link): ENOSYS before the EPERM check",
    # gnulib's tests (guest/legacy/gnulib): the whole test program fails on its first failed assertion
    "gnulib:test-link": "no hard links (see files:link)",
    "gnulib:test-rename": "passes its trailing-slash and empty-name checks, then needs link() (see files:link)",
    # identity
    "identity:setrlimit_applied": "resource limits are fixed (the guest answers from a table): checked, not applied",
}

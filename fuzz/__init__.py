"""multiPIE's fuzzing campaigns (issue 15): they keep finding crashes, hangs, wrong results and leaks.

Each campaign is one module with one :class:`~fuzz.harness.Campaign` subclass; the
harness runs its cases in a worker subprocess, so a crash (SIGSEGV, SIGABRT) or a
hang is counted and reproduced instead of ending the campaign:

``harness``      the driver (worker processes, budget, tally, table) and the case protocol
``worker``       the worker process: ``python -m fuzz.worker CAMPAIGN`` reads seeds, answers tallies
``wasmgen``      random valid modules from ``wasm-tools smith`` + their boundary types
``differential`` native fast path vs pure-Python path vs plain wasmtime-py
``loaders``      mutated inputs to every loader (Wasm, WAT, ELF, virtine, manifest, OCI)
``concurrency``  a hypothesis state machine over spawn/call/close/grant/forward/revoke/region
``attacks``      guest-side attack corpora (privileged instructions, ports, hypercalls, syscalls)
``gateway``      the HTTP gateway at saturation with faulting and malformed traffic (soak)
``known``        the known-open finding classes each campaign avoids until their fixes land

Run ``python -m fuzz --help`` (``make fuzz``); the CI slices live in ``tests/fuzz/``.
"""

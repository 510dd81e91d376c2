"""Resources the runtime multiplexes between domains.

Each resource is shared where it can be (read-only, one copy for every domain) and private where it
must be (per domain, accounted against the domain's limits):

- :mod:`multipie.resources.fs` — files: shared read-only layers, a private writable area per
  domain, granted host directories, and the open file descriptions a program's fd table holds.
"""

"""net grants: parsing, matching, and the PolicyViolation naming the address."""

from __future__ import annotations

import ipaddress

import pytest

from multipie.errors import PolicyViolation, UsageError
from multipie.resources.net.addresses import InetAddr
from multipie.resources.net.policy import NetGrant, NetPolicy


def addr(ip: str, port: int) -> InetAddr:
    return InetAddr(ipaddress.ip_address(ip), port)


def test_grants_cover_what_they_say() -> None:
    p = NetPolicy(["connect:127.0.0.1:5432", "listen:*:8000-8010", "connect:[::1]:*"])
    assert p.allows("connect", addr("127.0.0.1", 5432))
    assert not p.allows("connect", addr("127.0.0.1", 5433))
    assert not p.allows("listen", addr("127.0.0.1", 5432))
    assert p.allows("listen", addr("10.0.0.1", 8005)) and not p.allows("listen", addr("10.0.0.1", 8011))
    assert p.allows("connect", addr("::1", 1))
    assert [str(g) for g in p.grants] == ["connect:127.0.0.1:5432", "listen:*:8000-8010", "connect:[::1]:*"]
    assert not NetPolicy() and p


def test_denial_names_the_address_and_the_grants() -> None:
    with pytest.raises(PolicyViolation, match=r"connect to host address 192\.0\.2\.1:80 is not granted.*none"):
        NetPolicy().check("connect", addr("192.0.2.1", 80))
    with pytest.raises(PolicyViolation, match=r"listen on host address.*connect:127\.0\.0\.1:1"):
        NetPolicy(["connect:127.0.0.1:1"]).check("listen", addr("0.0.0.0", 80))


@pytest.mark.parametrize("spec", ["connect", "bind:1.2.3.4:5", "connect:example.com:80", "connect:1.2.3.4:x",
                                  "connect:1.2.3.4:9-2", "listen:1.2.3.4:70000", "connect::80"])  # fmt: skip
def test_malformed_grants_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError, match="net grant"):
        NetGrant.parse(spec)

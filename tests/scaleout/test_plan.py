"""Scale-out without a cluster: placement units, autoscaling decisions, manifest keys, tokens, blobs, metrics."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pytest
from scaleouthelpers import MANIFEST

from multipie.app.manifest import parse_manifest
from multipie.errors import CapabilityError, CapabilityRevoked, DigestMismatch, ManifestError, UsageError
from multipie.scaleout.blobs import BlobStore, digest_of
from multipie.scaleout.metrics import merge_metrics
from multipie.scaleout.plan import Unit, desired_replicas, plan_app
from multipie.scaleout.tokens import Token, TokenChecker, sign


def test_units_follow_grants_and_regions_unless_split() -> None:
    plan = plan_app(parse_manifest(MANIFEST))
    assert {u: sorted(x.services) for u, x in plan.units.items()} == {
        "back": ["boom", "echo", "reader", "spin"],
        "front": ["caller", "writer"],
    }
    assert plan.units["front"].remote_grants == {("caller", "env.f"): ("back", "boom", "f")}
    assert plan.units["back"].snapshot_regions == {"page"} and not plan.units["front"].snapshot_regions
    assert (plan.units["back"].min_replicas, plan.units["front"].max_replicas, plan.units["front"].target) == (2, 2, 4)
    # without placement keys, services wired together share one unit (one Runtime: in-process calls)
    joined = plan_app(parse_manifest(MANIFEST.replace('placement = "front"', "").replace('placement = "back"', "")))
    units = sorted(sorted(u.services) for u in joined.units.values())
    assert units == [["boom", "caller"], ["echo"], ["reader", "writer"], ["spin"]]
    assert all(not u.remote_grants and not u.snapshot_regions for u in joined.units.values())
    assert joined.strategy == "SPREAD"


def test_a_writable_region_across_placements_is_refused() -> None:
    ro = '"env.page" = { region = "page", writable = false }'
    text = MANIFEST.replace(ro, ro.replace("false", "true"))
    with pytest.raises(CapabilityError, match="region 'page' is writable by services in different placements"):
        plan_app(parse_manifest(text), where="app/multipie.toml")


def test_manifest_replicas_keys_are_checked() -> None:
    with pytest.raises(ManifestError, match=r"services.echo.replicas"):
        parse_manifest(MANIFEST.replace("route = \"/echo\"", "route = \"/echo\"\nreplicas = 0"))
    with pytest.raises(ManifestError, match="must not exceed max"):
        parse_manifest(MANIFEST.replace("min = 1, max = 2", "min = 3, max = 2"))
    with pytest.raises(ManifestError, match=r"app.placement"):
        parse_manifest(MANIFEST.replace('max_body = "4KiB"', 'max_body = "4KiB"\nplacement = "everywhere"'))


def test_autoscaling_decisions() -> None:
    u = Unit("u", ["s"], min_replicas=1, max_replicas=4, target=8)
    assert desired_replicas(u, 0, 1) == 1
    assert desired_replicas(u, 9, 1) == 2  # above target per replica: up
    assert desired_replicas(u, 100, 2) == 4  # clamped to max
    assert desired_replicas(u, 12, 2) == 2  # within hysteresis: stay
    assert desired_replicas(u, 3, 3) == 1  # far below: down
    assert desired_replicas(Unit("f", ["s"], 3, 3), 1000, 3) == 3  # fixed


def test_tokens_verify_and_revocation_is_checked() -> None:
    key = b"k" * 32
    t = sign(key, 7, "kv", "count")
    checker = TokenChecker(key, set())
    assert checker.check(t) is t
    other_key = sign(b"x" * 32, 7, "kv", "count")
    for forged in (dataclasses.replace(t, cap_id=8), dataclasses.replace(t, service="other"), other_key):
        with pytest.raises(CapabilityError, match="does not verify"):
            checker.check(forged)
    with pytest.raises(CapabilityError, match="needs a Token"):
        checker.check((7, "kv", "count"))
    checker.revoked.add(7)
    with pytest.raises(CapabilityRevoked, match="revoked"):
        checker.check(t)


def test_a_token_travels_as_a_plain_tuple_and_a_malformed_one_is_refused() -> None:
    key = b"k" * 32
    t = sign(key, 7, "kv", "count")
    assert t.wire == (7, "kv", "count", t.tag) and Token.from_wire(t.wire) == t
    assert TokenChecker(key, set()).check(Token.from_wire(pickle.loads(pickle.dumps(t.wire)))) == t
    for bad in (None, (7, "kv", "count"), (7, "kv", "count", "tag"), ("7", "kv", "count", t.tag), [*t.wire],
                (True, "kv", "count", t.tag)):
        with pytest.raises(CapabilityError, match="needs a token"):
            Token.from_wire(bad)


def test_blob_store_is_content_addressed_and_verified(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    data = b"\0asm\1\0\0\0"
    p = store.put(data)
    assert p.name == digest_of(data).split(":")[1] and store.get(digest_of(data)) == p
    with pytest.raises(DigestMismatch, match="hash to"):
        store.put(b"other", digest_of(data))
    p.write_bytes(b"tampered")
    assert store.get(digest_of(data)) is None and not p.exists()  # a corrupt blob is dropped, not served
    with pytest.raises(UsageError, match="64 lowercase hex"):
        store.path("sha256:../../etc/passwd")


def test_metrics_are_summed_series_by_series() -> None:
    a = (
        b"# HELP multipie_requests HTTP requests\n# TYPE multipie_requests counter\n"
        b'multipie_requests_total{service="e",code="200"} 3.0\n'
    )
    b = a.replace(b"3.0", b"4.0") + b'multipie_requests_total{service="e",code="500"} 1.0\n'
    text = merge_metrics([a, b], [("multipie_replicas", "gauge", "Live replicas", {"service": "e"}, 2)]).decode()
    assert 'multipie_requests_total{service="e",code="200"} 7.0' in text
    assert 'multipie_requests_total{service="e",code="500"} 1.0' in text
    assert 'multipie_replicas{service="e"} 2.0' in text


def test_cli_ray_flag_takes_an_optional_address(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import multipie.scaleout
    from tests.conftest import run_cli

    seen: list[Any] = []
    monkeypatch.setattr(multipie.scaleout, "up", lambda d, **kw: seen.append((d, kw["address"])) or 0)
    assert run_cli(capsys, "up", str(tmp_path), "--ray")[0] == 0
    assert run_cli(capsys, "up", "--ray", str(tmp_path))[0] == 0
    assert run_cli(capsys, "up", str(tmp_path), "--ray", "auto")[0] == 0
    assert seen == [(str(tmp_path), "local"), (str(tmp_path), "local"), (str(tmp_path), "auto")]

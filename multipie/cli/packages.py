"""``multipie pack | push | pull | lock | sign | verify | keygen``: the package verbs.

Thin wrappers over :mod:`multipie.packages.operations`; every failure is a
:class:`~multipie.errors.PackageError` (or ``SignatureError``/``DigestMismatch``)
that :func:`multipie.cli.main.main` prints as one line with a non-zero exit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from multipie.cli.output import console
from multipie.errors import PackageError, UsageError

__all__: list[str] = []

if TYPE_CHECKING:
    from multipie.packages import BlobStore

_Store = Annotated[
    Path | None,
    typer.Option(
        "--store", metavar="DIR", help="Blob store directory (default: $MULTIPIE_STORE_DIR or <cache>/blobs)."
    ),
]
_Insecure = Annotated[bool, typer.Option("--insecure", help="Plain HTTP to the registry (loopback is HTTP anyway).")]


def _say(text: str) -> None:
    console.print(text, highlight=False, soft_wrap=True, markup=False)


def _store(path: Path | None) -> BlobStore:
    from multipie.packages import BlobStore

    return BlobStore(path)


def pack(
    module: Annotated[Path, typer.Argument(help="A .wasm, .wat or virtine image file.")],
    out: Annotated[
        Path, typer.Option("-o", "--output", metavar="PATH", help="Layout directory, or a file ending in .tar.")
    ],
    tag: Annotated[str, typer.Option(metavar="TAG", help="Tag (ref.name) in the layout's index.")] = "latest",
) -> None:
    """Pack a module as an OCI Wasm artifact (a layout directory, or a tar)."""
    from multipie import packages  # the packages machinery loads for these verbs only

    desc = packages.pack(module, out, tag=tag)
    _say(f"{out}:{tag} {desc.digest}")


def push(
    src: Annotated[str, typer.Argument(help="A module file, layout directory or tar.")],
    ref: Annotated[str, typer.Argument(help="HOST[:PORT]/REPO[:TAG]")],
    store: _Store = None,
    insecure: _Insecure = False,
) -> None:
    """Push a package (and its signatures) to a registry."""
    from multipie import packages  # the packages machinery loads for these verbs only

    digest = packages.push(src, ref, store=_store(store), insecure=insecure or None)
    _say(f"{packages.parse_reference(ref).repo_ref}@{digest}")


def pull(
    ref: Annotated[str, typer.Argument(help="HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]")],
    out: Annotated[
        Path | None, typer.Option("-o", "--output", metavar="PATH", help="Also write a layout dir or .tar here.")
    ] = None,
    store: _Store = None,
    insecure: _Insecure = False,
) -> None:
    """Fetch an image (verified) into the local store, and optionally into a layout or tar."""
    from multipie import packages  # the packages machinery loads for these verbs only

    desc = packages.pull(ref, out, store=_store(store), insecure=insecure or None)
    _say(f"{ref} {desc.digest}")


def lock(
    app_file: Annotated[
        Path | None, typer.Argument(metavar="APP", help="App manifest (.toml) or a file listing sources, one a line.")
    ] = None,
    ref: Annotated[
        list[str] | None, typer.Option("--ref", metavar="SOURCE", help="A source to lock (repeatable).")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="FILE", help="Lock file (default: multipie.lock beside APP)."),
    ] = None,
    store: _Store = None,
) -> None:
    """Pin every package source of an app to the digest it resolves to now (writes multipie.lock)."""
    from multipie import packages  # the packages machinery loads for these verbs only
    from multipie.packages.lock import LOCK_NAME

    refs = list(ref or [])
    base = Path.cwd()
    if app_file is None and not refs:
        app_file = Path("multipie.toml")
    if app_file is not None:
        refs += packages.collect_references(app_file)
        base = app_file.parent
    if not refs:
        raise PackageError(f"{app_file}: names no package source to lock")
    pins = packages.lock_references(refs, base=base, store=_store(store))
    path = packages.write_lock(out or base / LOCK_NAME, pins)
    for source, digest in sorted(pins.items()):
        _say(f"{source} {digest}")
    _say(f"wrote {path}")


def sign(
    target: Annotated[str, typer.Argument(help="A reference, layout directory or layout tar.")],
    key: Annotated[Path, typer.Option("--key", metavar="FILE", help="Ed25519 private key (PEM).")],
    store: _Store = None,
) -> None:
    """Sign an image's manifest digest; the signature is stored beside the image."""
    from multipie import packages  # the packages machinery loads for these verbs only

    desc = packages.sign(target, key, store=_store(store))
    _say(f"signed {target}: {desc.annotations.get('org.opencontainers.image.ref.name')}")


def verify(
    target: Annotated[str, typer.Argument(help="A reference, layout directory or layout tar.")],
    key: Annotated[
        list[Path] | None,
        typer.Option("--key", metavar="FILE", help="Trusted public key (repeatable; any one suffices)."),
    ] = None,
    policy: Annotated[Path | None, typer.Option("--policy", metavar="FILE", help="Trust policy file (TOML).")] = None,
    store: _Store = None,
) -> None:
    """Check an image's signatures against trusted keys or a trust policy."""
    from multipie import packages  # the packages machinery loads for these verbs only

    if not key and policy is None:
        raise UsageError("verify needs the trusted keys: give --key PUB (repeatable) or --policy FILE")
    digest, signers = packages.verify(target, key or [], trust_policy=policy, store=_store(store))
    _say(f"verified {target} {digest} signed by {', '.join(signers)}")


def keygen(
    prefix: Annotated[Path, typer.Argument(help="Writes PREFIX.key (private, 0600) and PREFIX.pub.")],
) -> None:
    """Create an Ed25519 key pair for signing."""
    from multipie import packages  # the packages machinery loads for these verbs only

    priv, pub = packages.generate_keypair(prefix)
    _say(f"wrote {priv} and {pub}")

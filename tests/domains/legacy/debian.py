"""A Debian-based OCI image built from Debian packages by the test suite, cached by content.

:func:`debian_image` downloads the ``.deb`` files of :data:`PACKAGES` (``apt-get download``, the
versions apt's candidate lists name), extracts them (``dpkg-deb -x``) into a root, and packs it with
multiPIE's own packaging code (:mod:`multipie.packages.rootfs`) as a two-layer OCI image layout: the
packages, then a small ``/etc`` layer (``passwd``/``group`` with root and nobody). No maintainer
scripts run (none is needed to run these programs). The layout is kept under
``<MULTIPIE_CACHE_DIR>/debian-image/<key>``, the key being the digest of the package list (the
versions are those current at the first build; the image's own digest names its content), so later
runs reuse it without asking apt (first build ≈ 30 s here, mostly the download).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from multipie.host import default_cache_dir
from multipie.packages.rootfs import layer_tar, write_image

__all__ = ["PACKAGES", "BuildError", "debian_image"]

#: The programs asked for and their Depends/Pre-Depends closure on bookworm (apt-cache depends --recurse).
PACKAGES = (
    "dash", "coreutils", "grep", "sed", "mawk", "python3-minimal", "python3.11-minimal",
    "libpython3.11-minimal", "libc6", "libgcc-s1", "gcc-12-base", "libacl1", "libattr1", "libgmp10",
    "libselinux1", "libpcre2-8-0", "libssl3", "libexpat1", "zlib1g", "libzstd1", "liblzma5", "libbz2-1.0",
    "libmd0", "debianutils", "tar", "dpkg", "install-info",
)  # fmt: skip
ENV = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
_ETC = {
    "etc/passwd": "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n",
    "etc/group": "root:x:0:\nnogroup:x:65534:\n",
}


class BuildError(Exception):
    """The image cannot be built here (no apt, no network): the tests that need it skip."""


def _versions() -> list[str]:
    """``pkg=version`` for every package, from apt's candidates (no network)."""
    try:
        out = subprocess.run(["apt-cache", "policy", *PACKAGES], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BuildError(f"apt-cache policy failed: {exc}") from exc
    pins: list[str] = []
    name = None
    for line in out.splitlines():
        if line and not line.startswith(" "):
            name = line.rstrip(":")
        elif line.strip().startswith("Candidate:") and name:
            version = line.split(":", 1)[1].strip()
            if version == "(none)":
                raise BuildError(f"apt has no candidate for {name}")
            pins.append(f"{name}={version}")
    if len(pins) != len(PACKAGES):
        raise BuildError(f"apt-cache policy named {len(pins)} of {len(PACKAGES)} packages")
    return sorted(pins)


def _build(pins: list[str], out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="debian-image-") as tmp:
        debs, root, etc = Path(tmp) / "debs", Path(tmp) / "root", Path(tmp) / "etc"
        for d in (debs, root, etc / "etc"):
            d.mkdir(parents=True)
        got = subprocess.run(["apt-get", "download", "-q", *pins], cwd=debs, capture_output=True, text=True)
        if got.returncode != 0:
            raise BuildError(f"apt-get download failed: {got.stderr.strip()[-400:]}")
        for deb in sorted(debs.glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, capture_output=True)
        for rel, text in _ETC.items():
            (etc / rel).write_text(text)
        (root / "tmp").mkdir(mode=0o1777, exist_ok=True)
        write_image(out, [layer_tar(root), layer_tar(etc)], cmd=["/bin/sh"], env=ENV, working_dir="/")


def debian_image(cache: Path | None = None) -> Path:
    """The OCI layout of the Debian image (built on first use, then reused from the cache).

    Raises:
        BuildError: apt or the network is not available.
    """
    key = hashlib.sha256("\n".join(PACKAGES).encode()).hexdigest()[:16]
    base = (cache or default_cache_dir()) / "debian-image"
    layout = base / key
    if (layout / "index.json").is_file():
        return layout
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        raise BuildError("apt-get and dpkg-deb are needed to build the Debian image")
    pins = _versions()
    base.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=base))
    try:
        _build(pins, tmp / "layout")
        try:
            (tmp / "layout").rename(layout)
        except OSError:  # built meanwhile by another test process: use theirs
            if not (layout / "index.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return layout

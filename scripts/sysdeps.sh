#!/usr/bin/env bash
# Debian packages some features and tests need (installed only when missing and running as root).
# One package per line in PACKAGES keeps merges trivial.
set -euo pipefail
PACKAGES=(
  busybox-static
  bubblewrap
  docker-registry
  skopeo
  umoci
  wrk
  crun
  runc
  gnulib
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "sysdeps: missing ${missing[*]} (not root or no apt-get): tests needing them will skip" >&2
  exit 0
fi
echo "sysdeps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || true
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || echo "sysdeps: install failed; dependent tests will skip" >&2

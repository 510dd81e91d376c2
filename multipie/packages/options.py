"""The load options a package source takes, and refusing them for plain modules.

Kept apart from :mod:`.operations` so that loading a plain file or bytes (the common
case, and every ``multipie run FILE``) never imports the registry client, signing or
image machinery.
"""

from __future__ import annotations

from typing import Any

from multipie.errors import SignatureError

__all__ = ["PACKAGE_OPTIONS", "reject_plain"]

#: Options :func:`~multipie.packages.operations.resolve_source` consumes (popped from the caller's dict).
PACKAGE_OPTIONS = ("require_signature", "trust_policy", "trusted_keys", "lock", "store", "insecure")


def reject_plain(options: dict[str, Any], *, where: str) -> None:
    """Pop package options given with a plain module (file or bytes), refusing a required signature.

    Raises:
        SignatureError: ``require_signature`` was set: a plain module carries no signature.
    """
    required = options.pop("require_signature", False)
    for key in PACKAGE_OPTIONS:
        options.pop(key, None)
    if required:
        raise SignatureError(
            f"{where}: a signature is required but a plain module file carries none; load a signed package instead"
        )

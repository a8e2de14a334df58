"""Bot passwords in the system's keyring (``keyring``), never in the strategy file or the settings.

The keyring is the operating system's password store: the Windows Credential Manager,
the macOS Keychain, or the Secret Service of a Linux desktop (GNOME Keyring, KWallet).
An entry's service is ``Strategie-Editor <wiki address>`` and its user the bot
password's login name (``Name@app``). Where no keyring is available (a server
without a desktop session), nothing is stored: the window keeps a typed password only
while its dialog is open, and the command line reads it from an environment variable.
"""

from __future__ import annotations

from editor.domain.messages import UserError
from editor.services.mediawiki import wiki_addresses

SERVICE = "Strategie-Editor"


class PasswordStoreError(UserError):
    """The keyring could not store or delete a password; German message."""


def wiki_key(address: str) -> str:
    """Return the wiki part of a keyring entry for what the user typed as the wiki's address.

    ``https://wiki.example`` and ``https://wiki.example/api.php`` are the same wiki.
    """
    first = wiki_addresses(address)[0]
    return f"{first.scheme}://{first.host}{first.path}"


def _service(address: str) -> str:
    return f"{SERVICE} {wiki_key(address)}"


def stored_password(address: str, login: str) -> str | None:
    """Return the password kept for this wiki and login name, or None (none kept, or no keyring)."""
    if not login.strip():
        return None
    try:
        import keyring

        return keyring.get_password(_service(address), login.strip())
    except Exception:  # no keyring, a locked one, a broken D-Bus: the user types the password
        return None


def store_password(address: str, login: str, password: str) -> None:
    """Keep the password in the system's keyring; raise ``PasswordStoreError`` if there is none."""
    try:
        import keyring

        keyring.set_password(_service(address), login.strip(), password)
    except Exception as error:
        raise PasswordStoreError(
            "Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden ({reason}). "
            "Es gilt nur, solange das Fenster offen ist.",
            reason=type(error).__name__,
        ) from None


def forget_password(address: str, login: str) -> bool:
    """Delete a kept password; return whether there was one."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(_service(address), login.strip())
        except PasswordDeleteError:
            return False
        return True
    except Exception as error:
        raise PasswordStoreError(
            "Der Schlüsselbund des Systems ist nicht erreichbar ({reason}).", reason=type(error).__name__
        ) from None


def keyring_available() -> bool:
    """Return whether a real keyring backend (not the fail or null one) is configured."""
    try:
        import keyring

        backend = keyring.get_keyring()
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:
        return False

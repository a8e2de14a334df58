"""The error of an operation that cannot be done as asked, apart so that reading needs no operations."""

from __future__ import annotations

from editor.domain.messages import UserError


class OperationError(UserError):
    """An action that cannot be done as asked; ``str(error)`` is a German message."""

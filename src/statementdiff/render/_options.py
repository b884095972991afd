"""Checks of report options: a bad value or type raises a clear error naming what is allowed."""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.errors import ReportError, ReportTypeError

__all__ = ["MATRICES", "ONLY", "check_choice", "check_flag"]

ONLY = ("changed", "all")
"""The values of ``only=``: leave unchanged rows (threads) out, or show every one."""

MATRICES = ("topics", "entities")
"""The values of ``matrix=``: a series' topic or entity coverage."""


def check_choice(name: str, value: object, allowed: Sequence[str]) -> None:
    """Raise unless ``value`` is one of ``allowed``.

    Raises:
        ReportTypeError: ``value`` is not a ``str``.
        ReportError: ``value`` is a ``str`` but not one of ``allowed``.

    Examples:
        >>> check_choice("only", "some", ONLY)
        Traceback (most recent call last):
        ...
        statementdiff.errors.ReportError: only must be one of 'changed', 'all', not 'some'
    """
    if isinstance(value, str) and value in allowed:
        return
    choices = ", ".join(repr(a) for a in allowed)
    message = f"{name} must be one of {choices}, not {value!r:.80}"
    raise ReportError(message) if isinstance(value, str) else ReportTypeError(message)


def check_flag(name: str, value: object) -> None:
    """Raise :class:`ReportTypeError` unless ``value`` is ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise ReportTypeError(f"{name} must be True or False, not {value!r:.80}")

"""The one exception family statementdiff raises for bad input.

Every error a user can provoke with bad input is a :class:`StatementDiffError`.
Each concrete class also derives from the matching builtin (a bad value from
``ValueError``, a wrong type from ``TypeError``), so ``except ValueError`` and
``except TypeError`` keep working::

    StatementDiffError(Exception)
    ├── ParseError(StatementDiffError, ValueError)       input that is not a statement
    │   ├── UnsupportedFormatError(ParseError)           unknown or undetectable format
    │   ├── InputTooLargeError(ParseError)               input over the size limit
    │   └── LimitExceededError(ParseError)               input over a limit on work (Limits)
    ├── CompareError(StatementDiffError)                 bad arguments to compare/compare_series
    │   ├── CompareTypeError(CompareError, TypeError)    not a Statement, threshold not a number
    │   └── CompareValueError(CompareError, ValueError)  threshold outside [0, 1], empty series
    ├── LexiconError(StatementDiffError, ValueError)     a malformed lexicon or topic file
    ├── UnknownTopicError(StatementDiffError, KeyError, ValueError)  a topic no lexicon defines
    └── FetchError(StatementDiffError, OSError)          a URL that could not be fetched

``CompareError`` itself is never raised: catch it for both of its cases, or catch
the subclass (or the builtin) for one.
"""

from __future__ import annotations

__all__ = [
    "CompareError",
    "CompareTypeError",
    "CompareValueError",
    "FetchError",
    "InputTooLargeError",
    "LexiconError",
    "LimitExceededError",
    "ParseError",
    "StatementDiffError",
    "UnknownTopicError",
    "UnsupportedFormatError",
]


class StatementDiffError(Exception):
    """Base class of every error statementdiff raises on purpose."""


class ParseError(StatementDiffError, ValueError):
    """The input cannot be read as a statement.

    Attributes:
        source: Name of the input (a file name, a URL or ``"<text>"``).
        line: 1-based line of the problem, where one is known.
        offset: 0-based character or byte offset of the problem, where one is known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str = "<text>",
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.offset = offset

    def __reduce__(self) -> tuple[object, ...]:  # keep pickling working with keyword fields
        return (
            _rebuild_parse_error,
            (type(self), self.message, self.source, self.line, self.offset),
        )


def _rebuild_parse_error(
    cls: type[ParseError], message: str, source: str, line: int | None, offset: int | None
) -> ParseError:
    return cls(message, source=source, line=line, offset=offset)


class UnsupportedFormatError(ParseError):
    """The format name is unknown, or the input's format cannot be recognised."""


class InputTooLargeError(ParseError):
    """The input is larger than the configured size limit."""


class LimitExceededError(ParseError):
    """The input asks for more work than a :class:`~statementdiff.limits.Limits` allows.

    Attributes:
        limit: The name of the limit (a field of ``Limits``, such as ``"max_clauses"``).
        value: The count found (at least ``maximum + 1`` when counting stopped early).
        maximum: The limit's value.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str = "<text>",
        line: int | None = None,
        offset: int | None = None,
        limit: str = "",
        value: int = 0,
        maximum: int = 0,
    ) -> None:
        super().__init__(message, source=source, line=line, offset=offset)
        self.limit = limit
        self.value = value
        self.maximum = maximum

    def __reduce__(self) -> tuple[object, ...]:  # keep the limit fields through pickling
        fields = (self.source, self.line, self.offset, self.limit, self.value, self.maximum)
        return (_rebuild_limit_error, (self.message, *fields))


def _rebuild_limit_error(
    message: str,
    source: str,
    line: int | None,
    offset: int | None,
    limit: str,
    value: int,
    maximum: int,
) -> LimitExceededError:
    return LimitExceededError(
        message,
        source=source,
        line=line,
        offset=offset,
        limit=limit,
        value=value,
        maximum=maximum,
    )


class CompareError(StatementDiffError):
    """``compare``, ``compare_series`` or the aligner was given bad arguments.

    Never raised itself: one of its two subclasses is, so ``except CompareError``
    catches both a wrong type and a bad value.
    """


class CompareTypeError(CompareError, TypeError):
    """An argument of the wrong type (not a ``Statement``, a threshold not a number)."""


class CompareValueError(CompareError, ValueError):
    """An argument with a bad value (a threshold outside [0, 1], no statements)."""


class LexiconError(StatementDiffError, ValueError):
    """A lexicon or topic definition file is malformed."""


class UnknownTopicError(StatementDiffError, KeyError, ValueError):
    """A topic name that no loaded lexicon defines (a bad value, and a failed lookup)."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class FetchError(StatementDiffError, OSError):
    """A URL could not be fetched (network error, timeout, size cap, content type)."""

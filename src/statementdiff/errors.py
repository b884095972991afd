"""The one exception family statementdiff raises for bad input.

Every error a user can provoke with bad input is a :class:`StatementDiffError`.
Each concrete class also derives from the matching builtin (a bad value from
``ValueError``, a wrong type from ``TypeError``), so ``except ValueError`` and
``except TypeError`` keep working::

    StatementDiffError(Exception)
    ├── ParseError(StatementDiffError, ValueError)       input that is not a statement
    │   ├── ParseTypeError(ParseError, TypeError)        an argument of the wrong type
    │   ├── UnsupportedFormatError(ParseError)           unknown or undetectable format
    │   ├── InputTooLargeError(ParseError)               input over the size limit
    │   └── LimitExceededError(ParseError)               input over a limit on work (Limits)
    ├── CompareError(StatementDiffError)                 bad arguments to compare/compare_series
    │   ├── CompareTypeError(CompareError, TypeError)    not a Statement, threshold not a number
    │   └── CompareValueError(CompareError, ValueError)  threshold outside [0, 1], empty series
    ├── LexiconError(StatementDiffError, ValueError)     a malformed lexicon or topic file
    │   └── LexiconTypeError(LexiconError, TypeError)    a path or base of the wrong type
    ├── UnknownTopicError(StatementDiffError, KeyError, ValueError)  a topic no lexicon defines
    ├── NodeNotFoundError(StatementDiffError, KeyError, ValueError)  no node has this id
    ├── ReportError(StatementDiffError, ValueError)      a bad report option (only=, matrix= ...)
    │   └── ReportTypeError(ReportError, TypeError)      an option of the wrong type
    ├── FetchError(StatementDiffError, OSError)          a URL that could not be fetched
    └── CorpusError(StatementDiffError, ValueError)      a missing, foreign or outdated index

``CompareError`` itself is never raised: catch it for both of its cases, or catch
the subclass (or the builtin) for one. ``ParseTypeError``, ``LexiconTypeError`` and
``ReportTypeError`` are caught by their parent, so they are ``ValueError`` as well as
``TypeError``; ``NodeNotFoundError`` is a ``KeyError`` so ``except KeyError`` around
:meth:`~statementdiff.models.Statement.node` keeps working.
"""

from __future__ import annotations

__all__ = [
    "CompareError",
    "CompareTypeError",
    "CompareValueError",
    "CorpusError",
    "FetchError",
    "InputTooLargeError",
    "LexiconError",
    "LexiconTypeError",
    "LimitExceededError",
    "NodeNotFoundError",
    "ParseError",
    "ParseTypeError",
    "ReportError",
    "ReportTypeError",
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


class ParseTypeError(ParseError, TypeError):
    """An argument of the wrong type: text not ``str``/``bytes``, a title not a ``str`` ...

    A :class:`ParseError`, so ``except ParseError`` catches it, and a ``TypeError``.
    """


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


class LexiconTypeError(LexiconError, TypeError):
    """A lexicon path that is not a ``str`` or ``os.PathLike``, or a base that is no Lexicon."""


class UnknownTopicError(StatementDiffError, KeyError, ValueError):
    """A topic name that no loaded lexicon defines (a bad value, and a failed lookup)."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class NodeNotFoundError(StatementDiffError, KeyError, ValueError):
    """No node of the statement has the id asked for (a bad value, and a failed lookup).

    Attributes:
        id: The id that was asked for.
    """

    def __init__(self, message: str, *, id: object = None) -> None:
        super().__init__(message)
        self.id = id

    def __reduce__(self) -> tuple[object, ...]:  # keep pickling working with the keyword field
        return (_rebuild_node_error, (self.args[0] if self.args else "", self.id))

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


def _rebuild_node_error(message: str, id: object) -> NodeNotFoundError:
    return NodeNotFoundError(message, id=id)


class ReportError(StatementDiffError, ValueError):
    """A report was asked for with a bad option value (``only="some"``, an unknown format)."""


class ReportTypeError(ReportError, TypeError):
    """A report option of the wrong type (``indent="x"``, an option the report does not take)."""


class FetchError(StatementDiffError, OSError):
    """A URL could not be fetched (network error, timeout, size cap, content type)."""


class CorpusError(StatementDiffError, ValueError):
    """A corpus index that is missing, not an index, or of another schema version."""

"""statementdiff: compare diplomatic statements clause by clause and say what really changed.

Functions (start here):

    parse(text, *, format="auto", title=None, date=None, parties=None, source=None, ...)
        Read a statement given as text, HTML or bytes into a Statement: a clause tree
        (statement > section > paragraph > sentence > clause) with stable ids
        (``sec2.p3.s1.c1``) and exact character spans.
    parse_file(path, *, format="auto", encoding=None, date=None, ...)
        The same from a file; an ISO date in its name becomes the statement's date.
    compare(a, b, *, topic=None, threshold=DEFAULT_THRESHOLD, related=None, ...)
        Align two statements clause by clause, diff their words and label what changed
        (stance, entities, hedges, actors, topics); returns a Diff.
    compare_series(statements, *, topic=None, threshold=DEFAULT_THRESHOLD, ...)
        Follow the same commitments across many statements, in date order; returns a Series.

What they return (frozen models; each has ``to_json()``):

    Statement  the clause tree: ``sections``, ``clauses()``, ``title``, ``date``, ``source``.
    Diff       ``pairs``, ``only_a``, ``only_b``, ``entities``, ``topics``, ``rows()``;
               reports with ``to_text()``, ``to_markdown()``, ``to_html()``.
    Series     ``statements``, ``threads``, ``coverage``; the same reports and ``to_csv()``.

Errors: every one is a StatementDiffError (ParseError, CompareError, LexiconError,
FetchError, ReportError, ...; the tree is in ``statementdiff.errors``), and each also
subclasses the matching builtin (``ValueError``, ``TypeError`` ...).

Also: ``Lexicon`` (the words behind the labels, extensible), ``Limits`` (bounds on the
work an input may cause), ``statementdiff.render.render(result, format)``.
The command line is ``statementdiff parse | compare | series`` (``--help`` on each).
The classes follow below, each with the methods every model inherits.

>>> import statementdiff
>>> a = statementdiff.parse("We reaffirm our commitment to peace.")
>>> statementdiff.compare(a, a).is_empty
True
"""

from __future__ import annotations

import typing

# Installs the report functions behind Diff.to_text and the other to_* methods: the models
# import no renderer, the renderers import the models.
from statementdiff import render as render
from statementdiff._version import __version__ as __version__
from statementdiff.compare import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD
from statementdiff.compare import compare as compare
from statementdiff.errors import CompareError as CompareError
from statementdiff.errors import CompareTypeError as CompareTypeError
from statementdiff.errors import CompareValueError as CompareValueError
from statementdiff.errors import CorpusError as CorpusError
from statementdiff.errors import FetchError as FetchError
from statementdiff.errors import InputTooLargeError as InputTooLargeError
from statementdiff.errors import LexiconError as LexiconError
from statementdiff.errors import LexiconTypeError as LexiconTypeError
from statementdiff.errors import LimitExceededError as LimitExceededError
from statementdiff.errors import NodeNotFoundError as NodeNotFoundError
from statementdiff.errors import ParseError as ParseError
from statementdiff.errors import ParseTypeError as ParseTypeError
from statementdiff.errors import ReportError as ReportError
from statementdiff.errors import ReportTypeError as ReportTypeError
from statementdiff.errors import StatementDiffError as StatementDiffError
from statementdiff.errors import UnknownTopicError as UnknownTopicError
from statementdiff.errors import UnsupportedFormatError as UnsupportedFormatError
from statementdiff.lexicon.lexicon import Lexicon as Lexicon
from statementdiff.limits import Limits as Limits
from statementdiff.models import Block as Block
from statementdiff.models import Change as Change
from statementdiff.models import Clause as Clause
from statementdiff.models import Diff as Diff
from statementdiff.models import Pair as Pair
from statementdiff.models import Related as Related
from statementdiff.models import Section as Section
from statementdiff.models import Sentence as Sentence
from statementdiff.models import Series as Series
from statementdiff.models import Span as Span
from statementdiff.models import Statement as Statement
from statementdiff.models import WordOp as WordOp
from statementdiff.parse import parse as parse
from statementdiff.parse import parse_file as parse_file
from statementdiff.series import compare_series as compare_series

if typing.TYPE_CHECKING:
    from statementdiff.corpus.index import Corpus as Corpus

__all__ = [
    "DEFAULT_THRESHOLD",
    "Block",
    "Change",
    "Clause",
    "CompareError",
    "CompareTypeError",
    "CompareValueError",
    "Corpus",
    "CorpusError",
    "Diff",
    "FetchError",
    "InputTooLargeError",
    "Lexicon",
    "LexiconError",
    "LexiconTypeError",
    "LimitExceededError",
    "Limits",
    "NodeNotFoundError",
    "Pair",
    "ParseError",
    "ParseTypeError",
    "Related",
    "ReportError",
    "ReportTypeError",
    "Section",
    "Sentence",
    "Series",
    "Span",
    "Statement",
    "StatementDiffError",
    "UnknownTopicError",
    "UnsupportedFormatError",
    "WordOp",
    "__version__",
    "compare",
    "compare_series",
    "parse",
    "parse_file",
]


def __getattr__(name: str) -> typing.Any:
    """Load ``Corpus`` (and SQLite) on first use only."""
    if name == "Corpus":
        from statementdiff.corpus.index import Corpus

        globals()["Corpus"] = Corpus
        return Corpus
    raise AttributeError(f"module 'statementdiff' has no attribute {name!r}")

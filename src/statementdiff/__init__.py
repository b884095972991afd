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
    Diff       ``pairs``, ``only_a``, ``only_b``, ``entities``, ``topics``, ``rows()``,
               ``brief`` (ranked Findings); reports with ``to_text()``, ``to_markdown()``,
               ``to_html()``.
    Finding    one entry of a brief: ``kind`` (a FindingKind), ``summary`` quoting both
               sides with clause ids, ``weight``, the clause ids ``a`` and ``b``.
    Series     ``statements``, ``threads``, ``coverage``, ``brief`` and ``step_briefs``
               (StepBriefs); the same reports and ``to_csv()``.

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

import sys as _sys
import types as _types
import typing as _typing

from statementdiff._defaults import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD
from statementdiff._version import __version__ as __version__
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
from statementdiff.limits import Limits as Limits

if _typing.TYPE_CHECKING:  # imported on first use: see __getattr__
    from statementdiff import render as render
    from statementdiff.compare import compare as compare
    from statementdiff.corpus.index import Corpus as Corpus
    from statementdiff.lexicon.lexicon import Lexicon as Lexicon
    from statementdiff.models import Block as Block
    from statementdiff.models import Change as Change
    from statementdiff.models import Clause as Clause
    from statementdiff.models import Diff as Diff
    from statementdiff.models import Finding as Finding
    from statementdiff.models import FindingKind as FindingKind
    from statementdiff.models import Pair as Pair
    from statementdiff.models import Related as Related
    from statementdiff.models import Section as Section
    from statementdiff.models import Sentence as Sentence
    from statementdiff.models import Series as Series
    from statementdiff.models import Span as Span
    from statementdiff.models import Statement as Statement
    from statementdiff.models import StepBrief as StepBrief
    from statementdiff.models import WordOp as WordOp
    from statementdiff.parse import parse as parse
    from statementdiff.parse import parse_file as parse_file
    from statementdiff.series import compare_series as compare_series

_MODELS = (
    *("Block", "Change", "Clause", "Diff", "Finding", "FindingKind", "Pair", "Related"),
    *("Section", "Sentence", "Series", "Span", "Statement", "StepBrief", "WordOp"),
)
_LAZY: dict[str, str] = {
    **dict.fromkeys(_MODELS, "statementdiff.models"),
    "Lexicon": "statementdiff.lexicon.lexicon",
    "compare": "statementdiff.compare",
    "compare_series": "statementdiff.series",
    "Corpus": "statementdiff.corpus.index",
    "parse": "statementdiff.parse",
    "parse_file": "statementdiff.parse",
    "render": "statementdiff",
}
"""Public name → the module it comes from, imported on first use.

The pipeline (pydantic models, lexicon, numpy and scipy for alignment) loads only when a
name of it is first used, so ``import statementdiff`` and the command line's ``--help`` stay
light.
"""

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
    "Finding",
    "FindingKind",
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
    "StepBrief",
    "UnknownTopicError",
    "UnsupportedFormatError",
    "WordOp",
    "__version__",
    "compare",
    "compare_series",
    "parse",
    "parse_file",
]


def __getattr__(name: str) -> _typing.Any:
    """A public name of the pipeline, imported on first use (see ``_LAZY``).

    The renderers are imported with it: they install the report functions behind
    ``Diff.to_text`` and the other ``to_*`` methods (the models import no renderer).
    """
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'statementdiff' has no attribute {name!r}")
    import importlib

    render = importlib.import_module("statementdiff.render")
    value = render if name == "render" else getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


class _Package(_types.ModuleType):
    """The package's module type: a submodule never hides the function of the same name.

    Importing a submodule sets it as an attribute of its package, so loading
    ``statementdiff.parse`` (as ``compare`` does) would make ``statementdiff.parse`` the module
    instead of the function. The functions ``parse`` and ``compare`` keep their names.
    """

    def __setattr__(self, name: str, value: _typing.Any) -> None:
        if name in _SHADOWED and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_SHADOWED = frozenset({"compare", "parse"})
_sys.modules[__name__].__class__ = _Package

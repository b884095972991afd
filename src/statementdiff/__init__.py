"""statementdiff: compare diplomatic statements clause by clause and say what really changed.

>>> import statementdiff
>>> a = statementdiff.parse("We reaffirm our commitment to peace.")
>>> statementdiff.compare(a, a).is_empty
True
"""

from __future__ import annotations

# Installs the report functions behind Diff.to_text and the other to_* methods: the models
# import no renderer, the renderers import the models.
from statementdiff import render as render
from statementdiff._version import __version__ as __version__
from statementdiff.compare import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD
from statementdiff.compare import compare as compare
from statementdiff.errors import CompareError as CompareError
from statementdiff.errors import CompareTypeError as CompareTypeError
from statementdiff.errors import CompareValueError as CompareValueError
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

__all__ = [
    "DEFAULT_THRESHOLD",
    "Block",
    "Change",
    "Clause",
    "CompareError",
    "CompareTypeError",
    "CompareValueError",
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

"""A corpus index: follow phrases, passage reuse and coverage through many statements.

``Corpus.build(paths, index=...)`` parses statement files into one SQLite file (FTS5 for
phrases, word 8-gram shingles for reuse); ``Corpus.open`` reopens it; ``corpus.add`` grows it.
The names load on first use, so ``statementdiff --help`` never opens SQLite. See
``docs/corpus.md``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from statementdiff.corpus.index import Corpus as Corpus
    from statementdiff.corpus.models import Coverage as Coverage
    from statementdiff.corpus.models import CoverageRow as CoverageRow
    from statementdiff.corpus.models import Genealogy as Genealogy
    from statementdiff.corpus.models import Occurrence as Occurrence
    from statementdiff.corpus.models import Reuse as Reuse
    from statementdiff.corpus.models import SharedClause as SharedClause
    from statementdiff.corpus.models import Step as Step

__all__ = [
    "Corpus",
    "Coverage",
    "CoverageRow",
    "Genealogy",
    "Occurrence",
    "Reuse",
    "SharedClause",
    "Step",
]

_HOMES = {"Corpus": "statementdiff.corpus.index"} | dict.fromkeys(
    ["Coverage", "CoverageRow", "Occurrence", "Reuse", "SharedClause"],
    "statementdiff.corpus.models",
)


def __getattr__(name: str) -> Any:
    """Import an exported name on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'statementdiff.corpus' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value

"""A corpus index: follow phrases, passage reuse and coverage through many statements.

``Corpus.build(paths, index=...)`` parses statement files into one SQLite file (FTS5 for
phrases, word 8-gram shingles for reuse); ``Corpus.open`` reopens it; ``corpus.add`` grows it.
See ``docs/corpus.md``.
"""

from __future__ import annotations

from statementdiff.corpus.index import Corpus as Corpus
from statementdiff.corpus.models import Coverage as Coverage
from statementdiff.corpus.models import CoverageRow as CoverageRow
from statementdiff.corpus.models import Occurrence as Occurrence
from statementdiff.corpus.models import Reuse as Reuse
from statementdiff.corpus.models import SharedClause as SharedClause

__all__ = ["Corpus", "Coverage", "CoverageRow", "Occurrence", "Reuse", "SharedClause"]

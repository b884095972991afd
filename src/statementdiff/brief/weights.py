"""The weights of the brief: centrality of what a finding is about, strength of the change.

All numbers come from the ``[brief]`` table of the lexicon (``lexicon/brief.toml``,
overridable with :meth:`~statementdiff.lexicon.lexicon.Lexicon.load`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from statementdiff.lexicon.lexicon import Lexicon

__all__ = ["DEFAULT_CENTRALITY", "Weights"]

DEFAULT_CENTRALITY = 0.25
"""Centrality of a clause that names, discusses and says nothing weighted."""


@lru_cache(maxsize=16)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    body = "|".join(re.escape(t) for t in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Weights:
    """Centrality and strength lookups over one lexicon's ``[brief]`` table."""

    lexicon: Lexicon
    _lower_terms: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _found: dict[str, dict[str, float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _folded: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._lower_terms.update({t.lower(): t for t in self.lexicon.brief.terms})

    def fold(self, text: str) -> str:
        """``text`` with the lexicon's spelling variants folded ("defence" → "defense").

        Examples:
            >>> Weights(Lexicon.default()).fold("denuclearisation and defence")
            'denuclearization and defense'
        """
        folded = self._folded.get(text)
        if folded is None:
            # remembered: a brief folds the same paragraphs once for each pair in them
            folded = self._folded[text] = self.lexicon.spelling_table.fold(text)
        return folded

    def entity(self, name: str) -> float:
        """Centrality of an entity: its own weight, else its kind's (0 for people)."""
        brief = self.lexicon.brief
        if name in brief.entities:
            return brief.entities[name]
        entry = self.lexicon.entities.get(name)
        kind = entry.kind if entry is not None else ""
        return brief.kinds.get(kind, 0.4 if kind != "person" else 0.0)

    def topic(self, name: str) -> float:
        """Centrality of a topic (:data:`DEFAULT_CENTRALITY` when it has no weight)."""
        return self.lexicon.brief.topics.get(name, DEFAULT_CENTRALITY)

    def terms(self, text: str) -> dict[str, float]:
        """The watched terms ``text`` contains (as the table writes them) and their weights.

        Remembered per text (a brief reads most clauses several times); each call returns
        its own dict.
        """
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = self._terms(text)
        return dict(found)

    def _terms(self, text: str) -> dict[str, float]:
        pattern = _term_pattern(tuple(sorted(self.lexicon.brief.terms)))
        if pattern is None:
            return {}
        found: dict[str, float] = {}
        for match in pattern.finditer(self.fold(text)):
            term = self._lower_terms[match.group(0).lower()]
            found[term] = self.lexicon.brief.terms[term]
        return found

    def strength(self, kind: str) -> float:
        """Strength of a finding kind (0.5 when the table has none)."""
        return self.lexicon.brief.strength.get(kind, 0.5)

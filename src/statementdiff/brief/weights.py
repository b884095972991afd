"""The weights of the brief: centrality of what a finding is about, strength of the change.

All numbers come from the ``[brief]`` table of the lexicon (``lexicon/brief.toml``,
overridable with :meth:`~statementdiff.lexicon.lexicon.Lexicon.load`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from statementdiff.lexicon.lexicon import Lexicon

__all__ = ["DEFAULT_CENTRALITY", "Weights", "plain_term_pattern", "term_pattern"]

DEFAULT_CENTRALITY = 0.25
"""Centrality of a clause that names, discusses and says nothing weighted."""


_CASE_ODD = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The characters besides its two cases that a case-blind ``re`` letter matches (dotted
capital and dotless i, Kelvin sign, long s); no other letter or digit has any."""


def plain_term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-blind alternative per term, longest first, on whole words (None for none).

    The reference :func:`term_pattern` must match exactly like, and what it falls back to.
    """
    if not terms:
        return None
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    body = "|".join(re.escape(t) for t in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=16)
def term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of :func:`plain_term_pattern`, grouped by first letter (same matches).

    Every alternative of the plain pattern opens with a case-blind test of its first
    letter, so the engine ran all of them at each word start. Here the terms are grouped
    by first letter, in their order, behind each character that letter matches as a
    literal (both cases and :data:`_CASE_ODD`): at a word start the engine tries one
    group. No character opens two groups, so the first term that matches is the same.
    A term that does not start with an ASCII letter keeps the plain layout.

    Examples:
        >>> term_pattern(("war", "War crimes")).findall("no war, no war crimes")
        ['war', 'war crimes']
    """
    if not terms:
        return None
    if not all(t[:1].isascii() and t[:1].isalpha() for t in terms):
        return plain_term_pattern(terms)
    groups: dict[str, list[str]] = {}
    for term in sorted(terms, key=lambda t: (-len(t), t)):
        groups.setdefault(term[0].lower(), []).append(re.escape(term[1:]))
    branches = [
        f"{re.escape(char)}(?i:{'|'.join(rests)})"
        for head, rests in sorted(groups.items())
        for char in (head, head.upper(), *_CASE_ODD.get(head, ""))
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})(?!\w)")


_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*\s+$")
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*|[IVX]+\b|\d+\b)")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised term stands between two words of a name ("World War II").

    Such a word is part of the name of an event, a body or a document, not the term the
    parties use: "the remains of service members who served in World War II" speaks of no
    war of theirs.
    """
    return (
        text[start : start + 1].isupper()
        and _NAME_BEFORE.search(text, max(0, start - 40), start) is not None
        and _NAME_AFTER.match(text, end) is not None
    )


@dataclass(frozen=True)
class Weights:
    """Centrality and strength lookups over one lexicon's ``[brief]`` table."""

    lexicon: Lexicon
    _lower_terms: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _found: dict[str, dict[str, float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _folded: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._lower_terms.update({t.lower(): t for t in self.lexicon.brief.terms})
        # once per brief, not once per text
        pattern = term_pattern(tuple(sorted(self.lexicon.brief.terms)))
        object.__setattr__(self, "_pattern", pattern)

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
        pattern = self._pattern
        if pattern is None:
            return {}
        found: dict[str, float] = {}
        folded = self.fold(text)
        for match in pattern.finditer(folded):
            if _inside_a_name(folded, match.start(), match.end()):
                continue
            term = self._lower_terms[match.group(0).lower()]
            found[term] = self.lexicon.brief.terms[term]
        return found

    def strength(self, kind: str) -> float:
        """Strength of a finding kind (0.5 when the table has none)."""
        return self.lexicon.brief.strength.get(kind, 0.5)

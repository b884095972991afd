"""The sentence splitter's word lists (the ``[abbreviations]`` table), ready to query."""

from __future__ import annotations

import re
from dataclasses import dataclass

from statementdiff.lexicon.entries import AbbreviationsEntry

__all__ = ["DOTTED", "Abbreviations"]

DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
"""A dotted abbreviation ("U.S.", "p.m."): ambiguous unless a list says otherwise."""
_INITIAL = re.compile(r"[A-Z]\.")


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """The word lists of the ``[abbreviations]`` table (``lexicon/abbreviations.toml``).

    Attributes:
        never: Abbreviations (with their period) after which a sentence never ends.
        ambiguous: Abbreviations that may end a sentence when a starter follows.
        starters: Capitalised words that begin sentences and are not proper nouns.
        names: Proper nouns (countries, groupings) that begin a sentence after a dotted
            abbreviation that ends a noun phrase, when a verb follows them ("... in the
            U.S. Japan will host ...").
    """

    never: frozenset[str]
    ambiguous: frozenset[str]
    starters: frozenset[str]
    names: frozenset[str] = frozenset()

    @classmethod
    def from_entry(cls, entry: AbbreviationsEntry) -> Abbreviations:
        """Build the lists from a validated table (periods added, case folded as documented)."""
        return cls(
            never=frozenset(map(_key, entry.never)),
            ambiguous=frozenset(map(_key, entry.ambiguous)),
            starters=frozenset(entry.starters),
            names=frozenset(entry.names),
        )

    def kind(self, word: str) -> str | None:
        """Return "never", "ambiguous" or None for a word ending in a period."""
        for key in (word, word.lower()):
            if key in self.never:
                return "never"
            if key in self.ambiguous:
                return "ambiguous"
        if DOTTED.fullmatch(word) or _INITIAL.fullmatch(word):
            return "ambiguous"
        return None


def _key(entry: str) -> str:
    """An entry as matched: with its period; lower case when it has a lowercase letter."""
    entry = entry if entry.endswith(".") else entry + "."
    return entry.lower() if any(c.islower() for c in entry) else entry

"""Spelling variants folded to one form: the ``[spelling]`` table of a lexicon.

British and other house-style spellings ("denuclearisation", "defence", "programme") are
the same words as their American forms. Every comparison folds them first — alignment
similarity, the labels' reading of changed words, the brief's terms, the corpus's normal
form — so that a respelled word is never a change; reports still show the words as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["Spelling"]

_WORD = re.compile(r"[A-Za-z]+")

_MEMO = 100_000
"""Most words whose folded form one table remembers."""


class Spelling:
    """The compiled ``[spelling]`` table: whole words and word endings, with exceptions.

    Args:
        words: A written form (lower case) → the form it folds to.
        endings: A word ending → the ending it folds to (tried longest first).
        keep: Words the endings never change ("promise", "exercise"), nor their forms
            ("promised", "exercising": the stem plus the ending's first two letters and "e").
        min_stem: Fewest letters a word must keep before an ending for the ending to apply.

    Examples:
        >>> spelling = Spelling({"defence": "defense"}, {"isation": "ization"}, ())
        >>> spelling.fold("Denuclearisation and Defence")
        'Denuclearization and Defense'
        >>> spelling.same("organisation", "organization"), spelling.same("rise", "rize")
        (True, False)
    """

    def __init__(
        self,
        words: Mapping[str, str],
        endings: Mapping[str, str],
        keep: tuple[str, ...] | frozenset[str],
        min_stem: int = 3,
    ) -> None:
        self._words = {k.lower(): v.lower() for k, v in words.items()}
        self._endings = sorted(
            ((k.lower(), v.lower()) for k, v in endings.items()), key=lambda e: (-len(e[0]), e)
        )
        self._keep = frozenset(w.lower() for w in keep)
        self._min_stem = min_stem
        self._folded: dict[str, str] = {}
        self._tails = tuple(e for e, _ in self._endings)
        # whether any word ends with a variant's ending: one search in C (an ending of ASCII
        # letters ends a word exactly where no letter follows it)
        plain = bool(self._tails) and all(t.isascii() and t.isalpha() for t in self._tails)
        self._tail_end = (
            re.compile("(?:" + "|".join(map(re.escape, self._tails)) + ")(?![A-Za-z])")
            if plain
            else None
        )

    def fold_word(self, word: str) -> str:
        """The folded form of one word, lower case ("Defence" → "defense")."""
        low = word.lower()
        folded = self._folded.get(low)
        if folded is None:
            folded = self._fold(low)
            if len(self._folded) < _MEMO:
                self._folded[low] = folded  # a pure function of the word: safe to share
        return folded

    def _fold(self, low: str) -> str:
        found = self._words.get(low)
        if found is not None:
            return found
        if low in self._keep:
            return low
        for ending, into in self._endings:
            stem = low[: -len(ending)]
            if low.endswith(ending) and len(stem) >= self._min_stem:
                # "surprising", "compromised": the word's lemma ("surprise") is kept
                if stem + ending[:2] + "e" in self._keep:
                    return low
                return stem + into
        return low

    def fold(self, text: str) -> str:
        """``text`` with every variant word folded; a word's first capital is kept."""
        if not (self._words or self._tails):
            return text
        # most texts hold no variant: one pass of set operations in C tells
        low = text.lower()
        words = set(_WORD.findall(low))
        if words.isdisjoint(self._words) and not self._any_tail(low, words):
            return text
        # most words with a variant's ending fold to themselves ("our", "promise"): only
        # the words whose folded form differs are rewritten, and none may be
        changed = {w for w in set(_WORD.findall(text)) if self.fold_word(w) != w.lower()}
        if not changed:
            return text

        def swap(match: re.Match[str]) -> str:
            word = match.group(0)
            if word not in changed:
                return word
            folded = self.fold_word(word)
            if folded == word.lower():
                return word
            if word.isupper() and len(word) > 1:
                return folded.upper()
            return folded[:1].upper() + folded[1:] if word[:1].isupper() else folded

        return _WORD.sub(swap, text)

    def _any_tail(self, low: str, words: set[str]) -> bool:
        """True when a word of ``low`` (its ``words``) ends with a variant's ending."""
        if self._tail_end is not None:
            return self._tail_end.search(low) is not None
        return any(w.endswith(self._tails) for w in words)

    def same(self, a: str, b: str) -> bool:
        """True when two texts differ in spelling variants (and letter case) only."""
        return self.fold(a).lower() == self.fold(b).lower()

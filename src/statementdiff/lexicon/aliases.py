"""Alias folding for clause alignment: the ``[aliases]`` table compiled to one expression.

Each written form of a name ("U.S.", "United States", "USA") is replaced by one canonical
token ("unitedstates") before alignment tokenizes a clause, so that the two spellings of
one country count as the same word. Forms written in capitals or with periods ("US",
"U.S.") match case-sensitively, so the pronoun "us" is left alone; longest forms first.
A table built with a :class:`~statementdiff.lexicon.spelling.Spelling` also folds spelling
variants ("defence" → "defense") in what the names leave.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from statementdiff.lexicon.spelling import Spelling

__all__ = ["FOLDS", "AliasTable"]

FOLDS = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u2013", " "),
    ("\u2014", " "),
    ("\u2011", "-"),
)
"""Curly quotes folded to straight ones, dashes to spaces (as alignment folds its text)."""

_QUOTES = str.maketrans(dict(FOLDS))


class AliasTable:
    """The compiled ``[aliases]`` table of a lexicon.

    Args:
        table: Canonical token → the written forms folded into it.
        spelling: Spelling variants to fold after the names (None: none).

    Examples:
        >>> AliasTable({"unitedstates": ("United States", "U.S.")}).fold("the U.S. and us")
        'the  unitedstates  and us'
    """

    def __init__(
        self, table: Mapping[str, tuple[str, ...]], spelling: Spelling | None = None
    ) -> None:
        self._spelling = spelling
        lookup: dict[str, str] = {}
        parts: list[str] = []
        initials: set[str] = set()
        cased: set[str] = set()
        uncased: set[str] = set()
        for form, canonical in sorted(
            ((f.translate(_QUOTES), c) for c, forms in table.items() for f in forms),
            key=lambda fc: (-len(fc[0]), fc[0]),
        ):
            exact = form.isupper() or "." in form  # "US", "U.S.": case matters
            key = form if exact else form.lower()
            lookup[key] = canonical
            body = re.escape(form) if exact else f"(?i:{re.escape(form)})"
            tail = "" if form.endswith(".") else r"(?!\w)"
            parts.append(f"{body}{tail}")
            initials.update({form[0]} if exact else {form[0].lower(), form[0].upper()})
            (cased if exact else uncased).add(key)
        # One look-behind and a first-letter look-ahead in front of the alternation: the
        # regex engine then skips most positions at once (about 10x faster than testing
        # every alternative at every position).
        first = "".join(re.escape(c) for c in sorted(initials))
        self._pattern = (
            re.compile(rf"(?<![\w.])(?=[{first}])(?:{'|'.join(parts)})") if parts else None
        )
        self._lookup = lookup
        self._cased = _minimal(cased)
        self._uncased = _minimal(uncased)

    def fold(self, text: str) -> str:
        """Replace every alias in ``text`` by its canonical token, padded with spaces.

        Spelling variants are folded afterwards, so that a name written in British spelling
        ("Ministry of Defence") is still found as the table writes it.
        """
        folded = self.names(text)
        return self._spelling.fold(folded) if self._spelling is not None else folded

    @property
    def spelling(self) -> Spelling | None:
        """The spelling variants this table folds (None: none)."""
        return self._spelling

    def names(self, text: str) -> str:
        """Replace every alias in ``text`` by its canonical token; spellings are left alone."""
        if self._pattern is None:
            return text
        # Most clauses name no alias: plain substring tests rule that out faster than the
        # regex scan. For ASCII text str.lower() folds case as the (?i:…) forms match.
        if (
            text.isascii()
            and not any(map(text.__contains__, self._cased))
            and not any(map(text.lower().__contains__, self._uncased))
        ):
            return text
        lookup = self._lookup

        def swap(match: re.Match[str]) -> str:
            found = match.group(0)
            return f" {lookup.get(found) or lookup.get(found.lower(), found)} "

        return self._pattern.sub(swap, text)


def _minimal(forms: set[str]) -> tuple[str, ...]:
    """The forms that contain no other form (finding those finds every form)."""
    return tuple(sorted(f for f in forms if not any(g != f and g in f for g in forms)))

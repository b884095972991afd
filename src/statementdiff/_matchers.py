"""Compiled phrase matchers: one regular expression per lexicon table.

Every printed form of every entry becomes one alternative of a single pattern,
longest first, so that a scan finds the longest phrase at each position
("South China Sea" before "China", "Taiwan Strait" before "Taiwan").
Matching is on whole words; a straight apostrophe also matches a curly one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["Hit", "PhraseMatcher", "form_pattern"]

_APOSTROPHES = "['\u2019\u02bc]"
_HYPHENS = "[-\u2010\u2011\u2013]"


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of a lexicon phrase.

    Attributes:
        key: The canonical entry the phrase belongs to.
        start: Absolute start offset in the scanned string.
        end: Absolute end offset (exclusive).
        text: The words as written.
    """

    key: str
    start: int
    end: int
    text: str


def form_pattern(form: str) -> str:
    r"""The regular expression of one printed form.

    Words match across any run of whitespace, apostrophes and hyphens match their
    typographic variants, and a trailing ``*`` matches any word ending.

    Args:
        form: A phrase as written in a lexicon file.

    Returns:
        A regular expression (without word boundaries).

    Examples:
        >>> form_pattern("Korean Peninsula")
        'Korean\\s+Peninsula'
    """
    wildcard = form.endswith("*")
    body = form[:-1] if wildcard else form
    words = []
    for word in body.split():
        escaped = re.escape(word).replace("'", _APOSTROPHES).replace(r"\-", _HYPHENS)
        words.append(escaped)
    pattern = r"\s+".join(words)
    return pattern + r"\w*" if wildcard else pattern


def _case_sensitive(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


class PhraseMatcher:
    """Find the phrases of one lexicon table in text, longest match first.

    Args:
        entries: ``(key, form, case_sensitive)`` triples; ``case_sensitive=None``
            means "only when the form is written in capitals" (US, ROK, WHO).
        shared: When true, a form listed under several keys names all of them
            and yields one hit per key, in entry order ("East and South China
            Seas" names both seas); when false, a later entry wins.
    """

    __slots__ = ("_keys", "_pattern")

    def __init__(
        self, entries: Iterable[tuple[str, str, bool | None]], *, shared: bool = False
    ) -> None:
        seen: dict[tuple[str, bool], tuple[str, ...]] = {}
        for key, form, sensitive in entries:
            flag = _case_sensitive(form) if sensitive is None else sensitive
            before = seen.get((form, flag), ()) if shared else ()
            seen[(form, flag)] = before if key in before else (*before, key)
        ordered = sorted(seen.items(), key=lambda item: (-len(item[0][0]), item[0][0], item[0][1]))
        self._keys: tuple[tuple[str, ...], ...] = tuple(keys for _, keys in ordered)
        buckets: dict[str, tuple[set[str], list[str]]] = {}
        for index, ((form, flag), _key) in enumerate(ordered):
            body = form_pattern(form)
            first = form[0]
            chars, parts = buckets.setdefault(first.lower(), (set(), []))
            chars.update({first} if flag else {first.lower(), first.upper()})
            parts.append(f"(?P<g{index}>{body})" if flag else f"(?P<g{index}>(?i:{body}))")
        branches = []
        for _lead, (chars, parts) in sorted(buckets.items()):
            head = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
            branches.append(f"(?={head})(?:{'|'.join(parts)})")
        if branches:
            self._pattern: re.Pattern[str] | None = re.compile(
                r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)"
            )
        else:
            self._pattern = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Yield the matches in ``text[start:end]`` in text order, with absolute offsets."""
        if self._pattern is None:
            return
        stop = len(text) if end is None else end
        for match in self._pattern.finditer(text, start, stop):
            group = match.lastgroup
            if group is None:  # pragma: no cover - every alternative is a named group
                continue
            for key in self._keys[int(group[1:])]:
                yield Hit(key, match.start(), match.end(), match.group())

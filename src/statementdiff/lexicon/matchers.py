"""Compiled phrase matchers: one regular expression per lexicon table.

Every printed form of every entry becomes one alternative of a single pattern,
longest first, so that a scan finds the longest phrase at each position
("South China Sea" before "China", "Taiwan Strait" before "Taiwan").
Matching is on whole words (CJK text has none: there a phrase may touch its neighbours);
a straight apostrophe also matches a curly one.
A matcher may also be told title words: a name of the ``titled`` keys written right before
one ("Singapore Joint Statement", "Camp David Principles") is part of a document's or
meeting's title and is not yielded, unless a hyphen joins it to the name before it
("U.S.-Japan Summit" still names Japan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["Hit", "PhraseMatcher", "form_pattern"]

_APOSTROPHES = "['\u2019\u02bc]"
_HYPHENS = "[-\u2010\u2011\u2013]"
_HYPHEN_CHARS = "-\u2010\u2011\u2013"
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_NOT_AFTER_WORD = rf"(?<![^\W{_CJK}])"
_NOT_BEFORE_WORD = rf"(?![^\W{_CJK}])"
"""Whole words, except that CJK text has no word boundaries: a phrase may touch a Han, kana
or hangul character ("中国の", "북한은"), never a Latin letter or digit."""
_ASCII_FOLD = re.compile(r"[a-z0-9]", re.IGNORECASE)  # what a case-blind ASCII form's head matches


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


def _compile_forms(forms: list[tuple[str, bool]]) -> re.Pattern[str] | None:
    """One pattern for ``(form, case_sensitive)`` pairs, longest first; None for none.

    At every position the regular expression engine tries the alternatives in order and
    keeps the first that matches, so the order (longest form first) decides which phrase
    wins. Alternatives are grouped by their first character, so that the engine skips a
    group whose first character is not the one in the text:

    * A form starting with an ASCII letter or digit goes in the group of that exact
      character, as a literal followed by the rest of the form; a case-blind form goes in
      the groups of both cases of its first character. Each alternative ends in an empty
      group named ``g<k>`` (``h<k>`` in the group of the other case), ``k`` being its place
      in ``forms``: ``Match.lastgroup`` names the form that matched. The engine skips a
      group opened by a literal in one step, and an alternative that starts with a literal
      (the group is at its end) the same way.
    * Any other form (a quote, a non-ASCII letter) goes, wrapped in its named group, in a
      group headed by a look-ahead for its first character in either case, as all groups
      were before.

    Both groupings keep the alternatives of one first character in order, and no
    character opens two groups, so the pattern matches exactly what one alternative per
    form in order would. When a look-ahead group's first characters include one that a
    case-blind ASCII letter matches (``\u212a`` Kelvin sign for ``k``, ``\u0131`` dotless
    i's capital ``I``), the groups could overlap, so every form goes in look-ahead groups.
    """
    literal: dict[str, list[str]] = {}
    lookahead: dict[str, tuple[set[str], list[str]]] = {}
    for index, (form, flag) in enumerate(forms):
        first = form[0]
        if first.isascii() and first.isalnum():  # form_pattern leaves it as it is
            body = form_pattern(form)
            rest = body[1:] if flag else f"(?i:{body[1:]})"
            cases = [first] if flag else sorted({first.lower(), first.upper()}, reverse=True)
            for name, char in zip("gh", cases, strict=False):
                literal.setdefault(char, []).append(f"{rest}(?P<{name}{index}>)")
        else:
            _add_lookahead(lookahead, index, form, flag)
    heads = "".join(c for chars, _ in lookahead.values() for c in chars)
    if literal and any(_ASCII_FOLD.fullmatch(c) for c in heads):
        literal, lookahead = {}, {}
        for index, (form, flag) in enumerate(forms):
            _add_lookahead(lookahead, index, form, flag)
    branches = [f"{re.escape(c)}(?:{'|'.join(parts)})" for c, parts in sorted(literal.items())]
    for _lead, (chars, parts) in sorted(lookahead.items()):
        head = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
        branches.append(f"(?={head})(?:{'|'.join(parts)})")
    if not branches:
        return None
    return re.compile(_NOT_AFTER_WORD + "(?:" + "|".join(branches) + ")" + _NOT_BEFORE_WORD)


def _add_lookahead(
    groups: dict[str, tuple[set[str], list[str]]], index: int, form: str, flag: bool
) -> None:
    """Put a form in the look-ahead group of its lower-cased first character."""
    body = form_pattern(form)
    first = form[0]
    chars, parts = groups.setdefault(first.lower(), (set(), []))
    chars.update({first} if flag else {first.lower(), first.upper()})
    parts.append(f"(?P<g{index}>{body})" if flag else f"(?P<g{index}>(?i:{body}))")


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
        titles: Title words, matched as written ("Joint Statement", "Declaration").
        titled: The keys whose names are not yielded right before a title word.
        ignore: ``(form, case_sensitive)`` pairs that are matched like the entries but
            yield nothing, so no entry matches inside them ("of intent to" hides the
            hedge "intent to" in "letters of intent to").
    """

    __slots__ = ("_keys", "_pattern", "_title", "_titled")

    def __init__(
        self,
        entries: Iterable[tuple[str, str, bool | None]],
        *,
        shared: bool = False,
        titles: Iterable[str] = (),
        titled: Iterable[str] = (),
        ignore: Iterable[tuple[str, bool | None]] = (),
    ) -> None:
        title_forms = sorted(set(titles), key=lambda form: (-len(form), form))
        self._title: re.Pattern[str] | None = (
            re.compile(r"\s+(?:" + "|".join(map(form_pattern, title_forms)) + r")(?!\w)")
            if title_forms
            else None
        )
        self._titled = frozenset(titled)
        seen: dict[tuple[str, bool], tuple[str, ...]] = {}
        for key, form, sensitive in entries:
            flag = _case_sensitive(form) if sensitive is None else sensitive
            before = seen.get((form, flag), ()) if shared else ()
            seen[(form, flag)] = before if key in before else (*before, key)
        for form, sensitive in ignore:
            flag = _case_sensitive(form) if sensitive is None else sensitive
            seen.setdefault((form, flag), ())
        ordered = sorted(seen.items(), key=lambda item: (-len(item[0][0]), item[0][0], item[0][1]))
        # the k-th alternative of the pattern is named g<k> or h<k> (see _compile_forms)
        self._keys: tuple[tuple[str, ...], ...] = tuple(keys for _, keys in ordered)
        self._pattern: re.Pattern[str] | None = _compile_forms([key for key, _ in ordered])

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Yield the matches in ``text[start:end]`` in text order, with absolute offsets."""
        if self._pattern is None:
            return
        stop = len(text) if end is None else end
        for match in self._pattern.finditer(text, start, stop):
            group = match.lastgroup
            if group is None:  # pragma: no cover - every alternative is a named group
                continue
            titled = self._in_title(text, match.start(), match.end(), start, stop)
            for key in self._keys[int(group[1:])]:
                if not (titled and key in self._titled):
                    yield Hit(key, match.start(), match.end(), match.group())

    def _in_title(self, text: str, at: int, to: int, start: int, stop: int) -> bool:
        """True when the name at ``text[at:to]`` stands right before a title word."""
        if self._title is None or (at > start and text[at - 1] in _HYPHEN_CHARS):
            return False
        return self._title.match(text, to, stop) is not None

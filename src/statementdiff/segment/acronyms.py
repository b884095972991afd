"""Short forms a statement defines: "the Strategic Clean Energy Partnership (SCEP)".

A definition is a parenthesised short form written in capitals or CamelCase ("SCEP",
"CoRe", "iCET", a plural "SDGs"), optionally in quotes, right after the long name it
abbreviates. The rule is conservative: the short form's letters must be the initials of the
words just before the parenthesis, read from the first word of the long name to the last
word before the parenthesis, with every content word giving at least its first letter.

- A capital that starts a word matches that word's first letter in either case ("UNCLOS":
  the O of "of"), a lower-case letter only a word written in lower case ("DoD"); the
  letters that follow it in the short form may continue the same word only as written
  there ("CoRe": the "o" of "Competitiveness"; "UN" inside "UNCLOS").
- Of several readings, the one that takes fewest letters from skippable words wins, then
  the one of fewest words.
- Function words (of, and, the, for, on, ...) may be skipped, and so may lower-case parts
  of a hyphenated word after its first ("Supply-chain"); the long name starts and ends with
  a content word.
- A word ending a sentence, a comma, a quote or a bracket ends the search: a long name is
  one run of words.

Nothing else counts: "(2021)", "(U.S.)", "(the Economic “2+2”)", "(Quad)" and initials
that do not match the words before them are not definitions.

Examples:
    >>> defined_acronyms("We launched the Strategic Clean Energy Partnership (SCEP). The SCEP met.")
    {'SCEP': 'Strategic Clean Energy Partnership'}
    >>> defined_acronyms("the Economic Policy Consultative Committee (the Economic “2+2”)")
    {}
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["FUNCTION_WORDS", "MAX_WORDS", "defined_acronyms", "long_form"]

FUNCTION_WORDS = frozenset(
    ("a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with", "&")
)
"""Words a short form may skip (or take its letter from: "UNCLOS", "DoD")."""

MAX_WORDS = 14
"""Most words before the parenthesis that a long name may span."""

_DEFINITION = re.compile(r"\(\s*[\"“]?([A-Za-z]{2,12})[\"”]?\s*\)")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile("[A-Za-z0-9'\u2019.&-]+")
_DOTTED = re.compile("(?:[A-Za-z]\\.)+(?:-[A-Za-z0-9'\u2019-]+)?")
_POSSESSIVE = re.compile("['\u2019]s$")

_WINDOW = 40 * MAX_WORDS
"""Characters before a parenthesis searched for its long name (more than MAX_WORDS words)."""

_NO = 1 << 20
"""The cost of a reading that fails (more than any short form's letters)."""

_Unit = tuple[str, bool]
"""The letters of one word (or part of a hyphenated word), and whether it may be skipped."""


def defined_acronyms(text: str) -> dict[str, str]:
    """Return the short forms ``text`` defines, each with its long name as written.

    The first definition of a short form wins; the mapping is in order of first definition.

    Args:
        text: A statement's text (or any part of it).

    Returns:
        Short form → long name ("PRC" → "People's Republic of China").

    Examples:
        >>> defined_acronyms("the U.S.-Japan Competitiveness and Resilience (CoRe) Partnership")
        {'CoRe': 'Competitiveness and Resilience'}
        >>> defined_acronyms("in 2021 (2021), the U.S. (U.S.) and the ROK (Korea)")
        {}
    """
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        short = match.group(1)
        if short in found or not _is_short_form(short):
            continue
        name = long_form(text[max(0, match.start() - _WINDOW) : match.start()], short)
        if name is not None:
            found[short] = name
    return found


def long_form(before: str, short: str) -> str | None:
    """The long name that ``short`` abbreviates at the end of ``before``, or None.

    Args:
        before: The text just before the parenthesis that holds ``short``.
        short: The short form ("SCEP").

    Returns:
        The words of ``before`` whose initials ``short`` is (a possessive "'s" at their
        end dropped), or None when no run of words before the parenthesis fits.

    Examples:
        >>> long_form("the People's Republic of China ", "PRC")
        "People's Republic of China"
        >>> long_form("the Strategic Clean Energy Partnership ", "SCP") is None
        True
    """
    words = _last_words(before)
    if not words or words[-1][0].lower() in FUNCTION_WORDS:
        return None
    # a plural short form ("SDGs") abbreviates a plural last word
    forms = [short]
    if len(short) > 2 and short.endswith("s") and short[-2].isupper():
        forms += [short[:-1]] if words[-1][0].endswith("s") else []
    # the reading that takes fewest letters from skippable words ("Taaaa Taaaa the Aaaaa"
    # is TTA without "the"), then the one of fewest words
    best: tuple[int, int] | None = None
    for first in range(len(words) - 1, -1, -1):
        if words[first][0].lower() in FUNCTION_WORDS:
            continue
        units = tuple(u for k, (word, _, _) in enumerate(words[first:]) for u in _units(word, k))
        cost = min((_initials(form, units) for form in forms), default=_NO)
        if cost < _NO and (best is None or cost < best[0]):
            best = (cost, first)
    if best is None:
        return None
    start, end = words[best[1]][1], words[-1][2]
    return _POSSESSIVE.sub("", before[start:end])


def _is_short_form(short: str) -> bool:
    """Capitals or CamelCase: letters only, at least two of them capitals."""
    return sum(c.isupper() for c in short) >= 2


def _last_words(before: str) -> list[tuple[str, int, int]]:
    """The run of words (text, start, end) that ends ``before``, at most :data:`MAX_WORDS`."""
    tokens = list(_TOKEN.finditer(before))
    run: list[tuple[str, int, int]] = []
    for token in reversed(tokens):
        word = token.group()
        if not _WORD.fullmatch(word) or len(run) == MAX_WORDS:
            break
        if word.endswith(".") and not _DOTTED.fullmatch(word):
            break  # "... Partnership." ends a sentence
        run.append((word, token.start(), token.end()))
    run.reverse()
    return run


def _units(word: str, position: int) -> list[_Unit]:
    """The units a short form reads in one word: its hyphenated parts, dots dropped."""
    word = _POSSESSIVE.sub("", word)
    if position and word.lower() in FUNCTION_WORDS:
        return [(word, True)]
    parts = [p.replace(".", "") for p in word.split("-")]
    return [(p, k > 0 and p[:1].islower()) for k, p in enumerate(parts) if p]


def _initials(short: str, units: tuple[_Unit, ...]) -> int:
    """How many letters skippable units give when ``short`` reads as initials of ``units``.

    The fewest over all readings; :data:`_NO` when ``short`` does not read so.
    """

    @cache
    def reads(i: int, u: int) -> int:
        if u == len(units):
            return 0 if i == len(short) else _NO
        letters, optional = units[u]
        best = reads(i, u + 1) if optional else _NO
        if i == len(short) or short[i].lower() != letters[0].lower():
            return best
        if short[i].islower() and letters[0].isupper():
            return best  # a lower-case letter reads a word written in lower case
        taken = 1
        while True:
            best = min(best, reads(i + taken, u + 1) + optional)
            going = taken < len(letters) and i + taken < len(short)
            if not going or short[i + taken] != letters[taken]:
                return best
            taken += 1

    return reads(0, 0)

"""Words of one family: a term said again with another ending ("democracy", "democratic").

The brief reads it to keep a watched term a counterpart says in another form; the scope
rule reads it to keep a qualifying phrase the other clause still says ("regardless of
their migration status" → "regardless of their migratory status").
"""

from __future__ import annotations

import re

__all__ = ["KIN_PREFIX", "phrase_in_kin", "said_in_kin"]

KIN_PREFIX = 6
"""Letters a word of the same family must share with a one-word watched term of more
letters ("democracy" and "democratic", "coercion" and "coercive")."""


def said_in_kin(term: str, low: str) -> bool:
    """True when the lower-case text ``low`` says ``term`` or a word of its family.

    "the establishment of constructive dialogue, and the transition ... toward an
    inclusive federal democratic system" keeps "democracy": the word changed its form, not
    the point. Read in the counterpart clauses only, not around them: a word of the family
    in the next sentence ("independent analysis" beside "free from undue influence") may
    speak of something else. A term of several words, or of :data:`KIN_PREFIX` letters or
    fewer ("war"), counts only as written.

    Examples:
        >>> said_in_kin("democracy", "an inclusive federal democratic system")
        True
        >>> said_in_kin("war", "a warm welcome"), said_in_kin("democracy", "dialogue")
        (False, False)
    """
    term = term.lower()
    if " " in term or len(term) <= KIN_PREFIX:
        return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", low) is not None
    return re.search(rf"(?<!\w){re.escape(term[:KIN_PREFIX])}", low) is not None


def phrase_in_kin(words: list[str], low: str, gap: int = 2) -> bool:
    """True when ``low`` says ``words`` in order, each as written or in a word of its family.

    At most ``gap`` other words stand between two of them: "regardless of their migratory
    status" says ["regardless", "migration", "status"]; words scattered over a sentence do
    not.

    Examples:
        >>> phrase_in_kin(["regardless", "migration", "status"],
        ...               "all persons, regardless of their migratory status, and")
        True
        >>> phrase_in_kin(["including", "nuclear"], "including naval forces to deter nuclear")
        False
    """
    parts = [
        re.escape(w) + r"(?!\w)" if len(w) <= KIN_PREFIX else re.escape(w[:KIN_PREFIX]) + r"\w*"
        for w in (w.lower() for w in words)
    ]
    if not parts:
        return False
    between = rf"(?:\W+\w+){{0,{gap}}}?\W+"
    return re.search(r"(?<!\w)" + between.join(parts), low) is not None

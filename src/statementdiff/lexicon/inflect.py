"""Surface forms of lexicon phrases: regular English inflection of a verb or noun head.

The lexicon lists base forms ("reaffirm", "call on", "grave concern"); this module
expands them to what statements actually print ("reaffirmed", "calls on",
"grave concerns"). Irregular forms ("sought to") are listed in the data files.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Inflect", "surface_forms", "verb_forms"]

Inflect = Literal["verb", "noun", "none"]
"""How a phrase inflects: its verb head, its noun head, or not at all."""

_SIBILANT_ENDS = ("s", "sh", "ch", "x", "z")
_VOWELS = frozenset("aeiou")


def verb_forms(word: str) -> tuple[str, ...]:
    """The base, third-person, past and -ing forms of a regular English verb.

    Args:
        word: The base form ("reaffirm", "urge", "stress").

    Returns:
        The distinct forms, base first.

    Examples:
        >>> verb_forms("urge")
        ('urge', 'urges', 'urged', 'urging')
        >>> verb_forms("agree")
        ('agree', 'agrees', 'agreed', 'agreeing')
    """
    if word.endswith("ee"):
        forms = (word, word + "s", word + "d", word + "ing")
    elif word.endswith("e"):
        forms = (word, word + "s", word + "d", word[:-1] + "ing")
    elif word.endswith(_SIBILANT_ENDS):
        forms = (word, word + "es", word + "ed", word + "ing")
    elif len(word) > 2 and word[-1] == "y" and word[-2] not in _VOWELS:
        forms = (word, word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    else:
        forms = (word, word + "s", word + "ed", word + "ing")
    return tuple(dict.fromkeys(forms))


def _noun_forms(word: str) -> tuple[str, ...]:
    plural = word + "es" if word.endswith(_SIBILANT_ENDS) else word + "s"
    return (word, plural)


def surface_forms(phrase: str, inflect: Inflect) -> tuple[str, ...]:
    """Every printed form of a lexicon phrase.

    A verb phrase inflects its first word that is not an "-ly" adverb
    ("strongly oppose" → "strongly opposed"), and adverbs that lead it are also printed
    after the verb, where English allows them ("oppose strongly", "condemned
    unequivocally"); a noun phrase inflects its last word ("grave concern" → "grave
    concerns"); ``"none"`` keeps the phrase as written.

    Args:
        phrase: The base phrase, words separated by single spaces.
        inflect: How the phrase inflects.

    Returns:
        The distinct forms, the phrase itself first.

    Examples:
        >>> surface_forms("call on", "verb")
        ('call on', 'calls on', 'called on', 'calling on')
        >>> surface_forms("strongly oppose", "verb")[-2:]
        ('opposed strongly', 'opposing strongly')
    """
    words = phrase.split()
    if inflect == "none" or not words:
        return (phrase,)
    if inflect == "noun":
        head = len(words) - 1
        heads = _noun_forms(words[head])
    else:
        head = next((i for i, w in enumerate(words) if not w.endswith("ly")), 0)
        heads = verb_forms(words[head])
    forms = [" ".join([*words[:head], form, *words[head + 1 :]]) for form in heads]
    if inflect == "verb" and head > 0:  # "strongly oppose": also "oppose strongly"
        forms += [" ".join([form, *words[:head], *words[head + 1 :]]) for form in heads]
    return tuple(dict.fromkeys(forms))

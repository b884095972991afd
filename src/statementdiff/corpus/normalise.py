"""One rule that makes a clause or a phrase searchable: the corpus index's normal form.

The rule follows the aligner's token normalisation without its stemming: invisible format
characters deleted, curly quotes folded to straight ones and dashes to spaces
(:data:`~statementdiff.lexicon.aliases.FOLDS`), case folded, the text cut into words
(letters and digits, an apostrophe inside a word kept), each word's spelling folded by the
built-in spelling table (:mod:`statementdiff.lexicon.spelling`: "denuclearisation" is
"denuclearization", "defence" is "defense"), joined by single spaces. Punctuation, spelling and
whitespace therefore never decide a match: ``"Indo-Pacific"`` and ``"Indo Pacific"``,
a curly and a straight apostrophe, a line break and a space all read the same.

A phrase occurs in a clause when its normal form is a run of whole words of the clause's normal
form (:func:`contains`).
"""

from __future__ import annotations

import re

from statementdiff.invisible import strip_invisible
from statementdiff.lexicon.aliases import FOLDS
from statementdiff.lexicon.lexicon import Lexicon

__all__ = ["contains", "fts_phrase", "normalise", "words"]

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> list[str]:
    r"""The words of a text in normal form.

    Examples:
        >>> words("Peace and Stability across the Taiwan\u00a0Strait\u2019s waters.")
        ['peace', 'and', 'stability', 'across', 'the', 'taiwan', "strait's", 'waters']
        >>> words("Complete denuclearisation")
        ['complete', 'denuclearization']
    """
    text = strip_invisible(text)
    for old, new in FOLDS:
        text = text.replace(old, new)
    fold = Lexicon.default().spelling_table.fold_word
    return [fold(word) for word in _WORD.findall(text.casefold())]


def normalise(text: str) -> str:
    r"""The normal form of a text: its :func:`words` joined by single spaces.

    Examples:
        >>> normalise("the  \u201cIndo-Pacific\u201d\n")
        'the indo pacific'
    """
    return " ".join(words(text))


def contains(text_norm: str, phrase_norm: str) -> bool:
    """True when ``phrase_norm`` is a run of whole words of ``text_norm`` (both normal forms).

    An empty phrase occurs nowhere.

    Examples:
        >>> contains("peace and stability across the taiwan strait", "taiwan strait")
        True
        >>> contains("peaceful", "peace")
        False
    """
    return bool(phrase_norm) and f" {phrase_norm} " in f" {text_norm} "


def fts_phrase(phrase_norm: str) -> str:
    r"""An FTS5 phrase query for a normal form: every word in order, adjacent.

    The FTS5 tokenizer cuts the indexed normal forms and this query alike, so every clause
    holding the phrase is among its hits (the hits are then checked with :func:`contains`).

    Examples:
        >>> fts_phrase("we don't")
        '"we don\'t"'
    """
    return '"' + phrase_norm.replace('"', '""') + '"'

"""Alignment tokens: the one rule that turns a text into the words alignment compares.

Lower-cased words with quotes and dashes folded, the lexicon's aliases folded to one token
(``U.S.``, ``United States`` → ``unitedstates``), spelling variants folded, English Snowball
stems, and a short list of function words and diplomatic boilerplate removed. NumPy-free, so
that the labels and the corpus (which compare words "as alignment does") can use it on
``parse``'s import path.

:func:`with_definitions` extends an alias table with the short forms two compared statements
define ("the Strategic Clean Energy Partnership (SCEP)"): "SCEP" and "Strategic Clean Energy
Partnership" are then the same words in either statement (:class:`DefinedAliases`).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
import types
import weakref
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from statementdiff.lexicon.aliases import FOLDS as _FOLDS
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.visible import strip_invisible
from statementdiff.segment.acronyms import defined_acronyms
from statementdiff.whitespace import normalize_space

__all__ = [
    "STEM_CACHE_SIZE",
    "STOP_WORDS",
    "DefinedAliases",
    "content_tokens",
    "mention_alternation",
    "shared_definitions",
    "with_definitions",
]

STOP_WORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "was",
        "were",
        "which",
        "with",
        "we",
        "will",
        "shall",
        "both",
        "all",
        "also",
        "such",
        "other",
        "including",
        "through",
        "well",
        "would",
        "may",
        "can",
        "so",
        "than",
        "they",
        "them",
        "there",
        "here",
        "us",
        "leader",
        "leaders",
        "statement",
        "joint",
        "today",
        "president",
        "prime",
        "minister",
    )
)
"""Function words and boilerplate ignored by alignment (stems of these are dropped too)."""


def _fold_quotes(text: str) -> str:
    """Fold curly quotes to straight ones and dashes to spaces.

    ``str.replace`` per character beats ``str.translate`` with a dict table ~30x here
    (the table is consulted in Python for every character of the text).
    """
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return text


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_POSSESSIVE = re.compile(r"'s\b")

_LOCAL = threading.local()
"""Per-thread state: the thread's own Snowball stemmer (``stemmer``).

A Snowball stemmer object keeps the word it is working on in its own fields, so two
threads stemming with one object corrupt each other's stems (and raise ``IndexError``).
"""

STEM_CACHE_SIZE = 200_000
"""Most words whose stems are remembered (the memory is emptied when it is full)."""


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # snowballstemmer's name


def _stemmer() -> _Stemmer:
    """This thread's English Snowball stemmer (made on the thread's first call)."""
    stemmer: _Stemmer | None = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = _english_stemmer()
    return stemmer


_SNOWBALL = "statementdiff._snowball"
"""A private package over snowballstemmer's directory (see :func:`_english_stemmer`)."""
_SNOWBALL_LOCK = threading.Lock()


def _english_stemmer() -> _Stemmer:
    """What ``snowballstemmer.stemmer("english")`` returns, without every other language.

    Importing ``snowballstemmer`` builds the stemmers of its 35 languages (~12-15 ms, a
    twentieth of a one-sentence ``compare`` as a process). When it is not imported yet and
    PyStemmer (which it would hand out instead) is not installed, its ``english_stemmer``
    module is loaded from the same files under a private package name, with its
    ``basestemmer`` and ``among``: the same code, so the same stems. Anything unusual (a
    zipped or frozen install) falls back to the package.
    """
    if "snowballstemmer" not in sys.modules and importlib.util.find_spec("Stemmer") is None:
        private = _private_english_stemmer()
        if private is not None:
            return private
    import snowballstemmer

    stemmer: _Stemmer = snowballstemmer.stemmer("english")
    return stemmer


def _private_english_stemmer() -> _Stemmer | None:
    """The ``EnglishStemmer`` of snowballstemmer, loaded under :data:`_SNOWBALL` (None: cannot)."""
    spec = importlib.util.find_spec("snowballstemmer")
    places = spec.submodule_search_locations if spec is not None else None
    if not places or not all(Path(place, "english_stemmer.py").is_file() for place in places):
        return None
    with _SNOWBALL_LOCK:
        if _SNOWBALL not in sys.modules:
            package = types.ModuleType(_SNOWBALL, "snowballstemmer's files, privately")
            package.__path__ = list(places)
            sys.modules[_SNOWBALL] = package
    english = importlib.import_module(f"{_SNOWBALL}.english_stemmer")
    made: _Stemmer = english.EnglishStemmer()
    return made


_STEMS: dict[str, str] = {}
"""Word → its alignment stem ("" for a dropped word), at most :data:`STEM_CACHE_SIZE` words.

Shared by all threads: every value is a pure function of its key (each thread stems with
its own stemmer), reads are single dict look-ups, and writes happen under
:data:`_STEMS_LOCK`, so a reader sees either nothing or the right stem.
"""
_STEMS_LOCK = threading.Lock()


def _stem(word: str) -> str:
    """The alignment stem of a word, or "" when the word or its stem is a stop word.

    The word is first folded by the built-in spelling table ("defence" → "defense"), so
    the cache also remembers each variant's folded stem: spelling costs nothing per call.
    """
    stem = _STEMS.get(word)
    if stem is None:
        word_us = Lexicon.default().spelling_table.fold_word(word)
        base: str = "" if word_us in STOP_WORDS else _stemmer().stemWord(word_us)
        stem = "" if base in STOP_WORDS else base
        with _STEMS_LOCK:
            if len(_STEMS) >= STEM_CACHE_SIZE:
                _STEMS.clear()
            _STEMS[word] = stem
    return stem


def content_tokens(text: str, aliases: AliasTable | None = None) -> list[str]:
    """Return the alignment tokens of a text: folded, stemmed, stop-words removed.

    Args:
        text: A clause or paragraph.
        aliases: The names to fold (``Lexicon.default().alias_table`` when None).

    >>> content_tokens("The U.S. and the Republic of Korea reaffirmed their Alliance.")
    ['unitedst', 'southkorea', 'reaffirm', 'allianc']
    """
    table = aliases or Lexicon.default().alias_table
    if len(text) < LONG_TEXT:
        return _content_tokens(text, table)
    # a long text (a whole statement, or a series step spanning sections) is often read
    # again, clause by clause, by the labels: remembered per table, a copy handed out
    with _LONG_LOCK:
        known = _LONG_TOKENS.setdefault(table, {})
        found = known.get(text)
    if found is None:
        found = tuple(_content_tokens(text, table))
        with _LONG_LOCK:
            if len(known) >= LONG_CACHE_SIZE:
                known.clear()
            known[text] = found
    return list(found)


LONG_TEXT = 2_000
"""Texts of at least this many characters have their tokens remembered (see below)."""

LONG_CACHE_SIZE = 32
"""At most this many long texts remembered per alias table (all forgotten when full)."""

_LONG_TOKENS: weakref.WeakKeyDictionary[AliasTable, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)
"""Alias table → long text → its tokens: a pure function of the two (tables do not change)."""
_LONG_LOCK = threading.Lock()


def _content_tokens(text: str, table: AliasTable) -> list[str]:
    """:func:`content_tokens` of ``text`` with the alias table ``table``."""
    if not text.isascii():
        text = _fold_quotes(strip_invisible(text))
    folded = _POSSESSIVE.sub("", table.names(text)).lower()
    words = _WORD.findall(folded)
    spelling = table.spelling
    if spelling is not None and spelling is not Lexicon.default().spelling_table:
        words = list(map(spelling.fold_word, words))  # a user table; the built-in one: _stem
    stems = list(map(_STEMS.get, words))  # known words without a Python call each
    if None in stems:
        stems = list(map(_stem, words))
    return [stem for stem in stems if stem]


class DefinedAliases(AliasTable):
    """An alias table that reads a defined short form and its long name as one name.

    Every mention of a defined name, as its short form ("SCEP", case as written, whole words)
    or as its long name ("Strategic Clean Energy Partnership", any case and spacing), becomes
    the same words: a token for the name (``acrscep``, rare, so it weighs as a shared key
    term does) followed by the long name's words. The parenthesised short form of the
    definition itself ("(SCEP)") is dropped, so that the definition reads exactly as any
    other mention. The ``base`` table then folds its aliases as usual; a short form it
    already folds (PRC, ROK, DPRK) is left to it, appositive included. Only comparison
    tokens change: no text is rewritten.

    Args:
        base: The lexicon's alias table.
        definitions: Short form → long name (see :func:`shared_definitions`).

    Examples:
        >>> table = DefinedAliases(Lexicon.default().alias_table,
        ...                        {"SCEP": "Strategic Clean Energy Partnership"})
        >>> content_tokens("The SCEP met.", table)
        ['acrscep', 'strateg', 'clean', 'energi', 'partnership', 'met']
        >>> content_tokens("The Strategic Clean Energy Partnership (SCEP) met.", table)
        ['acrscep', 'strateg', 'clean', 'energi', 'partnership', 'met']
    """

    def __init__(self, base: AliasTable, definitions: Mapping[str, str]) -> None:
        super().__init__({}, spelling=base.spelling)
        self.base = base
        self.definitions = {
            short: name
            for short, name in sorted(definitions.items())
            if base.names(short).strip() == short
        }
        shorts = sorted(self.definitions, key=lambda s: (-len(s), s))
        named = sorted(self.definitions.items(), key=lambda sn: (-len(sn[1]), sn[1]))
        either = "|".join(map(re.escape, shorts)) or r"(?!)"
        self._appositive = re.compile(rf"\(\s*[\"\u201c]?(?:{either})[\"\u201d]?\s*\)")
        # one pass over long names (any case) and short forms (as written): nothing a
        # replacement inserts is read again, so both forms give the same words
        alternatives = [(name[0], f"(?i:{_name_pattern(name)})") for _, name in named]
        alternatives += [(short[0], re.escape(short)) for short in shorts]
        self._mention = re.compile(rf"(?<![\w.])(?:{mention_alternation(alternatives)})(?!\w)")
        self._by_key = {_key(name): short for short, name in named}
        self._by_key.update({short: short for short in shorts})
        # whether a text holds any cue as a substring: one search for any of the cues that
        # hold no other cue (an alternation of literals matches where any of them is)
        self._cues = _any_of(_minimal(shorts))
        self._lower_cues = _any_of(_minimal(name.split()[0].lower() for _, name in named))

    def names(self, text: str) -> str:
        """Read the defined names as one name each, then fold the base table's aliases."""
        if self._cues.search(text) or self._lower_cues.search(text.lower()):
            text = self._appositive.sub(" ", text)
            text = self._mention.sub(self._spell, text)
        return self.base.names(text)

    def _spell(self, match: re.Match[str]) -> str:
        found = match.group(0)
        short = self._by_key.get(found) or self._by_key[_key(found)]
        return f" acr{short.lower()} {self.definitions[short]} "


def mention_alternation(alternatives: Sequence[tuple[str, str]]) -> str:
    """One alternation of patterns, each given with the first character it can match.

    When every first character is an ASCII letter or digit, the alternatives are grouped by
    that character, case folded, in order of first appearance, each group behind a
    look-ahead for its character (case-blind): at a place where one alternative can start,
    the engine tries one group, not every alternative. A character passes at most one
    group's look-ahead, and every alternative of that group keeps its order, so the first
    alternative that matches is the one the plain alternation finds. Otherwise (or for no
    alternatives) the plain alternation, or a pattern that never matches.

    Args:
        alternatives: ``(first character, pattern)`` in order of preference; a case-blind
            pattern is wrapped in ``(?i:...)``, a case-sensitive one matches its first
            character exactly.

    Examples:
        >>> mention_alternation([("S", "SCEP"), ("s", "(?i:south)")])
        '(?=(?i:s))(?:SCEP|(?i:south))'
        >>> mention_alternation([])
        '(?!)'
    """
    if not alternatives:
        return "(?!)"
    if not all(first.isascii() and first.isalnum() for first, _ in alternatives):
        return "|".join(pattern for _, pattern in alternatives)
    groups: dict[str, list[str]] = {}
    for first, pattern in alternatives:
        groups.setdefault(first.lower(), []).append(pattern)
    return "|".join(f"(?=(?i:{head}))(?:{'|'.join(group)})" for head, group in groups.items())


def _minimal(forms: Iterable[str]) -> tuple[str, ...]:
    """The distinct forms that hold no other form, sorted (any form found ⇔ one of these)."""
    distinct = set(forms)
    return tuple(sorted(f for f in distinct if not any(g != f and g in f for g in distinct)))


def _any_of(literals: Sequence[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``literals`` (none: a pattern that never matches)."""
    return re.compile("|".join(map(re.escape, literals)) or "(?!)")


def _key(name: str) -> str:
    """A long name as matched: lower case, straight apostrophes, single spaces."""
    return normalize_space(name.lower().replace("\u2019", "'"))


def _name_pattern(name: str) -> str:
    """A long name as a pattern: any spacing between its words, either apostrophe."""
    words = (re.escape(w).replace("\u2019", "'").replace("'", "['\u2019]") for w in name.split())
    return r"\s+".join(words)


def shared_definitions(texts: Iterable[str]) -> dict[str, str]:
    """The short forms defined in any of ``texts``, each with its long name.

    A short form two texts define with different long names (compared case- and
    space-insensitively) is left out, so that the result does not depend on the order of
    ``texts``: comparing a with b and b with a folds the same names.

    Args:
        texts: The statements' texts.

    Returns:
        Short form → long name, sorted by short form.

    Examples:
        >>> shared_definitions(["the Republic of Korea (ROK)", "the Rule of Kings (ROK)"])
        {}
    """
    found: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for text in texts:
        for short, name in defined_acronyms(text).items():
            key = normalize_space(name.casefold())
            found.setdefault(short, set()).add(key)
            written[short] = min(written.get(short, name), name)
    return {s: written[s] for s in sorted(found) if len(found[s]) == 1}


def with_definitions(base: AliasTable, texts: Iterable[str]) -> AliasTable:
    """``base`` extended with the short forms ``texts`` define, or ``base`` when none.

    Args:
        base: The lexicon's alias table.
        texts: The texts of the statements compared (both of them, so that A's "SCEP" and
            B's "Strategic Clean Energy Partnership" are the same words).

    Returns:
        A :class:`DefinedAliases`, or ``base`` itself when no text defines a short form.

    Examples:
        >>> base = Lexicon.default().alias_table
        >>> with_definitions(base, ["We oppose war."]) is base
        True
    """
    definitions = shared_definitions(texts)
    return DefinedAliases(base, definitions) if definitions else base

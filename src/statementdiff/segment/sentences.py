"""Sentence boundaries in diplomatic prose: a rule-based splitter driven by an abbreviation list.

A period, ``?``, ``!`` or ellipsis (with any closing quotes or brackets after it) ends a
sentence when whitespace and a word that does not start in lowercase follow, unless

* the break would fall inside a matched pair of parentheses, brackets or double quotes;
* the word before the period is a title or reference abbreviation that never ends a sentence
  ("Gen.", "No.", "e.g.", from the ``[never]`` list of ``lexicon/abbreviations.txt``);
* the word before is an abbreviation that may end a sentence ("U.S.", "Jr.", "p.m.", an
  initial such as "R.") and the next word is not a sentence starter ("The", "We", "Talks");
* the "sentence" so far is a bare paragraph number ("1.", "IV.").

The splitter was chosen over nupunkt plus a merge rule by measurement: see
``benchmarks/bench_segment.py`` and docs/design.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Abbreviations", "load_abbreviations", "sentence_spans"]

_CANDIDATE = re.compile("(?:\\.{3}|\u2026|[.!?])[.!?\u2026]*([\"\u201d\u2019')\\]]*)(?=\\s|$)")
_OPENERS = "\"\u201c\u2018'(["
_WORD = re.compile("[\\w\u2019'-]+")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_FINITE = frozenset(
    {"will", "would", "shall", "can", "could", "may", "must", "should", "is", "are", "was"}
    | {"were", "has", "have", "had", "also"}
)
_BARE_NUMBER = re.compile(r"(?:\d{1,3}|[IVXLC]{1,5}|[ivxlc]{1,5}|[A-Za-z])[.)]")


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """The three word lists of ``lexicon/abbreviations.txt``.

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

    def kind(self, word: str) -> str | None:
        """Return "never", "ambiguous" or None for a word ending in a period."""
        for key in (word, word.lower()):
            if key in self.never:
                return "never"
            if key in self.ambiguous:
                return "ambiguous"
        if _DOTTED.fullmatch(word) or _INITIAL.fullmatch(word):
            return "ambiguous"
        return None


def _parse_abbreviations(data: str) -> Abbreviations:
    lists: dict[str, set[str]] = {
        "never": set(),
        "ambiguous": set(),
        "starters": set(),
        "names": set(),
    }
    section: str | None = None
    for raw in data.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in lists:
                raise ValueError(f"unknown section [{section}] in abbreviations.txt")
            continue
        if section is None:
            raise ValueError(f"entry {line!r} in abbreviations.txt comes before any section")
        if section in ("starters", "names"):
            lists[section].add(line)
            continue
        entry = line if line.endswith(".") else line + "."
        lists[section].add(entry.lower() if any(c.islower() for c in entry) else entry)
    return Abbreviations(
        never=frozenset(lists["never"]),
        ambiguous=frozenset(lists["ambiguous"]),
        starters=frozenset(lists["starters"]),
        names=frozenset(lists["names"]),
    )


@lru_cache(maxsize=1)
def load_abbreviations() -> Abbreviations:
    """Load the packaged abbreviation lists (cached).

    Raises:
        LexiconError: The packaged file is malformed.
    """
    from statementdiff.errors import LexiconError

    data = resources.files("statementdiff").joinpath("lexicon/abbreviations.txt")
    try:
        return _parse_abbreviations(data.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise LexiconError(str(exc)) from None


def _protected_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Matched (open, close) offsets of parentheses, brackets and double quotes."""
    pairs: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {"(": [], "[": [], "“": []}
    closing = {")": "(", "]": "[", "”": "“"}
    straight = -1
    for i in range(start, end):
        ch = text[i]
        if ch in stacks:
            stacks[ch].append(i)
        elif ch in closing:
            stack = stacks[closing[ch]]
            if stack:
                pairs.append((stack.pop(), i))
        elif ch == '"':
            if straight < 0:
                straight = i
            else:
                pairs.append((straight, i))
                straight = -1
    return pairs


def _inside(pairs: list[tuple[int, int]], boundary: int) -> bool:
    return any(o < boundary <= c for o, c in pairs)


def _word_before(text: str, lo: int, period: int) -> str:
    """The token that ends with the period at ``period`` ("U.S." in "ROK-U.S.")."""
    i = period
    while i > lo and not text[i - 1].isspace():
        i -= 1
    token = text[i : period + 1].lstrip(_OPENERS)
    for sep in ("-", "\u2013", "/"):
        token = token.rsplit(sep, 1)[-1]
    return token


def _next_word(text: str, pos: int, end: int) -> str:
    while pos < end and text[pos] in _OPENERS:
        pos += 1
    match = _WORD.match(text, pos, end)
    return match.group() if match else text[pos : pos + 1]


def sentence_spans(
    text: str, start: int, end: int, abbreviations: Abbreviations | None = None
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Args:
        text: The whole statement text.
        start: Where the block's prose starts (after any label).
        end: Where the block ends.
        abbreviations: Word lists to use (the packaged ones by default).

    Returns:
        Half-open ``(start, end)`` spans, trimmed of surrounding whitespace, in order.

    Examples:
        >>> t = "Gen. Lee arrived in the U.S. Talks began on Dec. 5 at 3 p.m. in D.C."
        >>> [t[a:b] for a, b in sentence_spans(t, 0, len(t))]
        ['Gen. Lee arrived in the U.S.', 'Talks began on Dec. 5 at 3 p.m. in D.C.']
    """
    abbr = abbreviations or load_abbreviations()
    pairs = _protected_pairs(text, start, end)
    spans: list[tuple[int, int]] = []
    sent_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        boundary = match.end()
        nxt = boundary
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end or not _should_split(text, match, sent_start, nxt, end, pairs, abbr):
            continue
        spans.append((sent_start, boundary))
        sent_start = nxt
    spans.append((sent_start, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[0] < s[1]]


def _should_split(
    text: str,
    match: re.Match[str],
    sent_start: int,
    nxt: int,
    end: int,
    pairs: list[tuple[int, int]],
    abbr: Abbreviations,
) -> bool:
    following = _next_word(text, nxt, end)
    if not following or following[0].islower() or _inside(pairs, match.end()):
        return False
    terminator = match.group()[: len(match.group()) - len(match.group(1))]
    if terminator != "." or match.group(1):
        return True
    word = _word_before(text, sent_start, match.start())
    if _BARE_NUMBER.fullmatch(text[sent_start : match.end()].strip()):
        return False
    kind = abbr.kind(word)
    if kind == "never":
        return False
    if kind == "ambiguous":
        return following in abbr.starters or _name_opens(text, word, match.start(), nxt, end, abbr)
    return True


def _name_opens(text: str, word: str, period: int, nxt: int, end: int, abbr: Abbreviations) -> bool:
    """True for "... arrived in the U.S. Japan will host ...": a listed name opens a sentence.

    The abbreviation must be dotted ("U.S.", not an initial "R.") and end a noun phrase
    ("the U.S."), and a verb must follow the name (a modal, "is"/"has", or an -ed/-s word).
    """
    if not _DOTTED.fullmatch(word):
        return False
    before = text[max(0, period - len(word) - 5) : period - len(word) + 1].split()
    if not before or before[-1] != "the":
        return False
    words = text[nxt:end].split(None, 2)
    if len(words) < 2 or words[0] not in abbr.names:
        return False
    verb = words[1]
    return verb in _FINITE or (verb.isalpha() and verb.islower() and verb.endswith(("ed", "es")))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

"""Sentence boundaries in diplomatic prose: a rule-based splitter driven by an abbreviation list.

A period, ``?``, ``!`` or ellipsis (with any closing quotes or brackets after it) ends a
sentence when whitespace and a word that does not start in lowercase follow, or a period
glued to a capitalised word ends a lower-case word ("the Treaty.President Biden": a space
lost in publishing; "U.S.Japan", "e.g.The" and "whitehouse.gov" are no such word, nor is a
web or mail address, "www.State.gov"), unless

* the break would fall inside a matched pair of parentheses, brackets or double quotes;
* the word before the period is a title or reference abbreviation that never ends a sentence
  ("Gen.", "No.", "e.g.", from the ``never`` list of ``lexicon/abbreviations.toml``);
* the word before is an abbreviation that may end a sentence ("U.S.", "Jr.", "p.m.", an
  initial such as "R.") and the next word is not a sentence starter ("The", "We", "Talks");
* the "sentence" so far is a bare paragraph number ("1.", "IV.").

The splitter was chosen over nupunkt plus a merge rule by measurement: see
``benchmarks/bench_segment.py`` and docs/design.md.
"""

from __future__ import annotations

import bisect
import re

from statementdiff.lexicon.abbreviations import DOTTED as _DOTTED
from statementdiff.lexicon.abbreviations import Abbreviations

__all__ = ["Abbreviations", "load_abbreviations", "sentence_spans"]

_CANDIDATE = re.compile(
    "(?:\\.{3}|\u2026|[.!?])[.!?\u2026]*([\"\u201d\u2019')\\]]*)(?=\\s|$)"
    # a period glued to the next sentence ("the Treaty.President Biden", "development.They"):
    # a lower-case word ends before it and a capitalised word starts right after it
    "|(?<=[a-z][a-z])\\.(?=[A-Z][a-z])"
)
_OPENERS = "\"\u201c\u2018'(["
_WORD = re.compile("[\\w\u2019'-]+")
_FINITE = frozenset(
    {"will", "would", "shall", "can", "could", "may", "must", "should", "is", "are", "was"}
    | {"were", "has", "have", "had", "also"}
)
_BARE_NUMBER = re.compile(r"\s*(?:\d{1,3}|[IVXLC]{1,5}|[ivxlc]{1,5}|[A-Za-z])[.)]")
_TWO_WORDS = re.compile(r"(\S+)\s+(\S+)")


def load_abbreviations() -> Abbreviations:
    """The built-in abbreviation lists (``Lexicon.default().abbreviations``).

    Raises:
        LexiconError: The packaged data is malformed.
    """
    from statementdiff.lexicon.lexicon import Lexicon

    return Lexicon.default().abbreviations


_BRACKET = re.compile('[()\\[\\]\u201c\u201d"]')


def _protected_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Matched (open, close) offsets of parentheses, brackets and double quotes."""
    pairs: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {"(": [], "[": [], "“": []}
    closing = {")": "(", "]": "[", "”": "“"}
    straight = -1
    for match in _BRACKET.finditer(text, start, end):
        i = match.start()
        ch = text[i]
        if ch in stacks:
            stacks[ch].append(i)
        elif ch in closing:
            stack = stacks[closing[ch]]
            if stack:
                pairs.append((stack.pop(), i))
        elif straight < 0:
            straight = i
        else:
            pairs.append((straight, i))
            straight = -1
    return pairs


class _Protected:
    """Answers "does a boundary fall inside a matched pair?" by bisection, not by a scan.

    The pairs become disjoint ranges of protected boundaries ``(open, close]``, so a
    block with many brackets and many sentence candidates costs n log n, not n².
    """

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for low, high in sorted((o + 1, c + 1) for o, c in pairs):  # boundaries low..high-1
            if merged and low <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], high)
            else:
                merged.append([low, high])
        self._starts = [low for low, _ in merged]
        self._ends = [high for _, high in merged]

    def __contains__(self, boundary: int) -> bool:
        at = bisect.bisect_right(self._starts, boundary) - 1
        return at >= 0 and boundary < self._ends[at]


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
        abbreviations: Word lists to use (``Lexicon.default().abbreviations`` when None;
            ``parse`` passes those of its lexicon).

    Returns:
        Half-open ``(start, end)`` spans, trimmed of surrounding whitespace, in order.

    Examples:
        >>> t = "Gen. Lee arrived in the U.S. Talks began on Dec. 5 at 3 p.m. in D.C."
        >>> [t[a:b] for a, b in sentence_spans(t, 0, len(t))]
        ['Gen. Lee arrived in the U.S.', 'Talks began on Dec. 5 at 3 p.m. in D.C.']
    """
    abbr = abbreviations or load_abbreviations()
    pairs = _Protected(_protected_pairs(text, start, end))
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
    pairs: _Protected,
    abbr: Abbreviations,
) -> bool:
    following = _next_word(text, nxt, end)
    if not following or following[0].islower() or match.end() in pairs:
        return False
    if match.end() == nxt and _in_address(text, match.start()):
        return False  # "www.State.gov", "https://example.org/Report.Pdf": no sentence ends
    closers = match.group(1) or ""
    terminator = match.group()[: len(match.group()) - len(closers)]
    if terminator != "." or closers:
        return True
    word = _word_before(text, sent_start, match.start())
    if _BARE_NUMBER.fullmatch(text, sent_start, match.end()):
        return False
    kind = abbr.kind(word)
    if kind == "never":
        return False
    if kind == "ambiguous":
        return following in abbr.starters or _name_opens(text, word, match.start(), nxt, end, abbr)
    return True


_ADDRESS = re.compile(r"^(?:www\.|\w+://)|@|/")


def _in_address(text: str, period: int) -> bool:
    """True when a period glued to the next word sits in a web or mail address."""
    lo = period
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    return _ADDRESS.search(text[lo : period + 1]) is not None


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
    words = _TWO_WORDS.match(text, nxt, end)  # never split the rest of the block
    if words is None or words.group(1) not in abbr.names:
        return False
    verb = words.group(2)
    return verb in _FINITE or (verb.isalpha() and verb.islower() and verb.endswith(("ed", "es")))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

"""Clauses inside a sentence: rule-based split, actor and predicate, driven by reporting verbs.

A sentence is cut

* after ";" and after ":" when a clause follows (a reporting verb, a modal or an inline
  enumeration);
* before inline enumerations "(1) … (2) …", "(a) … (b) …", "(i) … (ii) …";
* before ", and VERB", "and VERB" and ", VERB" where VERB is a reporting verb inflected like
  the current clause's predicate and the clause already has its predicate (so "Japan and the
  United States reaffirm" stays whole); the new clause inherits the actor;
* before ", and SUBJECT VERB" / ", and SUBJECT will" (the new clause gets SUBJECT as its actor).

Nothing is cut inside parentheses or quotes, inside noun-phrase coordination (no verb follows
"and"), inside relative clauses (after "which"/"who" only a comma-led verb may start a clause)
or before "and that". Joining words and punctuation (",", ";", ":", "and") belong to no clause:
``"We reaffirm our Alliance and welcome new partners."`` gives ``"We reaffirm our Alliance"`` and
``"welcome new partners."``; the last clause keeps the sentence's final punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statementdiff._lexicon_verbs import ReportingVerbs, VerbForm, load_reporting_verbs

__all__ = ["ClauseSpan", "clause_spans"]

_TOKEN = re.compile("\\w+(?:[\u2019'.-]\\w+)*\\.?|[^\\w\\s]")
_ENUM = re.compile(r"\((\d{1,2}|[a-z]|[ivx]{1,5})\)")
_ENUM_FIRST = frozenset({"1", "a", "i"})

_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "any",
        "some",
        "no",
        "such",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "about",
        "against",
        "among",
        "between",
        "through",
    ]
)
_AUXILIARIES = frozenset(
    [
        "will",
        "shall",
        "would",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "also",
        "further",
        "again",
        "jointly",
        "strongly",
        "firmly",
        "fully",
        "together",
        "each",
        "both",
        "all",
        "not",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "are",
        "is",
        "was",
        "were",
        "be",
        "been",
        "remain",
        "remains",
        "remained",
        "continue",
        "continues",
        "continued",
        "to",
        "hereby",
        "therefore",
        "thus",
        "today",
        "once",
        "strongly",
        "unequivocally",
        "categorically",
    ]
)
_ADVERBS = frozenset(
    [
        "also",
        "further",
        "again",
        "jointly",
        "strongly",
        "firmly",
        "fully",
        "together",
        "hereby",
        "therefore",
        "thus",
        "similarly",
        "likewise",
        "today",
        "unequivocally",
        "categorically",
    ]
)
_MODALS = frozenset(["will", "shall", "would", "should", "can", "could", "may", "must"])
_SUBJECT_START = frozenset(
    [
        "the",
        "we",
        "they",
        "both",
        "each",
        "all",
        "it",
        "he",
        "she",
        "our",
        "their",
        "this",
        "these",
        "japan",
        "india",
    ]
)
_OBJECT_START = _DETERMINERS | frozenset(["that", "we", "them", "us", "it", "what", "how"])
_RELATIVE = frozenset({"which", "who", "whom", "whose"})
_LEADING = frozenset({"and", "but", "or", "so", "yet", "also"})
_NOUN_ENDINGS = ("ing", "s", "ed", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship")
_CONNECTORS = frozenset({"and", "or", ",", ";", ":"})


@dataclass(frozen=True, slots=True)
class ClauseSpan:
    """A clause found in a sentence.

    Attributes:
        start: Start offset in the statement text.
        end: End offset (exclusive).
        actor: Subject phrase as written, or None.
        predicate: Base form of the main reporting verb, or None.
    """

    start: int
    end: int
    actor: str | None
    predicate: str | None


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    depth: int


@dataclass(frozen=True, slots=True)
class _Cut:
    left_end: int  # token index: the previous clause ends before this token
    right_start: int  # token index: the next clause starts at this token
    kind: str  # "hard", "enum", "coord" or "subject"


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    depth = 0
    straight = False
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        closes = word in ")]”" or (word == '"' and straight)
        if closes:
            depth = max(0, depth - 1)
        out.append(_Tok(m.start(), m.end(), word, word.lower(), depth))
        if word == '"':
            straight = not straight
        if word in "([“" or (word == '"' and straight):
            depth += 1
    if depth:  # unbalanced brackets or quotes: protect nothing rather than everything
        return [_Tok(t.start, t.end, t.text, t.low, 0) for t in out]
    return out


def _verb(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> VerbForm | None:
    """The reporting-verb form of token ``i`` when it is used as a finite verb."""
    tok = toks[i]
    form = verbs.get(tok.text)
    if form is None or form.form == "ing" or not tok.text[0].isalpha():
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if form.particles and nxt not in form.particles:
        return None
    if nxt in {"of"} or (nxt == "for" and "for" not in form.particles):
        return None
    prev = toks[i - 1].low if i > 0 else ""
    if prev in _DETERMINERS and not (prev == "to" and i > 1 and toks[i - 2].low in _AUXILIARIES):
        return None
    if i > 0 and toks[i - 1].text.endswith(("\u2019s", "'s")):
        return None
    return form


def _enum_cuts(toks: list[_Tok], text: str) -> list[int]:
    """Token indices where inline enumeration markers "(a)", "(1)", "(i)" start."""
    marks: list[tuple[int, str]] = []
    for i in range(1, len(toks) - 2):
        if toks[i].text == "(" and toks[i + 2].text == ")" and toks[i].depth == 0:
            m = _ENUM.fullmatch(text[toks[i].start : toks[i + 2].end])
            if m:
                marks.append((i, m.group(1)))
    if len(marks) < 2 or marks[0][1] not in _ENUM_FIRST:
        return []
    return [i for i, _ in marks]


def _find_cuts(toks: list[_Tok], text: str, verbs: ReportingVerbs) -> list[_Cut]:
    cuts: list[_Cut] = []
    enum = set(_enum_cuts(toks, text))
    main: VerbForm | None = None  # predicate of the current clause
    relative = anchored = False  # anchored: a modal was seen ("We will work ...")
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if tok.depth > 0:
            i += 1
            continue
        if i in enum:
            left = i
            while left > 0 and toks[left - 1].low in {",", ";", "and", "or", ":"}:
                left -= 1
            if left > 0:
                cuts.append(_Cut(left, i, "enum"))
                relative = False
            i += 3
            continue
        if tok.text in ";:" and i + 1 < n and _words_follow(toks, i + 1):
            spaced = tok.end < len(text) and text[tok.end].isspace()
            if tok.text == ";" or (spaced and _clause_follows(toks, i + 1, verbs, enum)):
                cuts.append(_Cut(i, i + 1, "hard"))
                main, relative, anchored = None, False, False
            i += 1
            continue
        if tok.low in _RELATIVE:
            relative = True
        if main is None:
            form = _verb(toks, i, verbs)
            if form is not None:
                main = form
                i += 1
                continue
            if tok.low in _MODALS:
                anchored = True
        if (main is not None or anchored) and (tok.low == "and" or tok.text == ","):
            cut = _coordination(toks, i, main, relative, verbs)
            if cut is not None:
                cuts.append(cut)
                relative = False
                if cut.kind == "subject":
                    main, anchored = None, False
                i = cut.right_start
                continue
        i += 1
    return cuts


def _words_follow(toks: list[_Tok], i: int) -> bool:
    """True when a word other than a conjunction follows before the next ";"."""
    for tok in toks[i:]:
        if tok.text == ";":
            return False
        if tok.text[0].isalnum() and tok.low not in _CONNECTORS:
            return True
    return False


def _clause_follows(toks: list[_Tok], i: int, verbs: ReportingVerbs, enum: set[int]) -> bool:
    if i in enum:
        return True
    for j in range(i, len(toks)):
        if toks[j].text == ";":
            return False
        if toks[j].low in _MODALS or _verb(toks, j, verbs) is not None:
            return True
    return False


def _coordination(
    toks: list[_Tok], i: int, main: VerbForm | None, relative: bool, verbs: ReportingVerbs
) -> _Cut | None:
    """A cut at the connector starting at token ``i`` ("," or "and"), if a clause follows."""
    n = len(toks)
    j = i
    comma = toks[j].text == ","
    if comma:
        j += 1
    if j < n and toks[j].low == "and":
        j += 1
    elif not comma:
        return None
    if j >= n:
        return None
    k = j
    while k < n and toks[k].low in _ADVERBS:
        k += 1
    if main is not None and k < n and (not relative or comma):
        form = _verb(toks, k, verbs)
        if form is not None and form.form == main.form and _takes_object(toks, k, form):
            return _Cut(i, j, "coord")
    if (comma and toks[j - 1].low == "and" and toks[j].low in _SUBJECT_START | {"we"}) or (
        comma and toks[j - 1].low == "and" and toks[j].text[:1].isupper()
    ):
        end = _subject_end(toks, j, verbs)
        if end is not None:
            return _Cut(i, j, "subject")
    return None


def _takes_object(toks: list[_Tok], k: int, form: VerbForm) -> bool:
    if k + 1 >= len(toks) or (not toks[k + 1].text[0].isalnum() and toks[k + 1].text not in '(“"'):
        return False
    return not (form.adjectival and form.form == "ed" and toks[k + 1].low not in _OBJECT_START)


def _subject_end(toks: list[_Tok], j: int, verbs: ReportingVerbs) -> int | None:
    """Index of the verb group after a subject starting at ``j`` (at most 10 words)."""
    for k in range(j + 1, min(j + 11, len(toks))):
        tok = toks[k]
        if tok.text in ",;:()" or (tok.low in {"and", "that", "which", "who"} and k > j + 1):
            if tok.low != "and":
                return None
            continue
        if tok.low in _MODALS:
            return k
        if _verb(toks, k, verbs) is not None:
            return k
    return None


def clause_spans(
    text: str, start: int, end: int, verbs: ReportingVerbs | None = None
) -> list[ClauseSpan]:
    """Split the sentence ``text[start:end]`` into clauses with actor and predicate.

    Args:
        text: The whole statement text.
        start: Sentence start.
        end: Sentence end.
        verbs: The reporting-verb lexicon (the packaged one by default).

    Returns:
        Clauses in order; one clause covering the sentence when nothing splits it.

    Example:
        >>> t = "We reaffirm our Alliance and welcome new partners."
        >>> [(t[c.start:c.end], c.actor, c.predicate) for c in clause_spans(t, 0, len(t))]
        [('We reaffirm our Alliance', 'We', 'reaffirm'), ('welcome new partners.', 'We', 'welcome')]
    """
    lexicon = verbs or load_reporting_verbs()
    toks = _tokens(text, start, end)
    if not toks:
        return [ClauseSpan(start, end, None, None)]
    cuts = _find_cuts(toks, text, lexicon)
    ranges: list[tuple[int, int, str]] = []
    first, kind = 0, "start"
    for cut in cuts:
        ranges.append((first, cut.left_end, kind))
        first, kind = cut.right_start, cut.kind
        while first < len(toks) - 1 and toks[first].low in _CONNECTORS:
            first += 1
    ranges.append((first, len(toks), kind))
    out: list[ClauseSpan] = []
    actor: str | None = None
    for lo, hi, how in ranges:
        if lo >= hi or not any(t.text[0].isalnum() for t in toks[lo:hi]):
            continue
        c_start = toks[lo].start
        c_end = end if hi == len(toks) else toks[hi - 1].end
        predicate, subject = _predicate_and_actor(toks, lo, hi, text, lexicon)
        if subject is not None:
            actor = subject
        elif how == "start" or (how == "hard" and predicate is None and not _verb_first(toks[lo])):
            actor = None
        out.append(ClauseSpan(c_start, c_end, actor, predicate))
    return out or [ClauseSpan(start, end, None, None)]


def _predicate_and_actor(
    toks: list[_Tok], lo: int, hi: int, text: str, verbs: ReportingVerbs
) -> tuple[str | None, str | None]:
    for k in range(lo, hi):
        if toks[k].depth > 0:
            continue
        form = _verb(toks, k, verbs)
        if form is None:
            continue
        g = k
        while g > lo and toks[g - 1].low in _AUXILIARIES:
            g -= 1
        return form.base, _subject(toks, lo, g, text)
    for k in range(lo + 1, hi):  # no reporting verb: the subject of a modal ("We will work")
        if toks[k].depth == 0 and toks[k].low in _MODALS:
            return None, _subject(toks, lo, k, text)
    return None, None


def _verb_first(tok: _Tok) -> bool:
    """True when a fragment likely starts with an elided-subject verb ("expand ties")."""
    return (
        tok.text[0].islower()
        and tok.low not in _DETERMINERS
        and not tok.low.endswith(_NOUN_ENDINGS)
    )


def _subject(toks: list[_Tok], lo: int, g: int, text: str) -> str | None:
    """The subject phrase before the verb group starting at token ``g``."""
    if lo < len(toks) and toks[lo].text == "(" and lo + 2 < g and toks[lo + 2].text == ")":
        lo += 3  # an enumeration marker
    segments: list[tuple[int, int]] = []
    seg = lo
    for k in range(lo, g):
        if toks[k].text == "," and toks[k].depth == 0:
            segments.append((seg, k))
            seg = k + 1
    segments.append((seg, g))
    a, b = segments[-1]
    if a >= b and len(segments) > 1:
        a, b = segments[0]  # "We, the Leaders, reaffirm": the appositive closes with a comma
    while a < b and toks[a].low in _LEADING:
        a += 1
    if a >= b:
        return None
    return text[toks[a].start : toks[b - 1].end]

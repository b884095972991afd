"""Clauses inside a sentence: rule-based split, actor and predicate, driven by a verb lexicon.

The lexicon (``lexicon/reporting_verbs.toml``) has reporting and stance verbs (``[verbs]``:
reaffirm, welcome, condemn ...) and commitment and action verbs (``[actions]``: deepen,
expand, work, plan ...). A sentence is cut

* after ";" and after ":" when a clause follows (a lexicon verb, a modal or an inline
  enumeration);
* before inline enumerations "(1) … (2) …", "(a) … (b) …", "(i) … (ii) …";
* before ", and VERB", "and VERB" and ", VERB" where VERB is a lexicon verb inflected like
  the current clause's verb and the clause already has its verb (so "Japan and the United
  States reaffirm" stays whole); the new clause inherits the actor. An action verb does not
  cut once an infinitive or a modal complement stands in the clause ("agree to expand trade
  and promote investment", "affirm that standards will ensure X and protect Y"), nor does a
  verb that shares its object with a like verb before "and" ("condemn and counter terrorism");
* before ", and SUBJECT VERB" / ", and SUBJECT will" (the new clause gets SUBJECT as its actor).

Nothing is cut inside parentheses or quotes, inside noun-phrase coordination (no verb follows
"and"), inside relative clauses (after "which"/"who" only a comma-led verb may start a clause),
before "and that", or before "and to VERB": a coordinated infinitive belongs to the verb that
governs it ("call on the DPRK to respect X and to resolve Y"). Joining words and punctuation
(",", ";", ":", "and") belong to no clause:
``"We reaffirm our Alliance and welcome new partners."`` gives ``"We reaffirm our Alliance"`` and
``"welcome new partners."``; the last clause keeps the sentence's final punctuation.

A clause's predicate is its first lexicon verb used as a finite verb: words that are also nouns
("work", "launch", "support") count only after a subject, an auxiliary, an adverb or a
conjunction; light verbs ("continue", "remain") yield to a lexicon verb right after them; an
"-ing" form counts after "are"/"is"/"continue"; a verb in a fronted phrase ("Building on the
Summit that was held in Paris, we resolve ...") yields to one after the comma.
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
_BEFORE_ING = frozenset(
    {"am", "is", "are", "was", "were", "been", "continue", "continues", "continued"}
)
_PRONOUNS = frozenset({"we", "they", "i", "he", "she", "it", "who", "which", "that", "you"})
# after these a word that is also a noun ("work", "launch") is a verb
_BEFORE_NOUN_VERB = (
    (_AUXILIARIES - {"continued", "remained", "to", "do", "does", "did"})
    | _ADVERBS
    | _PRONOUNS
    | _CONNECTORS
    | {"jointly", "together", "each", "both", "all", "not"}
)
# endings of words after "to" that are no base-form verb ("access to vulnerable people")
_NOT_BASE_VERB = (
    "ing",
    "ed",
    "s",
    "ly",
    "able",
    "ible",
    "al",
    "ous",
    "ive",
    "ic",
    "ion",
    "ment",
    "ity",
    "ness",
    "ary",
    "ful",
    "less",
    "ship",
    "ance",
    "ence",
    "est",
    "ern",
    "ian",
)
_PREPOSITIONS = _DETERMINERS - {"the", "a", "an", "our", "their", "its", "this", "these", "all"}
_PLURAL_DETERMINERS = frozenset(
    {"the", "our", "their", "these", "those", "both", "all", "many", "other", "two", "three"}
)
_HELP = frozenset({"help", "helps", "helped", "helping"})
_NOT_PLURAL = ("ss", "us", "is", "ous", "'s", "\u2019s")


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
    """The lexicon form of token ``i`` when it is used as a finite verb."""
    tok = toks[i]
    form = verbs.get(tok.text)
    if form is None or not tok.text[0].isalpha():
        return None
    if form.form == "ing" and not _progressive(toks, i):
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
    if form.noun and not _verb_slot(toks, i):
        return None
    if form.form == "ed" and nxt == "by" and prev not in _AUXILIARIES:
        return None  # a participle phrase: ", led by the Secretary,"
    return form


def _progressive(toks: list[_Tok], i: int) -> bool:
    """True when the -ing form at ``i`` follows "are", "is", "continue" ("are deepening")."""
    j = i - 1
    while j >= 0 and (toks[j].low in _ADVERBS or toks[j].low in {"not", "now", "already"}):
        j -= 1
    return j >= 0 and toks[j].low in _BEFORE_ING


def _verb_slot(toks: list[_Tok], i: int) -> bool:
    """True when a word that is also a noun stands where a finite verb can ("We work on")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if i == 0:  # lowercase: an elided subject; capitalized: an imperative ("Launch a group")
        return toks[i].text[0].islower() or (
            nxt is not None and nxt.text[0].isalpha() and nxt.low not in _PREPOSITIONS
        )
    if toks[i].text[0].isupper():
        return False  # part of a name: "the United States", "Member States"
    prev = toks[i - 1]
    if prev.low in _BEFORE_NOUN_VERB or prev.low.endswith("ly") or prev.low == "to":
        return True  # "to" only reaches here after an auxiliary: "continue to support"
    if prev.text == ")":  # after an enumeration marker "(a) work on", "2) launch"
        return i >= 2 and len(toks[i - 2].text) <= 4
    word = prev.text
    if word[0].isupper() and i > 1:  # a proper-noun subject: "the United States support"
        return True
    if not (word[0].islower() and word.endswith("s") and not word.endswith(_NOT_PLURAL)):
        return False
    # a plural subject ("the leaders work", "Quad partners support"), not a verb ("requires")
    before = toks[i - 2].text if i > 1 else ""
    return before.lower() in _PLURAL_DETERMINERS or before[:1].isupper()


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
    infinitive = False  # a "to VERB", or a modal after the verb, was seen in the clause
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
                main, relative, anchored, infinitive = None, False, False, False
            i += 1
            continue
        if tok.low in _RELATIVE:
            relative = True
        if _infinitive(toks, i, verbs) or (main is not None and tok.low in _MODALS):
            infinitive = True  # base forms that follow belong to the infinitive or modal
        if main is None:
            form = _verb(toks, i, verbs)
            if form is not None and not _in_infinitive_list(toks, i, form, infinitive):
                main = form
                i += 1
                continue
            if tok.low in _MODALS:
                anchored = True
        if (main is not None or anchored) and (tok.low == "and" or tok.text == ","):
            cut = _coordination(toks, i, main, relative, infinitive, verbs)
            if cut is not None:
                cuts.append(cut)
                relative = False
                if cut.kind == "subject":
                    main, anchored, infinitive = None, False, False
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


def _infinitive(toks: list[_Tok], i: int, verbs: ReportingVerbs) -> bool:
    """True when token ``i`` opens an infinitive ("agree to expand", "help stem").

    A "to" after an auxiliary belongs to the verb group ("will continue to expand").
    """
    if toks[i].low in _HELP:
        return True  # "help stem X, absorb Y and reduce Z": a bare infinitive follows
    if toks[i].low != "to" or i + 1 >= len(toks) or (i > 0 and toks[i - 1].low in _AUXILIARIES):
        return False
    j = i + 1
    if j + 1 < len(toks) and toks[j].low.endswith("ly") and toks[j + 1].low not in _OBJECT_START:
        j += 1  # "to urgently identify"
    nxt = toks[j]
    word = nxt.low
    if not (nxt.text[0].islower() and nxt.text[0].isalpha()) or word in _OBJECT_START:
        return False
    known = verbs.get(word)
    if known is not None:
        return known.form == "base"
    return word.endswith(("ss", "eed", "ply", "plement")) or not word.endswith(_NOT_BASE_VERB)


def _in_infinitive_list(toks: list[_Tok], i: int, form: VerbForm, infinitive: bool) -> bool:
    """True for an action verb inside an infinitive list ("to elevate X, accelerate Y")."""
    return infinitive and form.action and i > 0 and toks[i - 1].low in _CONNECTORS


def _coordination(
    toks: list[_Tok],
    i: int,
    main: VerbForm | None,
    relative: bool,
    infinitive: bool,
    verbs: ReportingVerbs,
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
    before = toks[i - 1].low
    if not comma and (before.endswith("ly") or before in _DETERMINERS):
        return None  # "fully and unequivocally accept", "work with and help"
    k = j
    while k < n and toks[k].low in _ADVERBS:
        k += 1
    if main is not None and k < n and (not relative or comma):
        form = _verb(toks, k, verbs)
        if (
            form is not None
            and form.coordinates
            and not (form.action and infinitive)
            and form.form == main.form
            and _takes_object(toks, k, form)
            and not _shared_object(toks, i, form, verbs)
        ):
            return _Cut(i, j, "coord")
    if (comma and toks[j - 1].low == "and" and toks[j].low in _SUBJECT_START | {"we"}) or (
        comma and toks[j - 1].low == "and" and toks[j].text[:1].isupper()
    ):
        end = _subject_end(toks, j, verbs)
        if end is not None:
            return _Cut(i, j, "subject")
    return None


def _shared_object(toks: list[_Tok], i: int, form: VerbForm, verbs: ReportingVerbs) -> bool:
    """True for "condemn and counter terrorism": a like verb before "and" shares the object."""
    if toks[i].text == ",":
        return False
    left = _verb(toks, i - 1, verbs)
    return left is not None and left.form == form.form


def _takes_object(toks: list[_Tok], k: int, form: VerbForm) -> bool:
    if k + 1 >= len(toks) or (not toks[k + 1].text[0].isalnum() and toks[k + 1].text not in '(“"'):
        return False
    if toks[k + 1].low in {"or", "nor"}:
        return False  # "express or implied"
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

    Examples:
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
        predicate, subject = _predicate_and_actor(toks, lo, hi, text, lexicon, how == "coord")
        if subject is not None:
            actor = subject
        elif how == "start" or (how == "hard" and predicate is None and not _verb_first(toks[lo])):
            actor = None
        out.append(ClauseSpan(c_start, c_end, actor, predicate))
    return out or [ClauseSpan(start, end, None, None)]


def _predicate_and_actor(
    toks: list[_Tok], lo: int, hi: int, text: str, verbs: ReportingVerbs, elided: bool
) -> tuple[str | None, str | None]:
    first = lo + 3 if _is_marker(toks, lo) else lo
    infinitive = False
    for k in range(lo, hi):
        if toks[k].depth > 0:
            continue
        infinitive = infinitive or _infinitive(toks, k, verbs)
        form = _verb(toks, k, verbs)
        if form is None:
            continue
        if _in_infinitive_list(toks, k, form, infinitive):
            continue
        if form.light and _yields(toks, k, hi, verbs):
            continue
        if form.adjectival and form.form == "ed" and not elided:
            nxt = toks[k + 1].low if k + 1 < hi else ""
            after_connector = k > first and toks[k - 1].low in _CONNECTORS
            if nxt not in _OBJECT_START and (k == first or after_connector):
                continue  # "enhanced cooperation", "unity and coordinated action": adjectives
        if _fronted(toks, first, k, hi):
            later = _predicate_and_actor(toks, _comma_after(toks, k, hi) + 1, hi, text, verbs, True)
            if later[0] is not None:
                return later
        g = k
        while g > lo and (toks[g - 1].low in _AUXILIARIES or _adverb(toks[g - 1])):
            g -= 1
        return form.base, _subject(toks, lo, g, text)
    for k in range(lo + 1, hi):  # no reporting verb: the subject of a modal ("We will work")
        if toks[k].depth == 0 and toks[k].low in _MODALS:
            return None, _subject(toks, lo, k, text)
    return None, None


def _fronted(toks: list[_Tok], first: int, k: int, hi: int) -> bool:
    """True when the verb at ``k`` lies in a fronted phrase before the clause's subject.

    "Building on the Summit that was held in Paris, we express ...": the clause opens with a
    preposition, "As", "To" or an -ing word, and a comma follows the verb.
    """
    if first >= hi:
        return False
    opener = toks[first].low
    fronted = opener in _PREPOSITIONS or opener in {"as", "while", "when", "if", "since"}
    if not (fronted or opener.endswith("ing")) or _comma_after(toks, first, k) < k:
        return False
    return _comma_after(toks, k, hi) < hi - 1


def _comma_after(toks: list[_Tok], k: int, hi: int) -> int:
    """Index of the first top-level comma after ``k`` (``hi`` when there is none)."""
    return next((j for j in range(k + 1, hi) if toks[j].text == "," and toks[j].depth == 0), hi)


def _adverb(tok: _Tok) -> bool:
    return tok.text.islower() and tok.low.endswith("ly")


def _is_marker(toks: list[_Tok], lo: int) -> bool:
    return lo + 2 < len(toks) and toks[lo].text == "(" and toks[lo + 2].text == ")"


def _yields(toks: list[_Tok], k: int, hi: int, verbs: ReportingVerbs) -> bool:
    """True when a light verb at ``k`` is followed by the verb that carries the clause."""
    for j in range(k + 1, min(k + 4, hi)):
        if toks[j].low in _ADVERBS or toks[j].low == "to":
            continue
        return _verb(toks, j, verbs) is not None
    return False


def _verb_first(tok: _Tok) -> bool:
    """True when a fragment likely starts with an elided-subject verb ("expand ties")."""
    return (
        tok.text[0].islower()
        and tok.low not in _DETERMINERS
        and not tok.low.endswith(_NOUN_ENDINGS)
    )


def _subject(toks: list[_Tok], lo: int, g: int, text: str) -> str | None:
    """The subject phrase before the verb group starting at token ``g``."""
    if _is_marker(toks, lo) and lo + 2 < g:
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

"""Verbs, predicate and actor of a clause: the word rules the clause splitter reads.

:func:`tokenize` turns a sentence into :class:`Tok` tokens with their bracket and quote
depth. :func:`finite_verb` tells whether a token is a lexicon verb used as a finite verb
(``lexicon/reporting_verbs.toml``), and :func:`predicate_and_actor` finds a clause's
predicate and subject.

A clause's predicate is its first lexicon verb used as a finite verb: words that are also nouns
("work", "launch", "support") count only after a subject, an auxiliary, an adverb or a
conjunction; light verbs ("continue", "remain") yield to a lexicon verb right after them; an
"-ing" form counts after "are"/"is"/"continue"; an adjectival stance (the ``[adjectives]`` table:
"We are concerned", "remain gravely concerned", "were determined to") counts after a copula and
gives its base verb, though it never cuts a clause; a verb in a fronted phrase ("Building on the
Summit that was held in Paris, we resolve ...") yields to one after the comma.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.verbs import ReportingVerbs, VerbForm
from statementdiff.segment.grammar import CONNECTORS, Grammar

__all__ = [
    "ADVERBS",
    "CONNECTORS",
    "DETERMINERS",
    "MODALS",
    "OBJECT_START",
    "Grammar",
    "Tok",
    "finite_verb",
    "in_infinitive_list",
    "opens_infinitive",
    "predicate_and_actor",
    "tokenize",
    "verb_first",
]

_TOKEN = re.compile("\\w+(?:[\u2019'.-]\\w+)*\\.?|[^\\w\\s]")

# The word lists are data (the [grammar] table, lexicon/grammar.toml): every function takes
# the lexicon's compiled Grammar. The constants below are the built-in lexicon's, for
# readers that need no lexicon; the suffix lists are rules of this module.
_BUILTIN = Lexicon.default().clause_grammar
DETERMINERS = _BUILTIN.determiners
"""The built-in determiners and prepositions (see :class:`Grammar`)."""
ADVERBS = _BUILTIN.adverbs
"""The built-in adverbs that may stand before a verb."""
MODALS = _BUILTIN.modals
"""The built-in modal verbs."""
OBJECT_START = _BUILTIN.object_start
"""The built-in words that start an object."""
_NOUN_ENDINGS = ("ing", "s", "ed", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship")
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
_HELP = frozenset({"help", "helps", "helped", "helping"})
_NOT_PLURAL = ("ss", "us", "is", "ous", "'s", "\u2019s")


class Tok(NamedTuple):
    """A word or punctuation token: offsets in the statement text, text, lower case, depth.

    A named tuple rather than a frozen dataclass: a sentence makes one per word, and a tuple
    is made several times faster (tokenizing was a third of segmenting a G7 communiqué).
    """

    start: int
    end: int
    text: str
    low: str
    depth: int


_MARKS = frozenset('()[]“”"')
"""The tokens that open or close a bracket or quote (each is its own lower case)."""


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``; inside brackets or quotes ``depth`` is above 0."""
    out: list[Tok] = []
    depth = 0
    straight = False
    make = tuple.__new__  # what Tok(...) calls, without its Python frame
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word in _MARKS:
            if word in ")]”" or (word == '"' and straight):
                depth = max(0, depth - 1)
            out.append(make(Tok, (m.start(), m.end(), word, word, depth)))
            if word == '"':
                straight = not straight
            if word in "([“" or (word == '"' and straight):
                depth += 1
        else:
            out.append(make(Tok, (m.start(), m.end(), word, word.lower(), depth)))
    if depth:  # unbalanced brackets or quotes: protect nothing rather than everything
        return [Tok(t.start, t.end, t.text, t.low, 0) for t in out]
    return out


def finite_verb(
    toks: list[Tok], i: int, verbs: ReportingVerbs, grammar: Grammar
) -> VerbForm | None:
    """The lexicon form of token ``i`` when it is used as a finite verb."""
    tok = toks[i]
    form = verbs.get(tok.text)
    if form is None or not tok.text[0].isalpha():
        return None
    if form.form == "ing" and not _progressive(toks, i, grammar):
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if form.particles and nxt not in form.particles:
        return None
    if nxt in {"of"} or (nxt == "for" and "for" not in form.particles):
        return None
    prev = toks[i - 1].low if i > 0 else ""
    aux = grammar.auxiliaries
    if prev in grammar.determiners and not (prev == "to" and i > 1 and toks[i - 2].low in aux):
        return None
    if i > 0 and toks[i - 1].text.endswith(("\u2019s", "'s")):
        return None
    if form.noun and not _verb_slot(toks, i, grammar):
        return None
    if form.form == "ed" and nxt == "by" and prev not in aux:
        return None  # a participle phrase: ", led by the Secretary,"
    return form


def _stance_adjective(
    toks: list[Tok], i: int, verbs: ReportingVerbs, grammar: Grammar
) -> VerbForm | None:
    """The verb of an adjectival stance at token ``i`` after a copula ("are deeply concerned")."""
    form = verbs.adjectives.get(toks[i].low.rstrip("."))  # "are united."
    if form is None or not toks[i].text.islower():
        return None
    j = i - 1
    adverbs = grammar.adverbs
    while j >= 0 and (toks[j].low in adverbs or toks[j].low == "not" or _adverb(toks[j])):
        j -= 1
    return form if j >= 0 and toks[j].low in grammar.copulas else None


def _progressive(toks: list[Tok], i: int, grammar: Grammar) -> bool:
    """True when the -ing form at ``i`` follows "are", "is", "continue" ("are deepening")."""
    j = i - 1
    while j >= 0 and (toks[j].low in grammar.adverbs or toks[j].low in {"not", "now", "already"}):
        j -= 1
    return j >= 0 and toks[j].low in grammar.before_ing


def _verb_slot(toks: list[Tok], i: int, grammar: Grammar) -> bool:
    """True when a word that is also a noun stands where a finite verb can ("We work on")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if i == 0:  # lowercase: an elided subject; capitalized: an imperative ("Launch a group")
        return toks[i].text[0].islower() or (
            nxt is not None and nxt.text[0].isalpha() and nxt.low not in grammar.prepositions
        )
    if toks[i].text[0].isupper():
        return False  # part of a name: "the United States", "Member States"
    prev = toks[i - 1]
    if prev.low in grammar.before_noun_verb or prev.low.endswith("ly") or prev.low == "to":
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
    return before.lower() in grammar.plural_determiners or before[:1].isupper()


def opens_infinitive(toks: list[Tok], i: int, verbs: ReportingVerbs, grammar: Grammar) -> bool:
    """True when token ``i`` opens an infinitive ("agree to expand", "help stem").

    A "to" after an auxiliary belongs to the verb group ("will continue to expand").
    """
    if toks[i].low in _HELP:
        return True  # "help stem X, absorb Y and reduce Z": a bare infinitive follows
    if (
        toks[i].low != "to"
        or i + 1 >= len(toks)
        or (i > 0 and toks[i - 1].low in grammar.auxiliaries)
    ):
        return False
    objects = grammar.object_start
    j = i + 1
    if j + 1 < len(toks) and toks[j].low.endswith("ly") and toks[j + 1].low not in objects:
        j += 1  # "to urgently identify"
    nxt = toks[j]
    word = nxt.low
    if not (nxt.text[0].islower() and nxt.text[0].isalpha()) or word in objects:
        return False
    known = verbs.get(word)
    if known is not None:
        return known.form == "base"
    return word.endswith(("ss", "eed", "ply", "plement")) or not word.endswith(_NOT_BASE_VERB)


def in_infinitive_list(toks: list[Tok], i: int, form: VerbForm, infinitive: bool) -> bool:
    """True for an action verb inside an infinitive list ("to elevate X, accelerate Y")."""
    return infinitive and form.action and i > 0 and toks[i - 1].low in CONNECTORS


def predicate_and_actor(
    toks: list[Tok], lo: int, hi: int, verbs: ReportingVerbs, grammar: Grammar, elided: bool
) -> tuple[str | None, tuple[int, int] | None]:
    """The predicate (base form) and where the subject phrase of the clause ``toks[lo:hi]`` stands.

    ``elided`` is True for a clause cut at a coordinated verb, whose subject is left out.
    The subject is returned as its ``(start, end)`` offsets in the statement text, the one
    place the pipeline finds a clause's actor (annotation and labelling read it from
    :attr:`statementdiff.models.Clause.actor_span`).

    A verb in a fronted phrase yields to the predicate after the phrase's comma, if there
    is one; phrases after phrases ("As agreed, as noted, we resolve") are followed in a
    loop, in time linear in the clause.
    """
    fallback: tuple[str, tuple[int, int] | None] | None = None
    while True:
        predicate, subject, after = _predicate_here(toks, lo, hi, verbs, grammar, elided)
        if after is None:
            if predicate is None and fallback is not None:
                return fallback
            return predicate, subject
        assert predicate is not None
        fallback = (predicate, subject)  # the fronted verb, when nothing follows the phrase
        lo, elided = after, True


def _predicate_here(
    toks: list[Tok], lo: int, hi: int, verbs: ReportingVerbs, grammar: Grammar, elided: bool
) -> tuple[str | None, tuple[int, int] | None, int | None]:
    """The first predicate of ``toks[lo:hi]``, its subject, and where to look on.

    The third item is the token after the fronted phrase's comma when the predicate
    stands in a fronted phrase, and None otherwise.
    """
    first = lo + 3 if _is_marker(toks, lo) else lo
    infinitive = False
    for k in range(lo, hi):
        if toks[k].depth > 0:
            continue
        infinitive = infinitive or opens_infinitive(toks, k, verbs, grammar)
        form = finite_verb(toks, k, verbs, grammar) or _stance_adjective(toks, k, verbs, grammar)
        if form is None:
            continue
        if in_infinitive_list(toks, k, form, infinitive):
            continue
        if form.light and _yields(toks, k, hi, verbs, grammar):
            continue
        if form.adjectival and form.form == "ed" and not elided:
            nxt = toks[k + 1].low if k + 1 < hi else ""
            after_connector = k > first and toks[k - 1].low in CONNECTORS
            if nxt not in grammar.object_start and (k == first or after_connector):
                continue  # "enhanced cooperation", "unity and coordinated action": adjectives
        g = k
        while g > lo and (toks[g - 1].low in grammar.auxiliaries or _adverb(toks[g - 1])):
            g -= 1
        fronted = _fronted(toks, first, k, hi, grammar)
        after = _comma_after(toks, k, hi) + 1 if fronted else None
        return form.base, _subject(toks, lo, g, grammar), after
    for k in range(lo + 1, hi):  # no reporting verb: the subject of a modal ("We will work")
        if toks[k].depth == 0 and toks[k].low in grammar.modals:
            return None, _subject(toks, lo, k, grammar), None
    return None, None, None


def _fronted(toks: list[Tok], first: int, k: int, hi: int, grammar: Grammar) -> bool:
    """True when the verb at ``k`` lies in a fronted phrase before the clause's subject.

    "Building on the Summit that was held in Paris, we express ...": the clause opens with a
    preposition, "As", "To" or an -ing word, and a comma follows the verb.
    """
    if first >= hi:
        return False
    opener = toks[first].low
    fronted = opener in grammar.prepositions or opener in {"as", "while", "when", "if", "since"}
    if not (fronted or opener.endswith("ing")) or _comma_after(toks, first, k) < k:
        return False
    return _comma_after(toks, k, hi) < hi - 1


def _comma_after(toks: list[Tok], k: int, hi: int) -> int:
    """Index of the first top-level comma after ``k`` (``hi`` when there is none)."""
    return next((j for j in range(k + 1, hi) if toks[j].text == "," and toks[j].depth == 0), hi)


def _adverb(tok: Tok) -> bool:
    return tok.text.islower() and tok.low.endswith("ly")


def _is_marker(toks: list[Tok], lo: int) -> bool:
    return lo + 2 < len(toks) and toks[lo].text == "(" and toks[lo + 2].text == ")"


def _yields(toks: list[Tok], k: int, hi: int, verbs: ReportingVerbs, grammar: Grammar) -> bool:
    """True when a light verb at ``k`` is followed by the verb that carries the clause."""
    for j in range(k + 1, min(k + 5, hi)):
        if toks[j].low in grammar.adverbs or toks[j].low in {"to", "be"} or _adverb(toks[j]):
            continue  # "continue to be deeply concerned"
        if _stance_adjective(toks, j, verbs, grammar) is not None:
            return True  # "remain gravely concerned"
        return finite_verb(toks, j, verbs, grammar) is not None
    return False


def verb_first(tok: Tok, grammar: Grammar) -> bool:
    """True when a fragment likely starts with an elided-subject verb ("expand ties")."""
    return (
        tok.text[0].islower()
        and tok.low not in grammar.determiners
        and not tok.low.endswith(_NOUN_ENDINGS)
    )


_DASHES = frozenset({"\u2013", "\u2014"})
"""The dashes that set off an appositive ("We \u2013 the Leaders of … \u2013 met")."""


def _subject(toks: list[Tok], lo: int, g: int, grammar: Grammar) -> tuple[int, int] | None:
    """Where the subject phrase before the verb group starting at token ``g`` stands."""
    if _is_marker(toks, lo) and lo + 2 < g:
        lo += 3  # an enumeration marker
    if g - lo >= 3 and toks[g - 1].text in _DASHES:
        # "We — the Leaders of Australia, India, Japan and the United States — convened",
        # "Today, we — Prime Minister Albanese of Australia, … — met": the appositive
        # between two dashes says who "we" are; the subject is the pronoun
        opening = next((j for j in range(lo, g - 2) if toks[j].text == toks[g - 1].text), None)
        if opening is not None and opening > lo and toks[opening - 1].low in grammar.pronouns:
            return toks[opening - 1].start, toks[opening - 1].end
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
        if toks[a].low not in grammar.pronouns and any(
            toks[j].low == "and" for j in range(*segments[-2])
        ):
            # "Japan, the ROK and the United States, are working": a serial list of names
            # set off by a comma before its verb is the whole subject, after any opening
            # phrase ("In addition, Japan and the United States, will")
            first = 0
            while first < len(segments) - 2 and (
                toks[segments[first][0]].low in grammar.prepositions
                or toks[segments[first][0]].low in grammar.adverbs
            ):
                first += 1
            a, b = segments[first][0], segments[-2][1]
    while a < b and toks[a].low in grammar.leading:
        a += 1
    if a >= b:
        return None
    return toks[a].start, toks[b - 1].end

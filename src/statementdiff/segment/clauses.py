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

The predicate and actor of each clause are found by :mod:`statementdiff.segment.predicates`;
where the actor is written, once for the whole pipeline, by :mod:`statementdiff.segment.actor`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.verbs import ReportingVerbs, VerbForm
from statementdiff.segment.actor import actor_span
from statementdiff.segment.actor_words import ActorWords
from statementdiff.segment.grammar import CONNECTORS, Grammar
from statementdiff.segment.predicates import (
    Tok,
    finite_verb,
    in_infinitive_list,
    opens_infinitive,
    predicate_and_actor,
    tokenize,
    verb_first,
)

__all__ = ["ClauseSpan", "clause_spans"]

_ENUM = re.compile(r"\((\d{1,2}|[a-z]|[ivx]{1,5})\)")
_ENUM_FIRST = frozenset({"1", "a", "i"})

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
_RELATIVE = frozenset({"which", "who", "whom", "whose"})


@dataclass(frozen=True, slots=True)
class ClauseSpan:
    """A clause found in a sentence.

    Attributes:
        start: Start offset in the statement text.
        end: End offset (exclusive).
        actor: Subject phrase as written, or None; a clause that elides its subject
            inherits the previous clause's ("We reaffirm X and welcome Y": both "We").
        predicate: Base form of the main reporting verb, or None.
        actor_span: Where the clause's actor is written inside it, as ``(start, end)``
            offsets in the statement text (see :func:`statementdiff.segment.actor.actor_span`);
            None when the actor is inherited or absent.
    """

    start: int
    end: int
    actor: str | None
    predicate: str | None
    actor_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class _Cut:
    left_end: int  # token index: the previous clause ends before this token
    right_start: int  # token index: the next clause starts at this token
    kind: str  # "hard", "enum", "coord" or "subject"


def _enum_cuts(toks: list[Tok], text: str) -> list[int]:
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


def _find_cuts(toks: list[Tok], text: str, verbs: ReportingVerbs, grammar: Grammar) -> list[_Cut]:
    cuts: list[_Cut] = []
    enum = set(_enum_cuts(toks, text))
    ahead = _Lookahead(toks, verbs, grammar, enum)
    modals = grammar.modals
    main: VerbForm | None = None  # predicate of the current clause
    main_at = -1  # where it stands
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
        if tok.text in ";:" and i + 1 < n and ahead.words_follow(i + 1):
            spaced = tok.end < len(text) and text[tok.end].isspace()
            if tok.text == ";" or (spaced and ahead.clause_follows(i + 1)):
                cuts.append(_Cut(i, i + 1, "hard"))
                main, relative, anchored, infinitive = None, False, False, False
            i += 1
            continue
        if tok.low in _RELATIVE:
            relative = True
        if opens_infinitive(toks, i, verbs, grammar) or (main is not None and tok.low in modals):
            infinitive = True  # base forms that follow belong to the infinitive or modal
        if main is None:
            form = finite_verb(toks, i, verbs, grammar)
            if form is not None and not in_infinitive_list(toks, i, form, infinitive):
                main, main_at = form, i
                i += 1
                continue
            if tok.low in modals:
                anchored = True
        if (main is not None or anchored) and (tok.low == "and" or tok.text == ","):
            # "They reaffirmed, and encouraged others to embrace, X": the verb right before
            bare = main_at == (i - 2 if toks[i - 1].text == "," else i - 1)
            cut = _coordination(toks, i, main, relative, infinitive, verbs, grammar)
            if cut is not None and cut.kind == "coord" and bare:
                cut = None  # the first verb's object is the second's: one clause
            if cut is not None:
                cuts.append(cut)
                relative = False
                if cut.kind == "subject":
                    main, anchored, infinitive = None, False, False
                i = cut.right_start
                continue
        i += 1
    return cuts


class _Lookahead:
    """What follows each token up to the next ";", each answer found in one backward pass.

    Asking from every ";" or ":" of a long sentence by scanning forward would take time
    quadratic in the number of tokens (``"a; " * 40_000``); the answers are computed once,
    from the end, the first time they are asked for.
    """

    def __init__(
        self, toks: list[Tok], verbs: ReportingVerbs, grammar: Grammar, enum: set[int]
    ) -> None:
        self._toks = toks
        self._verbs = verbs
        self._grammar = grammar
        self._enum = enum
        self._words: list[bool] | None = None
        self._clause: list[bool] | None = None

    def words_follow(self, i: int) -> bool:
        """True when a word other than a conjunction stands at or after ``i`` before a ";"."""
        if self._words is None:
            toks = self._toks
            found = [False] * (len(toks) + 1)
            for j in range(len(toks) - 1, -1, -1):
                tok = toks[j]
                if tok.text == ";":
                    found[j] = False
                elif tok.text[0].isalnum() and tok.low not in CONNECTORS:
                    found[j] = True
                else:
                    found[j] = found[j + 1]
            self._words = found
        return self._words[i]

    def clause_follows(self, i: int) -> bool:
        """True when a clause opens at ``i``: an enumeration, or a verb or modal before a ";"."""
        if i in self._enum:
            return True
        if self._clause is None:
            toks, verbs, grammar = self._toks, self._verbs, self._grammar
            found = [False] * (len(toks) + 1)
            for j in range(len(toks) - 1, -1, -1):
                if toks[j].text == ";":
                    found[j] = False
                elif (
                    toks[j].low in grammar.modals
                    or finite_verb(toks, j, verbs, grammar) is not None
                ):
                    found[j] = True
                else:
                    found[j] = found[j + 1]
            self._clause = found
        return self._clause[i]


def _coordination(
    toks: list[Tok],
    i: int,
    main: VerbForm | None,
    relative: bool,
    infinitive: bool,
    verbs: ReportingVerbs,
    grammar: Grammar,
) -> _Cut | None:
    """A cut at the connector starting at token ``i`` ("," or "and"), if a clause follows."""
    n = len(toks)
    j = i
    # American style puts the comma inside the closing quote: 'as "a bridge to come," and
    # President Whitcombe pledged …' is ", and SUBJECT VERB" all the same
    comma = toks[j].text == "," or _quoted_comma(toks, i)
    if toks[j].text == ",":
        j += 1
    if j < n and toks[j].low == "and":
        j += 1
    elif not comma:
        return None
    if j >= n:
        return None
    before = toks[i - 1].low
    if not comma and (before.endswith("ly") or before in grammar.determiners):
        return None  # "fully and unequivocally accept", "work with and help"
    k = j
    while k < n and toks[k].low in grammar.adverbs:
        k += 1
    if main is not None and k < n and (not relative or comma):
        form = finite_verb(toks, k, verbs, grammar)
        if (
            form is not None
            and form.coordinates
            and not (form.action and infinitive)
            and form.form == main.form
            and _takes_object(toks, k, form, grammar)
            and not _shared_object(toks, i, form, verbs, grammar)
        ):
            return _Cut(i, j, "coord")
    if (comma and toks[j - 1].low == "and" and toks[j].low in _SUBJECT_START | {"we"}) or (
        comma and toks[j - 1].low == "and" and toks[j].text[:1].isupper()
    ):
        end = _subject_end(toks, j, verbs, grammar)
        if end is not None:
            return _Cut(i, j, "subject")
    return None


_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019"})


def _quoted_comma(toks: list[Tok], i: int) -> bool:
    """True when "and" at ``i`` follows a closing quote whose text ends in a comma."""
    return (
        i >= 2
        and toks[i].low == "and"
        and toks[i - 1].text in _CLOSING_QUOTES
        and toks[i - 1].depth == 0
        and toks[i - 2].text == ","
    )


def _shared_object(
    toks: list[Tok], i: int, form: VerbForm, verbs: ReportingVerbs, grammar: Grammar
) -> bool:
    """True for "condemn and counter terrorism": a like verb before "and" shares the object."""
    if toks[i].text == ",":
        return False
    left = finite_verb(toks, i - 1, verbs, grammar)
    return left is not None and left.form == form.form


def _takes_object(toks: list[Tok], k: int, form: VerbForm, grammar: Grammar) -> bool:
    if k + 1 >= len(toks) or (not toks[k + 1].text[0].isalnum() and toks[k + 1].text not in '(“"'):
        return False
    if toks[k + 1].low in {"or", "nor"}:
        return False  # "express or implied"
    objects = grammar.object_start
    return not (form.adjectival and form.form == "ed" and toks[k + 1].low not in objects)


def _subject_end(toks: list[Tok], j: int, verbs: ReportingVerbs, grammar: Grammar) -> int | None:
    """Index of the verb group after a subject starting at ``j`` (at most 10 words)."""
    for k in range(j + 1, min(j + 11, len(toks))):
        tok = toks[k]
        if tok.text in ",;:()" or (tok.low in {"and", "that", "which", "who"} and k > j + 1):
            if tok.low != "and":
                return None
            continue
        if tok.low in grammar.modals:
            return k
        if finite_verb(toks, k, verbs, grammar) is not None:
            return k
    return None


def clause_spans(
    text: str,
    start: int,
    end: int,
    verbs: ReportingVerbs | None = None,
    *,
    grammar: Grammar | None = None,
    actor_words: ActorWords | None = None,
) -> list[ClauseSpan]:
    """Split the sentence ``text[start:end]`` into clauses with actor and predicate.

    Args:
        text: The whole statement text.
        start: Sentence start.
        end: Sentence end.
        verbs: The reporting verbs (the built-in lexicon's when None).
        grammar: The function words of the splitter (the built-in lexicon's when None;
            :attr:`~statementdiff.lexicon.lexicon.Lexicon.clause_grammar`).
        actor_words: The words of actor phrases (the built-in lexicon's when None;
            :attr:`~statementdiff.lexicon.lexicon.Lexicon.actor_words`).

    Returns:
        Clauses in order; one clause covering the sentence when nothing splits it.

    Examples:
        >>> t = "We reaffirm our Alliance and welcome new partners."
        >>> [(t[c.start:c.end], c.actor, c.predicate) for c in clause_spans(t, 0, len(t))]
        [('We reaffirm our Alliance', 'We', 'reaffirm'), ('welcome new partners.', 'We', 'welcome')]
    """
    builtin = Lexicon.default()
    lexicon = verbs or builtin.reporting_verbs
    words = grammar or builtin.clause_grammar
    actors = actor_words or builtin.actor_words
    toks = tokenize(text, start, end)
    if not toks:
        return [ClauseSpan(start, end, None, None)]
    cuts = _find_cuts(toks, text, lexicon, words)
    ranges: list[tuple[int, int, str]] = []
    first, kind = 0, "start"
    skipped = (0, -1)  # toks[a:b] of the last skip are connectors and b is where it stopped
    for cut in cuts:
        ranges.append((first, cut.left_end, kind))
        first, kind = cut.right_start, cut.kind
        if skipped[0] <= first <= skipped[1]:
            first = skipped[1]  # inside the run already skipped ("a; ; ; ; b"): never rescan
        else:
            start_skip = first
            while first < len(toks) - 1 and toks[first].low in CONNECTORS:
                first += 1
            skipped = (start_skip, first)
    ranges.append((first, len(toks), kind))
    out: list[ClauseSpan] = []
    actor: str | None = None
    for lo, hi, how in ranges:
        if lo >= hi or not any(t.text[0].isalnum() for t in toks[lo:hi]):
            continue
        c_start = toks[lo].start
        c_end = end if hi == len(toks) else toks[hi - 1].end
        predicate, subject = predicate_and_actor(toks, lo, hi, lexicon, words, how == "coord")
        if subject is not None:
            actor = text[subject[0] : subject[1]]
        elif how == "start" or (
            how == "hard" and predicate is None and not verb_first(toks[lo], words)
        ):
            actor = None
        where = actor_span(text, c_start, c_end, subject, actor, actors)
        if subject is not None and where is not None and where[0] < subject[0]:
            actor = text[where[0] : where[1]]  # the names listed before the subject
        out.append(ClauseSpan(c_start, c_end, actor, predicate, where))
    return out or [ClauseSpan(start, end, None, None)]

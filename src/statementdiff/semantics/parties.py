"""Who makes a statement: its own parties, from its metadata or from its text.

The labeller, the brief and the correspondence signals all ask one question — which
countries speak in this statement — and answer it here, so that a U.S.-Japan statement
compared with a U.S.-ROK one treats "Japan" and "the ROK" as the counterpart roles they are
(no entity label, no finding, no dissimilarity), whether or not ``parties`` was given.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Sentence, Statement
from statementdiff.semantics.actor import COLLECTIVE_PLACEHOLDER, named_parties

__all__ = [
    "BODY_ACTOR_SHARE",
    "EARLY_SENTENCES",
    "MIN_ACTOR_CLAUSES",
    "MIN_NAMED",
    "own_parties",
]

EARLY_SENTENCES = 3
"""A country named in this many first sentences ..."""

MIN_NAMED = 3
"""... and at least this many times in all is one of the statement's makers."""

MIN_ACTOR_CLAUSES = 2
"""A party that is the actor of at least this many clauses is one of the makers."""

BODY_ACTOR_SHARE = 0.1
"""A body (not a country) that is the actor of this share of the clauses is a maker too."""


def own_parties(statement: Statement, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The statement's parties: its ``parties``, or, when it lists none, its makers.

    The makers of a joint statement name themselves at the start and throughout, and act
    in its clauses ("The United States and Japan committed …"). An opening "We, the
    leaders of X, Y and Z," says who "we" are outright: those countries (a known leader
    for his country, a format for its members, ``[brief.members]``) are the makers.
    Otherwise a country named in the first :data:`EARLY_SENTENCES` sentences and
    :data:`MIN_NAMED` times in all is one when it also takes a stance in a clause, or an
    opening sentence introduces it by the office of who speaks for it ("the Foreign
    Ministers of Japan and the Republic of Korea", "Jake Sullivan of the United States"):
    North Korea named early and often in a statement condemning its launches is spoken
    about, not speaking. A country that is the actor of :data:`MIN_ACTOR_CLAUSES` clauses
    or more is one too (a person the lexicon does not know is no party).

    Examples:
        >>> from statementdiff import parse
        >>> s = parse("China and the United States agree. China and the United States will act.")
        >>> sorted(own_parties(s))
        ['China', 'United States']
        >>> sorted(own_parties(parse("We agree.", parties=["Japan", "India"])))
        ['India', 'Japan']
        >>> sorted(own_parties(parse("We, the leaders of Japan and India, met. We agree.")))
        ['India', 'Japan']
    """
    if statement.parties:
        return frozenset(statement.parties)
    sentences = list(statement.sentences())
    named = Counter(
        e.name for s in sentences for c in s.clauses for e in c.entities if e.kind == "country"
    )
    early = {
        e.name
        for s in sentences[:EARLY_SENTENCES]
        for c in s.clauses
        for e in c.entities
        if e.kind == "country"
    }
    opening = sentences[:EARLY_SENTENCES]
    lex = lexicon or Lexicon.default()
    listed = _we_appositive(opening, lex) or _our_partnership(opening)
    if listed:
        return listed  # "We, the leaders of X, Y and Z": who "we" are, said outright
    acting = Counter(
        party
        for clause in statement.clauses()
        for party in clause.parties
        if party != COLLECTIVE_PLACEHOLDER
    )
    speaking = {
        party for clause in statement.clauses() if clause.stance for party in clause.parties
    }
    introduced = _in_office(opening, lex)
    own = {
        name
        for name, n in named.items()
        if name in early and n >= MIN_NAMED and name in speaking | introduced
    }
    own.update(party for party, n in acting.items() if n >= MIN_ACTOR_CLAUSES and party in named)
    # a body that signs as a party (the European Union of a U.S.-EU statement) acts in a good
    # share of the clauses; one that acts now and then (ASEAN "will hold") is spoken about
    bodies = {e.name for c in statement.clauses() for e in c.entities if e.kind != "country"}
    least = max(MIN_ACTOR_CLAUSES, BODY_ACTOR_SHARE * sum(1 for _ in statement.clauses()))
    own.update(party for party, n in acting.items() if party in bodies and n >= least)
    return frozenset(own)


_OUR_BETWEEN = re.compile(
    r"\b[Oo]ur\s+(?:[\w-]+\s+){0,3}(?:cooperation|partnership)\s+(?:between|among)\s+"
    r"(?:the\s+)?$"
)
"""Before a country: the parties' own cooperation between the countries that make it ("our
commitment to quadrilateral cooperation between Australia, India, Japan, and the United
States")."""
_LIST_NEXT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
"""Between two names of one list ("Japan, and the Republic of Korea")."""


def _listed(sentences: list[Sentence], introduces: Callable[[str, str], bool]) -> frozenset[str]:
    """The countries of the opening sentences that ``introduces`` marks, with their lists.

    ``introduces(before, after)`` reads the text before and after one country's name; a
    name listed right after a marked one ("Japan, and the Republic of Korea") is marked too.
    """
    found: set[str] = set()
    for sentence in sentences:
        text, base = sentence.text, sentence.span.start
        previous: str | None = None
        previous_end = 0
        for mention in (e for c in sentence.clauses for e in c.entities):
            start, end = mention.span.start - base, mention.span.end - base
            if mention.kind == "country" and (
                introduces(text[max(0, start - 80) : start], text[end : end + 60])
                or (previous in found and _LIST_NEXT.fullmatch(text[previous_end:start]))
            ):
                found.add(mention.name)
            previous, previous_end = mention.name, end
    return frozenset(found)


def _our_partnership(sentences: list[Sentence]) -> frozenset[str]:
    """The countries of "our … cooperation between X, Y and Z" in an opening sentence.

    "We have convened to reaffirm our commitment to quadrilateral cooperation between
    Australia, India, Japan, and the United States": the partners of "our" cooperation are
    who "we" are. Two at least, else nothing.
    """
    found = _listed(sentences, lambda before, _: _OUR_BETWEEN.search(before) is not None)
    return found if len(found) >= 2 else frozenset()


def _in_office(sentences: list[Sentence], lexicon: Lexicon) -> frozenset[str]:
    """The countries an opening sentence introduces by the office of who speaks for them.

    "The Foreign Ministers of the Governments of Japan, and the Republic of Korea",
    "National Security Advisor Jake Sullivan of the United States", "Republic of Korea
    (ROK) Minister of Foreign Affairs Chung": the makers, named as the offices that meet.
    "The United States, the ROK, and Japan condemn … DPRK launches" introduces no office:
    the DPRK is spoken about, not speaking. The offices are lexicon data (``[actors]
    offices`` and ``office_modifiers``).
    """
    words = lexicon.actor_words
    return _listed(
        sentences,
        lambda before, after: bool(
            words.office_of.search(before) or words.office_after.match(after)
        ),
    )


_WE_OPENS = re.compile(r"\s*We\s*([,\u2013\u2014])\s*")
"""A sentence opening "We, …" or "We — …" (an en or em dash): an appositive that names who
"we" are."""

_LIST_GOES_ON = frozenset({"the", "and", "a", "an", "of"})
"""Lower-case words after a comma that continue the list of an appositive."""


def _we_appositive(sentences: list[Sentence], lexicon: Lexicon) -> frozenset[str]:
    """The countries an opening "We, the leaders of X, Y and Z," names as "we".

    "We, the leaders of Japan, the Republic of Korea (ROK), and the United States,
    convened", "We \u2013 the Leaders of Australia, India, Japan and the United States \u2013
    convened", "We, Prime Minister Kishida Fumio, President Yoon Suk Yeol, and President
    Joseph R. Biden, Jr., affirm" (a known leader stands for the country he leads). The
    appositive ends at its closing dash, or at the first comma followed by a lower-case word
    that does not continue the list (", convened"). Two makers at least, else nothing.
    """
    for sentence in sentences:
        opened = _WE_OPENS.match(sentence.text)
        if opened is None:
            continue
        rest = sentence.text[opened.end() :]
        if opened.group(1) == ",":
            stop = next(
                (m.start() for m in re.finditer(r",\s+([a-z]\w*)", rest)
                 if m.group(1) not in _LIST_GOES_ON),
                None,
            )  # fmt: skip
        else:
            stop = rest.find(opened.group(1))
        if stop is None or stop < 0:
            continue
        end = sentence.span.start + opened.end() + stop
        inside = (e.name for c in sentence.clauses for e in c.entities if e.span.end <= end)
        makers = set(named_parties(inside, (), lexicon))
        if len(makers) >= 2:
            return frozenset(makers)
    return frozenset()

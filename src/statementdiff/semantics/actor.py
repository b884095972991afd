"""Who speaks in a clause: the actor phrase normalized to parties, and the actor rule.

Where the actor phrase stands is found once, by the segmenter
(:mod:`statementdiff.segment.actor`, recorded as
:attr:`~statementdiff.models.Clause.actor_span`); this module says whom it stands for.

"We", "The two leaders", "Both countries" stand for the statement's own parties;
"The United States and Japan" or "President Biden and Prime Minister Suga" name
them (through the entity lexicon); a format stands for its members (``[brief.members]``:
"The Quad Leaders" are Australia, India, Japan and the United States); an unknown titled
person ("President Han") is kept as written so that a change of speaker is still visible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Span
from statementdiff.segment.actor import is_collective
from statementdiff.segment.actor_words import ActorWords
from statementdiff.semantics.context import Outcome, PairContext, outcome
from statementdiff.whitespace import normalize_space, same_words

__all__ = [
    "COLLECTIVE_PLACEHOLDER",
    "actor_rule",
    "is_collective",
    "named_parties",
    "parties_of",
]

COLLECTIVE_PLACEHOLDER = "the parties"
"""What a collective actor ("We") resolves to when the statement lists no parties."""

# The word lists are data (the [actors] table, lexicon/actors.toml): the rules read the
# lexicon's compiled ActorWords (Lexicon.actor_words).


def parties_of(
    actor: str,
    actor_span: Span,
    mentions: Sequence[tuple[str, int, int]],
    statement_parties: Sequence[str],
    lexicon: Lexicon,
) -> tuple[str, ...]:
    """Normalize an actor phrase to the parties it stands for.

    Args:
        actor: The actor phrase as written.
        actor_span: Its span.
        mentions: ``(entity name, start, end)`` of the clause's entity mentions.
        statement_parties: The statement's ``parties`` metadata.
        lexicon: The lexicon (for entity kinds, persons' parties and the words of actor
            phrases: collectives, roles, titles, the entity kinds that can be a party).

    Returns:
        The parties in order of mention, without repeats (empty when unknown).
    """
    words = lexicon.actor_words
    if is_collective(actor, words):
        return tuple(statement_parties) or (COLLECTIVE_PLACEHOLDER,)
    if not _names_a_party(actor, actor_span, mentions, words):
        return ()
    inside = (
        name for name, start, end in mentions if actor_span.start <= start and end <= actor_span.end
    )
    found = named_parties(inside, statement_parties, lexicon)
    if not found:
        people = list(
            dict.fromkeys(normalize_space(m.group()) for m in words.titled.finditer(actor))
        )
        if len(statement_parties) > 1 and len(people) == len(statement_parties):
            # "President Whitcombe and Prime Minister Ishida" of a two-party statement: as
            # many leaders as parties, none of them known, speak for all of them
            return tuple(statement_parties)
        found = people
    return tuple(dict.fromkeys(found))


def named_parties(
    names: Iterable[str], statement_parties: Sequence[str], lexicon: Lexicon
) -> list[str]:
    """The parties the named entities stand for, in order, repeats kept.

    A known person stands for the party they lead, a country or body (``[actors]
    party_kinds``) for itself, and a format for its members (``[brief.members]``: "Quad
    partners", "The Quad Leaders" are the Quad's four countries, as "We" of a Quad statement
    is), written as the statement writes its parties: "The G7" of a statement whose party is
    the G7.
    """
    kinds = lexicon.actor_words.party_kinds
    found: list[str] = []
    for name in names:
        entry = lexicon.entities.get(name)
        if entry is None:
            continue
        if entry.party:
            found.append(entry.party)
        elif entry.kind in kinds:
            members = lexicon.brief.members.get(name)
            found.extend(members if members and name not in statement_parties else (name,))
    return found


def _names_a_party(
    actor: str, span: Span, mentions: Sequence[tuple[str, int, int]], words: ActorWords
) -> bool:
    """False for phrases such as "The U.S.-Japan Alliance": their head is not a party."""
    tokens = actor.split()
    if not tokens:
        return False
    if tokens[-1].lower() in words.roles or words.titled.search(actor):
        return True
    return any(start < span.end and end >= span.end - 1 for _, start, end in mentions)


_POSSESSIVE = re.compile(r"['\u2019](?:s\b|(?=\s))")
"""Right after a name: the possessive ending ("India's", "the United States'")."""

_NEXT_WORDS = re.compile(r"\W*(\w+)(?:\W+(\w+))?")


def _speaks(ctx: PairContext, index: int) -> bool:
    """False when the actor phrase of side ``index`` is the subject of a copula alone.

    "The Indo-Pacific Economic Framework is at the center of ..." describes the framework;
    "The leaders are concerned", "We remain committed" still speak (a stance or a
    commitment follows the copula).
    """
    span = ctx.actor_spans[index]
    if span is None:
        return True
    side = ctx.side(index)
    match = _NEXT_WORDS.match(side.slice(span.end, span.end + 60))
    if match is None or match.group(1).lower() not in ctx.lex.clause_grammar.copulas:
        return True
    window_end = span.end + match.end()
    said = [*ctx.hits[index]["stance"], *ctx.hits[index]["modality"]]
    return any(span.end <= h.start < window_end + 1 for h in said)


def _third_party(ctx: PairContext, actor: Sequence[str], own: Sequence[str]) -> bool:
    """True when every party of an actor is a known country or format outside ``own``.

    "Russia continues to wage its war" in a U.S.-Japan statement describes a third
    country's act; it does not speak. A titled person the lexicon does not know ("President
    Whitcombe") may lead a party and is no third party.
    """
    if not own or not actor or set(actor) & set(own):
        return False
    return all(name in ctx.lex.entities for name in actor)


def _whole_voice(ctx: PairContext, index: int, actor: Sequence[str], own: Sequence[str]) -> bool:
    """True when an actor speaks for all of its statement's parties the act leaves free.

    A party the clause names in the possessive outside its actor phrase owns what the act
    is about and cannot be the one who acts: "President Biden welcomed India's
    announcement" of a U.S.-India statement, "welcome the United States' hosting of APEC",
    "support for Japan's defense" speak for every party that could say them, as "We"
    does.
    """
    if not set(actor) <= set(own):
        return False
    span = ctx.actor_spans[index]
    clauses = ctx.a_clauses if index == 0 else ctx.b_clauses
    side = ctx.side(index)
    named: set[str] = set()
    for clause in clauses:
        for mention in clause.entities:
            if span is not None and span.start <= mention.span.start < span.end:
                continue
            if _POSSESSIVE.match(side.slice(mention.span.end, mention.span.end + 3)) is None:
                continue  # only "India's announcement" holds the party as what the act is about
            entry = ctx.lex.entities.get(mention.name)
            if entry is None:
                continue
            if entry.party:
                named.add(entry.party)  # a person: the party they lead
            elif entry.kind in ctx.lex.actor_words.party_kinds:
                named.add(mention.name)
    return set(own) - named <= set(actor)


def _lone_to_all(
    pa: Sequence[str], own_a: Sequence[str], pb: Sequence[str], own_b: Sequence[str]
) -> bool:
    """True when one party alone on one side speaks as all the makers of a wider format.

    "President Biden reaffirms U.S. commitment to the immediate resolution of the
    abductions issue" (U.S.-Japan) → "The leaders reaffirm a shared commitment …" (U.S.-
    Japan-ROK): the wider statement's makers include every maker of the narrower one, and
    what one of them pledged alone all of them now say.
    """
    return (
        len(pa) == 1 and len(own_a) > 1 and set(pb) == set(own_b) and set(own_a) < set(own_b)
    ) or (len(pb) == 1 and len(own_b) > 1 and set(pa) == set(own_a) and set(own_b) < set(own_a))


def actor_rule(ctx: PairContext) -> Outcome:
    """Label an actor phrase touched by the change whose parties differ (``actor-changed``).

    Not a change: a side with no predicate (a signature, a list item: no one acts in
    it); an actor on either side that resolves to no party (a pronoun, a
    demonstrative, a fronted participle taken for a name: only a speaker both sides name
    can have changed); the same parties; actors that each speak for all of their own
    statement's parties ("We" of a U.S.-Japan statement → "President Biden and President
    Moon" of a U.S.-ROK one), a party the clause names as what the act is about aside
    (:func:`_whole_voice`); statements of different makers whose actors are each among
    their own statement's makers ("President Biden" of a U.S.-Japan statement →
    "President Biden and President Moon" of a U.S.-ROK one: who made each statement, not
    news), unless one party alone becomes all the makers of a wider format
    (:func:`_lone_to_all`); an actor that is none of its own statement's parties (a third
    country whose act the clause describes: "Russia continues to wage its war"); "We" on
    both sides; a collective actor written on one side
    only ("strongly oppose X" → "We strongly oppose X"); the same words.
    """
    if not ctx.a_clauses or not ctx.b_clauses:
        return Outcome()
    pa, pb = ctx.a_clauses[0].parties, ctx.b_clauses[0].parties
    sa, sb = ctx.actor_spans
    if (sa is None and sb is None) or set(pa) == set(pb):
        return Outcome()
    if ctx.verbless(0) or ctx.verbless(1):
        return Outcome()  # "Donald J. Trump Takaichi Sanae": a signature names, it does not act
    words = ctx.lex.actor_words
    own_a, own_b = ctx.statement_parties
    if own_a and own_b and _whole_voice(ctx, 0, pa, own_a) and _whole_voice(ctx, 1, pb, own_b):
        return Outcome()  # "We" (U.S.-Japan) → "President Biden and President Moon" (U.S.-ROK)
    if not pa or not pb:
        return Outcome()  # an actor not resolved to any party ("It", "This", "Developing ...")
    if (
        own_a
        and own_b
        and set(own_a) != set(own_b)
        and set(pa) <= set(own_a)
        and set(pb) <= set(own_b)
        and not _lone_to_all(pa, own_a, pb, own_b)
    ):
        return Outcome()  # makers differ, each speaks as its own: who made it, not news
    if _third_party(ctx, pa, own_a) or _third_party(ctx, pb, own_b):
        return Outcome()  # "Russia continues to wage its war": a third party's act described
    if not (_speaks(ctx, 0) and _speaks(ctx, 1)):
        return Outcome()  # "IPEF is at the center of ...": a subject described, not a speaker
    unknown = (COLLECTIVE_PLACEHOLDER,)
    if (pa == unknown and len(pb) > 1) or (pb == unknown and len(pa) > 1):
        return Outcome()  # "The two Presidents" of a statement without parties → "Biden and Moon"
    ha = Hit("", sa.start, sa.end, ctx.view.a.slice(sa.start, sa.end)) if sa else None
    hb = Hit("", sb.start, sb.end, ctx.view.b.slice(sb.start, sb.end)) if sb else None
    if ha and hb and same_words(ha.text.lower(), hb.text.lower()):
        return Outcome()
    if ha and hb and is_collective(ha.text, words) and is_collective(hb.text, words):
        return Outcome()  # "We" on both sides: the parties differ only in the statements' metadata
    written = ha or hb
    if (ha is None or hb is None) and written is not None and is_collective(written.text, words):
        return Outcome()  # "strongly oppose X" → "We strongly oppose X": the same speakers
    if not (
        (ha and ctx.view.a.touched(ha.start, ha.end))
        or (hb and ctx.view.b.touched(hb.start, hb.end))
    ):
        return Outcome()
    detail = f"{', '.join(pa) or 'no named party'} → {', '.join(pb) or 'no named party'}"
    return outcome([ctx.found("actor-changed", ha, hb, detail, ctx.hunk_of(ha, hb))])

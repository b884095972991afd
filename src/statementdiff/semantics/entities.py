"""Entity labels of one pair (numbers: :mod:`~statementdiff.semantics.numbers`).

An entity counts as dropped (added) only when the other side of the pair does not name
it at all, actor mentions included ("stand with Ukraine against the war against Ukraine"
→ "stand with Ukraine against the war" drops nothing); people are left to the actor. A
dropped and an added entity form a replacement ("X → Y") only when they are of the same
kind group (countries, places and regions form one) and stand in the same hunk, either
in the same phrase slot (after the same two words: "denuclearization of [North Korea]" →
"of [the Korean Peninsula]"; the other side may name them elsewhere then), both right at
its edge with neither named on the other side, or as the only candidates of their group
in a small hunk (at most :data:`MAX_REPLACEMENT_WORDS` words a side); otherwise each is
reported on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Clause
from statementdiff.semantics.context import Found, Outcome, PairContext, outcome
from statementdiff.semantics.hunks import Hunk, Side, words
from statementdiff.semantics.voice import TITLE_LINKS
from statementdiff.whitespace import normalize_space

__all__ = [
    "CITED_KINDS",
    "GEOGRAPHIC",
    "MAX_REPLACEMENT_WORDS",
    "entity_rule",
    "is_person",
    "names_spoken_of",
    "take_spare",
    "without_appositives",
]


MAX_REPLACEMENT_WORDS = 6
"""An entity replacement ("X → Y") stands in a hunk of at most this many words a side."""

GEOGRAPHIC = frozenset({"country", "place", "region"})
"""Entity kinds that name a place on the map (a country, a place, a region)."""
_TITLED = GEOGRAPHIC | {"organization"}
"""Kinds of names that are no mention inside the title of an initiative, document or event."""
_ARTICLES = frozenset({"the", "a", "an", "our", "their", "its"})
_FUNCTION = frozenset({"of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or"})


_APPOSITIVE_GAP = re.compile(r"(?:['\u2019]s?)?(?:\s+[a-z]+){0,2}\s*\(\s*")
"""Between a name and its abbreviation in brackets: a possessive ending, at most two
lower-case words and "(" ("Korea's (DPRK's)")."""

_APPOSITIVE_CLOSE = re.compile(r"(?:['\u2019]s?)?\s*\)")
"""After the abbreviation: its possessive ending, if any, and ")"."""


def without_appositives(hits: list[Hit], text: str) -> list[Hit]:
    """The hits less abbreviations given in brackets right after the same name.

    "the People's Republic of China (PRC)" names China once, and so do "UN Security
    Council resolutions (UNSCRs)" and "the Democratic People's Republic of Korea's
    (DPRK's)": the abbreviation in brackets introduces a short form of
    the phrase just written (the name and at most two lower-case words after it); it is no
    second mention. ``hits`` are in text order, with offsets into ``text``.

    Examples:
        >>> t = "all UN Security Council resolutions (UNSCRs)"
        >>> council = Hit("UN Security Council", 4, 23, "UN Security Council")
        >>> short = Hit("UN Security Council", 37, 43, "UNSCRs")
        >>> [h.text for h in without_appositives([council, short], t)]
        ['UN Security Council']
    """
    kept: list[Hit] = []
    for hit in hits:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.key == hit.key
            and _APPOSITIVE_GAP.fullmatch(text, before.end, hit.start) is not None
            and _APPOSITIVE_CLOSE.match(text, hit.end) is not None
        ):
            continue
        kept.append(hit)
    return kept


def entity_rule(ctx: PairContext) -> Outcome:
    """Label entities dropped, added or replaced.

    A hunk that drops one entity and names another is explained even when neither is
    labelled (the counts say nothing changed): its words are about the entities. The
    statements' own parties are not labelled when they are named more or less often, nor
    when one takes another's place ("U.S.-Japan" → "U.S.-ROK" between a U.S.-Japan and a
    U.S.-ROK statement): that is who makes each statement, already in the entity table.
    """
    out: list[tuple[Found, Hunk | None]] = []
    both: set[Hunk] = set()
    lex = ctx.lex
    a_all, b_all = ctx.side_hits("entities")
    a_all = _outside_venues(ctx.view.a, _outside_titles(lex, ctx.view.a, list(a_all)))
    b_all = _outside_venues(ctx.view.b, _outside_titles(lex, ctx.view.b, list(b_all)))
    # a body named for its members is never labelled, but it is named: it still counts
    own_a, own_b = (frozenset(p) for p in ctx.statement_parties)
    a_named = _outside_own_formats(lex, ctx.view.a, _labelable(lex, ctx.view.a, a_all), own_a)
    b_named = _outside_own_formats(lex, ctx.view.b, _labelable(lex, ctx.view.b, b_all), own_b)
    a_count = Counter(_named(lex, h) for h in a_all)
    b_count = Counter(_named(lex, h) for h in b_all)
    spare_a, spare_b = a_count - b_count, b_count - a_count
    # named on one side only: what a label may call dropped or added
    only_a = Counter({k: n for k, n in spare_a.items() if not b_count[k]})
    only_b = Counter({k: n for k, n in spare_b.items() if not a_count[k]})
    own = _own_names(lex, ctx.statement_parties)
    a_free, b_free = ctx.outside_actor(a_named, 0), ctx.outside_actor(b_named, 1)
    for hunk in ctx.view.hunks:
        dropped = [h for h in a_free if h.start < hunk.a[1] and hunk.a[0] < h.end]
        added = [h for h in b_free if h.start < hunk.b[1] and hunk.b[0] < h.end]
        if dropped and added:
            both.add(hunk)
        for ha, hb in _anchored(ctx, hunk, dropped, added, (spare_a, spare_b), (only_a, only_b)):
            dropped.remove(ha)
            added.remove(hb)
            for spare, key in ((spare_a, ha.key), (spare_b, hb.key), (only_a, ha.key)):
                spare[key] = max(0, spare[key] - 1)
            only_b[hb.key] = max(0, only_b[hb.key] - 1)
            if ha.key in own and hb.key in own:
                continue  # one party of its statement in the place of another's
            if (
                ha.key in ctx.said_names[1]
                and hb.key in ctx.said_names[0]
                and _content_before(ctx.view.a, ha) != _content_before(ctx.view.b, hb)
            ):
                continue  # each statement names both, in other phrases: two lines, no swap
            where, detail = (ha.start, hb.start), f"{_shown(ha)} → {_shown(hb)}"
            out.append(ctx.found("entity-dropped", ha, None, detail, hunk, where))
            out.append(ctx.found("entity-added", None, hb, detail, hunk, where))
        gone = take_spare([h for h in dropped if h.key not in {x.key for x in added}], only_a)
        new = take_spare([h for h in added if h.key not in {x.key for x in dropped}], only_b)
        # an entity the other side names in another clause of the same sentence was split
        # off, not dropped or added
        # or moved to another sentence of the same paragraph
        # a region both statements keep naming is their setting ("the Indo-Pacific" of two
        # Quad statements): one mention more or less in a pair says nothing
        setting = {k for k in ctx.setting[0] & ctx.setting[1] if lex.entities[k].kind == "region"}
        if hunk is not None and (
            any(_cited_there(ctx, 1, h.key) for h in gone)
            or any(_cited_there(ctx, 0, h.key) for h in new)
        ):
            both.add(hunk)  # a citation moved within the paragraph: no qualifier change either
        gone = [
            h
            for h in gone
            if h.key not in own
            and h.key not in setting
            and h.key not in ctx.sentence_neighbours[1]
            and not ctx.still_named(1, h.key)
            and not _cited_there(ctx, 1, h.key)
            and not _members_only(ctx, 0, h.key)
        ]
        new = [
            h
            for h in new
            if h.key not in own
            and h.key not in setting
            and h.key not in ctx.sentence_neighbours[0]
            and not ctx.still_named(0, h.key)
            and not _cited_there(ctx, 0, h.key)
            and not _members_only(ctx, 1, h.key)
        ]
        out.extend(_entity_labels(ctx, hunk, gone, new))
    return outcome(out, frozenset(both))


CITED_KINDS = frozenset({"organization", "document"})
"""Entity kinds a statement cites as an authority or a forum (the UN Security Council and
its resolutions, the UN Charter, UNCLOS, the WTO) rather than speaks about."""


def _cited_there(ctx: PairContext, side: int, name: str) -> bool:
    """True when ``name`` is a body or instrument that side ``side``'s paragraphs cite.

    "… in violation of UNSCRs" against a paragraph that goes on "we urge the DPRK to comply
    with the relevant UN Security Council resolutions": the other side cites the same
    authority a sentence away, so the pair drops the citation, not the body. A country or a
    region is what a statement speaks about; it must be named there as often (see
    :meth:`~statementdiff.semantics.context.PairContext.still_named`).
    """
    return ctx.lex.entities[name].kind in CITED_KINDS and ctx.paragraph_names[side][name] > 0


def _members_only(ctx: PairContext, side: int, name: str) -> bool:
    """True when ``name`` is a format only side ``side``'s makers can speak of as theirs.

    "We will cooperate on pandemic preparedness through the Quad" in a U.S.-Japan statement
    against a U.S.-Thailand one: every maker of the naming statement belongs to the format
    (``[brief.members]``), a maker of the other does not, so the other cannot say it and
    its absence follows from who speaks. Between two statements of the same makers (U.S.-ROK
    2021 and 2022) the Quad named or not is still a change.
    """
    members = ctx.lex.brief.members.get(name)
    mine, other = ctx.statement_parties[side], ctx.statement_parties[1 - side]
    if not members or not mine or not other:
        return False
    return set(mine) <= set(members) and not set(other) <= set(members)


_TITLE_WORD = re.compile(r"[\w\u2019'.&-]+")


_MEMBERS = re.compile(r"\W{0,2}(?:[Mm]ember\s+(?:[Ss]tates|[Cc]ountries|[Nn]ations)|[Mm]embers)\b")


_OFFICE_AFTER = re.compile(
    r"(?:['\u2019]s?)?\s+(?:(?:the|its|current|upcoming|ongoing)\s+)*(?:(?:19|20)\d\d\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,2}(?:[Cc]hair(?:manship)?|[Pp]residency|[Hh]osting)\b"
    r"|\s+as\s+(?:the\s+)?(?:current\s+)?(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:[Cc]hair|[Pp]resident|[Hh]ost)\b"
)
"""After a country: the office it holds ("'s 2023 ASEAN Chairmanship", "'s G20 presidency",
"' ASEAN Chairmanship" after a plural name, "as the ASEAN Chair", "'s hosting of")."""

_OFFICE_BEFORE = re.compile(r"(?:[Cc]o-)?(?:chaired|hosted)\s+by\s+(?:the\s+)?$")
"""Before a country: "chaired by", "co-hosted by"."""


def _labelable(lex: Lexicon, side: Side, hits: list[Hit]) -> list[Hit]:
    """The hits a label may name.

    Not a person, a body named for its members, the holder of an office or a body named
    for the office a party holds in it.
    """
    kept = _outside_offices(lex, side, _outside_memberships(lex, side, hits))
    kept = _outside_held_bodies(lex, side, kept)
    return [h for h in kept if not is_person(lex, h)]


_HELD_AFTER = re.compile(r"\s+(?:[Pp]residency|[Cc]hair(?:manship)?|[Hh]ost\s+year|[Hh]osting)\b")
"""After a body: the office a party holds in it ("G20 presidency", "APEC host year")."""

_HELD_BEFORE = re.compile(
    r"\b(?:[Pp]residency|[Cc]hair(?:manship)?|[Hh]osting|[Hh]ost(?:s|ed)?)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:(?:19|20)\d\d\s+)?$"
)
"""Before a body: "Presidency of the", "hosting of", "host the 2023"."""

HELD_KINDS = frozenset({"format", "organization"})
"""Entity kinds a party chairs or hosts (the G7, the G20, APEC, the Quad, ASEAN)."""


def _outside_held_bodies(lex: Lexicon, side: Side, hits: list[Hit]) -> list[Hit]:
    """The hits less formats and bodies named as the office a party holds or hosts.

    "India's G20 presidency", "Japan's Presidency of the G7", "the United States' hosting
    of APEC", "Australia's hosting of the Quad": a fact of the calendar (who chairs, who
    hosts this year), not what the statement says of the G20, the G7, APEC or the Quad.
    The body is still named: it counts, it is not labelled.
    """
    text, base = side.text, side.base
    return [
        h
        for h in hits
        if lex.entities[h.key].kind not in HELD_KINDS
        or not (
            _HELD_AFTER.match(text, h.end - base)
            or _HELD_BEFORE.search(text, max(0, h.start - base - 40), h.start - base)
        )
    ]


_JOINED = "-\u2013\u2010\u2011"
"""The hyphens and dashes that join country names into the name of a format."""


def _outside_own_formats(
    lex: Lexicon, side: Side, hits: list[Hit], own: frozenset[str]
) -> list[Hit]:
    """The hits less countries joined by a hyphen to one of the statement's own parties.

    "Japan-U.S.-Republic of Korea (ROK)", "the U.S.-Japan Alliance", "Japan-Australia-India-
    U.S. (Quad)" name a format or an alliance of the makers, not the country as a subject:
    that a U.S.-Japan statement lists the Japan-U.S.-ROK trilateral among its formats says
    nothing of the ROK. A compound of other countries ("the PRC-Solomon Islands security
    agreement") still names them.
    """
    countries = [h for h in hits if lex.entities[h.key].kind == "country"]
    chains: list[list[Hit]] = []
    for left, right in pairwise(countries):
        between = side.slice(left.end, right.start)
        if not (len(between) == 1 and between in _JOINED):
            continue
        if chains and chains[-1][-1] is left:
            chains[-1].append(right)  # "Japan-Australia-India-U.S.": one chain
        else:
            chains.append([left, right])
    joined = {h for chain in chains if {h.key for h in chain} & own for h in chain}
    return [h for h in hits if h not in joined or h.key in own]


def _outside_offices(lex: Lexicon, side: Side, hits: list[Hit]) -> list[Hit]:
    """The hits less countries named as the holder of a rotating chair, presidency or host.

    "ASEAN, which is currently chaired by Cambodia", "Indonesia's 2023 ASEAN Chairmanship",
    "India's G20 presidency": the country is named for the office it holds this year, a
    fact of the calendar, not a subject of the statement's policy.
    """
    text, base = side.text, side.base
    return [
        h
        for h in hits
        if lex.entities[h.key].kind != "country"
        or not (
            _OFFICE_AFTER.match(text, h.end - base)
            or _OFFICE_BEFORE.search(text, 0, h.start - base)
        )
    ]


def _outside_memberships(lex: Lexicon, side: Side, hits: list[Hit]) -> list[Hit]:
    """The hits less bodies named only for their members ("all UN Member States").

    "We call on all UN Member States" addresses the countries, as "the international
    community" does: it names no act or organ of the United Nations.
    """
    text, base = side.text, side.base
    return [
        h
        for h in hits
        if lex.entities[h.key].kind != "organization" or not _MEMBERS.match(text, h.end - base)
    ]


def names_spoken_of(clause: Clause, lex: Lexicon) -> tuple[str, ...]:
    """The entity names of a clause, less those inside a title or naming where they met.

    "the NOAA Research Moored Array for African-Asian-Australian Monsoon Analysis" names an
    instrument, not Australia (:func:`_outside_titles`); "Today in Phnom Penh, Cambodia"
    says where the parties met, not what they say of Cambodia (:func:`_outside_venues`).
    One name per mention, in text order.
    """
    hits = [Hit(e.name, e.span.start, e.span.end, e.text) for e in clause.entities]
    side = Side(clause.text, clause.span.start)
    return tuple(h.key for h in _outside_venues(side, _outside_titles(lex, side, hits)))


def _outside_titles(lex: Lexicon, side: Side, hits: list[Hit]) -> list[Hit]:
    """The hits less places and bodies named inside a title of an initiative, document or event.

    Such a name is no mention of the place or body itself (a country, place, region or
    organization): "the ASEAN Outlook on the Indo-Pacific", "the Indo-Pacific Partnership
    for Maritime Domain Awareness", "the WHO Academy", "the Statement of Principles on Clean
    Energy Supply Chains in the Indo-Pacific". The run of capitalised words around the name
    (joined by at most two of "of", "on", "for", "the" ...) holds a title's head noun. A
    format in a title of its own ("the Quad Leaders' Summit") still names it: the summit is
    the Quad meeting. A name whose last (or first) word is a common noun ("Pacific Island
    countries") ends the capitalised run there: a title does not go on past it.
    """
    if not any(lex.entities[h.key].kind in _TITLED for h in hits):
        return hits
    heads = lex.clause_grammar.instruments | lex.clause_grammar.events
    words = [
        (m.start() + side.base, m.end() + side.base, m.group())
        for m in _TITLE_WORD.finditer(side.text)
    ]
    ends = [w[1] for w in words]

    def titled(i: int, step: int) -> bool:
        """Whether word ``i`` continues the capitalised run (a connector needs a capital next)."""
        for k in range(3):
            j = i + k * step
            if not 0 <= j < len(words):
                return False
            word = words[j][2]
            if word[:1].isupper():
                return True
            if word not in TITLE_LINKS:
                return False
        return False

    def in_title(hit: Hit) -> bool:
        first, last = bisect_right(ends, hit.start), bisect_left(ends, hit.end)
        if last >= len(words) or words[first][0] > hit.start:
            return False
        lo, hi = first, last
        # a name that ends (or begins) in a common noun closes the run on that side:
        # "Pacific Island countries and the Pacific Islands Forum" is two names, no title
        while lo > 0 and words[first][2][:1].isupper() and titled(lo - 1, -1):
            lo -= 1
        while hi + 1 < len(words) and words[last][2][:1].isupper() and titled(hi + 1, 1):
            hi += 1
        around = [i for i in range(lo, hi + 1) if not first <= i <= last]
        return any(words[i][2].strip(".").lower() in heads for i in around)

    return [h for h in hits if lex.entities[h.key].kind not in _TITLED or not in_title(h)]


_VENUE_BEFORE = re.compile(
    r"\b(?:[Tt]oday|[Mm]et|[Mm]eet(?:s|ing)?|[Gg]athered|[Cc]onvened|[Aa]ssembled)\b,?"
    r"(?:\s+[a-z]+){0,2}?,?"
    r"(?:\s+(?:in|at|on\s+the\s+(?:margins|sidelines)\s+of)(?:\s+the)?"
    r"(?:\s+[A-Z][\w'\u2019.-]*,?)*)+\s+$"
)
"""Before a name: a chain of places where the parties meet ("Today in Phnom Penh,
Cambodia at the ", "met on the margins of the ")."""


def _outside_venues(side: Side, hits: list[Hit]) -> list[Hit]:
    """The hits less the places and events where the parties meet.

    "Today in Phnom Penh, Cambodia at the East Asia Summit, the leaders …" says where
    they met, not what they said of Cambodia or the summit: a name in a chain of "in" and
    "at" phrases after "met", "meeting", "gathered", "convened" or "Today" is the venue.
    "The leaders met in Seoul to discuss China" still names China.
    """
    return [
        h
        for h in hits
        if _VENUE_BEFORE.search(side.slice(max(side.base, h.start - 120), h.start)) is None
    ]


def _own_names(lex: Lexicon, parties: tuple[tuple[str, ...], tuple[str, ...]]) -> frozenset[str]:
    """The statements' parties, and a format whose members are exactly one's parties.

    A Quad statement's parties are its four countries; "the Quad" in it names them as one
    ("the countries of the Quad", "the Quad's commitment"), as "We" does. The other way
    round, a statement made by a format (a G7 statement, whose party is "G7") is made by
    its members (``[brief.members]``), as the brief reads it: "the G7 foreign ministers of
    Canada, France, Germany, …" names its own makers.
    """
    own = frozenset(parties[0]) | frozenset(parties[1])
    own |= {m for p in own for m in lex.brief.members.get(p, ())}
    formats = {
        name
        for name, members in lex.brief.members.items()
        for side in parties
        if side and frozenset(members) == frozenset(side)
    }
    return own | formats


def _anchored(
    ctx: PairContext,
    hunk: Hunk,
    dropped: list[Hit],
    added: list[Hit],
    spare: tuple[Counter[str], Counter[str]],
    only: tuple[Counter[str], Counter[str]],
) -> list[tuple[Hit, Hit]]:
    """Entities that took each other's place: same phrase slot on both sides.

    Either both follow the same two words ("denuclearization of [the] North Korea" →
    "denuclearization of the Korean Peninsula"), however much else the hunk rewrote, and
    one of the two is named more often on its own side than on the other ("Japan and
    India" → "India and Japan" replaces nothing); or both open (or close) the hunk,
    right after (before) the same shared words, and neither is named on the other side
    at all (a hunk's edge is weaker evidence of one slot than two shared words: "…
    including North Korea, … on the Korean Peninsula" → "… relating to the DPRK" names
    North Korea on both sides and replaces nothing).
    """
    found: list[tuple[Hit, Hit]] = []
    if not dropped or not added:
        return found
    view = ctx.view
    edges = [(dropped[0], added[0], 0), (dropped[-1], added[-1], 1)]
    for ha, hb, edge in edges:
        if edge == 0:
            lead_a = view.a.slice(hunk.a[0], ha.start)
            lead_b = view.b.slice(hunk.b[0], hb.start)
        else:
            lead_a = view.a.slice(ha.end, hunk.a[1])
            lead_b = view.b.slice(hb.end, hunk.b[1])
        if (
            _filler(lead_a)
            and _filler(lead_b)
            and only[0][ha.key] > 0
            and only[1][hb.key] > 0
            and _swappable(ctx, ha, hb, found, spare)
        ):
            found.append((ha, hb))
    # the same slot on both sides: names kept in it on both sides are not replaced; the rest
    # pair in order (both sides alike, so the pairing never depends on which side is A)
    a_slots = [(h, _slot(view.a, h)) for h in dropped]
    b_slots = [(h, _slot(view.b, h)) for h in added]
    for slot in dict.fromkeys(s for _, s in a_slots if s):
        olds = [h for h, s in a_slots if s == slot]
        news = [h for h, s in b_slots if s == slot]
        kept = {h.key for h in olds} & {h.key for h in news}
        olds = [h for h in olds if h.key not in kept]
        news = [h for h in news if h.key not in kept]
        for ha, match in zip(olds, news, strict=False):
            if (
                _swappable(ctx, ha, match, found, spare)
                and not _coordinated(view.b, match, ha.key, added)
                and not _coordinated(view.a, ha, match.key, dropped)
            ):
                found.append((ha, match))
    return found


_FUNCTION_WORDS = frozenset(
    {"the", "of", "in", "on", "at", "a", "an", "and", "to", "for", "by", "with", "across"}
)


def _content_before(side: Side, hit: Hit) -> str:
    """The first word before a name that is not a function word, cut to five letters.

    "denuclearization of [the] North Korea" → "denuc": the phrase the name stands in.
    """
    for word in reversed(words(side.slice(max(side.base, hit.start - 80), hit.start))):
        low = word.lower()
        if low not in _FUNCTION_WORDS:
            return low[:5]
    return ""


def _swappable(
    ctx: PairContext,
    ha: Hit,
    hb: Hit,
    found: list[tuple[Hit, Hit]],
    spare: tuple[Counter[str], Counter[str]],
) -> bool:
    taken = {h for pair in found for h in pair}
    return (
        (spare[0][ha.key] > 0 or spare[1][hb.key] > 0)
        and ha.key != hb.key
        and _group(ctx.lex, ha) == _group(ctx.lex, hb)
        and ha not in taken
        and hb not in taken
    )


def _entity_labels(
    ctx: PairContext, hunk: Hunk, gone: list[Hit], new: list[Hit]
) -> list[tuple[Found, Hunk | None]]:
    """Label the entities a hunk drops (``gone``) and names anew (``new``)."""
    out: list[tuple[Found, Hunk | None]] = []
    lex, view = ctx.lex, ctx.view
    size = max(len(view.hunk_words(hunk, "a")), len(view.hunk_words(hunk, "b")))
    replaced: dict[Hit, Hit] = {}
    if size <= MAX_REPLACEMENT_WORDS:
        for group in {_group(lex, h) for h in gone}:
            olds = [h for h in gone if _group(lex, h) == group]
            news = [h for h in new if _group(lex, h) == group]
            if len(olds) == 1 and len(news) == 1:
                replaced[olds[0]] = news[0]
    partners = set(replaced.values())
    for ha in gone:
        hb = replaced.get(ha)
        if hb is None:
            out.append(
                ctx.found(
                    "entity-dropped", ha, None, f"{_shown(ha)} dropped", hunk,
                    elsewhere=ha.key in ctx.said_names[1],
                )
            )  # fmt: skip
            continue
        where = (ha.start, hb.start)
        detail = f"{_shown(ha)} → {_shown(hb)}"
        out.append(ctx.found("entity-dropped", ha, None, detail, hunk, where))
        out.append(ctx.found("entity-added", None, hb, detail, hunk, where))
    for hb in new:
        if hb not in partners:
            where = (hunk.a[1], hb.start)  # after what the same hunk dropped
            out.append(
                ctx.found(
                    "entity-added", None, hb, f"{_shown(hb)} added", hunk, where,
                    elsewhere=hb.key in ctx.said_names[0],
                )
            )  # fmt: skip
    return out


def _group(lex: Lexicon, hit: Hit) -> str:
    kind = lex.entities[hit.key].kind
    return "geographic" if kind in GEOGRAPHIC else kind


def _named(lex: Lexicon, hit: Hit) -> str:
    """What a mention names, for counting: a person counts for their party."""
    entry = lex.entities[hit.key]
    return (entry.party or "") if entry.kind == "person" else hit.key


def is_person(lex: Lexicon, hit: Hit) -> bool:
    """True when ``hit`` names a person (people are left to the actor rule)."""
    entry = lex.entities.get(hit.key)
    return entry is not None and entry.kind == "person"


def _shown(hit: Hit) -> str:
    """The entity's canonical name, with the words as written when they name it by another name.

    A capital or another name standing for a country is shown with it ("Tokyo (Japan)"), so a
    reader sees why Tokyo → Washington is Japan → United States. Abbreviations ("U.S.", "ROK")
    and forms that share the name's stem ("Chinese", "Japanese") are not repeated.
    """
    written = normalize_space(hit.text)
    letters = "".join(ch for ch in written if ch.isalpha())
    if not letters or letters.isupper() or written.casefold() == hit.key.casefold():
        return hit.key
    if letters[:4].casefold() in hit.key.casefold().replace(" ", ""):
        return hit.key
    return f"{written} ({hit.key})"


def _filler(text: str) -> bool:
    """True when ``text`` holds nothing but punctuation, spaces and articles."""
    return all(w.lower() in _ARTICLES for w in words(text))


def _slot(side: Side, hit: Hit) -> tuple[str, ...]:
    """The two words before a mention (articles skipped), when one is a content word."""
    before = [w.lower() for w in words(side.slice(side.base, hit.start))]
    last = tuple(w for w in before if w not in _ARTICLES)[-2:]
    return last if len(last) == 2 and any(w not in _FUNCTION for w in last) else ()


def _coordinated(side: Side, hit: Hit, key: str, others: list[Hit]) -> bool:
    """True when ``key`` is named right after ``hit``, joined by "and"/"or" ("X and the Y")."""
    for other in others:
        if other.key == key and other.start >= hit.end:
            between = [w.lower() for w in words(side.slice(hit.end, other.start))]
            return bool(between) and set(between) <= _ARTICLES | {"and", "or", "as", "well"}
    return False


def _key(hit: Hit) -> str:
    return hit.key


def take_spare(hits: list[Hit], spare: Counter[str], key: Callable[[Hit], str] = _key) -> list[Hit]:
    """The hits whose entity (or number value) is still in surplus on their side; uses it up."""
    kept = []
    for hit in hits:
        name = key(hit)
        if spare[name] > 0:
            spare[name] -= 1
            kept.append(hit)
    return kept

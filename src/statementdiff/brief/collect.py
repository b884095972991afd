"""Findings from each part of a comparison.

The parts: entity and topic tables, one-sided clauses, pairs' labels and related links.

Each collector returns its findings unranked; :mod:`statementdiff.brief.rank` folds the
ones that say the same thing and orders them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache, partial

from statementdiff.brief.quote import cite, times
from statementdiff.brief.sources import Sources
from statementdiff.lexicon.visible import finditer
from statementdiff.models import Change, Clause, Finding, FindingKind, OneSided
from statementdiff.semantics.entities import GEOGRAPHIC, is_deadline, names_spoken_of
from statementdiff.semantics.kin import said_in_kin
from statementdiff.semantics.voice import GOVERNED_NOUN

__all__ = [
    "LOOSE_PAIR",
    "MAX_CLAUSES",
    "MONEY_CENTRALITY",
    "SCOPE_RATIO",
    "clause_findings",
    "entity_findings",
    "entity_framing_findings",
    "link_findings",
    "lost_terms",
    "money",
    "pair_findings",
    "topic_findings",
]

MAX_CLAUSES = 6
"""Most clause ids a finding lists on one side."""

LOOSE_PAIR = 0.6
"""Below this similarity a pair's watched terms count as gone only when the other
statement never says them (as for related links)."""

SCOPE_RATIO = 0.5
"""An entity named on both sides is a scope change when |a - b| / max(a, b) reaches this."""

MONEY_CENTRALITY = 0.9
"""Least centrality of a one-sided clause that pledges an amount of money."""

INITIATIVE_CENTRALITY = 0.8
"""Least centrality of a one-sided clause that announces, launches or ends an initiative
the other statement never names ("we announce a new 'Quad Partnership for Cable
Connectivity and Resilience'"): such a clause is a pledge."""

ROUTINE = 0.85
"""Share of its weight a one-sided clause keeps when it holds nothing specific: no
pledge, no heavy term the other statement never says, no entity or proper name the
other statement never names. Between two different statements most clauses are found on
one side only; the specific ones are the news."""

NOVEL_TERM = 0.85
"""A one-sided clause holding a watched term this heavy that the other statement never
says (a newly named threat, a coded phrase) is a position, not a passage."""

_SIDE = ("A", "B")
_YEAR = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d"
)
"""A year or a dated day ("2023", "June 10, 2031"): a date, not a sum or a count."""
_WORDS = re.compile(r"[\w'\u2019-]+")
_MONEY = re.compile(
    r"(?:\$|USD|US\$|€|£|¥)\s?\d"
    r"|\d(?:\s?(?:million|billion|trillion|M|bn))?\s?(?:USD|US dollars|dollars|euros|yen|won)\b"
)
_TRADE_FIGURE = re.compile(
    r"\btrade\b[^.;$]{0,60}?\b(?:surpass|exceed|reach|total|worth|valued)\w*\s+"
    r"(?:more than\s+|over\s+|nearly\s+|about\s+|almost\s+)?\$\s?[\d.,]+"
)
"""Money that measures trade ("bilateral trade … surpassing $113 billion in goods"): a
figure of the economy, not an amount the parties give."""
_AMOUNT = re.compile(r"\d\s?(?:million|billion|trillion|percent|%)|\bM\b")
_INITIATIVE_VERBS = (
    "announc",
    "launch",
    "establish",
    "unveil",
    "inaugurat",
    "terminat",
    "reactivat",
    "creat",
)
"""The stems :data:`_INITIATIVE` opens with: a text that holds none of them has no match."""
_INITIATIVE = re.compile(
    rf"\b(?:{'|'.join(_INITIATIVE_VERBS)})\w*\b"
    # the name within a few words of the verb: "announce a new 'Quad Partnership …'", "the
    # ROK announces the termination of its Revised Missile Guidelines"; not a name at the
    # end of a long clause ("publicly announced position … by the People's Republic")
    r"(?:[\s,]+[^\s.;:!?]+){0,6}?[\s,]+(?:[\u2018'\"]|(?:the|a|an|our|its|new)\s+)"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:of|for|and|on|in|to|the)?\s*[A-Z][\w-]*){1,})",
)
_DEADLINE = re.compile(
    r"\b(?:by|until|before|starting on)\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+\d{1,2}|\b(?:19|20)\d\d[-\u2013](?:19|20)\d\d\b",
)


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_DAY = re.compile(rf"{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?")


def _event_day(change: Change, a_text: str, b_text: str) -> bool:
    """True when a number change replaces one day with another, neither a deadline."""
    days = (change.a_text or "").strip(), (change.b_text or "").strip()
    if not all(_DAY.fullmatch(day) for day in days):
        return False
    return not any(
        is_deadline(text[max(0, text.find(day) - 40) : text.find(day)])
        for day, text in zip(days, (a_text, b_text), strict=True)
        if day in text
    )


_DIGIT = re.compile(r"\d")
"""Every match of :data:`_MONEY`, :data:`_MEASURE` and :data:`_DEADLINE` holds a digit: a
clause without one (most clauses) skips them."""


def _w(x: float) -> float:
    return round(min(1.0, max(0.0, x)), 4)


def _ids(ids: Sequence[str]) -> tuple[str, ...]:
    return tuple(ids[:MAX_CLAUSES])


# -- entity table --------------------------------------------------------------


def entity_findings(src: Sources) -> list[Finding]:
    """No longer named, newly named and scope changes, from the entity table.

    The statements' own parties and people are left out; entities named only in the
    same clauses on the side that names them form one finding ("Hong Kong, Xinjiang").
    """
    groups: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    mentions = {row.name: max(row.a_count, row.b_count) for row in src.entities}
    out: list[Finding] = []
    for row in src.entities:
        if row.name in src.own or src.weights.entity(row.name) <= 0.0:
            continue
        if (row.a_count == 0) != (row.b_count == 0):
            side = 0 if row.b_count == 0 else 1
            ids, count = _named_spoken_of(src, side, row.name)
            if not ids:
                continue  # named only inside titles or as where the parties met
            mentions[row.name] = count
            groups.setdefault((side, ids), []).append(row.name)
        elif row.a_count and row.b_count:
            found = _scope(src, row.name, row.a_count, row.b_count)
            if found is not None:
                out.append(found)
    for (side, ids), names in _nested(groups).items():
        if ids:
            out.append(_absent(src, side, ids, names, max(mentions[n] for n in names)))
    return out


def _nested(
    groups: dict[tuple[int, tuple[str, ...]], list[str]],
) -> dict[tuple[int, tuple[str, ...]], list[str]]:
    """Names only ever said in clauses that also name another absent name join its group.

    "Russia's further aggression against Ukraine": when every clause of B that names
    Ukraine also names Russia, Ukraine's absence from A is part of Russia's, one finding
    ("Russia, Ukraine"). A name joins the group with the most clauses that holds all its
    clauses (ties: the first in order of the groups' clause ids).
    """
    out: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    keys = sorted(groups, key=lambda k: (k[0], -len(k[1]), k[1]))
    for key in keys:
        side, ids = key
        host = next(
            (
                other
                for other in keys
                if other != key
                and other[0] == side
                and len(other[1]) > len(ids)
                and set(ids) <= set(other[1])
                and other in out
            ),
            None,
        )
        if host is None:
            out[key] = list(groups[key])
        else:
            out[host].extend(groups[key])
    return out


def _named_spoken_of(src: Sources, side: int, name: str) -> tuple[tuple[str, ...], int]:
    """The clauses of side ``side`` that speak of ``name`` (:func:`names_spoken_of`), how often."""
    lexicon = src.weights.lexicon
    ids: list[str] = []
    count = 0
    for cid in src.naming(side, name):
        n = names_spoken_of(src.clauses[side][cid], lexicon).count(name)
        if n:
            ids.append(cid)
            count += n
    return tuple(ids), count


def _absent(src: Sources, side: int, ids: tuple[str, ...], names: list[str], count: int) -> Finding:
    """Entities named ``count`` times on ``side`` only, all in the clauses ``ids``."""
    kind: FindingKind = "no-longer-named" if side == 0 else "newly-named"
    centrality = max(src.weights.entity(name) for name in names)
    strength = src.weights.strength(kind) * (0.7 + 0.1 * min(count, 3))
    weight = centrality * strength + 0.03 * (len(names) - 1)
    subject = ", ".join(names)
    first = ids[0]
    where = cite(first, src.text(side, first), names[0])
    other = sorted({p for cid in ids for p in src.partners[side][cid]})
    partner_ids = [p for p in src.clauses[1 - side] if p in set(other)][:3]
    said = f"named {times(count)} in {_SIDE[side]} ({where}), not in {_SIDE[1 - side]}"
    if partner_ids:
        p = partner_ids[0]
        said += f"; {_SIDE[1 - side]} says instead {cite(p, src.text(1 - side, p))}"
    a, b = (ids, tuple(partner_ids)) if side == 0 else (tuple(partner_ids), ids)
    return Finding(
        kind=kind,
        subject=subject,
        summary=f"{subject}: {said}.",
        weight=_w(weight),
        a=_ids(a),
        b=_ids(b),
    )


def _scope(src: Sources, name: str, a_count: int, b_count: int) -> Finding | None:
    ratio = abs(a_count - b_count) / max(a_count, b_count)
    if ratio < SCOPE_RATIO:
        return None
    a_ids, b_ids = src.naming(0, name), src.naming(1, name)
    if not a_ids or not b_ids:
        return None
    weight = src.weights.entity(name) * src.weights.strength("scope-change") * ratio
    summary = (
        f"{name}: named {times(a_count)} in A ({cite(a_ids[0], src.text(0, a_ids[0]), name)}), "
        f"{times(b_count)} in B ({cite(b_ids[0], src.text(1, b_ids[0]), name)})."
    )
    return Finding(
        kind="scope-change",
        subject=name,
        summary=summary,
        weight=_w(weight),
        a=_ids(a_ids),
        b=_ids(b_ids),
    )


# -- one-sided clauses ---------------------------------------------------------


def clause_findings(src: Sources) -> list[Finding]:
    """Commitments, positions, pledges and other passages found on one side only.

    A one-sided clause weighs more the rarer one-sided clauses are on its side: in a
    revision that deletes one sentence, that deletion is the strongest finding; between
    two different statements, most clauses are one-sided and each says less.
    """
    out: list[Finding] = []
    # each side's clauses as words, once (not once per one-sided clause and once per side)
    words: dict[int, dict[str, str]] = {}

    def words_of(side: int) -> dict[str, str]:
        if side not in words:
            words[side] = {cid: _word_string(c.text) for cid, c in src.clauses[side].items()}
        return words[side]

    for side, ones in ((0, src.only_a), (1, src.only_b)):
        total = len(src.clauses[side]) or 1
        rarity = 1.0 - len(ones) / total
        if not ones:
            continue
        there = _Said(list(words_of(1 - side).values()))
        mine = words_of(side)
        for one in ones:
            found = _one_sided(src, side, one, rarity, there, mine.get(one.id))
            if found is not None:
                out.append(found)
    return out


def _one_sided(
    src: Sources, side: int, one: OneSided, rarity: float, there: _Said, needle: str | None
) -> Finding | None:
    """The finding of one clause of side ``side`` only (``needle``: its words, if known)."""
    clause = src.clauses[side].get(one.id)
    if clause is None or not any(ch.islower() for ch in clause.text):
        return None  # a heading in capitals ("FURTHERING OUR MARITIME PARTNERSHIP") says nothing
    if needle is None:
        needle = _word_string(clause.text)
    if not needle or there.holds(needle):  # see _said_there
        return None
    dropped = side == 0
    novel = {
        t: w
        for t, w in src.weights.terms(clause.text).items()
        if w >= NOVEL_TERM and not src.term_counts[1 - side].get(t)
    }
    committed = clause.modality or (
        clause.stance is not None and clause.stance.polarity != "negative"
    )
    # a figure of trade is measured, not given: no money, no amount of the parties'
    text = _TRADE_FIGURE.sub(" ", clause.text)
    digits = _DIGIT.search(text) is not None
    has_money = digits and _MONEY.search(text) is not None
    pledge = (
        has_money
        or (digits and _MEASURE.search(text) is not None)
        or (
            committed
            and (
                _AMOUNT.search(text) is not None or (digits and _DEADLINE.search(text) is not None)
            )
        )
    )
    # whether it names something new: read once, only when needed
    newly = _newly_named(src, side, one.id) if _initiative(clause) else None
    initiative = bool(newly)
    if pledge or initiative:
        kind: FindingKind = "pledge-dropped" if dropped else "pledge-added"
        label = "Pledge"
    elif (clause.stance is not None and clause.stance.polarity == "negative") or (
        novel and clause.stance is None
    ):
        kind = "position-dropped" if dropped else "position-added"
        label = "Position"
    elif _commits(src, clause):
        kind = "commitment-dropped" if dropped else "commitment-added"
        label = "Commitment"
    elif clause.stance is not None or _speaks(src, clause):
        kind = "position-dropped" if dropped else "position-added"
        label = "Position"
    else:
        kind = "passage-dropped" if dropped else "passage-added"
        label = "Passage"
    centrality = src.centrality(side, one.id) or 0.25
    if has_money:
        centrality = max(centrality, MONEY_CENTRALITY)
    if initiative:
        centrality = max(centrality, INITIATIVE_CENTRALITY)
    specific = (
        pledge
        or initiative
        or novel
        or (newly if newly is not None else _newly_named(src, side, one.id))
    )
    weight = centrality * src.weights.strength(kind) * (0.6 + 0.4 * rarity)
    if not specific:
        weight *= ROUTINE
    focus = clause.stance.text if clause.stance is not None else None
    if novel:
        focus = max(sorted(novel), key=lambda t: novel[t])
    summary = (
        f"{label} only in {_SIDE[side]}: {cite(one.id, clause.text, focus)}"
        f" has no counterpart in {_SIDE[1 - side]}"
    )
    kept = src.partners[side][one.id][:1]
    if kept:
        # the rest of its sentence is paired: say what the other side kept of it
        summary += f", which keeps only {cite(kept[0], src.text(1 - side, kept[0]))}"
    else:
        instead = src.said_instead(side, one.id)
        if instead is not None:
            kept = (instead,)
            summary += (
                f"; the corresponding passage of {_SIDE[1 - side]} says "
                f"{cite(instead, src.text(1 - side, instead))}"
            )
    summary += "."
    a, b = ((one.id,), kept) if dropped else (kept, (one.id,))
    return Finding(kind=kind, subject=one.id, summary=summary, weight=_w(weight), a=a, b=b)


_PROPER = re.compile(
    r"[A-Z](?<!^.)(?<!\w.)(?<![.!?]\s.)[\w-]*(?:\s+(?:of|for|and|on|the|to)?\s*[A-Z][\w-]+){1,}"
)
"""A proper name of two capitalised words or more, not at the start of the text or of a
sentence. The capital comes first and the tests of what stands before it after, so
that the engine skips to the next capital in one step (the pattern with the look-behinds
first, ``(?<![.!?]\\s)(?<!^)\\b[A-Z]...``, ran them at every character)."""


def _commits(src: Sources, clause: Clause) -> bool:
    """True when a clause binds its speakers: a modal phrase, or a verb of backing.

    "We will expand cooperation", "committed to remain attentive", "we seek to deepen",
    "we continue to work" and "we support" or "reaffirm our support for" ASEAN centrality
    (``backing`` in ``[stance]``, said by the clause's stance verb or the noun a restating
    verb governs) commit; "highlighted the important work of the Quad", "commended the
    unity of U.N. Member States" and "call on the DPRK to return to negotiations" give a
    view or a demand: a position.
    """
    if clause.modality:
        return True
    lexicon = src.weights.lexicon
    stance = clause.stance
    if stance is None or stance.verb not in lexicon.stance:
        return False
    if lexicon.stance[stance.verb].backing:
        return True
    at = clause.text.find(stance.text)
    if not stance.continuity or at < 0:
        return False
    after = at + len(stance.text)
    if _holds_to_instrument(lexicon.phrases.instruments, clause.text, after):
        return True
    governed = GOVERNED_NOUN.match(clause.text, after)
    reach = governed.end() if governed else after
    return any(
        hit.start <= reach and lexicon.stance[hit.key].backing
        for hit in finditer(lexicon.matchers.stance, clause.text, after, len(clause.text))
    )


def _speaks(src: Sources, clause: Clause) -> bool:
    """True when the makers say something in a clause: a verb of saying, theirs.

    They are the clause's actor and its verb is one of ``[grammar] expressing`` ("stated
    that their basic positions on Taiwan remain unchanged", "shared the view that …"):
    what they say is their view, a position, not a passage.
    """
    grammar = src.weights.lexicon.clause_grammar
    return bool(clause.parties) and clause.predicate in grammar.expressing


@lru_cache(maxsize=8)
def _instrument_pattern(instruments: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words a restating verb governs when it restates an instrument.

    "UNSC Resolution 2593", "that Article V of the Treaty", "the Charter": at most four
    capitalised words before a noun of ``[phrases] instruments``.
    """
    if not instruments:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(instruments, key=len, reverse=True))
    return re.compile(
        r"\s+(?:that\s+)?(?:(?:the|our|their|its|all|relevant)\s+)?"
        rf"(?:[A-Z][\w.'\u2019-]*\s+){{0,4}}(?:{nouns})\b"
    )


def _holds_to_instrument(instruments: tuple[str, ...], text: str, after: int) -> bool:
    """True when the words right after a restating verb name a binding instrument."""
    pattern = _instrument_pattern(instruments)
    return pattern is not None and pattern.match(text, after) is not None


def _initiative(clause: Clause) -> bool:
    """True when a clause announces, launches or ends something by name (:data:`_INITIATIVE`).

    The name is no country or place ("condemned the ballistic missile launches of the
    Democratic People's Republic of Korea": a launch, but of missiles, by a country). Its
    verbs are looked for first.
    """
    places = [(e.span.start, e.span.end) for e in clause.entities if e.kind in GEOGRAPHIC]
    for found in initiative_matches(clause.text):
        at = clause.span.start + found.start("name")
        if not any(start <= at < end for start, end in places):
            return True
    return False


def initiative_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_INITIATIVE` in ``text``: none without one of its verbs."""
    if not any(verb in text for verb in _INITIATIVE_VERBS):
        return []
    return list(_INITIATIVE.finditer(text))


_TITLES = re.compile(
    r"^(?:The|We|Our|This|These|Both|Today)\b|\b(?:President|Prime Minister|Minister|Secretary"
    r"|Vice|Premier|Chancellor|King|Queen|Mr|Ms|Dr)\b"
)


def _newly_named(src: Sources, side: int, clause_id: str) -> bool:
    """True when a clause names something the other statement never names.

    An entity of the lexicon (own parties aside) absent from the other side, or a proper
    name of two capitalised words or more (an initiative, a body, an instrument: "Quad
    Partnership for Cable Connectivity and Resilience") that the other text never holds.
    """
    other = 1 - side
    for name in src.named[side][clause_id]:
        if name not in src.own and src.weights.entity(name) > 0 and not src.naming(other, name):
            return True
    for match in _PROPER.finditer(src.text(side, clause_id)):
        name = match.group(0)
        if _TITLES.search(name) or any(p in name for p in src.own):
            continue
        if not src.says(other, name):
            return True
    return False


def money(text: str) -> str | None:
    """The first amount of money ``text`` names ("USD $ 5.2 billion"), else None."""
    match = _MONEY.search(_TRADE_FIGURE.sub(" ", text))
    return match.group(0) if match else None


def _word_string(text: str) -> str:
    """A text's words, lower-cased, joined by single spaces."""
    return " ".join(_WORDS.findall(text.lower()))


class _Said:
    """The other side's clauses as :func:`_word_string` gives them, indexed by word.

    A text of two words or more stands inside a clause only if every word between its
    first and its last (an *inner* word, spaces on both sides) is a whole word of that
    clause: the clauses that hold the rarest inner word are the only candidates, so a
    one-sided clause is tested against a few clauses, not against all of them. Texts of
    one or two words (no inner word) are looked for in all clauses joined by a line break,
    which no word holds: in one C scan, with the same answer.

    Examples:
        >>> said = _Said(["we will continue to work", "the united states will"])
        >>> said.holds("will continue to"), said.holds("states will continue")
        (True, False)
        >>> said.holds("nited"), said.holds("will we")
        (True, False)
    """

    def __init__(self, there: list[str]) -> None:
        self._there = there
        self._joined = "\n".join(there)
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for k, words in enumerate(there):
            for word in set(words.split(" ")):
                postings[word].append(k)
        self._postings = dict(postings)

    def holds(self, needle: str) -> bool:
        """True when ``needle`` (a non-empty word string) stands inside one of the clauses."""
        inner = needle.split(" ")[1:-1]
        if not inner:
            return needle in self._joined
        postings = self._postings
        if not postings.keys() >= set(inner):
            return False  # an inner word no clause holds
        candidates = min(map(postings.__getitem__, inner), key=len)
        there = self._there
        return any(needle in there[k] for k in candidates)


def _said_there(there: _Said, text: str) -> bool:
    """True when a clause's whole text stands inside a clause of the other side.

    A clause split off its sentence ("The United States will") that the other side says
    in full ("The United States will continue to modify …") is no finding. ``there`` holds
    the other side's clauses as :func:`_word_string` gives them.
    """
    needle = _word_string(text)
    if not needle:
        return True
    return there.holds(needle)


_AGREED = re.compile(
    r"\b(?:\w+\s+)?period of \d+ (?:days?|weeks?|months?|years?)"
    r"|\b(?:since|starting on|starting|from|by|until|before|after)\s+"
    rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\bNo\.\s?\d+ of \d{4}|\b(?:Executive Order|Resolution|UNSCR?)\s+\d{3,}",
)
_INSTRUMENT = re.compile(r"(?:Executive Order|Resolution|UNSCR?)\s+(\d{3,})")


def _term_key(term: str) -> str:
    """A term as compared: a numbered instrument by its number, the rest as written.

    "UNSCR 1267" is the "UNSC 1267" of the Sanctions Committee, and "Resolution 1267" too.
    """
    instrument = _INSTRUMENT.fullmatch(term)
    return instrument.group(1) if instrument else term


_MEASURE = re.compile(
    r"\bperiod of \d+ (?:days?|weeks?|months?|years?)|\bNo\.\s?\d+ of \d{4}"
    r"|\bExecutive Orders?\s+\d{3,}"
)
"""A measure with its legal terms (a period, a numbered instrument): a one-sided clause
that holds one is a pledge even without a modal of its own ("(ii) removing the duties
imposed by Executive Order 14259")."""


def _terms_changed(
    src: Sources,
    a_ids: tuple[str, ...],
    b_ids: tuple[str, ...],
    a_text: str,
    b_text: str,
    centrality: float,
) -> Finding | None:
    """The terms of an agreement changed inside a pair: periods, dates, instruments.

    "an initial period of 90 days" (A) → "an additional period of 90 days, starting on
    August 12, 2025" (B); "Announcement … No. 5 of 2025" gone. Numbers the labels already
    report as changed are left to them, and a term the other side's paragraph says is kept.
    """
    a_terms = list(dict.fromkeys(m.group(0) for m in _AGREED.finditer(a_text)))
    b_terms = list(dict.fromkeys(m.group(0) for m in _AGREED.finditer(b_text)))
    if not a_terms and not b_terms:
        return None
    # a term the other side's paragraph says next to the pair is kept ("… in accordance
    # with UNSCR 2593" a sentence before "We reaffirm that Afghan territory …")
    a_keys = {_term_key(m.group(0)) for m in _AGREED.finditer(src.block_text(0, a_ids))}
    b_keys = {_term_key(m.group(0)) for m in _AGREED.finditer(src.block_text(1, b_ids))}
    gone = [t for t in a_terms if _term_key(t) not in b_keys]
    new = [t for t in b_terms if _term_key(t) not in a_keys]
    if not gone and not new:
        return None
    parts = []
    if gone:
        parts.append("gone: " + ", ".join(f"'{t}'" for t in gone))
    if new:
        parts.append("new: " + ", ".join(f"'{t}'" for t in new))
    subject = "; ".join(parts)
    weight = max(centrality, 0.5) * src.weights.strength("pledge-changed") * 0.9
    summary = (
        f"Terms changed ({subject}): A {cite(a_ids[0], a_text, gone[0] if gone else None)} → B "
        f"{cite(b_ids[0], b_text, new[0] if new else None)}."
    )
    return Finding(
        kind="pledge-changed", subject=subject, summary=summary, weight=_w(weight), a=a_ids, b=b_ids
    )


# -- pairs and related links ---------------------------------------------------


_SHIFTS = {
    "modality-changed": 0.6,
    "stance-stronger": 0.9,
    "stance-weaker": 0.9,
    "negation-changed": 1.0,
    "hedge-added": 0.7,
    "hedge-removed": 0.7,
}

DEGREE_SHIFT = 0.6
"""The share of a stance shift that a degree word of importance ("an indispensable element"
→ "an essential element") weighs, as a change of modality does: the verb of the act is the
parties' stance, the degree word a nuance of it (judged blind in session 13, such shifts
were read as near-synonyms)."""


def _shift(src: Sources, change: Change) -> float:
    """How much of a stance shift ``change`` weighs (:data:`_SHIFTS`, :data:`DEGREE_SHIFT`)."""
    if change.kind.startswith("stance-") and (change.a_text or "").lower() in (
        src.weights.lexicon.phrases.degree_of()
    ):
        return DEGREE_SHIFT
    return _SHIFTS[change.kind]


def pair_findings(src: Sources) -> list[Finding]:
    """Stance shifts, number changes and reframings inside pairs."""
    out: list[Finding] = []
    for pair in src.pairs:
        if pair.relation == "unchanged":
            continue
        centrality = max(
            [src.centrality(0, x) for x in pair.a] + [src.centrality(1, y) for y in pair.b]
        )
        a_text, b_text = src.words(0, pair.a), src.words(1, pair.b)
        shifts = [c for c in pair.changes if c.kind in _SHIFTS]
        if shifts:
            change = max(shifts, key=partial(_shift, src))
            weight = centrality * src.weights.strength("stance-shift") * _shift(src, change)
            detail = change.detail or change.kind
            out.append(
                Finding(
                    kind="stance-shift",
                    subject=" ".join(pair.a),
                    summary=(
                        f"{change.kind.replace('-', ' ').capitalize()} ({detail}): A "
                        f"{cite(pair.a[0], a_text, change.a_text)} → B "
                        f"{cite(pair.b[0], b_text, change.b_text)}."
                    ),
                    weight=_w(weight),
                    a=pair.a,
                    b=pair.b,
                )
            )
        numbers = [c for c in pair.changes if c.kind == "number-changed" and c.a_text and c.b_text]
        if not numbers:
            found = _terms_changed(src, pair.a, pair.b, a_text, b_text, centrality)
            if found is not None:
                out.append(found)
        # a day the meeting took place ("Meeting in Seoul on September 22, 2031" against "on
        # June 10, 2031"): when the statements met, not a term they set (a deadline is "by",
        # "until", "before" or "starting on" a day)
        numbers = [c for c in numbers if not _event_day(c, a_text, b_text)]
        if numbers:
            c = numbers[0]
            # a year or a day replaced ("next summit in 2023" → "in 2024", "on June 10, 2031"
            # → "on September 22, 2031") is a date, not a sum
            years = _YEAR.fullmatch((c.a_text or "").strip()) and _YEAR.fullmatch(
                (c.b_text or "").strip()
            )
            weight = (0.5 if years else max(centrality, 0.5)) * src.weights.strength(
                "pledge-changed"
            )
            out.append(
                Finding(
                    kind="pledge-changed",
                    subject=f"{c.a_text} → {c.b_text}",
                    summary=(
                        f"{c.a_text} → {c.b_text}: A {cite(pair.a[0], a_text, c.a_text)} → B "
                        f"{cite(pair.b[0], b_text, c.b_text)}."
                    ),
                    weight=_w(weight),
                    a=pair.a,
                    b=pair.b,
                )
            )
        replaced = sorted(
            {c.detail for c in pair.changes if c.kind == "entity-dropped" and "→" in c.detail}
        )
        loose = pair.similarity < LOOSE_PAIR
        found = _reframing(src, pair.a, pair.b, a_text, b_text, replaced, 1.0, strict=loose)
        if found is not None:
            out.append(found)
    return out


def link_findings(src: Sources) -> list[Finding]:
    """Reframings between related sentences (the same point made in other words)."""
    out: list[Finding] = []
    for link in src.related:
        a_text, b_text = src.words(0, link.a), src.words(1, link.b)
        scale = 0.5 + 0.5 * link.score
        found = _reframing(src, link.a, link.b, a_text, b_text, [], scale, strict=True)
        if found is not None:
            out.append(found)
    return out


def _reframing(
    src: Sources,
    a_ids: tuple[str, ...],
    b_ids: tuple[str, ...],
    a_text: str,
    b_text: str,
    replaced: list[str],
    scale: float,
    *,
    strict: bool = False,
) -> Finding | None:
    """A framing change: an entity in another's place, or watched terms gone or new."""
    a_terms, b_terms = src.weights.terms(a_text), src.weights.terms(b_text)
    a_all, b_all = src.term_counts
    least = 0 if strict else None
    # the paragraphs around the two sides (a term said next to the pair is kept): folded
    # only when a term is left to test against them
    gone = lost_terms(
        a_terms,
        b_terms,
        (a_all, b_all),
        lambda: src.weights.fold(src.block_text(1, b_ids)).lower(),
        least=least,
    )
    new = lost_terms(
        b_terms,
        a_terms,
        (b_all, a_all),
        lambda: src.weights.fold(src.block_text(0, a_ids)).lower(),
        least=least,
    )
    # a word of the term's family in a counterpart keeps it ("democracy" → "democratic"):
    # this pair's other side, or any clause paired or related with this side's clauses
    theirs = " ".join([b_text, *_partner_texts(src, 0, a_ids)]).lower()
    mine = " ".join([a_text, *_partner_texts(src, 1, b_ids)]).lower()
    gone = [t for t in gone if not said_in_kin(t, theirs)]
    new = [t for t in new if not said_in_kin(t, mine)]
    if gone and _relocated(src, 0, a_text, b_text):
        gone = []
    if new and _relocated(src, 1, b_text, a_text):
        new = []
    gone = [t for t in gone if not any(t != u and t.lower() in u.lower() for u in gone)]
    new = [t for t in new if not any(t != u and t.lower() in u.lower() for u in new)]
    scores = [a_terms[t] for t in gone] + [b_terms[t] for t in new]
    for detail in replaced:
        scores += [src.weights.entity(n.strip()) for n in detail.split("→")]
    if not scores:
        return None
    parts = list(replaced)
    if gone:
        parts.append("gone: " + ", ".join(f"'{t}'" for t in gone))
    if new:
        parts.append("new: " + ", ".join(f"'{t}'" for t in new))
    focus_a = gone[0] if gone else (replaced[0].split("→")[0].strip() if replaced else None)
    focus_b = new[0] if new else (replaced[0].split("→")[1].strip() if replaced else None)
    weight = max(scores) * src.weights.strength("framing-change") * scale
    subject = "; ".join(parts)
    summary = (
        f"Reworded ({subject}): A {cite(a_ids[0], a_text, focus_a)} → B "
        f"{cite(b_ids[0], b_text, focus_b)}."
    )
    return Finding(
        kind="framing-change", subject=subject, summary=summary, weight=_w(weight), a=a_ids, b=b_ids
    )


def lost_terms(
    here: Mapping[str, float],
    there: Mapping[str, float],
    counts: tuple[Mapping[str, int], Mapping[str, int]],
    around: Callable[[], str],
    *,
    least: int | None,
) -> list[str]:
    """The terms of ``here`` its counterpart lost, sorted.

    A term is lost when the counterpart's terms ``there`` lack it, its statement says it
    in fewer clauses (``counts``: clauses holding each term, this side's statement first;
    exactly ``least`` of them when ``least`` is set: a term moved elsewhere is no change)
    and the paragraphs around the counterpart (``around()``, lower case, called only when
    a term is left to test) do not hold it either.

    Examples:
        >>> lost_terms({"war": 1.0, "arms": 0.5}, {"arms": 0.5}, ({"war": 2}, {}),
        ...            lambda: "no war here", least=None)
        []
        >>> lost_terms({"war": 1.0}, {}, ({"war": 2}, {}), lambda: "peace", least=0)
        ['war']
    """
    mine, theirs = counts
    left = [
        t
        for t in here
        if t not in there
        and theirs.get(t, 0) < mine.get(t, 0)
        and (least is None or theirs.get(t, 0) == least)
    ]
    if not left:
        return []
    low = around()
    return sorted(t for t in left if t.lower() not in low)


def _contexts(text: str, term: str, fold: Callable[[str], str]) -> set[tuple[str, ...]]:
    """The two words before and the two words after each occurrence of ``term``."""
    words = [w.lower() for w in _WORDS.findall(fold(text))]
    span = term.lower().split()
    out: set[tuple[str, ...]] = set()
    for i in range(len(words) - len(span) + 1):
        if words[i : i + len(span)] == span:
            before = tuple(words[max(0, i - 2) : i])
            after = tuple(words[i + len(span) : i + len(span) + 2])
            if len(before) == 2:
                out.add(("<", *before))
            if len(after) == 2:
                out.add((">", *after))
    return out


def entity_framing_findings(src: Sources) -> list[Finding]:
    """An entity named on both sides in the same phrase with one watched term for another.

    "a tragic conflict raging in Ukraine" (A) and "the war raging in Ukraine" (B): the
    clauses need not be paired (they often are not, the sentences around them differ),
    but the entity, the two words next to the term and the term's vanishing from every
    clause that names the entity on the other side make it one reframing.
    """
    out: list[Finding] = []
    for row in src.entities:
        if row.name in src.own or not (row.a_count and row.b_count):
            continue
        centrality = src.weights.entity(row.name)
        if centrality < 0.5:
            continue
        a_ids, b_ids = src.naming(0, row.name), src.naming(1, row.name)
        a_terms = {cid: src.weights.terms(src.text(0, cid)) for cid in a_ids}
        b_terms = {cid: src.weights.terms(src.text(1, cid)) for cid in b_ids}
        a_all = {t for ts in a_terms.values() for t in ts}
        b_all = {t for ts in b_terms.values() for t in ts}
        best: tuple[float, str, str, str, str] | None = None
        for x in a_ids:
            low_x = src.text(0, x).lower()
            for gone in sorted(set(a_terms[x]) - b_all):
                for y in b_ids:
                    if said_in_kin(gone, src.text(1, y).lower()):
                        continue  # "democracy" → "dialogue … a democratic system"
                    for new in sorted(set(b_terms[y]) - a_all):
                        if gone.lower() in new.lower() or new.lower() in gone.lower():
                            continue
                        if said_in_kin(new, low_x):
                            continue
                        shared = _contexts(src.text(0, x), gone, src.weights.fold) & _contexts(
                            src.text(1, y), new, src.weights.fold
                        )
                        if not shared:
                            continue
                        score = max(a_terms[x][gone], b_terms[y][new])
                        if best is None or score > best[0]:
                            best = (score, x, y, gone, new)
        if best is None:
            continue
        score, x, y, gone, new = best
        weight = max(centrality, score) * src.weights.strength("framing-change") * 0.9
        subject = f"{row.name}: '{gone}' → '{new}'"
        summary = (
            f"Reworded ({subject}): A {cite(x, src.text(0, x), gone)} → B "
            f"{cite(y, src.text(1, y), new)}."
        )
        out.append(
            Finding(
                kind="framing-change",
                subject=subject,
                summary=summary,
                weight=_w(weight),
                a=(x,),
                b=(y,),
            )
        )
    return out


_NUMBER = re.compile(r"(?<![\w/.-])(?!(?:19|20)\d\d\b)\d{3,}(?![\w/-])")


def _partner_texts(src: Sources, side: int, ids: tuple[str, ...]) -> list[str]:
    """The texts of the other side's clauses paired or related with clauses ``ids``."""
    found = {p for cid in ids for p in src.partners[side].get(cid, ())}
    return [src.text(1 - side, p) for p in sorted(found)]


def _relocated(src: Sources, side: int, text: str, other_text: str) -> bool:
    """True when the numbers ``text`` adds to its counterpart all stand in the other statement.

    A resolution or an instrument both statements name ("UNSC 1267") has moved, it is
    not new.
    """
    added = set(_NUMBER.findall(text)) - set(_NUMBER.findall(other_text))
    if not added:
        return False
    elsewhere = set(_NUMBER.findall(" ".join(c.text for c in src.clauses[1 - side].values())))
    return added <= elsewhere


# -- topic table ---------------------------------------------------------------


def topic_findings(src: Sources) -> list[Finding]:
    """Topics discussed on one side only."""
    out: list[Finding] = []
    for row in src.topics:
        if (row.a_count == 0) == (row.b_count == 0):
            continue
        side = 0 if row.b_count == 0 else 1
        ids = row.a_clauses if side == 0 else row.b_clauses
        kind: FindingKind = "topic-dropped" if side == 0 else "topic-added"
        count = len(ids)
        weight = (
            src.weights.topic(row.name) * src.weights.strength(kind) * (0.7 + 0.1 * min(count, 3))
        )
        summary = (
            f"Topic {row.name}: {count} clause{'s' if count != 1 else ''} in {_SIDE[side]} "
            f"({cite(ids[0], src.text(side, ids[0]))}), none in {_SIDE[1 - side]}."
        )
        a, b = (ids, ()) if side == 0 else ((), ids)
        out.append(
            Finding(
                kind=kind,
                subject=row.name,
                summary=summary,
                weight=_w(weight),
                a=_ids(a),
                b=_ids(b),
            )
        )
    return out

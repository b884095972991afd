"""Findings inside pairs and related links: stance shifts, changed terms, reworded framing.

A pair's strongest stance, modality or hedge label is a ``stance-shift``; a number or a
term of an agreement changed inside a pair is a ``pledge-changed``; a watched term gone or
new between two clauses that make the same point (a pair, a related link, or two clauses
that name one entity in the same phrase) is a ``framing-change``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial

from statementdiff.align.tokens import content_tokens
from statementdiff.brief.common import WORDS, clamp_weight
from statementdiff.brief.quote import cite
from statementdiff.brief.sources import Sources
from statementdiff.models import Change, Finding
from statementdiff.semantics.kin import said_in_kin
from statementdiff.semantics.numbers import is_deadline

__all__ = [
    "DEGREE_SHIFT",
    "LOOSE_PAIR",
    "entity_framing_findings",
    "link_findings",
    "lost_terms",
    "pair_findings",
]

LOOSE_PAIR = 0.6
"""Below this similarity a pair's watched terms count as gone only when the other
statement never says them (as for related links)."""

_YEAR = re.compile(
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d"
)
"""A year or a dated day ("2023", "June 10, 2031"): a date, not a sum or a count."""

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


def _gone_new(gone: list[str], new: list[str]) -> list[str]:
    """The parts of a subject that list terms gone and new ("gone: 'a', 'b'", "new: 'c'")."""
    parts = []
    if gone:
        parts.append("gone: " + ", ".join(f"'{t}'" for t in gone))
    if new:
        parts.append("new: " + ", ".join(f"'{t}'" for t in new))
    return parts


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
    subject = "; ".join(_gone_new(gone, new))
    weight = max(centrality, 0.5) * src.weights.strength("pledge-changed") * 0.9
    summary = (
        f"Terms changed ({subject}): A {cite(a_ids[0], a_text, gone[0] if gone else None)} → B "
        f"{cite(b_ids[0], b_text, new[0] if new else None)}."
    )
    return Finding(
        kind="pledge-changed",
        subject=subject,
        summary=summary,
        weight=clamp_weight(weight),
        a=a_ids,
        b=b_ids,
    )


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
                    weight=clamp_weight(weight),
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
                    weight=clamp_weight(weight),
                    a=pair.a,
                    b=pair.b,
                )
            )
        replaced = sorted(
            {c.detail for c in pair.changes if c.kind == "entity-dropped" and "→" in c.detail}
        )
        loose = pair.similarity < LOOSE_PAIR
        scope = [c for c in pair.changes if c.kind in _SCOPE]
        found = _reframing(
            src,
            pair.a,
            pair.b,
            a_text,
            b_text,
            replaced,
            1.0,
            strict=loose,
            scope=(scope, centrality),
            # two clauses that nothing but common words ties make two points: a term one
            # says and the other does not is no rewording ("Iran must stop supporting
            # Russia's war of aggression" against "Any use of nuclear weapons by Russia in
            # … its war of aggression … would be inadmissible")
            read_terms=(pair.a, pair.b) not in src.alone,
        )
        if found is not None:
            out.append(found)
    return out


_SCOPE = ("scope-added", "scope-dropped")
"""Labels of a qualifying phrase added or dropped whole: what the clause covers changed."""


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
    scope: tuple[list[Change], float] = ([], 0.0),
    read_terms: bool = True,
) -> Finding | None:
    """A framing change: an entity in another's place, watched terms gone or new, or scope.

    ``scope`` holds a pair's labels of a qualifying phrase added or dropped whole and the
    pair's centrality: "peace and stability in the Taiwan Strait" → "… as an essential
    element in security and prosperity in the Indo-Pacific region" widens what the parties
    say of the Strait, and weighs as the clause's subject does (the phrase itself names
    less than what it qualifies). A phrase that holds a watched term gone or new is that
    term's change already. ``read_terms`` False reads no watched term (a pair nothing
    supports).
    """
    a_terms, b_terms = src.weights.terms(a_text), src.weights.terms(b_text)
    if not read_terms:  # names put in each other's place and scope phrases only
        a_terms, b_terms = {}, {}
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
    terms = [t.lower() for t in (*gone, *new)]
    qualifiers = [
        c
        for c in scope[0]
        if not any(t in (c.a_text or c.b_text or "").lower() for t in terms)
        and not _said_around(src, (b_ids, 1) if c.kind == "scope-dropped" else (a_ids, 0), c)
    ]
    scores = [a_terms[t] for t in gone] + [b_terms[t] for t in new]
    for detail in replaced:
        scores += [src.weights.entity(n.strip()) for n in detail.split("→")]
    scores += [scope[1] for _ in qualifiers]
    if not scores:
        return None
    parts = [*replaced, *_gone_new(gone, new), *(c.detail for c in qualifiers if c.detail)]
    focus_a = gone[0] if gone else (replaced[0].split("→")[0].strip() if replaced else None)
    focus_b = new[0] if new else (replaced[0].split("→")[1].strip() if replaced else None)
    if not (gone or new or replaced):
        focus_a, focus_b = qualifiers[0].a_text, qualifiers[0].b_text
    weight = max(scores) * src.weights.strength("framing-change") * scale
    subject = "; ".join(parts)
    summary = (
        f"Reworded ({subject}): A {cite(a_ids[0], a_text, focus_a)} → B "
        f"{cite(b_ids[0], b_text, focus_b)}."
    )
    return Finding(
        kind="framing-change",
        subject=subject,
        summary=summary,
        weight=clamp_weight(weight),
        a=a_ids,
        b=b_ids,
    )


def _said_around(src: Sources, counterpart: tuple[tuple[str, ...], int], change: Change) -> bool:
    """True when the counterpart's paragraphs hold every content word of a scope phrase.

    "including cross-border terrorism" added where the other statement's paragraph goes on
    "…, including cross-border attacks"; "including the DPRK" where it urges North Korea
    to abide by the same resolutions: the scope is said next to the pair, as a watched term
    said there is kept (:func:`lost_terms`). Words are compared as alignment compares them
    (stemmed, names folded to one entity).
    """
    ids, side = counterpart
    phrase = content_tokens(change.a_text or change.b_text or "")
    return bool(phrase) and set(phrase) <= set(content_tokens(src.block_text(side, ids)))


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
    words = [w.lower() for w in WORDS.findall(fold(text))]
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


def _telling(shared: set[tuple[str, ...]], x: str, y: str, src: Sources) -> bool:
    """True when one shared context holds a content word that is no name.

    "a tragic conflict raging in Ukraine" and "the war raging in Ukraine" share "raging
    in": the same phrase. "interference by Russia" and "any use of nuclear weapons by
    Russia" share only "by Russia", a preposition and a name the two clauses say: two
    phrases, for Russia and for Ukraine alike.
    """
    if not shared:
        return False
    table = src.weights.lexicon.alias_table
    names = {
        token for name in src.named[0][x] | src.named[1][y] for token in content_tokens(name, table)
    }
    return any(set(content_tokens(" ".join(ctx[1:]), table)) - names for ctx in shared)


def entity_framing_findings(src: Sources) -> list[Finding]:
    """An entity named on both sides in the same phrase with one watched term for another.

    "a tragic conflict raging in Ukraine" (A) and "the war raging in Ukraine" (B): the
    clauses need not be paired (they often are not, the sentences around them differ),
    but the entity, the two words next to the term and the term's vanishing from every
    clause that names the entity on the other side make it one reframing. Entities whose
    reframing is the same two clauses and terms make one finding ("Russia, Ukraine: …").
    """
    found: dict[tuple[str, str, str, str], tuple[list[str], float]] = {}
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
                        if not _telling(shared, x, y, src):
                            continue
                        score = max(a_terms[x][gone], b_terms[y][new])
                        if best is None or score > best[0]:
                            best = (score, x, y, gone, new)
        if best is None:
            continue
        score, x, y, gone, new = best
        weight = max(centrality, score) * src.weights.strength("framing-change") * 0.9
        names, heaviest = found.get((x, y, gone, new), ([], 0.0))
        found[(x, y, gone, new)] = ([*names, row.name], max(heaviest, weight))
    out: list[Finding] = []
    for (x, y, gone, new), (names, weight) in found.items():
        subject = f"{', '.join(names)}: '{gone}' → '{new}'"
        summary = (
            f"Reworded ({subject}): A {cite(x, src.text(0, x), gone)} → B "
            f"{cite(y, src.text(1, y), new)}."
        )
        out.append(
            Finding(
                kind="framing-change",
                subject=subject,
                summary=summary,
                weight=clamp_weight(weight),
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

"""Findings from clauses found on one side only: commitments, positions, pledges, passages.

A one-sided clause is a pledge when it names money, a measure with its terms or an
initiative; a position when its makers state a view or name something heavy the other
statement never says; a commitment when it binds them; a passage otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from statementdiff.brief.common import SIDE, WORDS, clamp_weight
from statementdiff.brief.quote import cite
from statementdiff.brief.sources import Sources
from statementdiff.lexicon.visible import finditer
from statementdiff.models import Clause, Finding, FindingKind, OneSided
from statementdiff.semantics.entities import GEOGRAPHIC
from statementdiff.semantics.voice import GOVERNED_NOUN

__all__ = [
    "INITIATIVE_CENTRALITY",
    "MONEY_CENTRALITY",
    "NOVEL_TERM",
    "ROUTINE",
    "clause_findings",
    "initiative_matches",
    "money",
]

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

_MONEY = re.compile(
    r"(?:\$|USD|US\$|€|£|¥)\s?\d"
    r"|\d(?:\s?(?:million|billion|trillion|M|bn))?\s?(?:USD|US dollars|dollars|euros|yen|won)\b"
)
_FIGURE = re.compile(
    r"\b(?:trade|damages?|losses|costs?|needs)\b[^.;$]{0,60}?"
    r"\b(?:surpass|exceed|reach|total|worth|valued|estimated|amount)\w*\s+(?:at\s+|to\s+)?"
    r"(?:more than\s+|over\s+|nearly\s+|about\s+|almost\s+|approximately\s+)?"
    r"(?:\$|USD|US\$|€|£|¥)\s?[\d.,]+"
    # a count of people in a plight: "3.4 million internally displaced Ukrainians"
    r"|\d[\d.,]*\s?(?:million|billion|thousand)?\s+(?:[a-z]+\s+){0,2}"
    r"(?:displaced|refugees|killed|deaths|casualties|victims)\b"
)
"""Figures that measure, not amounts the parties give: money that measures trade or a
loss ("bilateral trade … surpassing $113 billion in goods", "damages now exceed USD 486
billion"), and a count of people in a plight ("3.4 million internally displaced
Ukrainians")."""
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


_DIGIT = re.compile(r"\d")
"""Every match of :data:`_MONEY`, :data:`_MEASURE` and :data:`_DEADLINE` holds a digit: a
clause without one (most clauses) skips them."""

_MEASURE = re.compile(
    r"\bperiod of \d+ (?:days?|weeks?|months?|years?)|\bNo\.\s?\d+ of \d{4}"
    r"|\bExecutive Orders?\s+\d{3,}"
)
"""A measure with its legal terms (a period, a numbered instrument): a one-sided clause
that holds one is a pledge even without a modal of its own ("(ii) removing the duties
imposed by Executive Order 14259")."""


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
    if _meeting(src, side, clause) and _meets(src, 1 - side):
        return None  # each statement opens on its own meeting: the setting, not news
    dropped = side == 0
    novel = {
        t: w
        for t, w in src.weights.terms(clause.text).items()
        if w >= NOVEL_TERM and not src.term_counts[1 - side].get(t)
    }
    committed = clause.modality or (
        clause.stance is not None and clause.stance.polarity != "negative"
    )
    # a figure that measures (trade, a loss, people in a plight) is no amount the parties give
    text = _FIGURE.sub(" ", _past_preamble(src, clause))
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
    launched = _initiative(clause) and not _launched_before(src, side, clause)
    newly = _newly_named(src, side, one.id) if launched else None
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
        f"{label} only in {SIDE[side]}: {cite(one.id, clause.text, focus)}"
        f" has no counterpart in {SIDE[1 - side]}"
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
                f"; the corresponding passage of {SIDE[1 - side]} says "
                f"{cite(instead, src.text(1 - side, instead))}"
            )
    summary += "."
    a, b = ((one.id,), kept) if dropped else (kept, (one.id,))
    return Finding(
        kind=kind, subject=one.id, summary=summary, weight=clamp_weight(weight), a=a, b=b
    )


_MEETING = re.compile(
    r"\b(?:met|convened|gathered)\b"
    # the present of a meeting under way ("… and Prime Minister Kishida meet at a historic
    # moment"), not an infinitive or a modal ("to meet challenges", "will meet annually")
    # nor a need met ("help partners meet their needs")
    r"|(?<!\bto )(?<!\bwill )(?<!\bshall )(?<!\bwould )(?<!\bcan )(?<!\bcould )"
    r"\b(?:meet|meets|convene|convenes|gather)\s+(?:at|in|on|for|today|virtually|here)\b"
    r"|\bheld (?:a |an |the |their )?(?:\w+ ){0,3}"
    r"(?:meeting|summit|talks|dialogue|consultations)\b",
    re.IGNORECASE,
)
"""Words of the meeting a statement reports: "we … met for the third in-person Quad Leaders'
Summit", "convened to reaffirm", "held the Extended Deterrence Dialogue"."""

OPENING_PARAGRAPHS = 2
"""The paragraphs (or items) of a statement that open it: where it says who met."""


def _opening(src: Sources, side: int) -> dict[str, Clause]:
    """The clauses of the first :data:`OPENING_PARAGRAPHS` blocks of side ``side``, by id."""
    blocks: list[str] = []
    out: dict[str, Clause] = {}
    for cid, clause in src.clauses[side].items():
        block = cid.rsplit(".", 2)[0]
        if block not in blocks:
            if len(blocks) == OPENING_PARAGRAPHS:
                break
            blocks.append(block)
        out[cid] = clause
    return out


def _meeting(src: Sources, side: int, clause: Clause) -> bool:
    """True for a clause of a statement's opening that reports the meeting itself."""
    return _MEETING.search(clause.text) is not None and clause.id in _opening(src, side)


def _meets(src: Sources, side: int) -> bool:
    """True when side ``side`` reports its own meeting in its opening."""
    return any(_MEETING.search(c.text) for c in _opening(src, side).values())


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _launched_before(src: Sources, side: int, clause: Clause) -> bool:
    """True when a clause reports a launch of an earlier year than its statement's.

    "At the 2021 Quad Leaders' Summit in Washington, we launched the Quad Fellowship", in a
    statement of 2023, recalls what was launched then; it announces nothing. Every year the
    clause names is earlier than the statement's, and no modal commits it to more.
    """
    date = (src.a if side == 0 else src.b).date
    years = [int(y) for y in _A_YEAR.findall(clause.text)]
    if not date or not date[:4].isdigit() or not years or clause.modality:
        return False  # a statement built by hand may carry a date that is no ISO date
    return max(years) < int(date[:4])


def _past_preamble(src: Sources, clause: Clause) -> str:
    """The clause's text less a preamble that recalls what was said or done before.

    "Recalling the historic Agreement … of July 22, 2025, followed by the Executive Order
    14345, …, the two leaders noted with satisfaction …": the order and the dates are
    recalled (``[grammar] recalling``), not pledged. The preamble ends at the last comma
    before the clause's stance or modal; a clause with neither keeps its whole text.
    """
    text = clause.text
    first = text.split(None, 1)[0].lower() if text.strip() else ""
    if first not in src.weights.lexicon.clause_grammar.recalling:
        return text
    verbs = [clause.stance.text] if clause.stance is not None else []
    verbs += list(clause.modality)
    found = [at for at in (text.find(v) for v in verbs if v) if at > 0]
    if not found:
        return text
    comma = text.rfind(",", 0, min(found))
    return text[comma + 1 :] if comma > 0 else text


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
    match = _MONEY.search(_FIGURE.sub(" ", text))
    return match.group(0) if match else None


def _word_string(text: str) -> str:
    """A text's words, lower-cased, joined by single spaces."""
    return " ".join(WORDS.findall(text.lower()))


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

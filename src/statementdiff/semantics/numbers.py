"""Number labels of one pair: sums, counts, dates and terms changed, added or removed.

A number whose value the other side has as often is not a change. A number replacing a
number inside one hunk of at most :data:`MAX_NUMBER_REPLACE_WORDS` words is ``X → Y``; a
number added or removed counts only in a hunk of at most :data:`MAX_NUMBER_HUNK_WORDS`
words (a year inside a rewritten sentence is not a "number change"). List markers, the
count of the parties ("the two countries"), the number of a name ("COVID-19") and the
year that dates a designation ("Resolution 2593 (2021)") state no number; the date of an
event ("in 2022") dropped or added is no change, a deadline ("by 2030") is.
"""

from __future__ import annotations

import re
from collections import Counter

from statementdiff.lexicon.matchers import Hit
from statementdiff.semantics.context import Found, Outcome, PairContext, outcome
from statementdiff.semantics.entities import take_spare
from statementdiff.semantics.hunks import Hunk, Side
from statementdiff.whitespace import normalize_space

__all__ = ["MAX_NUMBER_HUNK_WORDS", "MAX_NUMBER_REPLACE_WORDS", "is_deadline", "number_rule"]

MAX_NUMBER_REPLACE_WORDS = 8
"""A number replacing a number stands in a hunk of at most this many words a side."""

MAX_NUMBER_HUNK_WORDS = 4
"""A number added or removed on its own stands in a hunk of at most this many words a side."""

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER = re.compile(
    r"(?<![\w$])(?:\$\s?)?\d+(?:[,.]\d+)*(?:\s?(?:%|percent|million|billion|trillion))?(?!\w)"
    # the number of a name written glued to its capitals ("COP26" as "COP 26", "MC12")
    r"|(?<=[A-Z][A-Z])\d+(?!\w)"
    rf"|(?<!\w)(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?(?!\w)"
    r"|(?<!\w)(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|forty|fifty|hundred|thousand|dozen)(?!\w)"
)


def number_rule(ctx: PairContext) -> Outcome:
    """Label numbers changed, added or removed."""
    out: list[tuple[Found, Hunk | None]] = []
    view = ctx.view
    a_every, b_every = _numbers(view.a), _numbers(view.b)
    a_values = Counter(_value(h) for h in a_every)
    b_values = Counter(_value(h) for h in b_every)
    a_all, b_all = ctx.outside_actor(a_every, 0), ctx.outside_actor(b_every, 1)
    # a value said on both sides is kept, however often each says it ("leadership in
    # 2023" → "the 2023 APEC host year and the G7 in 2023"): presence, not counts
    spare_a = Counter({v: n for v, n in (a_values - b_values).items() if not b_values[v]})
    spare_b = Counter({v: n for v, n in (b_values - a_values).items() if not a_values[v]})
    kept: set[Hunk] = set()
    for hunk in view.hunks:
        in_a = [h for h in a_all if _inside(h, hunk.a)]
        in_b = [h for h in b_all if _inside(h, hunk.b)]
        size = max(len(view.hunk_words(hunk, "a")), len(view.hunk_words(hunk, "b")))
        both = [h for h in (*in_a, *in_b) if a_values[_value(h)] and b_values[_value(h)]]
        if size <= 2 and both:
            kept.add(hunk)  # a number both sides say, moved: nothing for another rule to read
        olds = take_spare(in_a, spare_a, _value)
        news = take_spare(in_b, spare_b, _value)
        pairs = list(zip(olds, news, strict=False)) if size <= MAX_NUMBER_REPLACE_WORDS else []
        for ha, hb in pairs:
            if _an_example(ctx, view.a, ha) != _an_example(ctx, view.b, hb):
                continue  # a part ("including at least 265 million") against a whole
            out.append(ctx.found("number-changed", ha, hb, f"{ha.text} → {hb.text}", hunk))
        if size > MAX_NUMBER_HUNK_WORDS:
            continue
        for ha in olds[len(pairs) :]:
            if not _designation(view.a, ha) and not _dates_an_event(view.a, ha):
                out.append(ctx.found("number-changed", ha, None, f"{ha.text} removed", hunk))
        for hb in news[len(pairs) :]:
            if not _designation(view.b, hb) and not _dates_an_event(view.b, hb):
                out.append(ctx.found("number-changed", None, hb, f"{hb.text} added", hunk))
    return outcome(out, frozenset(kept))


def _an_example(ctx: PairContext, side: Side, hit: Hit) -> bool:
    """True when the number stands in a list of examples: a part of what is counted.

    "delivered over 670 million doses, including at least 265 million doses to the region":
    the 265 million are part of the 670 million, so they replace no whole number of the
    other side ("share at least 870 million doses"). Read in the four words before it.
    """
    before = side.slice(max(side.base, hit.start - 40), hit.start).lower()
    # the last four words, from the last mark that ends a phrase ("…; at least 20")
    text = _PHRASE_BREAK.split(" ".join(_WORD_OR_BREAK.findall(before)[-4:]))[-1]
    return any(
        re.search(rf"(?<!\w){re.escape(opener)}(?!\w)", text) for opener in ctx.lex.phrases.examples
    )


_WORD_OR_BREAK = re.compile(r"[\w-]+|[;:.()]")
_PHRASE_BREAK = re.compile(r"[;:.()]")


_DESIGNATED = re.compile(r"\b(?:Resolutions?|UNSCRs?)\s+(?:No\.\s*)?(?:\d+(?:,\s*|\s+and\s+))*$")
"""What stands before the number of a resolution: "UNSC Resolution ", "UNSCRs 2270 and "."""


def _designation(side: Side, hit: Hit) -> bool:
    """True when a number is the designation of a resolution ("UNSC Resolution 2593").

    Cited where the other side cites none, it names the instrument the clause now invokes
    (the word diff shows it); it states no quantity, so it is no number added or removed.
    Another resolution in its place ("2593 → 2594") is still a number changed.
    """
    return _DESIGNATED.search(side.slice(max(side.base, hit.start - 40), hit.start)) is not None


_DATE = re.compile(rf"(?:19|20)\d\d|(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?")
"""A year, or a day of a month (with its year, if written)."""

_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|through|no\s+later\s+than|starting\s+on)\s+"
    r"(?:the\s+end\s+of\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(?:" + _MONTHS + r")\s+)?$",
    re.IGNORECASE,
)
"""What stands before a date that is a deadline or the start of a term: "by 2030",
"before the end of 2021", "no later than June 2025", "starting on June 10"."""


def is_deadline(before: str) -> bool:
    """True when ``before``, the text right before a date, makes that date a deadline.

    Examples:
        >>> is_deadline("reconvene the forum before the end of "), is_deadline("met in ")
        (True, False)
    """
    return _DEADLINE_BEFORE.search(before) is not None


_TIME_BEFORE = re.compile(
    rf"\b(?:in|on|since|during|from|of|at|beginning|starting|early|mid|late|{_MONTHS})[-\s]+$",
    re.IGNORECASE,
)
"""What stands before a year that dates something: "in 2022", "since 2021", "October 2021"
(a bare figure, "deploy 2000 troops", is a count, not a year)."""


def _dates_an_event(side: Side, hit: Hit) -> bool:
    """True when a number said on one side only is the date of an event, not a deadline.

    "looked forward to the next Working Group in 2022", "resume exports beginning in
    October 2021": the year says when something happens; dropped or added, it is no
    quantity, target or commitment changed (the word diff shows it). A deadline ("by 2030",
    "before the end of 2021") is a target, and stays a number added or removed; a date in
    the place of another ("2023" → "2024") is always a number changed, and a figure that
    only looks like a year ("2000 troops") is a count.
    """
    if _DATE.fullmatch(hit.text) is None:
        return False
    before = side.slice(max(side.base, hit.start - 40), hit.start)
    if is_deadline(before):
        return False
    return not hit.text.isdigit() or _TIME_BEFORE.search(before) is not None


_CITED_YEAR = re.compile(r"\d\s*\(\s*(?:19|20)\d\d\s*\)")
"""A year in brackets after a numbered designation: "Resolution 2593 (2021)"."""


_PARTIES_COUNTED = re.compile(
    r"(?i:\b(?:the|our|these|both|all)\s+)(?i:two|three|four|five|\d)\s+"
    r"(?i:countries|nations|leaders|governments|sides|partners|allies|presidents|ministers"
    r"|democracies|peoples|economies|militaries|alliances|heads\s+of\s+state)\b"
)
"""The parties counted as the collective they form ("the two countries", "our three nations"):
the number names who speak, not a quantity the statement states."""

_TITLE_YEAR = re.compile(
    r"(?:(?<=[Tt]he )|(?<=[Ii]ts )|(?<=[Oo]ur )|(?<=[Tt]heir ))(?:19|20)\d\d"
    r"(?=(?:\s+(?:[A-Z][\w.\u2019'-]*|of|on|the|for|and|to)){0,8}?\s+"
    r"(?:Convention|Treaty|Agreement|Declaration|Communiqu[eé]|Accords?|Protocol|Charter"
    r"|Framework|Guidelines|Act|Plan|Agenda|Strategy|Statement)\b)(?=\s+[A-Z])"
)
"""A year that opens a title ("the 1982 United Nations Convention on the Law of the Sea",
"the 2030 Agenda", "its 2022 National Security Strategy"): part of the name, as "COP26" is."""

_IN_A_NAME = re.compile(r"(?<=[A-Z]-)\d+(?!\w)|(?<![\w/+])\d+(?:[/+]\d+)+(?![\w/+])")
"""A number that is part of a name: after a capital and a hyphen ("COVID-19", "F-35") or
joined to another by "/" or "+" ("the 26/11 Mumbai attacks", "the 2+2 dialogue")."""

_LIST_MARKER = re.compile(
    r"^[ \t]*\(?\d{1,3}[.)](?=\s)|(?<![\w)])\(\d{1,2}\)(?=\s+[^\W\d])", re.MULTILINE
)
"""The number of a list item: "(1)", "2)" or "3." opening a line, or "(1)" before the item's
first word inside a sentence ("will continue to (1) modify …, and (2) adopt …")."""


def _numbers(side: Side) -> list[Hit]:
    """The numbers of a side, less list markers, names and the year that dates a designation.

    "UNSC Resolution 2593 (2021)" → "UNSC Resolution 2593" cites the same resolution: its
    year in brackets is part of the citation, not a number the statement states. The
    number of a list item ("(1) modify …" against "(i) modify …") orders the list; it
    states nothing either; nor do the count of the parties ("the two countries",
    :data:`_PARTIES_COUNTED`), a year that opens a title (:data:`_TITLE_YEAR`) and the
    number of a name ("COVID-19", "26/11", :data:`_IN_A_NAME`).
    """
    cited = {
        (m.end() - 5, m.end() - 1)
        for m in _CITED_YEAR.finditer(side.text)
        if side.text[m.end() - 5 : m.end() - 1].isdigit()
    }
    for named in (*_PARTIES_COUNTED.finditer(side.text), *_TITLE_YEAR.finditer(side.text)):
        digits = re.search(r"\d+|(?i:two|three|four|five)(?!\w)", named.group())
        if digits is not None:
            cited.add((named.start() + digits.start(), named.start() + digits.end()))
    for named in _IN_A_NAME.finditer(side.text):
        for digits in re.finditer(r"\d+", named.group()):
            cited.add((named.start() + digits.start(), named.start() + digits.end()))
    for marker in _LIST_MARKER.finditer(side.text):
        digits = re.search(r"\d+", marker.group())
        if digits is not None:
            cited.add((marker.start() + digits.start(), marker.start() + digits.end()))
    return [
        Hit(m.group(), side.base + m.start(), side.base + m.end(), m.group())
        for m in _NUMBER.finditer(side.text)
        if (m.start(), m.end()) not in cited
    ]


def _value(hit: Hit) -> str:
    return normalize_space(hit.text)


def _inside(hit: Hit, span: tuple[int, int]) -> bool:
    return hit.start < span[1] and span[0] < hit.end

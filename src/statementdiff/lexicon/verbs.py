"""The reporting-verb lexicon (``lexicon/reporting_verbs.toml``): word forms → base verbs.

:class:`~statementdiff.lexicon.lexicon.Lexicon` loads the ``[verbs]``, ``[actions]`` and
``[adjectives]`` tables with its other data and builds :class:`ReportingVerbs` from them
with :func:`parse_reporting_verbs`; ``Lexicon.reporting_verbs`` is the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from statementdiff.errors import LexiconError

__all__ = [
    "FormClass",
    "ReportingVerbs",
    "VerbForm",
    "parse_reporting_verbs",
]

FormClass = Literal["base", "s", "ed", "ing"]
"""The inflection of a word form: base ("welcome"), -s, -ed (past or participle), -ing."""

_VOWELS = "aeiou"
_FIELDS = frozenset(
    {"forms", "spellings", "particles", "adjectival", "noun", "light", "coordinates"}
)


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One inflected form of a reporting verb.

    Attributes:
        base: The verb's base form in American spelling ("emphasize").
        form: The inflection class of this form.
        particles: Words one of which must follow for the verb to report (empty: none needed).
        adjectival: True when the -ed form is also an adjective ("shared values").
        noun: True when the word is also a common noun ("work", "launch", "advance"): as a
            finite verb it must follow a subject, an auxiliary, an adverb or a conjunction.
        light: True for verbs that yield the predicate to a verb that follows them
            ("continue to support", "remain committed"), as auxiliaries do.
        coordinates: True when "and VERB" / ", VERB" may start a coordinated clause; False
            for verbs that only give a predicate ("include").
        action: True for commitment and action verbs (the ``[actions]`` table): they start a
            coordinated clause only when no infinitive precedes them in the clause ("to
            expand trade and promote investment" stays whole).
    """

    base: str
    form: FormClass
    particles: frozenset[str] = frozenset()
    adjectival: bool = False
    noun: bool = False
    light: bool = False
    coordinates: bool = True
    action: bool = False


@dataclass(frozen=True, slots=True)
class ReportingVerbs:
    """Lower-case word forms mapped to their verbs.

    Attributes:
        forms: Word forms of the ``[verbs]`` and ``[actions]`` tables: they drive the clause
            splitter and give predicates.
        adjectives: Adjectival stances of the ``[adjectives]`` table ("concerned" → concern):
            after a copula they give a clause its predicate, but they never cut a clause.
    """

    forms: dict[str, VerbForm]
    adjectives: dict[str, VerbForm] = field(default_factory=dict)

    def get(self, word: str) -> VerbForm | None:
        """Return the form for a word (any case), or None when it is no reporting verb."""
        return self.forms.get(word.lower())


def _inflect(base: str) -> dict[str, FormClass]:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past = base + "d"
        ing = base + "ing" if base.endswith("ee") else base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    return {base: "base", third: "s", past: "ed", ing: "ing"}


def _classify(base: str, form: str) -> FormClass:
    if form == base:
        return "base"
    if form.endswith("ing"):
        return "ing"
    if form.endswith("s") and not base.endswith("s"):
        return "s"
    return "ed"


def parse_reporting_verbs(data: dict[str, Any], *, require_verbs: bool = True) -> ReportingVerbs:
    """Build the lexicon from parsed TOML data (its ``verbs``, ``actions``, ``adjectives``).

    Args:
        data: The tables, as parsed from ``reporting_verbs.toml`` or a user lexicon file.
        require_verbs: Reject data without a non-empty ``[verbs]`` table.

    Raises:
        LexiconError: The data does not have the documented shape.
    """
    verbs = data.get("verbs", {})
    if not isinstance(verbs, dict) or (require_verbs and not verbs):
        raise LexiconError("the reporting-verb lexicon needs a non-empty [verbs] table")
    actions = data.get("actions", {})
    if not isinstance(actions, dict):
        raise LexiconError("[actions] must be a table")
    adjectives = data.get("adjectives", {})
    if not isinstance(adjectives, dict) or not all(
        isinstance(v, str) and v for v in adjectives.values()
    ):
        raise LexiconError("[adjectives] must map words to base verbs")
    unknown_tables = set(data) - {"verbs", "actions", "adjectives"}
    if unknown_tables:
        raise LexiconError(f"unknown table(s) {sorted(unknown_tables)} of reporting verbs")
    forms: dict[str, VerbForm] = {}
    entries = [(b, s, False) for b, s in verbs.items()] + [(b, s, True) for b, s in actions.items()]
    both = set(verbs) & set(actions)
    if both:
        raise LexiconError(f"{sorted(both)} in both [verbs] and [actions]")
    for base, spec, action in entries:
        if not isinstance(spec, dict):
            raise LexiconError(f"reporting verb {base!r}: expected a table, got {spec!r}")
        unknown = set(spec) - _FIELDS
        if unknown:
            raise LexiconError(f"reporting verb {base!r}: unknown field(s) {sorted(unknown)}")
        particles = frozenset(str(p).lower() for p in spec.get("particles", ()))
        flags = {
            name: spec.get(name, default)
            for name, default in (
                ("adjectival", False),
                ("noun", False),
                ("light", False),
                ("coordinates", True),
            )
        }
        for name, value in flags.items():
            if not isinstance(value, bool):
                raise LexiconError(f"reporting verb {base!r}: {name} must be true or false")
        words: dict[str, FormClass] = {}
        if "forms" in spec:
            words[base] = "base"
            words.update({str(f).lower(): _classify(base, str(f).lower()) for f in spec["forms"]})
        else:
            words.update(_inflect(base))
        for spelling in spec.get("spellings", ()):
            words.update(_inflect(str(spelling).lower()))
        for word, form in words.items():
            forms.setdefault(
                word,
                VerbForm(
                    base,
                    form,
                    particles,
                    adjectival=flags["adjectival"],
                    noun=flags["noun"],
                    light=flags["light"],
                    coordinates=flags["coordinates"],
                    action=action,
                ),
            )
    stances = {str(w).lower(): VerbForm(str(b), "ed") for w, b in adjectives.items()}
    clash = sorted(set(stances) & set(forms))
    if clash:
        raise LexiconError(f"{clash} in [adjectives] are verb forms too")
    return ReportingVerbs(forms, stances)

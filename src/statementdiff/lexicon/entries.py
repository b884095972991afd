"""The tables of a lexicon file, validated with pydantic (one model per table).

:class:`LexiconFile` is one file's top level: every table is optional, so one user file may
add a stance verb, an alias and an abbreviation at once. The reporting-verb tables
(``[verbs]``, ``[actions]``, ``[adjectives]``) are checked by
:func:`statementdiff.lexicon.verbs.parse_reporting_verbs` instead, which knows their rules.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from statementdiff.lexicon.inflect import Inflect

__all__ = [
    "AbbreviationsEntry",
    "ActorsEntry",
    "EntityEntry",
    "Entry",
    "GrammarEntry",
    "LexiconFile",
    "ModalityEntry",
    "NegationEntry",
    "PhrasesEntry",
    "SpellingEntry",
    "StanceEntry",
    "TitlesEntry",
    "TopicEntry",
]

_BAD_FORM = re.compile(r"\*.|^\s|\s$|^$")
_BAD_WORD = re.compile(r"\s|^$")
_KIND = re.compile(r"^[a-z][a-z-]*$")


class Entry(BaseModel):
    """Base of the lexicon's tables: frozen, unknown keys rejected, strings stripped."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _check_forms(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if not value or _BAD_FORM.search(value):
            raise ValueError(f"bad phrase {value!r}: use words, with '*' only at the end")
    return values


class StanceEntry(Entry):
    """A stance verb or phrase (one ``[stance."..."]`` table).

    Attributes:
        polarity: "positive", "negative" or "neutral".
        strength: Ordinal strength; higher is stronger.
        scale: The kind of act ("assert", "approve", "ask", "disapprove"): strengths are
            compared only within one scale; empty (the default) compares with every scale.
        continuity: True for verbs that restate an earlier position.
        directive: True for verbs that ask others to act ("urge", "call on"): a demand is
            no position for or against, so its polarity is not compared with another's.
        backing: True for verbs by which the parties back something ("support",
            "champion"): a clause of the parties that backs commits them, where one that
            welcomes, praises or stresses gives their view (the brief's commitment and
            position findings).
        inflect: Which inflections are generated from the key and ``forms``.
        forms: More base forms, inflected like the key.
        exact: Surface forms matched as written.
    """

    polarity: Literal["positive", "negative", "neutral"]
    strength: int = Field(ge=0, le=100)
    scale: str = ""
    continuity: bool = False
    directive: bool = False
    backing: bool = False
    inflect: Inflect = "verb"
    forms: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()

    _forms_ok = field_validator("forms", "exact")(_check_forms)


class ModalityEntry(Entry):
    """A modal verb, hedge or commitment (one ``[modality."..."]`` table).

    Attributes:
        kind: "modal", "hedge", "commitment" or "continuity".
        inflect: Which inflections are generated from the key and ``forms``.
        forms: More base forms, inflected like the key.
        exact: Surface forms matched as written.
        case_sensitive: Match only as written ("may", not the month "May").
        ignore: Phrases around a form where it is not this modality, matched as written
            ("of intent to": "letters of intent to" names a document, not a hedge).
        firm: True for a modal that commits as firmly as a commitment verb ("will"): the
            two in each other's place are no change of modality.
        planned: True for a hedge that is also the usual form of a planned act ("intend
            to"): in the place of a firm modal or a commitment it is no change; added or
            removed on its own it is still a hedge.
    """

    kind: Literal["modal", "hedge", "commitment", "continuity"]
    firm: bool = False
    planned: bool = False
    inflect: Inflect = "none"
    forms: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    case_sensitive: bool = False
    ignore: tuple[str, ...] = ()

    _forms_ok = field_validator("forms", "exact", "ignore")(_check_forms)


class NegationEntry(Entry):
    """The ``[negation]`` table: negating words and the phrases where they do not negate."""

    words: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    _forms_ok = field_validator("words", "ignore")(_check_forms)


class EntityEntry(Entry):
    """A named entity (one ``[entity."..."]`` table).

    Attributes:
        kind: "country", "place", "region", "organization", "format", "person", ...
        aliases: Other printed forms of the name.
        party: For a person, the party they speak for.
    """

    kind: str = Field(min_length=1, pattern=r"^[a-z][a-z-]*$")
    aliases: tuple[str, ...] = ()
    party: str | None = None

    _forms_ok = field_validator("aliases")(_check_forms)


class TitlesEntry(Entry):
    """The ``[titles]`` table: words that, right after a place, make it part of a title.

    "Singapore Joint Statement", "Panmunjom Declaration" and "Camp David Principles" name a
    document or a meeting; the place in them is not a mention of the place.

    Attributes:
        words: Title words, matched as written (capitalised) right after the name.
        kinds: The entity kinds the rule applies to ("country", "place", "region").
    """

    words: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    _forms_ok = field_validator("words")(_check_forms)


class TopicEntry(Entry):
    """A topic (one ``[topic.<name>]`` table).

    Attributes:
        description: One line shown by ``statementdiff topics``.
        entities: Canonical entity names; a clause naming one is on the topic.
        terms: Words or phrases (any case, ``*`` for any ending) that put a clause on the topic.
        context: Words or phrases that keep the topic of a sentence's earlier clause in a
            clause that continues it (no subject, entity or topic of its own: "… across the
            Taiwan Strait, and opposed attempts to change the status quo"); alone they put
            no clause on the topic.
    """

    description: str = ""
    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    context: tuple[str, ...] = ()

    _forms_ok = field_validator("terms", "context")(_check_forms)


def _check_words(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if _BAD_WORD.search(value):
            raise ValueError(f"bad word {value!r}: use one word, without spaces")
    return values


class AbbreviationsEntry(Entry):
    """The ``[abbreviations]`` table of the sentence splitter; a user file's lists are added.

    Attributes:
        never: Abbreviations after which a sentence never ends ("Gen.", "No.").
        ambiguous: Abbreviations that end a sentence only before a sentence starter ("U.S.").
        starters: Capitalised words that open sentences and are not proper nouns ("The").
        names: Proper nouns that open a sentence after "the U.S." when a verb follows them.
    """

    never: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    starters: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    _words_ok = field_validator("never", "ambiguous", "starters", "names")(_check_words)


def _check_lower_words(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if _BAD_WORD.search(value) or value != value.lower():
            raise ValueError(f"bad word {value!r}: use one lower-case word, without spaces")
    return values


def _check_phrases(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if not value.strip():
            raise ValueError("an empty phrase matches everywhere: use words")
    return values


class GrammarEntry(Entry):
    """The ``[grammar]`` table: function words the clause splitter reads.

    Every list holds single lower-case words (the splitter compares lower-cased tokens);
    a user file's lists are added to the built-in ones. The fields are documented in
    ``lexicon/grammar.toml``.
    """

    determiners: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
    adverbs: tuple[str, ...] = ()
    modals: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    leading: tuple[str, ...] = ()
    before_ing: tuple[str, ...] = ()
    copulas: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    plural_determiners: tuple[str, ...] = ()
    impersonal: tuple[str, ...] = ()
    possessives: tuple[str, ...] = ()
    subordinators: tuple[str, ...] = ()
    expressing: tuple[str, ...] = ()
    recalling: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    intensifiers: tuple[str, ...] = ()

    _words_ok = field_validator(
        "determiners",
        "auxiliaries",
        "adverbs",
        "modals",
        "objects",
        "leading",
        "before_ing",
        "copulas",
        "pronouns",
        "plural_determiners",
        "impersonal",
        "possessives",
        "subordinators",
        "expressing",
        "recalling",
        "instruments",
        "events",
        "acts",
        "intensifiers",
    )(_check_lower_words)


class ActorsEntry(Entry):
    """The ``[actors]`` table: the words of actor phrases.

    ``connectors``, ``roles`` and ``name_particles`` hold single lower-case words,
    ``party_kinds`` entity kinds, ``collectives``, ``titles``, ``openers``, ``offices`` and
    ``office_modifiers`` phrases (tried
    in order, a user file's after the built-in ones); a user file's lists are added to the
    built-in ones. The fields are documented in ``lexicon/actors.toml``.
    """

    connectors: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    party_kinds: tuple[str, ...] = ()
    collectives: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    openers: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    office_modifiers: tuple[str, ...] = ()

    _words_ok = field_validator("connectors", "roles", "name_particles")(_check_lower_words)
    _phrases_ok = field_validator(
        "collectives", "titles", "openers", "offices", "office_modifiers"
    )(_check_phrases)

    @field_validator("party_kinds")
    @classmethod
    def _kinds_ok(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if not _KIND.match(value):
                raise ValueError(
                    f"bad entity kind {value!r}: use lower-case letters and hyphens "
                    "(as in an [entity] table's kind)"
                )
        return values


class BriefEntry(Entry):
    """The ``[brief]`` table: the weights that rank a comparison's findings.

    Every table maps a key to a weight; a user file's keys replace the built-in ones
    key by key. The fields are documented in ``lexicon/brief.toml`` and docs/brief.md.

    Attributes:
        kinds: Entity kind → centrality of an entity with no weight of its own.
        entities: Entity name → centrality (0 keeps it out of the brief).
        topics: Topic name → centrality.
        terms: Word or phrase → centrality of its appearing or vanishing in a clause.
        strength: Finding kind → how strong that kind of change is.
        members: A format (Quad, G7 ...) → its member countries: when the format speaks,
            its members are the statement's own parties.
    """

    kinds: dict[str, float] = {}
    entities: dict[str, float] = {}
    topics: dict[str, float] = {}
    terms: dict[str, float] = {}
    strength: dict[str, float] = {}
    members: dict[str, tuple[str, ...]] = {}

    @field_validator("kinds", "entities", "topics", "terms", "strength")
    @classmethod
    def _weights_ok(cls, value: dict[str, float]) -> dict[str, float]:
        for key, weight in value.items():
            if not 0.0 <= weight <= 1.0:
                raise ValueError(f"weight of {key!r} must be between 0 and 1, not {weight}")
        return value

    def merged(self, more: BriefEntry) -> BriefEntry:
        """This table with ``more``'s keys laid over it, table by table."""
        return BriefEntry(
            kinds={**self.kinds, **more.kinds},
            entities={**self.entities, **more.entities},
            topics={**self.topics, **more.topics},
            terms={**self.terms, **more.terms},
            strength={**self.strength, **more.strength},
            members={**self.members, **more.members},
        )


class SpellingEntry(Entry):
    """The ``[spelling]`` table: variant spellings folded to one form before comparing.

    Attributes:
        words: A written form (lower case) → the form it folds to ("defence" → "defense").
        endings: A word ending → the ending it folds to ("isation" → "ization").
        keep: Words the endings never change ("promise", "exercise").
        min_stem: Fewest letters before an ending for the ending to apply.
    """

    words: dict[str, str] = {}
    endings: dict[str, str] = {}
    keep: tuple[str, ...] = ()
    min_stem: int = Field(default=3, ge=1)

    @field_validator("words", "endings")
    @classmethod
    def _lower_letters(cls, value: dict[str, str]) -> dict[str, str]:
        for key, into in value.items():
            for word in (key, into):
                if not word.isalpha() or word != word.lower():
                    raise ValueError(f"bad spelling {word!r}: use lower-case letters only")
        return value

    _keep_ok = field_validator("keep")(_check_lower_words)

    def merged(self, more: SpellingEntry) -> SpellingEntry:
        """This table with ``more``'s words and endings laid over it and its words kept."""
        return SpellingEntry(
            words={**self.words, **more.words},
            endings={**self.endings, **more.endings},
            keep=tuple(sorted({*self.keep, *more.keep})),
            min_stem=more.min_stem if "min_stem" in more.model_fields_set else self.min_stem,
        )


class PhrasesEntry(Entry):
    """The ``[phrases]`` table: phrases analysts track; a user file's lists are added.

    Attributes:
        scope: Words that open a qualifying phrase ("including", "and beyond"); such a
            phrase added or dropped whole in a pair is a scope change.
        examples: The scope words that open a list of examples ("including", "such as"):
            items added to or dropped from such a list are a scope change; after another
            scope word ("regardless of their status, and respecting their rights") a
            further item belongs to the sentence, not to the phrase.
        coded: Phrases with a settled diplomatic meaning ("economic coercion"); one that
            appears in or vanishes from a pair is always labelled.
        same: Groups of coded phrases that say one thing in other words ("unilateral
            attempts", "unilaterally change", "unilateral actions"): one of them in the place
            of another is no phrase added or dropped. Each phrase of a group is also coded.
        roles: Nouns that give a thing a role or a rank ("element", "pillar",
            "cornerstone"): an "as a/an/the … <role>" phrase added or dropped whole is a
            scope change, and a degree word before one is compared across a pair.
        importance: Degree words of importance, one list per degree, weakest first
            (``[["important"], ["essential", "vital"], ["indispensable"]]``): one in the
            place of another of another degree, before the same role noun or
            "importance", is a stance stronger or weaker. A user file's list replaces
            the built-in one.
        qualifiers: Words besides prepositions, articles and framing adjectives that
            qualify a name ("relevant", "multiple", "including"): a qualifier change
            changes only such words (or a coded phrase); a change with other words is a
            rewording the word diff shows.
        instruments: Nouns of binding instruments, capitalised as in their names
            ("Treaty", "Article", "Resolution"): a restating verb that governs one
            ("reaffirm UNSC Resolution 2593", "reaffirmed that Article V of the Treaty
            applies") holds its makers to it, a commitment of the brief.
    """

    scope: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    coded: tuple[str, ...] = ()
    same: tuple[tuple[str, ...], ...] = ()
    roles: tuple[str, ...] = ()
    importance: tuple[tuple[str, ...], ...] = ()
    qualifiers: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()

    _forms_ok = field_validator("scope", "examples", "coded", "instruments")(_check_forms)
    _roles_ok = field_validator("roles", "qualifiers")(_check_lower_words)

    @field_validator("importance")
    @classmethod
    def _degrees_ok(cls, degrees: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        seen: set[str] = set()
        for degree in degrees:
            _check_lower_words(degree)
            if seen & set(degree):
                raise ValueError(f"a word in two [phrases] importance degrees: {degree!r}")
            seen.update(degree)
        return degrees

    @field_validator("same")
    @classmethod
    def _groups_ok(cls, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        for group in groups:
            if len(group) < 2:
                raise ValueError(f"a [phrases] same group needs two phrases or more: {group!r}")
            _check_forms(group)
        return groups

    def merged(self, more: PhrasesEntry) -> PhrasesEntry:
        """Both tables' phrases, each list in its own order, ``more``'s new ones last."""
        return PhrasesEntry(
            scope=tuple(dict.fromkeys((*self.scope, *more.scope))),
            examples=tuple(dict.fromkeys((*self.examples, *more.examples))),
            coded=tuple(dict.fromkeys((*self.coded, *more.coded))),
            same=tuple(dict.fromkeys((*self.same, *more.same))),
            roles=tuple(dict.fromkeys((*self.roles, *more.roles))),
            importance=more.importance or self.importance,
            qualifiers=tuple(dict.fromkeys((*self.qualifiers, *more.qualifiers))),
            instruments=tuple(dict.fromkeys((*self.instruments, *more.instruments))),
        )

    def degree_of(self) -> dict[str, int]:
        """Every degree word of ``importance`` → its degree (0 for the weakest list)."""
        return {word: rank for rank, words in enumerate(self.importance) for word in words}

    def concept(self) -> dict[str, str]:
        """Every coded phrase (group members included) → the first phrase of its group.

        A phrase in no group is its own; a phrase in two groups keeps the first.
        """
        out = {phrase: phrase for phrase in self.coded}
        for group in self.same:
            for phrase in group:
                if out.get(phrase, phrase) == phrase:
                    out[phrase] = group[0]
        return out


class LexiconFile(Entry):
    """The top level of one lexicon file: every table is optional.

    Attributes:
        stance: ``[stance."..."]`` tables.
        modality: ``[modality."..."]`` tables.
        negation: The ``[negation]`` table.
        titles: The ``[titles]`` table.
        entity: ``[entity."..."]`` tables.
        topic: ``[topic.<name>]`` tables.
        aliases: ``[aliases]``: canonical alignment token → the written forms folded into it.
        paraphrases: ``[paraphrases]``: canonical token → forms that make the same point,
            folded when related sentences of different statements are looked for.
        verbs: ``[verbs]`` of the reporting-verb lexicon (checked when the lexicon is built).
        actions: ``[actions]`` of the reporting-verb lexicon.
        adjectives: ``[adjectives]`` of the reporting-verb lexicon.
        abbreviations: The ``[abbreviations]`` table.
        grammar: The ``[grammar]`` table (function words of the clause splitter).
        actors: The ``[actors]`` table (words of actor phrases).
        brief: The ``[brief]`` table (weights of the ranked brief).
        spelling: The ``[spelling]`` table (variant spellings folded before comparing).
        phrases: The ``[phrases]`` table (scope openers and coded phrases).
    """

    stance: dict[str, StanceEntry] = {}
    modality: dict[str, ModalityEntry] = {}
    negation: NegationEntry | None = None
    titles: TitlesEntry | None = None
    entity: dict[str, EntityEntry] = {}
    topic: dict[str, TopicEntry] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    paraphrases: dict[str, tuple[str, ...]] = {}
    verbs: dict[str, Any] = {}
    actions: dict[str, Any] = {}
    adjectives: dict[str, Any] = {}
    abbreviations: AbbreviationsEntry | None = None
    grammar: GrammarEntry | None = None
    actors: ActorsEntry | None = None
    brief: BriefEntry | None = None
    spelling: SpellingEntry | None = None
    phrases: PhrasesEntry | None = None

    @field_validator("aliases", "paraphrases")
    @classmethod
    def _aliases_ok(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for forms in value.values():
            for form in forms:
                if not form.strip():
                    raise ValueError("a written form must not be empty")
        return value

"""The lexicons behind statementdiff.semantics: loading, validating and layering data files.

The built-in data lives in ``statementdiff/lexicon/`` (``stance.toml``,
``modality.toml``, ``entities.toml``, ``topics.toml``). Users layer their own TOML or
JSON files on top with :meth:`Lexicon.load`; an entry with the same key replaces the
built-in one. The file format is documented in ``docs/semantics.md``.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from statementdiff.errors import LexiconError
from statementdiff.lexicon.inflect import Inflect, surface_forms
from statementdiff.lexicon.matchers import PhraseMatcher

__all__ = [
    "BUILTIN_FILES",
    "EntityEntry",
    "Lexicon",
    "ModalityEntry",
    "StanceEntry",
    "TitlesEntry",
    "TopicEntry",
]

BUILTIN_FILES = ("stance.toml", "modality.toml", "entities.toml", "topics.toml")
"""The built-in data files, in load order."""

_TOPIC_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_BAD_FORM = re.compile(r"\*.|^\s|\s$|^$")


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def _check_forms(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        if not value or _BAD_FORM.search(value):
            raise ValueError(f"bad phrase {value!r}: use words, with '*' only at the end")
    return values


class StanceEntry(_Entry):
    """A stance verb or phrase (one ``[stance."..."]`` table).

    Attributes:
        polarity: "positive", "negative" or "neutral".
        strength: Ordinal strength; higher is stronger.
        continuity: True for verbs that restate an earlier position.
        inflect: Which inflections are generated from the key and ``forms``.
        forms: More base forms, inflected like the key.
        exact: Surface forms matched as written.
    """

    polarity: Literal["positive", "negative", "neutral"]
    strength: int = Field(ge=0, le=100)
    continuity: bool = False
    inflect: Inflect = "verb"
    forms: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()

    _forms_ok = field_validator("forms", "exact")(_check_forms)


class ModalityEntry(_Entry):
    """A modal verb, hedge or commitment (one ``[modality."..."]`` table).

    Attributes:
        kind: "modal", "hedge", "commitment" or "continuity".
        inflect: Which inflections are generated from the key and ``forms``.
        forms: More base forms, inflected like the key.
        exact: Surface forms matched as written.
        case_sensitive: Match only as written ("may", not the month "May").
        ignore: Phrases around a form where it is not this modality, matched as written
            ("of intent to": "letters of intent to" names a document, not a hedge).
    """

    kind: Literal["modal", "hedge", "commitment", "continuity"]
    inflect: Inflect = "none"
    forms: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    case_sensitive: bool = False
    ignore: tuple[str, ...] = ()

    _forms_ok = field_validator("forms", "exact", "ignore")(_check_forms)


class NegationEntry(_Entry):
    """The ``[negation]`` table: negating words and the phrases where they do not negate."""

    words: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    _forms_ok = field_validator("words", "ignore")(_check_forms)


class EntityEntry(_Entry):
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


class TitlesEntry(_Entry):
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


class TopicEntry(_Entry):
    """A topic (one ``[topic.<name>]`` table).

    Attributes:
        description: One line shown by ``statementdiff topics``.
        entities: Canonical entity names; a clause naming one is on the topic.
        terms: Words or phrases (any case, ``*`` for any ending) that put a clause on the topic.
    """

    description: str = ""
    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    _forms_ok = field_validator("terms")(_check_forms)


class _File(_Entry):
    stance: dict[str, StanceEntry] = {}
    modality: dict[str, ModalityEntry] = {}
    negation: NegationEntry | None = None
    titles: TitlesEntry | None = None
    entity: dict[str, EntityEntry] = {}
    topic: dict[str, TopicEntry] = {}


@dataclass(frozen=True, slots=True)
class Matchers:
    """The compiled matchers of a lexicon (built once per :class:`Lexicon`)."""

    stance: PhraseMatcher
    modality: PhraseMatcher
    negation: PhraseMatcher
    negation_ignore: PhraseMatcher
    entities: PhraseMatcher
    terms: PhraseMatcher


class Lexicon:
    """Stance verbs, modality, negation, entities and topics, validated and compiled.

    Use :meth:`default` for the built-in data and :meth:`load` to layer your own
    files on top. A lexicon is immutable; its regular expressions are compiled once,
    on first use.

    Examples:
        >>> lex = Lexicon.default()
        >>> lex.stance["reaffirm"].continuity
        True
        >>> "taiwan" in lex.topics
        True
    """

    def __init__(
        self,
        *,
        stance: Mapping[str, StanceEntry],
        modality: Mapping[str, ModalityEntry],
        negation: NegationEntry,
        entities: Mapping[str, EntityEntry],
        topics: Mapping[str, TopicEntry],
        titles: TitlesEntry | None = None,
        sources: tuple[str, ...] = (),
    ) -> None:
        self.stance: Mapping[str, StanceEntry] = MappingProxyType(dict(stance))
        self.modality: Mapping[str, ModalityEntry] = MappingProxyType(dict(modality))
        self.negation = negation
        self.entities: Mapping[str, EntityEntry] = MappingProxyType(dict(entities))
        self.topics: Mapping[str, TopicEntry] = MappingProxyType(dict(topics))
        self.titles = titles or TitlesEntry()
        self.sources = sources
        self._matchers: Matchers | None = None
        self._entity_topics: Mapping[str, tuple[str, ...]] | None = None
        self._term_topics: Mapping[str, tuple[str, ...]] | None = None

    def __repr__(self) -> str:
        return (
            f"Lexicon({len(self.stance)} stance, {len(self.modality)} modality, "
            f"{len(self.entities)} entities, {len(self.topics)} topics)"
        )

    # -- construction ---------------------------------------------------------

    @classmethod
    def default(cls) -> Lexicon:
        """The built-in lexicon (loaded and compiled once, then cached)."""
        return _default()

    @classmethod
    def empty(cls) -> Lexicon:
        """A lexicon with no entries (a base for fully custom lexicons)."""
        return cls(stance={}, modality={}, negation=NegationEntry(), entities={}, topics={})

    @classmethod
    def load(cls, *paths: str | Path, base: Lexicon | None = None) -> Lexicon:
        """Layer TOML or JSON lexicon files on top of a base lexicon.

        Args:
            *paths: ``.toml`` or ``.json`` files, applied in order; an entry replaces
                the base entry with the same key; negation and title words are added.
            base: The lexicon to start from (the built-in one when None; pass
                :meth:`Lexicon.empty` to start from nothing).

        Returns:
            A new lexicon.

        Raises:
            LexiconError: A file cannot be read, is not valid TOML/JSON, or has a
                bad key or value (the message names the file, the key and the problem).
        """
        lexicon = cls.default() if base is None else base
        for path in paths:
            name = str(path)
            lexicon = lexicon._merge(_parse_file(_read_user_file(Path(path)), name), name)
        return lexicon

    def _merge(self, data: Mapping[str, Any], name: str) -> Lexicon:
        try:
            layer = _File.model_validate(data)
        except ValidationError as exc:
            raise LexiconError(_describe(exc, name)) from None
        entities = {**self.entities, **layer.entity}
        topics = {**self.topics, **layer.topic}
        for topic, entry in layer.topic.items():
            if not _TOPIC_NAME.match(topic):
                raise LexiconError(
                    f"{name}: topic.{topic}: bad topic name; use lower-case words joined "
                    "by hyphens (e.g. 'south-china-sea')"
                )
            for entity in entry.entities:
                if entity not in entities:
                    raise LexiconError(
                        f"{name}: topic.{topic}.entities: unknown entity {entity!r}"
                        f"{_hint(entity, entities)}; define it in an [entity] table first"
                    )
        negation = self.negation
        if layer.negation is not None:
            negation = NegationEntry(
                words=tuple(dict.fromkeys((*negation.words, *layer.negation.words))),
                ignore=tuple(dict.fromkeys((*negation.ignore, *layer.negation.ignore))),
            )
        titles = self.titles
        if layer.titles is not None:
            titles = TitlesEntry(
                words=tuple(dict.fromkeys((*titles.words, *layer.titles.words))),
                kinds=tuple(dict.fromkeys((*titles.kinds, *layer.titles.kinds))),
            )
        return Lexicon(
            stance={**self.stance, **layer.stance},
            modality={**self.modality, **layer.modality},
            negation=negation,
            entities=entities,
            topics=topics,
            titles=titles,
            sources=(*self.sources, name),
        )

    # -- queries ---------------------------------------------------------------

    @property
    def matchers(self) -> Matchers:
        """The compiled matchers (built on first use)."""
        if self._matchers is None:
            self._matchers = _compile(self)
        return self._matchers

    def entity_topics(self, entity: str) -> tuple[str, ...]:
        """The topics defined over an entity, sorted."""
        if self._entity_topics is None:
            table: dict[str, list[str]] = {}
            for topic, entry in sorted(self.topics.items()):
                for name in entry.entities:
                    table.setdefault(name, []).append(topic)
            self._entity_topics = {k: tuple(v) for k, v in table.items()}
        return self._entity_topics.get(entity, ())

    def term_topics(self, term: str) -> tuple[str, ...]:
        """The topics defined over a term (as written in topics.toml), sorted."""
        if self._term_topics is None:
            table: dict[str, list[str]] = {}
            for topic, entry in sorted(self.topics.items()):
                for word in entry.terms:
                    table.setdefault(word, []).append(topic)
            self._term_topics = {k: tuple(v) for k, v in table.items()}
        return self._term_topics.get(term, ())

    def suggest_topic(self, name: str) -> str | None:
        """The closest known topic name, if one is close enough."""
        matches = difflib.get_close_matches(name.lower(), sorted(self.topics), n=1, cutoff=0.5)
        return matches[0] if matches else None


def _forms(
    key: str, inflect: Inflect, forms: tuple[str, ...], exact: tuple[str, ...]
) -> Iterator[str]:
    for base in (key, *forms):
        yield from surface_forms(base, inflect)
    yield from exact


def _compile(lexicon: Lexicon) -> Matchers:
    stance = PhraseMatcher(
        (key, form, False)
        for key, e in lexicon.stance.items()
        for form in _forms(key, e.inflect, e.forms, e.exact)
    )
    modality = PhraseMatcher(
        (
            (key, form, e.case_sensitive)
            for key, e in lexicon.modality.items()
            for form in _forms(key, e.inflect, e.forms, e.exact)
        ),
        ignore=((form, e.case_sensitive) for e in lexicon.modality.values() for form in e.ignore),
    )
    negation = PhraseMatcher((w, w, False) for w in lexicon.negation.words)
    ignore = PhraseMatcher((w, w, False) for w in lexicon.negation.ignore)
    kinds = set(lexicon.titles.kinds)
    entities = PhraseMatcher(
        ((name, form, None) for name, e in lexicon.entities.items() for form in (name, *e.aliases)),
        shared=True,
        titles=lexicon.titles.words,
        titled={name for name, e in lexicon.entities.items() if e.kind in kinds},
    )
    terms = PhraseMatcher((term, term, False) for e in lexicon.topics.values() for term in e.terms)
    return Matchers(stance, modality, negation, ignore, entities, terms)


def _read_user_file(path: Path) -> tuple[str, str]:
    suffix = path.suffix.lower()
    if suffix not in {".toml", ".json"}:
        raise LexiconError(f"{path}: lexicon files must end in .toml or .json, not {suffix!r}")
    try:
        return path.read_text("utf-8"), suffix
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc}") from None


def _parse_file(content: tuple[str, str], name: str) -> dict[str, Any]:
    text, suffix = content
    try:
        data = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: not valid TOML: {exc}") from None
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{name}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise LexiconError(
            f"{name}: the top level must be a table/object, not {type(data).__name__}"
        )
    return data


def _describe(exc: ValidationError, name: str) -> str:
    problems = []
    for error in exc.errors()[:3]:
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        if error["type"] == "extra_forbidden":
            problems.append(f"{key}: unknown key")
        else:
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"{key}: {message} (got {error['input']!r})")
    more = len(exc.errors()) - len(problems)
    tail = f" (and {more} more)" if more > 0 else ""
    return f"{name}: " + "; ".join(problems) + tail


def _hint(name: str, known: Mapping[str, object]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@functools.cache
def _default() -> Lexicon:
    lexicon = Lexicon.empty()
    folder = resources.files("statementdiff").joinpath("lexicon")
    for filename in BUILTIN_FILES:
        text = folder.joinpath(filename).read_text("utf-8")
        lexicon = lexicon._merge(_parse_file((text, ".toml"), filename), filename)
    return Lexicon(
        stance=lexicon.stance,
        modality=lexicon.modality,
        negation=lexicon.negation,
        entities=lexicon.entities,
        topics=lexicon.topics,
        titles=lexicon.titles,
        sources=("<built-in>",),
    )

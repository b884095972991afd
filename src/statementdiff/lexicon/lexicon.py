"""One lexicon for every stage: loading, validating and layering the linguistic data files.

The built-in data lives in ``statementdiff/lexicon/`` (:data:`BUILTIN_FILES`): stance verbs,
modality, entities and topics (semantics), aliases (alignment), paraphrases (related
sentences), spelling variants (every comparison), scope words and coded phrases (labels),
the brief's weights, reporting verbs and abbreviations (segmentation), and the function words
of the clause splitter and the actor finder (``[grammar]``, ``[actors]``). Users layer their own
TOML or JSON files on top with :meth:`Lexicon.load`; an entry with the same key replaces the
built-in one, word lists are added to. Every stage that needs data takes the lexicon as an
argument (``parse(..., lexicon=)``, ``compare(..., lexicon=)``); the built-in one is loaded
once (:meth:`Lexicon.default`). The file format is documented in ``docs/semantics.md``.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import threading
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar, cast

from pydantic import ValidationError

from statementdiff.errors import LexiconError, LexiconTypeError
from statementdiff.lexicon.abbreviations import Abbreviations
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.lexicon.entries import (
    AbbreviationsEntry,
    ActorsEntry,
    BriefEntry,
    EntityEntry,
    GrammarEntry,
    LexiconFile,
    ModalityEntry,
    NegationEntry,
    PhrasesEntry,
    SpellingEntry,
    StanceEntry,
    TitlesEntry,
    TopicEntry,
)
from statementdiff.lexicon.inflect import Inflect, surface_forms
from statementdiff.lexicon.languages import layered_fields
from statementdiff.lexicon.matchers import PhraseMatcher
from statementdiff.lexicon.spelling import Spelling
from statementdiff.lexicon.verbs import ReportingVerbs, parse_reporting_verbs
from statementdiff.segment.actor_words import ActorWords
from statementdiff.segment.grammar import Grammar

__all__ = [
    "BUILTIN_FILES",
    "EntityEntry",
    "Lexicon",
    "ModalityEntry",
    "StanceEntry",
    "TitlesEntry",
    "TopicEntry",
]

BUILTIN_FILES = (
    "stance.toml",
    "modality.toml",
    "entities.toml",
    "topics.toml",
    "aliases.toml",
    "paraphrases.toml",
    "reporting_verbs.toml",
    "abbreviations.toml",
    "grammar.toml",
    "actors.toml",
    "brief.toml",
    "spelling.toml",
    "phrases.toml",
)
"""The built-in data files, in load order."""

_VERB_TABLES = ("verbs", "actions", "adjectives")
_TOPIC_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_BUILD_LOCK = threading.RLock()
"""Held while a lexicon compiles one of its parts, so that each part is built once even
when many threads ask for it at the same time (see :meth:`Lexicon._once`)."""

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Matchers:
    """The compiled matchers of a lexicon (built once per :class:`Lexicon`)."""

    stance: PhraseMatcher
    modality: PhraseMatcher
    negation: PhraseMatcher
    negation_ignore: PhraseMatcher
    entities: PhraseMatcher
    terms: PhraseMatcher
    context: PhraseMatcher
    coded: PhraseMatcher
    scope: PhraseMatcher


class Lexicon:
    """All the linguistic data of the pipeline, validated and compiled.

    Semantics reads stance verbs, modality, negation, entities, topics and the tracked
    phrases (:attr:`phrases`); alignment reads the aliases (:attr:`alias_table`); every
    comparison folds spelling variants (:attr:`spelling_table`); segmentation reads the
    reporting verbs (:attr:`reporting_verbs`), the abbreviations (:attr:`abbreviations`)
    and the function words of the clause splitter (:attr:`clause_grammar`); the actor
    finder and the party resolver read the words of actor phrases (:attr:`actor_words`).

    Use :meth:`default` for the built-in data and :meth:`load` to layer your own
    files on top. A lexicon is immutable; its regular expressions are compiled once,
    on first use, under a lock, so one lexicon can serve many threads at once. A lexicon
    pickles as its data (the compiled parts are rebuilt on first use after unpickling), so
    it can be passed to a process pool.

    Examples:
        >>> lex = Lexicon.default()
        >>> lex.stance["reaffirm"].continuity
        True
        >>> "taiwan" in lex.topics
        True
        >>> lex.reporting_verbs.get("reaffirmed").base
        'reaffirm'
        >>> lex.abbreviations.kind("Gen.")
        'never'
        >>> "will" in lex.clause_grammar.modals, "leaders" in lex.actor_words.roles
        (True, True)
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
        aliases: Mapping[str, tuple[str, ...]] | None = None,
        paraphrases: Mapping[str, tuple[str, ...]] | None = None,
        verbs: Mapping[str, Mapping[str, Any]] | None = None,
        abbreviations: AbbreviationsEntry | None = None,
        grammar: GrammarEntry | None = None,
        actors: ActorsEntry | None = None,
        brief: BriefEntry | None = None,
        spelling: SpellingEntry | None = None,
        phrases: PhrasesEntry | None = None,
        sources: tuple[str, ...] = (),
    ) -> None:
        self.stance: Mapping[str, StanceEntry] = MappingProxyType(dict(stance))
        self.modality: Mapping[str, ModalityEntry] = MappingProxyType(dict(modality))
        self.negation = negation
        self.entities: Mapping[str, EntityEntry] = MappingProxyType(dict(entities))
        self.topics: Mapping[str, TopicEntry] = MappingProxyType(dict(topics))
        self.titles = titles or TitlesEntry()
        self.aliases: Mapping[str, tuple[str, ...]] = MappingProxyType(dict(aliases or {}))
        self.paraphrases: Mapping[str, tuple[str, ...]] = MappingProxyType(dict(paraphrases or {}))
        self.verb_tables: Mapping[str, Mapping[str, Any]] = MappingProxyType(
            {t: MappingProxyType(dict((verbs or {}).get(t, {}))) for t in _VERB_TABLES}
        )
        self.abbreviation_lists = abbreviations or AbbreviationsEntry()
        self.grammar = grammar
        self.actors = actors
        self.brief = brief or BriefEntry()
        self.spelling = spelling or SpellingEntry()
        self.phrases = phrases or PhrasesEntry()
        self.sources = sources
        self._matchers: Matchers | None = None
        self._alias_table: AliasTable | None = None
        self._paraphrase_table: AliasTable | None = None
        self._spelling_table: Spelling | None = None
        self._reporting_verbs: ReportingVerbs | None = None
        self._abbreviations: Abbreviations | None = None
        self._clause_grammar: Grammar | None = None
        self._actor_words: ActorWords | None = None
        self._entity_topics: Mapping[str, tuple[str, ...]] | None = None
        self._term_topics: Mapping[str, tuple[str, ...]] | None = None
        self._context_topics: Mapping[str, tuple[str, ...]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """The data of the lexicon as plain values (compiled parts are left out)."""
        state = self._fields()
        for name in ("stance", "modality", "entities", "topics", "aliases", "paraphrases"):
            state[name] = dict(state[name])
        state["verbs"] = {table: dict(v) for table, v in self.verb_tables.items()}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Rebuild a lexicon from :meth:`__getstate__`."""
        Lexicon.__init__(self, **state)

    def _once(self, attribute: str, build: Callable[[], _T]) -> _T:
        """The compiled part kept in ``attribute``, built by ``build`` on first use only."""
        value = getattr(self, attribute)
        if value is None:
            with _BUILD_LOCK:
                value = getattr(self, attribute)
                if value is None:
                    value = build()
                    setattr(self, attribute, value)
        return cast(_T, value)

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
            *paths: ``.toml`` or ``.json`` files, applied in order; an entry (a stance
                verb, an entity, a topic, an alias, a reporting verb ...) replaces the base
                entry with the same key; negation words, title words, abbreviation lists
                and the ``[grammar]`` and ``[actors]`` word lists are added to.
            base: The lexicon to start from (the built-in one when None; pass
                :meth:`Lexicon.empty` to start from nothing).

        Returns:
            A new lexicon.

        Raises:
            LexiconError: A file cannot be read, is not valid TOML/JSON (or nested too
                deeply to read), or has a bad key or value (the message names the file,
                the key and the problem).
            LexiconTypeError: A path is not a ``str`` or ``os.PathLike``, or ``base`` is
                not a :class:`Lexicon` (a :class:`LexiconError` too).
        """
        if base is not None and not isinstance(base, Lexicon):
            raise LexiconTypeError(
                f"base must be a Lexicon (Lexicon.default(), Lexicon.empty() ...) or None, "
                f"not {type(base).__name__}"
            )
        for path in paths:
            if not isinstance(path, str | os.PathLike):
                raise LexiconTypeError(
                    f"lexicon files are given as paths (str or os.PathLike), not "
                    f"{type(path).__name__}: {path!r:.80}"
                )
        lexicon = cls.default() if base is None else base
        for path in paths:
            name = str(path)
            lexicon = lexicon._merge(_parse_file(_read_user_file(Path(path)), name), name)
        return lexicon

    def for_language(self, language: str) -> Lexicon:
        """This lexicon with the Japanese or Korean data added; itself for English.

        See :mod:`statementdiff.lexicon.languages` for the data files.

        Args:
            language: "en", "ja" or "ko".

        Returns:
            A lexicon that reads English and ``language``.

        Raises:
            LexiconError: The language is unknown.

        Examples:
            >>> lex = Lexicon.default().for_language("ko")
            >>> [h.key for h in lex.matchers.entities.finditer("북한은 한반도에서")]
            ['North Korea', 'Korean Peninsula']
        """
        if language == "en":
            return self
        default = self is _default()
        if default and language in _BY_LANGUAGE:
            return _BY_LANGUAGE[language]
        layered = Lexicon(**layered_fields(language, self._fields()))
        if default:
            with _BUILD_LOCK:
                layered = _BY_LANGUAGE.setdefault(language, layered)
        return layered

    def _fields(self) -> dict[str, Any]:
        return {
            "stance": self.stance,
            "modality": self.modality,
            "negation": self.negation,
            "entities": self.entities,
            "topics": self.topics,
            "titles": self.titles,
            "aliases": self.aliases,
            "paraphrases": self.paraphrases,
            "verbs": self.verb_tables,
            "abbreviations": self.abbreviation_lists,
            "grammar": self.grammar,
            "actors": self.actors,
            "brief": self.brief,
            "spelling": self.spelling,
            "phrases": self.phrases,
            "sources": self.sources,
        }

    def _merge(self, data: Mapping[str, Any], name: str) -> Lexicon:
        try:
            layer = LexiconFile.model_validate(data)
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
                words=_added(negation.words, layer.negation.words),
                ignore=_added(negation.ignore, layer.negation.ignore),
            )
        titles = self.titles
        if layer.titles is not None:
            titles = TitlesEntry(
                words=_added(titles.words, layer.titles.words),
                kinds=_added(titles.kinds, layer.titles.kinds),
            )
        lists = self.abbreviation_lists
        if layer.abbreviations is not None:
            more = layer.abbreviations
            lists = AbbreviationsEntry(
                never=_added(lists.never, more.never),
                ambiguous=_added(lists.ambiguous, more.ambiguous),
                starters=_added(lists.starters, more.starters),
                names=_added(lists.names, more.names),
            )
        merged = Lexicon(
            **{
                **self._fields(),
                "stance": {**self.stance, **layer.stance},
                "modality": {**self.modality, **layer.modality},
                "negation": negation,
                "entities": entities,
                "topics": topics,
                "titles": titles,
                "aliases": {**self.aliases, **layer.aliases},
                "paraphrases": {**self.paraphrases, **layer.paraphrases},
                "verbs": _merge_verbs(self.verb_tables, layer),
                "abbreviations": lists,
                "grammar": _added_lists(GrammarEntry, self.grammar, layer.grammar),
                "actors": _added_lists(ActorsEntry, self.actors, layer.actors),
                "brief": self.brief.merged(layer.brief) if layer.brief else self.brief,
                "spelling": self.spelling.merged(layer.spelling)
                if layer.spelling
                else self.spelling,
                "phrases": self.phrases.merged(layer.phrases) if layer.phrases else self.phrases,
                "sources": (*self.sources, name),
            }
        )
        if layer.verbs or layer.actions or layer.adjectives:
            try:
                merged._reporting_verbs = _build_verbs(merged.verb_tables)
            except LexiconError as exc:
                raise LexiconError(f"{name}: {exc}") from None
        else:
            merged._reporting_verbs = self._reporting_verbs
        if layer.grammar is None:
            merged._clause_grammar = self._clause_grammar
        if layer.actors is None:
            merged._actor_words = self._actor_words
        return merged

    # -- what the stages read ---------------------------------------------------

    @property
    def alias_table(self) -> AliasTable:
        """The compiled ``[aliases]`` table that alignment folds names (and spellings) with."""
        return self._once(
            "_alias_table", lambda: AliasTable(self.aliases, spelling=self.spelling_table)
        )

    @property
    def paraphrase_table(self) -> AliasTable:
        """The compiled ``[paraphrases]`` table that related-sentence search folds with."""
        return self._once("_paraphrase_table", lambda: AliasTable(self.paraphrases))

    @property
    def spelling_table(self) -> Spelling:
        """The compiled ``[spelling]`` table: variant spellings folded before comparing."""
        entry = self.spelling
        return self._once(
            "_spelling_table",
            lambda: Spelling(entry.words, entry.endings, entry.keep, entry.min_stem),
        )

    @property
    def reporting_verbs(self) -> ReportingVerbs:
        """The reporting verbs that drive the clause splitter."""
        return self._once("_reporting_verbs", lambda: _build_verbs(self.verb_tables))

    @property
    def abbreviations(self) -> Abbreviations:
        """The sentence splitter's abbreviations and sentence starters."""
        return self._once(
            "_abbreviations", lambda: Abbreviations.from_entry(self.abbreviation_lists)
        )

    @property
    def clause_grammar(self) -> Grammar:
        """The compiled ``[grammar]`` table: function words of the clause splitter."""
        return self._once("_clause_grammar", lambda: Grammar.from_entry(self.grammar))

    @property
    def actor_words(self) -> ActorWords:
        """The compiled ``[actors]`` table: the words of actor phrases."""
        return self._once("_actor_words", lambda: ActorWords.from_entry(self.actors))

    # -- queries ---------------------------------------------------------------

    @property
    def matchers(self) -> Matchers:
        """The compiled matchers (built on first use)."""
        return self._once("_matchers", lambda: _compile(self))

    def entity_topics(self, entity: str) -> tuple[str, ...]:
        """The topics defined over an entity, sorted."""
        table = self._once("_entity_topics", lambda: _by_word(self.topics, "entities"))
        return table.get(entity, ())

    def term_topics(self, term: str) -> tuple[str, ...]:
        """The topics defined over a term (as written in topics.toml), sorted."""
        table = self._once("_term_topics", lambda: _by_word(self.topics, "terms"))
        return table.get(term, ())

    def context_topics(self, term: str) -> tuple[str, ...]:
        """The topics a context term (as written in topics.toml) keeps, sorted."""
        table = self._once("_context_topics", lambda: _by_word(self.topics, "context"))
        return table.get(term, ())

    def suggest_topic(self, name: str) -> str | None:
        """The closest known topic name, if one is close enough."""
        matches = difflib.get_close_matches(name.lower(), sorted(self.topics), n=1, cutoff=0.5)
        return matches[0] if matches else None


def _by_word(topics: Mapping[str, TopicEntry], field: str) -> Mapping[str, tuple[str, ...]]:
    """Entity or term (``field``) → the topics defined over it, sorted; read-only."""
    table: dict[str, list[str]] = {}
    for topic, entry in sorted(topics.items()):
        for word in getattr(entry, field):
            table.setdefault(word, []).append(topic)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


def _forms(
    key: str, inflect: Inflect, forms: tuple[str, ...], exact: tuple[str, ...]
) -> Iterator[str]:
    for base in (key, *forms):
        yield from surface_forms(base, inflect)
    yield from exact


STRONG_PREFIX = "strongly "
"""A stance entry named "strongly <verb>" is the strong form of <verb>: every adverb of
``[grammar] intensifiers`` before <verb> says it ("steadfastly oppose")."""


def _intensified(key: str, intensifiers: tuple[str, ...]) -> tuple[str, ...]:
    if not key.startswith(STRONG_PREFIX):
        return ()
    verb = key.removeprefix(STRONG_PREFIX)
    return tuple(f"{adverb} {verb}" for adverb in intensifiers if adverb != "strongly")


def _compile(lexicon: Lexicon) -> Matchers:
    intensifiers = lexicon.grammar.intensifiers if lexicon.grammar else ()
    stance = PhraseMatcher(
        (key, form, False)
        for key, e in lexicon.stance.items()
        for form in dict.fromkeys(
            _forms(key, e.inflect, (*e.forms, *_intensified(key, intensifiers)), e.exact)
        )
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
    context = PhraseMatcher((t, t, False) for e in lexicon.topics.values() for t in e.context)
    coded = PhraseMatcher((key, p, False) for p, key in lexicon.phrases.concept().items())
    scope = PhraseMatcher((p, p, False) for p in lexicon.phrases.scope)
    return Matchers(stance, modality, negation, ignore, entities, terms, context, coded, scope)


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
    except RecursionError:  # tomllib and json recurse once per nested array or table
        raise LexiconError(
            f"{name}: nested too deeply to read (arrays or tables inside one another "
            "hundreds of levels deep); a lexicon needs at most a few levels"
        ) from None
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
            got = repr(error["input"])
            got = got if len(got) <= 80 else got[:79] + "…"  # a whole table can be the input
            problems.append(f"{key}: {message} (got {got})")
    more = len(exc.errors()) - len(problems)
    tail = f" (and {more} more)" if more > 0 else ""
    return f"{name}: " + "; ".join(problems) + tail


def _hint(name: str, known: Mapping[str, object]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _added(base: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*base, *more)))


_Lists = TypeVar("_Lists", GrammarEntry, ActorsEntry)


def _added_lists(model: type[_Lists], base: _Lists | None, more: _Lists | None) -> _Lists | None:
    """A table of word lists with a layer's lists added to each (in order, no repeats)."""
    if more is None:
        return base
    if base is None:
        return more
    return model(
        **{
            field: _added(getattr(base, field), getattr(more, field))
            for field in model.model_fields
        }
    )


def _merge_verbs(
    base: Mapping[str, Mapping[str, Any]], layer: LexiconFile
) -> dict[str, dict[str, Any]]:
    """The reporting-verb tables with a layer on top: a verb replaces one in either table."""
    verbs = {k: v for k, v in base["verbs"].items() if k not in layer.actions}
    actions = {k: v for k, v in base["actions"].items() if k not in layer.verbs}
    return {
        "verbs": {**verbs, **layer.verbs},
        "actions": {**actions, **layer.actions},
        "adjectives": {**base["adjectives"], **layer.adjectives},
    }


def _build_verbs(tables: Mapping[str, Mapping[str, Any]]) -> ReportingVerbs:
    return parse_reporting_verbs({t: dict(v) for t, v in tables.items()}, require_verbs=False)


_BY_LANGUAGE: dict[str, Lexicon] = {}
"""The built-in lexicon with each language's data added, once built."""

_DEFAULT: list[Lexicon] = []
"""The built-in lexicon once loaded (written once, under :data:`_BUILD_LOCK`)."""


def _default() -> Lexicon:
    """The built-in lexicon: loaded by the first caller, the same object for every thread."""
    if not _DEFAULT:
        with _BUILD_LOCK:
            if not _DEFAULT:
                _DEFAULT.append(_load_default())
    return _DEFAULT[0]


def _load_default() -> Lexicon:
    lexicon = Lexicon.empty()
    folder = resources.files("statementdiff").joinpath("lexicon")
    for filename in BUILTIN_FILES:
        text = folder.joinpath(filename).read_text("utf-8")
        lexicon = lexicon._merge(_parse_file((text, ".toml"), filename), filename)
    built = Lexicon(**{**lexicon._fields(), "sources": ("<built-in>",)})
    built._reporting_verbs = lexicon._reporting_verbs
    return built

"""Japanese and Korean data layered onto a lexicon: names, stances, hedges and topic terms.

Each language has four data files in this folder, keyed by the English canonical names so
that annotations line up across languages (an entity table says "China 4 ↔ 4" whether the
statement wrote 中国 or China):

* ``entities_<lang>.toml``: ``"<English entity name>" = [forms]``, added to its aliases;
* ``stance_<lang>.toml``: ``"<English stance>" = {strength = n, forms = [...]}``; ``strength``
  must equal the English entry's, so the scale is the English one;
* ``modality_<lang>.toml``: ``"<English modality entry>" = [forms]``;
* ``topics_<lang>.toml``: ``"<topic>" = [terms]``.

Every form is matched as written (no inflection); the matchers need no word boundaries
around CJK text (:mod:`statementdiff.lexicon.matchers`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

from statementdiff.errors import LexiconError

__all__ = ["LAYERED", "layered_fields"]

LAYERED = ("ja", "ko")
"""The languages that have data files of their own (English is the built-in lexicon)."""


def layered_fields(language: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """A lexicon's fields (``Lexicon._fields()``) with the data of ``language`` added.

    :meth:`Lexicon.for_language <statementdiff.lexicon.lexicon.Lexicon.for_language>` builds
    the lexicon from them (and caches the built-in one's).

    Args:
        language: "ja" or "ko".
        fields: The base lexicon's fields.

    Returns:
        New fields: entity aliases, stance and modality forms and topic terms added.

    Raises:
        LexiconError: ``language`` is unknown, or a data file names an entry the base
            lacks or gives a stance another strength than the base does.
    """
    if language not in LAYERED:
        raise LexiconError(f"no lexicon data for language {language!r}; use 'en', 'ja' or 'ko'")
    return _layer(language, fields)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("statementdiff").joinpath("lexicon", name).read_text("utf-8")
    return tomllib.loads(text)


def _layer(language: str, base: Mapping[str, Any]) -> dict[str, Any]:
    entities = dict(base["entities"])
    for name, forms in _table(f"entities_{language}.toml", "entity", entities).items():
        named = entities[name]
        entities[name] = named.model_copy(update={"aliases": _more(named.aliases, forms)})
    stance = dict(base["stance"])
    for key, spec in _table(f"stance_{language}.toml", "stance", stance).items():
        verb = stance[key]
        if spec.get("strength") != verb.strength:
            raise LexiconError(
                f"stance_{language}.toml: {key!r} has strength {spec.get('strength')!r}, "
                f"but {verb.strength} on the English scale"
            )
        stance[key] = verb.model_copy(update={"exact": _more(verb.exact, spec["forms"])})
    modality = dict(base["modality"])
    for key, forms in _table(f"modality_{language}.toml", "modality", modality).items():
        modal = modality[key]
        modality[key] = modal.model_copy(update={"exact": _more(modal.exact, forms)})
    topics = dict(base["topics"])
    for key, forms in _table(f"topics_{language}.toml", "topic", topics).items():
        topic = topics[key]
        topics[key] = topic.model_copy(update={"terms": _more(topic.terms, forms)})
    fields = dict(base)
    fields.update(
        stance=stance,
        modality=modality,
        entities=entities,
        topics=topics,
        sources=(*base["sources"], f"<built-in {language}>"),
    )
    return fields


def _table(filename: str, table: str, known: Mapping[str, object]) -> dict[str, Any]:
    found: dict[str, Any] = _read(filename).get(table, {})
    unknown = sorted(set(found) - set(known))
    if unknown:
        raise LexiconError(f"{filename}: no built-in {table} named {', '.join(map(repr, unknown))}")
    return found


def _more(have: tuple[str, ...], forms: list[str]) -> tuple[str, ...]:
    return (*have, *(f for f in forms if f not in have))

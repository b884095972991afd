"""The linguistic data and the code that loads and matches it.

Data files: ``entities.toml``, ``aliases.toml``, ``topics.toml``, ``stance.toml``,
``modality.toml``, ``reporting_verbs.toml``, ``abbreviations.txt``. Modules: ``lexicon`` (the
public :class:`~statementdiff.Lexicon`), ``verbs`` (reporting verbs), ``matchers`` (phrase
matching), ``inflect`` (surface forms). The public API is :mod:`statementdiff`.
"""

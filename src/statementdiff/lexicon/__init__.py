"""The linguistic data and the code that loads and matches it.

Data files: ``entities.toml``, ``aliases.toml``, ``topics.toml``, ``stance.toml``,
``modality.toml``, ``reporting_verbs.toml``, ``abbreviations.toml``, ``grammar.toml``,
``actors.toml``. Modules: ``lexicon`` (the public :class:`~statementdiff.Lexicon`, which loads
them all), ``entries`` (the tables' models), ``verbs`` (reporting verbs), ``abbreviations``
(sentence-splitter lists), ``aliases`` (alias folding), ``matchers`` (phrase matching),
``visible`` (matching through invisible characters), ``inflect`` (surface forms). The public
API is :mod:`statementdiff`.
"""

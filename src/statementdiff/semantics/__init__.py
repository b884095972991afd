"""Stage 4, semantics: what a clause says (annotate) and what a change means (label).

Modules: ``annotate`` (entities, topics, stance, modality, negation and actor of each clause;
entity and topic tables), ``labeller`` (the labels of one aligned pair), ``context``, ``hunks``,
``stance``, ``entities``, ``qualifiers`` and ``actor`` (the rules it applies). Internal: the
public API is :mod:`statementdiff`.
"""

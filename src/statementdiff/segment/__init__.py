"""Stage 2, segment: text blocks → sections, paragraphs, sentences and clauses with ids and spans.

Modules: ``sections`` (the tree and its path ids), ``sentences`` (sentence boundaries),
``clauses`` (clause cuts), ``predicates`` (the predicate and actor of a clause). Internal: the
public API is :mod:`statementdiff`.
"""

"""Stage 2, segment: text blocks → sections, paragraphs, sentences and clauses with ids and spans.

Modules: ``sections`` (the tree and its path ids), ``sentences`` (sentence boundaries),
``clauses`` (clause cuts), ``predicates`` (the predicate and actor of a clause), ``actor``
(where a clause's actor is written), ``grammar`` and ``actor_words`` (the lexicon's
``[grammar]`` and ``[actors]`` tables, compiled). Internal: the public API is
:mod:`statementdiff`.
"""

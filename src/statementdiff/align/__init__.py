"""Stage 3, align: which clauses of one statement correspond to which of another.

Modules: ``aligner`` (the order-free, hierarchical alignment with moves, splits and merges),
``similarity`` (clause vectors and scores), ``splits`` (growing one-to-many matches), ``chain``
(the in-order chain that tells moves apart), ``threads`` (threads of one commitment across a
series). Internal: the public API is :mod:`statementdiff`.
"""

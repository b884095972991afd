"""Stage 3, align: which clauses of one statement correspond to which of another.

Modules: ``aligner`` (the order-free, hierarchical alignment with moves, splits and merges),
``tokens`` (the words alignment compares; NumPy-free, also read by the labels and the corpus),
``similarity`` (clause vectors and scores), ``smallcsr`` (NumPy-only sparse matrices for
small inputs), ``related`` (related sentences of different statements), ``splits`` (growing
one-to-many matches), ``chain`` (the in-order chain that tells moves apart), ``threads``
(threads of one commitment across a series). Internal: the public API is :mod:`statementdiff`.
"""

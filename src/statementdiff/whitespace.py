"""One rule for whitespace: every run of it becomes one space, and the ends are stripped.

Readers, segmentation, alignment, labels and renderers all compare or print text with
this rule, so "the same words" means the same thing everywhere in the pipeline. The module
imports nothing from the package; any stage may use it.
"""

from __future__ import annotations

__all__ = ["normalize_space", "same_words"]


def normalize_space(text: str) -> str:
    r"""Collapse every run of whitespace (any Unicode space, tab or line break) to one space.

    The ends are stripped.

    Examples:
        >>> normalize_space("  We  reaffirm\n our\u00a0 Alliance ")
        'We reaffirm our Alliance'
    """
    return " ".join(text.split())


def same_words(a: str, b: str) -> bool:
    r"""True when two texts differ at most in their whitespace.

    Examples:
        >>> same_words("peace and\n stability", " peace  and stability"), same_words("a", "b")
        (True, False)
    """
    return a.split() == b.split()

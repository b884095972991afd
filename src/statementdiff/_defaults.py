"""Default settings shared by the pipeline and the command line, in a module that imports nothing.

The command line builds its ``--help`` from these without importing the alignment stack
(numpy, scipy), which :mod:`statementdiff.compare` needs.
"""

from __future__ import annotations

__all__ = ["BRIEF_SHOWN", "DEFAULT_THRESHOLD"]

BRIEF_SHOWN = 12
"""Findings a report's brief shows by default."""

DEFAULT_THRESHOLD = 0.35
"""Default similarity below which two clauses are not paired."""

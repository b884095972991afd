"""Corpus statements the PDF and paste tests print, and the check they must pass."""

from __future__ import annotations

import re
from pathlib import Path

from statementdiff import Diff

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

STATEMENTS = (
    "apec-2023-11-17-golden-gate-declaration.txt",
    "aukus-2021-09-15-joint-leaders-statement.txt",
    "g7-fm-2022-08-03-statement-taiwan-strait.txt",
    "quad-2021-09-24-joint-statement.txt",
    "us-australia-2023-05-20-joint-leaders-statement.txt",
    "us-india-2022-04-12-2plus2-joint-statement.txt",
    "us-japan-2021-04-16-joint-leaders-statement.txt",
    "us-japan-2022-05-23-joint-leaders-statement.txt",
    "us-japan-2022-07-29-economic-2plus2-joint-statement.txt",
    "us-japan-philippines-2024-04-11-joint-vision-statement.txt",
    "us-japan-rok-2023-08-18-spirit-of-camp-david.txt",
    "us-rok-2021-05-21-fact-sheet-partnership.txt",
    "us-rok-2021-05-21-leaders-joint-statement.txt",
    "us-rok-2024-07-11-joint-statement-nuclear-deterrence-guidelines.txt",
)
"""Fourteen statements: short and long, prose, numbered paragraphs, lists, headings."""

_STRAY_SPACE = re.compile(r"(?<=[a-z])- (?=[a-z])(?!(?:and|or|nor|to)\b)")


def reference(name: str) -> str:
    """The statement's text, with the one thing no reader can recover from print removed.

    A hyphen followed by a stray space ("rules- based", a typo in one statement) prints
    exactly like "rules-based" broken at its hyphen when the line ends there, so the space
    is dropped from the reference before printing.
    """
    return _STRAY_SPACE.sub("-", (CORPUS / name).read_text(encoding="utf-8"))


def problems(diff: Diff, title: str | None = None) -> list[str]:
    """What keeps ``diff`` (original → printed) from being clean: any change beyond the title."""
    found = [
        f"{p.relation}{' moved' if p.moved else ''}: {p.a} → {p.b}"
        for p in diff.pairs
        if p.relation != "unchanged" or p.moved
    ]
    found += [f"only in the original: {o.text!r}" for o in diff.only_a]
    found += [
        f"only in the print: {o.text!r}"
        for i, o in enumerate(diff.only_b)
        if not (i == 0 and title is not None and o.text == title)
    ]
    return found

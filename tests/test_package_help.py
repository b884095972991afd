"""``help(statementdiff)`` leads with the four functions, not with pydantic internals."""

from __future__ import annotations

import pydoc

import statementdiff

PUBLIC_FUNCTIONS = ("parse(", "parse_file(", "compare(", "compare_series(")


def _help_lines() -> list[str]:
    return pydoc.plain(pydoc.render_doc(statementdiff)).splitlines()


def test_help_names_the_public_functions_in_its_first_lines() -> None:
    head = "\n".join(_help_lines()[:60])
    for name in PUBLIC_FUNCTIONS:
        assert name in head, name
    for model in ("Statement", "Diff", "Series", "StatementDiffError"):
        assert model in head, model


def test_help_starts_without_pydantic_internals() -> None:
    head = "\n".join(_help_lines()[:60])
    for internal in ("pydantic", "model_validate", "model_fields", "BaseModel", "__init__"):
        assert internal not in head, internal


def test_the_docstring_lists_the_functions_before_anything_else() -> None:
    doc = statementdiff.__doc__ or ""
    first = min(doc.find(name) for name in PUBLIC_FUNCTIONS)
    assert first >= 0
    for other in ("Statement", "Diff", "Series", ">>>"):
        assert doc.find(other) > first, other

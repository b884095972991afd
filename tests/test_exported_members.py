"""The public API: ``statementdiff.__all__`` is complete, sorted and importable."""

import types

import statementdiff


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then everything else."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted() -> None:
    exported = list(statementdiff.__all__)
    assert exported == sorted(exported, key=_isort_key)
    assert len(exported) == len(set(exported))


def test_every_exported_name_exists() -> None:
    for name in statementdiff.__all__:
        assert hasattr(statementdiff, name), name


def test_every_public_attribute_is_exported_or_a_module() -> None:
    public = {
        name
        for name, value in vars(statementdiff).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    public.discard("annotations")  # from __future__ import annotations
    assert public <= set(statementdiff.__all__)


def test_errors_form_one_family() -> None:
    errors = [getattr(statementdiff, n) for n in statementdiff.__all__ if n.endswith("Error")]
    assert errors
    for error in errors:
        assert issubclass(error, statementdiff.StatementDiffError), error

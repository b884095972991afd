"""The light paths import no numpy or scipy: ``--help``, ``parse``, ``topics``.

Each case runs in a fresh interpreter (a child process) and reports which heavy modules
ended up in ``sys.modules``; nothing here is timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "leaders-2031-a.txt"
HEAVY = ("numpy", "scipy")

_PROBE = """
import contextlib, io, json, sys
{setup}
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})))
"""


def _loaded(setup: str) -> list[str]:
    code = _PROBE.format(setup=setup, heavy=HEAVY)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


def _cli(*argv: str) -> str:
    return (
        "from statementdiff.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    main({list(argv)!r})\n"
    )


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param("import statementdiff.cli", id="import cli"),
        pytest.param("import statementdiff", id="import package"),
        pytest.param(_cli("--help"), id="--help"),
        pytest.param(_cli("compare", "--help"), id="compare --help"),
        pytest.param(_cli("parse", str(FIXTURE)), id="parse tree"),
        pytest.param(_cli("parse", str(FIXTURE), "--format", "json"), id="parse json"),
        pytest.param(_cli("topics"), id="topics"),
        pytest.param(
            "import statementdiff\nstatementdiff.parse('We agree.').to_json()", id="api parse"
        ),
    ],
)
def test_light_paths_import_no_numpy_or_scipy(setup: str) -> None:
    assert _loaded(setup) == []


def test_compare_still_loads_the_alignment_stack() -> None:
    """The probe can fail: compare does import scipy."""
    loaded = _loaded(
        "import statementdiff\n"
        "a = statementdiff.parse('We agree.')\n"
        "statementdiff.compare(a, statementdiff.parse('We agree now.'))"
    )
    assert "scipy" in loaded
    assert "numpy" in loaded


def test_lazy_names_are_the_functions_not_the_submodules() -> None:
    """Loading the submodules ``compare`` and ``parse`` first does not hide the functions."""
    code = (
        "import types, statementdiff.cli, statementdiff.compare, statementdiff.parse\n"
        "import statementdiff\n"
        "print(all(callable(f) and not isinstance(f, types.ModuleType)\n"
        "          for f in (statementdiff.compare, statementdiff.parse)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "True"


def test_every_lazy_name_resolves() -> None:
    import statementdiff
    from statementdiff.models import Diff

    assert statementdiff.Diff is Diff
    for name in statementdiff.__all__:
        assert getattr(statementdiff, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        statementdiff.nope  # noqa: B018


def test_reports_work_through_the_lazy_package() -> None:
    """The renderers are installed whenever a pipeline name is first used."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "from statementdiff import compare, parse\n"
            "print(compare(parse('We agree.'), parse('We agree now.')).to_text()[:20])",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert loaded.stdout.startswith("statementdiff report")


def test_a_small_compare_does_not_load_scipy_optimize() -> None:
    """Every candidate alone in its component: no assignment solver is needed."""
    code = (
        "import sys, statementdiff\n"
        "a = statementdiff.parse('We reaffirm our commitment to peace.')\n"
        "b = statementdiff.parse('We strongly reaffirm our commitment to peace.')\n"
        "statementdiff.compare(a, b)\n"
        "print('scipy.optimize' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"

"""The light paths import no numpy or scipy (``--help``, ``parse``, ``topics``); a tiny
compare imports no scipy.

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


def test_a_tiny_compare_loads_numpy_but_not_scipy() -> None:
    """Small inputs align in SmallCsr: the probe sees numpy (it can see a heavy module)."""
    loaded = _loaded(
        "import statementdiff\n"
        "a = statementdiff.parse('We agree.')\n"
        "statementdiff.compare(a, statementdiff.parse('We agree now.'))"
    )
    assert "numpy" in loaded
    assert not [m for m in loaded if m.split(".")[0] == "scipy"]


def test_a_tiny_compare_on_the_command_line_does_not_load_scipy(tmp_path: Path) -> None:
    """The whole process of ``statementdiff compare`` of two one-sentence files, JSON out."""
    a, b, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out.json"
    a.write_text("We reaffirm our commitment to peace across the Taiwan Strait.\n")
    b.write_text("We strongly reaffirm our shared commitment to peace and prosperity.\n")
    loaded = _loaded(_cli("compare", str(a), str(b), "--format", "json", "-o", str(out)))
    assert json.loads(out.read_text(encoding="utf-8"))  # the report was written
    assert "numpy" in loaded
    assert not [m for m in loaded if m.split(".")[0] == "scipy"]


def test_a_larger_compare_still_loads_scipy() -> None:
    """Past SMALL_PAIRS clause pairs the alignment uses scipy.sparse (the probe can fail)."""
    loaded = _loaded(
        "import statementdiff\n"
        "a = statementdiff.parse(' '.join(f'We agree on point {i}.' for i in range(12)))\n"
        "b = statementdiff.parse(' '.join(f'We now agree on item {i}.' for i in range(12)))\n"
        "statementdiff.compare(a, b)"
    )
    assert "scipy.sparse" in loaded


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


def test_comparing_files_does_not_load_the_fetcher(tmp_path: Path) -> None:
    """``http.client``, ``ssl`` and ``email`` load only when a source is a URL."""
    out = tmp_path / "out.json"
    loaded = _modules_after(
        ("compare", str(FIXTURE), str(FIXTURE), "--format", "json", "-o", str(out)),
        "m.startswith('statementdiff.read') or m in ('http.client', 'ssl')",
    )
    assert "statementdiff.read.files" in loaded  # the probe sees what the command loads
    assert "statementdiff.read.fetch" not in loaded
    assert "http.client" not in loaded


def _modules_after(args: tuple[str, ...], where: str) -> list[str]:
    """The modules (``m`` such that ``where``) a child process holds after a CLI run."""
    code = _cli(*args) + f"print(json.dumps(sorted(m for m in sys.modules if {where})))\n"
    done = subprocess.run(
        [sys.executable, "-c", "import contextlib, io, json, sys\n" + code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize(
    "source",
    ["http://a.example/x", "HTTPS://A.EXAMPLE", "https:/x", "ftp://x", "x.txt", "", "http:"],
)
def test_the_command_line_tells_urls_as_the_fetcher_does(source: str) -> None:
    from statementdiff.cli import _is_url
    from statementdiff.read.fetch import is_url

    assert _is_url(source) == is_url(source)


def test_a_tiny_compare_does_not_load_numpy_ma() -> None:
    """``np.unique`` loads ``numpy.ma`` (~10 ms); candidates alone in their rows need no unique."""
    loaded = _loaded(
        "import statementdiff\n"
        "a = statementdiff.parse('We reaffirm our commitment to peace.')\n"
        "statementdiff.compare(a, statementdiff.parse('We strongly reaffirm our commitment.'))"
    )
    assert "numpy" in loaded
    assert "numpy.ma" not in loaded


def test_a_tiny_compare_loads_the_english_stemmer_alone(tmp_path: Path) -> None:
    """The Snowball package (35 languages) is not imported; its English module is."""
    a, b, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out.json"
    a.write_text("We reaffirm our commitment to peace across the Taiwan Strait.\n")
    b.write_text("We strongly reaffirm our shared commitment to peace and prosperity.\n")
    loaded = _modules_after(
        ("compare", str(a), str(b), "--format", "json", "-o", str(out)), "'snowball' in m"
    )
    assert "statementdiff._snowball.english_stemmer" in loaded  # the probe sees it
    assert not [m for m in loaded if m.split(".")[0] == "snowballstemmer"]


def test_the_private_english_stemmer_stems_as_the_package_does() -> None:
    """Loaded from the same files, it gives the package's stems (checked on corpus words)."""
    import snowballstemmer

    from statementdiff.align.tokens import _private_english_stemmer

    ours, theirs = _private_english_stemmer(), snowballstemmer.stemmer("english")
    assert ours is not None
    assert type(ours).__module__ == "statementdiff._snowball.english_stemmer"
    words = [*FIXTURE.read_text(encoding="utf-8").lower().split(), "generously", "skies"]
    assert [ours.stemWord(w) for w in words] == [theirs.stemWord(w) for w in words]

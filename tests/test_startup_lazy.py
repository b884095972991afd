"""Start-up work a short plain-text run does not need is not done (issue #17).

Each case runs in a fresh interpreter (a child process) and reports what it loaded or
compiled; nothing here is timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "leaders-2031-a.txt"


def _probe(code: str) -> object:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_parsing_plain_text_loads_no_html_parser() -> None:
    loaded = _probe(
        "import json, sys\n"
        "import statementdiff\n"
        f"statementdiff.parse_file({str(FIXTURE)!r})\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'lxml'"
        " or m.startswith('statementdiff.read'))))\n"
    )
    assert isinstance(loaded, list)
    assert "statementdiff.read.text" in loaded  # the probe sees the readers it loads
    assert "statementdiff.read.html" not in loaded
    assert not [m for m in loaded if m.startswith("lxml")]


def test_parsing_loads_no_stemmer_and_comparing_does() -> None:
    """Parsing stems no word: the Snowball package (every language's stemmer) waits."""
    loaded = _probe(
        "import json, sys\n"
        "import statementdiff\n"
        "a = statementdiff.parse('We reaffirm our commitment to peace.')\n"
        "def stemmer(): return any(m.startswith(('snowballstemmer', 'statementdiff._snowball'))"
        " for m in sys.modules)\n"
        "parsed = stemmer()\n"
        "statementdiff.compare(a, statementdiff.parse('We reaffirm our commitments.'))\n"
        "print(json.dumps([parsed, stemmer()]))\n"
    )
    assert loaded == [False, True]


def test_parsing_html_still_loads_the_html_parser() -> None:
    loaded = _probe(
        "import json, sys\n"
        "import statementdiff\n"
        "statementdiff.parse('<p>We agree.</p><p>We act.</p>', format='html')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'lxml')))\n"
    )
    assert loaded
    assert isinstance(loaded, list)
    assert "lxml.html" in loaded


def test_an_english_parse_compiles_no_cjk_patterns() -> None:
    """An ASCII statement is English without the kana and hangul patterns; the phrase
    matchers use plain word boundaries and only the forms the text can hold."""
    got = _probe(
        "import json\n"
        "import statementdiff\n"
        "from statementdiff.lexicon.lexicon import Lexicon\n"
        "from statementdiff.segment import japanese, korean, cjk, language\n"
        "s = statementdiff.parse('We reaffirm our commitment to the Taiwan Strait.')\n"
        "e = Lexicon.default().matchers.entities._compiled\n"
        "print(json.dumps([s.language, language._scripts.cache_info().currsize,"
        " japanese._cut.cache_info().currsize, korean._patterns.cache_info().currsize,"
        " cjk._ends_sentence.cache_info().currsize, e.full, e.cjk, len(e.forms)]))\n"
    )
    assert isinstance(got, list)
    language, *compiled, full, cjk, forms = got
    assert language == "en"
    assert compiled == [0, 0, 0, 0]
    assert not full
    assert not cjk
    assert 0 < forms < 20


def test_a_korean_parse_compiles_what_it_needs() -> None:
    got = _probe(
        "import json\n"
        "import statementdiff\n"
        "from statementdiff.segment import korean, language\n"
        "s = statementdiff.parse('양국 정상은 한반도의 평화를 재확인했다. '\n"
        "                        '북한은 도발을 중단해야 한다.')\n"
        "print(json.dumps([s.language, language._scripts.cache_info().currsize,"
        " korean._patterns.cache_info().currsize]))\n"
    )
    assert got == ["ko", 1, 1]


_BLAS = (
    "import contextlib, io, json, os, sys\n"
    "from statementdiff.cli import main\n"
    "sys.argv = ['statementdiff', 'topics']\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    main({argv})\n"
    "print(json.dumps(os.environ.get('OPENBLAS_NUM_THREADS')))\n"
)


def _blas_threads(argv: str, **env: str) -> object:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")
    }
    done = subprocess.run(
        [sys.executable, "-c", _BLAS.format(argv=argv)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**clean, **env},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_program_starts_one_blas_thread_unless_told_otherwise() -> None:
    assert _blas_threads("") == "1"  # run as a program: sys.argv
    assert _blas_threads("", OMP_NUM_THREADS="3") is None  # the user's choice stands
    assert _blas_threads("", OPENBLAS_NUM_THREADS="2") == "2"
    assert _blas_threads("['topics']") is None  # called from Python: the caller's process


def test_a_json_compare_loads_no_report_renderer(tmp_path: Path) -> None:
    a, b, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out.json"
    a.write_text("We reaffirm our commitment to peace.\n", encoding="utf-8")
    b.write_text("We strongly reaffirm our commitment to peace.\n", encoding="utf-8")
    loaded = _probe(
        "import contextlib, io, json, sys\n"
        "from statementdiff.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['compare', {str(a)!r}, {str(b)!r}, '--format', 'json', '-o', {str(out)!r}])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('statementdiff.'))))\n"
    )
    assert isinstance(loaded, list)
    assert "statementdiff.compare" in loaded  # the probe sees what the command loads
    assert "statementdiff.render.html" not in loaded
    assert "statementdiff.render.markdown" not in loaded
    import statementdiff
    from statementdiff.render import render

    diff = statementdiff.compare(statementdiff.parse_file(a), statementdiff.parse_file(b))
    assert out.read_text(encoding="utf-8") == render(diff, "json", indent=2) + "\n"

"""The corpus index on the shared corpus: occurrences equal a plain scan, the Taiwan line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from statementdiff import Statement, parse_file
from statementdiff.corpus import Corpus
from statementdiff.corpus.ingest import expand
from statementdiff.corpus.normalise import contains, normalise

PHRASES = [
    "peace and stability across the Taiwan Strait",
    "Taiwan Strait",
    "free and open Indo-Pacific",
    "rules-based international order",
    "complete denuclearization of the Korean Peninsula",
    "critical minerals",
    "supply chains",
    "climate crisis",
    "economic coercion",
    "South China Sea",
    "we reaffirm",
    "Russia's war",
    "the United States\u2019 commitment",
]


@pytest.fixture(scope="module")
def statements(corpus_dir: Path) -> list[tuple[str, Statement]]:
    return [(path, parse_file(path)) for path in expand([corpus_dir])]


@pytest.fixture(scope="module")
def corpus(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    index = tmp_path_factory.mktemp("corpus") / "index.sqlite"
    with Corpus.build([corpus_dir], index=index, manifest=corpus_dir / "MANIFEST.json") as built:
        yield built


def _scan(statements: list[tuple[str, Statement]], phrase: str) -> list[tuple[str, str]]:
    """Every (source, clause id) holding the phrase, by a plain scan, earliest first."""
    norm = normalise(phrase)
    ordered = sorted(statements, key=lambda s: (s[1].date is None, s[1].date or "", s[0]))
    return [
        (source, clause.id)
        for source, statement in ordered
        for clause in statement.clauses()
        if contains(normalise(clause.text), norm)
    ]


@pytest.mark.parametrize("phrase", PHRASES)
def test_occurrences_equal_a_plain_scan(
    corpus: Corpus, statements: list[tuple[str, Statement]], phrase: str
) -> None:
    found = corpus.occurrences(phrase)
    assert [(o.source, o.clause_id) for o in found] == _scan(statements, phrase)
    texts = dict(statements)
    for o in found:
        assert texts[o.source].text[o.span.start : o.span.end] == o.text


def test_every_phrase_is_found_somewhere(corpus: Corpus) -> None:
    assert all(corpus.occurrences(p) for p in PHRASES)


def test_the_taiwan_line_first_appears_on_2021_04_16(
    corpus: Corpus, statements: list[tuple[str, Statement]]
) -> None:
    """Checked by hand: quad-2021-03-12 and us-japan-rok-2021-04-02 do not name the Strait;
    the Suga-Biden statement of 2021-04-16 is the first to "underscore the importance of peace
    and stability across the Taiwan Strait"; us-rok-2021-05-21 says "in the Taiwan Strait"."""
    found = corpus.occurrences("peace and stability across the Taiwan Strait")
    first = found[0]
    assert Path(first.source).name == "us-japan-2021-04-16-joint-leaders-statement.txt"
    assert first.date == "2021-04-16"
    assert first.text.startswith("We underscore the importance of peace and stability across")
    assert all(o.date is not None and o.date >= "2021-04-16" for o in found)
    assert not any(Path(o.source).name.startswith("us-rok-2021") for o in found)
    raw = re.compile(r"peace\s+and\s+stability\s+across\s+the\s+Taiwan\s+Strait", re.IGNORECASE)
    expected = {(s, c.id) for s, st in statements for c in st.clauses() if raw.search(c.text)}
    assert {(o.source, o.clause_id) for o in found} == expected


def test_twin_html_and_text_copies_are_the_top_reuse(corpus: Corpus) -> None:
    pairs = corpus.reuse(min_share=0.5)
    twins = [p for p in pairs if Path(p.a).stem == Path(p.b).stem]
    assert len(twins) == len(list(Path(pairs[0].a).parent.glob("*.html")))
    assert all(p.share > 0.9 and p.clauses for p in twins)
    assert [p.share for p in pairs] == sorted((p.share for p in pairs), reverse=True)


def test_coverage_names_statements_with_their_parties(corpus: Corpus) -> None:
    cover = corpus.coverage("Xinjiang")
    assert cover.named
    assert len(cover.named) + len(cover.silent) == len(corpus)
    assert all(r.parties for r in cover.named + cover.silent)
    assert sum(n for n, _ in cover.by_parties_and_year().values()) == len(cover.named)


def test_the_taiwan_line_genealogy(corpus: Corpus) -> None:
    """Checked by hand: first on 2021-04-16 (US-Japan); a month later the US-ROK statement
    says "preserving peace and stability in the Taiwan Strait" (a variant, labelled as a
    qualifier change); the G7 at Carbis Bay returns to "across"."""
    steps = corpus.genealogy("peace and stability across the Taiwan Strait").steps
    first, second, third = steps[:3]
    assert (first.date, first.holds_phrase, first.changed) == ("2021-04-16", True, False)
    assert Path(second.source).name == "us-rok-2021-05-21-leaders-joint-statement.txt"
    assert not second.holds_phrase
    assert "in the Taiwan Strait" in second.text
    assert any(
        c.kind == "qualifier-changed" and "in the Taiwan Strait" in c.detail for c in second.changes
    )
    assert any(op.op == "insert" and "in" in op.text.split() for op in second.ops)
    assert Path(third.source).name.startswith("g7-2021-06-13")
    assert third.holds_phrase
    dates = [s.date or "" for s in steps]
    assert dates == sorted(dates)
    holding = {o.source for o in corpus.occurrences("peace and stability across the Taiwan Strait")}
    assert {s.source for s in steps if s.holds_phrase} == holding

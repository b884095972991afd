"""Related links: sentences of two different statements that make the same point."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings

from statementdiff import CompareTypeError, Diff, Lexicon, compare, parse, parse_file
from statementdiff.align.related import (
    FEATURES,
    SEMANTIC_FEATURES,
    RelatedModel,
    aligned_sentences,
    counterpart_parties,
    relate,
    sentence_pairs,
)
from statementdiff.errors import LexiconError
from statementdiff.models import Related
from statementdiff.strategies import edited_pairs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="needs ../shared/corpus beside the repository"
)

JAPAN = parse(
    "The United States and Japan will deepen cooperation on space exploration. "
    "We oppose unlawful maritime claims in the South China Sea. "
    "We will launch a partnership on critical minerals with trusted vendors.",
    parties=["United States", "Japan"],
)
KOREA = parse(
    "We object to coercion in the East China Sea. "
    "The United States and the Republic of Korea will deepen cooperation on space exploration. "
    "Both countries will build resilient supply chains for critical minerals.",
    parties=["United States", "Republic of Korea"],
)


def _sentence_links(diff: Diff) -> set[tuple[tuple[str, ...], tuple[str, ...], float]]:
    return {(r.a, r.b, r.score) for r in diff.related}


def test_counterpart_roles_make_parallel_sentences_alike() -> None:
    pairs = sentence_pairs(JAPAN, KOREA, set())
    # "Japan" and "the Republic of Korea" are each statement's own partner: no difference
    assert pairs.features["lexical"][0, 1] == pytest.approx(1.0)
    # without parties given, the makers are inferred from who is named first and often
    assert counterpart_parties(parse_file(ROOT / "fixtures" / "leaders-2031-a.txt")) >= {
        "United States"
    }


def test_neighbouring_correspondences_support_a_weak_pair() -> None:
    a = parse(
        "We will expand vaccine production in the region. "
        "Our ministers will meet next spring. "
        "We condemn the missile launches."
    )
    b = parse(
        "We will expand vaccine production in the region. "
        "Officials plan talks in April. "
        "We condemn the missile launches."
    )
    neighbours = sentence_pairs(a, b, set()).features["neighbour_lexical"]
    lexical = sentence_pairs(a, b, set()).features["lexical"]
    # the middle pair shares no word, but the sentences before and after both correspond
    assert lexical[1, 1] == 0.0
    assert neighbours[1, 1] == pytest.approx(1.0)
    # the first sentence of A has no sentence before it, and B's third none after it
    assert neighbours[0, 2] == 0.0


def test_different_places_of_one_kind_conflict() -> None:
    pairs = sentence_pairs(JAPAN, KOREA, set())
    assert pairs.features["entity_conflict"][1, 0] == 1.0  # South vs East China Sea
    assert pairs.features["entity_conflict"][0, 1] == 0.0


def test_related_links_name_whole_sentences_and_skip_aligned_ones() -> None:
    diff = compare(JAPAN, KOREA, related=True)
    aligned = aligned_sentences(JAPAN, KOREA, [(p.a, p.b) for p in diff.pairs])
    sentences_a = [tuple(c.id for c in s.clauses) for s in JAPAN.sentences()]
    sentences_b = [tuple(c.id for c in s.clauses) for s in KOREA.sentences()]
    for link in diff.related:
        i, j = sentences_a.index(link.a), sentences_b.index(link.b)
        assert (i, j) not in aligned
        assert 0.0 <= link.score <= 1.0
        assert link.evidence
    assert compare(JAPAN, KOREA, related=False).related == ()


def test_related_links_mirror() -> None:
    ab = compare(JAPAN, KOREA, related=True)
    ba = compare(KOREA, JAPAN, related=True)
    assert _sentence_links(ba) == {(b, a, s) for a, b, s in _sentence_links(ab)}


@needs_corpus
def test_related_links_of_different_statements_mirror_and_add_to_the_pairs() -> None:
    a = parse_file(CORPUS / "us-japan-2021-04-16-joint-leaders-statement.txt")
    b = parse_file(CORPUS / "us-rok-2021-05-21-leaders-joint-statement.txt")
    ab, ba = compare(a, b), compare(b, a)
    assert ab.related, "different statements get related links by default"
    assert _sentence_links(ba) == {(y, x, s) for x, y, s in _sentence_links(ab)}


def test_a_statement_with_itself_or_a_revision_has_no_related_links() -> None:
    a = parse_file(ROOT / "fixtures" / "communique-2032.txt")
    b = parse_file(ROOT / "fixtures" / "communique-2032-revised.txt")
    assert compare(a, a).related == ()
    assert compare(a, b).related == ()


@settings(max_examples=25, deadline=None)
@given(edited_pairs())
def test_edited_statements_are_revisions_without_related_links(pair: Any) -> None:
    a, b, _truth = pair
    assert compare(a, b).related == ()


@needs_corpus
def test_published_versions_get_no_related_links() -> None:
    versions = sorted((CORPUS / "versions").glob("*.txt"))
    by_doc: dict[str, list[Path]] = {}
    for path in versions:
        by_doc.setdefault(path.name.split("@")[0], []).append(path)
    checked = 0
    for paths in by_doc.values():
        for x, y in itertools.pairwise(paths):
            assert compare(parse_file(x), parse_file(y)).related == (), (x.name, y.name)
            checked += 1
    assert checked >= 5


def test_related_must_be_a_bool_or_none() -> None:
    with pytest.raises(CompareTypeError, match="related"):
        compare(JAPAN, KOREA, related="yes")  # type: ignore[arg-type]


def test_reports_show_related_links_both_ways() -> None:
    plain = compare(JAPAN, KOREA, related=False)
    first_a = next(JAPAN.sentences()).clauses
    last_b = list(KOREA.sentences())[-1].clauses
    link = Related(
        a=tuple(c.id for c in first_a),
        b=tuple(c.id for c in last_b),
        score=0.75,
        evidence=("shared topics: space", "lexical similarity 0.20"),
    )
    diff = plain.model_copy(update={"related": (link,)})
    text = diff.to_text(only="all")
    assert f"related to B {link.b[0]} (0.75): shared topics: space" in text
    assert f"related to A {link.a[0]} (0.75)" in text
    assert "lexical similarity" not in text
    assert "related to B" in diff.to_markdown(only="all")
    html = diff.to_html()
    assert '<div class="related">related to B' in html


def test_the_packaged_model_reads_known_lexical_features() -> None:
    model = RelatedModel.default()
    assert set(model.features) <= set(FEATURES)
    assert not model.semantic
    assert model.trained_on  # the dev pairs it was fitted on are recorded
    with pytest.raises(ValueError, match="features"):
        RelatedModel.from_dict({**model.to_dict(), "features": ["nonsense", *model.features[1:]]})


class _Broken:
    def encode(self, texts: list[str]) -> Any:
        raise RuntimeError("no model here")


class _Constant:
    def encode(self, texts: list[str]) -> Any:
        return np.ones((len(texts), 4))


def _semantic_model() -> RelatedModel:
    names = tuple(FEATURES)
    return RelatedModel(
        features=names,
        mean=(0.0,) * len(names),
        scale=(1.0,) * len(names),
        weights=tuple(1.0 if n in SEMANTIC_FEATURES else 0.0 for n in names),
        bias=-0.5,
        threshold=0.5,
    )


def test_a_failing_encoder_falls_back_to_lexical_signals_with_a_note() -> None:
    links, notes = relate(JAPAN, KOREA, set(), model=_semantic_model(), encoder=_Broken())
    assert any("lexical signals only" in n and "RuntimeError" in n for n in notes)
    assert all(0 <= link.a < 3 and 0 <= link.b < 3 for link in links)


def test_a_working_encoder_feeds_the_semantic_signals() -> None:
    pairs = sentence_pairs(JAPAN, KOREA, set(), encoder=_Constant())
    assert pairs.semantic
    assert np.all(pairs.features["semantic"] == 1.0)
    links, notes = relate(JAPAN, KOREA, set(), model=_semantic_model(), encoder=_Constant())
    assert notes == []
    assert {(link.a, link.b) for link in links} == set(itertools.product(range(3), range(3)))


def test_paraphrases_fold_before_the_lexical_signals(tmp_path: Path) -> None:
    a = parse("We will conclude a multi-year Host Nation Support agreement.")
    b = parse("We will conclude a multi-year Special Measures Agreement.")
    plain = sentence_pairs(a, b, set())
    folded = sentence_pairs(a, b, set(), paraphrases=Lexicon.default().paraphrase_table)
    assert folded.features["lexical"][0, 0] > plain.features["lexical"][0, 0]
    mine = tmp_path / "mine.toml"
    mine.write_text('[paraphrases]\nsteadfast = ["steadfast", "resolute"]\n', encoding="utf-8")
    lexicon = Lexicon.load(mine)
    assert lexicon.paraphrases["ironclad"]  # the built-in groups stay
    x, y = parse("We remain steadfast partners."), parse("We remain resolute partners.")
    pairs = sentence_pairs(x, y, set(), paraphrases=lexicon.paraphrase_table)
    assert pairs.features["lexical"][0, 0] == pytest.approx(1.0)


def test_an_empty_paraphrase_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[paraphrases]\nx = ["ok", " "]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="paraphrases"):
        Lexicon.load(bad)

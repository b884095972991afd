"""compare() on the shared corpus: real revisions and a real cross-statement pair."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from statementdiff import Clause, Diff, compare, parse_file

pytestmark = pytest.mark.corpus


def _versions(manifest: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    out = []
    for doc in manifest:
        vs = doc.get("versions") or []
        for x, y in itertools.pairwise(vs):
            out.append((doc["slug"], x["file"], y["file"]))
    return out


def _diff(corpus_dir: Path, a: str, b: str) -> Diff:
    return compare(
        parse_file(corpus_dir / a, format="text"), parse_file(corpus_dir / b, format="text")
    )


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_consecutive_versions_pair_every_unchanged_clause(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    pairs = _versions(manifest)
    assert pairs
    for slug, x, y in pairs:
        d = _diff(corpus_dir, x, y)
        b_texts = {_norm(c.text) for c in d.b.clauses()}
        unchanged = {i for p in d.pairs if p.relation == "unchanged" for i in p.a}
        for clause in d.a.clauses():
            if _norm(clause.text) in b_texts:
                assert clause.id in unchanged, (slug, clause.id)
        assert not any(p.moved for p in d.pairs), slug
        # a revision changes little: most clauses stay unchanged
        assert d.counts.unchanged >= 0.8 * len(list(d.a.clauses())), slug


def _version_files(manifest: list[dict[str, Any]], slug: str) -> list[str]:
    doc = next(d for d in manifest if d["slug"] == slug)
    return [v["file"] for v in doc["versions"]]


def test_pinned_one_word_revision(corpus_dir: Path, manifest: list[dict[str, Any]]) -> None:
    # checked by hand: the later version changes "intent" to "interest" in one sentence
    a, b = _version_files(manifest, "us-india-2023-09-08-joint-statement")
    d = _diff(corpus_dir, a, b)
    changed = [p for p in d.pairs if p.relation != "unchanged"]
    assert len(changed) == 1
    assert [(o.op, o.text) for o in changed[0].ops if o.op != "equal"] == [
        ("delete", "intent"),
        ("insert", "interest"),
    ]
    # "letters of intent to" names a document, it is no hedge: no hedge-removed label (QA)
    assert changed[0].changes == ()
    assert d.only_a == ()
    assert d.only_b == ()


def test_pinned_removed_sentence(corpus_dir: Path, manifest: list[dict[str, Any]]) -> None:
    # checked by hand: the later version drops one sentence about the Iraqi Security Forces
    a, b = _version_files(manifest, "d-isis-2022-05-11-ministers-joint-communique")
    d = _diff(corpus_dir, a, b)
    assert [o.text.split()[:4] for o in d.only_a] == [["The", "Coalition", "will", "continue"]]
    assert "Iraqi Security Forces" in d.only_a[0].text
    assert d.only_b == ()
    assert all(p.relation == "unchanged" for p in d.pairs)


def test_pinned_added_preamble(corpus_dir: Path, manifest: list[dict[str, Any]]) -> None:
    # checked by hand: the later version adds a two-sentence preamble listing the signatories
    a, b = _version_files(manifest, "multi-2024-09-25-joint-declaration-ukraine-recovery")
    d = _diff(corpus_dir, a, b)
    assert d.only_a == ()
    assert [o.text.split()[0] for o in d.only_b] == ["More", "Those"]
    assert d.only_b[0].after is None
    assert all(p.relation == "unchanged" for p in d.pairs)


def test_bulleted_letters_are_not_wording_changes(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    # QA: the later version letters four sub-items "- a." … "- d." where the earlier one printed
    # "1."; the letters are labels, so they are neither clause text nor inserted words
    a, b = _version_files(manifest, "us-japan-2025-10-27-critical-minerals-framework")
    d = _diff(corpus_dir, a, b)
    lettered = [
        blk for sec in d.b.sections for blk in sec.blocks if blk.label in {"a.", "b.", "c.", "d."}
    ]
    assert [blk.id for blk in lettered] == [f"sec3.n1~2.{x}" for x in "abcd"]
    assert [blk.sentences[0].clauses[0].text for blk in lettered] == [
        "Project selection",
        "Financing",
        "Investment support",
        "Ministerial",
    ]
    assert all(o.op == "equal" for p in d.pairs for o in p.ops)
    assert d.only_a == ()
    assert d.only_b == ()


def test_respelled_leader_name_is_no_qualifier_change(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    # QA: "President Yoon SukYeol" -> "President Yoon Suk Yeol" was labelled
    # qualifier-changed on the Republic of Korea; a person's name is left out of qualifiers
    a, b = _version_files(manifest, "us-japan-rok-2022-11-13-phnom-penh-statement")
    d = _diff(corpus_dir, a, b)
    first = d.b.node("sec1.p1.s1.c1")
    assert isinstance(first, Clause)
    assert ("Yoon Suk Yeol", "President Yoon Suk Yeol") in {
        (e.name, e.text) for e in first.entities
    }
    modified = [p for p in d.pairs if p.relation == "modified"]
    assert [o.text for p in modified for o in p.ops if o.op == "insert"][:1] == ["Suk Yeol"]
    assert [c for p in d.pairs for c in p.changes] == []


JP_TAIWAN = "We underscore the importance of peace and stability across the Taiwan Strait"
ROK_TAIWAN = (
    "President Biden and President Moon emphasize the importance of preserving peace and "
    "stability in the Taiwan Strait."
)
JP_NUCLEAR = (
    "The United States and Japan reaffirmed their commitment to the complete denuclearization "
    "of North Korea, urging North Korea to abide by its obligations under UN Security Council "
    "resolutions"
)
ROK_NUCLEAR = (
    "President Biden and President Moon emphasize their shared commitment to the complete "
    "denuclearization of the Korean Peninsula and their intent to address the Democratic "
    "People\u2019s Republic of Korea\u2019s (DPRK\u2019s) nuclear and ballistic missile programs."
)


def test_japan_2021_vs_rok_2021_pairs_taiwan_and_denuclearization(corpus_dir: Path) -> None:
    a = parse_file(corpus_dir / "us-japan-2021-04-16-joint-leaders-statement.txt")
    b = parse_file(corpus_dir / "us-rok-2021-05-21-leaders-joint-statement.txt")
    d = compare(a, b)
    pairs = {
        (tuple(_norm(a.node(x).text) for x in p.a), tuple(_norm(b.node(y).text) for y in p.b))
        for p in d.pairs
    }
    # checked by hand: each clause pairs with the clause that makes the same commitment,
    # one to one (B's clause on diplomacy "to achieve the complete denuclearization" and A's
    # clause on deterrence against "North Korea's nuclear and missile programs" are not it)
    assert ((JP_TAIWAN,), (ROK_TAIWAN,)) in pairs
    assert ((JP_NUCLEAR,), (ROK_NUCLEAR,)) in pairs
    for side, text in (("a", JP_TAIWAN), ("a", JP_NUCLEAR), ("b", ROK_TAIWAN), ("b", ROK_NUCLEAR)):
        assert sum(text in (x if side == "a" else y) for x, y in pairs) == 1, text
    mirror = compare(b, a)
    assert sorted((p.a, p.b) for p in d.pairs) == sorted((p.b, p.a) for p in mirror.pairs)

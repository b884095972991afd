"""The corpus index on small statements written here: incremental add, resume, bad indexes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import parse_file
from statementdiff.corpus import Corpus, executors
from statementdiff.corpus.ingest import shingles
from statementdiff.corpus.normalise import contains, normalise
from statementdiff.errors import CorpusError, ParseError, StatementDiffError

TEXTS = {
    "us-japan-2021-04-16-a.txt": "We underscore the importance of peace and stability across "
    "the Taiwan Strait. We oppose any unilateral attempts to change the status quo.",
    "g7-2021-06-13-b.txt": "We underscore the importance of Peace and Stability across the "
    "Taiwan\u00a0Strait, and encourage the peaceful resolution of cross-Strait issues.",
    "quad-2022-05-24-c.txt": "We reaffirm our commitment to a free and open Indo-Pacific.",
    "undated-d.txt": "We discussed the situation in Xinjiang and called for human rights.",
}


def _write(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        (folder / name).write_text(TEXTS[name], encoding="utf-8")
        paths.append(folder / name)
    return paths


def _dump(index: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(index)
    tables = ["statements", "parties", "clauses", "entities", "topics", "shingles"]
    out = {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables[:-1]}
    out["shingles"] = con.execute(
        "SELECT * FROM shingles ORDER BY statement, clause, hash"
    ).fetchall()
    out["fts"] = con.execute(
        "SELECT rowid FROM clause_fts WHERE clause_fts MATCH 'we' ORDER BY rowid"
    ).fetchall()
    con.close()
    return out


def test_occurrences_are_earliest_first_and_fold_case_and_spaces(tmp_path: Path) -> None:
    paths = _write(tmp_path / "s", list(TEXTS))
    with Corpus.build(paths, index=tmp_path / "i.sqlite") as corpus:
        found = corpus.occurrences("PEACE and stability across the Taiwan Strait")
        assert [(o.source, o.date) for o in found] == [
            (str(paths[0]), "2021-04-16"),
            (str(paths[1]), "2021-06-13"),
        ]
        statement = parse_file(paths[1])
        assert statement.text[found[1].span.start : found[1].span.end] == found[1].text
        assert corpus.occurrences("Indo Pacific")[0].source == str(paths[2])
        assert corpus.occurrences("peace and stability across the Taiwan Strait.") == found
        assert corpus.occurrences("stability across peace") == ()
        assert corpus.occurrences("  ...  ") == ()
        assert corpus.sources()[-1] == str(paths[3])  # undated last


def test_occurrences_fold_spelling_variants(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "uk-2022-01-01.txt").write_text(
        "We seek the complete denuclearisation of the Korean Peninsula.", encoding="utf-8"
    )
    (folder / "us-2023-01-01.txt").write_text(
        "We seek the complete denuclearization of the Korean Peninsula.", encoding="utf-8"
    )
    with Corpus.build(sorted(folder.iterdir()), index=tmp_path / "i.sqlite") as corpus:
        for phrase in ("complete denuclearization", "Complete Denuclearisation"):
            found = corpus.occurrences(phrase)
            assert [o.date for o in found] == ["2022-01-01", "2023-01-01"]
            assert found[0].text.endswith("denuclearisation of the Korean Peninsula.")


def test_a_folder_of_pdf_and_text_versions_indexes_both_alike(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    shutil.copy(fixtures / "leaders-2031-a.pdf", folder / "leaders-2031-a.pdf")
    shutil.copy(fixtures / "leaders-2031-a.txt", folder / "leaders-2031-a.txt")
    with Corpus.build([folder], index=tmp_path / "i.sqlite") as corpus:
        assert sorted(Path(s).suffix for s in corpus.sources()) == [".pdf", ".txt"]
        found = corpus.occurrences("peace and stability across the Taiwan Strait")
        assert sorted(Path(o.source).suffix for o in found) == [".pdf", ".txt"]
        assert len({o.clause_id for o in found}) == 1  # the same clause in both


def test_add_indexes_only_new_or_changed_files(tmp_path: Path) -> None:
    first = _write(tmp_path / "s", list(TEXTS)[:2])
    index = tmp_path / "i.sqlite"
    Corpus.build(first, index=index).close()
    more = _write(tmp_path / "s", list(TEXTS)[2:])
    with Corpus.open(index) as corpus:
        assert corpus.add([tmp_path / "s"]) == 2
        assert corpus.add([tmp_path / "s"]) == 0
        assert len(corpus) == 4
        more[0].write_text("We reaffirm our commitment to a secure Indo-Pacific.", "utf-8")
        assert corpus.add(more) == 1
        assert len(corpus) == 4
        assert corpus.occurrences("free and open") == ()
        assert [o.source for o in corpus.occurrences("secure Indo-Pacific")] == [str(more[0])]
    assert _dump(index)["statements"][-1][1] == str(more[0])


def test_an_interrupted_build_resumes_where_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _write(tmp_path / "s", list(TEXTS))
    monkeypatch.setattr("statementdiff.corpus.index.BATCH", 2)
    seen: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> None:
        seen.append((done, total))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Corpus.build(paths, index=tmp_path / "i.sqlite", progress=stop)
    assert seen == [(2, 4)]
    with Corpus.build(paths, index=tmp_path / "i.sqlite") as corpus:
        assert len(corpus) == 4
    whole = tmp_path / "whole.sqlite"
    Corpus.build(paths, index=whole).close()
    assert _dump(whole) == _dump(tmp_path / "i.sqlite")


def test_process_executor_writes_the_same_index(tmp_path: Path) -> None:
    paths = _write(tmp_path / "s", list(TEXTS))
    Corpus.build(paths, index=tmp_path / "serial.sqlite").close()
    Corpus.build(reversed(paths), index=tmp_path / "pool.sqlite", executor="process").close()
    assert _dump(tmp_path / "serial.sqlite") == _dump(tmp_path / "pool.sqlite")


def test_bad_executors_are_refused(tmp_path: Path) -> None:
    paths = _write(tmp_path / "s", list(TEXTS)[:1])
    with pytest.raises(CorpusError, match="unknown executor"):
        Corpus.build(paths, index=tmp_path / "i.sqlite", executor="threads")  # type: ignore[arg-type]


def test_dask_without_dask_says_which_extra(tmp_path: Path) -> None:
    try:
        import dask  # type: ignore[import-not-found,import-untyped,unused-ignore]  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("dask is installed")
    paths = _write(tmp_path / "s", list(TEXTS)[:1])
    with pytest.raises(CorpusError, match="corpus-dask"):
        Corpus.build(paths, index=tmp_path / "i.sqlite", executor="dask")


def test_missing_foreign_and_outdated_indexes_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no corpus index"):
        Corpus.open(tmp_path / "none.sqlite")
    text = tmp_path / "notes.txt"
    text.write_text("not a database " * 100, encoding="utf-8")
    with pytest.raises(CorpusError, match="not a statementdiff corpus index"):
        Corpus.open(text)
    with pytest.raises(CorpusError, match="not a statementdiff corpus index"):
        Corpus.build([], index=text)
    assert text.read_text(encoding="utf-8") == "not a database " * 100
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE meta(key TEXT, value TEXT)")
    con.commit()
    con.close()
    with pytest.raises(CorpusError, match="not a statementdiff corpus index"):
        Corpus.open(other)
    index = tmp_path / "i.sqlite"
    Corpus.build([], index=index).close()
    con = sqlite3.connect(index)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    con.commit()
    con.close()
    with pytest.raises(CorpusError, match="schema 0") as info:
        Corpus.open(index)
    assert isinstance(info.value, StatementDiffError)
    assert isinstance(info.value, ValueError)


def test_missing_inputs_and_bad_manifests_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        Corpus.build([tmp_path / "absent.txt"], index=tmp_path / "i.sqlite")
    bad = tmp_path / "m.json"
    bad.write_text('{"slug": 1}', encoding="utf-8")
    with pytest.raises(CorpusError, match="manifest"):
        Corpus.build([], index=tmp_path / "i.sqlite", manifest=bad)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ParseError):
        Corpus.build([empty], index=tmp_path / "i.sqlite")


def test_min_share_out_of_range_is_refused(tmp_path: Path) -> None:
    with Corpus.build([], index=tmp_path / "i.sqlite") as corpus, pytest.raises(CorpusError):
        corpus.reuse(min_share=1.5)


def test_reuse_pairs_statements_sharing_a_passage(tmp_path: Path) -> None:
    paths = _write(tmp_path / "s", list(TEXTS))
    with Corpus.build(paths, index=tmp_path / "i.sqlite") as corpus:
        pairs = corpus.reuse(min_share=0.0, max_statements=2)
    assert [(p.a, p.b) for p in pairs] == [(str(paths[0]), str(paths[1]))]
    assert pairs[0].clauses[0].a_id == "sec1.p1.s1.c1"
    assert 0 < pairs[0].share <= 1


def test_coverage_splits_named_and_silent_statements(tmp_path: Path) -> None:
    paths = _write(tmp_path / "s", list(TEXTS))
    with Corpus.build(paths, index=tmp_path / "i.sqlite") as corpus:
        cover = corpus.coverage("human-rights")
    assert [r.source for r in cover.named] == [str(paths[3])]
    assert len(cover.named) + len(cover.silent) == 4


def test_manifest_gives_parties_and_titles(tmp_path: Path) -> None:
    paths = _write(tmp_path / "s", list(TEXTS)[:1])
    manifest = tmp_path / "m.json"
    manifest.write_text(
        '[{"slug": "us-japan-2021-04-16-a", "title": "T", "parties": ["Japan", "United States"]}]',
        encoding="utf-8",
    )
    with Corpus.build(paths, index=tmp_path / "i.sqlite", manifest=manifest) as corpus:
        row = corpus.coverage("nothing").silent[0]
    assert (row.title, row.parties, row.year) == ("T", ("Japan", "United States"), 2021)


_WORDS = st.lists(st.sampled_from(["Peace", "and", "the", "Strait", "“quoted”", "Indo-Pacific"]))


@given(_WORDS, _WORDS, _WORDS)
def test_a_phrase_is_found_inside_any_text_around_it(
    before: list[str], phrase: list[str], after: list[str]
) -> None:
    text = " ".join([*before, *phrase, *after])
    norm = normalise(" ".join(phrase))
    assert contains(normalise(text), norm) == bool(norm)
    assert normalise(normalise(text)) == normalise(text)


def test_batches_are_bounded() -> None:
    assert 1 <= executors.BATCH <= 1024


def test_dask_executor_writes_the_same_index(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="the corpus-dask extra is not installed")
    paths = _write(tmp_path / "s", list(TEXTS))
    Corpus.build(paths, index=tmp_path / "serial.sqlite").close()
    Corpus.build(paths, index=tmp_path / "dask.sqlite", executor="dask").close()
    assert _dump(tmp_path / "serial.sqlite") == _dump(tmp_path / "dask.sqlite")


def test_a_dask_distributed_local_cluster_gives_the_same_index_and_answers(
    tmp_path: Path,
) -> None:
    distributed = pytest.importorskip(
        "distributed",
        reason="dask.distributed is not installed (pip install distributed); the dask.bag "
        "test above covers the local scheduler",
    )
    paths = _write(tmp_path / "s", list(TEXTS))
    Corpus.build(paths, index=tmp_path / "serial.sqlite").close()
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
        distributed.get_task_stream(client) as tasks,
    ):
        Corpus.build(paths, index=tmp_path / "cluster.sqlite", executor="dask").close()
    assert tasks.data, "the build ran no task on the cluster"
    assert _dump(tmp_path / "serial.sqlite") == _dump(tmp_path / "cluster.sqlite")
    with (
        Corpus.open(tmp_path / "serial.sqlite") as serial,
        Corpus.open(tmp_path / "cluster.sqlite") as cluster_built,
    ):
        for corpus in (serial, cluster_built):
            assert corpus.occurrences("Taiwan Strait")
        assert serial.occurrences("Taiwan Strait") == cluster_built.occurrences("Taiwan Strait")
        assert serial.reuse(min_share=0.0) == cluster_built.reuse(min_share=0.0)
        assert serial.coverage("Xinjiang") == cluster_built.coverage("Xinjiang")


def test_genealogy_starts_at_the_first_appearance(tmp_path: Path) -> None:
    _write(tmp_path / "s", list(TEXTS))
    later = tmp_path / "s" / "us-rok-2021-07-01-e.txt"
    later.write_text("We stress peace and stability in the Taiwan Strait.", encoding="utf-8")
    with Corpus.build([tmp_path / "s"], index=tmp_path / "i.sqlite") as corpus:
        steps = corpus.genealogy("peace and stability across the Taiwan Strait").steps
        assert corpus.genealogy("not in any statement").steps == ()
        with pytest.raises(CorpusError):
            corpus.genealogy("x", min_overlap=2.0)
    assert [Path(s.source).name for s in steps] == [*list(TEXTS)[:2], later.name]
    assert [s.changed for s in steps] == [False, False, True]  # case alone is no change
    assert [s.holds_phrase for s in steps] == [True, True, False]
    assert {"across", "in"} <= {
        w for op in steps[2].ops if op.op != "equal" for w in op.text.split()
    }


_TOKENS = st.lists(st.sampled_from([f"w{i}" for i in range(40)]), max_size=30)


@given(_TOKENS, _TOKENS, st.lists(st.sampled_from([f"p{i}" for i in range(40)]), min_size=11))
def test_a_shared_passage_of_eleven_words_shares_a_kept_shingle(
    left: list[str], right: list[str], passage: list[str]
) -> None:
    a = shingles(" ".join([*left, *passage]))
    b = shingles(" ".join([*passage, *right]))
    assert set(a) & set(b)

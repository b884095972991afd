"""The import rules of the pipeline, checked on the source with ``ast`` (nothing is imported).

Every ``import`` counts, at module level or inside a function, since a lazy import is still a
dependency. The rules: the data model imports no stage; readers do not reach for later stages;
renderers read the models, never the alignment or the semantics; only ``__main__`` imports the
command line; and the graph has no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "statementdiff"


def _module_name(path: Path) -> str:
    parts = ["statementdiff", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _targets(name: str, tree: ast.Module) -> set[str]:
    """The package modules a module imports (``from pkg import sub`` counts as ``pkg.sub``)."""
    is_package = MODULES[name].name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return {t for t in found if t in MODULES and t != name}


GRAPH = {
    name: _targets(name, ast.parse(path.read_text(encoding="utf-8")))
    for name, path in MODULES.items()
}


def _in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _importers(rule: str) -> list[tuple[str, str]]:
    return sorted((src, dst) for src, dsts in GRAPH.items() for dst in dsts if rule in (src, dst))


def test_the_graph_sees_lazy_and_relative_imports() -> None:
    # the parser itself: a function-level import and a package import are edges
    assert "statementdiff.compare" in GRAPH["statementdiff"]
    assert "statementdiff.render" in GRAPH["statementdiff"]
    assert "statementdiff.models" in GRAPH["statementdiff.render.text"]
    assert len(MODULES) > 40


def test_models_import_no_stage() -> None:
    stages = ("render", "read", "segment", "align", "semantics", "lexicon", "parse", "compare")
    bad = [t for t in GRAPH["statementdiff.models"] for s in stages if _in(t, f"statementdiff.{s}")]
    assert bad == []
    assert GRAPH["statementdiff.models"] <= {"statementdiff.errors"}


@pytest.mark.parametrize("later", ["semantics", "align", "compare"])
def test_readers_do_not_import_later_stages(later: str) -> None:
    bad = [
        (src, dst)
        for src, dsts in GRAPH.items()
        if _in(src, "statementdiff.read")
        for dst in dsts
        if _in(dst, f"statementdiff.{later}")
    ]
    assert bad == []


def test_renderers_read_the_models_only() -> None:
    bad = [
        (src, dst)
        for src, dsts in GRAPH.items()
        if _in(src, "statementdiff.render")
        for dst in dsts
        if any(_in(dst, f"statementdiff.{s}") for s in ("align", "semantics", "compare", "series"))
    ]
    assert bad == []


def test_the_labels_read_alignment_through_its_tokens_only() -> None:
    # docs/design.md: the labels compare words as alignment does, through align/tokens.py
    # (NumPy-free), never through the rest of align/
    bad = [
        (src, dst)
        for src, dsts in GRAPH.items()
        if _in(src, "statementdiff.semantics")
        for dst in dsts
        if _in(dst, "statementdiff.align") and dst != "statementdiff.align.tokens"
    ]
    assert bad == []


def test_only_main_imports_the_cli() -> None:
    importers = {src for src, dst in _importers("statementdiff.cli") if dst == "statementdiff.cli"}
    assert importers == {"statementdiff.__main__"}


def test_no_import_cycle() -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        state[name] = 1
        path.append(name)
        for nxt in sorted(GRAPH[name]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[name] = 2
        return None

    for name in sorted(GRAPH):
        if name not in state:
            cycle = visit(name)
            assert cycle is None, " -> ".join(cycle or ())


LEAVES = (
    "statementdiff.errors",
    "statementdiff.whitespace",
    "statementdiff.invisible",
    "statementdiff._version",
)


@pytest.mark.parametrize("leaf", LEAVES)
def test_leaf_modules_import_nothing_from_the_package(leaf: str) -> None:
    assert GRAPH[leaf] == set()


def test_whitespace_is_normalised_in_one_place() -> None:
    # The one rule lives in statementdiff.whitespace; a second copy would drift from it.
    copies = [
        f"{name}:{node.lineno}"
        for name, path in MODULES.items()
        if name != "statementdiff.whitespace"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "join"
        and isinstance(node.func.value, ast.Constant)
        and node.func.value.value == " "
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Call)
        and isinstance(node.args[0].func, ast.Attribute)
        and node.args[0].func.attr == "split"
        and not node.args[0].args
    ]
    assert copies == []

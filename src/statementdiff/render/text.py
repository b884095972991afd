"""Plain-text rendering for terminals (first cut; issue 5 refines it)."""

from __future__ import annotations

from typing import Literal

from statementdiff.models import Diff

__all__ = ["render_text"]


def render_text(diff: Diff, *, color: bool = False, only: Literal["changed", "all"] = "changed") -> str:
    """Render a diff as plain text."""
    lines = []
    c = diff.counts
    lines.append(
        f"{c.unchanged} unchanged, {c.modified} modified, {c.moved} moved, {c.split} split, "
        f"{c.merged} merged, {c.removed} removed, {c.added} added"
    )
    for pair in diff.pairs:
        if only == "changed" and pair.relation == "unchanged":
            continue
        words = "".join(
            op.text if op.op == "equal" else f"[-{op.text}-]" if op.op == "delete" else f"{{+{op.text}+}}"
            for op in pair.ops
        )
        lines.append(f"{pair.relation}: {','.join(pair.a)} -> {','.join(pair.b)}\n  {words}")
    for one in diff.only_a:
        lines.append(f"removed {one.id}: {one.text}")
    for one in diff.only_b:
        lines.append(f"added {one.id}: {one.text}")
    return "\n".join(lines) + "\n"

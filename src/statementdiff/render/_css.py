"""The HTML report's style sheet (inline; no fonts, images or other requests)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["BASE_CSS", "CJK_CSS", "filter_css", "relation_filters"]

CJK_CSS = """
[lang=ja]{font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic","Meiryo",
"Noto Sans CJK JP","Noto Sans JP",system-ui,sans-serif;line-break:strict;word-break:normal}
[lang=ko]{font-family:"Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR","Noto Sans KR",
"Nanum Gothic",system-ui,sans-serif;word-break:keep-all}"""
"""Fonts and line breaking for Japanese and Korean clause cells (only in pages that have them):
Japanese breaks between characters but not before small kana or closing marks, Korean
between words, as each is written."""

BASE_CSS = """
:root{--fg:#1d232b;--muted:#5b6572;--line:#d7dce2;--bg:#fff;--panel:#f6f8fa;
--del-bg:#fde2e1;--del-fg:#8e1b12;--ins-bg:#dcf5e0;--ins-fg:#0d5a23;--accent:#2452a4}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
.wrap{max-width:1400px;margin:0 auto;padding:0 20px}
h1{font-size:1.5rem;margin:18px 0 8px}
h2{font-size:1.2rem;margin:22px 0 8px}
h3{font-size:1rem;margin:14px 0 6px}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.side{border:1px solid var(--line);border-radius:6px;padding:10px 14px;background:var(--panel)}
.side h2{margin:0 0 6px;font-size:1.05rem}
.side dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
.side dt{color:var(--muted)}.side dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;min-width:1.6em;text-align:center;border-radius:4px;
background:var(--fg);color:#fff;font-weight:700;margin-right:6px}
.counts{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 4px;padding:0;list-style:none}
.counts li{border:1px solid var(--line);border-radius:6px;padding:4px 10px;background:var(--panel)}
.counts b{font-size:1.15rem;margin-right:4px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:8px 24px;
align-items:start}
details summary{cursor:pointer;color:var(--muted);font-size:.85rem;margin:6px 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:3px 8px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.differs td:first-child{font-weight:600}
.bar{display:inline-block;height:.6em;vertical-align:middle;border-radius:2px;margin-left:4px}
.bar.a{background:#9fb6dc}.bar.b{background:#7fb98d}
.keys{margin:0;padding-left:2em;font-size:.92rem}
.notes{color:var(--muted);font-size:.9rem}
.legend{font-size:.9rem;color:var(--muted)}
.tag{display:inline-block;font-size:.75rem;line-height:1.5;padding:0 6px;border-radius:9px;
border:1px solid #b9c3cf;background:#eef2f6;color:#243447;margin:0 3px 2px 0;white-space:nowrap}
.tag.neg{background:#fbe4d9;border-color:#e3a183}
.tag.ent{background:#e6eefc;border-color:#9fb6dc}
.tag.hedge{background:#f3eadb;border-color:#d2b27c}
.tag.topic{background:#fff;border-style:dashed}
.detail{font-size:.8rem;color:var(--muted);margin-right:10px}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through;
text-decoration-thickness:1px}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline;
text-decoration-thickness:1px}
del,ins,.tag,.badge,.bar{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.filters{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);
padding:6px 0;font-size:.85rem}
.filters .group{display:flex;flex-wrap:wrap;gap:4px;align-items:center;margin:2px 0}
.filters .group>span{color:var(--muted);margin-right:4px}
.filters label{border:1px solid var(--line);border-radius:12px;padding:0 8px;cursor:pointer}
.filters label:hover{border-color:var(--accent)}
.filters .group.topics{max-height:4.9em;overflow-y:auto}
.filters .n{margin-left:4px;opacity:.7;font-variant-numeric:tabular-nums}
.shown{margin:2px 0;color:var(--muted)}.shown b{color:var(--fg)}
input.f{position:absolute;opacity:0;width:1px;height:1px;pointer-events:none}
.colhead{display:grid;grid-template-columns:1fr 1fr;gap:16px;font-weight:600;margin-top:4px;
padding-top:4px;border-top:1px solid var(--line)}
.row,.block{scroll-margin-top:10rem}
.toc ol{columns:2 24rem;margin:4px 0;padding-left:2.4em;font-size:.9rem}
.toc li{break-inside:avoid}.toc .n{color:var(--muted);font-size:.8rem}
.colhead div{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.sec{font-size:.95rem;text-transform:none;color:var(--accent);border-bottom:2px solid var(--line);
margin:22px 0 4px;padding-bottom:2px}
.row{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px;padding:8px 0;
border-bottom:1px solid var(--line);content-visibility:auto;contain-intrinsic-size:auto 90px}
.row .meta{grid-column:1/-1;font-size:.8rem;color:var(--muted)}
.row .meta .num{font-weight:700;color:var(--fg);text-decoration:none;margin-right:6px}
.rel{font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-right:6px}
.rel-modified .rel{color:#8a5a00}.rel-moved .rel,.moved .rel{color:#5a3d99}
.rel-split .rel,.rel-merged .rel{color:#005f73}
.rel-removed .rel{color:var(--del-fg)}.rel-added .rel{color:var(--ins-fg)}
.rel-unchanged{color:#3f4852}
.flag{color:#5a3d99;margin-right:6px}
.ids{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.75rem}
.row .a,.row .b{overflow-wrap:anywhere;padding:2px 6px;border-left:3px solid transparent}
.rel-removed .a{border-left-color:var(--del-fg)}.rel-added .b{border-left-color:var(--ins-fg)}
.rel-modified .a,.rel-modified .b,.rel-split .a,.rel-split .b,.rel-merged .a,.rel-merged .b
{border-left-color:#e0b85c}
.rel-moved .a,.rel-moved .b{border-left-color:#a48fd0}
.empty{color:var(--muted);font-style:italic;font-size:.85rem}
.changes{grid-column:1/-1;margin:2px 0 0}
.related{grid-column:1/-1;margin:2px 0 0;color:var(--muted);font-size:.85rem}
footer{color:var(--muted);font-size:.8rem;margin:24px 0}
@media screen and (max-width:760px){.sides,.row,.colhead{grid-template-columns:1fr}
.colhead{display:none}.row .b{border-top:1px dashed var(--line)}}
@media print{body{font-size:10pt}.wrap{max-width:none;padding:0}
.filters{position:static;border:0}.filters .group,.shown{display:none}
.row{break-inside:avoid;content-visibility:visible;gap:2px 10px}h2,h3,.sec{break-after:avoid}
.colhead{display:grid}.sides{grid-template-columns:1fr 1fr}
a{color:inherit;text-decoration:none}.summary{break-after:page}}
"""
"""Layout, word marks, tags, print rules."""

_RELATION_FILTERS = ("modified", "moved", "split", "merged", "removed", "added", "unchanged")


def filter_css(topic_count: int, relations: Sequence[str] = _RELATION_FILTERS) -> str:
    """Rules that let the radio buttons filter rows without any script.

    A section of rows (``.block``) whose rows all fall outside the chosen relation or
    topic is hidden with its heading (``:has()``; older browsers keep the heading). Of the
    counts written for every relation and topic (``.kr-<relation>``, ``.kt-<topic>``, see
    :mod:`._html_nav`), those of the chosen ones show.

    Args:
        topic_count: How many topic classes (``t0`` … ``tN-1``) rows may carry.
        relations: The relations that get a button (see :func:`relation_filters`).

    Returns:
        CSS text: one rule per relation button and per topic button.
    """
    rules = [
        "#fr-changed:checked~main .row.same{display:none}",
        "#fr-changed:checked~main .block:not(:has(.row:not(.same))){display:none}",
        "#fr-all:checked~.filters label[for=fr-all],#ft-all:checked~.filters label[for=ft-all]"
        "{background:var(--fg);color:#fff}",
        "#fr-changed:checked~.filters label[for=fr-changed]{background:var(--fg);color:#fff}",
    ]
    for relation in relations:
        # A pair that is modified (or split, merged) and also moved counts as moved too.
        shown = ".rel-moved,.moved" if relation == "moved" else f".rel-{relation}"
        hidden = ":not(.rel-moved):not(.moved)" if relation == "moved" else f":not(.rel-{relation})"
        rules.append(f"#fr-{relation}:checked~main .row{hidden}{{display:none}}")
        rules.append(f"#fr-{relation}:checked~main .block:not(:has({shown})){{display:none}}")
        rules.append(
            f"#fr-{relation}:checked~.filters label[for=fr-{relation}]"
            "{background:var(--fg);color:#fff}"
        )
    # the counts: every number is in the page; show those of the chosen relation and topic
    rules.append(".filters .k{display:none}")
    for relation in ("all", "changed", *relations):
        rules.append(f"#fr-{relation}:checked~.filters .kr-{relation}{{display:inline}}")
    for topic in ("all", *(str(n) for n in range(topic_count))):
        rules.append(f"#ft-{topic}:checked~.filters .kt-{topic}{{display:inline}}")
    for index in range(topic_count):
        rules.append(f"#ft-{index}:checked~main .row:not(.t{index}){{display:none}}")
        rules.append(f"#ft-{index}:checked~main .block:not(:has(.t{index})){{display:none}}")
        rules.append(
            f"#ft-{index}:checked~.filters label[for=ft-{index}]{{background:var(--fg);color:#fff}}"
        )
    return "\n".join(rules)


def relation_filters() -> Sequence[str]:
    """Relations that get a filter button, in display order."""
    return _RELATION_FILTERS

"""lxml reader: find the main content, drop navigation, yield text blocks.

The page is parsed with libxml2's forgiving HTML parser (no network, no DTD, no
entity expansion), so malformed markup is read as far as it is readable. Before the
parser sees the markup, one linear scan that tokenizes tags as HTML5 does (quoted
values, comments, raw-text elements such as ``<script>``) counts the elements and the
distinct attributes of each tag against :class:`~statementdiff.limits.Limits`
(libxml2 checks every attribute of a tag against all the others, so 400,000 attributes
on one element would take minutes). The parser runs with ``huge_tree`` so that it reads
past its default nesting limit of 256; the tree's depth is then checked against
``Limits.max_html_depth``, and markup that reaches libxml2's own hard limit (2048) is
refused: content is never dropped silently. Then:

1. Boilerplate is dropped: ``script``/``style``/``nav``/``header``/``footer``/``aside``/
   ``form`` and similar tags, hidden elements, ARIA landmarks other than the main one,
   and elements whose class or id names navigation, share buttons, breadcrumbs, skip
   links, sidebars or "related" boxes.
2. The main content is chosen: ``<main>``, else the largest ``<article>``, else the
   largest element whose class or id says content/entry/body, else the smallest
   container (``div``, ``section``, ``td`` …) holding most of the page's text.
3. The content is walked once, without recursion, into blocks: headings (``h1`` to ``h6``,
   and paragraphs whose only text is short ``em``/``strong``/``b``), paragraphs, list
   items (``<ol>`` numbering respects ``start``, ``type`` and ``value``; nested lists
   give deeper levels), ``<br><br>`` paragraph breaks and table rows (cells joined
   with ``" | "``).

The output text joins the blocks with blank lines; inside a block all whitespace
(NBSP included) collapses to single spaces. List items are written with their label
(``"3. "``, ``"• "``). Separators (``###``, ``***``) and the "Begin Text:"/"End
Text" release markers are dropped, as the plain-text reader does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree, html

from statementdiff.errors import LimitExceededError, ParseError
from statementdiff.invisible import INVISIBLE_TABLE
from statementdiff.limits import HTML_PARSER_MAX_DEPTH, Limits
from statementdiff.read.blocks import (
    ListContext,
    RawBlock,
    is_framing_marker,
    is_lead_in,
    is_separator,
    is_short_lead_in,
    match_marker,
)
from statementdiff.read.html_meta import page_metadata
from statementdiff.whitespace import normalize_space

__all__ = ["HtmlPage", "read_html", "read_html_page"]


class HtmlPage(NamedTuple):
    """What the HTML reader found: the text, its blocks, and the page's own metadata."""

    body: str
    blocks: list[RawBlock]
    title: str | None
    date: str | None


MAX_EMPHASIS_HEADING_CHARS = 160
"""Longest all-bold/italic paragraph read as a heading."""
CONTENT_SHARE = 0.8
"""Descend into a child while it holds at least this share of the page's text."""
CONTENT_MATCH_SHARE = 0.4
"""A class/id "content" element must hold this share of the page's text to be chosen."""

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside",
    "form", "button", "svg", "math", "select", "input", "textarea", "object", "embed",
    "canvas", "video", "audio", "head", "title", "meta", "link", "figcaption", "dialog",
)  # fmt: skip
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_DROP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}
)
_DROP_WORDS = frozenset(
    {
        *("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing"),
        *("social", "skip", "related", "sidebar", "footer", "header", "cookie", "cookies"),
        *("newsletter", "subscribe", "pagination", "pager", "comments", "toolbar", "masthead"),
        *("print", "addthis", "sharethis", "modal", "popup", "sr", "disclaimer", "tags"),
    }
)
_DROP_PREFIXES = frozenset({"site", "page", "global", "main", "post", "entry", "article", "top"})
_DROP_CLASSES = frozenset({"screen-reader-text", "visually-hidden", "visuallyhidden", "hidden"})
_CONTENT_CLASS = re.compile(
    r"(?:^|[-_])(?:content|entry|body-content|article-body|post-body|story-body|main-body|"
    r"field--name-body|article-content|page-content|entry-content|post-content|body-text)$"
)
_SKIP_LINK = re.compile(r"\s*skip to\b", re.IGNORECASE)
_RELATED = re.compile(r"\s*(?:related\b|more from\b|read more\b)", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]{0,500}\?>", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DOCTYPE = re.compile(r"<!doctype", re.IGNORECASE)
_INVISIBLE = INVISIBLE_TABLE
"""Deleted from every block: the one table the plain-text reader uses too."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_EMPHASIS = frozenset({"em", "strong", "b", "i"})
_BLOCKS = frozenset(
    {
        *("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article"),
        *("main", "table", "thead", "tbody", "tfoot", "tr", "pre", "address", "figure", "hr"),
        *("body", "html", "center", "details", "summary", "caption", "fieldset", "h1", "h2"),
        *("h3", "h4", "h5", "h6"),
    }
)
_CONTAINERS = frozenset(
    {"body", "div", "section", "article", "main", "center", "table", "tbody", "tr", "td"}
)
"""Elements the densest-container search may descend into (never a single paragraph)."""
_CELLS = frozenset({"td", "th"})
_OL_TYPES = {
    "a": "a",
    "lower-alpha": "a",
    "lower-latin": "a",
    "A": "A",
    "upper-alpha": "A",
    "upper-latin": "A",
    "i": "i",
    "lower-roman": "i",
    "I": "I",
    "upper-roman": "I",
}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.IGNORECASE)


def read_html(
    text: str, *, source: str = "<text>", limits: Limits | None = None
) -> tuple[str, list[RawBlock]]:
    r"""Extract the statement's blocks from an HTML page or fragment.

    Args:
        text: The HTML, as a decoded string.
        source: Name of the input, for error messages.
        limits: Limits on elements, attributes and depth (``Limits()`` when None).

    Returns:
        The extracted text (blocks joined by blank lines) and its blocks.

    Raises:
        ParseError: libxml2 cannot read the markup at all.
        LimitExceededError: The markup has too many elements, an element has too many
            attributes, or the elements nest too deeply (``limits``).

    Examples:
        >>> page = "<nav>Home</nav><h2>Trade</h2><ol start='3'><li>We agree.</li></ol>"
        >>> body, blocks = read_html(page)
        >>> body
        'Trade\n\n3. We agree.'
        >>> [(b.kind, b.label) for b in blocks]
        [('heading', None), ('item', '3.')]
    """
    page = read_html_page(text, source=source, limits=limits)
    return page.body, page.blocks


def read_html_page(text: str, *, source: str = "<text>", limits: Limits | None = None) -> HtmlPage:
    """Like :func:`read_html`, plus the title and date the page gives itself.

    The markup is parsed once; the metadata is read before boilerplate is dropped
    (see :func:`statementdiff.read.html_meta.page_metadata`).

    Raises:
        ParseError: As :func:`read_html`.
    """
    limits = limits or Limits()
    cleaned = _strip_prolog(text)
    _check_markup(cleaned, source, limits)
    root = _parse(cleaned, source, limits)
    title, date = page_metadata(root)
    content = _main_content(root, drop=True)
    body, blocks = _Extractor().run(content)
    if not blocks:
        # Boilerplate rules can misfire on unusual pages: retry keeping everything.
        root = _parse(cleaned, source, limits)
        body, blocks = _Extractor().run(_main_content(root, drop=False))
    return HtmlPage(body, blocks, title, date)


_ATTRS = r"""(?:[^>"'=]+|=\s*"[^"]*(?:"|\Z)|=\s*'[^']*(?:'|\Z)|[="'])*+"""
"""A tag's attributes: a quoted value (to the end of the input when unclosed) hides ``>``."""
_MARKUP = re.compile(
    r"<!--(?:-?>|.*?(?:--!?>|\Z))"  # a comment
    r"|<(?P<raw>script|style|xmp|iframe|noembed|noframes|textarea|title)(?=[\s/>]|\Z)"
    rf"(?P<raw_attrs>{_ATTRS})>?.*?(?:</(?P=raw)(?=[\s/>])|\Z)"  # raw text: no tags inside
    rf"|<plaintext(?=[\s/>]|\Z)(?P<plain_attrs>{_ATTRS}).*"  # plain text to the end
    rf"|<(?P<end>/)?[A-Za-z][^\s/>]*(?P<attrs>{_ATTRS})>?"  # a start or end tag
    r"|<[!?/][^>]*>?",  # a bogus comment, a processing instruction
    re.IGNORECASE | re.DOTALL,
)
"""One token of markup, as the HTML5 tokenizer (and libxml2 since 2.14) reads it."""
_VALUE = re.compile(r"""=\s*(?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^\s>]*)""")
_NAME = re.compile(r"[^\s/]+")


def _check_markup(text: str, source: str, limits: Limits) -> None:
    """Count elements and each tag's distinct attributes before libxml2 parses the markup.

    One scan, linear in the input, that stops at the first limit passed.

    Raises:
        LimitExceededError: Too many elements, or too many attributes on one element.
    """
    max_elements, max_attributes = limits.max_html_elements, limits.max_html_attributes
    elements = 0
    for match in _MARKUP.finditer(text):
        if match.group("end") is not None or match.group(0).startswith(("<!", "<?", "</")):
            continue
        elements += 1
        if elements > max_elements:
            line, offset = _position(text, match.start())
            raise limits.exceeded(
                "max_html_elements", elements, source, at_least=True, line=line, offset=offset
            )
        attrs = match.group("attrs") or match.group("raw_attrs") or match.group("plain_attrs")
        if attrs and len(attrs) >= 2 * max_attributes:  # shorter ones cannot hold more
            names = {name.lower() for name in _NAME.findall(_VALUE.sub(" ", attrs))}
            if len(names) > max_attributes:
                line, offset = _position(text, match.start())
                raise limits.exceeded(
                    "max_html_attributes", len(names), source, line=line, offset=offset
                )


def _position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and the 0-based offset of ``offset`` in the (cleaned) markup."""
    return text.count("\n", 0, offset) + 1, offset


def _strip_prolog(text: str) -> str:
    """Remove an XML declaration, any DOCTYPE internal subset and C0 control characters.

    Control characters are not allowed in HTML, and lxml refuses to move text that
    holds them when an element is dropped, so they become spaces first.
    """
    text = _CONTROL.sub(" ", _XML_DECL.sub("", text, count=1))
    match = _DOCTYPE.search(text, 0, 4096)
    if match is None:
        return text
    close = text.find(">", match.end())
    bracket = text.find("[", match.end(), close if close >= 0 else None)
    if bracket >= 0:
        end = text.find("]", bracket)
        close = text.find(">", end) if end >= 0 else -1
    if close < 0:
        return text[: match.start()]
    return text[: match.start()] + text[close + 1 :]


def _parse(text: str, source: str, limits: Limits) -> html.HtmlElement:
    """Parse the markup; refuse it when it nests deeper than ``limits.max_html_depth``.

    ``huge_tree`` lifts libxml2's default depth limit of 256 (which silently dropped all
    content below it) to its hard limit of 2048; the markup was already counted by
    :func:`_check_markup`, so no other of libxml2's size limits is needed.
    """
    parser = html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=True,
    )
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        raise ParseError(
            f"cannot read {source} as HTML: {exc}; pass format='text' to read it as plain text",
            source=source,
            line=line if isinstance(line, int) else None,
        ) from None
    for entry in parser.error_log:
        if "depth" in entry.message.lower():  # libxml2 stopped: the rest of the page is lost
            raise LimitExceededError(
                f"{source} nests its markup deeper than {HTML_PARSER_MAX_DEPTH} levels, the "
                "HTML parser's own limit, which Limits cannot raise; flatten the markup "
                "or pass format='text'",
                source=source,
                line=entry.line,
                offset=None,
                limit="max_html_depth",
                value=HTML_PARSER_MAX_DEPTH + 1,
                maximum=min(limits.max_html_depth, HTML_PARSER_MAX_DEPTH),
            )
    depth = _max_depth(root)
    if depth > limits.max_html_depth:
        raise limits.exceeded("max_html_depth", depth, source)
    return root


def _max_depth(root: html.HtmlElement) -> int:
    """How deeply the elements nest (the root is depth 1), without recursion."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _tokens(element: html.HtmlElement) -> Iterator[str]:
    for name in ("class", "id"):
        value = element.get(name)
        if value and len(value) < 1000:
            yield from value.lower().split()


def _is_boilerplate(element: html.HtmlElement) -> bool:
    if element.tag in _KEEP_TAGS:
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    if (element.get("role") or "").lower() in _DROP_ROLES:
        return True
    style = element.get("style")
    if style and len(style) < 1000 and _HIDDEN_STYLE.search(style):
        return True
    for token in _tokens(element):
        if token in _DROP_CLASSES:
            return True
        parts = re.split(r"[-_]+", token)
        if parts[0] in _DROP_WORDS:
            return True
        if len(parts) > 1 and parts[0] in _DROP_PREFIXES and parts[1] in _DROP_WORDS:
            return True
    if element.tag == "a":
        return _SKIP_LINK.match(element.text or "") is not None
    return False


def _drop_boilerplate(root: html.HtmlElement) -> None:
    doomed = [el for el in root.iter(*_DROP_TAGS) if el.tag not in _KEEP_TAGS]
    doomed += [el for el in root.iter(etree.Element) if _is_boilerplate(el)]
    for heading in root.iter(*_HEADINGS):
        if _RELATED.match(heading.text_content()[:40]):
            parent = heading.getparent()
            if parent is not None and parent.tag in ("section", "div") and len(parent) <= 4:
                doomed.append(parent)
            else:
                doomed.append(heading)
                follower = heading.getnext()
                if follower is not None and follower.tag in ("ul", "ol"):
                    doomed.append(follower)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _text_sizes(root: html.HtmlElement) -> dict[html.HtmlElement, int]:
    """Characters of text inside each element, computed bottom-up without recursion."""
    elements = list(root.iter(etree.Element))
    sizes: dict[html.HtmlElement, int] = {}
    for element in reversed(elements):
        own = len((element.text or "").strip())
        for child in element:
            own += len((child.tail or "").strip())
        sizes[element] = sizes.get(element, 0) + own
        parent = element.getparent()
        if parent is not None:
            sizes[parent] = sizes.get(parent, 0) + sizes[element]
    return sizes


def _main_content(root: html.HtmlElement, *, drop: bool) -> html.HtmlElement:
    for bad in list(root.iter("script", "style", "noscript", "template", "head")):
        if bad.getparent() is not None:
            bad.drop_tree()
    if not drop:
        return root
    _drop_boilerplate(root)
    sizes = _text_sizes(root)
    total = sizes.get(root, 0)
    if not total:
        return root
    mains = [el for el in root.iter("main") if sizes.get(el, 0)]
    mains += [el for el in root.iter(etree.Element) if el.get("role") == "main" and sizes.get(el)]
    if mains:
        return max(mains, key=lambda el: sizes[el])
    articles = [el for el in root.iter("article") if sizes.get(el, 0)]
    if articles:
        return max(articles, key=lambda el: sizes[el])
    named = [
        el
        for el in root.iter(etree.Element)
        if sizes.get(el, 0) >= CONTENT_MATCH_SHARE * total
        and el.tag not in ("html", "body")
        and any(_CONTENT_CLASS.search(token) for token in _tokens(el))
    ]
    if named:
        return max(named, key=lambda el: (sizes[el], -_depth(el)))
    node = root
    while True:
        child = next(
            (c for c in node if c.tag in _CONTAINERS and sizes.get(c, 0) >= CONTENT_SHARE * total),
            None,
        )
        if child is None or any(c.tag == "p" and sizes.get(c, 0) for c in node):
            return node  # a paragraph of its own: content, never left behind (unclosed <div>s)
        node = child


def _depth(element: html.HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


@dataclass
class _ListState:
    style: str  # "1", "a", "A", "i", "I" or "•"
    next: int = 1


@dataclass
class _Pending:
    kind: str = "paragraph"  # "heading", "paragraph" or "item"
    label: str | None = None
    level: int = 0


@dataclass
class _Extractor:
    """One pass over the content tree, collecting inline text into blocks."""

    parts: list[str] = field(default_factory=list)
    out: list[str] = field(default_factory=list)
    blocks: list[RawBlock] = field(default_factory=list)
    offset: int = 0
    pending: _Pending = field(default_factory=_Pending)
    plain_text: bool = False
    emphasis: int = 0
    after_br: bool = False
    lists: list[_ListState] = field(default_factory=list)
    items: int = 0
    row_has_cell: bool = False
    context: ListContext = field(default_factory=ListContext)

    def run(self, content: html.HtmlElement) -> tuple[str, list[RawBlock]]:
        for event, element in etree.iterwalk(content, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str):  # comments, processing instructions, entities
                if event == "end":
                    self._add(element.tail)
                continue
            if event == "start":
                self._start(element, tag)
            else:
                self._end(element, tag)
        self._flush()
        _promote_lead_ins(self.out, self.blocks)
        return "\n\n".join(self.out), self.blocks

    def _add(self, text: str | None) -> None:
        if not text:
            return
        self.parts.append(text)
        if not text.isspace():
            self.after_br = False
            if self.emphasis == 0:
                self.plain_text = True

    def _start(self, element: html.HtmlElement, tag: str) -> None:
        if tag == "br":
            if self.after_br:
                self._flush()
            else:
                self.parts.append(" ")
                self.after_br = True
            return
        if tag in _CELLS:
            if self.row_has_cell:
                self.parts.append(" | ")
            self.row_has_cell = True
        elif tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self.pending = _Pending("heading")
            elif tag in ("ol", "ul"):
                self.lists.append(_list_state(element, tag))
            elif tag == "li":
                self._start_item(element)
            elif tag == "tr":
                self.row_has_cell = False
        if tag in _EMPHASIS:
            self.emphasis += 1
        self._add(element.text)

    def _end(self, element: html.HtmlElement, tag: str) -> None:
        if tag in _EMPHASIS:
            self.emphasis = max(0, self.emphasis - 1)
        if tag in _BLOCKS:
            self._flush()
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            elif tag == "li":
                self.items = max(0, self.items - 1)
            self.pending = _Pending()
        self._add(element.tail)

    def _start_item(self, element: html.HtmlElement) -> None:
        state = self.lists[-1] if self.lists else _ListState("•")
        value = element.get("value")
        if value and value.strip().lstrip("-").isdigit() and len(value) < 10:
            state.next = int(value)
        label = _format_label(state.style, state.next)
        state.next += 1
        self.pending = _Pending("item", label, self.items)
        self.items += 1

    def _flush(self) -> None:
        raw = "".join(self.parts)
        self.parts = []
        plain, self.plain_text, self.after_br = self.plain_text, False, False
        content = normalize_space(raw.translate(_INVISIBLE))
        if not content:
            return
        pending = self.pending
        if pending.kind == "item":
            self.pending = _Pending()  # text after a nested list is a plain paragraph
        if is_separator(content) or is_framing_marker(content):
            return
        kind, label, level, body_at = pending.kind, pending.label, pending.level, 0
        marker = match_marker(content) if kind != "heading" else None
        if marker is not None and (kind == "paragraph" or label == "•"):
            # A printed marker: "<p>3. We …</p>", or "(a)" inside an unnumbered list.
            if kind == "paragraph":
                level = self.context.level(marker)
            kind, label, body_at = "item", marker.label, marker.length
        elif kind == "item":
            content = f"{label} {content}"
            body_at = len(label or "") + 1
        elif kind == "paragraph" and not plain and _emphasis_heading(content):
            kind = "heading"
        if kind != "item":
            self.context.reset()
        if self.out:
            self.offset += 2
        start = self.offset
        self.out.append(content)
        self.offset += len(content)
        self.blocks.append(
            RawBlock(kind, start, self.offset, start + body_at, label=label, level=level)  # type: ignore[arg-type]
        )


def _promote_lead_ins(texts: list[str], blocks: list[RawBlock]) -> None:
    """Make "…:" list lead-ins headings, as the plain-text reader does."""
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "paragraph":
            continue
        if is_short_lead_in(texts[i]) or (is_lead_in(texts[i]) and blocks[i + 1].kind == "item"):
            blocks[i] = RawBlock("heading", block.start, block.end, block.body_start)


def _emphasis_heading(content: str) -> bool:
    return (
        len(content) <= MAX_EMPHASIS_HEADING_CHARS
        and not content.endswith((".", ";", ","))
        and any(c.isalpha() for c in content)
    )


def _list_state(element: html.HtmlElement, tag: str) -> _ListState:
    if tag == "ul":
        return _ListState("•")
    style = "1"
    declared = element.get("type")
    css = _LIST_STYLE.search((element.get("style") or "")[:500])
    if declared in _OL_TYPES:
        style = _OL_TYPES[declared]
    elif css and css.group(1).lower() in _OL_TYPES:
        style = _OL_TYPES[css.group(1).lower()]
    start = (element.get("start") or "1").strip()
    first = int(start) if start.lstrip("-").isdigit() and len(start) < 10 else 1
    return _ListState(style, first)


def _format_label(style: str, number: int) -> str:
    if style == "•":
        return "•"
    if style in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"{letter.upper() if style == 'A' else letter}."
    if style in ("i", "I") and 1 <= number < 40:
        roman = _roman(number)
        return f"{roman.upper() if style == 'I' else roman}."
    return f"{number}."


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out

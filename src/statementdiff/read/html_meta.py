"""Title and date of an official HTML page, from its own metadata."""

from __future__ import annotations

import datetime
import re

from lxml import html

from statementdiff.whitespace import normalize_space

__all__ = ["page_metadata"]

_TITLE_METAS = ("og:title", "twitter:title", "dc.title", "title")
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "dc.date",
    "dc.date.issued",
    "date",
    "publish-date",
    "pubdate",
)
_SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,60}$")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def page_metadata(root: html.HtmlElement) -> tuple[str | None, str | None]:
    """Return a parsed page's ``(title, date)``; either is None when the page does not say.

    The title comes from ``og:title``-style metadata, else the page's ``<h1>``, else
    ``<title>`` without a trailing " | Site name". The date comes from
    ``article:published_time``-style metadata, else the first ``<time datetime>``; only a
    real ISO calendar day (``YYYY-MM-DD``) is kept. Call it before boilerplate is dropped
    from the tree (a page's ``<h1>`` often sits in its header).

    Examples:
        >>> page_metadata(html.fromstring('<title>Joint Statement | The White House</title>'))
        ('Joint Statement', None)
        >>> root = html.fromstring('<h1>Statement</h1><time datetime="2021-05-21T10:00">May</time>')
        >>> page_metadata(root)
        ('Statement', '2021-05-21')
    """
    return _title(root), _date(root)


def _metas(root: html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        value = normalize_space(meta.get("content") or "")
        if key and value and key not in found:
            found[key] = value
    return found


def _title(root: html.HtmlElement) -> str | None:
    metas = _metas(root)
    for key in _TITLE_METAS:
        if key in metas:
            return _without_site(metas[key])
    for tag in ("h1", "title"):
        for element in root.iter(tag):
            value = normalize_space(element.text_content())
            if value:
                return _without_site(value) if tag == "title" else value
    return None


def _without_site(title: str) -> str:
    return _SITE_SUFFIX.sub("", title).strip() or title


def _date(root: html.HtmlElement) -> str | None:
    metas = _metas(root)
    candidates = [metas[key] for key in _DATE_METAS if key in metas]
    candidates += [t.get("datetime") or "" for t in root.iter("time")]
    for candidate in candidates:
        match = _ISO_DAY.match(candidate.strip())
        if match and _is_day(match.group()):
            return match.group()
    return None


def _is_day(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True

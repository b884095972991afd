"""Fetch a statement from an http(s) URL: timeout, size cap, content-type check, disk cache.

Only ``http`` and ``https`` are fetched (redirects too). A response is accepted
when its status is 200, its ``Content-Type`` is HTML or plain text and its body
is at most ``max_bytes`` long; it is then cached under
:func:`cache_dir` keyed by the SHA-256 of the URL, so a second run reads the
disk instead of the network. Cache entries do not expire; ``use_cache=False``
(``--no-cache``) neither reads nor writes the cache, and deleting the folder
clears it. Every failure raises :class:`~statementdiff.errors.FetchError` with a
one-line message.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Literal

from statementdiff._version import __version__
from statementdiff.errors import FetchError
from statementdiff.whitespace import normalize_space

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "Fetched",
    "cache_dir",
    "fetch",
    "is_url",
]

DEFAULT_TIMEOUT = 20.0
"""Seconds allowed for the whole fetch (connecting and reading)."""

DEFAULT_MAX_BYTES = 10_000_000
"""Largest body accepted, in bytes (a G7 communiqué page is well under 1 MB)."""

_CHUNK = 65_536
_MAX_REDIRECTS = 5
_TYPES: dict[str, Literal["html", "text"]] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document.

    Attributes:
        url: The URL asked for.
        data: The body, undecoded.
        format: ``"html"`` or ``"text"``, from the content type.
        charset: The charset the server declared, if any.
        from_cache: True when the body came from the disk cache.
    """

    url: str
    data: bytes
    format: Literal["html", "text"]
    charset: str | None
    from_cache: bool = False


def is_url(source: str) -> bool:
    """True when ``source`` starts with ``http://`` or ``https://`` (any case)."""
    return source[:8].lower().startswith(("http://", "https://"))


def cache_dir() -> Path:
    """The per-user cache folder.

    ``$STATEMENTDIFF_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/statementdiff``,
    else ``~/.cache/statementdiff``.
    """
    explicit = os.environ.get("STATEMENTDIFF_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "statementdiff"


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
) -> Fetched:
    """Fetch an HTML or plain-text document.

    Args:
        url: An ``http://`` or ``https://`` URL.
        timeout: Seconds allowed for the whole fetch.
        max_bytes: Largest body accepted.
        use_cache: Read and write the disk cache (see :func:`cache_dir`).

    Returns:
        The body with its format and declared charset.

    Raises:
        FetchError: Bad URL, network error, timeout, HTTP error status, a content
            type other than HTML or plain text, or a body over ``max_bytes``.
    """
    _check_url(url)
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    if use_cache:
        cached = _read_cache(key, url)
        if cached is not None:
            return cached
    fetched = _download(url, timeout=timeout, max_bytes=max_bytes)
    if use_cache:
        _write_cache(key, fetched)
    return fetched


def _check_url(url: str) -> None:
    if not is_url(url):
        raise FetchError(f"not an http(s) URL: {url!r}")
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}") from None
    if not parts.hostname:
        raise FetchError(f"invalid URL {url!r}: no host name")
    if any(ch in url for ch in "\r\n\t ") or any(ord(ch) < 32 for ch in url):
        raise FetchError(f"invalid URL {url!r}: it contains whitespace or control characters")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most a few redirects, and only to http(s)."""

    max_redirections = _MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise FetchError(f"{req.full_url} redirects to {newurl!r}, which is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _download(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"statementdiff/{__version__} (+https://pypi.org/project/statementdiff/)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            kind = headers.get_content_type()
            if kind not in _TYPES:
                raise FetchError(
                    f"{url} is {kind}, not HTML or plain text; save the statement as "
                    ".html or .txt and pass the file"
                )
            length = headers.get("Content-Length")
            if length is not None and length.isdigit() and int(length) > max_bytes:
                raise FetchError(_too_large(url, int(length), max_bytes))
            data = _read_capped(response, url, max_bytes, deadline, timeout)
            charset = headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FetchError(_timed_out(url, timeout)) from None
        raise FetchError(f"cannot fetch {url}: {_one_line(reason)}") from None
    except TimeoutError:
        raise FetchError(_timed_out(url, timeout)) from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch {url}: {_one_line(exc)}") from None
    return Fetched(url=url, data=data, format=_TYPES[kind], charset=charset)


def _read_capped(
    response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(_timed_out(url, timeout))
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(url, size, max_bytes, at_least=True))
        chunks.append(chunk)


def _too_large(url: str, size: int, max_bytes: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"{url} is {more}{size:,} bytes, over the limit of {max_bytes:,}"


def _timed_out(url: str, timeout: float) -> str:
    return f"timed out after {timeout:g} s fetching {url}"


def _one_line(reason: object) -> str:
    text = str(reason) or type(reason).__name__
    return normalize_space(text)


# ---------------------------------------------------------------------------
# cache: <key>.body holds the bytes, <key>.json the URL, format and charset


def _read_cache(key: str, url: str) -> Fetched | None:
    folder = cache_dir()
    try:
        meta = json.loads((folder / f"{key}.json").read_text("utf-8"))
        data = (folder / f"{key}.body").read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("url") != url:
        return None
    kind = meta.get("format")
    charset = meta.get("charset")
    if kind not in ("html", "text") or not (charset is None or isinstance(charset, str)):
        return None
    return Fetched(url=url, data=data, format=kind, charset=charset, from_cache=True)


def _write_cache(key: str, fetched: Fetched) -> None:
    """Store a fetch; a cache that cannot be written is skipped (it only saves time)."""
    folder = cache_dir()
    meta = {"url": fetched.url, "format": fetched.format, "charset": fetched.charset}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(folder / f"{key}.body", fetched.data)
        _atomic_write(folder / f"{key}.json", json.dumps(meta, sort_keys=True).encode("utf-8"))
    except OSError:
        return


def _atomic_write(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

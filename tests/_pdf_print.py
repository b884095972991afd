"""Print statements to PDF and to hard-wrapped "pasted" text, for the PDF tests and benchmark.

* :func:`print_chromium`: headless Chromium ``--print-to-pdf`` of a plain HTML wrapping of the
  text, with the browser's default header (date, title) and footer (file URL, "n/N").
* :func:`print_fpdf`: a pure-Python PDF (fpdf2) with a running header, a "- n -" footer and
  a print date, for machines without a browser.
* :func:`hard_wrap`: text as pasted out of a PDF viewer: hard line breaks at a width,
  long words hyphenated at line ends, "- n -" page footers every ``page_lines`` lines.

Nothing here is part of the package; the generated files live in temporary folders.
"""

from __future__ import annotations

import datetime
import html
import re
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_LATIN1 = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)


def chromium() -> str | None:
    """The path of a Chromium-like browser, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def paragraphs(text: str) -> list[str]:
    """The blank-line-separated paragraphs of a statement, whitespace-normalised."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def blocks(text: str) -> list[list[str]]:
    """The blank-line-separated blocks of a statement, each as its lines (spaces normalised)."""
    return [
        [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        for block in re.split(r"\n\s*\n", text)
        if block.strip()
    ]


def print_chromium(text: str, title: str, out: Path, *, browser: str | None = None) -> None:
    """Print ``text`` to ``out`` with headless Chromium (default header and footer kept)."""
    browser = browser or chromium()
    if browser is None:
        raise RuntimeError("no Chromium found")
    body = "\n".join(
        "<p>" + "<br>".join(html.escape(line) for line in block) + "</p>" for block in blocks(text)
    )
    page = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"</head><body>\n{body}\n</body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "statement.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={out}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def fpdf_text(text: str) -> str:
    """``text`` as :func:`print_fpdf` prints it (Latin-1 only when no Unicode font exists)."""
    return text if FONT.exists() else text.translate(_LATIN1)


def print_fpdf(text: str, title: str, out: Path, *, date: str = "5/21/21, 3:04 PM") -> None:
    """Print ``text`` to ``out`` with fpdf2: running title header, print date, "- n -" footer."""
    from fpdf import FPDF

    class _Doc(FPDF):
        def header(self) -> None:
            self.set_font(family, size=8)
            self.cell(0, 5, date, align="L")
            self.cell(0, 5, title[:80], align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(family, size=8)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    doc = _Doc(format="A4")
    doc.set_title(title)
    doc.set_creation_date(datetime.datetime(2021, 5, 21, tzinfo=datetime.UTC))
    if FONT.exists():
        doc.add_font("DejaVu", fname=str(FONT))
        family = "DejaVu"
    else:
        family = "Helvetica"
    doc.set_auto_page_break(auto=True, margin=18)
    doc.add_page()
    doc.set_font(family, size=11)
    for block in blocks(fpdf_text(text)):
        for line in block:
            doc.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        doc.ln(3)
    doc.output(str(out))


def hard_wrap(text: str, width: int, *, page_lines: int = 50, hyphenate: bool = True) -> str:
    """``text`` as pasted out of a PDF: wrapped at ``width``, long words hyphenated, footers.

    Each line of the text is wrapped on its own (list items keep their own lines). Paragraphs
    stay separated by a blank line; every ``page_lines`` lines a "- n -" footer
    line (between blank lines) marks a page break, which can fall inside a paragraph. With
    ``hyphenate``, a word of 9 or more letters that does not fit at a line end is split
    after a vowel before a consonant, at least four letters each side ("grati-tude").
    """
    lines: list[str] = []
    for block in blocks(text):
        for line in block:
            lines.extend(_wrap(line, width, hyphenate))
        lines.append("")
    out: list[str] = []
    page = 1
    count = 0
    for line in lines:
        out.append(line)
        count += 1
        if count >= page_lines:
            out.extend(["", f"- {page} -", ""])
            page += 1
            count = 0
    out.extend(["", f"- {page} -"])
    return "\n".join(out) + "\n"


def _wrap(para: str, width: int, hyphenate: bool) -> list[str]:
    words = para.split()
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        if hyphenate and line:
            cut = _hyphen_point(word, width - len(line) - 2)
            if cut:
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
                continue
        if line:
            lines.append(line)
        line = word
        while len(line) > width:  # a word longer than the line
            lines.append(line[:width])
            line = line[width:]
    if line:
        lines.append(line)
    return lines


def _hyphen_point(word: str, room: int) -> int:
    """Where a typesetter might hyphenate ``word`` within ``room`` letters, or 0."""
    if len(word) < 9 or not word.isalpha() or not word.islower():
        return 0
    for cut in range(min(room, len(word) - 4), 3, -1):
        if word[cut - 1] in "aeiou" and word[cut] not in "aeiou":
            return cut
    return 0


def wrap_plain(text: str, width: int) -> str:
    """``text`` wrapped with :mod:`textwrap` (breaking after real hyphens), no footers."""
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs(text)) + "\n"

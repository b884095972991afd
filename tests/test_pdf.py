"""PDF statements read as the statement they print (issue 15).

Corpus statements are printed on the fly, by headless Chromium where one is installed (its
default date/title header and URL/"n/N" footer kept) and by fpdf2 always (title header,
print date, "- n -" footer, justified text); each must compare with its ``.txt`` with no
modified, moved, split or merged clause and nothing one-sided but the title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _pdf_cases import CORPUS, STATEMENTS, problems, reference
from _pdf_print import chromium, fpdf_text, print_chromium, print_fpdf
from statementdiff import ParseError, ParseTypeError, Statement, compare, parse, parse_file

TEXT = """Joint Statement on Cooperation

1. The two sides reaffirmed their long-standing commitment to the U.S.-ROK Alliance and \
expressed their gratitude to the service members of both countries.

2. They agreed to:
(a) hold exercises at least twice a year;
(b) expand information sharing.

Economic Security

We will build resilient supply chains in semiconductors, batteries and critical minerals.
""" + "\n".join(
    f"We reaffirm our shared commitment number {i} to peace, stability and prosperity in the "
    "region, and we will continue to work closely with our partners to that end."
    for i in range(1, 60)
)


@pytest.fixture(scope="module")
def fpdf_statement(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "statement.pdf"
    print_fpdf(TEXT, "Joint Statement on Cooperation", path)
    return path


def _check_spans(statement: Statement) -> None:
    for node in statement.nodes():
        assert statement.text[node.span.start : node.span.end] == node.text


def test_pdf_reads_as_its_text(fpdf_statement: Path) -> None:
    pdf = parse_file(fpdf_statement)
    assert pdf.format == "pdf"
    assert pdf.title == "Joint Statement on Cooperation"
    _check_spans(pdf)
    assert problems(compare(parse(fpdf_text(TEXT)), pdf)) == []
    assert "- 1 -" not in pdf.text
    assert "5/21/21" not in pdf.text
    headings = [s.heading for s in pdf.sections if s.heading]
    assert "Economic Security" in headings
    labels = [b.label for b in pdf.blocks()]
    assert labels[:4] == ["1.", "2.", "(a)", "(b)"]


def test_every_node_has_its_page(fpdf_statement: Path) -> None:
    pdf = parse_file(fpdf_statement)
    pages = [node.page for node in pdf.nodes()]
    assert all(isinstance(p, int) for p in pages)
    assert pages[0] == 1
    assert max(p for p in pages if p is not None) >= 2
    assert pages == sorted(p for p in pages if p is not None)
    assert '"page":1' in pdf.to_json()
    assert Statement.model_validate_json(pdf.to_json()) == pdf


def test_text_input_has_no_pages_in_json() -> None:
    statement = parse("We agree.")
    assert all(node.page is None for node in statement.nodes())
    assert '"page"' not in statement.to_json()


def test_pdf_detected_by_content_and_by_format(fpdf_statement: Path, tmp_path: Path) -> None:
    data = fpdf_statement.read_bytes()
    renamed = tmp_path / "statement.bin"
    renamed.write_bytes(data)
    by_content = parse_file(renamed)
    assert by_content.format == "pdf"
    assert parse(data).text == by_content.text
    assert parse(data, format="pdf").text == by_content.text
    with pytest.raises(ParseTypeError, match="must be the file's bytes"):
        parse("%PDF-1.4", format="pdf")


def test_pdf_suffix_without_a_pdf_inside(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_text("We agree.", encoding="utf-8")
    with pytest.raises(ParseError, match="is not a PDF"):
        parse_file(path)
    assert parse_file(path, format="text").text == "We agree."


def test_cli_parses_a_pdf(fpdf_statement: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from statementdiff.cli import main

    assert main(["parse", str(fpdf_statement), "--input-format", "pdf"]) == 0
    assert "(pdf)" in capsys.readouterr().out


# ---------------------------------------------------------------------------- corpus

_NEED_CORPUS = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


@pytest.mark.corpus
@_NEED_CORPUS
@pytest.mark.parametrize("name", STATEMENTS)
def test_corpus_statement_printed_by_fpdf2(name: str, tmp_path: Path) -> None:
    text = fpdf_text(reference(name))
    path = tmp_path / "s.pdf"
    title = Path(name).stem
    print_fpdf(text, title, path)
    pdf = parse_file(path)
    _check_spans(pdf)
    assert problems(compare(parse(text), pdf), title) == []


@pytest.mark.corpus
@pytest.mark.browser
@_NEED_CORPUS
@pytest.mark.skipif(chromium() is None, reason="no headless Chromium installed")
@pytest.mark.parametrize("name", STATEMENTS)
def test_corpus_statement_printed_by_chromium(name: str, tmp_path: Path) -> None:
    text = reference(name)
    path = tmp_path / "s.pdf"
    title = Path(name).stem
    print_chromium(text, title, path)
    pdf = parse_file(path)
    _check_spans(pdf)
    assert problems(compare(parse(text), pdf), title) == []

"""Print fixtures/leaders-2031-a.txt to fixtures/leaders-2031-a.pdf (fpdf2, a dev dependency).

Run: .venv/bin/python scripts/make_fixture_pdf.py

The PDF is committed so that the README's PDF example runs anywhere; this script remakes it
(Helvetica, A4, a running header with a print date and the title, "- n -" page footers,
justified text; fixed metadata dates, so the same fpdf2 version gives the same bytes).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "fixtures" / "leaders-2031-a.txt"
TARGET = SOURCE.with_suffix(".pdf")
TITLE = "U.S.-Japan Leaders' Joint Statement"


class _Doc(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, "6/10/31, 4:15 PM", align="L")
        self.cell(0, 5, TITLE, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")


def main() -> None:
    """Write the fixture PDF."""
    doc = _Doc(format="A4")
    doc.set_title(TITLE)
    doc.set_creation_date(datetime.datetime(2031, 6, 10, tzinfo=datetime.UTC))
    doc.set_auto_page_break(auto=True, margin=18)
    doc.add_page()
    text = SOURCE.read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        for line in block.strip().split("\n"):
            heading = line.isupper()
            doc.set_font("Helvetica", style="B" if heading else "", size=11)
            doc.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        doc.ln(3)
    doc.output(str(TARGET))
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

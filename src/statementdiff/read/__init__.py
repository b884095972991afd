"""Stage 1, read: bytes or a page → text blocks (paragraphs, headings, list items).

Readers know nothing of sentences, clauses or meaning: they decode, bound and clean the input
and hand :class:`~statementdiff.read.blocks.RawBlock` records to :mod:`statementdiff.segment`.

Modules: ``blocks`` (the block record and list markers), ``text`` (plain text), ``html``
(official pages, via lxml with no network and no entities), ``html_meta`` (a page's title and
date), ``files`` (files, FIFOs and standard input, bounded in size and time), ``fetch``
(http(s) URLs with limits and a cache), ``pdf`` (PDF files, via pdfminer.six), ``unwrap``
(hard-wrapped lines back into paragraphs, for PDF and pasted text). Internal: the public API is
:mod:`statementdiff`.
"""

"""Renderers: plain text, Markdown, HTML redline (JSON is ``Diff.to_json``)."""

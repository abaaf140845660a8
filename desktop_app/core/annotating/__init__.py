"""Keeping the user's highlights on their text.

Finding a passage again (re-import, notes import) and pairing the old and new articles
of a re-imported page.
"""

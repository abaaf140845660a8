"""Splitting a page's text into the articles a reader sees.

lines → unwrap (blocks) → layout (units) → matching (headline to body) → split.
"""

"""Search text: the tokens the full-text index stores, queries and snippets (no SQL)."""

"""The library file: SQLite tables, what is stored and how it is queried.

Everything here runs SQL on a connection it is handed; no other package does. The rest
of the app reaches the library only through :mod:`desktop_app.service` (and the page
import pipeline, :mod:`desktop_app.page_import`, beneath it); tests/test_layering.py
holds both rules.
"""

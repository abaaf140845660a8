"""Which rules split a library's pages into articles: one number, raised with every change
to what the splitter makes of a page (headlines, kickers, bylines, where articles end).

A library records the version that split its pages (``meta.split_version``; absent:
version 1, every library before versions were recorded). When it is older than this one,
analysing the library again (:mod:`desktop_app.library_analysis`) first splits again the
pages whose text can still be read (their file unchanged, or a bundled sample page),
through the import's own path: the user's notes, tags and highlights follow their
articles, and the user's fixes to a split are made again.

``tests/core/splitting/test_split_version.py`` keeps a fingerprint of how this version
splits the sample pages: a change that moves it fails there until the version is raised
and the new fingerprint recorded (docs/architecture.md).
"""

from __future__ import annotations

SPLIT_VERSION = 2

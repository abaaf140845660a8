"""Which rules analysed a library's articles: one number, raised with every change to
what the analysis finds (numbers, names, figures).

A library records the version that analysed its articles (``meta.analysis_version``;
absent: version 1, every library before versions were recorded). When it is older than
this one, the window offers to analyse the library again and ``xiangyue reanalyse`` does
it (:mod:`desktop_app.library_analysis`), so a user's existing pages get what a new
release finds, not only the pages imported after it. The text, the split and the user's
notes, highlights, tags and corrections stay as they are.

``tests/core/extraction/test_analysis_version.py`` keeps a fingerprint of what this
version finds on the sample pages: a change to the rules that moves it fails there until
the version is raised and the new fingerprint recorded (docs/architecture.md).
"""

from __future__ import annotations

ANALYSIS_VERSION = 5

"""What the import workers' fork server loads once for all of them (Linux, macOS).

Only :mod:`desktop_app.page_import` names this module, as the ``preload`` of its
:class:`~desktop_app.import_pool.AnalysisPool`; the fork server imports it before it
forks the first worker. Building jieba's tagger here (about 3 s of CPU: its 500,000-word
dictionary, the part-of-speech tables, the shipped word lists) means every worker
forked afterwards starts with it built instead of building its own.

The name model is not loaded here: an ONNX Runtime session made before a fork would
leave the children with thread pools whose threads exist only in the server, so each
worker makes its own session (about 0.5 s) on its first page.
"""

from __future__ import annotations

import contextlib
import signal

# The server imports this before it ignores Ctrl+C itself; the terminal sends Ctrl+C to
# the whole process group, and cancelling is the importing process's decision.
signal.signal(signal.SIGINT, signal.SIG_IGN)

# Whatever fails here, each worker loads again itself, and reports: the server must not
# die of it (only an ImportError is forgiven by multiprocessing's own preload).
with contextlib.suppress(Exception):
    import desktop_app.page_analysis  # noqa: F401  (what every worker unpickles first)
    from desktop_app.core.extraction.dictionaries import tagger

    tagger()

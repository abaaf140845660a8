"""What the import workers' fork server loads once for all of them (Linux, macOS).

Only :mod:`desktop_app.page_import` names this module, as the ``preload`` of its
:class:`~desktop_app.import_pool.AnalysisPool`; the fork server imports it before it
forks the first worker. Building jieba's tagger here (about 3 s of CPU: its 500,000-word
dictionary, the part-of-speech tables, the shipped word lists) means every worker
forked afterwards starts with it built instead of building its own.

The name model is loaded here only as far as plain Python data goes: its files are read
(:func:`lac_files.preload`: the graph, the 30 MB character embedding, the character
table), so the workers share those pages with the server instead of each holding its own
copy. Its ONNX Runtime session is not made here: one made before a fork would leave the
children with thread pools whose threads exist only in the server, so each worker makes
its own session (about 0.3 s) on its first page, over the shared weights.
"""

from __future__ import annotations

import contextlib
import os
import signal

# The server imports this before it ignores Ctrl+C itself; the terminal sends Ctrl+C to
# the whole process group, and cancelling is the importing process's decision.
signal.signal(signal.SIGINT, signal.SIG_IGN)

WARM_UP = ("2025年，湖南省长沙市人民政府与中国科学院签约，省委书记沈晓明出席。"
           "全省地区生产总值8520亿元，增长19.2%，近80家企业参与。")

# Whatever fails here, each worker loads again itself, and reports: the server must not
# die of it (only an ImportError is forgiven by multiprocessing's own preload).
with contextlib.suppress(Exception):
    import desktop_app.page_analysis  # noqa: F401  (what every worker unpickles first)
    from desktop_app.core.extraction.analysis import analyse
    from desktop_app.core.extraction.dictionaries import tagger

    tagger()
    # The rules build their tables on first use: build them here, once, for all workers
    # (jieba and the rules alone; the model is not loaded in this process).
    analyse(WARM_UP, use_model=False)
with contextlib.suppress(Exception):  # no model: the workers fall back, and say why
    from desktop_app.core.extraction import lac_files

    lac_files.preload()
    # numpy too, which the model's decoding needs: its pages are then shared as well. Its
    # BLAS would start a thread pool at import, and threads do not cross a fork; the
    # decoding never calls BLAS, so one thread (none started) costs nothing.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy  # noqa: F401

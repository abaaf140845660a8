"""Analysers for import tests that run in worker processes (picklable, module-level).

They do no real analysis (no jieba, no model: a worker starts in a fraction of a
second) and react to markers in an article's text:

* ``CRASHME``: the process kills itself with SIGKILL, as a crash in native code would;
* ``SLOWME``: says so in the log (below), then sleeps far longer than any test's time
  limit;
* anything else: an empty analysis, and a line in ``$XIANGYUE_TEST_ANALYSIS_LOG`` (when
  set), so a test can count which texts were analysed, across processes.
"""

from __future__ import annotations

import os
import signal
import time

from desktop_app.core.spans import Analysis, Corrections

LOG_ENV = "XIANGYUE_TEST_ANALYSIS_LOG"


def quick(text: str, corrections: Corrections) -> Analysis:
    _log(f"{os.getpid()} {text[:12]!r}")
    return Analysis()


def _log(line: str) -> None:
    log = os.environ.get(LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")


def faulty(text: str, corrections: Corrections) -> Analysis:
    if "CRASHME" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "SLOWME" in text:
        _log(f"{os.getpid()} SLOWME")
        time.sleep(300)
    return quick(text, corrections)


def faulty_text(text: str) -> str:
    """:func:`faulty` as a plain task for the pool (tests of import_pool alone)."""
    faulty(text, Corrections())
    return text

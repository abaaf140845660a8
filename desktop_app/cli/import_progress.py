"""What ``xiangyue import`` shows while it runs, and what Ctrl+C does.

On a terminal, a progress bar on stderr (tqdm): pages done of pages found, characters
analysed per second, time left. Otherwise (a pipe, a log file, CI) nothing while it
runs and one summary line at the end, so logs stay readable.

Ctrl+C once: the import stops after the page being written (every page committed so
far stays; worker processes are stopped); twice: stop at once (still never half a page:
each page is one transaction).
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.page_import import ImportStatus


class ImportDisplay:
    """The ``status`` callback of an import: draws the bar and answers "go on?"."""

    def __init__(self, show_bar: bool | None = None) -> None:
        self.show_bar = sys.stderr.isatty() if show_bar is None else show_bar
        self.cancel = threading.Event()
        self.started = time.monotonic()
        self.last: ImportStatus | None = None
        self._bar: Any = None

    def __call__(self, status: ImportStatus) -> bool:
        self.last = status
        if self.show_bar:
            self._draw(status)
        return not self.cancel.is_set()

    def _draw(self, status: ImportStatus) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=status.total, unit="page", file=sys.stderr,
                             dynamic_ncols=True, smoothing=0.05, leave=False,
                             bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} pages "
                                        "[{elapsed}<{remaining}{postfix}]")
        if status.done > self._bar.n:
            self._bar.update(status.done - self._bar.n)
        self._bar.set_postfix_str(f"{self.rate() / 1000:.1f}k chars/s, {status.jobs} "
                                  f"job{'s' if status.jobs > 1 else ''}", refresh=False)
        self._bar.refresh()

    def rate(self) -> float:
        """Characters analysed and stored per second so far."""
        chars = self.last.chars if self.last is not None else 0
        return chars / max(1e-9, time.monotonic() - self.started)

    def seconds(self) -> float:
        return time.monotonic() - self.started

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    @contextmanager
    def ctrl_c_cancels(self) -> Iterator[None]:
        """While inside, the first Ctrl+C asks the import to stop between pages."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def first(signum: int, frame: FrameType | None) -> None:
            self.cancel.set()
            print("\nxiangyue: stopping after the current page (Ctrl+C again to stop now)",
                  file=sys.stderr)
            signal.signal(signal.SIGINT, signal.default_int_handler)

        previous = signal.signal(signal.SIGINT, first)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
            self.close()

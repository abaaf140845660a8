"""Time to show a 5,000-character article with all its highlights, three ways, same run."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace


def long_article(service):
    """A real analysed article stretched to 5,000 characters (spans shifted along)."""
    details = [service.article(i) for i in service.article_ids()]
    base = max(details, key=lambda d: len(d.numbers) + len(d.entities))
    paragraphs, numbers, entities, offset = [], [], [], 0
    while offset < 5000:
        for n in base.numbers:
            numbers.append(replace(n, start=n.start + offset, end=n.end + offset))
        for e in base.entities:
            entities.append(replace(e, start=e.start + offset, end=e.end + offset))
        paragraphs.extend(base.paragraphs)
        offset += len(base.text) + 1
    text = "\n".join(paragraphs)
    cut = text.rfind("\n", 0, 5000)
    paragraphs = text[:cut].split("\n")
    text = "\n".join(paragraphs)
    keep = lambda spans: [s for s in spans if s.end <= len(text)]  # noqa: E731
    return replace(base, paragraphs=paragraphs, text=text, numbers=keep(numbers),
                   entities=keep(entities), highlights=[])


def _median_ms(action, runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def render_figures() -> dict:
    import os
    import tempfile

    from PySide6.QtWidgets import QApplication

    from desktop_app.service import LibraryService
    from desktop_app.ui.reader_runs import escape
    from desktop_app.ui.reader_view import ReaderView

    app = QApplication.instance() or QApplication([])
    home = tempfile.mkdtemp()
    os.environ["XIANGYUE_HOME"] = home
    service = LibraryService.open(f"{home}/lib.sqlite3", import_seeds=True)
    detail = long_article(service)
    service.close()
    view = ReaderView()
    view.resize(800, 760)
    view.show()
    app.processEvents()

    def ours():
        view.show_article(detail, 0)
        view.viewport().repaint()

    def plain():
        view.setPlainText(detail.text)
        view.viewport().repaint()

    spans = sorted([*detail.numbers, *detail.entities], key=lambda s: s.start)

    def html():
        parts, last = [], 0
        for s in spans:
            if s.start < last:
                continue
            parts.append(escape(detail.text[last:s.start]))
            parts.append(f'<a href="xy:{s.start}" style="color:#b35900">'
                         f'{escape(detail.text[s.start:s.end])}</a>')
            last = s.end
        parts.append(escape(detail.text[last:]))
        view.setHtml("<p>" + "".join(parts).replace("\n", "</p><p>") + "</p>")
        view.viewport().repaint()

    for warm in (ours, plain, html):
        warm()
    figures = {"render_chars": len(detail.text),
               "render_spans": len(detail.numbers) + len(detail.entities),
               "render_ms": _median_ms(ours), "setPlainText_ms": _median_ms(plain),
               "setHtml_ms": _median_ms(html)}
    figures["render_vs_plain"] = figures["render_ms"] / figures["setPlainText_ms"]
    figures["render_vs_html"] = figures["render_ms"] / figures["setHtml_ms"]
    return figures

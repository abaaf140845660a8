"""Screenshots of issue #16's polish, in one UI language, both themes:

- the hover card of a percent (25%以上 reads 25 %),
- the date filter's calendar (opened on the library's dates),
- the export dialog's HTML preview (the page, rendered),
- the article list with tags, highlights and notes (titles keep the room).

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python scripts/screenshots_polish.py
    SHOT_UI_LANG=en xvfb-run -a -s "-screen 0 1280x800x24" \
        uv run python scripts/screenshots_polish.py

Needs a real display (Xvfb): the hover card and the calendar are windows of their own,
taken from the screen. Writes docs/screenshots/polish/<what>-<language>-<theme>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.screenshots import REPO, SIZE, settle, wait

OUT = REPO / "docs" / "screenshots" / "polish"
TAGS = (["算力", "湖南"], ["长沙", "政府工作报告"], ["经济"], ["算力", "产业", "重点"])


def prepare_library(path: Path) -> str:
    """The samples with tags, highlights and a note; returns the article with a percent."""
    from desktop_app.service import LibraryService

    with LibraryService.open(path, import_seeds=True, daily_backup=False) as service:
        ids = service.article_ids()
        for article_id, tags in zip(ids[1::3], TAGS, strict=False):
            service.tag(article_id, *tags)
            service.add_highlight(article_id, 0, 6, "yellow", "")
        service.set_note(ids[1], "要点")
        return next(aid for aid in ids if any(
            n.kind == "percent" and n.approx for n in service.article(aid).numbers))


def main() -> int:
    if not os.environ.get("DISPLAY"):
        raise SystemExit("run under xvfb-run: the hover card and the calendar are taken "
                         "from the screen")
    language = os.environ.get("SHOT_UI_LANG", "zh_CN")
    home = Path(tempfile.mkdtemp(prefix="xiangyue-polish-"))
    os.environ["XIANGYUE_HOME"] = str(home)
    from PySide6.QtGui import QCursor, QGuiApplication

    from desktop_app.ui import i18n
    from desktop_app.ui.app import create_app
    from desktop_app.ui.export_dialog import ExportContext, ExportDialog
    from desktop_app.ui.main_window import MainWindow
    from tests.ui.test_reader_view import hover

    library = home / "library.sqlite3"
    percent_article = prepare_library(library)
    app = create_app([])
    i18n.install(language)
    window = MainWindow(library)
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    window.start()
    wait(app, lambda: window.detail is not None and window.list_panel.filter_bar is not None)
    lists = window.list_panel
    lists.table.selectRow(lists.model.row_of(percent_article))
    wait(app, lambda: window.detail.id == percent_article)
    OUT.mkdir(parents=True, exist_ok=True)
    short = "zh" if language.startswith("zh") else "en"

    def save(image, what: str, theme: str) -> None:
        path = OUT / f"{what}-{short}-{theme}.png"
        image.save(str(path))
        print(path.relative_to(REPO))

    def screen(widget) -> object:
        settle(app, 0.6)
        top = widget.mapToGlobal(widget.rect().topLeft())
        return QGuiApplication.primaryScreen().grabWindow(
            0, top.x(), top.y(), widget.width(), widget.height())

    for theme in ("light", "dark"):
        window.set_theme(theme)
        settle(app)
        save(window.grab(), "list-tags", theme)

        span = next(n for n in window.detail.numbers if n.kind == "percent" and n.approx)
        window.reader.scroll_to_offset(span.start)
        settle(app)
        QCursor.setPos(window.reader.viewport().mapToGlobal(
            window.reader.viewport_point_of(span.start + 1)))
        hover(window.reader, span.start + 1)
        save(screen(window), "hover-percent", theme)

        bar = window.list_panel.filter_bar
        bar.date_from.open_calendar()
        save(screen(window), "date-calendar", theme)
        bar.date_from.menu.close()
        bar.date_from.edit.setText("2025-02-30")
        bar.date_from.read_text()
        settle(app)
        save(window.list_panel.grab(), "date-refused", theme)
        bar.date_from.set_value(None)

        dialog = ExportDialog(window.operations, window.service,
                              ExportContext(current_id=window.detail.id, default_folder=home),
                              "html", window)
        dialog.resize(900, 700)
        dialog.show()
        wait(app, lambda d=dialog: d.preview.currentWidget() is d.preview.page)
        save(dialog.grab(), "export-preview", theme)
        dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

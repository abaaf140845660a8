"""Screenshots of issue #16's first-hour items, in one UI language, both themes:

- a first launch while the sample pages go in (the status bar counts them, the list
  already shows the articles of the pages in),
- the list of files an import left out, each with its reason,
- the list with View → Hide Photo Captions on.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python scripts/screenshots_polish2.py
    SHOT_UI_LANG=en xvfb-run -a -s "-screen 0 1280x800x24" \
        uv run python scripts/screenshots_polish2.py

Writes docs/screenshots/polish/<what>-<language>-<theme>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.screenshots import REPO, SIZE, settle, wait

OUT = REPO / "docs" / "screenshots" / "polish"
HELD_AT = 3  # the first launch is shot with this many sample pages in


def left_out_folder(home: Path) -> Path:
    """A folder as a reader might drop it: a page in Markdown, photos, a Word file, a
    page that is not text, an empty one."""
    from tests.ui.test_import import NEW_PAGE

    folder = home / "扫描 2025-04"
    (folder / "照片").mkdir(parents=True)
    (folder / "第04版.md").write_text(NEW_PAGE, encoding="utf-8")
    (folder / "照片" / "头版.jpg").write_bytes(b"\xff\xd8\xff\xe0 photo")
    (folder / "照片" / "图书馆.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "采访提纲.docx").write_bytes(b"PK\x03\x04 word")
    (folder / "第05版.txt").write_bytes(b"%PDF-1.7 not text")
    (folder / "第06版.txt").write_text("", encoding="utf-8")
    return folder


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = os.environ.get("SHOT_UI_LANG", "zh_CN")
    home = Path(tempfile.mkdtemp(prefix="xiangyue-polish2-"))
    os.environ["XIANGYUE_HOME"] = str(home)
    from desktop_app.service import LibraryService
    from desktop_app.ui import i18n
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    held = threading.Event()

    class Held(LibraryService):
        def import_samples(self, progress=None):
            def step(done: int, total: int, name: str) -> bool:
                going_on = progress(done, total, name) if progress else True
                if done == HELD_AT:
                    held.wait(300)
                return going_on
            return super().import_samples(step)

    app = create_app([])
    i18n.install(language)
    window = MainWindow(home / "library.sqlite3",
                        opener=lambda path, seeds: Held.open(path, import_seeds=seeds))
    window.resize(*SIZE)
    window.show()
    window.start()
    OUT.mkdir(parents=True, exist_ok=True)
    short = "zh" if language.startswith("zh") else "en"

    def save(widget, what: str, theme: str) -> None:
        settle(app, 0.6)
        path = OUT / f"{what}-{short}-{theme}.png"
        widget.grab().save(str(path))
        print(path.relative_to(REPO))

    lists = window.list_panel
    try:
        wait(app, lambda: window.service is not None
             and window.service.count_samples() == HELD_AT, timeout_s=300)
        wait(app, lambda: lists.model.rowCount() == window.service.count_articles()
             and window.detail is not None)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            save(window, "first-launch", theme)
    finally:
        held.set()
    wait(app, lambda: window.service.count_samples() == 5, timeout_s=300)
    wait(app, lambda: lists.model.rowCount() == window.service.count_articles())

    window.importer.import_paths([left_out_folder(home)])
    wait(app, lambda: window.importer.problems is not None, timeout_s=120)
    dialog = window.importer.problems
    for theme in ("light", "dark"):
        window.set_theme(theme)
        save(dialog, "import-left-out", theme)
    dialog.close()

    window.statusBar().clearMessage()  # the import's summary: the count shows again
    window.reading.captions.action.trigger()
    wait(app, lambda: lists.model.rowCount() < window.service.count_articles())
    for theme in ("light", "dark"):
        window.set_theme(theme)
        save(window, "captions-hidden", theme)
    window.reading.captions.action.trigger()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start the Qt application (placeholder window until the reader window lands)."""

from __future__ import annotations


def run_gui(db_path: str | None = None) -> int:
    import sys

    from PySide6.QtWidgets import QApplication, QListWidget

    from desktop_app import APP_DISPLAY_NAME
    from desktop_app.core.pages import read_page
    from desktop_app.core.split import split_page
    from desktop_app.paths import seeds_dir

    del db_path
    app = QApplication.instance() or QApplication(sys.argv)
    view = QListWidget()
    view.setWindowTitle(APP_DISPLAY_NAME)
    for path in sorted(seeds_dir().glob("*.txt")):
        for article in split_page(read_page(path).text).articles:
            view.addItem(article.title)
    view.resize(900, 600)
    view.show()
    return app.exec()

"""Start the Qt application: translations, the window shown first, then the library."""

from __future__ import annotations

import sys
from pathlib import Path


def create_app(argv: list[str] | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import import_check

    import_check.install()  # after PySide6 is imported, before the window's modules
    from desktop_app import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__
    from desktop_app.paths import resource_path

    # Fusion: one look on every platform, and a palette we can darken.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        if app.style().name().lower() != "fusion":  # setting it again re-polishes every widget
            app.setStyle("Fusion")
    else:
        # The style as a command-line option, which Qt reads itself: setStyle() returns
        # the QStyle to Python, and wrapping a first QStyle builds its ~600 enum members
        # (10-30 ms before the first frame).
        args = list(argv if argv is not None else sys.argv) or [APP_NAME]
        app = QApplication([args[0], "-style", "Fusion", *args[1:]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # Set on the application, so every window and dialog (and the taskbar on Linux and
    # Windows, when run from source) shows it; frozen builds also embed .ico/.icns.
    app.setWindowIcon(QIcon(str(resource_path("icons", "xiangyue.png"))))
    return app


def build_window(db_path: str | Path | None = None):
    """The main window, translated and shown; the library opens once it has painted."""
    from desktop_app.paths import default_library_path
    from desktop_app.ui import i18n
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    settings = Settings()
    i18n.install(settings.language)
    window = MainWindow(Path(db_path) if db_path else default_library_path(), settings=settings)
    window.start_after_first_paint()
    window.show()
    return window


def run_gui(db_path: str | None = None) -> int:
    app = create_app()
    window = build_window(db_path)
    code = app.exec()
    del window
    return code

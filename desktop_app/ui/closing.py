"""What closing the window waits for: the notes whose save failed get one more try, and
if they still cannot be saved the user chooses between closing (losing them) and
staying. Kept out of main_window.py, whose closeEvent calls :func:`unsaved_notes_settled`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app import APP_DISPLAY_NAME

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


def unsaved_notes_settled(window: MainWindow) -> bool:
    """Try the failed note saves once more; if they still fail, ask before closing.
    True when the window may close."""
    notes = window.notes
    if notes is None:
        return True
    for article_id, text in list(notes.unsaved.items()):
        notes.save_note(article_id, text)
    window.operations.wait_idle()  # the saves asked for so far are written (or failed)
    if not notes.unsaved or window.service is None:
        return True
    from PySide6.QtWidgets import QMessageBox  # only ever needed after a failed save

    from desktop_app.ui.library_messages import failure_text

    failure = window.banner.failure if window.banner is not None else None
    # The window's context: the question was translated under it.
    answer = QMessageBox.warning(
        window, APP_DISPLAY_NAME,
        QCoreApplication.translate(
            "MainWindow", "A note could not be saved: %1\n\nClose anyway and lose what was "
            "typed since it was last saved? Cancel keeps the window open.")
        .replace("%1", failure_text(failure) if failure is not None else ""),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Close

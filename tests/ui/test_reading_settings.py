"""View → Reading Settings as a reader uses it: each setting changes the reading pane at
once (read from the document it draws, not from pixels) and comes back after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from desktop_app.ui.reading_look import DEFAULT_LOOK
from tests.ui.conftest import open_window


def open_settings(qtbot, window):
    """Ctrl+Shift+D, as the View menu says."""
    window.activateWindow()
    action = window.reading.look.action
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    assert action in window.menus.view.actions()
    action.trigger()
    dialog = window.reading.look.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def body_block(window):
    """The format of the article's first body paragraph."""
    reader = window.reader
    return reader.document().findBlock(reader.body_start).blockFormat()


def side_margin(window) -> float:
    return window.reader.document().rootFrame().frameFormat().leftMargin()


def test_each_setting_changes_the_pane_as_it_is_chosen(qtbot, window):
    window.resize(1280, 800)
    window.splitter.setSizes([300, 980, 0])  # a wide pane: the column is narrower
    qtbot.waitUntil(lambda: window.reader.viewport().width() > 700)
    dialog = open_settings(qtbot, window)
    assert dialog.family.currentIndex() == 0  # the default: the serif list
    assert body_block(window).lineHeight() == DEFAULT_LOOK.line_height

    dialog.line_height.setValue(220)
    assert body_block(window).lineHeight() == 220

    before = body_block(window).bottomMargin()
    dialog.paragraph_spacing.setValue(2.0)
    assert body_block(window).bottomMargin() > before * 2

    wide = side_margin(window)
    dialog.measure.setValue(20)  # a narrower column: wider margins either side
    assert side_margin(window) > wide

    dialog.font_size.setValue(18)
    assert window.reader.point_size == 18
    assert window.reader.document().defaultFont().pointSizeF() == 18
    window.reader.zoom_by(-1)  # Ctrl+minus and the dialog move the same size
    assert dialog.font_size.value() == 17


def test_the_families_offered_write_chinese_and_the_one_chosen_draws_the_text(qtbot, window):
    dialog = open_settings(qtbot, window)
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    offered = [dialog.family.itemData(i) for i in range(1, dialog.family.count())]
    assert offered, "the test machine has CJK fonts (fonts-noto-cjk)"
    assert set(offered) <= chinese
    choice = offered[-1]
    dialog.family.setCurrentIndex(dialog.family.findData(choice))
    assert window.reader.document().defaultFont().families()[0] == choice
    dialog.family.setCurrentIndex(0)
    assert window.reader.document().defaultFont().families()[0] == "Noto Serif CJK SC"


def test_restore_defaults_puts_every_setting_back(qtbot, window):
    dialog = open_settings(qtbot, window)
    dialog.line_height.setValue(250)
    dialog.measure.setValue(60)
    dialog.font_size.setValue(20)
    dialog.restore_defaults()
    assert window.reader.look == DEFAULT_LOOK
    assert body_block(window).lineHeight() == DEFAULT_LOOK.line_height
    assert dialog.line_height.value() == DEFAULT_LOOK.line_height
    assert dialog.font_size.value() == window.reader.point_size == 12


def test_the_settings_survive_a_restart(qtbot, library_path):
    window = open_window(qtbot, library_path)
    dialog = open_settings(qtbot, window)
    family = dialog.family.itemData(dialog.family.count() - 1)
    dialog.family.setCurrentIndex(dialog.family.count() - 1)
    dialog.line_height.setValue(150)
    dialog.paragraph_spacing.setValue(1.5)
    dialog.measure.setValue(40)
    dialog.font_size.setValue(15)
    chosen = window.reader.look
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing the dialog keeps what was chosen
    assert window.reader.look == chosen
    window.close()

    again = open_window(qtbot, library_path)
    try:
        assert again.reader.look == chosen
        assert (chosen.family, chosen.line_height, chosen.measure) == (family, 150, 40)
        assert body_block(again).lineHeight() == 150
        assert again.reader.document().defaultFont().families()[0] == family
        assert again.reader.document().defaultFont().pointSizeF() == 15
        dialog = open_settings(qtbot, again)
        assert dialog.paragraph_spacing.value() == 1.5
        assert dialog.family.currentData() == family
    finally:
        again.close()


def test_the_shortcut_is_in_the_keyboard_shortcuts_list(qtbot, window):
    from desktop_app.ui.shortcuts_dialog import menu_rows

    rows = dict(menu_rows(window))
    assert rows["View › Reading Settings"] == "Ctrl+Shift+D"


def test_a_hand_edited_settings_file_is_held_to_the_bounds(qtbot):
    from desktop_app.ui.reading_look import LINE_HEIGHT_RANGE, MEASURE_RANGE
    from desktop_app.ui.settings import Settings

    settings = Settings()
    for key, value in (("reading/line_height", "9999"), ("reading/measure", "many"),
                       ("reading/paragraph_spacing", "-4"), ("reading/family", "  楷体 ")):
        settings.qsettings.setValue(key, value)
    look = settings.reading_look
    assert look.line_height == LINE_HEIGHT_RANGE[1]
    assert look.measure == DEFAULT_LOOK.measure  # not a number: the default
    assert MEASURE_RANGE[0] <= look.measure <= MEASURE_RANGE[1]
    assert look.paragraph_spacing == 0.0
    assert look.family == "楷体"

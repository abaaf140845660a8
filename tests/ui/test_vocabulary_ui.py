"""Every id the vocabulary declares has a colour in each theme and a translated label.

A number kind, entity type or highlight colour added to core/vocabulary.py without its
colour or label fails here, instead of being drawn in some other colour or shown as its id.
"""

from __future__ import annotations

import pytest

from desktop_app.core import vocabulary as v
from desktop_app.core.export.formats import FORMATS
from desktop_app.ui import labels
from desktop_app.ui import theme as themes
from desktop_app.ui.legend import Legend


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=lambda t: t.name)
def test_each_theme_colours_every_number_layer_entity_type_and_highlight_colour(theme):
    assert set(theme.numbers) == set(v.NUMBER_LAYERS)
    assert set(theme.entities) == set(v.ENTITY_TYPES)
    assert set(theme.highlights) == set(v.HIGHLIGHT_COLORS)


def test_every_declared_id_has_exactly_one_label():
    assert set(labels.kind_labels()) == set(v.ARTICLE_KINDS)
    assert set(labels.entity_labels()) == set(v.ENTITY_TYPES)
    assert set(labels.number_labels()) == set(v.NUMBER_KINDS) | set(v.NUMBER_LAYERS)
    assert set(labels.highlight_colour_labels()) == set(v.HIGHLIGHT_COLORS)
    assert set(labels.export_format_labels()) == set(FORMATS)


def test_the_export_menu_and_dialog_offer_every_format_in_the_registry_order():
    from desktop_app.ui.export_dialog import format_names

    assert list(format_names()) == list(FORMATS)


def test_the_legend_shows_every_number_layer_and_entity_type_labelled_in_both_themes(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    for theme in (themes.LIGHT, themes.DARK):
        legend.set_theme(theme)
    assert list(legend.buttons) == [*v.NUMBER_LAYERS, *v.ENTITY_TYPES, "highlights"]
    assert all(button.text() and button.text() != layer
               for layer, button in legend.buttons.items())


def test_highlight_colours_are_offered_in_declared_order_as_ctrl_1_to_n(qtbot):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.ui.menus import Menus

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = Menus(window, QUndoStack(window)).highlight_actions
    assert list(actions) == list(v.HIGHLIGHT_COLORS)
    for number, colour in enumerate(v.HIGHLIGHT_COLORS, start=1):
        assert actions[colour].shortcuts()[0].toString() == f"Ctrl+{number}"

"""The names index in the window, driven as a user would: open it, narrow it, click a
name to list its articles, rename and merge names from its context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.collation import title_key
from desktop_app.ui.names_model import NAME_KEY_ROLE, NameColumn
from desktop_app.ui.names_panel import TABS
from desktop_app.ui.operations import Changes
from desktop_app.ui.shortcuts_dialog import menu_rows
from tests.ui.conftest import open_window, settle
from tests.ui.keyboard import type_text


def open_index(qtbot, window):
    window.findChild(type(window.menus.find), "toggle-names").trigger()
    panel = window.names_dock.panel
    # Every name, not only the first screen (tests/ui/test_names_first_screen.py).
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel._loaded, timeout=15_000)
    return panel


def keys(panel) -> list[str]:
    model = panel.model
    return [model.index(r, 0).data(NAME_KEY_ROLE) for r in range(model.rowCount())]


def click_name(qtbot, panel, key: str) -> None:
    assert panel.select_key(key), key
    table = panel.table
    rect = table.visualRect(panel.model.index(panel.model.row_of(key), NameColumn.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def entry_of(panel, key: str):
    return panel.model.entry(panel.model.row_of(key))


def test_the_index_opens_most_mentioned_first_with_variants_grouped(qtbot, window):
    panel = open_index(qtbot, window)
    assert window.names_dock.isVisible()
    listed = keys(panel)
    assert listed[0] == "LOC:湖南" and len(listed) == len(set(listed))
    mentions = [entry_of(panel, k).mentions for k in listed]
    assert mentions == sorted(mentions, reverse=True)
    hunan = entry_of(panel, "LOC:湖南")
    assert {"湖南省", "湖南"} <= {v.text for v in hunan.variants}
    assert "湖南省" in panel.model.index(0, NameColumn.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.caption.text() and str(len(listed)) in panel.caption.text()
    # In Help → Keyboard Shortcuts, as every menu entry with keys.
    assert ("View › Names Index", "Ctrl+Shift+I") in menu_rows(window)


def test_click_a_name_to_list_every_article_naming_any_variant(qtbot, window):
    panel = open_index(qtbot, window)
    expected = window.service.entity_article_count(key="ORG:吉利")
    # Three ways the pages write it: the exact text alone would find fewer.
    assert expected > window.service.entity_article_count("吉利汽车集团")
    click_name(qtbot, panel, "ORG:吉利")
    lists = window.list_panel
    qtbot.waitUntil(lambda: lists.model.rowCount() == expected)
    chip = lists.filter_bar.entity_chip
    assert chip.isVisible() and "吉利" in chip.text()
    assert "吉利汽车集团" in chip.toolTip() and "吉利汽车" in chip.toolTip()
    assert lists.filter_bar.filters().entity_key == "ORG:吉利"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lists.model.rowCount() == window.service.count_articles())
    assert not chip.isVisible()


def test_type_tabs_search_and_sorting_narrow_and_order_the_index(qtbot, window):
    panel = open_index(qtbot, window)
    everything = panel.model.rowCount()
    panel.tabs.setCurrentIndex(TABS.index("PER"))
    people = keys(panel)
    assert people and all(k.startswith("PER:") for k in people) and len(people) < everything
    assert panel.table.isColumnHidden(NameColumn.TYPE)
    assert str(len(people)) in panel.tabs.tabText(TABS.index("PER"))
    panel.tabs.setCurrentIndex(TABS.index(None))
    type_text(qtbot, panel.search, "吉利")
    qtbot.waitUntil(lambda: 0 < panel.model.rowCount() < everything)
    found = keys(panel)
    assert found[0] == "ORG:吉利" and len(found) < everything
    assert all("吉利" in k or any("吉利" in v.text for v in entry_of(panel, k).variants)
               for k in found)
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == everything)
    for column, value in ((NameColumn.ARTICLES, lambda e: e.articles),
                          (NameColumn.LAST, lambda e: e.last_date or "")):
        click_header(qtbot, panel, column)
        cells = [value(entry_of(panel, k)) for k in keys(panel)]
        assert cells in (sorted(cells), sorted(cells, reverse=True)), column
        click_header(qtbot, panel, column)  # again: the other way round
        assert [value(entry_of(panel, k)) for k in keys(panel)] == cells[::-1] or \
            sorted(cells) == sorted(cells, reverse=True)
    click_header(qtbot, panel, NameColumn.NAME)
    names = [entry_of(panel, k).name for k in keys(panel)]
    assert [title_key(n) for n in names] in (sorted(map(title_key, names)),
                                            sorted(map(title_key, names), reverse=True))


def click_header(qtbot, panel, column: int) -> None:
    header = panel.table.horizontalHeader()
    panel.table.scrollTo(panel.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_the_list_filters_narrow_the_index(qtbot, window):
    panel = open_index(qtbot, window)
    everything = panel.model.total()
    bar = window.list_panel.filter_bar
    bar.kind_box.setCurrentIndex(bar.kind_box.findData("photo_caption"))
    # Its first screen, then every name of the filter (counted in the caption).
    qtbot.waitUntil(lambda: panel._loaded and 0 < panel.model.total() < everything)
    assert "filter" in panel.caption.text()
    # Following a name keeps the index whole: it would narrow it to that name's articles.
    total = panel.model.total()
    bar.set_entity_key("LOC:湖南", "湖南")
    settle(qtbot, window)
    assert panel.model.total() == total


def test_rename_a_name_from_its_context_menu(qtbot, window, monkeypatch):
    panel = open_index(qtbot, window)
    click_name(qtbot, panel, "ORG:吉利")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("吉利控股集团", True))
    menu = panel.menu_for([entry_of(panel, "ORG:吉利")])
    rename = next(a for a in menu.actions() if a.text().startswith("Rename"))
    rename.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: entry_of(panel, "ORG:吉利").name == "吉利控股集团")
    row = panel.model.row_of("ORG:吉利")
    assert panel.model.index(row, NameColumn.NAME).data() == "吉利控股集团"
    assert "吉利控股集团" in window.list_panel.filter_bar.entity_chip.text()
    assert window.service.names()[0].key == "LOC:湖南"  # stored, not only shown


def test_merge_two_names_and_separate_them_again(qtbot, window, monkeypatch):
    panel = open_index(qtbot, window)
    before = entry_of(panel, "LOC:长株潭都市圈"), entry_of(panel, "LOC:长株潭")
    both = window.service.article_ids(entity_key="LOC:长株潭") + window.service.article_ids(
        entity_key="LOC:长株潭都市圈")
    picked = []

    def choose(_parent, _title, _label, items, *_args, **_kwargs):
        picked.extend(items)
        return "长株潭", True  # typed into the dialog's field, not picked from the list

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    click_name(qtbot, panel, "LOC:长株潭都市圈")  # the list follows it…
    bar = window.list_panel.filter_bar
    qtbot.waitUntil(lambda: bar.filters().entity_key == "LOC:长株潭都市圈")
    menu = panel.menu_for([before[0]])
    next(a for a in menu.actions() if a.text().startswith("Merge")).trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of("LOC:长株潭都市圈") < 0)
    assert all("LOC:" in item for item in picked)  # only places are offered
    assert bar.filters().entity_key == "LOC:长株潭"  # …and follows the merge
    merged = entry_of(panel, "LOC:长株潭")
    assert merged.mentions == before[0].mentions + before[1].mentions
    assert {"长株潭", "长株潭都市圈"} <= {v.text for v in merged.variants}
    click_name(qtbot, panel, "LOC:长株潭")
    lists = window.list_panel
    qtbot.waitUntil(lambda: lists.model.rowCount() == len(set(both)))
    # Separated again from the same menu.
    menu = panel.menu_for([merged])
    separate = next(a for a in menu.actions() if a.menu() is not None).menu()
    separate.actions()[0].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of("LOC:长株潭都市圈") >= 0)
    assert entry_of(panel, "LOC:长株潭").mentions == before[1].mentions


def test_an_open_index_is_open_again_after_a_restart(qtbot, library_path):
    first = open_window(qtbot, library_path)
    panel = open_index(qtbot, first)
    panel.tabs.setCurrentIndex(TABS.index("LOC"))
    first.close()
    second = open_window(qtbot, library_path)
    qtbot.waitUntil(lambda: second.names_dock.isVisible())
    qtbot.waitUntil(lambda: second.names_dock.panel.model.rowCount() > 0)
    second.names_dock.toggleViewAction().trigger()  # closed this time: stays closed
    second.close()
    third = open_window(qtbot, library_path)
    assert not third.names_dock.isVisible()
    third.close()


def test_a_name_clicked_in_the_reader_lists_the_articles_of_every_variant(qtbot, window):
    """Issue 16: clicking 吉利汽车集团 found only the articles printing exactly that."""
    service, lists = window.service, window.list_panel
    article_id = next(i for i in lists.model.ids() if "吉利汽车集团" in service.article(i).text)
    lists.table.selectRow(lists.model.row_of(article_id))
    qtbot.waitUntil(lambda: window.detail.id == article_id)
    span = next(e for e in window.detail.entities if e.text == "吉利汽车集团")
    expected = service.entity_article_count(key="ORG:吉利")
    assert expected > service.entity_article_count("吉利汽车集团")
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.reader.viewport_point_of(span.start + 1))
    qtbot.waitUntil(lambda: lists.model.rowCount() == expected)
    chip = lists.filter_bar.entity_chip
    assert "吉利汽车集团" in chip.text() and "吉利汽车" in chip.toolTip()


def test_a_correction_of_names_elsewhere_shows_in_the_index(qtbot, window):
    panel = open_index(qtbot, window)
    assert panel.model.row_of("LOC:长株潭都市圈") >= 0
    service = window.service
    window.operations.write(lambda: service.correct_entity("长株潭都市圈", remove=True),
                            Changes(entities=True))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of("LOC:长株潭都市圈") < 0)


def test_a_failed_read_says_so_and_is_tried_again(qtbot, window, monkeypatch):
    panel = open_index(qtbot, window)
    service = window.service

    def broken(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(service, "names", broken)
    window.operations.announce(Changes(entities=True))
    qtbot.waitUntil(lambda: "could not be read" in panel.caption.text())
    monkeypatch.undo()
    window.operations.announce(Changes(entities=True))
    qtbot.waitUntil(lambda: "could not be read" not in panel.caption.text())
    assert panel.model.rowCount() > 0

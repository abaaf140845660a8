"""The screenshots of the figures table, the reading settings, the notebook and the
reading keys, called by scripts/screenshots.py (kept apart to keep each script short)."""

from __future__ import annotations

from shot_helpers import REPO, SUFFIX, out_path, settle, wait


def shoot_facts(app, window, shot) -> None:
    """View → Figures Table: money figures, largest first, one opened in the reader with
    its number selected; then Chart This Subject. Both themes."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.facts_model import FactColumn

    lists = window.list_panel
    lists.clear_search_and_filters()
    window.menus.toggle_notes.setChecked(False)  # the table is wide: the reader keeps room
    window.facts_dock.toggleViewAction().trigger()
    facts = window.facts_dock.panel
    window.resizeDocks([window.facts_dock], [330], Qt.Orientation.Vertical)
    facts.kind_box.setCurrentIndex(facts.kind_box.findData("money"))
    facts.table.horizontalHeader().setSortIndicator(FactColumn.VALUE,
                                                    Qt.SortOrder.DescendingOrder)
    wait(app, lambda: not facts._typing.isActive() and facts.model.rowCount() > 0
         and facts.model.row(0).kind == "money" and window.operations.idle)
    row = next((r for r in range(facts.model.rowCount())
                if facts.model.row(r).subject and facts.model.row(r).period), 0)
    facts.table.selectRow(row)
    fact = facts.model.row(row)
    facts.factChosen.emit(fact.article_id, fact.start, fact.end)
    wait(app, lambda: window.detail.id == fact.article_id)
    window.statusBar().clearMessage()  # the names index's note on making room
    for theme in ("light", "dark"):
        window.set_theme(theme)
        shot(f"facts-{theme}{SUFFIX}.png")
    window.set_theme("light")
    facts.chartWanted.emit("总投资", "元")  # five figures in the sample pages
    wait(app, lambda: getattr(window, "subject_chart", None) is not None
         and window.subject_chart.isVisible())
    dialog = window.subject_chart
    for theme in ("light", "dark"):
        window.set_theme(theme)
        dialog.chart.set_theme(window.theme)
        settle(app, 0.6)
        path = out_path(f"facts-chart-{theme}{SUFFIX}.png")
        dialog.grab().save(str(path))
        print(path.relative_to(REPO))
    window.set_theme("light")
    dialog.close()


def reading_settings_shots(app, window) -> None:
    """View → Reading Settings open over the pane, a sans face and looser lines chosen;
    the dialog (a window of its own) is drawn onto the window's picture where it stands."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from desktop_app.ui.reading_look import DEFAULT_LOOK

    dialog = window.reading.look.open_dialog()
    sans = dialog.family.findData("Noto Sans CJK SC")
    dialog.family.setCurrentIndex(max(0, sans))
    dialog.line_height.setValue(200)
    dialog.paragraph_spacing.setValue(1.0)
    dialog.measure.setValue(30)
    reader = window.reader
    corner = reader.mapTo(window, reader.rect().topRight())
    dialog.adjustSize()
    dialog.move(window.mapToGlobal(corner) - dialog.rect().topRight() + QPoint(-24, 24))
    for theme in ("light", "dark"):
        window.set_theme(theme)
        settle(app)
        picture = window.grab()
        painter = QPainter(picture)
        where = window.mapFromGlobal(dialog.pos())
        painter.drawPixmap(where, dialog.grab())
        painter.setPen(window.palette().mid().color())  # the frame a window manager draws
        painter.drawRect(dialog.rect().translated(where).adjusted(0, 0, -1, -1))
        painter.end()
        path = out_path(f"reading-settings-{theme}{SUFFIX}.png")
        picture.save(str(path))
        print(path.relative_to(REPO))
    dialog.close()
    reader.set_look(DEFAULT_LOOK)
    window.settings.reading_look = DEFAULT_LOOK
    window.set_theme("light")


def notebook_shots(app, window) -> None:
    """View → Notebook beside the reader: the library's highlights and notes (a few more
    made on other articles here), one opened in its article; both themes."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.operations import EVERYTHING

    service = window.service
    shown = window.detail.id
    others = [a for a in service.article_ids()
              if a != shown and len(service.article(a).text) > 120]
    marks = [("blue", "对比去年同期"), ("pink", ""), ("green", "可作为案例")]
    for article_id, (colour, note) in zip(others[:3], marks, strict=True):
        text = service.article(article_id).text
        start = text.find("，") + 1 if 0 < text.find("，") < 60 else 0
        service.add_highlight(article_id, start, start + 16, colour, note=note)
    service.tag(others[0], "湖南经济")
    service.set_note(others[1], "产业转移：关注承接项目的落地进度。")
    window.operations.announce(EVERYTHING)
    wait(app, lambda: window.operations.idle)
    notebook = window.reading.notebook
    window.menus.toggle_notes.setChecked(False)  # the reader keeps its room beside the dock
    sizes = window.splitter.sizes()
    window.splitter.setSizes([330, sizes[0] + sizes[1] - 330, sizes[2]])
    notebook.action.trigger()
    panel = notebook.panel
    wait(app, lambda: panel.model.rowCount() >= len(marks) + 1)
    window.resizeDocks([notebook.dock], [380], Qt.Orientation.Horizontal)
    row = next(r for r, e in enumerate(panel.model.entries()) if e.article_id == others[0])
    panel.choose_row(row)
    wait(app, lambda: window.detail.id == others[0])
    for theme in ("light", "dark"):
        window.set_theme(theme)
        settle(app)
        path = out_path(f"notebook-{theme}{SUFFIX}.png")
        window.grab().save(str(path))
        print(path.relative_to(REPO))
    window.set_theme("light")
    notebook.action.trigger()  # closed again: the shots after it show the window as before
    window.menus.toggle_notes.setChecked(True)
    window.splitter.setSizes(sizes)
    window.list_panel.table.selectRow(window.list_panel.model.row_of(shown))
    wait(app, lambda: window.detail.id == shown)


def reading_shots(app, window, shot) -> None:
    """A search hit opened with its marks, the find bar, bold unread titles; both themes."""
    from PySide6.QtCore import Qt

    lists = window.list_panel
    service = window.service
    # Some articles read, the rest unread (bold): what a list looks like after a while.
    ids = lists.model.ids()
    service.mark_read(*ids[2:9:2])
    lists.model.refresh(ids)
    for theme in ("light", "dark"):
        window.set_theme(theme)
        lists.focus_search()
        lists.results_model.set_hits("", [])  # wait for this search's own results
        lists.search_box.setText("算")
        wait(app, lambda: lists.results_model.rowCount() > 0
             and lists.results_model.query == "算")
        lists.results.setCurrentIndex(lists.results_model.index(0))
        shot(f"search-hit-{theme}.png")
        lists.search_box.clear()
        wait(app, lambda: lists.pages.currentIndex() == 0)
        row = next(r for r, aid in enumerate(lists.model.ids())
                   if "湖南" in service.article(aid).text and r != lists.table.currentIndex().row())
        lists.table.selectRow(row)
        window.reading.find_in_article.trigger()
        bar = window.reading.find_bar
        bar.input.setText("湖南")
        for _ in range(2):
            window.reading.marks.next()
        shot(f"find-bar-{theme}.png")
        bar.close_bar()
        window.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        shot(f"unread-{theme}.png")
    window.set_theme("light")

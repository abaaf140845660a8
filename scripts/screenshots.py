"""Take the README screenshots from the real app on a temporary library.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python scripts/screenshots.py
    uv run python scripts/screenshots.py            # no display: Qt's offscreen platform

Needs a CJK font (Debian: fonts-noto-cjk). Writes docs/screenshots/*.png at 1280x800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshot_features import (
    notebook_shots,
    reading_settings_shots,
    reading_shots,
    shoot_facts,
)
from shot_helpers import OUT, REPO, SIZE, SUFFIX, out_path, settle, wait


def richest_article(service) -> str:
    """The sample with the most spans per character: the most telling screenshot."""
    best, best_score = None, -1.0
    for article_id in service.article_ids():
        detail = service.article(article_id)
        if len(detail.text) < 500:
            continue
        score = (len(detail.numbers) * 2 + len(detail.entities)) / len(detail.text)
        if score > best_score:
            best, best_score = article_id, score
    return best


def most_subheads(service) -> str:
    """The sample printed with the most subheads."""
    return max(service.article_ids(), key=lambda i: len(service.article(i).subheads))


def spread_dates(path: Path) -> None:
    """The samples carry one date; a chart over time needs months. Each article gets a
    date five days after the one before (from 2025-01-06), written as another program
    would, so the chart looks as it does in a reader's library of half a year."""
    import sqlite3
    from datetime import date, timedelta

    conn = sqlite3.connect(path)
    with conn:
        seqs = [row[0] for row in conn.execute("SELECT seq FROM articles ORDER BY seq")]
        conn.executemany("UPDATE articles SET date = ? WHERE seq = ?", [
            ((date(2025, 1, 6) + timedelta(days=5 * n)).isoformat(), seq)
            for n, seq in enumerate(seqs)])
    conn.close()


def shoot_charts(app, window, settle) -> None:
    """View → Charts, per week and the top names, light and dark."""
    from desktop_app.ui.chart_opening import open_charts

    spread_dates(window.library_path)
    window.check_outside_changes()
    window.list_panel.clear_search_and_filters()
    settle(app)
    dialog = open_charts(window)
    wait(app, lambda: dialog.series is not None and dialog.top_chart.bar_count() > 0)
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("week"))
    wait(app, lambda: dialog.series.unit == "week")
    dialog.resize(900, 560)
    for tab, name in ((0, "charts-over-time"), (1, "charts-top-names")):
        dialog.tabs.setCurrentIndex(tab)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            dialog.set_theme(window.theme)
            settle(app, 0.6)
            path = out_path(f"{name}-{theme}.png")
            dialog.grab().save(str(path))
            print(path.relative_to(REPO))
    window.set_theme("light")
    dialog.close()


def shoot_page_view(app, window) -> None:
    """Show on Page: a generated newspaper PDF imported, one article shown on its printed
    page, light and dark."""
    from desktop_app.page_import import import_files
    from tests.helpers.newspaper_pdf import paper

    pdf = window.library_path.parent / "papers" / "xiangyue-page.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    paper(pdf, 3, pages=1, columns=[4])
    import_files(window.library_path, [pdf])
    window.check_outside_changes()
    window.list_panel.clear_search_and_filters()
    settle(app)
    service, lists = window.service, window.list_panel
    wait(app, lambda: any(service.article_print(a) for a in lists.model.ids()))
    printed = [a for a in lists.model.ids() if service.article_print(a) is not None]
    article_id = printed[min(2, len(printed) - 1)]
    lists.table.selectRow(lists.model.row_of(article_id))
    wait(app, lambda: window.detail.id == article_id)
    opening = window.reader_panel.page
    for theme in ("light", "dark"):
        window.set_theme(theme)
        settle(app)
        page = opening.open_page()
        page.resize(900, 700)
        page.canvas.image = None
        page.show_print(opening.where, opening.title)
        wait(app, lambda p=page: p.canvas.image is not None)
        settle(app, 0.6)
        path = out_path(f"show-on-page-{theme}.png")
        page.grab().save(str(path))
        print(path.relative_to(REPO))
        page.close()
    window.set_theme("light")


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="xiangyue-shots-"))
    os.environ["XIANGYUE_HOME"] = str(home)
    os.environ["LANG"] = os.environ.get("SHOT_LANG", "zh_CN.UTF-8")
    sys.path.insert(0, str(REPO))
    from desktop_app.ui import i18n
    from desktop_app.ui.app import create_app
    from desktop_app.ui.main_window import MainWindow

    app = create_app([])
    i18n.install(os.environ.get("SHOT_UI_LANG", "zh_CN"))
    window = MainWindow(home / "library.sqlite3")
    window.resize(*SIZE)
    window.show()
    window.start()
    wait(app, lambda: window.detail is not None)
    # First launch adds the sample pages one by one: the shots show the whole library.
    samples = window.opening.samples
    wait(app, lambda: samples.bar is not None and not samples.bar.isVisible()
         and window.operations.idle)
    window.statusBar().clearMessage()
    window.resize(*SIZE)
    OUT.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:] == ["page"]:  # only the Show on Page shots
        shoot_page_view(app, window)
        window.close()
        return 0

    article_id = richest_article(window.service)
    lists = window.list_panel
    lists.table.selectRow(lists.model.row_of(article_id))
    wait(app, lambda: window.detail.id == article_id)
    settle(app)

    def shot(name: str) -> None:
        settle(app)
        path = out_path(name)
        window.grab().save(str(path))
        print(path.relative_to(REPO))

    window.set_theme("light")
    shot("main-light.png")
    window.set_theme("dark")
    shot("main-dark.png")
    window.set_theme("light")
    reading_settings_shots(app, window)

    # An article cut into sections: subheads in the pane and the outline beside it.
    sectioned = most_subheads(window.service)
    lists.table.selectRow(lists.model.row_of(sectioned))
    wait(app, lambda: window.detail.id == sectioned)
    settle(app)
    window.reader.scroll_to_subhead(min(2, len(window.reader.subheads) - 1))
    shot("subheads.png")
    window.set_theme("dark")
    shot("subheads-dark.png")
    window.set_theme("light")
    lists.table.selectRow(lists.model.row_of(article_id))
    wait(app, lambda: window.detail.id == article_id)

    # An import under way: generated pages (bench/pagegen.py) through the worker pool,
    # its progress and Cancel in the status bar; cancelled once both themes are shot.
    sys.path.insert(0, str(REPO / "bench"))
    import pagegen

    folder = home / "generated-pages"
    pagegen.write(folder, 60)
    window.importer.import_paths([folder])
    panel = window.importer.panel
    wait(app, lambda: panel.shown.done >= 3 and panel.shown.name != "", timeout_s=180)
    shot("import-light.png")
    window.set_theme("dark")
    shot("import-dark.png")
    window.set_theme("light")
    panel.cancel_button.click()
    wait(app, lambda: window.importer.job is None, timeout_s=120)
    window.statusBar().clearMessage()
    lists.table.selectRow(lists.model.row_of(article_id))
    wait(app, lambda: window.detail.id == article_id)

    # Notes panel: two highlights (one with a note), tags, a Markdown note in preview.
    text = window.detail.text
    first = text.index("，") + 1 if "，" in text[:80] else 0
    window.reader.select_range(first, first + 14)
    window.reader_panel.highlight_selection("yellow")
    second = text.find("。", 200) + 1
    window.reader.select_range(second, second + 18)
    window.reader_panel.highlight_selection("green")
    wait(app, lambda: window.operations.idle)  # written off the UI thread
    window.notes.select_highlight(window.detail.highlights[-1].id)
    window.notes.save_highlight_note(window.detail.highlights[-1], "关键数据，写进周报")
    window.notes.tag_editor.edit_tags(article_id, ["算力", "湖南经济"], [])
    window.notes.note_edit.setPlainText(
        "## 要点\n\n- **绿色智能计算**是湖南的重点产业\n- 关注算力规模与增速\n\n"
        "> 数据是新质生产资料，算力是新质生产力。\n"
    )
    window.notes.flush()
    wait(app, lambda: window.operations.idle)
    window.notes.note_tabs.setCurrentIndex(1)
    window.reader.textCursor().clearSelection()
    window.reader.setTextCursor(window.reader.textCursor())
    window.reader.scroll_to_offset(first)
    shot("notes-panel.png")
    notebook_shots(app, window)

    lists.focus_search()
    lists.search_box.setText("算力")
    wait(app, lambda: lists.results_model.rowCount() > 0)
    lists.results.setCurrentIndex(lists.results_model.index(0))
    shot("search.png")
    reading_shots(app, window, shot)

    shoot_charts(app, window, settle)
    shoot_page_view(app, window)

    # The names index, a name clicked: the list holds every article naming a variant.
    lists.search_box.clear()
    window.names_dock.toggleViewAction().trigger()
    names = window.names_dock.panel
    wait(app, lambda: names.model.rowCount() > 0)
    names.select_key("ORG:吉利")
    names.nameChosen.emit("ORG:吉利", names.model.entry(names.model.row_of("ORG:吉利")).name)
    wait(app, lambda: lists.model.rowCount() < window.service.count_articles())
    lists.table.selectRow(0)
    wait(app, lambda: window.operations.idle)
    names.select_key("ORG:吉利")
    window.set_theme("light")
    shot(f"names-light{SUFFIX}.png")
    window.set_theme("dark")
    shot(f"names-dark{SUFFIX}.png")
    window.set_theme("light")
    window.names_dock.hide()
    shoot_facts(app, window, shot)

    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

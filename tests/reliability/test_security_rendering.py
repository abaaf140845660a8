"""Rendering and export are inert: hostile article text and notes show as text.

A page and notes full of ``<script>``, remote and local images, ``file:`` and
``javascript:`` links, Markdown images and CSS tricks go through the real library, the
reading pane, the note preview and all four exports. Nothing may be fetched, no local
file read, no link followed, and no active markup may reach an exported file.
"""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from desktop_app.core.export.scope import ExportScope
from desktop_app.service import LibraryService
from desktop_app.service_export import ExportRequest, ExportService

SECRET = Path(__file__)  # a local file an attack would try to read

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=http://198.51.100.7/track.png onerror=alert(1)>",
    f'<a href="file://{SECRET}">本地文件</a>',
    "<a href='javascript:alert(1)'>点我</a>",
    "[点我](javascript:alert(1))",
    "[伪装](jav&#x09;ascript:alert(1))",
    "![远程图](http://198.51.100.7/pixel.png)",
    f"![本地图](file://{SECRET})",
    "![相对图](../../etc/passwd)",
    "<style>body{background:url(http://198.51.100.7/css.png)}</style>",
    '<div style="background-image:url(http://198.51.100.7/bg.png)">样式</div>',
    "<iframe src=http://198.51.100.7/></iframe><object data=x></object>",
    '<meta http-equiv="refresh" content="0;url=http://198.51.100.7/">',
    "<svg onload=alert(1)><use href=http://198.51.100.7/#x /></svg>",
    "<link rel=stylesheet href=http://198.51.100.7/s.css>",
]
HOSTILE_NOTE = "\n\n".join(f"- {p}" if i % 2 else p for i, p in enumerate(PAYLOADS))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    """A library with one page whose text, note, tags and highlight note are hostile."""
    folder = tmp_path_factory.mktemp("hostile")
    page = folder / "hostile.txt"
    body = "".join(f"记者报道称{p}，全省产业规模达8520亿元。\n" for p in PAYLOADS)
    page.write_text(f"## 恶意标题<script>alert(1)</script>\n\n湖南日报记者 刘乐\n\n{body}",
                    encoding="utf-8")
    lib = LibraryService.open(folder / "library.sqlite3", import_seeds=False)
    report = lib.import_paths([page])
    assert report.errors == [] and report.added_pages == 1
    article_id = lib.article_ids()[0]
    text = lib.article(article_id).text
    lib.set_note(article_id, HOSTILE_NOTE)
    lib.tag(article_id, "<b>标签</b>", "javascript:alert(1)")
    start = text.index("<script>")
    lib.add_highlight(article_id, start, start + 30, note=PAYLOADS[6] + PAYLOADS[1])
    yield lib, article_id, folder
    lib.close()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


ACTIVE_TAGS = {"script", "img", "iframe", "object", "embed", "link", "meta", "svg", "use",
               "image", "video", "audio", "source", "base", "form", "frame"}


def assert_inert_html(html: str, *, own_styles: int) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        if tag == "meta" and all(k in ("charset", "name", "content") for k, _ in attrs) \
                and "refresh" not in str(attrs).lower():
            continue  # the export's own charset/viewport
        assert tag not in ACTIVE_TAGS, (tag, attrs)
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name not in ("src", "style", "srcset", "background", "data"), (tag, name)
            if name == "href":  # a scheme, if any, is http(s) or mailto (after decoding)
                scheme = re.match(r"([a-z][a-z0-9+.-]*):", re.sub(r"[\x00-\x20]", "",
                                                                 value or "").lower())
                assert scheme is None or scheme.group(1) in ("http", "https", "mailto"), value
    assert sum(1 for tag, _ in parser.tags if tag == "style") == own_styles


# -- the window ------------------------------------------------------------------------

def test_reading_pane_shows_markup_as_text_and_fetches_nothing(qtbot, hostile, monkeypatch):
    from desktop_app.ui.reader_view import ReaderView

    lib, article_id, _ = hostile
    requested: list[str] = []
    monkeypatch.setattr(ReaderView, "loadResource",
                        lambda self, kind, url: requested.append(url.toString()))
    view = ReaderView()
    qtbot.addWidget(view)
    detail = lib.article(article_id)
    view.show_article(detail)
    shown = view.toPlainText()
    assert detail.text in shown  # displayed literally, character for character
    assert "恶意标题<script>alert(1)</script>" in shown
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat()
            assert fmt.anchorHref() == "" or fmt.anchorHref().startswith("xy:")
            it += 1
        block = block.next()
    assert requested == []
    assert view.openLinks() is False and view.openExternalLinks() is False


def test_note_preview_is_inert_and_links_are_not_followed(qtbot, hostile, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from desktop_app.ui import note_markdown
    from desktop_app.ui.notes_panel import SafeBrowser

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    lib, article_id, _ = hostile
    html = note_markdown.render(lib.note(article_id))
    assert_inert_html(html, own_styles=0)
    preview = SafeBrowser()
    qtbot.addWidget(preview)
    preview.show()
    preview.setHtml(html)
    text = preview.toPlainText()
    assert "<script>alert('x')</script>" in text
    assert "远程图" in text and "本地图" in text  # images become their words
    assert preview.requested == []
    # Click every link the preview shows: none is followed, inside or outside the app.
    clicked: list[QUrl] = []
    preview.anchorClicked.connect(clicked.append)
    for href in re.findall(r'href="([^"]+)"', html):
        preview.anchorClicked.emit(QUrl(href))
    assert preview.source().isEmpty() and opened == []
    assert preview.toPlainText() == text


# -- exports ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def exported(hostile) -> dict[str, str]:
    lib, article_id, folder = hostile
    service = ExportService(lib)
    files: dict[str, str] = {}
    try:
        for fmt in ("md", "html", "csv", "json"):
            dest = folder / f"export.{fmt}"
            service.export(ExportRequest(fmt, ExportScope.selected([article_id]), dest))
            files[fmt] = dest.read_text(encoding="utf-8-sig")
    finally:
        service.close()
    return files


def test_html_export_has_no_active_content(exported: dict[str, str]) -> None:
    html = exported["html"]
    assert_inert_html(html, own_styles=1)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html or \
        "&lt;script&gt;alert('x')&lt;/script&gt;" in html


def test_markdown_export_shows_markup_and_images_as_text(exported: dict[str, str]) -> None:
    md = exported["md"]
    # Rendered by any Markdown viewer, nothing may load: no image syntax, no raw tags.
    assert not re.search(r"(?<!\\)!\[[^\]]*\]\(", md)
    assert not re.search(r"\]\(\s*(jav|file:)", md, re.I)
    assert not re.search(r"<(script|img|iframe|style|svg|a|link|meta|object|div)\b", md, re.I)
    from desktop_app.core.export.safe_markdown import render

    assert_inert_html(render(md), own_styles=0)


def test_csv_and_json_exports_keep_the_text_and_start_no_formula(
        exported: dict[str, str]) -> None:
    rows = list(csv.reader(exported["csv"].splitlines()))
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    data = json.loads(exported["json"])
    dumped = json.dumps(data, ensure_ascii=False)
    assert "<script>alert('x')</script>" in dumped  # data is kept exactly, as data

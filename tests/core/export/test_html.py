from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.export.html_export import _MARKDOWN_SYNTAX, note_html, write_html
from desktop_app.core.export.mdtext import neutralise_html
from desktop_app.core.export.safe_markdown import is_safe_href, new_renderer, render
from tests.helpers.export_samples import hostile_article, plain_article

XHTML = "{http://www.w3.org/1999/xhtml}"
ACTIVE_TAGS = {"script", "img", "iframe", "object", "embed", "svg", "math", "link", "meta",
               "form", "input", "button", "video", "audio", "source", "base"}


def _export(articles) -> str:
    out = io.StringIO()
    write_html(iter(articles), out, title="导出 <script>x</script>")
    return out.getvalue()


def _tree(document: str) -> ET.Element:
    # XML parsing is the strict test: any unclosed or misnested tag, stray entity or
    # illegal character raises.
    return ET.fromstring(document.removeprefix("<!DOCTYPE html>\n"))


def test_html_is_well_formed_and_self_contained():
    root = _tree(_export([hostile_article(), plain_article(1)]))
    assert root.tag == f"{XHTML}html"
    head = root.find(f"{XHTML}head")
    style = head.find(f"{XHTML}style").text
    assert "Noto Serif CJK SC" in style and "Microsoft YaHei" in style
    for element in root.iter():
        for name, value in element.attrib.items():
            assert name not in ("src", "srcset")
            assert not name.startswith("on")
            if name == "href":
                assert is_safe_href(value)


def test_no_active_markup_from_article_or_notes():
    root = _tree(_export([hostile_article()]))
    body = root.find(f"{XHTML}body")
    tags = {element.tag.removeprefix(XHTML) for element in body.iter()}
    assert not tags & ACTIVE_TAGS
    text = "".join(body.itertext())
    # What was typed or printed is still there, as text.
    assert "<script>alert('article')</script>" in text
    assert "<script>alert('note')</script>" in text
    assert "规模 <img src=y>" in text
    assert "&nbsp;" in text


def test_links_in_notes_keep_text_but_lose_unsafe_targets():
    body = _tree(_export([hostile_article()])).find(f"{XHTML}body")
    links = {"".join(a.itertext()): a.get("href") for a in body.iter(f"{XHTML}a")}
    assert links["安全"] == "https://example.org"
    assert links["危险"] is None
    # The image became a link to click, not something fetched on opening.
    assert links["追踪"] == "http://tracker.example/p.png"


def test_each_highlight_carries_its_colour():
    body = _tree(_export([hostile_article()])).find(f"{XHTML}body")
    classes = [d.get("class") for d in body.iter(f"{XHTML}div")]
    assert classes == [f"highlight color-{h.color}" for h in hostile_article().highlights]


def test_unsafe_schemes_are_recognised_however_spelt():
    for href in ("javascript:x", "JavaScript:x", "java\tscript:x", " javascript:x",
                 "data:text/html,x", "vbscript:x", "file:///etc/passwd"):
        assert not is_safe_href(href), href
    for href in ("https://a.b", "http://a.b", "mailto:a@b.c", "#frag", "page.html"):
        assert is_safe_href(href), href


def test_rendered_entities_and_control_characters_stay_well_formed():
    html = render("a &nbsp; &#1; &#60; \x0c b &copy;")
    ET.fromstring(f"<div>{html}</div>")


@given(st.text(alphabet=st.sampled_from(list("湘阅数据，。 <>/\n\"'abc123.")), max_size=60))
def test_plain_notes_take_a_shortcut_to_the_same_html(note):
    renderer = new_renderer()
    if not note.strip() or _MARKDOWN_SYNTAX.search(note.strip()):
        return
    # Same HTML up to white space at paragraph edges, which a browser does not show.
    def squeeze(html: str) -> str:
        return re.sub(r"\s*(</?p>)\s*", r"\1", html)

    assert squeeze(note_html(note, renderer, 2)) == squeeze(
        render(neutralise_html(note.strip()), renderer)
    )

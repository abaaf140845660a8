from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import markdown
import yaml
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.export.markdown_export import article_markdown, write_markdown
from desktop_app.core.export.mdtext import escape_text
from tests.helpers.export_samples import hostile_article, plain_article


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def _rendered(md_text: str) -> _Text:
    parser = _Text()
    parser.feed(markdown.markdown(md_text, extensions=["tables", "fenced_code"]))
    return parser


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _split_front_matter(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def test_front_matter_is_yaml_obsidian_can_index():
    article = hostile_article()
    meta, _ = _split_front_matter(article_markdown(article))
    assert meta["title"] == article.title
    assert meta["date"] == "2025-03-30"
    assert meta["page"] == "04"
    assert meta["source"] == article.source_path
    assert meta["tags"] == list(article.tags)
    assert meta["people"] == ["黄利飞"]
    assert meta["places"] == ["长沙"]
    assert meta["organisations"] == []


def test_every_highlight_and_note_survives_a_markdown_parser():
    article = hostile_article()
    _, body = _split_front_matter(article_markdown(article))
    text = _squash("".join(_rendered(body).chunks))
    for h in article.highlights:
        assert _squash(h.quote) in text
    assert "我的笔记" in text
    assert _squash("规模") in text and "第二行" in text


def test_article_text_never_becomes_markup():
    article = hostile_article()
    _, body = _split_front_matter(article_markdown(article))
    parsed = _rendered(body)
    # The only structure is ours: the title, section headings, quotes, lists, table.
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert parsed.tags.count("h1") == 1
    # The quote "# 不是标题 *也不是强调*" stays literal, not a heading or emphasis.
    assert "em" not in parsed.tags
    assert "#不是标题*也不是强调*" in _squash("".join(parsed.chunks))


def test_numbers_cited_with_normalised_values():
    md = article_markdown(hostile_article())
    assert "8520亿元 = 852000000000 元" in md
    table = md.split("## 数字", 1)[1]
    assert "| 19.2% | percent | 19.2 % |" in table


def test_combined_file_streams_every_article():
    out = io.StringIO()
    articles = [plain_article(i) for i in range(5)]
    assert write_markdown(iter(articles), out, title="全部笔记") == 5
    rendered = _squash("".join(_rendered(out.getvalue().split("\n---\n", 1)[1]).chunks))
    for article in articles:
        assert _squash(article.title) in rendered
        for h in article.highlights:
            assert h.quote in rendered


@given(st.text(alphabet=st.sampled_from(list("湘阅数据 abc123#*_-+>.|<&[]()!`\\=~")),
               min_size=1, max_size=40))
def test_escaped_text_renders_as_itself(text):
    text = " ".join(text.split())
    if not text:
        return
    parsed = _rendered(escape_text(text))
    assert "".join(parsed.chunks).strip() == text


def test_headings_in_notes_rank_below_the_article_title():
    from dataclasses import replace

    article = replace(plain_article(1), note="# 要点\n\n正文\n\n小结\n===\n\n```\n# 代码\n```")
    parsed = _rendered(article_markdown(article, standalone=False))
    assert parsed.tags.count("h1") == 1
    assert parsed.tags.count("h3") == 2
    assert "# 代码" in "".join(parsed.chunks)

"""Any page geometry lays out without an error, and every article's text is the page's.

Hypothesis draws pages of printed runs (lines of body text, headlines, single characters,
letter-spaced and vertical runs, spaces), pictures and rules anywhere, overlapping or
not: what a damaged or hostile PDF, or an engine nobody here has seen, may hand over.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.reading.pdf_layout import Char, PageGeometry, lay_out
from desktop_app.core.reading.pdf_records import Box

ALPHABET = "湖南日报长沙记者讯（）。，、“”：■●——12345 　摄版责编导读"


@st.composite
def runs(draw: st.DrawFn) -> list[Char]:
    text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=30))
    size = draw(st.sampled_from([1.0, 8.5, 10.0, 10.5, 14.0, 24.0, 44.0]))
    x = draw(st.floats(min_value=-20, max_value=900, allow_nan=False))
    y = draw(st.floats(min_value=-20, max_value=1250, allow_nan=False))
    spacing = draw(st.sampled_from([0.0, 0.0, 1.0, size * 0.9, -0.5 * size]))
    vertical = draw(st.booleans())
    bold = draw(st.booleans())
    chars = []
    for i, ch in enumerate(text):
        width = 0.0 if ch == " " else size if ord(ch) > 0x2E80 else size / 2
        if vertical:
            x0, top = x, y + i * (size + spacing)
        else:
            x0, top = x + i * (size + spacing), y
        chars.append(Char(ch, x0, top, x0 + width, top + size, size, bold))
    return chars


boxes = st.builds(lambda x, y, w, h: Box(x, y, x + w, y + h),
                  st.floats(0, 800), st.floats(0, 1100), st.floats(0, 600), st.floats(0, 600))


# Found by this test: a page number and a stray full stop once made an untitled article.
STRAY_MARK = [[Char("1", 0, 0, 0.5, 1, 1.0)], [Char("。", 0, 1, 1, 2, 1.0)]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(runs(), max_size=40), st.lists(boxes, max_size=3), st.lists(boxes, max_size=3))
@example(STRAY_MARK, [], [])
def test_any_page_lays_out_and_its_articles_index_its_text(
        printed: list[list[Char]], images: list[Box], rules: list[Box]) -> None:
    chars = tuple(ch for run in printed for ch in run)
    laid = lay_out(PageGeometry(842, 1191, chars, tuple(images), tuple(rules)))
    for article in laid.split.articles:
        assert article.title
        assert article.paragraphs  # no empty article
        for text, (start, end) in zip(article.paragraphs, article.paragraph_spans, strict=True):
            assert laid.text[start:end] == text
            # The article's stretch of the page's text holds every paragraph of it.
            assert article.source_start <= start <= end <= article.source_end
    # Each article is its own stretch of the page's text: none overlaps another.
    stretches = sorted((a.source_start, a.source_end) for a in laid.split.articles)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(stretches))

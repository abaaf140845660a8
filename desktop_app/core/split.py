"""Page text → articles. (Placeholder: one article per page until the splitter lands.)"""

from __future__ import annotations

import hashlib

from desktop_app.core.articles import Article, PageMeta, SplitPage


def split_page(text: str) -> SplitPage:
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    body = "\n".join(paragraphs)
    article = Article(
        id=hashlib.sha256(body.encode()).hexdigest()[:16],
        title=paragraphs[0] if paragraphs else "",
        paragraphs=paragraphs[1:],
        source_start=0,
        source_end=len(text),
    )
    return SplitPage(meta=PageMeta(), articles=[article] if paragraphs else [])

"""A page as a screen reader spoke it: NVDA's speech viewer log, JAWS's or Narrator's
transcript copied out.

A screen reader names each element's role before its text: ``标题  级别 1  最高检发布…``
(heading level 1), ``链接  上一篇：…`` (link), ``图形  检察日报`` (graphic), ``列表  包含 6 项``
(list with 6 items), and speaks the browser's window title on every new page
(``检察日报数字报-… - Google Chrome``). Read as text, the role words stick to the
headline and every link reads as a line of the story. :func:`spoken_lines` turns a page
spoken so (a heading's level spoken, and three role lines at least) into what it shows:
headings at their level, the links, graphics and lists as the page's furniture; any
other page is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line
from desktop_app.core.splitting.web_roles import PAGE_IN_TITLE

# Role words of NVDA's Chinese and English speech, before the element's text.
_HEADING = re.compile(r"^(?:标题|heading)\s*(?:级别|level)\s*(?P<level>[1-6])\s+(?P<text>\S.*)$",
                      re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:(?:已访问\s+)?(?:链接|visited link|link)|图形|graphic|可点击|clickable|按钮|button"
    r"|编辑框|edit|复选框|checkbox)(?:\s+|$)"
    r"|^(?:列表\s*包含\s*\d+\s*项|list with \d+ items|退出列表|out of list|文档|document|忙|busy)$"
    r"|\s(?:-\s+(?:Google Chrome|Microsoft\u200b? Edge|Mozilla Firefox|Firefox)|\s文档)$",
    re.IGNORECASE)
_MIN_ROLES = 3  # role lines a spoken page has at least


def spoken_lines(lines: list[Line]) -> list[Line]:
    """The lines of a page a screen reader spoke, as the page shows them; any other
    page's lines unchanged."""
    headings = sum(1 for line in lines if line.kind is Kind.TEXT and _HEADING.match(line.text))
    roles = headings + sum(1 for line in lines
                           if line.kind is Kind.TEXT and _FURNITURE.search(line.text))
    if not headings or roles < _MIN_ROLES:
        return lines  # (a spoken page names its headings' levels: 标题 级别 1)
    out: list[Line] = []
    for line in lines:
        if line.kind is Kind.TEXT and (heading := _HEADING.match(line.text)):
            text = heading["text"].strip()
            # (the e-paper's page over every article, 第03版：检察新闻: its furniture)
            kind = Kind.BANNER if PAGE_IN_TITLE.fullmatch(text) else Kind.HEADING
            out.append(replace(line, kind=kind, level=int(heading["level"]), text=text))
        elif line.kind is Kind.TEXT and _FURNITURE.search(line.text):
            out.append(replace(line, kind=Kind.BANNER))
        else:
            out.append(line)
    return out

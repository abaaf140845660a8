"""Layout step 3: the header band above the page's first long rule → the page's metadata,
and the foot line under the stories.

The band (masthead, date, 版次, section, editor) is printed above the stories and read
apart from them: its lines become :class:`~desktop_app.core.articles.PageMeta` and head
the page text, and take no part in the articles. The foot line (本版责编, 版式, 校对, the
paper's address and price) is read apart the same way and closes the page text.
"""

from __future__ import annotations

import re

from desktop_app.core.articles import PageMeta
from desktop_app.core.reading.pdf_lines import Line
from desktop_app.core.reading.pdf_records import PageGeometry
from desktop_app.core.splitting.page_heads import editor_name

_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_PAGE_NO = re.compile(r"^第?\s*(?P<n>[A-Z]?\d{1,3}[A-Z]?)\s*版$|^(?P<bare>[A-Z]?\d{1,2}[A-Z]?)$")
_PAGE_IN = re.compile(r"第\s*(?P<n>[A-Z]?\d{1,3}[A-Z]?)\s*版|(?P<m>[A-Z]?\d{1,3}[A-Z]?)\s*版(?!式)")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]|农历\S*")
_MASTHEAD = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|新闻|报)$")
_BAND_NOISE = re.compile(r"^(?:版式设计|美术编辑|美编|校对|值班|制图|设计|本版)[：: \u3000]")


# -- 3. header band ----------------------------------------------------------------------

def header_band_bottom(page: PageGeometry, lines: list[Line]) -> float:
    """The y above which the page header is printed (0 when none is found)."""
    long_rules = [r for r in page.rules
                  if r.x1 - r.x0 >= 0.5 * page.width and r.y0 <= 0.2 * page.height]
    if long_rules:
        top_rule = min(long_rules, key=lambda r: r.y0)
        above = [line for line in lines if line.y1 <= top_rule.y0 + 1]
        if above and any(_DATE.search(line.text) or _PAGE_IN.search(line.text)
                         or editor_name(line.text) for line in above):
            return top_rule.y0 + 1
    # No rule: the lines at the very top that read as furniture, and their row.
    top = [line for line in lines if line.y1 <= 0.1 * page.height]
    furniture = [line for line in top if _DATE.search(line.text) or editor_name(line.text)
                 or _PAGE_NO.match(line.text)]
    if not furniture:
        return 0.0
    return max(line.y1 for line in furniture) + 0.5


# What a page's foot line prints: its editors, the paper's address, licence and price.
_FOOT_WORD = re.compile(r"责编|责任编辑|版式|校对|美编|地址|邮编|许可证|零售价|定价|印刷|发行")
FOOT_ZONE = 0.1  # the foot line sits in the page's lowest tenth


def foot_lines(page: PageGeometry, lines: list[Line], body: float) -> list[Line]:
    """The lines of the page's foot line: small text in the lowest tenth of the page that
    names its editors or the paper's address, with every line printed on its rows and
    nothing but furniture under it."""
    zone = [line for line in lines if line.y0 >= (1 - FOOT_ZONE) * page.height]
    marks = [line for line in zone if _FOOT_WORD.search(line.text) and line.size <= 1.05 * body]
    if not marks:
        return []
    top = min(line.y0 for line in marks)
    rows = [(line.y0, line.y1) for line in marks]
    foot = [line for line in zone if line.y0 >= top - 1 and (
        line.size <= 1.05 * body and any(min(line.y1, b) - max(line.y0, a) > 0
                                         for a, b in rows))]
    below = [line for line in zone if line.y0 >= top - 1 and line not in foot]
    # Body text under it: the "foot" words were a story's own (其地址位于…).
    return foot if all(line.size < 0.95 * body for line in below) else []


def band_meta(band: list[Line]) -> PageMeta:
    date = page = editor = section = None
    candidates: list[Line] = []
    for line in band:
        for part in re.split(r"[ \u3000]{2,}", line.text):
            text = part.strip()
            if not text:
                continue
            if date is None and (m := _DATE.search(text)):
                date = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
                text = _WEEKDAY.sub("", _DATE.sub("", text)).strip()
            if editor is None and (name := editor_name(text)):
                editor = name
                continue
            if page is None and (m := _PAGE_NO.match(text)):
                page = m["n"] or m["bare"]
                continue
            if page is None and (m := _PAGE_IN.search(text)):
                page = m["n"] or m["m"]
                text = _PAGE_IN.sub("", text).strip()
            if text and not _MASTHEAD.match(text) and not _BAND_NOISE.match(text) and (
                    not _WEEKDAY.fullmatch(text)):
                candidates.append(Line(line.chars, text, line.x0, line.y0, line.x1, line.y1,
                                       line.size, line.bold))
    if candidates:
        # The section name is printed biggest; ties go to the one nearest the middle.
        section = max(candidates, key=lambda c: (round(c.size), c.bold)).text
    if page is not None:
        page = page.zfill(2) if page.isdigit() else page
    return PageMeta(date=date, page=page, editor=editor, section=section)

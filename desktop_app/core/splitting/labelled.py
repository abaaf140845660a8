"""Headline stacks whose lines say what they are: 引题：… 标题：… 副题：….

A clipping service's record, a library's export or an editor's draft names each line of
a stack instead of setting it in type ("标题：…", "【引题】…", "副标题：…"), in any order,
sometimes with the author and the page on the same line ("【标题】… 【作者】… 【版次】第04
版"). Read as text, the label becomes part of the headline and a kicker printed after the
headline starts a stack of its own. :func:`labelled_lines` turns such a run of lines
into the stack as a page prints it, bare lines the splitter reads anywhere else: kicker
(ending on "："), headline, deck (opening on "——"), then the byline. A database's record
prints every field on a line of its own, empty ones too ("【副题】"), among them fields
no stack holds (【作者单位】, 版次：, 字数：): those are the record's furniture, and its
body opens after "【正文】" or "正文：".
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line, is_byline, is_terminated

_ROLES = {
    "引题": "kicker", "肩题": "kicker", "眉题": "kicker",
    "标题": "title", "主题": "title", "主标题": "title", "大标题": "title", "题目": "title",
    "题名": "title",
    "副题": "deck", "副标题": "deck", "子标题": "deck", "副题名": "deck",
    "作者": "byline", "记者": "byline", "撰稿": "byline",
}
_KEYS = "|".join(sorted(_ROLES, key=len, reverse=True))
# "标题：…" / "标题:…" / "【标题】…" / "[标题]…" at the start of a line.
# CNKI's own export names each field in English too: "Title-题名：", "Subtitle-副题名：".
_CODE = r"(?:[A-Za-z]{2,16}-)?"
_LABEL = re.compile(rf"^(?:【(?P<a>{_KEYS})】|\[(?P<b>{_KEYS})\]"
                    rf"|{_CODE}(?P<c>{_KEYS})[ \u3000]*[：:])[ \u3000]*")
# Where the next field of a record starts on the same line: "【作者】", " 来源：".
_NEXT_FIELD = re.compile(r"[ \u3000]*(?:【[^】]{1,6}】|(?<=[ \u3000])[\u4e00-\u9fff]{2,4}[：:])")
_ORDER = {"kicker": 0, "title": 1, "deck": 2, "byline": 3, "none": 4}
# Any field's label, of a role or not: "【作者单位】", "[版次]", "字数：".
_ANY_LABEL = re.compile(r"^(?:【(?P<a>[^】\s]{1,6})】|\[(?P<b>[^\]\s]{1,6})\]"
                        rf"|{_CODE}(?P<c>[\u4e00-\u9fff]{{2,5}})[ \u3000]*[：:])[ \u3000]*")
_CODED_FIELD = re.compile(r"^[A-Za-z]{2,16}-(?P<key>[\u4e00-\u9fff]{2,8})[ \u3000]*[：:]")
# A record's number on a line of its own, between records: "记录 2/5", "文档 2 / 5", "[3]",
# "第4条记录" (not "第4条" alone: a law's article).
_COUNTER = re.compile(r"^(?:(?:记录|文档|文章|文件)[ \u3000]*\d{1,4}"
                      r"(?:[ \u3000]*/[ \u3000]*\d{1,4})?"
                      r"|\[\d{1,3}\]"
                      r"|【\d{1,3}】|第[ \u3000]*\d{1,4}[ \u3000]*条记录)$")
# What a database's export prints over its records: the search, how many it found, when.
_EXPORT_HEAD = re.compile(r"^(?:检索式|检索条件|检索词|检索表达式|记录数|命中数|检索结果|导出时间"
                          r"|导出日期|排序|文档编号|结果)[ \u3000]*[：:]")
# A record's fields on one line apart by bars, its date among them (衡阳日报 | 2024-05-16 |
# 报章 | A03 | 县域 | 新闻 | 字数：1,142 | 文件编号：…): the record's, not the page's text.
_RECORD_LINE = re.compile(r"^(?=.*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2})"
                          r"(?:[^|｜]{1,30}[ \u3000]*[|｜][ \u3000]*){3,}")
_BODY = frozenset({"正文", "内容", "全文"})
_MAX_FURNITURE = 40  # a record's other fields are short: a unit, a page, a date, a count


def labelled_lines(lines: list[Line]) -> list[Line]:
    """Runs of labelled lines → kicker, headline, deck and byline, in the order a page
    prints them; a repost's 原标题 as its headline; every other line as it was."""
    out: list[Line] = []
    run: list[tuple[str, Line, Line]] = []  # role, the line read, the line as printed
    furniture: list[Line] = []  # a record's other lines (来源：…) among the run
    for line in lines:
        if line.kind is Kind.TEXT and (original := _ORIGINAL.match(line.text)):
            _print_original(out, replace(line, text=line.text[original.end():].strip()))
            continue
        if run and line.kind is Kind.BANNER:
            furniture.append(line)
            continue
        if line.kind is Kind.TEXT and _COUNTER.match(line.text):
            line = replace(line, kind=Kind.BOUNDARY)
        elif line.kind is Kind.TEXT and (_EXPORT_HEAD.match(line.text)
                                         or _RECORD_LINE.match(line.text)):
            line = replace(line, kind=Kind.BANNER)
        coded = _CODED_FIELD.match(line.text) if line.kind is Kind.TEXT else None
        if coded and coded["key"] not in _ROLES and coded["key"] not in _BODY:
            # A field a database names in code ("SrcDatabase-来源库：…"), before the
            # record's title as after it: the record's, never a line of the page.
            (furniture if run else out).append(replace(line, kind=Kind.BANNER))
            continue
        in_record = any(role == "title" for role, _, _ in run)
        label = _ANY_LABEL.match(line.text) if in_record and line.kind is not Kind.BOUNDARY \
            else None
        name = label and (label["a"] or label["b"] or label["c"])
        if label and name in _BODY:
            out.extend(_stack(run, True) + furniture)
            run, furniture = [], []
            if body := line.text[label.end():].strip():
                out.append(replace(line, text=body, kind=Kind.TEXT))
            continue
        if label and name not in _ROLES and len(line.text) - label.end() <= _MAX_FURNITURE:
            furniture.append(replace(line, kind=Kind.BANNER))
            continue
        fields = _fields(line) if line.kind in (Kind.TEXT, Kind.HEADING) else []
        if in_record and line.kind is Kind.BYLINE:
            fields = [("byline", line)]  # "作者：…", read as a byline already
        if fields:
            if not run and fields[0][0] in ("byline", "deck") and line.text.startswith("【") \
                    and _bare_headline(out):
                # A library's record under a headline it prints bare (超星: 江上冰封时 /
                # 【副标题】 … / 【作者】 孙红霞 / 【报纸名称】 …): the line above is its title.
                above = out.pop()
                run.append(("title", above, above))
            run.extend((role, read, line) for role, read in fields)
            continue
        if run and all(role == "kicker" for role, _, _ in run) and _bare_headline([line]):
            # Only the kicker labelled (引题：14支市州队再聚绿茵 / “湘超”第二季今晚揭幕): the bare
            # line under it is the headline.
            run.append(("title", line, line))
            continue
        out.extend(_stack(run, bool(furniture)) + furniture)
        run, furniture = [], []
        out.append(line)
    out.extend(_stack(run, bool(furniture)) + furniture)
    return out


# A repost names the headline the paper printed: "原标题：…".
_ORIGINAL = re.compile(r"^原标题[ \u3000]*[：:][ \u3000]*(?=\S)")
_MAX_HEADLINE = 40
MAX_RECORD_CHARS = 300


def _bare_headline(out: list[Line]) -> bool:
    above = out[-1] if out else None
    return above is not None and above.kind in (Kind.TEXT, Kind.HEADING) \
        and len(above.text) <= _MAX_HEADLINE and not is_terminated(above.text) \
        and _ANY_LABEL.match(above.text) is None


def _print_original(out: list[Line], printed: Line) -> None:
    """The paper's headline is the headline; the one the app gave it (the last line
    above, furniture aside) becomes its deck."""
    held: list[Line] = []
    while out and out[-1].kind is Kind.BANNER:
        held.insert(0, out.pop())
    above = out[-1] if out else None
    if above is not None and above.kind is Kind.TEXT and len(above.text) <= _MAX_HEADLINE \
            and not is_terminated(above.text):
        out[-1] = printed
        out.append(replace(above, text="——" + above.text.lstrip("—")))
    else:
        out.append(printed)
    out.extend(held)


def _fields(line: Line) -> list[tuple[str, Line]]:
    """The labelled parts of a line: the one it opens with, and the author's when a
    record prints it on the same line ("【标题】… 【作者】王芳 【版次】…")."""
    fields: list[tuple[str, Line]] = []
    text = line.text
    if len(text) > MAX_RECORD_CHARS:
        return fields  # a record's line is short; a hostile one is not read field by field
    while match := _LABEL.match(text):
        role = _ROLES[match["a"] or match["b"] or match["c"]]
        rest = text[match.end():]
        cut = _NEXT_FIELD.search(rest)
        value = (rest[: cut.start()] if cut else rest).strip()
        text = rest[cut.start():].strip() if cut else ""
        if value and (role != "byline" or is_byline(value) or len(value) <= 12):
            fields.append((role, replace(line, text=value)))
        elif not value:  # a record's empty field ("【副题】"): read, and nothing to print
            fields.append(("none", line))
        while text and not _LABEL.match(text) and (cut := _NEXT_FIELD.search(text, 1)):
            text = text[cut.start():].strip()  # a field of no role here (【版次】…)
        if not fields:
            break
    return fields


def _stack(run: list[tuple[str, Line, Line]], with_record: bool) -> list[Line]:
    """A run with a headline among it, in print order. It is a record only with more
    than its headline: another label, or the record's other lines (来源：…) beside it;
    "标题：…" alone may be a line of a story. Otherwise its lines stay as printed."""
    roles = [role for role, _, _ in run]
    if "title" not in roles or (len(roles) == 1 and not with_record):
        return list(dict.fromkeys(printed for _, _, printed in run))
    out = []
    for role, line, _ in sorted(run, key=lambda field: _ORDER[field[0]]):
        if role == "none":
            continue
        if role == "byline":
            out.append(replace(line, kind=Kind.BYLINE))
        elif role == "deck":
            out.append(replace(line, text="——" + line.text.lstrip("—")))
        elif role == "kicker":
            out.append(replace(line, text=line.text.rstrip("：:") + "："))
        else:
            out.append(line)
    return out

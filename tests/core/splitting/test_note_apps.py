"""A page pasted into a reader's Obsidian note: the note's properties, callouts, tags and
own section headings are the reader's, no article's; the paper's headlines stay."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

NOTE = """---
title: 湖南日报0605 农村版 精读
tags:
  - 三农
---

> [!info] 本版一览（我的整理）
> 1. 油菜收割 → 粮油安全

#湖南日报 #三农

## 1️⃣ 三夏·油菜 [[粮食安全]]

### 湘北油菜收割进入尾声

湖南日报6月4日讯（全媒体记者 孙文杰）连日来，南县、安乡等地的油菜田里，收割机往来穿梭。

> [!note] 我的笔记
> 三熟制 = 一年收两季稻 + 一季油菜。

为确保颗粒归仓，各地组织农机合作社开展跨区作业，==全省投入油菜收获机械2.1万台==。

---

## 3️⃣ 农村物流

### 快递进村“最后一公里”打通了

湖南日报6月4日讯（全媒体记者 蒋璐）在隆回县小沙江镇，村民在家门口就能收寄快递。
"""


def test_the_readers_notes_around_the_page_are_no_articles_and_no_headlines() -> None:
    articles = split_page(NOTE).articles
    assert [a.title for a in articles] == ["湘北油菜收割进入尾声", "快递进村“最后一公里”打通了"]
    first = articles[0]
    assert first.paragraphs == [
        "连日来，南县、安乡等地的油菜田里，收割机往来穿梭。",
        "为确保颗粒归仓，各地组织农机合作社开展跨区作业，全省投入油菜收获机械2.1万台。"]
    every = "".join(a.title + a.subtitle + a.text for a in articles)
    assert "我的笔记" not in every and "三熟制" not in every and "#三农" not in every


def test_a_quotation_on_a_page_with_no_note_app_syntax_stays_in_its_story() -> None:
    page = ("### 湘北油菜收割进入尾声\n\n湖南日报6月4日讯（全媒体记者 孙文杰）连日来，油菜田里"
            "收割机往来穿梭。\n\n> 今年油菜亩产提高了。\n\n各地组织农机合作社开展跨区作业。\n")
    [article] = split_page(page).articles
    assert article.title == "湘北油菜收割进入尾声"
    assert "今年油菜亩产提高了。" in article.text

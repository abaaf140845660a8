"""An e-paper page saved by a web clipper (MarkDownload and the like) as Markdown: the
clipper's head, the site's navigation and the page's list of headlines are no story."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

CLIP = """# 湖南日报数字报-第08版：图片新闻

> ## Excerpt
> 湖南日报数字报，中共湖南省委机关报湖南日报电子版。

---
[首页](https://epaper.voc.com.cn/hnrb/) | [往期回顾](period.htm) | [版面导航](node_201.htm)

**第08版：图片新闻**

本版标题：

-   [橘洲焰火迎客来](https://epaper.voc.com.cn/hnrb/html/2025-10/09/content_8001.htm)
-   [古城夜游正酣](https://epaper.voc.com.cn/hnrb/html/2025-10/09/content_8002.htm)

* * *

### 橘洲焰火迎客来

10月4日晚，长沙橘子洲焰火燃放，绚丽的烟花照亮湘江两岸。

湖南日报全媒体记者 郭立亮 摄

* * *

### 古城夜游正酣

10月5日晚，凤凰古城沱江两岸灯火通明，游客乘坐游船欣赏夜景。

通讯员 田珍 摄
"""


def test_a_clipped_pages_head_navigation_and_headline_list_are_no_story() -> None:
    articles = split_page(CLIP).articles
    assert [a.title for a in articles] == ["橘洲焰火迎客来", "古城夜游正酣"]
    assert articles[0].paragraphs == ["10月4日晚，长沙橘子洲焰火燃放，绚丽的烟花照亮湘江两岸。"]



EVERNOTE = """# 湖南日报 8.27 评论版（合并）

## 湖南日报数字报

2025年08月27日 星期三 | 第04版：评论

**把“小切口”做成“大文章”**

湖南日报评论员

　　城市是人民群众生产生活的家园。推动城市高质量发展，要从“小切口”做起。

* * *

## 湖南日报数字报

2025年08月27日 星期三 | 第04版：评论

**为“银龄志愿者”点赞**

■ 言 之

　　退休不褪色，余热映初心。近年来，我省银龄志愿者活跃在社区和乡村。

【字号：大　中　小】　【打印本文】
"""


def test_a_clips_own_title_over_the_pages_date_line_is_no_headline() -> None:
    articles = split_page(EVERNOTE).articles
    assert [a.title for a in articles] == ["把“小切口”做成“大文章”", "为“银龄志愿者”点赞"]
    assert "打印本文" not in articles[-1].text


APP_NOTE = ("【新湖南】花灯映古城\nhttps://m.voc.com.cn/xhn/news/202602/30817655.html\n\n"
            "花灯映古城\n新湖南客户端\n2026-02-13 07:05:26\n来源：湖南日报\n\n"
            "2月10日晚，凤凰古城沱江两岸亮起花灯，游客泛舟江上，感受浓浓年味。\n")


def test_the_apps_name_over_its_time_stamp_is_no_headline() -> None:
    [article] = split_page(APP_NOTE).articles
    assert article.title == "花灯映古城"
    assert "新湖南客户端" not in article.text

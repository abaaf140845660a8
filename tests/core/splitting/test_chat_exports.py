"""A page pasted into a QQ group over several messages and saved with the group's message
export: the export's head and each message's header (when, who, their number) are the
chat's, so a story cut between two messages reads on, and each story keeps its headline."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

EXPORT = """消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:湘企出海交流群
================================================================

2026-03-18 8:03:07 【管理员】陈建国(38127764)
经济日报 2026年3月18日 星期三 第6版 产经

工程机械“出海”跑出加速度
经济日报记者 刘 畅
3月中旬，长沙经开区一家工程机械企业的出口专用车间里，一台台挖掘机正在装箱。

2026-03-18 8:05:02 【管理员】陈建国(38127764)
企业负责人介绍，今年前2个月海外订单同比增长两成。

2026-03-18 8:06:18 谭总(705518223)
这篇说得对，我们去年就是被价格战搞惨了

2026-03-18 8:06:40 谭总(705518223)
[表情]

2026-03-18 8:07:33 【管理员】陈建国(38127764)
储能电池订单排到三季度
经济日报记者 谢 可
走进湘潭一家储能电池企业，生产线满负荷运转，订单已排到三季度。
"""


def test_a_page_pasted_over_messages_reads_as_its_stories() -> None:
    articles = split_page(EXPORT).articles
    assert [a.title for a in articles] == ["工程机械“出海”跑出加速度", "储能电池订单排到三季度"]
    assert articles[0].paragraphs[-1].startswith("企业负责人介绍")
    assert not any("38127764" in p or "消息" in p or "表情" in p
                   for a in articles for p in a.paragraphs)

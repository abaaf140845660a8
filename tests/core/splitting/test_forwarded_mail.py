"""A page forwarded by mail and saved as text from Outlook (发件人 / 发送时间 / 收件人 /
主题 / 附件): the header block is the message's, a trade paper's running header is the
page's, the sender's name under the note is no kicker, and a headline opening on its place
(衡阳：…) stays the headline under a kicker of two paired clauses."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

PAGE = (
    "发件人:\t人民法院报湖南记者站 <hnjzz@example-rmfyb.cn>\n"
    "发送时间:\t2025年6月18日 星期三 8:02\n"
    "收件人:\t衡阳中院政治部宣传处 <xcc@hyzy.example-court.cn>\n"
    "主题:\t转发: 人民法院报6月18日第4版（全版文字）\n"
    "附件:\t人民法院报20250618_04.pdf\n\n"
    "李婷你好：\n\n　　今天第4版已出报，版面文字如下（以报纸刊发为准），请查收。\n\n唐荣\n\n\n"
    "人民法院报  2025年6月18日  星期三\n第4版  法院工作\n\n"
    "深化诉源治理 推动矛盾纠纷实质化解\n衡阳：“枫桥式人民法庭”把纠纷化解在家门口\n\n"
    "　　本报讯 （记者 唐 荣 通讯员 陈 凯）“没想到在家门口就把事情解决了，还没花\n"
    "一分钱。”6月上旬，湖南省衡阳县西渡镇村民刘某拿到法庭出具的调解书后感慨道。\n")


def test_a_forwarded_page_keeps_the_mail_out_and_the_places_headline_in() -> None:
    page = split_page(PAGE)
    article = page.articles[-1]
    assert article.title == "衡阳：“枫桥式人民法庭”把纠纷化解在家门口"
    assert article.kicker == "深化诉源治理 推动矛盾纠纷实质化解"
    assert article.paragraphs[0].startswith("“没想到在家门口")
    assert (page.meta.date, page.meta.page) == ("2025-06-18", "第4版")

"""Articles copied one after another from a news app's pages (新湖南): its stamp and folded
type control between the headline and the text, its 我要纠错 link and its sentence on its
rights under each article are the app's; each article keeps its stack."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

ARTICLE = ("{kicker}\n{title}\n——{deck}\n新湖南客户端 2025-12-10 06:42:18\n字号\n"
           "湖南日报全媒体记者 金慧 通讯员 覃业军\n{body}\n我要纠错\n"
           "版权作品，未经新湖南客户端书面授权，严禁转载，违者将被追究法律责任。\n\n")

PAGE = "湖南日报 2025年12月10日\n第08版：市州新闻\n上一版 下一版\n\n" + "".join(
    ARTICLE.format(kicker=k, title=t, deck=d, body=b) for k, t, d, b in [
        ("推出雾凇观赏、温泉康养等12条冬季线路", "张家界“冬游”上新 淡季不淡",
         "12月上旬接待游客同比增长17.4%",
         "12月8日清晨，张家界天门山顶寒气逼人，树枝上挂满晶莹的雾凇。"),
        ("湘中“钢城”向产业链下游延伸", "一块薄钢板撬动百亿级产业链",
         "娄底汽车用钢深加工产值突破百亿元",
         "厚度仅有0.5毫米，强度却可达2000兆帕，一块块薄钢板变身车门防撞梁。")])


def test_an_apps_articles_keep_their_stacks_and_none_of_the_apps_lines() -> None:
    articles = split_page(PAGE).articles
    assert [(a.kicker, a.title) for a in articles] == [
        ("推出雾凇观赏、温泉康养等12条冬季线路", "张家界“冬游”上新 淡季不淡"),
        ("湘中“钢城”向产业链下游延伸", "一块薄钢板撬动百亿级产业链")]
    assert [a.paragraphs for a in articles] == [
        ["12月8日清晨，张家界天门山顶寒气逼人，树枝上挂满晶莹的雾凇。"],
        ["厚度仅有0.5毫米，强度却可达2000兆帕，一块块薄钢板变身车门防撞梁。"]]

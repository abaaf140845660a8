"""A supplement's page (湘江副刊): essays signed with a circle under their titles, the
desk's address for contributions at the foot."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

PAGE = """湘江副刊
冬至，回一趟梅山
○ 刘晓岚
冬至前一天，母亲打来电话，说
家里的腊肉已经挂上了，问我回
不回。我说回。
到家时天已擦黑。火塘里的火正
旺，母亲在灶屋里忙着。
湘西的雾
○ 彭学明
湘西的雾是从河里升起来的，一
层一层，把吊脚楼藏进去。
投稿邮箱：xjfk_hnrb@163.com
"""


def test_essays_signed_with_a_circle_keep_their_titles_and_authors() -> None:
    articles = split_page(PAGE).articles
    assert [a.title for a in articles] == ["冬至，回一趟梅山", "湘西的雾"]
    assert [a.authors for a in articles] == [["刘晓岚"], ["彭学明"]]


def test_the_address_for_contributions_is_no_headline_at_the_head_or_the_foot() -> None:
    headed = PAGE.replace("湘江副刊\n", "湘江副刊\n投稿邮箱：xjfk_hnrb@163.com\n")
    for page in (PAGE, headed):
        articles = split_page(page).articles
        assert [a.title for a in articles] == ["冬至，回一趟梅山", "湘西的雾"]
        assert not any("投稿邮箱" in a.text for a in articles)


def test_the_papers_address_over_the_next_headline_is_no_headline() -> None:
    body = "\n本报讯（记者 王晴）一季度，全省新开工重大项目326个，完成投资1260亿元。\n"
    page = ("洞庭湖区春耕备耕忙" + body + "\n湖南日报社地址：长沙市芙蓉中路一段442号\n\n"
            "长沙新开3条公交线路" + body)
    articles = split_page(page).articles
    assert [a.title for a in articles] == ["洞庭湖区春耕备耕忙", "长沙新开3条公交线路"]
    assert not any("芙蓉中路" in a.text for a in articles)

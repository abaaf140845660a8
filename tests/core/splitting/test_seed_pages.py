"""The bundled sample pages split as a newspaper reader sees them.

For every real article on each seed page: its printed headline, the first and last
words of its body, and its kind. Each must be found exactly once, whole, and with
nothing of its neighbours.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page
from tests.helpers.paths import SEEDS

# (kind, headline as printed, first words of the body, last words of the body)
EXPECTED: dict[str, list[tuple[str, str, str, str]]] = {
    "000": [
        ("article", "绿色智能计算，湖南开启下一程", "手机不卡顿", "深度大有裨益。"),
        (
            "photo_caption",
            "",
            "3月29日，2025中国产业转移发展对接活动（湖南）绿色智能计算",
            "专场对接活动在长沙举行。",
        ),
        ("photo_caption", "", "株洲时代新材料科技股份有限公司", "（资料照片）"),
        ("article", "新材料产业是突破口", "“湖南是制造业大省", "安全作出贡献。”"),
        (
            "article",
            "空天产业，硬实力就是号召力",
            "3月29日，2025中国产业转移发展对接活动（湖南）如火如荼",
            "发展注入新动能。",
        ),
        (
            "brief",
            "14个装备制造重点项目落子",
            "今天，2025中国产业转移发展对接活动（湖南）高端装备",
            "绿色化加快升级。",
        ),
        (
            "brief",
            "湖南“磁吸”超千亿元",
            "今天，2025中国产业转移发展对接活动（湖南）新材料产业链",
            "产业领域自主可控。",
        ),
    ],
    "001": [
        ("article", "湖南“立体计算”探新路", "今年政府工作报告提出", "持续推动计算产业繁荣。"),
        ("article", "工业领域迎大规模设备更新升级", "4月 9日，工业和信息化部", "技术改造的支持。"),
        ("article", "前两月规上轻工企业利润增26.9%", "中国轻工业联合会近日", "张崇和说。"),
        ("brief", "一季度中小企业发展指数上升", "4月9日，中国中小企业协会", "一定的经济增长速度。"),
        ("article", "中小企业特色产业集群扩规提质", "近年来，常州高新区", "竞争力和影响力。"),
        ("photo_caption", "", "4月 9日，由中能建数字科技集团", "确保设备运行正常。"),
        ("brief", "", "近年来，河北省承德市隆化县", "提供有力支撑。"),
        ("photo_caption", "", "图为 4 月 10 日工人", "风电车间装配机舱。"),
        ("article", "“算力券”力促智算奔赴新质生产力", "领到首批“算力券”", "避免浪费。"),
        ("quote_box", "", "初步估算，设备更新市场需求规模", "将在5万亿元以上"),
    ],
    "002": [
        ("quote_box", "", "聚焦优势产业", "打造国家级产业集群。"),
        ("article", "湘江潮涌 制造向新", "春回三湘，万物竞发。", "荣光与辉煌。"),
        ("photo_caption", "", "特变电工衡变公司", "海上风电项目。"),
        ("photo_caption", "", "娄底市涟钢集团", "正高效运转。"),
    ],
    "003": [
        ("article", "从【雁阵迁徙】到【区域竞合】", "当全球产业链经历", "鲍一说。"),
        ("photo_caption", "", "3月22日，位于湘潭经开区", "赶制订单产品。"),
        ("article", "湖南是吉利汽车重要战略生产制造基地", "“湖南是吉利汽车", "程刚说。"),
        (
            "photo_caption",
            "",
            "3月29日，2025中国产业转移发展对接活动（湖南）开幕式上",
            "现场签约。",
        ),
        (
            "brief",
            "湖南成为产业转移“引力场”",
            "3月29日，2025中国产业转移发展对接活动（湖南）在长沙开幕",
            "提高生产效率。",
        ),
        ("article", "三把“金钥匙”解锁投资湖南密码", "“作为博世集团", "新能源产业基地。"),
        ("article", "全国产业转移格局重构 湖南发挥重要作用", "当前，全球产业链", "产学研链条。"),
        (
            "brief",
            "工信部部属高校与20家湘企 共推科技成果转化",
            "3月29日，在2025中国产业转移发展对接活动（湖南）举办期间",
            "高校科技成果1310项。",
        ),
    ],
    "004": [
        ("article", "长株潭都市圈“扩群”，首选为何是益阳", "12月10日，长株潭", "做大做强。"),
        ("photo_caption", "玉树琼枝南岳美", "12月13日，南岳衡山", "前来观赏。"),
        ("article", "", "12月10日，由湖南省能源协会主办", "谢高表示，未来"),
        ("commentary", "外交部发言人展示的挖掘机 展现大国创新实力", "近日，外交部", "进步的力量。"),
        ("brief", "建强用好科创平台 助推长沙全球研发中心城市建设", "近日，省政协", "更大贡献。"),
        ("brief", "两家湘企获国家人工智能大赛奖项", "12月12日，第六届", "A级或B级证书。"),
        ("continuation", "", "新生力量集中迈向资本市场", "立体攻势。"),
        ("continuation", "", "《实施意见》通篇贯穿", "重温经典频道覆盖范围等。"),
        ("continuation", "", "桃江县资源丰富", "助农共富。"),
    ],
}


def _split(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return split_page(read_page(path).text)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_article_is_found_once_whole_and_alone(prefix: str) -> None:
    articles = _split(prefix).articles
    expected = EXPECTED[prefix]
    assert len(articles) == len(expected), [a.title for a in articles]
    for article, (kind, headline, first, last) in zip(articles, expected, strict=True):
        assert article.kind == kind, article.title
        if headline:
            assert headline in article.title
        assert article.text.startswith(first), (article.title, article.text[:40])
        assert article.text.endswith(last), (article.title, article.text[-40:])
    # Nothing of a neighbour: no body opening appears inside another article.
    # (A pull quote repeats its story's words by design.)
    for article in articles:
        for other, (kind, _, first, _) in zip(articles, expected, strict=True):
            if other is not article and len(first) >= 12 and kind != "quote_box":
                assert first not in article.text, (article.title, first)


def test_headlines_printed_after_their_bodies_find_their_bodies() -> None:
    # Page 001 prints two headlines on one line, and three more below the bodies.
    titles = {a.title: a.text for a in _split("001").articles}
    assert "轻工" in titles["前两月规上轻工企业利润增26.9%"]
    assert "特色产业集群" in titles["中小企业特色产业集群扩规提质"]
    assert "发展指数" in titles["一季度中小企业发展指数上升"]


def test_a_headline_left_at_the_page_end_takes_its_body_from_the_article_above() -> None:
    articles = {a.title: a for a in _split("000").articles}
    space = articles["空天产业，硬实力就是号召力"]
    materials = next(a for t, a in articles.items() if "新材料产业是突破口" in t)
    assert "近80家外埠空天产业企业" in space.text
    assert "近80家" not in materials.text
    assert space.authors == ["黄炜信", "胡盼盼"]


def test_captions_are_separated_from_the_body_they_interrupt() -> None:
    articles = _split("000").articles
    main = articles[0]
    # The caption sat between "原国家" and "超算济南中心": the sentence is whole again.
    assert "原国家超算济南中心主任张云泉" in main.text
    assert "易昂" not in main.text and "摄" not in main.text.split("。")[-1]
    caption = articles[1]
    assert caption.authors == ["易昂"]


def test_subheads_kicker_deck_and_byline_are_their_own_fields() -> None:
    first = _split("000").articles[0]
    assert first.subtitle.startswith("数据是新质生产资料")
    assert first.authors == ["黄利飞", "于森", "赵倩倩"]
    assert first.subheads == [
        "应对挑战，技术、产业深度融合",
        "算力经济，湖南瞄准“世界一流”",
        "2030年，相关产业规模达2万亿元",
    ]
    assert not any(sub in first.text for sub in first.subheads)
    deck = _split("002").articles[1]
    assert deck.subtitle == "湖南持续用力打造国家重要先进制造业高地"
    assert deck.subheads == [
        "向新求变，锻造竞争新优势",
        "向智升级，塑造生产新范式",
        "向优而进，构建产业新版图",
    ]


def test_datelines_are_split_from_the_body_and_name_the_reporters() -> None:
    brief = _split("003").articles[4]
    assert brief.dateline.startswith("湖南日报3月29日讯")
    assert brief.authors == ["谢卓芳", "彭可心"]
    assert not brief.text.startswith("湖南日报")
    signed = _split("001").articles[2]
    assert signed.dateline == "本报讯" and signed.authors == ["姚雯"]
    assert not signed.text.endswith("姚雯")


def test_page_banner_gives_metadata_not_an_article() -> None:
    page = _split("000")
    assert (page.meta.date, page.meta.page, page.meta.editor) == ("2025-03-30", "04", "谭云东")
    assert page.meta.section == "一带一部 湘聚共赢"
    assert not any("一带一部 湘聚共赢" in a.title for a in page.articles)


def test_a_pull_quote_is_a_quote_box_not_a_headline() -> None:
    articles = _split("001").articles
    quote = articles[-1]
    assert quote.kind == "quote_box"
    assert quote.text in next(a.text for a in articles if a.title == "工业领域迎大规模设备更新升级")
    assert all("初步估算" not in a.subtitle for a in articles)


def test_extraction_duplicates_are_removed() -> None:
    first = _split("000").articles[0]
    assert first.text.count("布局建设面向行业的公共算力服务平台") == 1
    titles = [a.title for a in _split("001").articles]
    assert "工业领域迎大规模设备更新升级" in titles  # printed twice, glued, on the page
    continued = [a for a in _split("004").articles if a.text.startswith("《实施意见》")]
    assert len(continued) == 1


def test_column_break_doubling_and_wraps_are_repaired() -> None:
    article = _split("002").articles[1]
    assert "100多种型号在生产线上随意切换" in article.text
    assert "在长沙开业" in article.text
    wrapped = _split("001").articles[0]
    assert "加快形成全国一体化算力体系。" in wrapped.text


def test_ids_are_stable_and_offsets_point_into_the_page() -> None:
    path = next(SEEDS.glob("000_*.txt"))
    text = read_page(path).text
    first, again = split_page(text), split_page(text)
    assert [a.id for a in first.articles] == [a.id for a in again.articles]
    assert len({a.id for a in first.articles}) == len(first.articles)
    for article in first.articles:
        assert 0 <= article.source_start < article.source_end <= len(text)
        for (start, end), paragraph in zip(
            article.paragraph_spans, article.paragraphs, strict=True
        ):
            assert 0 <= start < end <= len(text)
            # The paragraph's opening characters are printed inside its source span.
            assert paragraph[:2] in text[start:end] or paragraph[:2] in article.dateline + text


def test_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from desktop_app.cli import main

    path = next(SEEDS.glob("001_*.txt"))
    assert main(["split", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["page"]) == {"date", "page", "editor", "section"}
    keys = {
        "id",
        "title",
        "subtitle",
        "byline",
        "authors",
        "dateline",
        "kind",
        "subheads",
        "paragraphs",
        "text",
        "source_start",
        "source_end",
    }
    for article in data["articles"]:
        assert keys <= set(article)
        assert article["text"] == "\n".join(article["paragraphs"])


def test_cli_refuses_a_non_text_file_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli import main

    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    assert main(["split", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "scan.txt" in err and "PDF" in err


@pytest.mark.thorough  # several fresh interpreters: CI's second run (--tier thorough)
def test_ids_do_not_depend_on_the_process_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, json; from desktop_app.core.reading.pages import read_page;"
        "from desktop_app.core.splitting.split import split_page;"
        "print(json.dumps([[a.id for a in split_page(read_page(p).text).articles]"
        " for p in sys.argv[1:]]))"
    )
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, *paths], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1

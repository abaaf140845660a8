"""Spans read as names that name nobody (issue 12, tenth round), each kind on made-up
sentences: the lever in core/extraction/unnamed_levers.py and what a reader should see."""

from __future__ import annotations

from desktop_app.core.extraction.entities import find_entities
from desktop_app.core.extraction.unnamed_levers import (
    sides_as_countries,
    without_counted_kinds,
    without_rain_and_snow,
    without_storms,
)
from tests.helpers.candidates import at, texts


def test_a_countrys_side_is_the_country_not_a_person() -> None:
    text = "越方表示愿同俄方加强合作，老方同志"
    chosen = [at(text, "越方", "PER"), at(text, "俄方", "PER"), at(text, "方同志", "PER")]
    assert texts(text, sides_as_countries(text, chosen)) == [
        ("越", "LOC"), ("俄", "LOC"), ("方同志", "PER")]
    assert not [e for e in find_entities("巴方欢迎更多企业前来投资。") if e.type == "PER"]
    # A person of that name where no side acts: a credit line (韩 is a surname).
    text = "编辑：韩方 校对：李明"
    assert texts(text, sides_as_countries(text, [at(text, "韩方", "PER")])) == [("韩方", "PER")]


def test_a_storm_is_no_person() -> None:
    for text, name in (("受台风“格美”影响，多地停课", "格美"),
                       ("飓风“米尔顿”登陆", "米尔顿")):
        assert without_storms(text, [at(text, name, "PER")]) == [], text
    text = "气象专家王格美说"
    assert texts(text, without_storms(text, [at(text, "王格美", "PER")])) == [("王格美", "PER")]


def test_a_counted_body_of_a_kind_is_no_name() -> None:
    def trade(text: str):  # the everyday words of these sentences, as jieba tags them
        return lambda s, e: text[s:e] in ("陶瓷", "乡村")

    for text, body in (("当地一家陶瓷公司的负责人说", "陶瓷公司"),
                       ("这所乡村学校有学生两百人", "乡村学校")):
        assert without_counted_kinds(text, [at(text, body, "ORG")], trade(text)) == [], text
    # A body whose trade is a name keeps it (长沙, 富士康); so does one not counted.
    for text, body in (("一家长沙公司中标", "长沙公司"), ("一家富士康工厂", "富士康工厂"),
                       ("陶瓷公司负责人说", "陶瓷公司")):
        assert texts(text, without_counted_kinds(text, [at(text, body, "ORG")], trade(text))) \
            == [(body, "ORG")], text
    found = find_entities("他在一家富士康工厂打工。")
    assert ("富士康工厂", "ORG") in [(e.text, e.type) for e in found]


def test_rain_and_snow_in_a_forecast_are_no_person() -> None:
    text = "江南北部有小雪或雨夹雪，淮河流域将有小雨夹雪，山区大雪转中雪。"
    chosen = [at(text, "小雪", "PER"), at(text, "小雨", "PER"), at(text, "大雪", "PER")]
    assert texts(text, without_rain_and_snow(text, chosen)) == []
    assert not [e for e in find_entities("预计江南北部有小雪或雨夹雪。") if e.type == "PER"]
    # A girl called 小雪 or 小雨 where no weather is told stays a person, whatever word
    # follows (转身, 或许, 夹着) or comes before (只有, 还有).
    for text in ("小雪说她明天回家。", "小雨转身离开了教室。", "小雪或许是最用功的学生。",
                 "小雨夹着书包跑进教室。", "只有小雨知道这个秘密。", "家里还有小雪和小明。",
                 "小雨或者小雪都可以发言。", "我家有小雪、小雨两个女儿。"):
        name = "小雪" if "小雪" in text else "小雨"
        assert texts(text, without_rain_and_snow(text, [at(text, name, "PER")])) == [
            (name, "PER")], text


def test_what_a_place_is_known_for_is_no_place() -> None:
    found = {(e.text, e.type) for e in find_entities("沙坪镇一直是花炮之乡，湘潭是湘莲之乡。")}
    assert ("沙坪镇", "LOC") in found and ("湘潭", "LOC") in found
    assert not {name for name, _ in found} & {"花炮", "湘莲之乡", "湘莲"}
    # The place the nickname is given to stays, before it or inside it.
    found = {(e.text, e.type) for e in find_entities("长沙是中国工程机械之都。")}
    assert ("长沙", "LOC") in found and ("中国", "LOC") in found

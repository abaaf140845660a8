"""Amounts a reader reads as one and halves a reader counts (session 39): a figure printed
in two parts (1亿2000万元, 3萬3,437美元), a half (两个半小时, 一年半, 半个多月), and days
counted after a verb of lasting (拘留15日) against the day of a month (于15日)."""

from __future__ import annotations

import pytest

from desktop_app.core.extraction.numbers import find_numbers


def spans(sentence: str) -> list[tuple[str, str, float | None, str, str]]:
    return [(s.text, s.kind, s.value, s.unit, s.approx) for s in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one amount printed as 亿 then 万, or 万 then what is left of it
        ("项目总投资1亿2000万元。", ("1亿2000万元", "money", 1.2e8, "元", "")),
        ("募得1億2,000萬港元，", ("1億2,000萬港元", "money", 1.2e8, "港元", "")),
        ("预算5亿3千万元", ("5亿3千万元", "money", 5.3e8, "元", "")),
        ("月薪平均為新台幣4萬6,342元", ("4萬6,342元", "money", 46342.0, "元", "")),
        ("奖金2万5000元", ("2万5000元", "money", 25000.0, "元", "")),
        ("接待游客10万5000人次", ("10万5000人次", "count", 105000.0, "人次", "")),
        ("吸引2万3000余人参加", ("2万3000余人", "count", 23000.0, "人", "余")),
        ("完成1亿2000多万元", ("1亿2000多万元", "money", 1.2e8, "元", "多")),
        ("新台幣3億1,234萬5,678元", ("3億1,234萬5,678元", "money", 312345678.0, "元", "")),
        # halves
        ("历时两个半小时", ("两个半小时", "measure", 2.5, "小时", "")),
        ("全程约四个半小时。", ("约四个半小时", "measure", 4.5, "小时", "约")),
        ("一个半小时后", ("一个半小时", "measure", 1.5, "小时", "")),
        ("工期3个半月", ("3个半月", "measure", 3.5, "个月", "")),
        ("一年半以来", ("一年半", "measure", 1.5, "年", "")),
        ("停留两天半", ("两天半", "measure", 2.5, "天", "")),
        ("忙了半个多月", ("半个多月", "measure", 0.5, "个月", "多")),
        ("近半年来", ("近半年", "measure", 0.5, "年", "近")),
        ("等了半个钟头", ("半个钟头", "measure", 0.5, "小时", "")),
        ("加入老抽半勺", ("半勺", "measure", 0.5, "勺", "")),
        ("聊了3个钟头", ("3个钟头", "measure", 3.0, "小时", "")),
        # days counted, not a day of the month
        ("被依法行政拘留15日。", ("15日", "measure", 15.0, "日", "")),
        ("股价连续7日下跌", ("7日", "measure", 7.0, "日", "")),
        ("为期3日的展会", ("3日", "measure", 3.0, "日", "")),
        # several, said warmly
        ("损失好几万元", ("好几万元", "money", 10000.0, "元", "好几")),
    ],
)
def test_read_as_one_figure(sentence: str, expected: tuple) -> None:
    assert spans(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two figures side by side stay two; 1亿2 is said for 1.2亿, printed for 100000002
        ("增长2万，5000元用于", ["2万", "5000元"]),
        ("总数1亿2", ["1亿", "2"]),
        # halves of a year are periods, 大半 is most of, and 半 in words is no half
        ("上半年营收增长", []),
        ("大半年过去了", []),
        ("半导体产业", []),
        ("半年报显示", []),
        ("进入半决赛", []),
        ("两年半导体出口", ["两年"]),
        ("一半以上", []),
        # 三五 is "a few" before what it counts, an idiom otherwise; never 三 and 五成
        ("三五成群地走来", []),
        ("约上三五好友", []),
        # idioms with numerals, at a sentence's end too
        ("他一五一十地说了", []),
        ("别在背后说三道四。", []),
        ("双方实力半斤八两", []),
        # the tail of a word before a count keeps the count
        ("万一三个人都来", ["三个人"]),
        # what the review found (session 39): a while, a moving average, a half moon, a
        # knee; two figures run together; dates after verbs that also take a date
        ("他想了半天没说话", []),
        ("这事十天半个月也办不完", ["十天"]),
        ("等个一年半载再说", []),
        ("股价跌破半年线", []),
        ("半个月亮爬上来", []),
        ("2018年捐款5万2019年捐款8万", ["2018年", "5万", "2019年", "8万"]),
        ("增至1.2亿3000万元", ["1.2亿", "3000万元"]),
        ("中共15日宣布", ["15日"]),
        ("国庆放假1日至7日", ["1日至7日"]),
        ("延期15日举行", ["15日"]),
        ("限期15日前完成", ["15日"]),
        # the day of a month
        ("于15日召开", ["15日"]),
        ("截至15日", ["15日"]),
    ],
)
def test_not_read_as_one_figure(sentence: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(sentence)] == expected


@pytest.mark.parametrize("sentence", ["于15日召开", "截至15日", "本月15日起", "15日上午",
                                      "中共15日宣布", "延期15日举行", "临近15日"])
def test_a_day_of_the_month_stays_a_date(sentence: str) -> None:
    assert [s.kind for s in find_numbers(sentence)] == ["date"]


@pytest.mark.parametrize(("sentence", "span", "low", "high", "unit"), [
    ("过三五天再来", "三五天", 3.0, 5.0, "天"),
    ("再过三五年", "三五年", 3.0, 5.0, "年"),
    ("来了三五十人", "三五十人", 30.0, 50.0, "人"),
    # a whole part, then the pair: 一千五六百 is 1500 to 1600
    ("花了一千五六百块", "一千五六百块", 1500.0, 1600.0, "块"),
    ("月入两万三四千元", "两万三四千元", 23000.0, 24000.0, "元"),
    ("十五六岁的少年", "十五六岁", 15.0, 16.0, "岁"),
])
def test_a_few_is_a_vague_range(sentence: str, span: str, low: float, high: float,
                                unit: str) -> None:
    assert [(s.text, s.value, s.value_max, s.unit) for s in find_numbers(sentence)] == [
        (span, low, high, unit)]


@pytest.mark.parametrize(("page", "span", "value"), [
    ("全国用户数\n1亿2000万\n同比增长", "1亿2000万", 1.2e8),
    ("参观人数\n2万5000\n", "2万5000", 25000.0),
])
def test_an_amount_alone_on_its_line_is_read_whole(page: str, span: str, value: float) -> None:
    # A table's cell or a chart's label: a figure with 万 or 亿 is no page number.
    assert [(s.text, s.value) for s in find_numbers(page)] == [(span, value)]


@pytest.mark.parametrize("sentence", ["隔離14日後", "連續3日下跌"])
def test_days_counted_in_traditional_characters(sentence: str) -> None:
    assert [(s.kind, s.unit) for s in find_numbers(sentence)] == [("measure", "日")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # numbers that label, not count: a shirt, a booth, a ball, a list's item, a table
    ("23号王浩突破上篮得分", []),
    ("丰泽区35010238号投注站", []),
    ("红球号码为03、08、19", ["19"]),
    ("注：1.地区生产总值按不变价格计算。", []),
    ("表1 各市州主要指标", []),
    ("部分“985”高校", []),
    ("双色球第2025131期开奖", []),
    # a clock said in words after the part of the day
    ("早上七点，菜市场", ["七点"]),
    ("昨天夜里两点多，山洪冲下来", ["两点多"]),
    ("下午三点半开会", ["三点半"]),
    # units a reader counts in
    ("积水还有三四十公分深", ["三四十公分"]),
    ("共中出1注一等奖", ["1注"]),
    ("巡演第二站", ["第二站"]),
    ("自公告发出之日起经过30日即视为送达", ["30日"]),
    ("黄金周七日假期", ["七日"]),
])
def test_labels_clocks_and_units(sentence: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(sentence)] == expected


@pytest.mark.parametrize(("sentence", "kind"), [
    ("早上七点，菜市场", "date"), ("经过30日即视为送达", "measure"), ("黄金周七日假期", "measure"),
])
def test_what_a_clock_and_a_span_of_days_are(sentence: str, kind: str) -> None:
    assert [s.kind for s in find_numbers(sentence)] == [kind]


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("血液中酒精含量为186毫克/100毫升", "186毫克/100毫升", "毫克/100毫升"),
    ("酒精含量为156mg/100ml，属醉驾", "156mg/100ml", "mg/100ml"),
    ("售价5元/2斤", "5元/2斤", "元/2斤"),
])
def test_per_so_many_of_a_unit(sentence: str, span: str, unit: str) -> None:
    assert [(s.text, s.unit) for s in find_numbers(sentence)] == [(span, unit)]


def test_a_taiwan_papers_day_in_brackets_is_a_date() -> None:
    assert [(s.text, s.kind) for s in find_numbers("主計總處今（14）日公布")] == [
        ("（14）日", "date")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("在本院第七法庭公开开庭", []),  # a room's name
    ("省博物馆第三展厅", []),
    ("3分球8投5中", ["8投5中"]),  # a shot's name
    ("120急救车随后赶到", []),  # an ambulance's number
    ("现场有7个人", ["7个人"]),
    ("折合约8元/斤", ["约8元/斤"]),
    ("早上8点出发", ["8点"]),
    ("凌晨3点40分左右", ["3点40分左右"]),
])
def test_rooms_shots_services_people_and_clocks(sentence: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(sentence)] == expected


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("占比约七成半", "约七成半", 0.75, "成"),
    ("PM2.5平均浓度降至29微克/立方米", "29微克/立方米", 29.0, "微克/立方米"),
])
def test_seven_and_a_half_tenths_and_micrograms(sentence: str, span: str, value: float,
                                                unit: str) -> None:
    assert [(s.text, s.value, s.unit) for s in find_numbers(sentence)] == [(span, value, unit)]


@pytest.mark.parametrize(("sentence", "span", "kind", "value", "unit"), [
    # the yuan people say: 块 (and 块钱) before a stop or a price's words, 毛
    ("一碗卖16块左右", "16块左右", "money", 16.0, "块"),
    ("花了23块钱", "23块钱", "money", 23.0, "块"),
    ("3块5一斤", "3块5", "money", 3.5, "块"),
    ("找了5毛钱", "5毛钱", "money", 5.0, "毛"),
    ("地上有三块石头", "三块", "count", 3.0, "块"),
    # Hong Kong's and Taiwan's units as printed
    ("全年共120個", "120個", "count", 120.0, "個"),
    ("今年43歲", "43歲", "measure", 43.0, "歲"),
    ("收入228.8億澳門元", "228.8億澳門元", "money", 2.288e10, "澳門元"),
    # seasons, typhoons, units
    ("2025—2026赛季", "2025—2026赛季", "date", 2025.0, ""),
    ("第12号台风", "第12号", "ordinal", 12.0, "号"),
    ("每天走6000步", "6000步", "count", 6000.0, "步"),
    ("空腹血糖超过7.0mmol/L", "超过7.0mmol/L", "measure", 7.0, "mmol/L"),
    ("一斤半猪肉", "一斤半", "measure", 1.5, "斤"),
])
def test_said_and_printed_units(sentence: str, span: str, kind: str, value: float,
                                unit: str) -> None:
    assert [(s.text, s.kind, s.value, s.unit) for s in find_numbers(sentence)] == [
        (span, kind, value, unit)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("蜀南市第二人民医院内分泌科", []),  # a hospital's name
    ("2025金陵国际马拉松", []),  # an event's year
    ("自研芯片“玄武9000”", []),  # a product's name
    ("推出“满200减30”活动", ["200", "30"]),
    ("三天打鱼两天晒网", []),
    ("規模5.8地震", ["5.8"]),
])
def test_names_events_products_and_idioms(sentence: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(sentence)] == expected


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("两周后复查", "两周", "周"),
    ("早上6点到9点营业", "6点到9点", ""),
    ("吸引2,400餘人", "2,400餘人", "人"),
    ("每周飛往台北58班", "58班", "班"),
])
def test_weeks_hours_and_flights(sentence: str, span: str, unit: str) -> None:
    assert [(s.text, s.unit) for s in find_numbers(sentence)] == [(span, unit)]


@pytest.mark.parametrize("sentence", ["四周的居民", "班子成员会议"])
def test_all_around_and_a_team_are_no_numbers(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("在“3·15”国际消费者权益日", []),  # a day's name
    ("这两天气温回升", []),  # these days
    ("明洪武元年（1368年）起", ["1368年"]),
])
def test_days_names_these_days_and_old_years(sentence: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(sentence)] == expected


def test_a_year_in_brackets_after_an_era_is_a_date() -> None:
    [year] = find_numbers("唐武德元年（618年）")
    assert (year.kind, year.value) == ("date", 618.0)


@pytest.mark.parametrize(("sentence", "span"), [
    ("农历正月初一", "正月初一"),
    ("正月十五元宵节", "正月十五"),  # no 十五元 in it
    ("腊月二十八日", "腊月二十八日"),
    ("大年初一", "大年初一"),
    ("五月初五端午节", "五月初五"),
    ("农历八月十五", "八月十五"),
])
def test_a_day_of_the_lunar_calendar_is_a_date(sentence: str, span: str) -> None:
    assert [(s.text, s.kind) for s in find_numbers(sentence)] == [(span, "date")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("初三学生", []),  # a school year, not a day
    ("12GB+256GB版本", ["12GB", "256GB"]),
    ("阅读量10万+", ["10万+"]),
    ("10万+阅读", ["10万+"]),
    ("1+4+N", []),
])
def test_grades_memory_and_reads(sentence: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(sentence)] == expected

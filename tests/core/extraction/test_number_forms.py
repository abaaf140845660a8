"""Number forms the blind number sets found unread: what a reader marks, and what it is worth.

Fractions, scores, signs, clocks, ranges of months and days, currency signs, prices per unit,
times in several units, vague ranges (三四十), thousands apart by spaces, a formal document's
decimal point (三百二十六点八) and the units of sport, farms, ports and weather.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.spans import NumberSpan


def found(sentence: str, span: str) -> NumberSpan:
    spans = [s for s in find_numbers(sentence) if s.text == span]
    assert spans, [s.text for s in find_numbers(sentence)]
    return spans[0]


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "value_max", "unit"),
    [
        # fractions, and 百分之 with a formal decimal point
        ("约有三分之一的家庭", "三分之一", "ratio", 0.333333, None, "分之"),
        ("占比达到四分之三以上。", "四分之三以上", "ratio", 0.75, None, "分之"),
        ("增长百分之六点二，", "百分之六点二", "percent", 0.062, None, "%"),
        ("不良率降到千分之二以下", "千分之二以下", "percent", 0.002, None, "‰"),
        ("面积约占版面1/6，", "1/6", "ratio", 0.166667, None, "分之"),
        ("总产值三百二十六点八亿元，", "三百二十六点八亿元", "money", 3.268e10, None, "元"),
        ("播种二点三万亩。", "二点三万亩", "measure", 23000.0, None, "亩"),
        # scores and ratios
        ("主场以3比1逆转对手", "3比1", "ratio", None, None, "比"),
        ("最终以108∶101险胜", "108∶101", "ratio", None, None, "比"),
        ("以21:15拿下首局", "21:15", "ratio", None, None, "比"),
        ("全场18投9中，", "18投9中", "ratio", None, None, "比"),
        # signs
        ("最低气温零下18℃，", "零下18℃", "measure", -18.0, None, "℃"),
        ("今天−3℃~5℃，", "−3℃~5℃", "measure", -3.0, 5.0, "℃"),
        ("净利润-3.2亿元，", "-3.2亿元", "money", -3.2e8, None, "元"),
        ("深证成指 10151.43 -0.12%", "-0.12%", "percent", -0.0012, None, "%"),
        # clocks and spans of time
        ("列车于8:30发车", "8:30", "date", None, None, ""),
        ("开放时间7:30—9:00。", "7:30—9:00", "date", None, None, ""),
        ("上午9时15分到达", "9时15分", "date", None, None, ""),
        ("每 天 8 时 30 分 开 门", "8 时 30 分", "date", None, None, ""),
        ("下午4点半以后，", "4点半", "date", None, None, ""),
        ("12月10日9时至17时停电", "12月10日9时至17时", "date", None, None, ""),
        ("发布于 2025-06-13 09:42:17", "09:42:17", "date", None, None, ""),
        # months, days, quarters and weeks
        ("今年1至10月，全市", "1至10月", "date", None, None, ""),
        ("2024年1—11月，全省", "2024年1—11月", "date", 2024.0, None, ""),
        ("今年前三季度，", "前三季度", "date", None, None, "季度"),
        ("12月第2周，猪肉价格", "12月第2周", "date", None, None, ""),
        ("14日至16日有一次降温", "14日至16日", "date", None, None, ""),
        # currency signs and prices per unit
        ("金价报$2,622.85/盎司。", "$2,622.85/盎司", "money", 2622.85, None, "美元/盎司"),
        ("市值约$3.30万亿，", "约$3.30万亿", "money", 3.3e12, None, "美元"),
        ("售价HK$300起", "HK$300", "money", 300.0, None, "港元"),
        ("批发价23.86元/公斤，", "23.86元/公斤", "money", 23.86, None, "元/公斤"),
        ("均价在16元/公斤上下", "16元/公斤上下", "money", 16.0, None, "元/公斤"),
        ("限速60公里/小时", "60公里/小时", "measure", 60.0, None, "公里/小时"),
        # times and lengths in several units
        ("以2小时06分23秒夺冠", "2小时06分23秒", "measure", 7583.0, None, "秒"),
        ("成绩9秒83，", "9秒83", "measure", 9.83, None, "秒"),
        ("已压缩至4分30秒，", "4分30秒", "measure", 270.0, None, "秒"),
        ("飞行约1小时40分钟。", "约1小时40分钟", "measure", 100.0, None, "分钟"),
        ("跳出6米72的成绩", "6米72", "measure", 6.72, None, "米"),
        # vague ranges
        ("来了三四十个人", "三四十个人", "count", 30.0, 40.0, "人"),  # 个人: people
        ("卖到七八成", "七八成", "ratio", 0.7, 0.8, "成"),
        ("收入四五万元。", "四五万元", "money", 40000.0, 50000.0, "元"),
        ("要坐两三个小时的车", "两三个小时", "measure", 2.0, 3.0, "小时"),
        # thousands apart as PDF copies and full-width pages print them
        ("生产总值24 016.8 亿元，", "24 016.8 亿元", "money", 2.40168e12, None, "元"),
        ("确诊１２８，４６５例", "１２８，４６５例", "count", 128465.0, None, "例"),
        # units of sport, farms, ports, weather and markets
        ("全场砍下26分，", "26分", "measure", 26.0, None, "分"),
        ("本科线438分，", "438分", "measure", 438.0, None, "分"),
        ("东北风3到4级，", "3到4级", "measure", 3.0, 4.0, "级"),
        ("发生6.8级地震", "6.8级", "measure", 6.8, None, "级"),
        ("亩产超过1100斤，", "超过1100斤", "measure", 1100.0, None, "斤"),
        ("吞吐量150万标箱，", "150万标箱", "measure", 1.5e6, None, "标箱"),
        ("起降11.2万架次，", "11.2万架次", "count", 1.12e5, None, "架次"),
        ("存栏2.56亿头，", "2.56亿头", "count", 2.56e8, None, "头"),
        ("全场8折，", "8折", "ratio", 0.8, None, "折"),
        ("下调12个基点", "12个基点", "percent", 0.0012, None, "个基点"),
        ("取得五连胜。", "五连胜", "count", 5.0, None, "连胜"),
        ("广厦队在第三节打出一波", "第三节", "ordinal", 3.0, None, "节"),
        ("两国元首举行会谈", "两国", "count", 2.0, None, "国"),
        # Hong Kong and Taiwan pages, OCR's letters for digits, durations in days
        ("營收新臺幣103億元，", "103億元", "money", 1.03e10, None, "元"),
        ("參觀人次約7.6萬人，", "約7.6萬人", "count", 7.6e4, None, "人"),
        ("帮扶l20户困难家庭", "l20户", "count", 120.0, None, "户"),
        ("种植面积38O．6万亩，", "38O．6万亩", "measure", 3.806e6, None, "亩"),
        ("收到后15日内提出", "15日", "measure", 15.0, None, "日"),
        ("冰排跑上十来天，", "十来天", "measure", 10.0, None, "天"),
        ("利率不低于3.075%。", "不低于3.075%", "percent", 0.03075, None, "%"),
        ("凌晨3点40分左右，", "3点40分左右", "date", None, None, ""),
        ("恒生指數收市報25613點，", "25613點", "measure", 25613.0, None, "點"),
        ("有效面积为1平方厘米，", "1平方厘米", "measure", 1.0, None, "平方厘米"),
        ("票房有望逼近60亿元。", "60亿元", "money", 6e9, None, "元"),
        # a year of another era, valued in the common era
        ("公元前221年，秦统一六国", "公元前221年", "date", -221.0, None, ""),
        ("民國113年營收創新高", "民國113年", "date", 2024.0, None, ""),
        # the fifth set: spoken yuan, sport's tallies, terms, freight, ratios of three
        ("一斤能卖三块八，", "三块八", "money", 3.8, None, "块"),
        ("一年能挣两万多块钱，", "两万多块钱", "money", 20000.0, None, "块"),
        ("长沙队以5胜1平积16分", "5胜", "count", 5.0, None, "胜"),
        ("共获得9金6银4铜", "6银", "count", 6.0, None, "银"),
        ("苦战五局，", "五局", "count", 5.0, None, "局"),
        ("5年期以上LPR为3.5%", "5年期以上", "measure", 5.0, None, "年期"),
        ("货运量2.1万亿吨公里", "2.1万亿吨公里", "measure", 2.1e12, None, "吨公里"),
        ("一条12英寸晶圆产线", "12英寸", "measure", 12.0, None, "英寸"),
        ("经过4个多小时，", "4个多小时", "measure", 4.0, None, "小时"),
        ("三次产业结构为3.7∶38.4∶57.9", "3.7∶38.4∶57.9", "ratio", None, None, "比"),
        ("全场24罚20中", "24罚20中", "ratio", None, None, "比"),
        ("以2分06秒18夺冠", "2分06秒18", "measure", 126.18, None, "秒"),
        ("被判处有期徒刑十一年六个月", "十一年六个月", "measure", 138.0, None, "个月"),
        ("不满3周岁的幼儿", "不满3周岁", "measure", 3.0, None, "周岁"),
        # session 38: a cheque's formal numerals, a term of one or five years and months, ten
        # alone, units product pages and Hong Kong papers print
        ("判令被告支付人民币叁拾贰万伍仟元整。", "叁拾贰万伍仟元整", "money", 325000.0, None,
         "元"),
        ("被判处有期徒刑五年六个月", "五年六个月", "measure", 66.0, None, "个月"),
        ("判处有期徒刑一年三个月", "一年三个月", "measure", 15.0, None, "个月"),
        ("这十年来，家乡变了模样", "十年", "measure", 10.0, None, "年"),
        ("前后用了十天", "十天", "measure", 10.0, None, "天"),
        ("支持65W快充", "65W", "measure", 65.0, None, "W"),
        ("每片含维生素C 60mg", "60mg", "measure", 60.0, None, "mg"),
        ("實用面積約380平方呎", "約380平方呎", "measure", 380.0, None, "平方呎"),
        # traditional characters folded (兩, 個, 隻, 時, 澳門元), trains, beds and boxes,
        # a price per barrel, terms in days, working days
        ("全年共開設27個站點", "27個", "count", 27.0, None, "個"),
        ("園方新添3隻熊貓", "3隻", "count", 3.0, None, "隻"),
        ("營收增長逾兩倍", "逾兩倍", "ratio", 2.0, None, "倍"),
        ("博彩收入173.6億澳門元", "173.6億澳門元", "money", 1.736e10, None, "澳門元"),
        ("凌晨2時40分發生地震", "2時40分", "date", None, None, ""),
        ("铁路部门加开列车86列次", "86列次", "count", 86.0, None, "列次"),
        ("两地间增开高铁6对", "6对", "count", 6.0, None, "对"),
        ("医院新增床位三百床", "三百床", "count", 300.0, None, "床"),
        ("布伦特原油报81.2美元/桶", "81.2美元/桶", "money", 81.2, None, "美元/桶"),
        ("开展14天期逆回购操作", "14天期", "measure", 14.0, None, "天期"),
        ("将在5个工作日内办结", "5个工作日", "measure", 5.0, None, "工作日"),
        # the year's first months are a period, as 前三季度 is (the sample pages' gold
        # marks 前2个月 whole; so do three writers who never saw the finder)
        ("今年前2个月，我国", "前2个月", "date", None, None, ""),
        ("首9個月出口金額", "首9個月", "date", None, None, ""),
        ("前5月销量增长", "前5月", "date", None, None, ""),
        ("提前两个月完成", "两个月", "measure", 2.0, None, "个月"),
        ("三年前两个月", "两个月", "measure", 2.0, None, "个月"),
        # a baby's age in months is no date
        ("适用于6月龄以上婴幼儿", "6月龄以上", "measure", 6.0, None, "月龄"),
        # calls counted after 电话 are no number dialled
        ("累计拦截诈骗电话1860万个", "1860万个", "count", 1.86e7, None, "个"),
    ],
)
def test_a_form_is_read_whole_with_its_value(
    sentence: str, span: str, kind: str, value: float | None, value_max: float | None, unit: str
) -> None:
    number = found(sentence, span)
    assert (number.kind, number.unit) == (kind, unit)
    assert number.value == pytest.approx(value) if value is not None else number.value is None
    if value_max is None:
        assert number.value_max is None
    else:
        assert number.value_max == pytest.approx(value_max)


@pytest.mark.parametrize(
    ("sentence", "not_a_number"),
    [
        ("这十分重要", "十分"),
        ("二级以上医院", "二级"),
        ("外国语学院2024级）", "2024级"),
        ("推动集群向2000亿级迈进", "2000亿级"),
        ("三分球8投5中", "3分"),
        ("一点一点渗出来", "一点一点"),
        ("====== [1/6] ======", "1/6"),
        ("记录 2/5\n【标题】", "2/5"),
        ("浙出版备 3004237号-1", "-1"),
        ("增长 $12.4\\%$ ，新", "$12.4"),
        ("版次：11  字数：1012", "11  字"),
        ("2025-08-27T08:41:19+08:00", "41:19"),
        ("大白菜十字路口", "十字"),
        ("其中，第一产业增加值", "第一"),
        ("据第三方机构统计", "第三"),
        ("咨询电话：0731-84327000。", "84327000"),
        ("咨询电话：0731-84327000。", "0731"),
        ("或拨打12333热线咨询", "12333"),
        ("（2024）湘0903刑初215号", "215"),
        ("（2024）湘0903刑初215号", "2024"),
        ("长沙地铁2号线、6号线", "2"),
        ("右转的2路公交车", "2"),
        ("10年期美债收益率", "10年"),
        ("新签约亿元以上项目586个", "亿元以上"),
        ("华为发布Mate 70系列手机", "70"),
        ("iPhone 16开售", "16"),
        ("恒远新材（688312）发布公告", "688312"),
        ("您尾号6628的储蓄卡", "6628"),
        ("男单1/4决赛中", "1/4"),
        ("三次产业结构", "三次"),
        ("他陆续拿出积蓄", "陆"),
        ("伍先生介绍", "伍"),
        ("一年四季都有游客", "一年"),
        ("这十分重要", "十"),
        # hotlines after a word that dials, service numbers, a mobile, a service's name
        ("遇险请拨打110或12345求助", "110"),
        ("遇险请拨打110或12345求助", "12345"),
        ("详询12121。", "12121"),
        ("拨打400-889-6688预约", "889"),
        ("联系电话13812345678", "13812345678"),
        ("12306网站数据显示", "12306"),
        ("比赛一度落后两位数", "两位"),
        ("开展1对1辅导", "1对"),
    ],
)
def test_a_word_or_a_code_is_no_number(sentence: str, not_a_number: str) -> None:
    assert not_a_number not in [s.text for s in find_numbers(sentence)]


def test_a_score_is_not_a_clock_and_a_clock_is_not_a_score() -> None:
    assert found("湖南队以21:15战胜对手", "21:15").kind == "ratio"
    assert found("比赛于19:35开始", "19:35").kind == "date"
    assert found("比分定格在12:0", "12:0").kind == "ratio"


@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=0, max_value=999),
    st.sampled_from(["元", "万元", "人", "吨", "万千瓦"]),
)
def test_thousands_apart_by_a_space_read_as_one_number(head: int, tail: int, unit: str) -> None:
    printed = f"{head} {tail:03d} {unit}"
    number = found(f"共计{printed}，", printed)
    scale = 1e4 if unit.startswith("万") else 1.0
    assert number.value == pytest.approx((head * 1000 + tail) * scale)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("总量规模位居全国第一方阵。", "第一"),
        ("实现商业万余家应用接入", "万余家"),
        ("2025-01-14  第002版  时政", "第002版"),
    ],
)
def test_a_rank_and_a_vague_amount_stay_numbers(sentence: str, span: str) -> None:
    assert span in [s.text for s in find_numbers(sentence)]

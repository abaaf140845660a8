"""What the blind figures sets found the figures rule reading wrong, as a reader checks it.

A verb that heads its noun (民间投资), relations held at a level (稳定在), above a base
(高于全省), a verb the lists do not hold (回落至), a count per unit (每亩), a quoted name in
a subject, two verbs read across a word boundary; and periods named by a holiday or a
season, a span of days, a cut-off day, months to months.
"""

from __future__ import annotations

import pytest

from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.facts.facts import find_facts

pytestmark = pytest.mark.usefixtures("tagger")  # jieba loaded before the first test


def read(text: str, number: str, page_date: str = "2024-11-20") -> tuple[str, str, str, str | None]:
    facts = {f.text: f for f in find_facts(text, find_numbers(text), page_date)}
    fact = facts[number]
    return fact.subject, fact.relation, fact.period, fact.period_iso


@pytest.mark.parametrize(
    ("text", "number", "subject", "relation"),
    [
        ("1—10月，民间投资下降3.4%。", "3.4%", "民间投资", "下降"),
        ("全市完成固定资产投资2865亿元。", "2865亿元", "固定资产投资", "完成"),
        ("公路水路投资1865亿元。", "1865亿元", "公路水路投资", ""),
        ("全省固定资产投资（不含农户）同比增长2.1%。", "2.1%", "全省固定资产投资（不含农户）",
         "同比增长"),
        ("我国货物贸易进出口总值43.85万亿元。", "43.85万亿元", "我国货物贸易进出口总值", ""),
        ("全省早稻种植面积稳定在1850万亩以上。", "1850万亩以上", "全省早稻种植面积", "稳定在"),
        ("地区生产总值增速高于全省1.2个百分点。", "1.2个百分点", "地区生产总值增速", "高于"),
        ("毕业生规模预计达1222万人，同比增加43万人。", "43万人", "毕业生规模", "同比增加"),
        ("今年粮食单产达到每亩638.5斤。", "638.5斤", "粮食单产", "达"),
        ("“一带一路”航线达130条。", "130条", "“一带一路”航线", "达"),
        ("园区集聚集成电路企业超过1.2万家。", "超过1.2万家", "集成电路企业", "集聚"),
        ("今年实际使用外资14.2亿美元。", "14.2亿美元", "外资", "实际使用"),
        ("该市城镇调查失业率回落至5.1%。", "5.1%", "该市城镇调查失业率", "回落至"),
        ("港口吞吐量攀升到3.2亿吨。", "3.2亿吨", "港口吞吐量", "攀升到"),
        ("我省新能源装机年均增长超过30%。", "超过30%", "我省新能源装机", "年均增长"),
        ("吉利汽车集团累计销售217.7万辆。", "217.7万辆", "吉利汽车集团", "销售"),
        ("全市共有专任教师6.2万名。", "6.2万名", "专任教师", "有"),
        ("我市新建商品住宅成交4826套。", "4826套", "我市新建商品住宅", "成交"),
        ("技术合同成交额120亿元，是去年同期的1.4倍。", "1.4倍", "技术合同成交额", "为"),
        # a market's one-character moves, 同比 with any change, 占比 as a noun
        ("沪指涨0.53%，创业板指涨1.52%。", "1.52%", "创业板指", "涨"),
        ("全国居民消费价格指数同比上涨0.7%。", "0.7%", "全国居民消费价格指数", "同比上涨"),
        ("海外收入占比提升至27%。", "27%", "海外收入占比", "提升至"),
        ("该片最终票房有望逼近60亿元。", "60亿元", "该片最终票房", "逼近"),
        # a verb the lists lack, read by the tagger before what it acts on
        ("全省公安机关破获电诈案件1260起，抓获犯罪嫌疑人2137名。", "2137名", "犯罪嫌疑人",
         "抓获"),
        ("当地共开设避难所126处。", "126处", "避难所", "开设"),
        ("为群众挽回经济损失1.36亿元。", "1.36亿元", "经济损失", "挽回"),
        # the verb before a listed one that only modifies its object
        ("截至目前，全市已投放政府储备冻猪肉300吨。", "300吨", "政府储备冻猪肉", "投放"),
        ("设立平价销售网点86个。", "86个", "平价销售网点", "设立"),
        ("公司拟向全体股东派发现金红利0.25元。", "0.25元", "现金红利", "派发"),
        # a market's price, a player's tally, a subject in the clause before
        ("截至发稿，恒润精密股价报26.18元。", "26.18元", "恒润精密股价", "报"),
        ("广东队外援摩尔砍下32分，徐杰贡献19分。", "19分", "徐杰", "贡献"),
        ("江苏电网用电负荷第三次刷新历史纪录，达到1.57亿千瓦。", "1.57亿千瓦", "江苏电网用电负荷",
         "达"),
        # a change from one level to another: the first has no relation, the second its verb
        ("我市月最低工资标准由2490元调整为2690元。", "2490元", "我市月最低工资标准", ""),
        ("我市月最低工资标准由2490元调整为2690元。", "2690元", "我市月最低工资标准", "调整为"),
        # a title as the object (运动员), a determiner inside it (各类), an object ending on a
        # verbal noun (一般性支出, 投诉举报), a player's verb over its object
        ("代表团此次共派出运动员412名。", "412名", "运动员", "派出"),
        ("全省法院去年审结各类案件9.3万件。", "9.3万件", "各类案件", "审结"),
        ("县级财政压减一般性支出5%。", "5%", "一般性支出", "压减"),
        ("平台今年受理投诉举报3.2万件。", "3.2万件", "投诉举报", "受理"),
        ("湖南代表团共斩获金牌12枚。", "12枚", "金牌", "斩获"),
        # a clause of its verb alone relates the figure before's subject (审结, 增加至)
        ("全市法院受理各类案件3.1万件，审结2.9万件。", "2.9万件", "各类案件", "审结"),
        ("门诊慢特病病种由40种增加至52种。", "52种", "门诊慢特病病种", "增加至"),
        # an object listing its kinds; funds as what a verb acts on
        ("检察机关起诉盗窃、诈骗等犯罪嫌疑人560人。", "560人", "盗窃、诈骗等犯罪嫌疑人", "起诉"),
        ("民警追回诈骗资金8000万元。", "8000万元", "诈骗资金", "追回"),
        # Hong Kong's and Taiwan's year-on-year changes
        ("出口金额年增12.5%。", "12.5%", "出口金额", "年增"),
        ("本地生产总值按年上升2.1%。", "2.1%", "本地生产总值", "按年上升"),
        # a verb before a price or before 的 names what is measured
        ("今年小麦最低收购价为每斤1.19元。", "1.19元", "小麦最低收购价", "为"),
        ("全省认定的专精特新企业达1200家。", "1200家", "全省认定的专精特新企业", "达"),
        # how long an event lasts, a share's opening price, a herd's head count
        ("全国游泳冠军赛为期6天。", "6天", "全国游泳冠军赛", "为期"),
        ("新股开盘报42.6元。", "42.6元", "新股", "开盘报"),
        ("全县能繁母猪存栏3.2万头。", "3.2万头", "全县能繁母猪", "存栏"),
        # a contract named by its month: the month is part of what is priced
        ("伦敦布伦特2025年3月交货的原油期货价格收于每桶70.5美元。", "70.5美元",
         "伦敦布伦特2025年3月交货的原油期货价格", "收于"),
        # …and not where the verb modifies what is measured of it
        ("成交均价为15230元/平方米。", "15230元/平方米", "成交均价", "为"),
        ("超算算力达228PF。", "228PF", "超算算力", "达"),
    ],
)
def test_subject_and_relation(text: str, number: str, subject: str, relation: str) -> None:
    assert read(text, number)[:2] == (subject, relation)


@pytest.mark.parametrize(
    ("text", "number", "period", "iso"),
    [
        ("国庆节假期期间，全国国内出游7.65亿人次。", "7.65亿人次", "国庆节假期期间", None),
        ("“五一”假期，全市接待游客320万人次。", "320万人次", "“五一”假期", None),
        ("麦收期间，投入联合收割机18万台左右。", "18万台左右", "麦收期间", None),
        ("10月1日至7日，流动量达20.4亿人次。日均流动量2.91亿人次。", "2.91亿人次",
         "10月1日至7日", "2024-10-01/2024-10-07"),
        ("今年以来消费回暖。截至12月28日，全市发放补贴18.6亿元。其中，申请量达8.7万份。",
         "8.7万份", "截至12月28日", "2024-12-28"),
        ("人社部将于11月至12月提供岗位超过100万个。", "超过100万个", "11月至12月",
         "2024-11/2024-12"),
        ("近三年，新能源装机年均增长超过30%。", "超过30%", "近三年", None),
        ("截至发稿，股价报26.18元。", "26.18元", "截至发稿", None),
        ("截至7日18时，已转移安置群众12.6万人。", "12.6万人", "截至7日18时", "2024-11-07"),
        ("8日至9日，日雨量50至120毫米。", "50至120毫米", "8日至9日", "2024-11-08/2024-11-09"),
        ("沪指昨日报收3348点，涨0.5%。", "0.5%", "昨日", "2024-11-19"),
        ("连日来，全县抢收秋粮180余万亩。", "180余万亩", "连日来", None),
        ("收到后15日内，全市办结案件320件。", "320件", "", "2024-11-20"),
        ("节前，大白菜每斤1.2元。", "1.2元", "节前", None),
        ("元旦假期3天，全市医院接诊发热患者4.6万人次。", "4.6万人次", "元旦假期3天", None),
        ("截至当天收盘，沪指报3348点。", "3348点", "截至当天收盘", None),
        ("进入7月以来，全省日均用电量攀升至20.6亿千瓦时。", "20.6亿千瓦时", "进入7月以来",
         "2024-07"),
        ("今年以来，全省破获电诈案件1260起。", "1260起", "今年以来", "2024-01/2024-11"),
        ("2026年一季度重大项目集中开工活动举行，本批开工项目共128个。", "128个", "",
         "2024-11-20"),
        # a sport's season and an event's days: times with no calendar form
        ("本赛季球队取得22场胜利。", "22场", "本赛季", None),
        ("赛事期间，共有2项全国纪录被打破。", "2项", "赛事期间", None),
        # a quarter and the first months as Hong Kong pages print them
        ("今年第二季本地生产总值按年上升2.9%。", "2.9%", "今年第二季", "2024-Q2"),
        ("今年首八个月访港旅客录得3100万人次。", "3100万人次", "今年首八个月",
         "2024-01/2024-08"),
        # from a day on, as printed; 起 starting another word stays out
        ("自7月1日起，最低工资标准调整为2690元。", "2690元", "自7月1日起", "2024-07-01"),
        ("5月18日起，贷款利率下调至2.85%。", "2.85%", "5月18日起", "2024-05-18"),
        ("2023年起步价为10元。", "10元", "2023年", "2023"),
        ("截至当天收盘，2025年3月交货的原油期货价格收于每桶70.5美元。", "70.5美元",
         "截至当天收盘", None),
    ],
)
def test_period(text: str, number: str, period: str, iso: str | None) -> None:
    assert read(text, number)[2:] == (period, iso)


def test_a_day_still_to_come_this_month_is_last_month_s() -> None:
    text = "30日，全市接待游客3万人次。"
    assert read(text, "3万人次", "2025-12-01")[2:] == ("30日", "2025-11-30")


def test_a_paper_s_name_is_no_price_it_printed() -> None:
    facts = {f.text: f for f in find_facts("湖南日报3.2万份", find_numbers("湖南日报3.2万份"))}
    assert facts["3.2万份"].relation == ""

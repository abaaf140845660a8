"""Numbers as a reader of a Hunan Daily page marks them: whole, with value, unit and qualifier."""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.extraction.numerals import chinese_value
from desktop_app.core.spans import NumberSpan
from desktop_app.core.vocabulary import NUMBER_KINDS
from tests.helpers.paths import SEEDS


def only(text: str) -> NumberSpan:
    spans = find_numbers(text)
    assert len(spans) == 1, [s.text for s in spans]
    return spans[0]


def texts(text: str) -> list[str]:
    return [s.text for s in find_numbers(text)]


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "unit", "approx"),
    [
        ("全省产业规模达8520亿元，同比", "8520亿元", "money", 8.52e11, "元", ""),
        ("工业增加值突破 1.7 万亿元，同比", "1.7 万亿元", "money", 1.7e12, "元", ""),
        ("签署10亿美元合作协议", "10亿美元", "money", 1e9, "美元", ""),
        ("签署2500万美元战略合作", "2500万美元", "money", 2.5e7, "美元", ""),
        ("GDP将增长1200多亿元。", "1200多亿元", "money", 1.2e11, "元", "多"),
        ("规模达到2万亿元左右，打造", "2万亿元左右", "money", 2e12, "元", "左右"),
        ("总投资额超217亿元。", "超217亿元", "money", 2.17e10, "元", "超"),
        ("需求规模将在5万亿元以上。", "5万亿元以上", "money", 5e12, "元", "以上"),
        ("南“磁吸”超千亿元", "超千亿元", "money", 1e11, "元", "超"),
        ("同比增长19.2%。", "19.2%", "percent", 0.192, "%", ""),
        ("同比提高 1.1 个百分点", "1.1 个百分点", "percent", 0.011, "个百分点", ""),
        ("比去年上升25.15个百分点。", "25.15个百分点", "percent", 0.2515, "个百分点", ""),
        ("占总算力比例超90%。", "超90%", "percent", 0.9, "%", "超"),
        ("企业占到 90%以上。", "90%以上", "percent", 0.9, "%", "以上"),
        ("开工率在75%及以上的企业", "75%及以上", "percent", 0.75, "%", "及以上"),
        ("转换效率约70%，年发电", "约70%", "percent", 0.7, "%", "约"),
        ("民营企业达到近七成，贵州", "近七成", "ratio", 0.7, "成", "近"),
        ("智能算力将增长500倍，占", "500倍", "ratio", 500.0, "倍", ""),
        ("效率提升约8倍，整部剧", "约8倍", "ratio", 8.0, "倍", "约"),
        ("手册上显示近80家外埠企业", "近80家", "count", 80.0, "家", "近"),
        ("仍旧有60余家报名", "60余家", "count", 60.0, "家", "余"),
        ("本土200多家相关企业", "200多家", "count", 200.0, "家", "多"),
        ("建成8个以上特色产业", "8个以上", "count", 8.0, "个", "以上"),
        ("申领企业超过 70家，其中", "超过 70家", "count", 70.0, "家", "超过"),
        ("工信部等七部门联合印发", "七部门", "count", 7.0, "部门", ""),
        ("引上百家企业入驻", "上百家", "count", 100.0, "家", "上"),
        ("上云企业超12万家，", "超12万家", "count", 1.2e5, "家", "超"),
        ("累计销售217.7万辆，", "217.7万辆", "count", 2.177e6, "辆", ""),
        ("面临算不了、算不好、算不起三大难点。", "三大难点", "count", 3.0, "难点", ""),
        ("金融大数据等7大板块共同推进", "7大板块", "count", 7.0, "板块", ""),
        ("提出了三大核心产业（", "三大核心产业", "count", 3.0, "核心产业", ""),
        ("跨网和跨算三方面的挑战", "三方面", "count", 3.0, "方面", ""),
        ("制定地方标准，两年多来推动", "两年多", "measure", 2.0, "年", "多"),
        ("年发电量可达5亿度。", "5亿度", "measure", 5e8, "度", ""),
        ("让950℃高温下的电解槽", "950℃", "measure", 950.0, "℃", ""),
        ("规划建设 1000P 算力。", "1000P", "measure", 1000.0, "P", ""),
        ("全省总算力突破1.3万PF，是", "1.3万PF", "measure", 1.3e4, "PF", ""),
        ("投资的300兆瓦级压缩空气储能", "300兆瓦", "measure", 300.0, "兆瓦", ""),
        ("相距不到70公里。", "不到70公里", "measure", 70.0, "公里", "不到"),
        ("平均每6.5分钟可下线一台", "6.5分钟", "measure", 6.5, "分钟", ""),
        ("比去年四季度上升1.3点。", "1.3点", "measure", 1.3, "点", ""),
        ("中小企业发展指数为89.3，比", "89.3", "measure", 89.3, "", ""),
        ("到小型挖掘机数十吨的", "数十吨", "measure", 10.0, "吨", "数"),
        ("惠科第8.6代液晶面板", "第8.6代", "ordinal", 8.6, "代", ""),
        ("我国第一台航空发动机", "第一台", "ordinal", 1.0, "台", ""),
        ("新增2家、居中部第1，", "第1", "ordinal", 1.0, "", ""),
        ("早的世界500强企业之一", "500强", "ordinal", 500.0, "强", ""),
        ("该领域全球前三，成为隐形冠军", "前三", "ordinal", 3.0, "", ""),
        ("稳居全国前十强；", "前十强", "ordinal", 10.0, "强", ""),
        ("总市值最高时超百亿。", "超百亿", "measure", 1e10, "", "超"),
        ("副总裁鲍一用八个字总结", "八个", "count", 8.0, "个", ""),
        ("5亿多元资金", "5亿多元", "money", 5e8, "元", "多"),
        ("同比增长１９．２％。", "１９．２％", "percent", 0.192, "%", ""),
        ("目标值为百分之五十。", "百分之五十", "percent", 0.5, "%", ""),
    ],
)
def test_a_figure_is_marked_whole_with_its_value(
    sentence: str, span: str, kind: str, value: float, unit: str, approx: str
) -> None:
    found = [s for s in find_numbers(sentence) if s.text == span]
    assert found, f"{span!r} not found in {texts(sentence)}"
    number = found[0]
    assert (number.kind, number.unit, number.approx) == (kind, unit, approx)
    assert number.value == pytest.approx(value)
    assert sentence[number.start:number.end] == span


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "low", "high", "unit"),
    [
        ("设备单价提升5%至10%，销量", "5%至10%", "percent", 0.05, 0.10, "%"),
        ("其中10亿元—50亿元项目17个", "10亿元—50亿元", "money", 1e9, 5e9, "元"),
        ("就能带动3至4元的经济产出", "3至4元", "money", 3.0, 4.0, "元"),
        ("单笔授信3至4万元", "3至4万元", "money", 3e4, 4e4, "元"),
        ("建设周期三至五年", "三至五年", "measure", 3.0, 5.0, "年"),
    ],
)
def test_a_range_is_one_span_with_both_ends(
    sentence: str, span: str, kind: str, low: float, high: float, unit: str
) -> None:
    number = next(s for s in find_numbers(sentence) if s.text == span)
    assert (number.kind, number.unit) == (kind, unit)
    assert (number.value, number.value_max) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("sentence", "span", "year", "iso"),
    [
        ("2025年3月30日 星期日", "2025年3月30日", 2025, "2025-03-30"),
        ("在2025年3月举办的中国", "2025年3月", 2025, "2025-03"),
        ("到2030年，智能算力", "2030年", 2030, "2030"),
        ("“2025 年规划建设", "2025 年", 2025, "2025"),
        ("二〇二五年三月三十日", "二〇二五年三月三十日", 2025, "2025-03-30"),
        ("下一程?3月29日,在", "3月29日", None, None),
        ("决方案。4月 2-3日，记者", "4月 2-3日", None, None),
        ("图为 4 月 10 日工人", "4 月 10 日", None, None),
        ("今年6月至11月，省政协", "6月至11月", None, None),
        ("卫星……20世纪50年代，随着", "20世纪50年代", 1950, None),
        ("数全面回升。一季度，", "一季度", None, None),
        ("2025年一季度中小企业", "2025年一季度", 2025, None),
        ("2024—2026年行动计划", "2024—2026年", 2024, "2024"),
        ("元月27日18时30分发生", "27日18时30分", None, None),
    ],
)
def test_a_date_gives_its_year_and_iso_form(
    sentence: str, span: str, year: int | None, iso: str | None
) -> None:
    number = next(s for s in find_numbers(sentence) if s.text == span)
    assert number.kind == "date"
    assert number.value == (None if year is None else float(year))
    assert number.iso == iso


def test_an_impossible_day_is_still_a_date_but_has_no_iso_form() -> None:
    number = only("2025年2月30日")
    assert (number.kind, number.value, number.iso) == ("date", 2025.0, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "湖南“十五五”规划建议明确",
        "湖南锚定“三高四新”美好蓝图",
        "## 一带一部 湘聚共赢",
        "以“两业融合”（先进制造业和现代服务业）",
        "湖南省“4×4”现代化产业体系",
        "计划安排“1+4+N”重点项目",
        "长株潭3+5城市群",
        "千兆光网、5G、物联网",
        "长沙 5A 级智算中心",
        "长沙5A级智算中心",
        "全球首家机器人9S店",
        "生产Mini-LED、直显箱体",
        "上游有万亿级原材料产业",
        "首个千亿元级产业集群",
        "——2025中国产业转移发展对接活动(湖南)",
        "打通科技成果转化的“最后一公里”。",
        "聚焦“五个十大”实施清单",
        "生产、应用”三位一体的产业",
        "带动本地汽车零部件企业",
        "党的十八大以来",
        "中共中央致中国致公党十一大的贺词",  # a congress's letter, not eleven big things
        "深入学习党的二十大的精神",
        "学习了党的十五大文件",  # read from 五, the tail of 十五, it was five big files
        "中共十五大确定的任务",
        "集中签约的企业",
        "开业首日即斩获亿元订单",
        "04",
        "新一代信息技术",
        "全国唯一全自然冷却数据中心",
    ],
)
def test_names_and_slogans_are_not_numbers(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_qualifier_that_ends_another_word_stays_outside() -> None:
    number = only("集中签约12个项目")
    assert (number.text, number.approx) == ("12个", "")


def test_a_newline_is_a_hard_boundary() -> None:
    spans = find_numbers("年发电量可达5\n亿度。")
    assert all("\n" not in s.text for s in spans)
    assert [s.text for s in find_numbers("可达5亿度。")] == ["5亿度"]


def test_unrelated_neighbours_stay_separate() -> None:
    assert texts("分别上升1.8和1.7点") == ["1.8", "1.7点"]
    assert texts("分别超过90%、75%。") == ["超过90%", "75%"]


@pytest.fixture(scope="module")
def seed_spans() -> dict[str, list[NumberSpan]]:
    pages = sorted(SEEDS.glob("*.txt"))
    return {p.name: find_numbers(p.read_text(encoding="utf-8")) for p in pages}


@pytest.mark.parametrize(
    ("page", "figures"),
    [
        (
            "000_f5f77dfa578cba18.txt",
            ["8520亿元", "19.2%", "超90%", "5%至10%", "3至4元", "1200多亿元", "7大板块",
             "2万亿元左右", "8个以上", "约7500亿元", "近80家", "60余家", "20世纪50年代",
             "10亿元—50亿元", "三大难点", "20亿吨", "93米"],
        ),
        ("003_e07e39b34995dd8d.txt", ["第8.6代", "217.7万辆", "超过240亿元", "500强"]),
        (
            "001_9623b259a8a6cc57.txt",
            ["1.7 万亿元", "1000P", "七部门", "25.15个百分点", "75%及以上", "近七成", "89.3",
             "300兆瓦", "超过 70家", "一季度", "1.2955万亿元"],
        ),
        (
            "002_74e7419a6cfb5d6f.txt",
            ["两年多", "950℃", "1.3万PF", "4886PF", "2500万美元", "近5年", "200余台", "数十吨"],
        ),
    ],
)
def test_seed_pages_show_their_key_figures_whole(
    seed_spans: dict[str, list[NumberSpan]], page: str, figures: list[str]
) -> None:
    marked = {s.text for s in seed_spans[page]}
    assert [f for f in figures if f not in marked] == []


def test_seed_pages_never_mark_names_as_numbers(seed_spans: dict[str, list[NumberSpan]]) -> None:
    names = {"十五五", "十三五", "三高四新", "一带一部", "5G", "5A", "万亿级", "2025", "9S"}
    marked = {s.text for spans in seed_spans.values() for s in spans}
    assert marked & names == set()


def test_a_page_is_analysed_quickly() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    # This thread's CPU time: a busy machine slows the clock, not the work, and a thread
    # an earlier test left in this worker (a model loading) is not this work either.
    started = time.thread_time()
    find_numbers(text)
    # Generous: the pattern module runs near 1M chars/s; 200k/s would still stall no one.
    assert time.thread_time() - started < len(text) / 200_000


@pytest.mark.thorough  # a scale check: CI's second run (--tier thorough)
@pytest.mark.parametrize("end_of_line", ["\n", ""])
def test_the_time_to_read_numbers_grows_with_the_text_not_faster(end_of_line: str) -> None:
    # Each number's guards look at a few characters around it: one that searched the text
    # before the number made a year of pages quadratic (0.3M chars/s on 200k characters).
    def read(copies: int) -> float:
        text = f"指数为102，型号AB 7，上涨3.5%，共12家企业。{end_of_line}" * copies
        best = float("inf")
        for _ in range(3):
            started = time.thread_time()
            find_numbers(text)
            best = min(best, time.thread_time() - started)
        return best

    few, many = read(500), read(4_000)
    assert many < 24 * max(few, 0.005)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("七", 7), ("十", 10), ("二十四", 24), ("一百零五", 105), ("三千五百万", 3.5e7),
     ("万亿", 1e12), ("三亿五千万", 3.5e8), ("两百万", 2e6)],
)
def test_chinese_numerals_read_as_their_value(numeral: str, value: float) -> None:
    assert chinese_value(numeral) == value


@pytest.mark.parametrize("numeral", ["十五五", "十三五", "三五", "一二三"])
def test_plan_names_and_digit_runs_are_not_numerals(numeral: str) -> None:
    assert chinese_value(numeral) is None


_ALPHABET = st.sampled_from(
    list("0123456789０１２３４５６７８９.．,%％-—~至到年月日号个家亿万千百十一二两三七零〇第近超约多余以上左右大成倍级")
    + list("元美元点度吨米兆瓦PFGAS×+\n \u3000“”，。、的湖南产业规模达")
)


def _check_spans(text: str, spans: list[NumberSpan]) -> None:
    previous_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= previous_end  # sorted and never overlapping
        assert text[s.start:s.end] == s.text
        assert "\n" not in s.text
        assert s.kind in NUMBER_KINDS
        assert s.value is None or math.isfinite(s.value)
        assert s.value_max is None or (s.value is not None and s.value_max > s.value)
        previous_end = s.end


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=60))
def test_any_number_like_text_gives_well_formed_spans(text: str) -> None:
    _check_spans(text, find_numbers(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_at_all_gives_well_formed_spans(text: str) -> None:
    _check_spans(text, find_numbers(text))


@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from(["家", "个", "项", "吨", "元", "%"]),
    st.sampled_from(["据统计，全省共有", "截至目前已有", "其中"]),
)
def test_a_figure_inside_a_sentence_keeps_its_value(number: int, unit: str, lead: str) -> None:
    sentence = f"{lead}{number}{unit}，同比增长。"
    span = only(sentence)
    scale = 100 if unit == "%" else 1
    assert (span.text, span.value) == (f"{number}{unit}", pytest.approx(number / scale))

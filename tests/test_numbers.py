"""Key numbers: which numerals count as facts, their values and units."""

from __future__ import annotations

import pytest

from builder.extract.chinese_numerals import parse_numeral
from builder.extract.numbers import find_numbers
from builder.text import sentences_of


def numbers(*blocks: str) -> dict[str, tuple[float, str]]:
    return {n.text: (n.value, n.unit) for n in find_numbers(sentences_of(list(blocks)))}


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("廿八", 28),
        ("卅", 30),
        ("两", 2),
        ("十二", 12),
        ("二十", 20),
        ("三千五百", 3500),
        ("十万", 100_000),
        ("三亿五千万", 350_000_000),
        ("四十万零五百", 400_500),
        ("1.11万", 11_100),
        ("350.19亿", 35_019_000_000),
        ("1,000", 1000),
        ("２４", 24),
        ("二〇二二", 2022),
        ("五十五点一", 55.1),
        ("一点二亿", 120_000_000),
    ],
)
def test_parse_numeral(numeral, value):
    assert parse_numeral(numeral) == value


def test_parse_numeral_rejects_non_numerals():
    assert parse_numeral("") is None
    assert parse_numeral("三天") is None
    assert parse_numeral("12个") is None


def test_amounts_and_rates():
    found = numbers("2021年，全县规模以上工业营业收入350.19亿元，增长24%，利润总额30.49亿元。")
    assert found == {"350.19亿元": (35_019_000_000, "元"), "24%": (24, "%"), "30.49亿元": (3_049_000_000, "元")}


def test_approximations_with_multipliers():
    found = numbers("全市1.11万余个党支部召开会议6万余场次，梳理问题27万余条，落实20余项措施，惠及10余万人。")
    assert found["1.11万余个"] == (11_100, "个")
    assert found["6万余场次"] == (60_000, "场次")
    assert found["27万余条"] == (270_000, "条")
    assert found["20余项"] == (20, "项")
    assert found["10余万人"] == (100_000, "人")


def test_approximate_magnitudes_and_places_counted():
    found = numbers("近千名干部参加，上百家企业参展，新增上万亩耕地，覆盖4市6县1镇，连续9年增产。")
    assert found["近千名"] == (1000, "名") and found["上百家"] == (100, "家") and found["上万亩"] == (10_000, "亩")
    assert found["4市"] == (4, "市") and found["6县"] == (6, "县") and found["1镇"] == (1, "镇")
    assert found["9年"] == (9, "年")
    assert "三区" not in numbers("聚焦“三区三州”等深度贫困地区，三区三州脱贫。")  # a named formula


def test_a_label_is_never_another_figures_words():
    found = {
        n.text: n
        for n in find_numbers(sentences_of(["累计接待游客1200万人次，实现旅游收入150亿元，分别增长12%和15%。"]))
    }
    assert not any(ch.isdigit() for ch in found["15%"].metric or "")


def test_chinese_numerals_and_units():
    found = numbers("三天走访廿八个项目，历时四个月，共十种作派，签约二十多个项目，投资三千五百万元。")
    assert found["三天"] == (3, "天")
    assert found["廿八个"] == (28, "个")
    assert found["四个月"] == (4, "个月")
    assert found["十种"] == (10, "种")
    assert found["二十多个"] == (20, "个")
    assert found["三千五百万元"] == (35_000_000, "元")


def test_percentage_points_multiples_and_percent_words():
    found = numbers("比上年提高0.3个百分点，增长1.5倍，覆盖率达百分之二十，GDP达1.2万亿元。")
    assert found["0.3个百分点"] == (0.3, "个百分点")
    assert found["1.5倍"] == (1.5, "倍")
    assert found["百分之二十"] == (20, "%")
    assert found["1.2万亿元"] == (1_200_000_000_000, "元")


def test_numbers_right_after_punctuation_and_spaced_digits():
    found = numbers("上半年,5个项目开工，投资 20359 万元；签约13个。")
    assert found == {"5个": (5, "个"), "20359 万元": (203_590_000, "元"), "13个": (13, "个")}


def test_yi_and_wan_together():
    assert numbers("争取建设经费总计52億6260萬元。") == {"52億6260萬元": (5_262_600_000, "元")}


def test_numbers_in_quoted_remarks_count():
    assert numbers("他说：“今年完成投资100亿元。”") == {"100亿元": (10_000_000_000, "元")}


def test_round_hundreds_and_thousands_count_when_approximate():
    assert numbers("百余家企业、千余名干部参加，历时4个多月。") == {
        "百余家": (100, "家"),
        "千余名": (1000, "名"),
        "4个多月": (4, "个月"),
    }


def test_same_fact_in_two_forms_is_two_items_and_repeats_are_one():
    found = find_numbers(sentences_of(["我们抽出3天时间。", "三天三市五地。", "又用了3天。"]))
    assert [n.text for n in found] == ["3天", "三天"]
    assert found[0].sentence == 0


def test_traditional_text_is_reported_as_written():
    found = find_numbers(sentences_of(["成立五個專班，投資5億元。"]))
    assert [(n.text, n.unit) for n in found] == [("五個", "个"), ("5億元", "元")]


@pytest.mark.parametrize(
    "text",
    [
        "2月8日召开，2022年启动，4月21日—23日考察，15:14发布。",  # dates and times
        "县第十五次党代会，第一季度，排名第3位，二季度。",  # ordinals
        "一是聚焦项目，二要狠抓落实，一要强化考核。",  # list markers
        "实施“十四五”规划，锚定“六个跨越”，落实“4+1”考核指标体系，《2021年工作要点》。",  # labels
        "迎接建党100周年，三年攻坚突破行动，八大重点，十二大攻坚行动。",  # names with numbers
        "推出一批举措，带来一系列挑战，拿出几项举措，一天都不能拖延，一个一个破解。",  # vague, articles
        "一周一调度，两周一汇报，每3天通报，推进“五个一”工程。",  # cadences
        "千家万户，数十个，几十人，三四个部门，一两天。",  # idioms and estimates
        "四套班子，三位一体，二次创业，七台河市。",  # set phrases with measure words
        "市十七届人大五次会议，共有 0 条评论。",  # sessions of a term, page furniture
        "开展100天攻坚行动。",  # a campaign's name
        "户均增收6-10万元，缩短3~5个月。",  # ranges have no single value
        "为实现六个跨越，做到两个维护，践行三个代表重要思想。",  # unquoted formulas
    ],
)
def test_not_key_numbers(text):
    assert numbers(text) == {}


def test_metric_names_what_is_measured():
    found = {
        n.text: n.metric
        for n in find_numbers(sentences_of(["平阴县规模以上工业营业收入350.19亿元，增长24%；梳理确定了12个指挥部。"]))
    }
    assert found["350.19亿元"] == "规模以上工业营业收入"
    assert found["24%"] == "规模以上工业营业收入增长"
    assert found["12个"] == "指挥部"


def test_metric_carries_the_year_the_sentence_states():
    (s,) = sentences_of(["2021年，全县规模以上工业营业收入350.19亿元，增长24%。"])
    metrics = {n.text: n.metric for n in find_numbers([s])}
    assert metrics["350.19亿元"].startswith("2021年")
    assert "营业收入" in metrics["350.19亿元"]


def test_numbered_formulas_are_labels_and_bare_magnitudes_may_be_approximate():
    assert numbers("全面贯彻中央八项规定精神，坚决拥护“两个确立”，做到两个维护。") == {}
    assert numbers("14亿多中国人民是外交工作的坚强后盾。") == {"14亿多": (1_400_000_000, "人民")}


def test_a_count_in_a_clause_of_its_own_takes_no_other_figures_label():
    found = {n.text: n for n in find_numbers(sentences_of(["其中1名儿童死亡，9.2万人受灾。"]))}
    assert found["9.2万人"].metric is None and found["9.2万人"].unsure
    found = {n.text: n for n in find_numbers(sentences_of(["营业收入350亿元，增长24%。"]))}
    assert found["24%"].metric == "营业收入增长"


def test_units_of_power_quarters_and_wells_and_a_ratio_after_its_name():
    assert numbers("新增变电容量600万千伏安。") == {"600万千伏安": (6_000_000, "千伏安")}
    assert numbers("经济已连续14个季度保持增长。") == {"14个季度": (14, "个季度")}
    assert numbers("深度超过8000米的油气井已经有160口。")["160口"] == (160, "口")
    assert numbers("认购总额152.9亿元，认购倍数3.06倍。")["3.06倍"] == (3.06, "倍")
    assert numbers("数十个项目集中开工。") == {}


def test_a_label_leaves_its_adverb_to_the_verb():
    (n,) = find_numbers(sentences_of(["油气井已经有160口。"]))
    assert n.metric == "油气井"


def test_halves_pairs_and_a_scale_counted_by_its_steps():
    assert numbers("会期7天半。") == {"7天半": (7.5, "天")}
    assert numbers("共有6077对新人登记结婚。") == {"6077对": (6077, "对")}
    assert numbers("一对夫妻。") == {}
    assert "万亿元" not in numbers("经济总量连跨3个万亿元台阶。")
    assert numbers("产量突破百万斤。") == {"百万斤": (1_000_000, "斤")}


def test_lengths_of_time_in_years_but_not_years_of_the_calendar():
    assert numbers("育苗时间从4年缩短到2年。") == {"4年": (4, "年"), "2年": (2, "年")}
    assert numbers("结转年限最长不得超过五年。") == {"五年": (5, "年")}
    assert numbers("从2020年开始实施。") == {}


def test_kinds_counted_as_times():
    assert numbers("截获有害生物58万种次。") == {"58万种次": (580_000, "种次")}


def test_years_reached_or_overdue_and_a_train_s_number():
    assert numbers("新增劳动力平均受教育年限达到14年。") == {"14年": (14, "年")}
    assert numbers("逾期三年未换证被注销。") == {"三年": (3, "年")}
    assert numbers("686次国际旅客列车顺利抵达。") == {}


def test_newspaper_decimals_written_out_or_with_a_middle_dot():
    # People's Daily 1998 writes decimals in words and with "·" between digits.
    found = numbers(
        "下岗职工占在册职工总数的比重达41·4％。",
        "结果百分之五十五点一的人支持这一条约。",
        "发现了距今一点二亿年的恐龙化石，隧道全长三点五公里。",
    )
    assert found["41·4％"] == (41.4, "%")
    assert found["百分之五十五点一"] == (55.1, "%")
    assert found["一点二亿年"] == (120_000_000, "年")
    assert found["三点五公里"] == (3.5, "公里")


def test_clock_times_in_words_are_no_decimals():
    assert numbers("下午三点二十分开会，三点半结束。") == {}


def test_an_approximate_count_takes_a_measure_word_that_otherwise_makes_set_phrases():
    found = numbers("他先后创作了二十多部作品，三十余位专家参加。四套班子成员，三位一体。")
    assert found == {"二十多部": (20, "部"), "三十余位": (30, "位")}


def test_shapes_of_newspaper_figures():
    found = numbers(
        "他在这里当了２３年的代课老师，认识８年多，女儿三岁半。",
        "温度从零下236摄氏度上升到零下234摄氏度，每份含量为１４微克，须在十个工作日内办结。",
        "满载率为80％—85％，罚款１万－３万元，投资2-8亿元。",
    )
    assert found["２３年"] == (23, "年")
    assert found["８年多"] == (8, "年")
    assert found["三岁半"] == (3.5, "岁")
    assert found["零下236摄氏度"] == (-236, "摄氏度")
    assert found["１４微克"] == (14, "微克")
    assert found["十个工作日"] == (10, "个工作日")
    # the upper end of a range is a figure when the lower end is one (80％—85％), not after a bare 2-
    assert found["85％"] == (85, "%") and found["３万元"] == (30000, "元")
    assert "8亿元" not in found


def test_currencies_and_counts_of_older_newspapers():
    found = numbers(
        "汽油每升提价3．91卢比，期货价格从每加仑50．05美分降到50．03美分。",
        "要求改写成800字的文章，全市常住人口300多万，八字方针。",
    )
    assert found["3．91卢比"] == (3.91, "卢比")
    assert found["50．05美分"] == (50.05, "美分")
    assert found["800字"] == (800, "字")
    assert found["300多万"][0] == 3_000_000
    assert "八字" not in found  # a formula's count, not a length


def test_a_fraction_is_a_share_to_four_places():
    assert numbers("超过三分之二的委员赞成，约占全国产量的五分之一。") == {
        "三分之二": (0.6667, ""),
        "五分之一": (0.2, ""),
    }


def test_full_width_thousands_separators():
    found = numbers("已经募集到善款５２０，９２４．５元，以及２，０００　平方米的场地，增长了３，５个百分点。")
    assert found["５２０，９２４．５元"] == (520924.5, "元")
    assert found["２，０００　平方米"] == (2000, "平方米")
    assert "５个百分点" in found  # "３，５": a clause comma, not a separator


def test_numbers_only_the_headline_states_are_kept_off_the_page():
    from builder.extract.numbers import box_items

    sentences = sentences_of(["７月２２日，某矿发生透水事故，被困人员全部遇难。事故共造成经济损失３００万元。"])
    found = {n.text: n for n in box_items(sentences, {"title": "某矿难被困１３人遇难　损失３００万元"})}
    assert found["１３人"].unsure and found["１３人"].sentence == 0  # digest.json only: no sentence to link
    assert not found["３００万元"].unsure  # the body's own, linked to its sentence


def test_more_shapes_of_newspaper_figures():
    found = numbers("水深５米多，气温降到0摄氏度，共有 0 条评论，持有６９９万股，捐赠了３０７双鞋。２０１２ 张家口")
    assert found["５米多"] == (5, "米") and found["0摄氏度"] == (0, "摄氏度")
    assert found["６９９万股"] == (6_990_000, "股") and found["３０７双"] == (307, "双")
    assert "0 条" not in found and not any(t.startswith("２０１２") for t in found)


def test_a_headline_of_two_sentences():
    from builder.extract.numbers import box_items

    found = {n.text for n in box_items(sentences_of(["某地发生事故。"]), {"title": "事故致３人受伤？救援持续５小时"})}
    assert {"３人", "５小时"} <= found

"""Slogans: quoted labels of campaigns and methods, not metaphors or speech."""

from __future__ import annotations

import pytest

from builder.extract.slogans import find_slogans
from builder.text import sentences_of


def slogans(*blocks: str) -> set[str]:
    return {s.text for s in find_slogans(sentences_of(list(blocks)))}


@pytest.mark.parametrize(
    "text, expected",
    [
        # lists of parallel phrases
        ("全县开展“事争一流、唯旗是夺”誓师大会。", {"事争一流、唯旗是夺"}),
        ("要发扬“抢、争、拼、闯”的精神。", {"抢、争、拼、闯"}),
        # numeric formulas
        ("以“1+684”工作体系为引领，围绕“7+3”现代产业体系，抓“521”企业培壮行动。", {"1+684", "7+3", "521"}),
        ("将“政务服务+金融服务”延伸到家门口。", {"政务服务+金融服务"}),
        # numeral labels
        ("为实现“六个跨越”，在全县开展“十大行动”，树牢“四个意识”。", {"六个跨越", "十大行动", "四个意识"}),
        # short strategy terms, vouched for by the noun after or the verb before
        ("省委“强省会”战略，深化“标准地”改革，做好“三保”工作，聚焦“双城”建设。", {"强省会", "标准地", "三保", "双城"}),
        ("推动“干部大讲堂”常态化，大力倡导“马上就办”，全面落实“河长制”。", {"干部大讲堂", "马上就办", "河长制"}),
        ("坚持“一国两制”方针，牢固树立“以人民为中心”的发展思想。", {"一国两制", "以人民为中心"}),
        # a slogan may hold a quotation; a short modifier may follow the launching verb
        ("全县“打赢‘两战’、争先创优”誓师大会，提速加力建设新时代“名县美城”。", {"打赢‘两战’、争先创优", "名县美城"}),
        # 进一步 is not a distance (一步), 互联网+ is a formula, 枫桥经验 a named model
        (
            "开展“进一步解放思想、进一步改革开放”活动，推行“互联网+”，坚持新时代“枫桥经验”。",
            {"进一步解放思想、进一步改革开放", "互联网+", "枫桥经验"},
        ),
    ],
)
def test_slogans_found(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes on a metaphor or a single word
        "加速思想“破冰”，推动行动“突围”，犹如一面“镜子”，是推动工作的“总阀门”。",
        "敢啃“硬骨头”，牵住“牛鼻子”，突破思维定势的“桎梏”，用好督查这根“鞭子”。",
        "打通服务群众“最后一公里”，考虑自己的“一亩三分地”，吹动了“一池春水”。",
        "打好“组合拳”，聚焦“卡脖子”技术，坚持全县“一盘棋”。",
        "公司打通了“双向车道”，让“一尾鳝”拱出了致富路。",
        # role titles and body names
        "各产业“链长”要带头，党员提议、“两委”商议，区“四大家”领导出席。",
        # idioms and honours
        "全县上下“万众一心”，连续3年进入全省“十强”，获评“全国县域经济百强”。",
        # quoted speech
        "他说：“今年我们要完成投资100亿元。”",
        "习近平总书记强调，“解放思想、实事求是、与时俱进，是马克思主义活的灵魂”。",
        "“问题既然要查，就要查个彻底”“不怕亮出家丑，我们就是要解决每一个人的问题”……",
        "群众纷纷点赞：“政府办事效率真高！”",
        # lists that describe a problem or a trend
        "破解“门难进、脸难看、事难办”等问题，呈现“平稳增长、趋势向好”的态势。",
        # a predicate after a comma makes a sentence
        "“抓项目、促发展，是当前的首要任务”。",
        # dates and hot lines
        "“3·15”消费者权益日，拨打“12345”热线。",
        # document titles are not slogans themselves
        "会上宣读了《关于加强作风建设的通知》。",
    ],
)
def test_not_slogans(text):
    assert slogans(text) == set()


def test_count_includes_nested_and_titled_quotes_and_sentence_is_first():
    found = find_slogans(
        sentences_of(
            [
                "平阴县“解放思想提境界、创新突破争一流”学习讨论活动启动。",
                "“县党代会提出要开展‘解放思想提境界、创新突破争一流’学习讨论活动。”他说。",
                "印发《关于开展“解放思想提境界、创新突破争一流”活动的通知》。",
            ]
        )
    )
    assert len(found) == 1
    assert (found[0].count, found[0].sentence) == (3, 0)


def test_nested_slogan_only_inside_speech_is_still_a_candidate():
    assert slogans("“要坚持‘1+684’工作体系。”王书记说。") == {"1+684"}


def test_text_as_written_and_key_simplified():
    found = find_slogans(sentences_of(["在全縣開展“十大行動”，打造「一網通辦」品牌。"]))
    assert [(s.text, s.key) for s in found] == [("十大行動", "十大行动"), ("一網通辦", "一网通办")]


def test_ascii_quotes_and_half_width_commas_kept_as_written():
    found = find_slogans(sentences_of(['树立"学习践行领袖嘱托,奋力推进乡村振兴"的主题活动。']))
    assert [s.text for s in found] == ["学习践行领袖嘱托,奋力推进乡村振兴"]


def test_a_formula_before_the_head_of_a_doctrine():
    # People's Daily 1998: “一国两制”构想, a 方略 or 学说 heads a programme as 方针 does
    assert [s.text for s in find_slogans(sentences_of(["“一国两制”构想，就是照顾到各方面。"]))] == ["一国两制"]


def test_a_named_system_launched_in_people_s_daily_quotes():
    assert [s.text for s in find_slogans(sentences_of(["并率先推出『书报刊审读制度』，建立文化市场管理体系。"]))] == [
        "书报刊审读制度"
    ]

"""Clean stage on the five seed articles and on small hand-made pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder import clean_lead as L
from builder import clean_rules as R
from builder.clean import Block, clean, clean_raw_text, story_text
from builder.clean_rules import LOST_CHAR
from builder.clean_split import prepare, splits_word
from builder.load import load_source

CONTENT = Path(__file__).resolve().parent.parent / "content"

FURNITURE = [
    "人民网>>",
    "地市链接",
    "小字号",
    "分享让更多人看到",
    "返回顶部",
    "扫码下载",
    "找记者",
    "上壹点",
    "编辑：",
    "编辑:",
    "组版",
    "责编",
    "责任编辑",
    "責任編輯",
    "来源：",
    "来源:",
    "本报讯",
    "新聞網訊",
    "2022年04月27日15:14",
    "记者 程凌润",
    "通讯员",
    "記者 安月琦",
    "（宋伟）",
    "(宋伟)",
    "陈梦喆）",
    "闫璟）",
    "**",
    "# ",
]
PINYIN_ARTEFACTS = ["(wǎng)", "(zhēng)", "(jìn)", "ǎ", "ē", "ì", "lián)", "dāng)"]


def stories_of(stem: str):
    path = next(CONTENT.glob(f"{stem}_*.txt"))
    return clean(load_source(path, CONTENT))


def all_text(stories) -> str:
    return "\n".join([s.title for s in stories] + [b.text for s in stories for b in s.blocks])


def kinds(story, kind: str) -> list[str]:
    return [b.text for b in story.blocks if b.kind == kind]


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_no_furniture_or_pinyin_left(stem):
    stories = stories_of(stem)
    text = all_text(stories)
    for junk in FURNITURE + PINYIN_ARTEFACTS:
        assert junk not in text, junk
    for story in stories:
        assert all(b.text and b.kind in ("p", "h", "caption", "quote") for b in story.blocks)
        assert [s.index for s in stories] == list(range(len(stories)))


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_half_width_punctuation_inside_chinese_becomes_full_width(stem):
    for story in stories_of(stem):
        for block in story.blocks:
            for mark in ",:;!?()":
                assert mark not in block.text, (mark, block.text[:40])


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_recleaning_the_cleaned_story_gives_the_same_blocks(stem):
    for story in stories_of(stem):
        (again,) = clean_raw_text(story_text(story), "again.txt")
        assert (again.title, again.kicker, again.subtitle) == (story.title, story.kicker, story.subtitle)
        assert [b.text for b in again.blocks] == [b.text for b in story.blocks]
        # a photo caption is recognised by where it stood on the page; written back it is a paragraph
        assert [b.kind for b in again.blocks] == [("p" if b.kind == "caption" else b.kind) for b in story.blocks]


def test_000_header_byline_headings_captions_and_page_breaks():
    (story,) = stories_of("000")
    assert story.title == "平阴县“解放思想提境界、创新突破争一流”学习讨论活动启动"
    assert story.subtitle == "思想“破冰”推动行动“突围” 建设现代平阴"
    assert story.kicker is not None
    for part in ("2022济南市两会特别策划", "新济南·走在前", "区县提速"):
        assert part in story.kicker
    assert story.source_name == "齐鲁晚报"
    assert story.date is None
    assert story.reporters == ["程凌润", "赵青山"]
    assert story.editors == ["武俊", "颜莉"]
    assert story.lang == "zh-Hans"
    assert kinds(story, "caption") == ["生态平阴美如画。", "平阴召开县委工作会议。"]
    headings = kinds(story, "h")
    assert headings[:2] == ["头脑风暴激扬发展活力", "蓄势赋能现代平阴建设"]
    assert "突破思维定势的“桎梏”" in headings and "集聚高质量发展新动能" in headings
    assert len(headings) == 6
    paragraphs = kinds(story, "p")
    # the caption printed inside a page break is taken out and the sentence rejoined
    assert any("把开展学习讨论的成效体现到推动发展上，" in p for p in paragraphs)
    assert any("围绕平阴县第十五次党代会确定的目标任务，" in p for p in paragraphs)
    assert any("更加有效集聚优质资源提供了机遇；" in p for p in paragraphs)
    assert any("350.19亿元，增长24%，" in p for p in paragraphs)
    assert story.blocks[-1].text.endswith("奋力谱写现代平阴高质量发展新篇章。")
    assert story.warnings == []


def test_001_two_stories_in_one_file():
    first, second = stories_of("001")
    assert first.title == "拓视野 借良方 增信心 我区党政考察团赴日照潍坊济宁考察学习"
    assert second.title == "全区聚焦“工业强区、产业兴区”改革攻坚突破座谈会召开"
    assert (first.index, second.index) == (0, 1)
    assert first.reporters == ["宋伟"]
    assert second.reporters == ["孙伟", "高翔翔", "丁浩", "陈梦喆"]
    assert first.source_name is None and second.source_name is None  # 本报讯 names no outlet
    assert first.blocks[0].text.startswith("今年是实施“十四五”规划开局之年")
    assert second.blocks[0].text.startswith("4月25日，全区聚焦")
    assert first.blocks[-1].text.endswith("积极谋划下步工作创新之路。")
    assert second.blocks[-1].text.endswith("三年攻坚突破行动新局面。")
    text = all_text([first, second])
    for joined in (
        "都市农业、文旅康养",
        "艾坦姆流体控制技术",
        "东夷小镇等地，",
        "精准施策、持续发力",
        "着力打造一批",
        "全力以赴",
    ):
        assert joined in text, joined
    assert all(b.kind == "p" for b in first.blocks + second.blocks)


def test_002_markdown_titles_trailing_bylines_and_pull_quotes():
    first, second = stories_of("002")
    assert (
        first.title
        == "高青县召开“事争一流、唯旗是夺”誓师大会 奏响昂扬奋进工作主旋律 开展作风能力大竞赛 推行指挥部工作机制"
    )
    assert second.title == "沂源县召开突破提升年动员大会 “六个强力突围” 提级进位走在前 以行动突围实现发展的赶超跨越"
    assert first.kicker == "聚焦淄博区县 品质提升年动员大会"
    assert first.reporters == ["张永成", "荆殊葳"] and second.reporters == ["李波"]
    assert first.source_name == second.source_name == "大众日报"
    assert kinds(first, "h") == [
        "开展“树标尺、拉标杆、提境界”作风能力大竞赛",
        "全面推行指挥部工作机制",
        "抓严抓实“三篇文章”",
    ]
    assert kinds(second, "h")[0] == "打造“六个高地” 实现“六个走在前列”"
    assert len(kinds(second, "h")) == 3
    (quote1,) = kinds(first, "quote")
    (quote2,) = kinds(second, "quote")
    assert quote1.startswith("坚持刀刃向内") and quote2.startswith("我们必须锻造“沂源铁军”")
    # each pull quote sits right after the paragraph it repeats
    for story, quote in ((first, quote1), (second, quote2)):
        at = [b.text for b in story.blocks].index(quote)
        assert quote in story.blocks[at - 1].text and story.blocks[at - 1].kind == "p"
    text = all_text([first, second])
    for joined in (
        "真正实现理念革新、认知迭代。",
        "全力以赴保障全县",
        "不断提升区位优势",
        "补齐短板弱项，才能加压奋进",
        "要主动认领",
        "结合沂源实际今年",
    ):
        assert joined in text, joined


def test_003_portal_page_metadata_and_headings():
    (story,) = stories_of("003")
    assert story.title == "山西临汾：打开思想“总阀门” 创新突围“天地宽”"
    assert story.kicker is None and story.subtitle is None
    assert (story.date, story.time) == ("2022-04-27", "15:14")
    assert story.source_name == "临汾日报"
    assert story.reporters == ["李卫红", "闫璟"]
    assert story.editors == ["雷昊", "张临山"]
    assert kinds(story, "h") == [
        "吹响集结号令 对表对标动员部署",
        "学习入脑入心 深思深悟筑牢根基",
        "敢于揭短亮丑 找准找实差距症结",
        "聚焦急难愁盼 用心用情抓好落实",
    ]
    assert kinds(story, "caption") == []
    assert story.blocks[0] == Block("p", "历史前进的步伐总是伴随着思想解放和观念更新。")
    assert story.blocks[-1].text.endswith("以实际行动和优异成绩迎接党的二十大胜利召开！")
    # paragraphs that end with ；, —— or …… are complete and stay apart
    assert story.blocks[1].text.endswith("“思想再解放”；")
    assert story.blocks[4].text.endswith("浓墨重彩的一笔——")
    assert "各县（市、区）" in all_text([story])


def test_004_traditional_text_without_headline():
    (story,) = stories_of("004")
    assert story.lang == "zh-Hant"
    assert story.title == "我市“爭先、進位、崛起”解放思想大討論正如火如荼地開展"
    assert story.source_name == "臨汾新聞網"
    assert story.reporters == ["安月琦"]
    assert story.editors == ["姚建"]
    assert len(story.blocks) == 4 and all(b.kind == "p" for b in story.blocks)
    first = story.blocks[0].text
    assert first.startswith("近日，我市“爭先、進位、崛起”解放思想大討論正如火如荼地開展。翼城縣為確保")
    assert "實實在在" in first and "營商環境" in story.blocks[1].text
    # two characters were lost by the scraper: kept as U+FFFD, reported with their position
    assert f"以新氣象新{LOST_CHAR * 2}新作為" in story.blocks[3].text
    assert len(story.warnings) == 2
    assert all(w.startswith("line 4 ") and "block 3" in w and "offset" in w for w in story.warnings)


def test_already_clean_article_passes_through():
    text = "市政府召开常务会议\n\n4月26日，市政府召开常务会议，研究部署当前重点工作。\n\n会议强调，要坚定信心，抓好落实。\n"
    (story,) = clean_raw_text(text, "clean.txt")
    assert story.title == "市政府召开常务会议"
    assert story.blocks == [
        Block("p", "4月26日，市政府召开常务会议，研究部署当前重点工作。"),
        Block("p", "会议强调，要坚定信心，抓好落实。"),
    ]
    assert story.warnings == [] and story.reporters == [] and story.editors == []


def test_wire_story_marker_byline_and_end_mark():
    text = "国务院召开常务会议 部署稳经济措施\n\n新华社北京4月25日电（记者 张三、李四）国务院总理主持召开常务会议。\n\n会议指出，要加大力度。\n\n（完）\n"
    (story,) = clean_raw_text(text, "wire.txt")
    assert story.source_name == "新华社"
    assert story.reporters == ["张三", "李四"]
    assert [b.text for b in story.blocks] == ["国务院总理主持召开常务会议。", "会议指出，要加大力度。"]


def test_portal_furniture_dateline_and_bracketed_editor():
    text = (
        "首页 > 新闻 > 本地\n市政府召开全体会议\n发布时间：2022-04-27 15:14  来源：某某日报\n字号：大 中 小\n"
        "　　本报讯（记者 张三 通讯员 李四）2022年4月26日，市政府召开全体会议。\n　　会议强调，要坚定信心。\n"
        "打印本页 关闭窗口\n【责任编辑：王五】\n"
    )
    (story,) = clean_raw_text(text, "portal.txt")
    assert story.title == "市政府召开全体会议"
    assert (story.date, story.time, story.source_name) == ("2022-04-27", "15:14", "某某日报")
    assert story.reporters == ["张三", "李四"] and story.editors == ["王五"]
    assert [b.text for b in story.blocks] == ["2022年4月26日，市政府召开全体会议。", "会议强调，要坚定信心。"]


def test_heading_that_ends_a_common_word_is_not_joined():
    # '…落实' + '时代…' would make the word 实时, but 落实 already ends a word
    text = "标题\n\n第一段写完了。\n\n聚焦急难愁盼 用心用情抓好落实\n\n时代是出卷人，我们是答卷人。\n"
    (story,) = clean_raw_text(text, "t.txt")
    assert [b.kind for b in story.blocks] == ["p", "h", "p"]


@pytest.mark.parametrize("text", ["", "\n\n", "a", "？？？\n((\n**\n# \n## x", "本报讯", "（宋伟）", "编辑：张三"])
def test_odd_inputs_give_one_story(text):
    stories = clean_raw_text(text, "odd.txt")
    assert len(stories) >= 1 and all(isinstance(s.title, str) and s.title for s in stories)


def test_government_site_page():
    text = (
        "XX县召开2022年安全生产工作会议\n发布时间：2022-03-01 10:20:33  来源：县应急管理局  浏览次数：123\n"
        "【字体：大 中 小】\n　　2月28日上午，XX县召开2022年安全生产工作会议。县委书记张三出席会议并讲话。\n"
        "▲图为会议现场。\n　　会议要求，要压实责任。\n□文/图 李四\n【打印本页】【关闭窗口】\n"
    )
    (story,) = clean_raw_text(text, "gov.txt")
    assert story.title == "XX县召开2022年安全生产工作会议"
    assert (story.date, story.time, story.source_name) == ("2022-03-01", "10:20", "县应急管理局")
    assert story.reporters == ["李四"]
    assert [b.kind for b in story.blocks] == ["p", "caption", "p"]


def test_html_entities_and_subtitle_dash():
    text = "奋斗者的足迹\n\n——记全国劳动模范张三\n\n张三&ldquo;扎根&rdquo;基层三十年，带领群众致富。\n"
    (story,) = clean_raw_text(text, "t.txt")
    assert story.title == "奋斗者的足迹" and story.subtitle == "——记全国劳动模范张三"
    assert story.blocks == [Block("p", "张三“扎根”基层三十年，带领群众致富。")]


def test_lines_without_final_punctuation_are_not_all_joined():
    paragraphs = [f"第{n}段讲了一件事情，内容比较长，但是这个来源去掉了句末的标点符号" for n in "一二三四五"]
    (story,) = clean_raw_text("标题\n\n" + "\n\n".join(paragraphs), "t.txt")
    assert [b.text for b in story.blocks] == paragraphs


# --- the general rules, one shape at a time ----------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("齐鲁晚报记者 程凌润", {"reporters": ["程凌润"], "source_name": "齐鲁晚报"}),
        ("大众日报淄博融媒体中心记者 张永成 荆殊葳", {"reporters": ["张永成", "荆殊葳"], "source_name": "大众日报"}),
        ("本报记者 张三 通讯员 李四", {"reporters": ["张三", "李四"]}),
        ("記者 安月琦", {"reporters": ["安月琦"]}),
        ("编辑：武俊 组版：颜莉", {"editors": ["武俊", "颜莉"], "reporters": []}),
        ("（责编：雷昊、张临山）", {"editors": ["雷昊", "张临山"], "reporters": []}),
        ("來源：臨汾日報", {"source_name": "臨汾日報"}),
        ("2022年04月27日15:14 |", {"date": "2022-04-27", "time": "15:14"}),
        (
            "作者：张三 来源：某某日报 发布时间：2022-05-01",
            {"reporters": ["张三"], "source_name": "某某日报", "date": "2022-05-01"},
        ),
        ("2022年4月28日 星期四", {"date": "2022-04-28"}),
        ("时间：就是现在", None),
        ("记者手记", None),
        ("图：平阴召开县委工作会议", None),
        ("区县提速", None),
        ("记者了解到，活动将持续一个月。", None),
    ],
)
def test_metadata_lines(line, expected):
    assert R.parse_meta_line(line) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("人民网>>山西频道>>地市链接", True),
        ("小字号", True),
        ("扫码下载某某新闻", True),
        ("找记者 上某点", True),
        ("分享让更多人看到", True),
        ("【打印本页】【关闭窗口】", True),
        ("A3版：要闻", True),
        ("（完）", True),
        ("区县提速", False),
        ("分享发展成果", False),
        ("3版面设计", False),
        ("返回顶部的路上，他说。", False),
    ],
)
def test_furniture_lines(line, furniture):
    assert R.is_furniture(line, in_header=False) is furniture


def test_site_name_is_furniture_only_above_the_body():
    assert R.is_furniture("人民网", in_header=True) and not R.is_furniture("人民网", in_header=False)


@pytest.mark.parametrize(
    ("text", "rest", "meta"),
    [
        ("本报讯 今年是开局之年。", "今年是开局之年。", {}),
        ("臨汾新聞網訊 近日，我市開展。", "近日，我市開展。", {"source_name": "臨汾新聞網"}),
        ("本报济南4月3日讯（记者 张三）今年以来，", "今年以来，", {"reporters": ["张三"]}),
        ("移动通讯 技术进步。", "移动通讯 技术进步。", None),
        ("【环球时报报道 记者 张三】据外媒报道，", "据外媒报道，", {"source_name": "环球时报", "reporters": ["张三"]}),
        ("央视网消息（新闻联播）：今天，", "今天，", {"source_name": "央视网"}),
    ],
)
def test_story_markers(text, rest, meta):
    out, found = L.strip_story_marker(text)
    assert out == rest
    if meta is None:
        assert found == {}
    else:
        assert {k: v for k, v in found.items() if k != "stripped"} == meta


def test_trailing_byline_and_title_from_paragraph():
    assert R.parse_trailing_byline("孙伟 高翔翔 丁浩 陈梦喆") == {"reporters": ["孙伟", "高翔翔", "丁浩", "陈梦喆"]}
    assert R.parse_trailing_byline("市、区") is None and R.parse_trailing_byline("新华社") is None
    assert R.title_from_paragraph("近日，我市大讨论正如火如荼地开展。翼城县…") == "我市大讨论正如火如荼地开展"
    long = "5月9日上午，市委召开理论学习中心组学习会，传达学习上级会议精神，研究部署贯彻落实工作。"
    assert R.title_from_paragraph(long) == "市委召开理论学习中心组学习会，传达学习上级会议精神"


def test_page_break_word_test():
    assert splits_word("围绕党代会确", "定的目标任务")
    assert splits_word("又有都市农", "业、文旅康养")
    assert not splits_word("用心用情抓好落实", "时代是出卷人")  # 落实 ends a word already
    assert not splits_word("对表对标动员部署", "解放思想的本质")


def test_pinyin_annotations_and_lost_characters():
    text, lost, restored = prepare("臨汾新聞網(wǎng)訊 實(shí)實(shí)在在，新?lián)?dāng)新作為。\n(zhēng)先")
    assert text == f"臨汾新聞網訊 實實在在，新{LOST_CHAR}{LOST_CHAR}新作為。\n先" and lost == 2 and restored == []
    assert prepare("人工智能(ai)应用")[0] == "人工智能(ai)应用"  # no tone marks anywhere: not pinyin


def test_browser_title_loses_its_site_suffix():
    (story,) = clean_raw_text("石家庄多措并举稳就业_河北频道_人民网\n\n今年以来，全市新增就业3.2万人。\n", "t.txt")
    assert story.title == "石家庄多措并举稳就业"
    assert R.strip_site_suffix("2022-2023年度工作要点") == "2022-2023年度工作要点"
    assert R.strip_site_suffix("县委召开常委会会议（组图）") == "县委召开常委会会议"
    text = "石家庄多措并举稳就业_人民网\n\n石家庄多措并举稳就业\n\n今年以来，全市新增就业3.2万人。\n"
    (story,) = clean_raw_text(text, "t.txt")
    assert (story.title, story.kicker, story.subtitle) == ("石家庄多措并举稳就业", None, None)


def test_hard_wrapped_text_is_rewrapped_into_paragraphs():
    text = (
        "市政府召开常务会议\n\n"
        "　　4月26日，市政府召开常务会议，研究部署当前\n重点工作，听取有关部门关于一季度经济运行\n情况的汇报。\n"
        "　　会议强调，要坚定信心，抓好各项政策措施的\n落实，确保完成全年目标任务。\n"
    )
    (story,) = clean_raw_text(text, "wrapped.txt")
    assert [b.text for b in story.blocks] == [
        "4月26日，市政府召开常务会议，研究部署当前重点工作，听取有关部门关于一季度经济运行情况的汇报。",
        "会议强调，要坚定信心，抓好各项政策措施的落实，确保完成全年目标任务。",
    ]


def test_the_headlines_of_a_news_roundup_stay_apart_from_their_items():
    text = (
        "[视频]国内联播快讯\n央视网消息（新闻联播）：\n"
        "《某某管理暂行规定》发布\n生态部门今天（7月9日）发布《某某管理暂行规定》，指导地方落实有关要求。\n"
        "南方博览会7月23日至28日在昆明举行\n记者从今天（7月9日）举行的新闻发布会上了解到，博览会将在昆明举行。\n"
        "第五届东方地方政府合作论坛在广州市举行\n今天（7月9日），第五届东方地方政府合作论坛在广州举行。\n"
    )
    stories = clean_raw_text(text, "roundup.txt")
    lines = [s.title for s in stories] + [b.text for s in stories for b in s.blocks]
    assert "南方博览会7月23日至28日在昆明举行" in lines
    assert "第五届东方地方政府合作论坛在广州市举行" in lines


def test_a_two_part_broadcast_headline_is_the_title_however_long():
    headline = (
        "某某在庆祝某某机构成立70周年大会上发表重要讲话强调 坚定道路信心理论信心制度信心文化信心 "
        "继续把某某机构制度坚持好完善好运行好"
    )
    text = f"[视频]{headline}\n央视网消息（新闻联播）：某某机构14日上午在人民大会堂隆重举行庆祝大会。\n"
    (story,) = clean_raw_text(text, "long.txt")
    assert story.title == headline
    assert story.source_name == "央视网" and story.date_text == "14日"
    assert story.blocks[0].text == "某某机构14日上午在人民大会堂隆重举行庆祝大会。"


def test_a_long_headline_printed_again_line_by_line_is_one_story():
    headline = (
        "某某在某某委员会第五次全体会议上发表重要讲话强调 以更高标准更实举措推进某某工作 为实现某某目标任务提供坚强保障"
    )
    text = (
        f"[视频]{headline}\n某某在某某委员会第五次全体会议上发表重要讲话强调\n以更高标准更实举措推进某某工作\n"
        "为实现某某目标任务提供坚强保障\n张三李四出席会议 王五主持会议\n"
        "央视网消息（新闻联播）：某某12日上午在某某委员会第五次全体会议上发表重要讲话。\n"
    )
    (story,) = clean_raw_text(text, "lines.txt")
    assert story.title == headline
    assert story.subtitle == "张三李四出席会议 王五主持会议"
    assert story.blocks[0].text == "某某12日上午在某某委员会第五次全体会议上发表重要讲话。"


def test_a_lost_character_is_restored_when_its_pinyin_is_unambiguous():
    story = clean_raw_text("标题\n\n臨汾新聞網訊 我們要加強團?jié)，推動發展。\n", "x.txt")[0]
    assert story.blocks[0].text == "我們要加強團結，推動發展。"
    assert any("restored as “結”" in w for w in story.warnings)


def test_lost_characters_next_to_each_other_are_not_guessed():
    story = clean_raw_text("标题\n\n以新氣象新?lián)?dāng)新作為。\n", "x.txt")[0]
    assert "\ufffd\ufffd" in story.blocks[0].text
    assert sum("was lost" in w for w in story.warnings) == 2


@pytest.mark.parametrize(
    "byline, reporters",
    [
        ("记者李莉通讯员刘清华", ["李莉", "刘清华"]),  # roles glued to the names
        ("记者黄晓南马晓澄", ["黄晓南", "马晓澄"]),  # two names run together
        ("记者 欧阳明日", ["欧阳明日"]),  # a two-character surname is one name
        ("实习记者　靳鸽　记者　何杰", ["靳鸽", "何杰"]),  # 实习记者 is a role, no outlet
        ("记者　罗琼　实习生　葛晶　报道", ["罗琼", "葛晶"]),  # 报道 ends a byline, it is nobody
    ],
)
def test_bylines_of_newspaper_items(byline, reporters):
    from builder.clean_rules import parse_reporters

    found = parse_reporters(byline, glued_ok=True)
    assert found["reporters"] == reporters and "source_name" not in found

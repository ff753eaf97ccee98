"""Shapes of real news that the seeds do not have: wire datelines glued to their
headline, video-page titles, series kickers, walls of text, national meetings.

The snippets are short factual passages in the shapes of the development corpus
(benchmarks/corpus): 新闻联播 transcripts and 2012 wire and newspaper items.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from builder.clean import clean_raw_text
from builder.clean_lead import split_glued_headline, tidy_title
from builder.clean_walls import split_wall
from builder.extract import extract
from builder.extract.meetings import find_meetings
from builder.extract.numbers import find_numbers
from builder.extract.slogans import find_slogans
from builder.text import sentences_of
from tests.conftest import PROPERTY


def story(text: str):
    stories = clean_raw_text(text, "item.txt")
    assert len(stories) == 1
    return stories[0]


def meetings(*blocks, **kw):
    return find_meetings(sentences_of(list(blocks)), **kw)


# --- titles, datelines, sources, reporters ----------------------------------------------


def test_wire_headline_glued_to_its_dateline_is_cut_there():
    s = story(
        "民政部：2008年接收各界捐款764亿元中新网5月22日电 据民政部网站消息，民政部今天发布统计报告。报告显示，全国共接收捐款764亿元。\n"
    )
    assert s.title == "民政部：2008年接收各界捐款764亿元"
    assert (s.source_name, s.date, s.date_text) == ("中新网", None, "5月22日")
    assert s.blocks[0].text.startswith("据民政部网站消息")


def test_headline_glued_to_reported_by_is_cut_at_ju():
    title, rest = split_glued_headline(
        "孟建柱：公安领导干部要做到知错就改据公安部网站报道，国务委员、公安部部长孟建柱日前指出。"
    )
    assert title == "孟建柱：公安领导干部要做到知错就改"
    assert rest.startswith("据公安部网站报道")


def test_video_page_title_loses_its_marker_and_keeps_the_series_as_kicker():
    s = story(
        "[视频]【新春走基层】村医夫妻：当好健康守门人\n央视网消息（新闻联播）：近日，记者来到江西南昌市罗亭镇上坂村。\n"
    )
    assert (s.title, s.kicker, s.source_name) == ("村医夫妻：当好健康守门人", "新春走基层", "央视网")


def test_video_item_without_line_breaks():
    s = story(
        "[视频]二十届中央第一轮巡视完成进驻央视网消息（新闻联播）：据中央纪委国家监委网站消息，截至4月8日，"
        "二十届中央第一轮巡视完成进驻。巡视组进驻后，将在被巡视党组织所在地设立专门值班电话和邮政信箱。\n"
    )
    assert s.title == "二十届中央第一轮巡视完成进驻"
    assert s.source_name == "央视网"


def test_chinese_numeral_dateline_and_bracketed_reporter():
    s = story("中新社北京六月二十五日电 (记者 隋笑飞)全国脱贫攻坚总结表彰大会25日上午在北京人民大会堂隆重举行。\n")
    assert (s.source_name, s.date_text, s.reporters) == ("中新社", "6月25日", ["隋笑飞"])
    assert s.title == "全国脱贫攻坚总结表彰大会25日上午在北京人民大会堂隆重举行"


def test_reporter_glued_to_role_inside_a_datelines_brackets():
    s = story("缅甸若开邦局势\n新华网仰光６月１２日电（记者张云飞）实行紧急状态的缅甸西部若开邦局势趋于稳定。\n")
    assert (s.source_name, s.reporters, s.date_text) == ("新华网", ["张云飞"], "6月12日")


def test_lead_dates_the_story_but_not_a_date_it_looks_ahead_to():
    assert story("标题一则\n国务院总理李克强3月21日主持召开国务院常务会议。\n").date_text == "3月21日"
    assert story("标题一则\n今年以来，各地加快建设。今天（7月25日）的访谈关注财税改革。\n").date_text == "7月25日"
    assert story("标题一则\n记者从人社部了解到，2024年1月1日起，退休人员基本养老金上调。\n").date is None


def test_markdown_section_heading_is_the_headline():
    s = story("### 多举措强化田间管理 确保秋粮丰收\n\n**央视网消息**（新闻联播）：秋粮是全年粮食生产的大头。\n")
    assert (s.title, s.source_name) == ("多举措强化田间管理 确保秋粮丰收", "央视网")
    assert s.blocks[0].text == "秋粮是全年粮食生产的大头。"


def test_tidy_title():
    assert tidy_title("【视频】李克强主持召开国务院常务会议——") == ("李克强主持召开国务院常务会议", None)
    assert tidy_title("县委召开常委会会议（组图）") == ("县委召开常委会会议", None)


def test_a_wall_of_text_becomes_paragraphs_at_sentence_ends_and_headings():
    sentence = "会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。"
    wall = sentence * 6 + "以下是报告全文：一、总体思路 " + sentence * 6
    blocks = split_wall(wall)
    assert len(blocks) >= 4
    assert ("p", "以下是报告全文：") in blocks and ("h", "一、总体思路") in blocks
    assert all(text.endswith(("。", "：")) for kind, text in blocks if kind == "p")
    s = story("标题一则\n" + wall + "\n")
    assert len(s.blocks) == len(blocks)


def test_a_source_with_breaks_keeps_its_paragraphs():
    text = "标题一则\n" + "\n".join(["县委召开会议，研究部署今年重点工作。" * 8] * 3) + "\n"
    assert [len(b.text) for b in story(text).blocks] == [144, 144, 144]


@PROPERTY
@given(st.text(alphabet="会议强调要加快发展。，、“”一二 \u3000", max_size=300))
def test_wall_splitting_loses_no_text(text):
    joined = "".join(t for _, t in split_wall(text))
    assert joined.replace(" ", "").replace("\u3000", "") == text.replace(" ", "").replace("\u3000", "")


@PROPERTY
@given(st.text(alphabet="民政部：接收捐款亿元中新网5月22日电据报道，。 ", max_size=120))
def test_glued_headline_split_loses_no_text(text):
    cut = split_glued_headline(text)
    if cut:
        assert (cut[0] + cut[1]).replace(" ", "") == text.replace(" ", "")


# --- meetings ---------------------------------------------------------------------------


def test_organiser_from_the_body_the_name_opens_with_never_a_place_elsewhere():
    (m,) = meetings("国务院总理李克强3月21日主持召开国务院常务会议，部署稳就业工作。", "北京市、上海市等地要抓好落实。")
    assert (m.name, m.organizer, m.chair, m.date) == ("国务院常务会议", "国务院", ["李克强"], "3月21日")


def test_national_body_meeting_as_itself():
    (m,) = meetings("中共中央政治局4月29日召开会议，分析研究当前经济形势。中共中央总书记习近平主持会议。")
    assert (m.name, m.organizer) == ("中共中央政治局会议", "中共中央政治局")


def test_lead_event_with_a_day_as_written_or_resolved_when_the_year_is_known():
    (m,) = meetings("第三次对口支援西藏工作会议18日在京召开。", publication_date="7月18日")
    assert (m.name, m.date, m.place) == ("第三次对口支援西藏工作会议", "18日", "京")  # GUIDE: as written
    (m,) = meetings("第三次对口支援西藏工作会议18日在京召开。", publication_date="2021-07-18")
    assert m.date == "2021-07-18"  # ISO when the year is known


def test_session_ordinals_are_not_aggregates_and_the_session_body_organises():
    (m,) = meetings("全国政协十四届二次会议7日上午在人民大会堂举行第二次全体会议。")
    assert (m.name, m.organizer, m.date, m.place) == ("第二次全体会议", "全国政协", "7日", "人民大会堂")


def test_passing_mentions_and_future_meetings_are_not_meetings():
    assert meetings("习近平在看望参加政协会议的委员时指出，要坚持稳中求进。") == []
    assert meetings("会议同意明年1月6日至8日召开二十届中央纪律检查委员会第四次全体会议。") == []
    assert meetings("几内亚比绍积极支持中方举办新一届中非合作论坛峰会。") == []


def test_no_year_is_invented_for_an_undated_article():
    (m,) = meetings("12月9日，县委召开全会。", "到2025年底，全县要完成改造任务。")
    assert m.date == "12月9日"


# --- slogans and numbers --------------------------------------------------------------------


def slogans(*blocks):
    return {s.text for s in find_slogans(sentences_of(list(blocks)))}


def test_numeral_formulas_counted_the_same_way_in_every_article():
    assert slogans("要落实“六稳”“六保”。") == {"六稳", "六保"}
    assert slogans("要落实“六稳”“六保”任务。") == {"六稳", "六保"}
    assert slogans("全国“两会”召开在即，两岸“三通”实现，“三农”工作扎实。") == {"三通", "三农"}


def test_a_coined_phrase_quoted_again_and_again_is_a_label():
    assert "湾企入赣" in slogans("推动“湾企入赣”。", "“湾企入赣”成效明显。")
    assert "湾企入赣" not in slogans("推动“湾企入赣”。")


def test_durations_and_unlabelled_numbers():
    found = {n.text: n for n in find_numbers(sentences_of(["中华文明有5000多年历史。", "2022年全年发电301.64亿度。"]))}
    assert "5000多年" in found and "2022年" not in found
    assert found["301.64亿度"].value == 30164000000
    (n,) = find_numbers(sentences_of(["“2%和”3亿元。"]))
    assert n.unsure and n.metric is None


def test_digest_json_date_is_the_written_day_when_no_year():
    s = story(
        "标题一则\n新华社北京2月28日电 中共中央总书记习近平2月28日下午主持召开中央全面深化改革委员会第十八次会议。\n"
    )
    d = extract(s)
    (m,) = d.meetings
    assert (m.organizer, m.chair, m.date) == ("中央全面深化改革委员会", ["习近平"], "2月28日")


# --- the feed never sends a made-up date ---------------------------------------------------


def test_undated_feed_entry_carries_the_files_modification_time(tmp_path):
    import os
    import re

    from builder.pipeline import build
    from tests.conftest import make_site

    config = make_site(
        tmp_path,
        articles={
            "dated.txt": "县委召开会议\n2022年3月1日，县委召开全会。\n",
            "undated.txt": "村医夫妻当好健康守门人\n近日，记者来到上坂村，记录一对村医夫妻的坚守。\n",
        },
    )
    os.utime(tmp_path / "content" / "undated.txt", (1_700_000_000, 1_700_000_000))
    (tmp_path / "site.toml").write_text('title = "测试站"\nsearch = false\n', encoding="utf-8")
    build(config, log=lambda *_: None)
    feed = (tmp_path / "public" / "feed.xml").read_text(encoding="utf-8")
    updated = re.findall(r"<updated>([^<]+)</updated>", feed)
    assert "2000-01-01" not in feed and "1970" not in feed
    assert "2023-11-14T22:13:20Z" in updated and "2022-03-01T00:00:00Z" in updated
    assert updated[0] == "2023-11-14T22:13:20Z"  # the feed's own date: its newest entry


# --- more shapes of the corpus: newspapers, national sessions, figures ----------------------


def test_newspaper_marker_glued_to_headline_and_bylines_without_brackets():
    s = story("北京市公共自行车服务系统试运营新快报讯　据《京华时报》报道，北京公共自行车今起试运营。\n")
    assert (s.title, s.source_name) == ("北京市公共自行车服务系统试运营", "新快报")
    s = story("深圳地铁推月票\n南都讯　记者刘凡　周昌和　任笑一　继推出日票后，深圳今后将设月票。\n")
    assert (s.source_name, s.reporters) == ("南都", ["刘凡", "周昌和", "任笑一"])
    assert s.blocks[0].text.startswith("继推出日票后")


def test_closing_credit_and_private_use_breaks():
    s = story(
        "康师傅回应\n就废弃茶叶被转手事件发声明\ue40c本报讯 茶厂昨日回应。茶叶被运往茶厂加工。\ue40c作者：刘俊　（来源：广州日报）\n"
    )
    assert (s.source_name, s.reporters) == ("广州日报", ["刘俊"])
    assert all("\ue40c" not in b.text and "来源" not in b.text for b in s.blocks)


def test_headline_glued_to_a_lead_that_opens_with_its_time():
    s = story("国务院部署进一步做好稳就业工作近日，国务院召开常务会议，部署稳就业工作。会议指出，就业是最大的民生。\n")
    assert s.title == "国务院部署进一步做好稳就业工作"
    assert s.blocks[0].text.startswith("近日，国务院")


def test_a_meeting_of_several_days_dates_the_item_by_its_first():
    s = story("研讨会在京举行\n全国纪念邓小平同志诞辰120周年学术研讨会22日至24日在京举行。\n")
    assert s.date_text == "22日"
    (m,) = extract(s).meetings
    assert (m.date, m.place) == ("22日至24日", "京")


def test_meeting_named_after_the_verb_that_modifies_it():
    (m,) = meetings("马尔万等人赶往的黎波里，他们在当晚召开的紧急会议上决定，停止交火。")
    assert m.name == "紧急会议" and m.place is None


def test_a_name_runs_on_to_its_last_kind_of_meeting_and_chairs_share_a_role():
    (m,) = meetings(
        "2024年中非合作论坛北京峰会治国理政高级别会议9月5日下午在京举行，"
        "全国人大常委会委员长赵乐际和卢旺达总统卡加梅共同主持会议并发表主旨讲话。"
    )
    assert (m.name, m.date, m.place) == ("2024年中非合作论坛北京峰会治国理政高级别会议", "2024-09-05", "京")
    assert m.chair == ["赵乐际", "卡加梅"]  # co-chairs; the foreign one is a name the tagger knows


def test_leaders_the_tagger_misses_when_they_open_a_clause():
    (m,) = meetings(
        "全国民族团结进步表彰大会27日上午在北京举行。",
        "李强主持大会，王沪宁宣读表彰决定。",
        "宁吉喆委员发言说，过去一年经济回升向好。",
    )
    assert m.chair == ["李强"] and "宁吉喆" in m.speakers


def test_press_conference_organiser_and_its_theme():
    text = "国务院新闻办公室15日举行“推动高质量发展”系列主题新闻发布会，山西省有关负责人介绍情况。"
    (m,) = meetings(text)
    assert (m.organizer, m.date) == ("国务院新闻办公室", "15日")
    assert slogans(text) == {"推动高质量发展"}


def test_opening_and_closing_sittings_are_meetings():
    (m,) = meetings("全国政协十四届二次会议闭幕会3月10日上午在人民大会堂举行。", "王沪宁主持闭幕会并讲话。")
    assert m.chair == ["王沪宁"] and m.speakers == ["王沪宁"]


def figures(*blocks):
    return {n.text: n for n in find_numbers(sentences_of(list(blocks)))}


def test_figures_as_news_writes_them():
    found = figures(
        "大会宣布，9899万农村贫困人口全部脱贫。",
        "近200位嘉宾出席，百万人受益。",
        "全年增长－０．８％，用时35秒。",
        "上个世纪９０年代至今，建党75周年。",
    )
    assert found["9899万"].value == 98990000 and found["9899万"].metric == "农村贫困人口"
    assert found["近200位"].value == 200 and found["百万人"].value == 1_000_000
    assert found["－０．８％"].value == -0.8 and "35秒" in found
    assert not any("９０年" in t or "75周" in t for t in found)


def test_a_number_whose_label_is_a_clause_fragment_is_left_off_the_page():
    (n,) = find_numbers(sentences_of(["我追了该男子３００多米，才把他制住。"]))
    assert n.unsure and n.metric is None


def test_a_deck_over_the_newspapers_marker_is_a_subtitle():
    s = story("７岁女童被强奸 梦中大喊救命\n天啊！被强奸的她才７岁\n信息时报讯（记者李莉）７岁，正是无忧的年龄。\n")
    assert (s.subtitle, s.source_name, s.reporters) == ("天啊！被强奸的她才７岁", "信息时报", ["李莉"])
    assert s.blocks[0].text == "７岁，正是无忧的年龄。"


def test_an_events_motto_is_a_slogan_however_long():
    motto = "面向未来、携手推动中国与海合会国家产业与投资合作高质量发展"
    assert slogans(f"论坛在厦门开幕，主题为“{motto}”，由国家发展改革委主办。") == {motto}
    assert slogans("本届论坛以“共谋人与自然和谐共生现代化——推进绿色低碳发展”为主题。") == {
        "共谋人与自然和谐共生现代化——推进绿色低碳发展"
    }


def test_a_year_goes_with_the_figure_it_stands_before():
    found = figures("世界银行预计，中国经济增长率将从２０１１年的９．２％降至８．２％。")
    assert not (found["８．２％"].metric or "").startswith("2011年")
    found = figures("2012年全市生产总值达150亿元，比2011年增长10%。")
    assert found["150亿元"].metric == "2012年 全市生产总值" and "2011年" not in (found["10%"].metric or "")


def test_dates_in_quotes_are_no_slogans():
    assert slogans("在“六·二六”国际禁毒日，开展“3·15”宣传。") == set()


def test_readings_fractions_and_measures():
    found = figures(
        "将一个重500千克的卫星送入轨道，噪声降低2分贝。",
        "发生6.9级地震，近千次余震，指数为178.8点。",
        "约占全国产量的五分之一，运力达3809万载重吨。",
        "108国道被冲断，10点开始，启动3级响应。",
    )
    assert found["500千克"].value == 500 and found["五分之一"].value == 0.2
    assert {"2分贝", "6.9级", "近千次", "178.8点", "3809万载重吨"} <= set(found)
    assert not {"108国", "10点", "3级"} & set(found)


def test_today_named_in_a_later_paragraph_dates_an_item_whose_lead_names_none():
    s = story(
        "### 各地稳步推进重大项目建设\n\n**央视网消息**（新闻联播）：各地集中力量推进重大项目建设。\n\n"
        "今天（5月9日），西安东站站房正式开工建设。\n"
    )
    assert s.date_text == "5月9日"


def test_a_dictionary_word_in_quotes_needs_the_head_of_a_programme():
    assert slogans("出席党籍“立委”服务处成立茶会，不接受“在野党”要求。") == set()
    assert slogans("落实“十四五”规划，践行“一国两制”方针，全国“万众一心”。") == {"十四五", "一国两制"}


def test_a_letter_is_no_speaker_and_a_report_is_speaking():
    (m,) = meetings("国家副主席韩正15日在北京出席2024世界中文大会开幕式，宣读习近平主席贺信并致辞。")
    assert "贺信" not in m.speakers
    (m,) = meetings(
        "十四届全国人大常委会第三十二次委员长会议25日上午在京举行。", "全国人大常委会秘书长刘奇就会议议程草案作了汇报。"
    )
    assert m.speakers == ["刘奇"]


def test_press_office_convenes_its_conference_today():
    (m,) = meetings("国务院新闻办公室今天（8月27日）举行“推动高质量发展”系列主题新闻发布会。")
    assert (m.organizer, m.date) == ("国务院新闻办公室", "8月27日")


def test_ranges_scales_and_spans_ahead():
    found = figures(
        "即罚２万－１０万元，出售后１８０天内，未来5年设立10个学院，建设千万千瓦级基地。", "最近3天，后两天。"
    )
    assert not any(t.startswith("－") for t in found) and "１８０天" in found and "5年" in found
    assert "千万千瓦" not in found and "后两天" not in found


def test_a_spokesman_who_briefs_or_says_is_a_speaker_and_today_is_the_datelines_day():
    (m,) = meetings(
        "今天晚上，北京防汛抗旱指挥部召开新闻发布会，通报最新情况。北京防汛抗旱指挥部副指挥长、新闻发言人潘安君介绍，"
        "搜寻工作正在继续。",
        publication_date="7月26日",
    )
    assert (m.name, m.date, m.speakers) == ("新闻发布会", "7月26日", ["潘安君"])
    (m,) = meetings(
        "记者从20日召开的贵阳市社会治安综合治理动员大会上获悉，贵阳还将提高奖励标准。贵阳市委书记李军说，"
        "这是为了弘扬见义勇为风尚。",
        publication_date="7月20日",
    )
    assert m.speakers == ["李军"]


def test_a_later_today_is_no_meeting_date():
    (m,) = meetings("近日，市政府召开全市安全生产工作会议。今天，各地开始检查。", publication_date="2024-07-26")
    assert m.date is None


def test_a_body_in_the_name_of_a_meeting_held_elsewhere_is_its_organiser():
    (m,) = meetings(
        "今天（7月8日），在泰国曼谷举行的第42届亚奥理事会全体大会上，经亚奥理事会执委表决通过，"
        "哈尔滨市获得2025年第九届亚冬会举办权。",
        publication_date="7月8日",
    )
    assert (m.name, m.place, m.organizer) == ("第42届亚奥理事会全体大会", "泰国曼谷", "亚奥理事会")


def test_a_sitting_takes_the_day_and_venue_of_its_session():
    found = meetings(
        "政协第十四届全国委员会常务委员会第五次会议3月2日下午在北京闭幕。中共中央政治局常委、全国政协主席王沪宁主持闭幕会并讲话。"
    )
    sitting = next(m for m in found if m.name == "闭幕会")
    assert (sitting.date, sitting.place, sitting.chair) == ("3月2日", "北京", ["王沪宁"])


def test_a_two_part_headline_with_a_quoted_comma_stays_whole_and_its_lead_dates_the_story():
    s = story(
        "[视频]全国政协召开双周协商座谈会 围绕“调动农民积极性，夯实粮食安全根基”协商议政\n"
        "央视网消息（新闻联播）：全国政协第十七次双周协商座谈会4月12日在京召开。王沪宁主持会议。\n"
    )
    assert s.title == "全国政协召开双周协商座谈会 围绕“调动农民积极性，夯实粮食安全根基”协商议政"
    assert s.date_text == "4月12日" and s.blocks[0].text.startswith("全国政协第十七次")

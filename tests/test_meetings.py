"""Meetings held: hand-written sentences in the style of local policy news.

The names, places and people here are made up; none comes from the seed articles.
"""

from builder.extract.meetings import find_meetings, mask_quotes
from builder.text import sentences_of


def meetings(*blocks, **kw):
    return find_meetings(sentences_of(list(blocks)), **kw)


def only(*blocks, **kw):
    found = meetings(*blocks, **kw)
    assert len(found) == 1, found
    return found[0]


# --- names -------------------------------------------------------------------------


def test_verb_first_with_quoted_name_keeps_the_quotes():
    m = only("3月2日，云溪县召开“比学赶超、奋勇争先”誓师大会，动员全县干部。")
    assert m.name == "“比学赶超、奋勇争先”誓师大会"
    assert m.organizer == "云溪县"
    assert m.sentence == 0


def test_name_first_keeps_the_scope_and_reads_the_place():
    m = only("本报讯 5月6日,全区优化营商环境推进会在东湖会议中心召开。", "东湖区东湖区")
    assert m.name == "全区优化营商环境推进会"  # 全区 is part of the name; its level names the organiser
    assert m.place == "东湖会议中心"
    assert m.organizer == "东湖区"


def test_body_that_meets_as_itself():
    m = only("9月3日，市委常委会召开会议，传达学习有关文件精神。", "梧川市梧川市")
    assert m.name == "市委常委会会议"
    assert m.organizer == "梧川市委"


def test_session_ordinals_are_not_aggregates():
    m = only("县十八届人大一次会议在县会堂隆重开幕。")
    assert m.name == "县十八届人大一次会议" or m.name.endswith("一次会议")
    assert m.place == "县会堂"


def test_mentions_of_one_meeting_are_merged():
    found = meetings(
        "枫林县召开乡村振兴推进大会。",
        "县委书记周建华在推进大会上强调，要压实责任。",
        "会上，县长吴志明作了工作报告。",
    )
    assert [m.name for m in found] == ["乡村振兴推进大会"]
    assert found[0].speakers == ["周建华"]


def test_photo_caption_counts():
    m = only("禾丰召开县委经济工作会议。", "禾丰县要加快发展，王立强说。")
    assert m.name == "县委经济工作会议"
    assert m.organizer == "禾丰县"
    assert m.speakers == []  # the caption is a passage of its own


# --- not meetings -------------------------------------------------------------------------


def test_aggregates_are_not_meetings():
    assert meetings("各地先后召开座谈会12场，征求意见300余条。") == []
    assert meetings("全市召开各类学习会、报告会2万余场次。") == []
    assert meetings("市长多次主持召开市政府党组会，研究民生问题。") == []
    assert meetings("河口县召开说事会30次，化解矛盾。") == []
    assert meetings("中心组先后召开8次学习讨论会。") == []


def test_study_tours_campaigns_and_spirit_are_not_meetings():
    assert meetings("考察团到邻县考察学习产业发展经验。") == []
    assert meetings("全县开展“能力作风建设年”活动和解放思想大讨论。") == []
    assert meetings("认真学习贯彻省第十三次党代会精神。") == []
    assert meetings("各级结合全省工作动员会精神，制定了方案。") == []


def test_future_meetings_are_not_meetings():
    assert meetings("全市将于下月召开招商引资大会。") == []
    assert meetings("以优异成绩迎接党代会胜利召开。") == []


def test_column_header_is_not_a_meeting():
    assert meetings("聚焦区县 质量提升年动员大会") == []


def test_bare_meeting_without_anything_to_tell_it_apart_is_dropped():
    assert meetings("有关部门召开会议研究。") == []


# --- dates ----------------------------------------------------------------------------


def test_relative_year_resolved_against_the_publication_date():
    m = only("为此，市委于去年11月8日召开常委会会议。", publication_date="2022-04-27")
    assert m.date == "2021-11-08"


def test_this_year_and_publication_year():
    assert only("今年3月5日，镇党委召开专题会议。", publication_date="2023-06-01").date == "2023-03-05"
    assert only("3月5日，县委召开全会。", year=2020).date == "2020-03-05"


def test_december_meeting_reported_in_january_is_last_year():
    assert only("12月28日，县委召开全会。", publication_date="2022-01-05").date == "2021-12-28"


def test_no_year_guessed_from_years_the_text_mentions():
    # a later "2025年底" or a "迈向2023年" says nothing about the meeting's own year
    m = only("过去的2022年成绩显著。迈向2023年，到2030年实现翻番。", "2月9日上午，河口县召开项目建设动员大会。")
    assert m.date == "2月9日"


def test_date_as_written_when_no_year_is_known():
    assert only("4月25日，全区项目观摩会召开。").date == "4月25日"


# --- organiser, chair, speakers ---------------------------------------------------------


def test_organizer_resolved_from_we_and_level():
    m = only("5月8日，我区召开安全生产工作会议。", "青山区青山区青山区")
    assert m.organizer == "青山区"


def test_chair_and_speakers_in_the_passage():
    found = meetings(
        "2月8日上午，松阳县召开高质量发展大会。县委书记郑国强主持会议并讲话，县委副书记、县长冯立平讲话。",
        "郑国强在讲话中指出，要坚定信心。",
        "冯立平强调，要抓好项目。",
        "针对当前工作，郑国强要求，要守牢底线。",
    )
    assert len(found) == 1
    assert found[0].chair == ["郑国强"]
    assert found[0].speakers == ["郑国强", "冯立平"]


def test_chair_by_you_and_presiding_speech():
    m = only("全县作风建设大会召开。会议由县委副书记、县长贺明远主持。")
    assert m.chair == ["贺明远"]
    m = only("6月1日，云溪县召开工作会议。", "云溪县长何立新在主持讲话时指出，要狠抓落实。")
    assert m.chair == ["何立新"] and m.speakers == ["何立新"]


def test_chair_of_a_meeting_called_by_a_person():
    m = only("县委书记孟凡宇主持召开县委常委会会议，研究近期工作。")
    assert m.name == "县委常委会会议" and m.chair == ["孟凡宇"]


def test_speakers_stop_at_the_next_meeting():
    found = meetings(
        "甲县召开招商推介会。县长韩立东讲话。",
        "乙县召开人才工作会议。县委书记钱永进讲话。",
    )
    assert [m.speakers for m in found] == [["韩立东"], ["钱永进"]]


def test_speech_at_a_background_congress():
    m = only("省委书记邱志刚在省第十二次党代会上指出，要解放思想。")
    assert m.name == "第十二次党代会" and m.speakers == ["邱志刚"]


def test_speech_at_with_the_speaker_after():
    m = only("在全县项目建设推进会上，县委书记刘晓东指出，要加快进度。")
    assert m.speakers == ["刘晓东"]


def test_expressive_units_are_not_speakers():
    m = only("河口县召开项目推进会。县发改局、北岭镇作了表态发言。")
    assert m.speakers == []


# --- Traditional script -------------------------------------------------------------------


def test_traditional_names_are_reported_as_written():
    m = only("3月1日，雲溪縣召開“學思踐悟”座談會，縣委書記鄭國強講話。")
    assert m.name == "“學思踐悟”座談會"
    assert m.speakers == ["鄭國強"]
    assert m.organizer == "雲溪縣"


def test_traditional_organizer_resolved_and_written_in_the_article_script():
    m = only("臨汾市臨汾市。", "為此，市委於去年11月8日在臨汾賓館召開常委會會議。", publication_date="2023-03-10")
    assert m.organizer == "臨汾市委" and m.place == "臨汾賓館" and m.date == "2022-11-08"


def test_mask_quotes_keeps_length():
    text = "召开“工业强区、产业兴区”座谈会"
    masked = mask_quotes(text)
    assert len(masked) == len(text) and "、" not in masked


def test_time_of_day_and_work_report():
    m = only("3月6日上午9时，溪口县召开十八届人大一次会议。县长王立新作政府工作报告。")
    assert m.organizer == "溪口县"
    assert m.speakers == ["王立新"]


def test_extended_standing_committee_meeting():
    m = only("4月12日，市委书记韩立峰主持召开市委常委会（扩大）会议，传达学习有关精神。")
    assert m.name == "市委常委会（扩大）会议"
    assert m.chair == ["韩立峰"] and m.organizer == "市委"


def test_unrelated_paragraph_after_a_meeting_adds_no_speaker():
    m = only(
        "4月13日，全市招商引资推进会在市行政中心召开。市长程建新出席并讲话。",
        "桐川县是全国文明县城。桐川县委书记马俊峰表示，桐川要当好排头兵。",
    )
    assert m.speakers == ["程建新"]


def test_meetings_held_by_rule_are_not_reported():
    assert meetings("各镇街要召开专题会议进行部署。") == []
    assert meetings("县里每月召开一次调度会。") == []
    assert meetings("党的二十大召开前夕，全县开展了大检查。") == []
    assert meetings("深入学习总书记在庆祝建党100周年大会上的重要讲话精神。") == []


def test_session_of_a_body_gets_the_body_in_its_name():
    m = only("日前，市政府召开第12次常务会议，市长孙建国主持会议。")
    assert m.name == "市政府第12次常务会议" and m.chair == ["孙建国"]
    m = only("近日，区人大常委会召开第八次会议。")
    assert m.name == "区人大常委会第八次会议" and m.organizer == "区人大常委会"


def test_joint_meeting_and_party_plenum():
    m = only("10月8日，县委召开全县经济工作会议暨安全生产工作会议。", "龙山县龙山县")
    assert m.name == "全县经济工作会议暨安全生产工作会议" and m.organizer == "龙山县委"
    m = only("中共龙山县委十四届五次全会于12月20日召开。", "龙山县龙山县", publication_date="2023-12-25")
    assert m.name == "县委十四届五次全会" and m.organizer == "龙山县" and m.date == "2023-12-20"

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


# --- shapes of national broadcast news (issue 16: real snippets, names as public or made up) ---------


def test_a_list_of_titled_names_that_spoke():
    m = only(
        "2024世界中文大会15日在北京开幕。",
        "白俄罗斯中国友好协会主席、前副总理托济克，柬埔寨副首相兼教育、青年和体育部部长韩春那洛等中外代表在大会上发言。",
    )
    assert m.speakers == ["托济克", "韩春那洛"]


def test_a_chain_of_titled_names_and_a_comma_that_continues_the_list():
    m = only("国务院联防联控机制25日召开新闻发布会，国家卫健委新闻发言人米锋、医政医管局局长焦雅辉介绍有关情况。")
    assert m.speakers == ["米锋", "焦雅辉"]
    m = only(
        "全国政协25日在京召开双周协商座谈会。全国政协主席汪洋主持会议并讲话。",
        "全国政协常委张建国，全国政协委员李明华、王晓东，以及专家学者赵立新在会上发言。",
    )
    assert m.speakers == ["汪洋", "张建国", "李明华", "王晓东", "赵立新"]


def test_a_paragraph_keeps_speaking_of_the_meeting():
    m = only(
        "政协第十四届全国委员会第十八次主席会议29日在北京召开。王沪宁主持会议。",
        "全国政协副主席巴特尔、陈武围绕学习贯彻有关精神作了发言。全国政协副主席兼秘书长王东峰等分别就有关议题作了说明。",
    )
    assert m.speakers == ["巴特尔", "陈武", "王东峰"]


def test_reports_heard_at_a_plenary_are_speeches():
    m = only(
        "十四届全国人大常委会第十次会议25日上午在北京人民大会堂举行第一次全体会议。赵乐际委员长主持。",
        "会议听取了全国人大宪法法律委副主任委员黄明作的关于突发事件应对管理法草案审议结果的报告。",
        "会议听取了全国人大财政经济委员会副主任委员许宏才作的关于2023年中央决算草案审查结果的报告。",
        "受国务院委托，外交部副部长邓励作了关于提请审议批准引渡条约的议案的说明。",
    )
    assert m.organizer == "十四届全国人大常委会" and m.chair == ["赵乐际"]
    assert m.speakers == ["黄明", "许宏才", "邓励"]


def test_a_meeting_decided_is_not_held():
    found = meetings("会议决定，十四届全国人大常委会第十二次会议11月4日至8日在京举行。")
    assert found == []


def test_a_sitting_takes_its_session_day_venue_and_organiser():
    found = meetings(
        "政协第十四届全国委员会常务委员会第五次会议3月2日下午在北京闭幕。王沪宁主持闭幕会并讲话。",
    )
    sitting = next(m for m in found if m.name == "闭幕会")
    assert (sitting.date, sitting.place) == ("3月2日", "北京")
    assert sitting.organizer == "政协第十四届全国委员会常务委员会"
    found = meetings(
        "当地时间10月23日上午，金砖国家领导人第十六次会晤在喀山会展中心举行。", "随后，习近平出席大范围会议。"
    )
    assert (found[0].name, found[0].date, found[0].place) == ("大范围会议", "10月23日", "喀山会展中心")


def test_the_same_day_is_the_day_written_before():
    m = only(
        "据以色列公共广播公司25日报道，以色列总理已批准有关计划。报道说，以色列军方当天在战时内阁会议上表示，已完成准备。"
    )
    assert m.date == "25日"


def test_a_year_and_a_place_opening_a_name_give_its_organiser():
    m = only("4月20日，2023年江西省对接粤港澳大湾区投资合作推介会在广东深圳举行。", "江西省江西省")
    assert m.name == "2023年江西省对接粤港澳大湾区投资合作推介会" and m.organizer == "江西省"


def test_meetings_listed_together_are_each_a_meeting_with_its_body():
    found = meetings("5月9日，中国曲艺家协会第九次全国代表大会、中国摄影家协会第十次全国代表大会在北京召开。")
    assert [(m.name, m.organizer, m.place) for m in found] == [
        ("中国曲艺家协会第九次全国代表大会", "中国曲艺家协会", "北京"),
        ("中国摄影家协会第十次全国代表大会", "中国摄影家协会", "北京"),
    ]


def test_a_national_body_convenes_and_a_topic_is_no_part_of_it():
    assert only("全国政协16日在京召开“增强文化传播力”专题协商会。").organizer == "全国政协"
    assert only("2月29日，联合国安理会就此事举行紧急闭门会议。").organizer == "联合国安理会"
    assert only("今天（5月29日），国际货币基金组织在京召开新闻发布会。").organizer == "国际货币基金组织"


def test_the_headline_gives_the_full_name_of_a_meeting_named_by_its_kind():
    m = only(
        "国务院总理李克强13日主持召开座谈会，听取意见建议。",
        title="李克强主持召开各民主党派中央、全国工商联负责人和无党派人士代表座谈会",
    )
    assert m.name == "各民主党派中央、全国工商联负责人和无党派人士代表座谈会"


def test_a_name_is_never_a_verb_phrase_or_a_time():
    m = only("外交部部长王毅参加接见并在2023年度驻外使节工作会议上讲话。")
    assert m.name == "2023年度驻外使节工作会议" and m.speakers == ["王毅"]
    m = only("在国务院新闻办公室今天（4月19日）举行的新闻发布会上，商务部有关负责人介绍说，外贸实现稳健开局。")
    assert (m.place, m.organizer) == (None, "国务院新闻办公室")  # the office held it: no venue
    assert meetings("赴地方考察、召开重要会议，总书记在多个场合作出部署。") == []


def test_a_proposed_meeting_is_not_held_and_a_chairing_body_is_no_meeting_of_its_own():
    assert meetings("伊朗已提议就当前局势召开伊斯兰合作组织紧急会议。") == []
    found = meetings(
        "中国共产党第二十届中央纪律检查委员会第二次全体会议于1月9日在北京开幕。",
        "中央纪律检查委员会常务委员会主持会议。",
    )
    assert [m.name for m in found] == ["中国共产党第二十届中央纪律检查委员会第二次全体会议"]
    assert found[0].organizer == "中国共产党第二十届中央纪律检查委员会"


def test_no_clause_time_or_title_mark_is_part_of_a_name_or_a_place():
    found = meetings("会议审议通过了工作报告，有关草案和报告将按程序提请全国政协十四届二次会议审议。")
    assert found == []
    m = only("６月１９日，《２０１２年度“中国爱心城市”公益活动新闻发布会》在京举行。")
    assert m.name.startswith("２０１２年度")
    m = only("为期三天的博鳌亚洲论坛全球健康论坛第三届大会在北京开幕。")
    assert m.name == "博鳌亚洲论坛全球健康论坛第三届大会"
    m = only("习近平总书记在去年底召开的中央农村工作会议上强调，要抓好粮食生产。")
    assert m.place is None

"""Meeting shapes found by reviewing fresh 2025–26 broadcast stories (docs/quality.md): what is
no meeting, where a name or a role was cut short, and what is said outside the meeting."""

from builder.extract.meetings import find_meetings
from builder.text import sentences_of
from tests.test_meetings import meetings, only


def test_a_meeting_referred_to_after_a_preposition_is_no_name():
    assert meetings("要组织代表认真研读讨论，为大会审议做好准备。") == []
    found = meetings("某国总统向某论坛部长级会议致贺信，对会议召开表示热烈祝贺。")
    assert [m.name for m in found] == ["某论坛部长级会议"]  # the letter's meeting, not 对会议


def test_a_meeting_agreed_on_or_rehearsed_is_not_held():
    assert meetings("双方商定今天（1月23日）在阿布扎比举行三方工作组的首次会议。") == []
    assert meetings("8月23日至24日，天安门地区举行了纪念某某胜利80周年大会第三次综合演练。") == []


def test_bare_names_at_the_head_of_a_list_that_spoke():
    m = only("某某座谈会19日在京召开。座谈会上，陈明、贺佳、闫俊杰、张智刚等先后发言。")
    assert m.speakers[:2] == ["陈明", "贺佳"]


def test_a_hyphenated_foreign_co_chair_and_the_venue_before_a_long_partner():
    m = only("赵乐际26日在人民大会堂同法国国民议会议长布朗-皮韦共同主持中法议会交流机制第十二次会议并作主旨发言。")
    assert m.chair == ["赵乐际", "布朗-皮韦"]
    assert m.place == "人民大会堂"


def test_speaking_at_a_hearing_one_attends_and_hosts_named_later():
    assert only("美国防部长赫格塞思4月30日在出席国会听证会时称，停火已经生效。").speakers == ["赫格塞思"]
    m = only("第六次世界议长大会7月29日至31日在日内瓦举行。世界议长大会由各国议会联盟主办，每5年举办一次。")
    assert m.organizer == "各国议会联盟"


def test_organisers_without_the_verb_and_a_long_list_of_ministers():
    assert only("江苏组织召开了传达学习贯彻全国两会精神会议。").organizer == "江苏省"
    m = only("同一天，巴基斯坦、土耳其、埃及和沙特阿拉伯四国外长在伊斯兰堡举行会议。")
    assert m.organizer == "巴基斯坦、土耳其、埃及和沙特阿拉伯四国外长"


def test_an_opening_sitting_named_in_a_later_paragraph_takes_the_session_s_fields():
    found = meetings(
        "中国人民政治协商会议第十四届全国委员会第三次会议4日下午在人民大会堂开幕。",
        "王沪宁代表常务委员会向大会报告工作。",
        "有关部门负责同志应邀列席开幕会。外国驻华使节等应邀参加开幕会。",
    )
    sitting = next(m for m in found if m.name == "开幕会")
    assert (sitting.date, sitting.place) == ("4日", "人民大会堂")


def test_a_meeting_during_a_tour_is_held_where_the_tour_went():
    m = meetings(
        "中央纪委书记李希14日至17日到湖南调研。他强调，要深入学习。",
        "调研期间，李希主持召开座谈会，听取意见建议。",
    )[0]
    assert m.place == "湖南"


def test_what_is_said_at_talks_on_social_media_or_on_a_day_of_its_own_is_no_speech_there():
    found = meetings(
        "第六次世界议长大会29日在日内瓦举行。赵乐际出席大会并发言。",
        "赵乐际还会见了多国议会领导人。",
        "在会见巴基斯坦国民议会议长萨迪克时，赵乐际表示，两国要互学互鉴。萨迪克说，巴中关系久经考验。",
    )
    assert found[0].speakers == ["赵乐际"]
    found = meetings(
        "美洲国家组织常设理事会6日举行特别会议。多国代表谴责军事行动。",
        "南非总统拉马福萨6日表示，南非完全反对。",
        "某国总统佩特罗6日在社交媒体上发文，再次谴责。",
    )
    assert found[0].speakers == []


def test_everyone_who_answers_at_a_press_conference_after_a_talk_speaks():
    m = only("两国总统15日举行会晤。在会谈后的记者会上，普京表示，希望结束冲突。特朗普表示，会晤取得了进展。")
    assert m.name == "记者会"
    assert m.speakers == ["普京", "特朗普"]


def test_a_party_meeting_s_short_form_is_the_same_meeting():
    found = meetings(
        "习近平在二十届中央纪委五次全会上发表重要讲话。",
        "习近平12日上午在中国共产党第二十届中央纪律检查委员会第五次全体会议上发表重要讲话。李希主持会议。",
    )
    assert [m.name for m in found] == ["中国共产党第二十届中央纪律检查委员会第五次全体会议"]


def test_a_paragraph_that_opens_with_words_said_on_social_media_names_no_speaker():
    found = meetings(
        "两国总统15日举行会晤。在会谈后的记者会上，普京表示，希望结束冲突。",
        "某国总统泽连斯基今天（8月16日）在社交媒体上表示，他同有关各方进行了通话。泽连斯基说，支持举行三方会议。",
    )
    assert found[0].speakers == ["普京"]


def test_no_name_from_a_joined_phrase_or_a_meeting_referred_to():
    m = only("座谈会11日在京召开。座谈会上，有关部门、地方、企业、高校负责人和师生代表作了发言。")
    assert m.speakers == []
    assert meetings("代表们围绕学习，结合本次常委会会议审议国务院关于某某情况的报告作了发言。") == []


def test_a_name_with_another_middle_dot_and_the_last_bare_name_of_a_list():
    m = only("人权理事会第61届会议27日在日内瓦举行。联合国特别报告员法丽达∙沙希德发言说，要保障教育。")
    assert m.speakers == ["法丽达∙沙希德"]
    m = only("某某座谈会19日在京召开。座谈会上，陈明、王一鸣、贺佳先后发言。")
    assert m.speakers == ["陈明", "王一鸣", "贺佳"]


def test_a_keynote_at_a_summit_attended_a_past_visit_and_a_white_paper():
    m = only("国家主席习近平17日出席第二届中国—中亚峰会，并发表题为《推动地区合作高质量发展》的主旨发言。")
    assert m.speakers == ["习近平"]
    m = only("全球产业招商大会14日在海口举行。韩正出席大会并致辞。去年12月，习近平主席专程来海南并发表重要讲话。")
    assert m.speakers == ["韩正"]
    assert only("新闻发布会28日举行。白皮书指出，实践充分证明，要坚持。").speakers == []


def test_a_forum_reported_by_its_verb_and_named_later():
    found = meetings(
        "赵乐际9日下午同列席常委会第十七次会议的全国人大代表座谈交流。他强调，要做好代表工作。",
        "座谈会上，代表们作了发言。李鸿忠主持座谈会。",
    )
    assert [(m.name, m.date, m.chair, m.speakers) for m in found] == [("座谈会", "9日", ["李鸿忠"], ["赵乐际"])]


def test_a_meeting_sent_a_letter_is_held_and_its_host_named_later():
    m = only(
        "9月5日，国家主席习近平向第十次某某组织成员国司法部长会议致贺信。",
        "第十次某某组织成员国司法部长会议由司法部主办，5日在上海开幕。",
    )
    assert (m.name, m.date, m.organizer, m.speakers) == ("第十次某某组织成员国司法部长会议", "9月5日", "司法部", [])


def test_a_list_of_national_bodies_convenes_together():
    m = only("今天（5月4日），共青团中央、全国青联、全国学联、全国少工委召开座谈会。")
    assert m.organizer == "共青团中央、全国青联、全国学联、全国少工委"


def test_a_meeting_held_by_a_list_of_bodies_takes_its_name_from_the_headline():
    sents = sentences_of(["中共中央、全国人大常委会、国务院、全国政协、中央军委17日上午在人民大会堂隆重举行大会。"])
    m = find_meetings(sents, title="纪念某某同志诞辰100周年大会在京隆重举行")[0]
    assert m.name == "纪念某某同志诞辰100周年大会"
    assert m.organizer == "中共中央、全国人大常委会、国务院、全国政协、中央军委"
    assert find_meetings(sents, title="某某大事在京举行") == []  # no name for it: not shown


def test_chief_executives_greetings_a_union_s_summit_and_a_chair_who_reports():
    m = only(
        "民营企业座谈会17日在北京召开。座谈会上，某某技术有限公司首席执行官任一非、"
        "某某股份有限公司董事长王二福等6位民营企业负责人代表先后发言。"
    )
    assert m.speakers == ["任一非", "王二福"]
    assert only("庆祝某某促进会成立80周年大会9日在京举行，部长李干杰出席大会并代表中共中央致贺词。").speakers == [
        "李干杰"
    ]
    assert only("第三十四届阿盟峰会17日在巴格达举行。").organizer == "阿盟"
    m = only("调查组第一次全体会议27日召开。调查组组长张成中主持会议，通报调查安排、提出工作要求。")
    assert m.speakers == ["张成中"]


def test_a_group_of_leaders_meets_as_itself_not_a_host_and_his_guests():
    m = only("法国、德国、英国、意大利、西班牙等国领导人17日在法国巴黎举行紧急会议，商讨某地局势。")
    assert m.organizer == "法国、德国、英国、意大利、西班牙等国领导人"
    m = only("西非国家经济共同体领导人10日在阿布贾举行紧急会议。")
    assert m.organizer == "西非国家经济共同体领导人"


def test_a_meeting_named_in_what_a_report_is_about_ends_no_passage():
    found = meetings(
        "十四届全国人大常委会第十七次会议8日上午在京举行第一次全体会议。赵乐际委员长主持。",
        "会议审议了赵乐际委员长出席第六次世界议长大会情况的书面报告。",
        "会议听取了代表资格审查委员会主任委员杨晓超作的关于个别代表的代表资格的报告。",
    )
    assert "杨晓超" in found[0].speakers
    assert all("杨晓超" not in m.speakers for m in found[1:])


def test_a_greeting_spelled_致词_and_a_speech_of_an_earlier_year():
    m = only("某某学会第九次全国会员代表大会10日在京开幕。中央政法委书记陈文清在开幕式上代表党中央致词。")
    assert m.speakers == ["陈文清"]
    found = meetings(
        "2025全球能源互联网大会9日在京开幕。韩正出席开幕式并致辞。",
        "2015年9月，习近平主席在联合国发展峰会上发表重要讲话，提出构建全球能源互联网。",
        year=2025,
    )
    assert found[0].speakers == ["韩正"]

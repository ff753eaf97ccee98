"""Meeting shapes found by the sixth session's review of fresh 2025–26 broadcast stories
(docs/quality.md): fragments a reader must not see, and what a round-up's headings sum up."""

from tests.test_meetings import meetings, only


def test_a_person_and_their_act_are_no_meeting_name():
    text = "中央宣讲团成员孟祥锋今天在江西作宣讲报告。孟祥锋紧紧围绕全会召开的重大意义等八个方面作了全面宣讲。"
    assert meetings(text) == []
    assert meetings("张国清从深刻认识全会召开的重大意义等方面作了深入阐释。") == []


def test_a_name_about_a_person_stays_a_name():
    m = only("“习近平新时代中国特色社会主义思想与世界”国际研讨会9日在宁夏银川开幕。")
    assert m.name == "“习近平新时代中国特色社会主义思想与世界”国际研讨会"


def test_a_numbered_group_of_ministers_keeps_its_number():
    m = only("12日，卡塔尔、约旦、沙特、埃及和阿联酋5国外长在多哈就加沙地带重建等问题举行会议。")
    assert m.name == "卡塔尔、约旦、沙特、埃及和阿联酋5国外长会议"
    assert (m.date, m.place) == ("12日", "多哈")


ROUND_UP = (
    "委内瑞拉军方谴责制裁",
    "委内瑞拉军方11日谴责美国宣布的新制裁违反国际法。",
    "德两党大会举行 部分地区爆发抗议冲突",
    "德国社会民主党11日在柏林举行党代表大会，选举朔尔茨为该党总理候选人。",
)


def test_a_round_up_heading_sums_up_the_meetings_below_it():
    found = meetings(*ROUND_UP, headings=frozenset({0, 2}))
    assert [(m.name, m.place) for m in found] == [("党代表大会", "柏林")]


def test_a_heading_that_alone_names_its_meeting_is_kept():
    found = meetings("某地举行防汛工作会议", "会上，与会人员研究了下一步工作。", headings=frozenset({0}))
    assert [m.name for m in found] == ["防汛工作会议"]


def test_where_a_leader_went_is_where_they_chaired():
    m = only(
        "7月，习近平总书记来到了黄河穿城而过的甘肃兰州，并在这里主持召开专题座谈会。"
        "他指出，要更加突出黄河治理的系统性。",
    )
    assert (m.place, m.chair, m.speakers) == ("甘肃兰州", ["习近平"], ["习近平"])


def test_one_body_meeting_on_two_days_is_two_meetings():
    found = meetings(
        "7月30日，中共中央政治局召开会议，决定今年10月在北京召开党的二十届四中全会。"
        "此后不到两个月，在9月29日召开的中共中央政治局会议上，习近平总书记强调，要认真做好全会各项准备工作。"
    )
    assert [(m.date, m.speakers) for m in found] == [("7月30日", []), ("9月29日", ["习近平"])]


def test_a_banquet_of_a_meeting_is_not_the_meeting():
    assert meetings("10月31日晚，习近平出席亚太经合组织领导人非正式会议欢迎宴会。") == []


def test_opening_a_session_and_a_speech_recalled_at_it_are_no_speech_there():
    m, recalled = meetings(
        "中国人民政治协商会议第十四届全国委员会第三次会议4日下午在人民大会堂开幕。",
        "下午3时，石泰峰宣布大会开幕，全体起立，高唱国歌。",
        "王沪宁代表政协第十四届全国委员会常务委员会，向大会报告工作。",
        "他说，2024年也是人民政协成立75周年。习近平总书记在庆祝中国人民政治协商会议成立75周年大会上发表重要讲话，"
        "为人民政协事业发展指明了前进方向。",
    )
    assert m.speakers == ["王沪宁"]
    assert (recalled.name, recalled.speakers) == ("庆祝中国人民政治协商会议成立75周年大会", ["习近平"])


def test_three_congresses_closing_together_are_three_meetings():
    found = meetings(
        "中国音乐家协会第十次全国代表大会、中国舞蹈家协会第十二次全国代表大会、"
        "中国杂技家协会第九次全国代表大会今天（6月28日）分别在北京闭幕。"
    )
    assert [m.organizer for m in found] == ["中国音乐家协会", "中国舞蹈家协会", "中国杂技家协会"]
    assert {(m.date, m.place) for m in found} == {("6月28日", "北京")}


def test_one_numbered_talk_of_a_series_is_a_meeting():
    m = only(
        "形势政策系列报告会第四场报告会今天（12月29日）在北京举行。商务部党组书记、部长王文涛表示，对外开放成效显著。"
    )
    assert (m.name, m.speakers) == ("形势政策系列报告会第四场报告会", ["王文涛"])


def test_a_talk_with_experts_the_headline_calls_a_forum():
    m = only(
        "在农历新春佳节即将到来之际，国务院总理李强1月26日下午在人民大会堂与获得中国政府友谊奖的外国专家代表座谈交流。"
        "李强表示，中国开放的大门只会越开越大。",
        title="李强同外国专家举行新春座谈会 丁薛祥出席",
    )
    assert (m.name, m.date, m.place, m.speakers) == ("新春座谈会", "1月26日", "人民大会堂", ["李强"])


def test_a_heading_with_another_kind_of_the_same_meeting():
    found = meetings(
        "安理会举行巴以问题高级别会议 中方呼吁实现永久停火",
        "联合国安理会20日举行巴以问题高级别公开辩论会。中国代表表示，中方对加沙实现停火表示欢迎。",
        headings=frozenset({0}),
    )
    assert [(m.name, m.organizer) for m in found] == [("巴以问题高级别公开辩论会", "联合国安理会")]


def test_organisers_a_reader_expects():
    assert only("联合国安理会同一天就以色列与伊朗冲突举行紧急公开会。").organizer == "联合国安理会"
    m = only("中央广播电视总台《2026年春节联欢晚会》今天（2月4日）举行新闻发布会，介绍晚会筹备情况。")
    assert m.organizer == "中央广播电视总台"
    assert only("2025中关村论坛年会27日在北京开幕。").organizer == "中关村论坛"
    assert only("2025年世界互联网大会乌镇峰会6日在浙江乌镇开幕。").organizer == "世界互联网大会"
    m = only("伊朗和阿曼代表团29日在阿曼马斯喀特举行首次会议。")
    assert (m.organizer, m.place) == ("伊朗和阿曼代表团", "阿曼马斯喀特")


def test_each_delegation_meeting_is_no_one_meeting():
    text = "3日下午和晚上，出席十四届全国人大二次会议的各代表团召开会议，审议了大会议程草案。"
    assert meetings(text) == []


def test_a_leading_group_that_spoke_as_one():
    (m,) = meetings(
        "第二届中国—中亚峰会17日在阿斯塔纳独立宫举行。哈萨克斯坦总统托卡耶夫主持峰会。",
        "哈萨克斯坦总统托卡耶夫等中亚五国领导人一致表示，中国是中亚国家可信赖的朋友。",
    )
    assert "托卡耶夫" in m.speakers
    found = meetings("洪秀柱等台湾嘉宾表示，期待加强两岸文化交流。", "海峡两岸中华文化峰会26日在北京举行。")
    assert all("洪秀柱" not in m.speakers for m in found)


def test_bodies_whose_names_hold_a_particle_or_a_joint():
    m = only("中央党的建设工作领导小组12日召开会议，蔡奇主持会议并讲话。")
    assert (m.organizer, m.chair) == ("中央党的建设工作领导小组", ["蔡奇"])
    assert (
        only("海湾合作委员会联合防务理事会18日在卡塔尔多哈举行特别会议。").organizer == "海湾合作委员会联合防务理事会"
    )
    assert only("县委组织召开防汛工作会议。").organizer == "县委"


def test_the_meeting_others_watch_and_those_who_attended_it():
    m = only("国际社会高度关注中国共产党二十届四中全会召开，认为中国科学制定五年规划。")
    assert m.name == "中国共产党二十届四中全会"
    assert meetings("王沪宁27日在京会见出席第二届海峡两岸中华文化峰会台湾嘉宾。") == []


def test_a_member_named_before_the_title_speaks():
    m = only(
        "政协第十四届全国委员会常务委员会第十四次会议1日在京举行全体会议。",
        "车俊常委建议，发展新质生产力。万建民常委提出，深化农业科技创新。王惠贞常委建议，香港应积极作为。",
    )
    assert {"车俊", "万建民", "王惠贞"} <= set(m.speakers)


def test_a_title_alone_is_the_one_person_who_holds_it():
    m = only(
        "习近平总书记十分关心贸易发展。",
        "去年底召开的中央经济工作会议上，总书记提出要积极发展服务贸易、绿色贸易、数字贸易。",
    )
    assert m.speakers == ["习近平"]
    m = only("赵乐际委员长出席会议。肖捷副委员长主持十四届全国人大常委会联组会议。")
    assert "赵乐际" not in m.chair  # 副委员长 is not 委员长


LOCAL = "全省工作会议12日在济南召开。"


def test_local_news_speakers():
    assert only(LOCAL + "李明省长强调，要抓好落实。").speakers == ["李明"]
    assert only(LOCAL + "省委书记王大伟出席会议，并就做好下一步工作提出要求。").speakers == ["王大伟"]
    assert only(LOCAL + "省委书记王大伟对下一步工作作出部署。").speakers == ["王大伟"]
    assert only(LOCAL + "省长李明进行了工作部署。").speakers == ["李明"]
    assert only(LOCAL + "省长李明和副省长张华分别讲话。").speakers == ["李明", "张华"]


def test_a_dateline_glued_to_the_meeting_is_no_part_of_its_name():
    m = only("新华社北京１月５日电全国宣传部长会议今天在京召开。中共中央政治局常委李岚清到会讲话。")
    assert (m.name, m.place, m.speakers) == ("全国宣传部长会议", "京", ["李岚清"])


def test_a_meeting_the_headline_announces_for_later_is_not_held():
    found = meetings(
        "9月3日是纪念日。当天上午9时，北京天安门广场举行纪念大会。某某将发表重要讲话。",
        title="纪念某某胜利80周年大会和文艺晚会将于9月3日在京举行",
    )
    assert found == []


def test_two_sides_that_meet_are_organisers_together():
    m = only("柬埔寨首相洪玛奈和泰国代理总理普坦今天（7月28日）在马来西亚吉隆坡举行特别会议。")
    assert m.organizer == "柬埔寨首相洪玛奈和泰国代理总理普坦"
    m = only("海湾阿拉伯国家合作委员会成员国外长与美国国务卿鲁比奥25日在巴林举行部长级会议。")
    assert m.organizer == "海湾阿拉伯国家合作委员会成员国外长与美国国务卿鲁比奥"
    m = only("由四国外长组成的代表团1日在约旦首都安曼与巴勒斯坦总统阿巴斯举行视频会议。")
    assert m.organizer is None  # not 阿巴斯 alone


def test_places_that_each_held_one_are_one_meeting_each():
    found = meetings("近日，广西、浙江分别举行“开局起步‘十五五’”专题新闻发布会，围绕当地规划纲要作介绍。")
    assert [m.organizer for m in found] == ["广西壮族自治区", "浙江省"]
    assert {m.name for m in found} == {"“开局起步‘十五五’”专题新闻发布会"}


def test_organisers_a_meetings_name_gives():
    assert only("第28次中国—东盟领导人会议28日在吉隆坡举行。").organizer == "中国—东盟"
    assert only("首届中国－阿拉伯国家峰会在利雅得举行。").organizer == "中国－阿拉伯国家"
    assert only("美国防部长赫格塞思4月30日在出席国会听证会时称，停火已经生效。").organizer == "国会"
    assert only("2026年夏季达沃斯论坛工商界代表座谈会24日在大连举行。").organizer == "夏季达沃斯论坛"
    assert only("在中央经济工作会议上，习近平总书记发表重要讲话。").organizer == "中央"
    m = only("俄罗斯总统普京17日在俄国防部扩大会议上表示，俄军掌握主动权。")
    assert (m.name, m.organizer, m.speakers) == ("俄国防部扩大会议", "俄国防部", ["普京"])


def test_made_up_members_named_before_their_title_speak():
    m = only(
        "政协第十四届全国委员会常务委员会第十四次会议1日在京举行全体会议。",
        "芮思远委员说，要发展新质生产力。柏晴雪代表建议，加强农业科技创新。",
    )
    assert {"芮思远", "柏晴雪"} <= set(m.speakers)


def test_made_up_names_after_a_title_the_tagger_cuts():
    from builder.extract import names, ner
    from builder.text import sentences_of

    def people(text):
        sentences = sentences_of([text])
        return [p.name for p in names.find_names(sentences, ner.mentions([s.norm for s in sentences]))[0]]

    assert "崔斌雨" in people("副委员长崔斌雨作的常委会执法检查组关于检查循环经济促进法实施情况的报告。")
    assert "付强丽" in people("中央组织部部长付强丽参加接见。")
    assert "万文航" in people("全国人大财政经济委员会副主任委员万文航作的报告。")
    assert people("九三学社中央主席魏怡航代表九三学社中央常务委员会作工作报告。") == ["魏怡航"]
    assert people("县长王晨都在现场。") != ["王晨都"]


def test_a_month_is_the_date_a_clause_gives_without_a_day():
    assert only("2020年11月，中央全面依法治国工作会议在北京召开。").date == "2020年11月"
    assert only("今年6月，全国党建工作座谈会在京召开。").date == "6月"
    assert only("3月至5月，全县召开安全生产工作会议。").date is None  # a span of months is no meeting's date


def test_a_meeting_named_for_where_it_met_and_some_places_are_no_body():
    m = only("1935年12月，长征到达陕北的中共中央召开瓦窑堡会议，制定了抗日民族统一战线的策略。")
    assert (m.name, m.organizer) == ("瓦窑堡会议", None)
    assert only("4月份，习近平总书记主持召开部分省区市座谈会。").organizer != "部分省区市"


def test_sixth_review_round_shapes():
    m = only("在2023年6月召开的加强荒漠化综合防治座谈会上，习近平总书记强调，要坚决打好攻坚战。")
    assert (m.date, m.place) == ("2023年6月", None)  # a month is no venue
    m = only("十四届全国人大三次会议今天（3月9日）举行记者会。住房城乡建设部部长倪虹分享了一组数据。")
    assert (m.organizer, m.speakers) == ("十四届全国人大三次会议", ["倪虹"])
    assert meetings("欧洲多国领导人可能于明天（2月17日）在巴黎举行非正式会议。") == []
    m = only("梁强热烈祝贺中国成功举行纪念中国人民抗日战争胜利80周年活动和上海合作组织天津峰会。")
    assert (m.name, m.organizer) == ("上海合作组织天津峰会", None)
    assert only("纪念遵义会议召开90周年大会15日在贵州遵义举行。").name == "纪念遵义会议召开90周年大会"
    m = only("凯洛格15日在慕尼黑安全会议上称，美国将参与谈判。")
    assert (m.name, m.organizer) == ("慕尼黑安全会议", None)  # a city no table holds opens a brand


def test_a_heading_of_the_same_body_sums_up_its_meeting():
    found = meetings(
        "联合国安理会举行加沙人道局势紧急会议",
        "联合国安理会13日举行紧急公开会，讨论加沙人道局势。",
        headings=frozenset({0}),
    )
    assert [m.name for m in found] == ["紧急公开会"]


def test_hosts_joined_by_and_and_a_stage_of_a_summit():
    m = only("英国国防部22日发表声明说，英国和法国当天在伦敦主持召开为期两天的多国军事规划会议。")
    assert (m.organizer, m.place) == ("英国和法国", "伦敦")
    m = only(
        "由中国中央广播电视总台与韩国延世大学、韩国YTN电视台联合主办的“全球治理与亚太共繁荣”对话会日前在北京举行。"
    )
    assert m.organizer == "中国中央广播电视总台与韩国延世大学、韩国YTN电视台"
    m = only("当地时间10月31日上午，亚太经合组织第三十二次领导人非正式会议第一阶段会议在韩国庆州和白会议中心举行。")
    assert (m.place, m.organizer) == ("韩国庆州和白会议中心", "亚太经合组织")  # 会议中心 is a venue


def test_sittings_named_together_are_one_meeting_each():
    found = meetings(
        "十四届全国人大常委会第十八次会议24日在京举行第一次、第二次全体会议。赵乐际委员长主持。",
        "上午，举行第一次全体会议。",
        "会议听取了全国人大常委会法制工作委员会主任沈春耀作的说明。",
        "下午，举行第二次全体会议。",
        "会议听取了全国人大常委会副委员长信春鹰作的报告。",
        "24日下午，赵乐际委员长分别主持召开第52次、第53次委员长会议。",
    )
    assert [m.name for m in found] == ["第一次全体会议", "第二次全体会议", "第52次委员长会议", "第53次委员长会议"]
    first, second = found[:2]
    assert {(m.date, m.place, m.organizer) for m in (first, second)} == {("24日", "京", "十四届全国人大常委会")}
    assert first.chair == second.chair == ["赵乐际"]
    assert "信春鹰" in second.speakers and "信春鹰" not in first.speakers

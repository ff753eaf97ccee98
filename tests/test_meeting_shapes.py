"""Meetings in the shapes of national broadcast and wire news, found on the corpus
extensions and on unlabeled broadcast stories (docs/quality.md); names, places and
people are made up or public figures of the news."""

from tests.test_meetings import meetings, only


def test_a_communique_opening_and_a_date_range_after_yu():
    m = only("中国共产党第九届中央委员会第三次全体会议，于2019年7月15日至18日在北京举行。")
    assert m.name == "中国共产党第九届中央委员会第三次全体会议" and m.place == "北京"
    assert only("中央林业工作会议于12月11日至12日在北京举行。").place == "北京"
    assert meetings("全省经济工作会议，于是被推迟。") == []


def test_officials_answering_questions_at_a_press_conference_speak():
    m = only("省政府新闻办5月10日举行新闻发布会。省财政厅厅长孙立新、省统计局副局长周宏出席发布会并回答记者提问。")
    assert m.speakers == ["孙立新", "周宏"]


def test_a_country_opening_a_name_hosts_nothing_by_itself():
    assert only("2023年中国网络文艺大会18日在厦门开幕。").organizer is None
    assert only("2023年江西省对接大湾区投资推介会20日在深圳举行。").organizer == "江西省"


def test_a_closing_after_its_agenda_and_a_report_made_on_a_body_s_behalf():
    m = only("第九届全国人民代表大会第五次会议在完成各项议程后，11日上午在人民大会堂闭幕。")
    assert m.place == "人民大会堂"
    m = only("全国政协九届五次会议4日下午在人民大会堂开幕。张海代表政协第九届全国委员会常务委员会，向大会报告工作。")
    assert m.speakers == ["张海"]


def test_sessions_numbered_within_a_year_and_anniversaries_are_whole_names():
    m = only("12月5日下午，县委书记王刚主持召开县委常委会2023年第30次会议，传达学习有关精神。")
    assert m.name == "县委常委会2023年第30次会议" and m.chair == ["王刚"]
    m = only("某某机构14日上午在人民大会堂隆重举行庆祝某某机构成立70周年大会。")
    assert m.name == "庆祝某某机构成立70周年大会"
    # a meeting's anniversary inside a longer name (People's Daily 1998)
    m = only(
        "本报北京5月14日讯国家出版署今天在京召开关于做好纪念某会议召开20周年、庆祝某机构成立50周年图书出版工作会议。"
    )
    assert m.name == "关于做好纪念某会议召开20周年、庆祝某机构成立50周年图书出版工作会议"
    assert m.organizer == "国家出版署" and m.place == "京"
    assert only("新华社北京5月7日电某部今天在京召开全国安全生产电视电话会议。").organizer == "某部"
    assert only("南方电网电力公司今天在广州召开安全生产工作会议。").organizer == "南方电网电力公司"


def test_officials_meeting_as_a_group_and_one_of_a_named_series():
    m = only("东盟外长20日在雅加达举行会议，讨论地区局势。")
    assert m.organizer == "东盟外长" and m.place == "雅加达" and m.date == "20日"
    m = only("今天（12月27日），国务院新闻办公室举行“某某成效”系列新闻发布会，交通部门负责人介绍有关情况。")
    assert m.name == "“某某成效”系列新闻发布会" and m.organizer == "国务院新闻办公室"


def test_a_relative_clause_is_no_part_of_a_name_and_a_source_no_organiser():
    m = only("由教育部等共同举办的首届世界数字教学大会，今天（2月13日）在北京开幕。")
    assert m.name == "首届世界数字教学大会" and m.place == "北京"
    m = only("记者从国务院新闻办公室今天（7月9日）举行的新闻发布会上了解到，博览会将于7月23日至28日举行。")
    assert m.organizer == "国务院新闻办公室" and m.date == "7月9日"
    assert only("第十五次全国民政会议10月25日至26日在京召开。").date == "10月25日至26日"


def test_this_meeting_is_the_one_reported_and_its_speakers_are_its_own():
    found = meetings(
        "某某12日下午在某省某市主持召开推动流域发展座谈会并发表重要讲话。",
        "某某在调研期间专门召开这次座谈会。座谈会上，省发展改革委主任郑一平、市委书记袁二军先后发言。",
    )
    assert [m.name for m in found] == ["推动流域发展座谈会"]
    assert found[0].speakers[-2:] == ["郑一平", "袁二军"]


def test_members_asking_questions_in_a_list_with_a_name_the_tagger_missed():
    m = meetings(
        "十四届全国人大常委会第五次会议30日上午举行联组会议，开展专题询问。",
        "常委会委员庞一丽、唐二华、许为钢、王三刚和徐四祥等与会同志围绕粮食安全等问题提出询问。",
    )[0]
    assert {"庞一丽", "许为钢", "徐四祥"} <= set(m.speakers)


def test_speakers_in_long_comma_lists_greetings_and_reports_on_the_agenda():
    m = only(
        "企业和专家座谈会23日在某市召开。座谈会上，某某电力投资集团有限公司董事长、党组书记刘一胜，"
        "某市创新投资集团有限公司董事长、党委书记左二丁，某大学国家发展研究院教授周三仁先后发言。"
    )
    assert m.speakers == ["刘一胜", "左二丁", "周三仁"]
    assert only("庆祝大会21日在京举行。某协会会长杨万一代表人民团体致贺词。").speakers == ["杨万一"]
    assert only("主席会议28日在京举行。副主席兼秘书长王东一等就有关议题作了说明和报告。").speakers == ["王东一"]
    assert only("国际友好大会11日举行。某国前总统奥巴桑、某会召集人穆晓明分别代表外方发言。").speakers == [
        "奥巴桑",
        "穆晓明",
    ]


def test_a_title_after_the_name_of_a_chair():
    assert only("第二次全体会议9日举行。张海峰副委员长主持会议。").chair == ["张海峰"]


def test_rules_means_and_ceremonies_are_no_meetings_held():
    assert meetings("全国人大议事规则规定，主席团主持全国人民代表大会会议。") == []
    assert meetings("某省通过召开专项工作会议、举办读书班等多种方式教育党员。") == []
    assert meetings("闭幕会后，十四届全国人大常委会举行宪法宣誓仪式。") == []
    assert meetings("会议通过了关于授权主席会议审议未尽事宜的决定。") == []


def test_a_sitting_named_after_its_session_and_joint_names_keep_their_places():
    m = only("某某8日下午在出席某届人大一次会议解放军和武警部队代表团全体会议时强调，要巩固提高。")
    assert m.name.endswith("代表团全体会议")
    assert only("俄罗斯和白俄罗斯联盟国家最高国务委员会会议6日在莫斯科召开。").name.startswith("俄罗斯和")
    assert only("某某17日在西安主持中国—中亚峰会。").name == "中国—中亚峰会"


def test_venues_lose_partners_media_and_topics_and_names_keep_their_events():
    m = only("国务院副总理丁薛祥15日在北京同俄罗斯副总理诺瓦克共同主持中俄能源合作委员会第二十次会议。")
    assert m.place == "北京" and m.chair == ["丁薛祥", "诺瓦克"]
    m = only("国务院总理某某25日下午在中南海紫光阁以视频方式出席某某合作第四次领导人会议。")
    assert m.place == "中南海紫光阁"
    m = only("随后，某某共同体领导人在尼日利亚首都阿布贾就尼日尔局势召开紧急会议。")
    assert m.place == "尼日利亚首都阿布贾" and m.organizer is None
    assert only("杭州亚运会韩国体育代表团成立大会12日在首尔举行。").name == "杭州亚运会韩国体育代表团成立大会"
    assert only("今天（9月21日），国新办举行中国交通可持续发展情况新闻发布会。").organizer == "国新办"
    assert only("今年6月2日，某某出席文化传承发展座谈会并发表重要讲话。").date == "6月2日"
    assert only("4日，阿拉伯国家外长协调会议在约旦首都安曼举行。").name.startswith("阿拉伯国家")


def test_series_of_meetings_occasions_and_adverbs_are_no_meetings_or_names():
    assert meetings("我参加了此后历次中非合作论坛峰会。") == []
    assert meetings("希望双方以举办第十届部长会为契机，深化合作。") == []
    m = only("某某表示，昨天我同韩正副主席成功主持召开某某高层协调与合作委员会第七次会议。")
    assert m.chair == ["韩正"]
    m = only("某某7日出席十四届全国人大二次会议解放军和武警部队代表团全体会议并发表重要讲话。")
    assert m.name.endswith("代表团全体会议")


def test_a_sitting_takes_a_one_character_venue_and_ranges_keep_their_year():
    found = meetings("政协第十四届全国委员会常务委员会第九次会议11日上午在京闭幕。王沪宁主持闭幕会。")
    closing = next(m for m in found if m.name == "闭幕会")
    assert closing.place == "京" and closing.date == "11日"
    m = only("中国共产党第二十届中央委员会第二次全体会议，于2023年2月26日至28日在北京举行。")
    assert m.date == "2023年2月26日至28日"


def test_he_after_the_chair_speaks_and_a_long_explanation_is_a_speech():
    m = only("新年茶话会31日上午在某某礼堂举行。茶话会由全国政协主席王沪宁主持。他指出，要认真学习。")
    assert m.chair == ["王沪宁"] and m.speakers == ["王沪宁"]
    m = only(
        "十四届全国人大常委会第十次会议25日举行第一次全体会议。",
        "受国务院委托，生态环境部部长黄润秋作了关于提请审议批准《〈关于汞的水俣公约〉缔约方大会第四次会议"
        "第4/3号决定对〈关于汞的水俣公约〉附件A的修正》的议案的说明。",
    )
    assert m.speakers == ["黄润秋"]


def test_a_report_made_on_a_body_s_behalf_and_a_summit_of_a_known_body():
    m = meetings(
        "第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。赵乐际主持大会。",
        "受全国人大常委会委托，全国人大常委会副委员长李鸿忠作关于国务院组织法修订草案的说明。",
    )[0]
    assert "李鸿忠" in m.speakers
    assert only("第42届东盟峰会11日在印尼拉布安巴焦闭幕。").organizer == "东盟"
    assert only("第七届世界智能大会18日在天津开幕。").organizer is None


def test_a_titled_speaker_opening_a_sentence_later_in_a_paragraph_and_the_next_one_in_it():
    m = meetings(
        "某某学会成立110周年庆祝大会21日在京举行。",
        "大会在国歌声中开幕。全国人大常委会副委员长、某某学会会长丁仲礼作报告。"
        "某某协会党组书记、会长杨万明代表人民团体致贺词，某某学会副会长、某大学常务副校长潘建伟代表留学人员发言。",
    )[0]
    assert m.speakers == ["丁仲礼", "杨万明", "潘建伟"]


def test_bodies_holding_a_briefing_together_and_an_event_briefing_the_press():
    m = only("国家发展改革委、财政部、中国人民银行、税务总局今天（8月4日）联合举行新闻发布会。")
    assert m.organizer == "国家发展改革委、财政部、中国人民银行、税务总局"
    assert only("今天（10月3日）上午，某市亚运会例行新闻发布会召开。").organizer == "某市亚运会"


def test_anniversaries_procedures_and_verbs_around_venues_and_names():
    assert meetings("某某强调，明年是万隆会议召开70周年。") == []
    assert meetings("经中央纪委常委会会议研究并报中央政治局会议审议，决定给予处分。") == []
    m = only("欢迎仪式后，李强同穆罕默德举行会谈并共同主持召开中国—沙特高级别联合委员会第四次会议。")
    assert m.name == "中国—沙特高级别联合委员会第四次会议"
    assert only("某行行长拉加德在会后的新闻发布会上表示，降息基于评估。").name == "新闻发布会"
    m = only("伊拉克、叙利亚、伊朗三国外长6日在巴格达举行会议。")
    assert m.organizer == "伊拉克、叙利亚、伊朗三国外长" and m.place == "巴格达"
    m = only("记者今天（12月31日）从某部门联合召开的2025年全国春运电视电话会议上了解到春运情况。")
    assert not (m.date or "").startswith("2025")


def test_meetings_to_come_a_later_short_reference_and_a_body_meeting_in_the_evening():
    assert meetings("双方同意加强沟通，适时召开新一轮中日经济高层对话会议。") == []
    assert meetings("赵乐际指出，本次会议为召开十四届全国人大二次会议做好准备。") == []
    m = only("第十四届全国人大宪法和法律委员会7日晚召开全体会议，对草案进行统一审议。")
    assert m.organizer == "第十四届全国人大宪法和法律委员会"
    found = meetings(
        "上海合作组织成员国元首理事会第二十四次会议4日在阿斯塔纳举行。",
        "习近平在元首理事会会议上发表重要讲话。",
    )
    assert len(found) == 1 and found[0].speakers == ["习近平"] and found[0].organizer != "上海市"
    m = only("某某致贺信，祝贺第33届阿拉伯国家联盟首脑理事会会议在麦纳麦召开。")
    assert m.name == "第33届阿拉伯国家联盟首脑理事会会议" and m.place == "麦纳麦"
    assert meetings("那是一次具有里程碑意义的历史性会议。") == []


def test_speakers_invited_to_report_and_a_report_made_by_a_secretariat():
    m = only("某某会议30日开幕。中共中央政治局委员、国务院副总理何立峰应邀出席会议并作报告。")
    assert m.speakers == ["何立峰"]
    m = meetings(
        "十四届全国人大一次会议主席团常务主席10日举行第五次会议。",
        "会议听取了大会副秘书长姜信治作的大会秘书处关于国务院总理的人选酝酿情况的汇报。",
    )[0]
    assert "姜信治" in m.speakers


def test_a_summit_named_after_its_body():
    assert only("欧盟峰会17日在布鲁塞尔开幕。").organizer == "欧盟"
    assert only("世界智能大会18日在天津开幕。").organizer is None


def test_a_meeting_held_on_a_visit_is_held_where_the_visit_went():
    m = only("县委书记王刚来到城关镇调研，看望基层干部，并主持召开座谈会。")
    assert m.place == "城关镇" and m.chair == ["王刚"]


def test_a_dateline_s_day_gives_way_to_the_day_at_the_verb_and_a_reporter_chairs_nothing():
    m = only("中新网5月22日电 据公安部网站消息，全国公安厅局长座谈会21日在北京召开。")
    assert m.date == "5月21日"
    m = only("新华网北京5月22日电（记者 张晓松）国务院总理温家宝22日主持召开国务院常务会议。")
    assert m.chair == ["温家宝"]


def test_a_spokesperson_s_briefing_is_held_by_the_body_they_speak_for():
    m = only("白宫发言人麦柯里27日在此间举行的新闻发布会上说，总统对改革充满信心。")
    assert m.organizer == "白宫" and m.speakers == ["麦柯里"]  # 白宫|发言人 is no "白宫 发言"
    m = only("外交部发言人赵立坚25日在例行记者会上表示，中方坚决反对。")
    assert m.organizer == "外交部" and m.speakers == ["赵立坚"]


def test_a_meeting_named_after_its_closing():
    m = only("今天在北京结束的全国武术经济工作会议上成立了中国武术协会经济开发委员会。")
    assert m.name == "全国武术经济工作会议" and m.place == "北京"
    assert only("在昨天闭幕的全省经济工作会议上，省长李四作了报告。").speakers == ["李四"]


def test_officials_answering_at_a_press_conference_in_paragraphs_of_their_own():
    m = only(
        "某会议今天（3月6日）举行记者会，有关负责人回答了中外记者的提问。",
        "在谈到经济形势时，国家发展改革委主任郑一表示，经济回升向好。",
        "财政部部长蓝二在回答有关财政政策的提问时说，适度加力提质增效。",
        "中央政策研究室副主任唐三就全会概况、全会主题，以及文件起草情况作了介绍。",
        "全国政协副主席，中央改革办副主任穆四重点就改革的总目标作了介绍。",
    )
    assert m.speakers == ["郑一", "蓝二", "唐三", "穆四"]
    # at any other meeting a statement in a later sentence may be about anything
    m = only(
        "全市招商引资推进会在市行政中心召开。市长程建新出席并讲话。",
        "桐川县是文明县城。县委书记马俊峰表示，要当好排头兵。",
    )
    assert m.speakers == ["程建新"]


def test_a_meeting_held_as_it_opened_a_long_sub_body_session_and_a_chair_who_also_attended():
    m = only("7月3日，第三届某某对话会暨首届世界某某大会开幕式在北京举行。国家副主席韩正出席并致辞。")
    assert m.name == "第三届某某对话会暨首届世界某某大会" and m.place == "北京" and m.speakers == ["韩正"]
    m = only("委员长赵乐际21日在京主持召开全国人大常委会种子法执法检查组第一次全体会议。")
    assert m.name == "全国人大常委会种子法执法检查组第一次全体会议"
    m = only("30日，全国某某表彰大会在北京举行。李干杰出席大会并讲话。姜信治参加接见并主持大会。")
    assert m.chair == ["姜信治"] and m.speakers == ["李干杰"]


def test_the_maker_of_a_work_report_the_meeting_adopted_speaks():
    m = only(
        "二十届中央纪委二次全会9日至10日在北京举行。全会由中央纪律检查委员会常务委员会主持。"
        "全会审议通过了李希同志代表中央纪委常委会所作的《深入学习贯彻》工作报告。"
    )
    assert m.speakers == ["李希"]


def test_a_meeting_being_planned_is_not_held():
    m = only("全国政协12月27日在京召开第十二次主席会议。会议研究了召开全国政协十四届二次会议的有关事项。")
    assert m.name == "第十二次主席会议"


def test_hosts_listed_before_a_name_and_a_river_that_opens_it():
    m = only("各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会24日在京召开。石泰峰主持会议。")
    assert m.name.endswith("长江生态环境保护民主监督工作座谈会") and m.chair == ["石泰峰"]
    m = only("长江生态环境保护民主监督工作座谈会24日在京召开。")
    assert m.name == "长江生态环境保护民主监督工作座谈会" and m.organizer is None


def test_titled_speakers_listed_with_commas_whose_clause_ends_speaking():
    m = only(
        "全国政协7月18日在京召开第六次主席会议。王沪宁主持。"
        "全国政协副主席石泰峰，全国政协副主席胡春华、梁振英、苏辉围绕学习贯彻重要讲话精神发言。"
    )
    assert m.speakers == ["石泰峰", "胡春华", "梁振英", "苏辉"]
    m = only(
        "中非合作论坛北京峰会4日在北京开幕。习近平发表主旨讲话。"
        "塞内加尔总统法耶，毛里塔尼亚总统加兹瓦尼，南非总统拉马福萨也在开幕式致辞。"
    )
    assert m.speakers == ["习近平", "法耶", "加兹瓦尼", "拉马福萨"]


def test_the_one_person_of_a_sentence_that_ends_in_a_speech_spoke():
    m = only("某专题协商会2日在京召开。王沪宁主持会议。国务院副总理何立峰出席会议，现场听取政协委员意见建议并讲话。")
    assert m.chair == ["王沪宁"] and m.speakers == ["何立峰"]
    assert only("颁奖报告会21日在京举行。中宣部部长李书磊参加会见，出席报告会并讲话。").speakers == ["李书磊"]
    m = only("某座谈会在京召开。张三主持会议，李四出席并讲话。")  # two people: only the one who spoke
    assert m.chair == ["张三"] and m.speakers == ["李四"]


def test_a_co_chair_who_attended_and_a_body_s_numbered_lecture():
    m = only("某峰会和平安全高级别会议5日在北京举行。全国政协主席王沪宁出席并与南非总统拉马福萨共同主持会议。")
    assert m.name == "某峰会和平安全高级别会议" and m.chair == ["王沪宁", "拉马福萨"]
    m = only("全国政协十四届常委会第六次会议闭幕。闭幕会后举行全国政协十四届常委会第六次学习讲座，某部长应邀作讲座。")
    assert m.name == "全国政协十四届常委会第六次会议"


def test_a_chair_who_gives_the_work_plan_speaks():
    m = only("某工作会议5日在京召开。中央组织部部长李干杰主持会议并作工作部署，表示要抓好落实。")
    assert m.chair == ["李干杰"] and m.speakers == ["李干杰"]


def test_a_speech_relayed_or_recalled_is_no_speech_at_this_meeting():
    m = only("某培训班创办70周年座谈会9月21日在京召开。中央党校校长陈希在会上传达习近平重要指示并讲话。")
    assert m.speakers == ["陈希"]
    m = only("某高级别会议5日在北京举行。王沪宁出席并致辞。王沪宁在致辞中说，习近平主席在峰会开幕式上发表主旨讲话。")
    assert m.speakers == ["王沪宁"]
    # but a report's own words may report a meeting: 报道说，…在战时内阁会议上表示
    assert (
        len(meetings("据某广播公司25日报道，总理已批准计划。报道说，军方当天在战时内阁会议上表示，已完成准备。")) == 1
    )


def test_a_new_government_s_first_sitting_is_held_and_a_basis_is_no_report():
    m = only("国务院总理王立新3月14日主持召开新一届国务院第一次常务会议，研究机构设置有关工作。")
    assert m.name == "新一届国务院第一次常务会议" and m.chair == ["王立新"]
    # 根据…全会审议通过的方案: the basis of a decision, no meeting reported (and never a name 根据…)
    assert meetings("根据某某全会审议通过的《机构改革方案》，会议审议通过了直属机构设置。") == []


def test_a_presiding_member_s_title_is_no_verb():
    # 主席团会议主持人王某出席会议: 主持人 is a title, not 主持 + a meeting named 人王某出席会议
    assert meetings("中共中央政治局常委、某会议主席团会议主持人王某出席会议。") == []


def test_a_meeting_as_the_object_of_an_act_is_the_meeting_already_reported():
    found = meetings(
        "某某第十九次全国代表大会19日在北京开幕。大会主席团常务委员会委员王立新宣布大会开幕。李光明向大会召开表示热烈的祝贺。"
    )
    assert [m.name for m in found] == ["某某第十九次全国代表大会"]


def test_a_quoted_name_a_closing_in_other_words_and_a_brand_opened_by_a_place():
    m = only("第三届“世界航商大会”今天（11月20日）在香港会展中心举行。")
    assert m.name == "第三届“世界航商大会”" and m.place == "香港会展中心"
    m = only("为期4天的博鳌亚洲论坛2023年年会今天（3月31日）下午在海南博鳌落下帷幕。")
    assert m.name == "博鳌亚洲论坛2023年年会" and m.place == "海南博鳌" and m.organizer != "博鳌"


def test_one_edition_named_by_its_year_and_by_its_number_is_one_meeting():
    found = meetings("2024世界航商大会在香港举行。第四届世界航商大会今天（11月18日）在香港会展中心举行。")
    assert len(found) == 1
    assert len(meetings("2023年全省经济工作会议在济南召开。2024年全省经济工作会议在济南召开。")) == 2


def test_counted_lists_trips_and_times_are_not_meetings_or_places():
    assert meetings("大会举办20多场专题会议、平行会议以及多场特色活动。") == []
    assert meetings("总理李强5日上午乘包机离开北京，赴印度出席二十国集团领导人第十八次峰会。") == []
    assert only("这两天，全省13个地市的相关负责人聚集在一起召开调度会。").place is None
    m = only("在今天（3月21日）国务院新闻办举行的新闻发布会上，有关负责人表示，资金全部落实。")
    assert m.organizer == "国务院新闻办"


def test_a_bureau_s_own_session_and_a_disclosure_at_a_press_conference():
    m = only("俄罗斯总统普京在俄联邦安全局局务会议上表示，协助是工作重点。")
    assert m.organizer == "俄联邦安全局" and m.speakers == ["普京"]
    assert only("阿卜杜拉希扬在会晤后举行的新闻发布会上透露，双方同意互派大使。").speakers == ["阿卜杜拉希扬"]


def test_a_message_read_out_is_no_speaker_and_its_bearer_for_many_bodies_is():
    m = only(
        "某某第十九次全国代表大会19日在北京开幕。徐立平代表中华全国总工会、中华全国妇女联合会、"
        "中国作家协会向大会致贺词。贺词指出，各群团组织要继续发扬优良传统。"
    )
    assert m.speakers == ["徐立平"]


def test_held_in_other_words_a_yearly_session_and_who_spoke_at_someone_else_s_hearing():
    m = only("2024年全球华侨华人促进和平统一大会8月20日在香港举办。")
    assert m.name == "2024年全球华侨华人促进和平统一大会" and m.place == "香港"
    assert only("两岸企业家峰会2024年年会在南京开幕。").name == "两岸企业家峰会2024年年会"
    m = only("法国前总理弗朗索瓦·菲永近日在法国国民议会举行的听证会上说，制裁害人害己。")
    assert m.organizer is None and m.speakers == ["弗朗索瓦·菲永"]


def test_a_sitting_chaired_in_a_paragraph_of_its_own_and_a_briefing_on_the_centre_s_behalf():
    m = only(
        "全国政协十四届一次会议7日上午在人民大会堂举行第二次全体会议。",
        "会议由全国政协十四届一次会议主席团常务主席胡春华主持。",  # a paragraph of its own
    )
    assert m.chair == ["胡春华"]
    m = only(
        "中共中央7月26日在中南海召开党外人士座谈会。习近平主持座谈会并发表重要讲话。"
        "李强受中共中央委托通报了上半年经济工作有关情况。"
    )
    assert m.organizer == "中共中央" and m.speakers == ["习近平", "李强"]


def test_hosts_named_jointly_later_or_before_a_yearly_session():
    m = only(
        "今天（8月30日），在中国人民银行、全国工商联等部门联合召开的金融支持民营企业发展工作推进会上，18家企业签约。"
    )
    assert m.organizer == "中国人民银行、全国工商联" and m.place is None
    m = only("中央宣传部、中央和国家机关工委、教育部、中共北京市委今天（7月26日）上午在京举办宣讲团首场报告会。")
    assert m.organizer == "中央宣传部、中央和国家机关工委、教育部、中共北京市委"
    assert only("中共中央政治局于12月26日至27日召开民主生活会。").organizer == "中共中央政治局"
    m = only("7月3日，第三届文明交流互鉴对话会开幕式在北京举行。本次对话会由中国国际交流协会主办，约400人参会。")
    assert m.organizer == "中国国际交流协会"
    assert only("博鳌亚洲论坛2023年年会今天在海南博鳌闭幕。").organizer == "博鳌亚洲论坛"


def test_a_meeting_recalled_for_what_it_adopted_does_not_end_the_passage_of_the_one_reported():
    found = meetings(
        "十四届全国人大一次会议7日下午在北京人民大会堂举行第二次全体会议。",
        "议案指出，党的二十届二中全会审议通过了《机构改革方案》，同意将有关内容提交审议。",
        "受国务院委托，国务委员兼国务院秘书长肖捷作关于国务院机构改革方案的说明。",
    )
    assert found[0].speakers == ["肖捷"] and found[1].speakers == []


def test_held_as_the_meeting_speaks_adopts_or_runs_alongside_another_event():
    m = only("17日，在比利时布鲁塞尔举行的欧盟峰会称，应对伊朗实施更严厉制裁。")
    assert m.name == "欧盟峰会" and m.place == "比利时布鲁塞尔"
    assert only("10日，联合国大会紧急特别会议以压倒性多数通过决议，认定某国符合资格。").date.endswith("10日")
    assert only("为期三天的贸易投资对接会也于今天同步举行。").name == "贸易投资对接会"
    m = only("昨天（3月30日），金砖国家治国理政研讨会暨人文交流论坛在扬州开幕。")
    assert m.name == "金砖国家治国理政研讨会" and m.place == "扬州"
    # submitted to a session for deliberation: no meeting, and never a name 全会同意把…
    assert meetings("全会同意把《机构改革方案》的部分内容按照法定程序提交十四届全国人大一次会议审议。") == []


def test_a_session_s_sitting_a_standing_committee_s_day_and_a_council_s_meeting_on_a_topic():
    m = only(
        "政协第十四届全国委员会常务委员会第四次会议1日下午举行全体会议，13位常委围绕有关议题作大会发言。",
        "车俊常委建议，深入学习宣传贯彻生态文明思想。阮成发常委提出，完善相关法律制度。",
        "全国政协副主席梁振英主持会议。",
    )
    assert (m.name, m.organizer) == ("全体会议", "政协第十四届全国委员会常务委员会")
    assert m.chair == ["梁振英"] and m.speakers == ["车俊", "阮成发"]
    m = only("中共中央政治局常务委员会1月4日全天召开会议，听取工作汇报。习近平主持会议并发表重要讲话。")
    assert m.organizer == "中共中央政治局常务委员会" and m.chair == ["习近平"]
    assert only("18日，联合国安理会就向乌克兰提供武器问题举行会议。").organizer == "联合国安理会"


def test_a_summit_beside_a_talk_lends_it_no_speakers_and_one_ahead_is_not_held():
    m = only(
        "国家主席习近平在里约热内卢出席二十国集团领导人峰会期间会见澳大利亚总理阿尔巴尼斯。"
        "习近平指出，两国关系重要。阿尔巴尼斯表示，愿意合作。"
    )
    assert m.speakers == [] and m.place == "里约热内卢"
    assert meetings("习近平同来华出席中非合作论坛北京峰会并进行国事访问的塞内加尔总统法耶举行会谈。") == []
    assert meetings("国家主席习近平在阿斯塔纳出席上海合作组织峰会前会见乌兹别克斯坦总统米尔济约耶夫。") == []
    assert meetings("5月17日，习近平在西安主持中国－中亚峰会前夕，专门听取陕西省委工作汇报。") == []


def test_names_a_list_of_titled_people_holds_speak_though_the_name_finder_missed_them():
    m = only("中共中央召开党外人士座谈会。民革中央主席郑建邦、全国工商联主席高云龙、无党派人士代表包信和先后发言。")
    assert m.speakers == ["郑建邦", "高云龙", "包信和"]
    m = only("峰会在北京开幕。格鲁吉亚第一副总理达维塔什维利、世界知识产权组织总干事邓鸿森出席峰会并致辞。")
    assert m.speakers == ["达维塔什维利", "邓鸿森"]
    # what follows a title is no name when it is a word (…主任近期重要…) or a known name's run-on
    m = only("主席会议在京举行。全国政协副主席、秘书长王东峰主持并作说明。")
    assert "主持并" not in "".join(m.speakers)


def test_a_place_is_only_the_place_and_a_leader_who_toured_first_chairs():
    assert only("国务院总理李强在湖南调研并主持召开先进制造业发展座谈会。").place == "湖南"
    m = only("习近平总书记近日在内蒙古自治区巴彦淖尔市考察并主持召开加强荒漠化综合防治座谈会。")
    assert m.place == "内蒙古自治区巴彦淖尔市" and m.chair == ["习近平"]
    assert only("中国—中亚峰会于5月18日至19日在陕西西安成功举行。").place == "陕西西安"
    assert only("全国政协召开视频会议，委员们应邀通过网络方式在线参加会议。").place is None
    assert only("在白鹿镇，李强主持召开防汛形势分析会议。").place == "白鹿镇"


def test_a_speech_recalled_in_what_someone_said_or_long_ago_is_no_speech_at_this_meeting():
    m = only(
        "全国科技大会第二次全体会议25日举行。丁薛祥出席并讲话。丁薛祥指出，习近平总书记发表重要讲话，为科技事业提供了遵循。"
    )
    assert m.speakers == ["丁薛祥"]
    m = only("中共全国人大常委会党组召开会议。会议指出，习近平总书记在全会上作的工作报告，系统总结了五年的工作。")
    assert m.speakers == []
    m = only("首都规划建设委员会第三次全体会议27日召开。十年前，习近平总书记视察北京并发表重要讲话，指明了方向。")
    assert m.speakers == []
    # the one who relayed a letter and an instruction spoke; their writers did not
    m = only("全国优秀教师代表座谈会9日在北京召开。丁薛祥出席会议，传达习近平致信和李强批示并讲话。")
    assert m.speakers == ["丁薛祥"]
    # the sentence reporting the meeting may itself be what someone said
    m = only("以色列总理办公室12日表示，以色列战时内阁当天召开会议，以总理内塔尼亚胡要求评估当前局势。")
    assert m.speakers == ["内塔尼亚胡"]


def test_a_round_up_s_next_item_lends_its_speakers_to_no_meeting():
    m = only(
        "中方在安理会紧急会议上呼吁尽快实现停火",
        "13日，联合国安理会就以色列袭击加沙学校举行紧急会议。",
        "俄总统表示解决巴勒斯坦问题必须落实联合国决议",
        "俄罗斯总统普京13日在莫斯科会见巴勒斯坦总统阿巴斯时表示，必须落实决议。",
    )
    assert m.speakers == []


def test_a_trip_s_purpose_a_decision_to_convene_and_a_speech_s_spirit_are_no_meetings_held():
    assert meetings("11月17日下午，习近平抵达里约热内卢，出席二十国集团领导人第十九次峰会并对巴西进行国事访问。") == []
    assert len(meetings("习近平结束出席二十国集团领导人第十九次峰会并对巴西进行国事访问，回到北京。")) == 1
    assert meetings("会议表决通过了全国人大常委会关于召开十四届全国人大三次会议的决定。") == []
    assert meetings("要深入贯彻总书记主持召开新时代推动中部地区崛起座谈会时的重要讲话精神。") == []


def test_speaking_while_chairing_giving_the_plan_or_a_titled_speech():
    m = only("第四次建设工作座谈会2日在北京召开。丁薛祥主持会议时表示，要推动高质量发展。")
    assert m.chair == ["丁薛祥"] and m.speakers == ["丁薛祥"]
    assert only("中央金融工作会议30日至31日在北京举行。李强对做好金融工作作了具体部署。").speakers == ["李强"]
    m = only("国家主席习近平出席和平共处五项原则发表70周年纪念大会，并发表题为《弘扬五项原则 构建共同体》的重要讲话。")
    assert m.speakers == ["习近平"]


def test_held_last_night_from_a_day_on_and_spoken_at_at_the_opening():
    assert only("2023年全球贸易投资促进峰会昨晚（5月24日）在北京举行。").place == "北京"
    assert only("为期三天的杭州亚运会代表团团长大会25日起在杭州举行。").place == "杭州"
    m = only("第十届世界华侨华人社团联谊大会8日在北京开幕。石泰峰参加会见并在当天上午的大会开幕式上讲话。")
    assert m.speakers == ["石泰峰"]
    assert only("14日召开的欧盟外长会议指责以色列军队的袭击严重违反国际法。").name == "欧盟外长会议"
    assert only("习近平倡议并同拉马福萨总统共同主持中非领导人对话会，宣布中方发起倡议。").chair[0] == "习近平"


def test_a_sitting_of_a_session_shares_its_roles():
    found = meetings(
        "政协第十四届全国委员会常务委员会第四次会议31日上午在京开幕。",
        "国务院副总理何立峰应邀出席会议并作报告。全国政协副主席石泰峰主持开幕会。",
    )
    assert [(m.name, m.chair, m.speakers) for m in found][1] == ("开幕会", ["石泰峰"], ["何立峰"])
    assert found[0].chair == ["石泰峰"]


def test_bodies_named_right_procedures_no_meetings_and_one_person_once():
    m = only(
        "十四届全国人大二次会议主席团10日下午在北京人民大会堂举行第三次会议。主席团会议听取了信春鹰作的关于草案审议结果的报告。"
    )
    assert m.organizer == "十四届全国人大二次会议主席团" and m.speakers == ["信春鹰"]
    assert only("加勒比共同体11日在牙买加举行特别会议，讨论海地局势。").organizer == "加勒比共同体"
    assert only("中央和国家机关党的工作暨纪检工作会议23日在京召开。").organizer is None
    assert only("中国妇女第十三次全国代表大会23日在北京人民大会堂开幕。").organizer is None
    assert only("联合国安理会10日举行巴以局势紧急公开会。").name == "巴以局势紧急公开会"
    assert only("欧盟特别峰会1日达成协议，决定向乌克兰提供资金支持。").name == "欧盟特别峰会"
    m = only("赵乐际10日在北京与俄罗斯联邦委员会主席马特维延科举行会谈，并共同主持中俄议会合作委员会第八次会议。")
    assert m.chair[0] == "赵乐际"
    assert meetings("大会秘书处对议案逐件分析研究，认为没有需要列入本次会议审议的议案。") == []
    assert meetings("工作要点作了调整完善，经委员长会议审议通过并正式印发执行。") == []
    m = only("联合国安理会2日举行紧急公开会议。联合国助理秘书长哈立德·赫亚里在会上表示，局势严峻。赫亚里呼吁各方克制。")
    assert m.speakers == ["哈立德·赫亚里"]


def test_one_who_makes_a_titled_report_on_a_body_s_behalf_speaks():
    m = only(
        "中国妇女第十三次全国代表大会23日在北京开幕。"
        "黄晓薇代表中华全国妇女联合会第十二届执行委员会作了题为《在中国式现代化进程中彰显妇女新担当展现巾帼新作为》的报告。"
    )
    assert m.speakers == ["黄晓薇"]


def test_a_counted_list_that_spoke_on_topics_and_written_remarks_said_nothing():
    m = only(
        "全国政协十四届一次会议经济界联组会6日下午举行。"
        "联组会上，曾毓群、解冬、刘振东、陈小平、谢茹、孙东生等6位委员，围绕金融支持科技创新等作了发言。"
    )
    assert m.speakers == ["曾毓群", "解冬", "刘振东", "陈小平", "谢茹", "孙东生"]
    m = only("李强6日在北京主持召开座谈会。吴政隆出席会议。国务院副总理何立峰、相关省区负责同志提交了书面发言。")
    assert "何立峰" not in m.speakers


def test_alliances_meet_as_bodies_and_a_region_opens_no_host():
    m = only("25日，阿拉伯议会联盟会议在伊拉克首都巴格达举行。")
    assert m.organizer == "阿拉伯议会联盟"
    assert only("22日，非洲地区高级别反恐会议在尼日利亚首都阿布贾召开。").organizer is None
    assert only("16日，为期3天的第16届世界未来能源峰会在阿联酋阿布扎比开始举行。").place == "阿联酋阿布扎比"


def test_the_day_at_the_verb_not_a_later_meeting_s_dates():
    m = only(
        "国务院新闻办公室20日举行新闻发布会，商务部相关负责人介绍，2024年中非合作论坛峰会将于9月4日至6日在北京举行。"
    )
    assert m.name == "新闻发布会" and m.date.endswith("20日")


def test_a_press_office_holds_its_briefing_and_a_headquarters_hosts_nothing():
    m = only("在国新办今天（1月18日）举行的新闻发布会上，工业和信息化部发言人介绍了2022年工业和信息化发展情况。")
    assert (m.organizer, m.place) == ("国新办", None)
    m = only("为期三天的联合国水事会议24日在联合国总部闭幕。")
    assert (m.organizer, m.place) == (None, "联合国总部")


def test_bodies_a_name_opens_with_and_a_central_bank():
    assert only("中国和平统一促进会十届一次理事大会11日在京召开。").organizer == "中国和平统一促进会"
    assert only("第九届东方经济论坛全会9月5日下午在俄罗斯符拉迪沃斯托克市举行。").organizer == "东方经济论坛"
    assert only("欧洲央行7日召开货币政策会议，决定维持利率不变。").organizer == "欧洲央行"
    assert meetings("要确保大会顺利召开、安全有序。") == []


def test_a_report_on_a_body_s_behalf_a_chair_at_a_venue_and_what_was_said_elsewhere():
    m = only("致公党十六届三中全会4日在京召开。蒋作君出席会议，并代表致公党第十六届中央常务委员会作工作报告。")
    assert m.speakers == ["蒋作君"]
    assert only("5月19日，国家主席习近平在陕西省西安市主持首届中国－中亚峰会。").chair == ["习近平"]
    m = only("29日，丁薛祥和梅列多夫共同主持中土合作委员会第六次会议。会见时，丁薛祥表示，两国关系实现了大跨越。")
    assert m.speakers == []


def test_who_sends_an_instruction_or_a_letter_does_not_speak_there():
    m = only(
        "中央农村工作会议19日至20日在北京召开。"
        "中共中央总书记习近平对“三农”工作作出重要指示。习近平指出，2023年，我们克服了不利影响。"
        "中共中央政治局委员刘国中出席会议并讲话。"
    )
    assert m.speakers == ["刘国中"]
    m = only("全国优秀教师代表座谈会9日在京召开。丁薛祥出席并宣读习近平的贺信。丁薛祥表示，要弘扬教育家精神。")
    assert m.speakers == ["丁薛祥"]


def test_the_subject_who_goes_on_to_convene_and_the_general_assembly_in_a_name():
    m = only("习近平总书记近日在河北雄安新区考察，并主持召开高标准高质量推进雄安新区建设座谈会。")
    assert (m.organizer, m.chair) == ("习近平", ["习近平"])
    assert only("10日，联合国大会紧急特别会议以压倒性多数通过决议。").organizer == "联合国大会"
    assert only("安理会12日举行紧急会议。").organizer == "安理会"


def test_a_time_lead_before_the_subject_who_convenes_and_a_title_that_speaks_for_him():
    m = only("三天后，习近平总书记在山东考察时，专门主持召开企业和专家座谈会。总书记在会上强调，要坚定信心。")
    assert (m.organizer, m.chair, m.speakers) == ("习近平", ["习近平"], ["习近平"])


def test_a_venue_in_a_relative_clause_or_at_the_talk_before_and_the_partner_who_co_chairs():
    assert only("10日，李强出席在老挝万象举行的第27次中国—东盟（10+1）领导人会议。").place == "老挝万象"
    m = only("丁薛祥7日在天津会见新加坡副总理黄循财，并共同主持中新双边合作联委会第十九次会议。")
    assert (m.place, m.chair) == ("天津", ["丁薛祥", "黄循财"])


def test_a_session_that_held_a_dialogue_on_a_topic_met():
    m = only("联合国人权理事会第53届会议20日就人权高专年度报告举行互动对话，中方代表做共同发言。")
    assert (m.name, m.organizer) == ("联合国人权理事会第53届会议", "联合国人权理事会")


def test_a_list_that_shared_its_stories_at_the_meeting_spoke_stray_space_and_all():
    m = only(
        "国务院新闻办公室今天（11月16日）举行中国援外医疗队群体代表与中外记者见面交流会，"
        "在会上，王振常、刘春、 梅学谦、朱惠芳、吴德熙等5位中国援外医疗队代表，分享了他们的援外故事。"
    )
    assert m.speakers == ["王振常", "刘春", "梅学谦", "朱惠芳", "吴德熙"]


def test_meetings_co_chaired_in_a_list_each_share_the_chairs_and_the_talk_is_no_speech():
    found = meetings(
        "丁薛祥7日在天津会见新加坡副总理黄循财，并共同主持中新双边合作联委会第十九次会议、"
        "苏州工业园区联合协调理事会第二十四次会议、天津生态城联合协调理事会第十五次会议和"
        "中新（重庆）战略性互联互通示范项目联合协调理事会第七次会议。",
        "会见时，丁薛祥表示，今年对中新关系发展具有特殊重要意义。",
        "黄循财表示，新中关系发展势头强劲。",
        "同日，丁薛祥和黄循财共同主持四个双边合作机制会议。",
    )
    assert [m.name for m in found] == [
        "中新双边合作联委会第十九次会议",
        "苏州工业园区联合协调理事会第二十四次会议",
        "天津生态城联合协调理事会第十五次会议",
        "中新（重庆）战略性互联互通示范项目联合协调理事会第七次会议",
    ]
    assert all(m.chair == ["丁薛祥", "黄循财"] and m.speakers == [] for m in found)
    assert found[2].organizer == "天津生态城联合协调理事会"


def test_what_is_said_at_a_talk_on_another_day_is_no_speech_at_the_summit():
    found = meetings(
        "9月19日，韩正出席了联合国可持续发展目标峰会领导人对话会。",
        "21日，韩正会见了第78届联合国大会主席弗朗西斯，强调中国将继续支持联合国。",
        "弗朗西斯表示，联合国愿同中方加强合作。",
    )
    assert found[0].speakers == []


def test_the_day_within_a_trip_s_span_that_a_later_sentence_gives():
    m = only(
        "11月28日至29日，丁薛祥访问土库曼斯坦，并主持中土合作委员会第六次会议。",
        "29日，丁薛祥和梅列多夫共同主持中土合作委员会第六次会议。",
    )
    assert m.date.endswith(("11月29日", "-11-29"))


def test_a_union_s_numbered_assembly_on_a_topic():
    assert only("第六届联合国环境大会26日在肯尼亚首都内罗毕开幕。").organizer == "联合国"


def test_a_meeting_convened_on_an_inspection_tour_is_held_where_the_tour_went():
    assert (
        only("习近平总书记近日在河北雄安新区考察，并主持召开高标准高质量推进雄安新区建设座谈会。").place
        == "河北雄安新区"
    )
    assert only("三天后，习近平总书记在山东考察时，专门主持召开企业和专家座谈会。").place == "山东"


def test_venues_that_are_times_or_partners_and_leaders_summits_of_a_group():
    assert only("首届中阿峰会在2022年举行。").place is None
    m = only("3日，中国和赞比亚在纽约联合国总部共同举办人工智能能力建设国际合作之友小组首次会议。")
    assert m.place == "纽约联合国总部"
    assert only("国家主席习近平在巴西里约热内卢出席二十国集团领导人第十九次峰会。").organizer == "二十国集团"
    m = only("1日，第45届海湾阿拉伯国家合作委员会首脑会议在科威特举行。")
    assert m.organizer == "海湾阿拉伯国家合作委员会"


def test_a_letter_read_out_is_no_name_a_chair_far_from_his_verb_and_reports_to_come():
    m = only("海峡论坛大会16日在厦门举行。王沪宁出席，宣读习近平总书记贺信并致辞。")
    assert m.speakers == ["王沪宁"]
    m = only("习近平7日下午在黑龙江省哈尔滨市主持召开新时代推动东北全面振兴座谈会并发表重要讲话。")
    assert m.chair == ["习近平"]
    m = only(
        "政协第十三届全国委员会常务委员会第二十六次会议1日在京闭幕。"
        "会议推举十三届全国政协主席汪洋在全国政协十四届一次会议上作常委会工作报告。"
    )
    assert m.speakers == []

"""Meetings in the shapes of national broadcast and wire news, found on the corpus
extensions and on unlabeled broadcast stories (docs/quality.md); names, places and
people are made up or public figures of the news."""

from tests.test_meetings import meetings, only


def test_a_communique_opening_and_a_date_range_after_yu():
    m = only("中国共产党第九届中央委员会第三次全体会议，于2019年7月15日至18日在北京举行。")
    assert m.name == "中国共产党第九届中央委员会第三次全体会议" and m.place == "北京"
    assert only("中央林业工作会议于12月11日至12日在北京举行。").place == "北京"
    assert meetings("全省经济工作会议，于是被推迟。") == []


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
    assert m.place == "尼日利亚首都阿布贾" and m.organizer == "某某共同体领导人"  # its leaders meet as themselves
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


def test_a_report_made_on_a_body_s_behalf_and_a_summit_of_a_known_body():
    m = meetings(
        "第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。赵乐际主持大会。",
        "受全国人大常委会委托，全国人大常委会副委员长李鸿忠作关于国务院组织法修订草案的说明。",
    )[0]
    assert "李鸿忠" in m.speakers
    assert only("第42届东盟峰会11日在印尼拉布安巴焦闭幕。").organizer == "东盟"
    assert only("第七届世界智能大会18日在天津开幕。").organizer is None


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


def test_a_meeting_held_as_it_opened_a_long_sub_body_session_and_a_chair_who_also_attended():
    m = only("7月3日，第三届某某对话会暨首届世界某某大会开幕式在北京举行。国家副主席韩正出席并致辞。")
    assert m.name == "第三届某某对话会暨首届世界某某大会" and m.place == "北京" and m.speakers == ["韩正"]
    m = only("委员长赵乐际21日在京主持召开全国人大常委会种子法执法检查组第一次全体会议。")
    assert m.name == "全国人大常委会种子法执法检查组第一次全体会议"
    m = only("30日，全国某某表彰大会在北京举行。李干杰出席大会并讲话。姜信治参加接见并主持大会。")
    assert m.chair == ["姜信治"] and m.speakers == ["李干杰"]


def test_a_meeting_being_planned_is_not_held():
    m = only("全国政协12月27日在京召开第十二次主席会议。会议研究了召开全国政协十四届二次会议的有关事项。")
    assert m.name == "第十二次主席会议"


def test_hosts_listed_before_a_name_and_a_river_that_opens_it():
    m = only("各民主党派中央、无党派人士长江生态环境保护民主监督工作座谈会24日在京召开。石泰峰主持会议。")
    assert m.name.endswith("长江生态环境保护民主监督工作座谈会") and m.chair == ["石泰峰"]
    m = only("长江生态环境保护民主监督工作座谈会24日在京召开。")
    assert m.name == "长江生态环境保护民主监督工作座谈会" and m.organizer is None


def test_a_co_chair_who_attended_and_a_body_s_numbered_lecture():
    m = only("某峰会和平安全高级别会议5日在北京举行。全国政协主席王沪宁出席并与南非总统拉马福萨共同主持会议。")
    assert m.name == "某峰会和平安全高级别会议" and m.chair == ["王沪宁", "拉马福萨"]
    m = only("全国政协十四届常委会第六次会议闭幕。闭幕会后举行全国政协十四届常委会第六次学习讲座，某部长应邀作讲座。")
    assert m.name == "全国政协十四届常委会第六次会议"


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


def test_a_place_is_only_the_place_and_a_leader_who_toured_first_chairs():
    assert only("国务院总理李强在湖南调研并主持召开先进制造业发展座谈会。").place == "湖南"
    m = only("习近平总书记近日在内蒙古自治区巴彦淖尔市考察并主持召开加强荒漠化综合防治座谈会。")
    assert m.place == "内蒙古自治区巴彦淖尔市" and m.chair == ["习近平"]
    assert only("中国—中亚峰会于5月18日至19日在陕西西安成功举行。").place == "陕西西安"
    assert only("全国政协召开视频会议，委员们应邀通过网络方式在线参加会议。").place is None
    assert only("在白鹿镇，李强主持召开防汛形势分析会议。").place == "白鹿镇"


def test_a_trip_s_purpose_a_decision_to_convene_and_a_speech_s_spirit_are_no_meetings_held():
    assert meetings("11月17日下午，习近平抵达里约热内卢，出席二十国集团领导人第十九次峰会并对巴西进行国事访问。") == []
    assert len(meetings("习近平结束出席二十国集团领导人第十九次峰会并对巴西进行国事访问，回到北京。")) == 1
    assert meetings("会议表决通过了全国人大常委会关于召开十四届全国人大三次会议的决定。") == []
    assert meetings("要深入贯彻总书记主持召开新时代推动中部地区崛起座谈会时的重要讲话精神。") == []


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

"""Who chaired and who spoke, in the shapes of national broadcast and wire news found on
the corpus extensions and on unlabeled broadcast stories (docs/quality.md); names are made
up or public figures of the news."""

from tests.test_meetings import meetings, only


def test_officials_answering_questions_at_a_press_conference_speak():
    m = only("省政府新闻办5月10日举行新闻发布会。省财政厅厅长孙立新、省统计局副局长周宏出席发布会并回答记者提问。")
    assert m.speakers == ["孙立新", "周宏"]


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


def test_he_after_the_chair_speaks_and_a_long_explanation_is_a_speech():
    m = only("新年茶话会31日上午在某某礼堂举行。茶话会由全国政协主席王沪宁主持。他指出，要认真学习。")
    assert m.chair == ["王沪宁"] and m.speakers == ["王沪宁"]
    m = only(
        "十四届全国人大常委会第十次会议25日举行第一次全体会议。",
        "受国务院委托，生态环境部部长黄润秋作了关于提请审议批准《〈关于汞的水俣公约〉缔约方大会第四次会议"
        "第4/3号决定对〈关于汞的水俣公约〉附件A的修正》的议案的说明。",
    )
    assert m.speakers == ["黄润秋"]


def test_a_titled_speaker_opening_a_sentence_later_in_a_paragraph_and_the_next_one_in_it():
    m = meetings(
        "某某学会成立110周年庆祝大会21日在京举行。",
        "大会在国歌声中开幕。全国人大常委会副委员长、某某学会会长丁仲礼作报告。"
        "某某协会党组书记、会长杨万明代表人民团体致贺词，某某学会副会长、某大学常务副校长潘建伟代表留学人员发言。",
    )[0]
    assert m.speakers == ["丁仲礼", "杨万明", "潘建伟"]


def test_speakers_invited_to_report_and_a_report_made_by_a_secretariat():
    m = only("某某会议30日开幕。中共中央政治局委员、国务院副总理何立峰应邀出席会议并作报告。")
    assert m.speakers == ["何立峰"]
    m = meetings(
        "十四届全国人大一次会议主席团常务主席10日举行第五次会议。",
        "会议听取了大会副秘书长姜信治作的大会秘书处关于国务院总理的人选酝酿情况的汇报。",
    )[0]
    assert "姜信治" in m.speakers


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


def test_the_maker_of_a_work_report_the_meeting_adopted_speaks():
    m = only(
        "二十届中央纪委二次全会9日至10日在北京举行。全会由中央纪律检查委员会常务委员会主持。"
        "全会审议通过了李希同志代表中央纪委常委会所作的《深入学习贯彻》工作报告。"
    )
    assert m.speakers == ["李希"]


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


def test_a_message_read_out_is_no_speaker_and_its_bearer_for_many_bodies_is():
    m = only(
        "某某第十九次全国代表大会19日在北京开幕。徐立平代表中华全国总工会、中华全国妇女联合会、"
        "中国作家协会向大会致贺词。贺词指出，各群团组织要继续发扬优良传统。"
    )
    assert m.speakers == ["徐立平"]


def test_a_meeting_recalled_for_what_it_adopted_does_not_end_the_passage_of_the_one_reported():
    found = meetings(
        "十四届全国人大一次会议7日下午在北京人民大会堂举行第二次全体会议。",
        "议案指出，党的二十届二中全会审议通过了《机构改革方案》，同意将有关内容提交审议。",
        "受国务院委托，国务委员兼国务院秘书长肖捷作关于国务院机构改革方案的说明。",
    )
    assert found[0].speakers == ["肖捷"] and found[1].speakers == []


def test_names_a_list_of_titled_people_holds_speak_though_the_name_finder_missed_them():
    m = only("中共中央召开党外人士座谈会。民革中央主席郑建邦、全国工商联主席高云龙、无党派人士代表包信和先后发言。")
    assert m.speakers == ["郑建邦", "高云龙", "包信和"]
    m = only("峰会在北京开幕。格鲁吉亚第一副总理达维塔什维利、世界知识产权组织总干事邓鸿森出席峰会并致辞。")
    assert m.speakers == ["达维塔什维利", "邓鸿森"]
    # what follows a title is no name when it is a word (…主任近期重要…) or a known name's run-on
    m = only("主席会议在京举行。全国政协副主席、秘书长王东峰主持并作说明。")
    assert "主持并" not in "".join(m.speakers)


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


def test_speaking_while_chairing_giving_the_plan_or_a_titled_speech():
    m = only("第四次建设工作座谈会2日在北京召开。丁薛祥主持会议时表示，要推动高质量发展。")
    assert m.chair == ["丁薛祥"] and m.speakers == ["丁薛祥"]
    assert only("中央金融工作会议30日至31日在北京举行。李强对做好金融工作作了具体部署。").speakers == ["李强"]
    m = only("国家主席习近平出席和平共处五项原则发表70周年纪念大会，并发表题为《弘扬五项原则 构建共同体》的重要讲话。")
    assert m.speakers == ["习近平"]


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


def test_a_list_that_shared_its_stories_at_the_meeting_spoke_stray_space_and_all():
    m = only(
        "国务院新闻办公室今天（11月16日）举行中国援外医疗队群体代表与中外记者见面交流会，"
        "在会上，王振常、刘春、 梅学谦、朱惠芳、吴德熙等5位中国援外医疗队代表，分享了他们的援外故事。"
    )
    assert m.speakers == ["王振常", "刘春", "梅学谦", "朱惠芳", "吴德熙"]


def test_what_is_said_at_a_talk_on_another_day_is_no_speech_at_the_summit():
    found = meetings(
        "9月19日，韩正出席了联合国可持续发展目标峰会领导人对话会。",
        "21日，韩正会见了第78届联合国大会主席弗朗西斯，强调中国将继续支持联合国。",
        "弗朗西斯表示，联合国愿同中方加强合作。",
    )
    assert found[0].speakers == []


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

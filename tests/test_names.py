"""People, places and organisations from the tagger and its rules, on shapes of real news.

Sentences are of the kinds in the development corpus (national broadcast,
wire and local news); names in them are public figures or made up.
"""

from builder.extract import divisions, names, ner
from builder.overviews import place_tree
from builder.site import Tag
from builder.text import sentences_of


def find(*blocks):
    sentences = sentences_of(list(blocks))
    return names.find_names(sentences, ner.mentions([s.norm for s in sentences]))


def test_a_list_of_leaders_is_every_person():
    people, _, _ = find("栗战书、王沪宁、赵乐际、韩正、王岐山出席会议。")
    assert [p.name for p in people] == ["栗战书", "王沪宁", "赵乐际", "韩正", "王岐山"]


def test_titles_are_kept_and_comrade_is_none():
    people, _, _ = find("县委书记张涛主持会议。", "习近平同志指出，要坚持人民至上。")
    by_name = {p.name: p.title for p in people}
    assert by_name["张涛"] == "县委书记"
    assert by_name["习近平"] is None


def test_a_name_that_is_also_a_word_after_a_title():
    people, _, _ = find("高青县长高原在主持讲话时指出，要强力突围。")
    assert any(p.name == "高原" and p.title == "县长" for p in people)


def test_foreign_names_and_their_countries():
    people, places, _ = find("美国总统拜登与法国总统马克龙通电话。泰国前总理差猜·春哈旺出席。")
    assert {"拜登", "马克龙", "差猜·春哈旺"} <= {p.name for p in people}
    levels = {p.key: p.level for p in places}
    assert levels["美国"] == levels["法国"] == "foreign"


def test_reporters_are_people_without_a_title():
    # as in newspaper NER sets: a reporter is a person the text names (the byline is also the article's metadata)
    people, _, _ = find("（记者 孙晓雯 通讯员 赵立军）", "副市长王卫东出席。")
    assert {p.name: p.title for p in people} == {"孙晓雯": None, "赵立军": None, "王卫东": "副市长"}


def test_variants_of_one_place_share_its_full_name():
    _, places, _ = find("北京市和北京，凉山州和凉山彝族自治州，香港特别行政区与香港。")
    keys = {p.name: p.key for p in places}
    assert keys["北京"] == keys["北京市"] == "北京市"
    assert keys["凉山州"] == keys["凉山彝族自治州"] == "凉山彝族自治州"
    assert keys["香港"] == "香港特别行政区"


def test_a_place_knows_its_level_and_divisions():
    _, places, _ = find("沂源县南麻街道组织开展活动。")
    by_key = {p.key: p for p in places}
    assert by_key["沂源县"].level == "county" and by_key["沂源县"].within == ["山东省", "淄博市"]
    assert by_key["南麻街道"].level == "township" and by_key["南麻街道"].within == ["山东省", "淄博市", "沂源县"]


def test_pairs_of_countries_and_areas_are_split_and_trimmed():
    _, places, _ = find("中美双方在内蒙古西部举行会谈。")
    keys = {p.key for p in places}
    assert {"中国", "美国", "内蒙古自治区"} <= keys


def test_common_words_are_no_places():
    _, places, _ = find("广大干部进社区，建设美丽乡村和文明城市。")
    assert not {p.name for p in places} & {"广大干部", "进社区", "美丽乡村", "文明城市", "美丽"}


def test_national_bodies():
    _, _, orgs = find("国务院总理李克强主持召开国务院常务会议，民政部、审计署、最高人民法院负责人参加。")
    assert {"国务院", "民政部", "审计署", "最高人民法院"} <= {o.name for o in orgs}


def test_a_government_names_its_country():
    _, places, orgs = find("美国政府宣布新的措施。")
    assert "美国" in {p.key for p in places} and "美国政府" not in {o.name for o in orgs}


def test_the_same_name_in_both_scripts_is_one_item():
    _, places, _ = find("翼城縣組織學習。", "翼城县组织学习。")
    assert len(places) == 1 and places[0].count == 2


def test_ambiguous_names_follow_the_article():
    beijing = divisions.resolve("北京市")
    assert divisions.resolve("朝阳区", (beijing,)).parent == "北京市"
    assert divisions.resolve("朝阳区").parent is None  # two of that name: no guess


def test_the_tagger_batches_and_remembers():
    texts = ["张三在北京市工作。", "", "李四去上海。", "张三在北京市工作。"]
    found = ner.mentions(texts)
    assert found[0] == found[3] and found[1] == ()
    assert [(m.text, m.kind) for m in found[2]] == [("李四", "PER"), ("上海", "LOC")]


def test_places_index_groups_by_province_city_county():
    def tag(key, within=(), level=None):
        t = Tag("places", key, key, within=within, level=level)
        t.articles = [object()]
        return t

    tree = place_tree(
        [
            tag("沂源县", ("山东省", "淄博市"), "county"),
            tag("山东省", (), "province"),
            tag("美国", (), "foreign"),
            tag("淄博市", ("山东省",), "city"),
            tag("长江", (), "other"),
        ]
    )
    assert [n.name for n in tree] == ["山东省", "国外", "其他"]
    shandong = tree[0]
    assert shandong.tag.key == "山东省" and shandong.children[0].name == "淄博市"
    assert shandong.children[0].children[0].tag.key == "沂源县"


def test_a_texts_tags_do_not_depend_on_what_it_is_batched_with():
    short = "在日照市东港区，考察团一行先后参观了海曲印象文化广场"
    long = short + "、中央活力区展示中心、山东数字能源交易中心和东夷小镇，了解当地发展情况。" * 3
    ner.clear_memo()
    alone = ner.mentions([short])[0]
    ner.clear_memo()
    batched = ner.mentions([long, short, long[:40]])[1]
    assert alone == batched


def test_an_abbreviation_the_text_defines_is_the_same_body():
    _, _, orgs = find("国家发展和改革委员会（以下简称“国家发改委”）今天发布通知。", "国家发改委表示，将加快项目审批。")
    keys = {o.name: o.key for o in orgs}
    assert keys["国家发改委"] == keys["国家发展和改革委员会"] == "国家发展和改革委员会"


def test_the_taggers_whole_name_after_a_title_and_no_letter_that_speaks():
    people, _, _ = find(
        "柬埔寨副首相兼教育、青年和体育部部长韩春那洛等中外代表在大会上发言。",
        "贺信说，值此成立70周年之际表示热烈祝贺！",
    )
    names_found = {p.name for p in people}
    assert "韩春那洛" in names_found and "韩春" not in names_found and "贺信" not in names_found


def test_no_letter_no_body_and_no_common_noun_is_a_person():
    people, _, _ = find("国家副主席韩正宣读习近平主席贺信并致辞。")
    assert "贺信" not in [p.name for p in people]
    people, _, _ = find("座谈会上，民革中央主席万鄂湘、民盟中央主席丁仲礼、农工党中央主席陈竺先后发言。")
    assert "农工党" not in [p.name for p in people]
    people, _, _ = find("各地区各部门要精准细致抓好春季田管和春耕备耕。")
    assert people == []


def test_a_name_the_tagger_cuts_short_or_runs_on():
    people, _, _ = find("中共中央政治局委员、国务院副总理刘国中出席会议并讲话。")
    assert [p.name for p in people] == ["刘国中"]
    people, _, _ = find("会议听取了最高人民法院院长周强作的最高人民法院工作报告。")
    assert [p.name for p in people] == ["周强"]


def test_a_transliterated_name_cut_after_its_title_is_whole_again():
    people, _, _ = find("吉尔吉斯斯坦总统扎帕罗夫、俄罗斯总统普京出席。")
    assert [p.name for p in people] == ["扎帕罗夫", "普京"]
    people, _, _ = find("以总理内塔尼亚胡要求评估当前局势。")
    assert [p.name for p in people] == ["内塔尼亚胡"]
    people, _, _ = find("全国人大常委会委员长赵乐际出席会议。")
    assert [p.name for p in people] == ["赵乐际"]  # the title's last character is no part of the name


def test_no_country_phrase_or_title_is_a_person():
    people, _, _ = find("几内亚比绍总统恩巴洛表示欢迎。塞内加尔、多哥代表出席。")
    assert [p.name for p in people] == ["恩巴洛"]
    people, _, _ = find("科威特埃米尔米沙勒致电习近平等。")
    assert [p.name for p in people] == ["米沙勒", "习近平"]


def test_a_title_written_after_the_name_and_a_foreign_title_before_a_listed_name():
    people, _, _ = find("郑建国副委员长主持会议。")
    assert [p.name for p in people] == ["郑建国"]
    people, _, _ = find("俄罗斯总统普京、塔吉克斯坦总统拉赫蒙等出席。")
    assert [p.name for p in people] == ["普京", "拉赫蒙"]

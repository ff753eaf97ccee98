"""People, places, organisations and topic terms on hand-written sentences.

The names are made up or generic; none comes from the seed articles.
"""

import importlib.util

from builder.extract import entities, names, ner, segment
from builder.text import sentences_of


def found(*blocks):
    sentences = sentences_of(list(blocks))
    return names.find_names(sentences, ner.mentions([s.norm for s in sentences]))


def people(*blocks):
    return {p.key: p for p in found(*blocks)[0]}


def places(*blocks):
    return {p.key: p for p in found(*blocks)[1]}


def orgs(*blocks):
    return {o.key for o in found(*blocks)[2]}


# --- segment ---------------------------------------------------------------------------


def test_tags_cover_the_text():
    text = "县委书记郑国强主持会议并讲话，强调要抓好“三农”工作。"
    assert "".join(w for w, _ in segment.tag(text)) == text
    assert segment.tag("") == []
    assert [e for _s, e, _w, _f in segment.spans(text)][-1] == len(text)


def test_user_dictionary_adds_words_and_an_edit_replaces_them(tmp_path):
    text = "禾丰汇聚力量。"
    path = tmp_path / "user.dict"
    path.write_text("禾丰汇 1000 nz\n", encoding="utf-8")
    try:
        first = segment.use_user_dict(path)
        assert ("禾丰汇", "nz") in segment.tag(text)
        assert segment.word_tag("禾丰汇") == "nz"
        path.write_text("汇聚力量 1000 nz\n", encoding="utf-8")  # edited, as under serve
        assert segment.use_user_dict(path) != first
        assert ("汇聚力量", "nz") in segment.tag(text) and segment.word_tag("禾丰汇") is None
    finally:
        segment.use_user_dict(None)
    assert segment.word_tag("汇聚力量") is None  # the default segmenter never saw the user's words


def test_backends_can_be_switched_and_agree_on_names():
    import pytest

    with pytest.raises(ValueError):
        segment.use_backend("nltk")
    blocks = ["县委书记郑国强主持会议，县委副书记、县长冯立平讲话。"]
    previous = segment.current_backend()
    try:
        for backend in segment.BACKENDS:
            if importlib.util.find_spec(backend) is None:
                continue  # rjieba is optional
            segment.use_backend(backend)
            assert {"郑国强", "冯立平"} <= set(people(*blocks)), backend
    finally:
        segment.use_backend(previous)


# --- people ---------------------------------------------------------------------------


def test_people_with_their_titles():
    found = people(
        "区委书记罗建平，区委副书记、区长孟庆华带领考察团赴外地学习。",
        "县委书记郑国强主持会议，县委副书记、县长冯立平讲话。",
        "省委书记邱志刚、市委书记曹文斌出席。",
    )
    assert found["罗建平"].title == "区委书记"
    assert found["孟庆华"].title == "区长"  # the nearest title
    assert found["郑国强"].title == "县委书记"
    assert found["冯立平"].title == "县长"
    assert found["邱志刚"].title == "省委书记"
    assert found["曹文斌"].title == "市委书记"


def test_a_list_of_names_under_one_title():
    found = people("区领导唐卫东、韩晓明、杜丽萍参加考察。")
    assert {"唐卫东", "韩晓明", "杜丽萍"} <= set(found)


def test_name_split_by_jieba_is_joined():
    found = people("县长王立新主持。", "云溪县长何立新在主持讲话时指出，要抓落实。")
    assert "王立新" in found and "何立新" in found


def test_mentions_are_counted_and_the_first_sentence_kept():
    found = people("镇长江海波讲话。", "会议期间，各方积极发言。", "江海波强调，要抓落实。")
    assert found["江海波"].count == 2 and found["江海波"].sentence == 0


def test_untitled_name_needs_evidence():
    found = people("“今后要多一种精神。”在陶景明看来，开放最要紧。陶景明说，要敢闯。")
    assert "陶景明" in found and found["陶景明"].title is None


def test_common_words_are_never_people():
    found = people(
        "生态云溪美如画。解放思想永无止境，裂变跃升任重道远。",
        "推动高质量发展，高质量完成任务，杜绝推诿扯皮，杜绝形式主义。",
        "高青县、高青县、禾丰县召开会议。秘书长周例会制度建立起来。",
        "记者 孙晓雯 通讯员 赵立军",
    )
    for word in ("美如画", "任重道远", "高质量", "杜绝", "高青", "高青县", "周例会"):
        assert word not in found, word


def test_common_words_after_a_title_are_no_names():
    found = people(
        "县委书记高度重视。市长江南考察。区长文明出行。主任全面负责。",
        "由县委书记任组长。书记任务重。市长安全第一。县级领导和区直部门参加。主要领导不调度。",
    )
    assert found == {}


def test_a_dictionary_word_that_is_a_name_needs_a_role_after_it():
    assert "高原" in people("云溪县长高原在主持讲话时指出，要抓落实。")


def test_traditional_name_keeps_its_script_and_simplified_key():
    found = people("縣委書記鄭國強講話。")
    assert found["郑国强"].name == "鄭國強"


# --- places ---------------------------------------------------------------------------


def test_administrative_places():
    found = places("4月21日，考察团先后到日照市东港区、潍坊市寒亭区、济宁市任城区考察，又到北庄镇、冯卯镇。")
    assert {"日照市", "东港区", "潍坊市", "寒亭区", "济宁市", "任城区", "北庄镇"} <= set(found)


def test_one_character_county_names():
    found = places("蒲县认真探索。吉县打造清廉机关。隰县大力推进。")
    assert {"蒲县", "吉县", "隰县"} <= set(found)


def test_no_common_words_as_places():
    found = places(
        "打造城乡融合示范县、创新创业活力区和高品质生活宜居区，实施工业强区、产业兴区。",
        "生态平安美丽，太阳能产业上市，深度融合，全县全市全区各县区。",
        "黄河流域生态保护，稳如泰山。",
    )
    for word in (
        "示范县",
        "活力区",
        "宜居区",
        "强区",
        "兴区",
        "美丽",
        "太阳",
        "上市",
        "深度",
        "全县",
        "全市",
        "黄河",
        "泰山",
    ):
        assert word not in found, word


def test_traditional_and_simplified_spellings_share_a_key():
    found = places("翼城縣組織黨員幹部學習。", "翼城县组织党员干部学习。")
    assert list(found) == ["翼城县"]
    assert found["翼城县"].count == 2
    assert found["翼城县"].name == "翼城縣"  # the first spelling as written


def test_short_form_counts_for_the_full_form():
    found = places("平川县召开会议。平川要加快发展，平川人民幸福。")
    assert "平川县" in found and "平川" not in found


def test_places_merge_under_their_full_name():
    found = places("省会城市群建设与山西发展。山西临汾，晋南重镇。")
    assert found["山西省"].name == "山西" and found["山西省"].level == "province"
    assert found["临汾市"].within == ["山西省"]


# --- organisations ------------------------------------------------------------------------


def test_government_bodies():
    found = orgs(
        "区纪委监委和区委组织部要盯住干部作风。市发改委放眼全国。",
        "市规划和自然资源局抓住契机。市委办公室主动对标。市政府办公室建立制度。",
    )
    assert {"区纪委监委", "区委组织部", "市发改委", "市委办公室", "市政府办公室"} <= found
    assert not {"市规划和", "和自然资源局"} & found  # 市规划和自然资源局: whole or not at all


def test_companies():
    found = orgs("鼓励支持福远集团、青禾生物等企业做大做强。考察团深入山东兖矿轻合金有限公司。")
    assert "福远集团" in found and "山东兖矿轻合金有限公司" in found


def test_no_common_words_as_orgs():
    found = orgs("把握全局，优化布局，干部队伍，东部产业新城，汾西县组织全县基层党支部开展活动。")
    assert not any(word in found for word in ("全局", "布局", "干部", "汾西县组织全县基层党支部"))


def test_no_duplicate_orgs():
    bodies = found("市发改委牵头。", "市发改委负责。")[2]
    assert [o.key for o in bodies] == ["市发改委"] and bodies[0].count == 2


# --- topic terms ---------------------------------------------------------------------------


def test_terms_leave_out_boilerplate_people_and_places():
    ss = sentences_of(
        [
            "平川县推动玫瑰产业发展，加快玫瑰深加工，建设玫瑰小镇。",
            "县长王立新强调，要抓好阿胶产业，推动阿胶走向全国。",
        ]
    )
    found_people, found_places, _ = names.find_names(ss, ner.mentions([s.norm for s in ss]))
    terms = entities.find_terms(ss, people=found_people, places=found_places)
    keys = [t.key for t in terms]
    assert keys[0] == "玫瑰"
    assert "阿胶" in keys
    for word in ("推动", "发展", "加快", "建设", "王立新", "平川县"):
        assert word not in keys
    assert len(keys) <= entities.TOP_TERMS
    counts = [t.count for t in terms]
    assert counts == sorted(counts, reverse=True)

"""Cleaning the shapes of portal and newspaper pages (the Sogou samples of the
corpus): link labels after teasers, list marks on lines of their own, a
paragraph closed by the outlet it cites. Texts are made up."""

from __future__ import annotations

from builder.clean import clean_raw_text
from builder.clean_rules import strip_link_labels


def paragraphs(text: str) -> list[str]:
    (story,) = clean_raw_text(text, "t.txt")
    return [b.text for b in story.blocks if b.kind == "p"]


def test_link_labels_after_a_teaser_are_page_furniture():
    assert (
        strip_link_labels("截至２００８年底，义务植树５３８．５亿株。 ［详细］")
        == "截至２００８年底，义务植树５３８．５亿株。"
    )
    assert strip_link_labels("招募志愿者…［ 详细 ］ ［ 更多消息 ］ …［ 图集 ］") == "招募志愿者…"
    assert strip_link_labels("提供护理补贴。［我来说两句］［谈及养老保险办法］") == "提供护理补贴。"
    assert strip_link_labels("［详细］") == ""
    # a bracket that is no link label stays
    assert strip_link_labels("据《某某报》［记者 张三］") == "据《某某报》［记者 张三］"
    assert strip_link_labels("会议指出［1］") == "会议指出［1］"


def test_a_list_mark_on_its_own_line_opens_the_item_that_follows():
    text = "公益广告展播\n视频入围作品展示如下：\n一．\n留住童真，作者：某某。\n二．\n缘分，作者：某某。\n"
    assert paragraphs(text) == ["视频入围作品展示如下：", "一．留住童真，作者：某某。", "二．缘分，作者：某某。"]


def test_a_paragraph_closed_by_the_outlet_it_cites():
    (story,) = clean_raw_text("某地地震已造成３人死亡\n地震造成３人死亡，７５００余间房屋倒塌。据新华社\n", "t.txt")
    assert story.source_name == "新华社"
    assert [b.text for b in story.blocks] == ["地震造成３人死亡，７５００余间房屋倒塌。"]

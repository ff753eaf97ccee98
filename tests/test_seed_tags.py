"""Person and place tags on the seed articles: no common words, one tag per
person or place whatever the script (issue 4's spot check)."""

import pytest

from builder import load
from builder.config import Config
from builder.pipeline import process
from builder.site import build_model
from builder.text import to_simplified
from tests.conftest import ROOT

# Words jieba's tagger is known to take for names or places in such text.
COMMON = {
    "美如画",
    "任重道远",
    "高质量",
    "发展",
    "工作",
    "思想",
    "全市",
    "全县",
    "全区",
    "我区",
    "我市",
    "该县",
    "书记",
    "县长",
    "区长",
    "市长",
    "同志",
    "领导",
    "干部",
    "群众",
    "解放思想",
    "招商引资",
    "乡村振兴",
    "营商环境",
    "示范区",
    "先行区",
    "样板区",
    "强区",
    "强县",
}
NOT_PEOPLE = COMMON | {"高青县", "平阴县", "临汾", "山亭", "高青"}


@pytest.fixture(scope="module")
def site():
    content = ROOT / "content"
    processed = [p for path in load.find_articles(content) for p in process(load.load_source(path, content))]
    return build_model(Config(root=ROOT), processed)


def test_no_common_words_or_places_as_people(site):
    names = {t.name for t in site.tags["people"]}
    assert not names & NOT_PEOPLE, names & NOT_PEOPLE


def test_no_common_words_as_places(site):
    names = {t.name for t in site.tags["places"]}
    assert not names & COMMON, names & COMMON


@pytest.mark.parametrize("kind", ["people", "places", "orgs"])
def test_one_tag_per_name_across_scripts(site, kind):
    keys = [to_simplified(t.name) for t in site.tags[kind]]
    assert len(keys) == len(set(keys))


def test_people_are_titled_where_the_article_titles_them(site):
    people = {t.name: t.note for t in site.tags["people"]}
    assert people.get("毕志伟") == "区委书记"
    assert people.get("闫晨曦") == "市委书记"

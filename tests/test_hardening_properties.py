"""Properties over arbitrary input: loading gives a Source or a UserError, and
clean+extract of any Source gives stories, never an exception.

200 examples each locally, 2,000 in CI (tests/conftest.py PROPERTY).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from builder import load
from builder.errors import UserError
from builder.pipeline import process
from tests.conftest import PROPERTY

EXAMPLES = settings(PROPERTY, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters news text is made of, plus the ones that make parsers stumble.
CHINESE = "的一是了不在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴乐引据县市省区镇乡村会议记者报道日电。，、；：？！“”‘’（）《》【】…—·「」『』〔〕％"
NOISE = "\n\r\t \u3000\ufeff\u200b\x00\x0b\x0c\x1c\x85\u2028\u2029#*_-+>`[]()<>&\"'|\\!~=:.0123456789abcXYZ"
# No lone surrogates: strict decoding never yields them (the load property checks that).
TEXT = st.text(alphabet=st.sampled_from(CHINESE + NOISE) | st.characters(exclude_categories=["Cs"]), max_size=400)
BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]


@st.composite
def article_bytes(draw) -> bytes:
    """Random bytes, and random text in the forms an article file really takes."""
    text = draw(TEXT)
    kind = draw(st.sampled_from(["bytes", "utf-8", "gbk", "big5", "utf-16", "front matter", "bom + bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=600))
    if kind in ("gbk", "big5", "utf-16"):
        return text.encode(kind, errors="ignore")
    if kind == "front matter":
        front = draw(
            TEXT
            | st.sampled_from(
                [
                    "title: t",
                    "date: 2022-13-45",
                    "tags: [a, b",
                    "slug: ../x",
                    "a: " + "[" * 2000,
                    "source: javascript:x",
                    "? [1]\n: 2",
                    "- a",
                ]
            )
        )
        return f"---\n{front}\n---\n{text}".encode("utf-8", errors="surrogatepass")
    if kind == "bom + bytes":
        return draw(st.sampled_from(BOMS)) + draw(st.binary(max_size=300))
    return text.encode("utf-8", errors="surrogatepass")


@EXAMPLES
@given(data=article_bytes(), suffix=st.sampled_from([".txt", ".md"]))
@example(data=b"---\ndate: 2022-13-45\n---\nx", suffix=".md")
@example(data=b"---\na: " + b"[" * 5000 + b"\n---\nx", suffix=".md")
@example(data=b"\xff\xfe\x00\xd8", suffix=".txt")  # UTF-16 lone surrogate
@example(data=b"\xef\xbb\xbf", suffix=".md")
def test_load_source_returns_a_source_or_raises_user_error(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.getbasetemp() / "load-property"
    folder.mkdir(exist_ok=True)
    path = folder / f"article{suffix}"
    path.write_bytes(data)
    try:
        source = load.load_source(path, folder)
    except UserError as exc:
        assert exc.path == path and exc.message
    else:
        assert isinstance(source.text, str) and source.text.strip()
        assert not re.search(r"[\r\0\x01\x1b\x7f]", source.text)
        source.text.encode("utf-8")  # no lone surrogates, which later stages cannot encode
        assert all(isinstance(w, str) and str(path) in w for w in source.warnings)


META = st.fixed_dictionaries(
    {},
    optional={
        "title": TEXT,
        "date": st.dates().map(lambda d: d.isoformat()),
        "tags": st.lists(TEXT, max_size=4),
        "authors": st.lists(TEXT, max_size=3),
        "source": TEXT,
        "summary": TEXT,
        "slug": st.from_regex(load.SLUG, fullmatch=True),
        "lang": st.sampled_from(["zh-Hans", "zh-Hant"]),
    },
)


@EXAMPLES
@given(text=TEXT, fmt=st.sampled_from(["txt", "md"]), meta=META)
def test_clean_and_extract_never_raise(text, fmt, meta):
    source = load.Source(
        Path("/site/content/a." + fmt), "a." + fmt, fmt, text, meta if fmt == "md" else {}, 1, "0" * 64
    )
    for item in process(source):
        assert item.story.source == "a." + fmt

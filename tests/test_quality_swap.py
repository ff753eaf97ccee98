"""benchmarks/quality.py --swapped: copies whose chairs and speakers bear made-up names."""

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import quality  # noqa: E402


def test_every_chair_and_speaker_is_renamed_alike_in_text_and_gold():
    gold = {
        "meetings": {
            "required": [{"name": "座谈会", "chair": ["王东明"], "speakers": ["王东明", "卡塞亚"]}],
            "optional": [{"name": "会议", "chair": [], "speakers": ["王东"]}],
        }
    }
    text = "王东明主持座谈会。卡塞亚发言。王东出席。"
    new_text, new_gold = quality.swapped(text, gold, "seed")
    chair = new_gold["meetings"]["required"][0]["chair"][0]
    speakers = new_gold["meetings"]["required"][0]["speakers"]
    assert chair == speakers[0] and chair != "王东明" and len(chair) == 3
    assert all(name in new_text for name in speakers)
    assert not any(old in new_text for old in ("王东明", "卡塞亚", "王东"))
    assert quality.swapped(text, gold, "seed") == (new_text, new_gold)  # the same copy every run

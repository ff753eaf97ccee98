"""What is said beside a meeting rather than at it: at a talk held on its side (会见时，…表示),
on social media or in a statement (在社交媒体上表示), on a day of its own (拉马福萨6日表示), in an
instruction or a letter someone sent (习近平对…作出重要指示), or relayed by another (传达…贺信).
meeting_roles.py names no speaker from these."""

from __future__ import annotations

import re

from builder.extract import lexicon as lx
from builder.extract.meeting_people import STOP

# 泽连斯基今天在社交媒体上表示, …在接受采访时说: said, but not at a meeting
ELSEWHERE = re.compile(
    rf"^[^{STOP}]{{0,16}}?在[^{STOP}]{{0,12}}?(?:社交媒体|社交平台|个人账号|网站|声明|采访|通话|电视讲话|视频讲话|署名文章|文章)(?:上|中|时)"
)
# 会见时，丁薛祥表示…; 在同新方领导人会见时，…: what was said at the talk beside the meeting
AT_A_TALK = re.compile(  # …, and 在会见巴基斯坦国民议会议长萨迪克时，
    rf"^(?:在[^，。；]{{0,24}}?)?(?:{lx.TALKS})(?:时|中|[^，。；]{{1,30}}?(?:时|期间)(?=，))"
)
IN_THE_PAST = re.compile(
    r"^(?:\d+|[一二三四五六七八九十几]+)年(?:前|以前)|^(?:当年|此前|早在)"
    r"|^(?:去年|前年)(?:\d{1,2}月|[年底初]{2}|底|初)?，"  # 去年12月，习近平主席…发表重要讲话: another event
)


RELAYED = re.compile("(?:传达|转达|宣读)(?:[^，。；]{0,40}?(?:致信|贺信|贺电|批示|指示|讲话|精神|要求)和?)+")
_OWN_DAY_STATEMENT = re.compile(
    r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间)?(?:发文|表示|说|称|指出)"  # (当天表示 may be at it)
)


_YEAR_OPENING = re.compile(r"^((?:19|20)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?，")


def in_the_past(masked: str, year: int | None) -> bool:
    """The sentence opens in the past (十年前，…; 去年12月，…; 2015年9月，… in a later year's article):
    a speech it reports was made at another event."""
    opening = _YEAR_OPENING.match(masked)
    return IN_THE_PAST.match(masked) is not None or bool(opening and year and int(opening[1]) < year)


def said_elsewhere(norm: str, ctx, within: int) -> bool:
    """The sentence opens (within characters) with a person who said it on social media, in a
    statement, an interview…"""
    first = min(((at, k) for k in ctx.people if k and 0 <= (at := norm.find(k)) <= within), default=None)
    return first is not None and ELSEWHERE.match(norm[first[0] + len(first[1]) :]) is not None


def own_day_statement(names: list, known: set, masked: str) -> bool:
    """Names none of whom is known to have spoken, each followed by a day and a statement verb."""
    return not any(w in known for _, w in names) and all(
        _OWN_DAY_STATEMENT.match(masked, at + len(w)) for at, w in names
    )


REPLIES = re.compile(r"^[^，。；]{2,20}?(?:表示|说|指出)[，：]")
_MEETS = re.compile(
    rf"^(?:[^，。；]{{1,6}}，)?[^，。；]{{2,16}}?(?:{lx.TALKS})了?[^，。；]{{2,40}}?[。，]"
)  # 21日，韩正会见了…


def talk_blocks(sentences, block_start: dict[int, int], reporting: set[int], ctx, within: int) -> dict[int, bool]:
    """Paragraphs that report a talk beside a meeting, True when all they say is the talk's:
    one opening 会见时，… and the paragraphs right after a talk that open with the other
    side's reply (黄循财表示，…); False for one opening 21日，韩正会见了…, whose opening
    sentence and replies are the talk's (unless it reports a meeting: …会见…，并共同主持…).
    A paragraph that opens with words said elsewhere (泽连斯基今天在社交媒体上表示，…。泽连斯基说，…)
    is all said there, True."""
    talks = {}
    for block, at in sorted(block_start.items()):
        opening = sentences[at].norm
        if AT_A_TALK.match(opening) or (block - 1 in talks and REPLIES.match(opening)):
            talks[block] = True
        elif _MEETS.match(opening) and block not in reporting:
            talks[block] = False
        elif said_elsewhere(opening, ctx, within):
            talks[block] = True
    return talks


_INSTRUCTS = re.compile(
    "[^，。；：]{0,30}?(?:(?:作出|做出)(?:重要)?(?:指示|批示)|致信|致贺信|发来贺信|致贺电|发来贺电)"
)
_READS_OUT = re.compile("宣读|传达|转达|学习")


def instructs(norm: str, key: str) -> bool:
    """key is the one who sends an instruction or a letter in its clause (习近平对…作出重要指示),
    not who reads it out (丁薛祥宣读习近平贺信)."""
    at = norm.find(key)
    while at >= 0:
        m = _INSTRUCTS.match(norm, at + len(key))
        if m and not _READS_OUT.search(m.group(0)) and not _READS_OUT.search(norm, max(0, at - 4), at):
            return True
        at = norm.find(key, at + 1)
    return False

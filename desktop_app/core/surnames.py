"""The hundred commonest Chinese surnames (the census's order, roughly).

Read where a short run of characters must be told apart as a person's name without the
name tagger: the name rules (老王 is a form of address, 邓小平's 小平 a given name) and the
splitter (a bare name signing under a headline, not a headline's wrapped tail). They
cover most people in the news; a rarer surname is then read as any other word.
"""

from __future__ import annotations

COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "司徒", "夏侯", "慕容")


def opens_on_surname(text: str) -> bool:
    """Does ``text`` open on a common surname, of one character or two (周湘, 欧阳晓)?"""
    return text[:1] in COMMON_SURNAMES or text.startswith(COMPOUND_SURNAMES)

"""Generic word lists of Chinese used by the meeting and entity finders.

Nothing here is specific to any article: surnames, official titles,
administrative suffixes, province names, meeting type words and the empty
boilerplate of policy writing that makes a poor topic.
"""

from __future__ import annotations

# The common single-character surnames (about 300, covering >95% of people).
SURNAMES_1 = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章"
    "鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝宿枚荆闻鞠阎薄仝支伏楚封诸都蔺郁戈习"
)
SURNAMES_2 = set(
    """
    万俟 上官 东方 令狐 公孙 南宫 司徒 司马 呼延 夏侯 宇文 尉迟 慕容 欧阳 澹台 独孤 皇甫 端木 西门 诸葛 轩辕 长孙
    """.split()
)

# Official titles, longest first so that the regex alternation prefers them.
TITLE_CORES = sorted(
    set(
        """
        主任 主席 乡长 书记 会长 副书记 区长 厅长 县长 司令员 处长 委员 局长 州长 市长 常委 庭长 总书记 总理 总经理 总编辑 总裁 所长 支书 政委 旗长 村长 校长 检察长
        理事长 盟长 省长 社长 科长 秘书长 站长 组长 经理 董事长 行长 部长 镇长 队长 院长 领导 馆长
        委员长 主任委员
        """.split()
    ),
    key=len,
    reverse=True,
)
# What may stand before a title core: the body and the level ("区委", "党工委" …).
TITLE_BODIES = sorted(
    set(
        """
        乡 乡委 人大 人大常委会 党委 党工委 党组 区 区委 县 县委 州委 工委 市 市委 常务 政协 政府 旗委 村 省 省委 纪委 镇 镇委
        """.split()
    ),
    key=len,
    reverse=True,
)

# Suffixes of administrative units (longest first).
ADMIN_SUFFIXES = tuple(
    """
    自治区 自治州 自治县 特别行政区 街道 省 市 县 区 镇 乡 村 旗 盟 州
    """.split()
)
# Characters that, before an admin suffix, make a scope word rather than a name: 全市, 我县, 该区 …
SCOPE_PREFIX_CHARS = set("全我该本各每此两一二三四五六多外邻他其某原新老大小省市县区镇乡村城社街")

PROVINCES = set(
    """
    上海 云南 内蒙古 北京 台湾 吉林 四川 天津 宁夏 安徽 山东 山西 广东 广西 新疆 江苏 江西 河北 河南 浙江 海南 湖北 湖南 澳门 甘肃 福建 西藏 贵州 辽宁 重庆 陕西 青海
    香港 黑龙江
    """.split()
)
MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}

# Talks between leaders: never meetings themselves, often beside one (会见时，…表示)
TALKS = "会见|会谈|会晤"

# Meeting type words: a meeting's name ends with one of them (longest first).
MEETING_TYPES = sorted(
    set(
        """
        专题会 公开会 辩论会 交办会 交流会 人代会 代表大会 会商会 会议 例会 党代会 党员大会 党组会 全会 全体会议 分享会 分析会 办公会 务虚会 动员会 动员大会 协调会 发布会 听证会 启动会
        吹风会 团拜会 培训会 外长会 部长会 大会 学习会 宣讲会 宣介会 对接会 峰会 工作会 常委会 年会 座谈会 开幕会 征求意见会 总结会 恳谈会 扩大会议 报告会 推介会 推进会 推进大会 提醒会 政协会
        新闻发布会 民主生活会 汇报会 沟通会 洽谈会 点评会 现场会 电视电话会议 研判会 研讨会 碰头会 答辩会 约谈会 组织生活会 职代会 联席会 联组会 联谊会 茶话会 表彰会
        表彰大会 协商会 对话会 招待会 见面会 观摩会 观摩点评会 誓师会 誓师大会 警示会 讨论会 议事会 记者会 讲评会 论证会 评审会 评议会 说明会 调度会 述职会 通报会 通气会 部署会 闭幕会 预备会
        """.split()
    ),
    key=len,
    reverse=True,
)

# Empty boilerplate of policy writing: frequent, says nothing about the topic.
STOP_TERMS = set(
    """
    推动 推进 工作 发展 建设 全面 重要 加快 坚持 提升 我们 问题 方面 实现 进一步 加强 深入
    开展 落实 着力 积极 不断 持续 切实 努力 扎实 强化 做好 抓好 确保 围绕 聚焦 以及 全力
    大力 全县 全市 全区 全省 全镇 全国 各级 各类 有关 相关 一批 目标 任务 要求 部署 工作部署
    领导 干部 同志 党员 群众 人民 社会 经济 国家 地区 时代 新时代 局面 作用 能力 水平 基础
    机制 体系 格局 力度 成效 成果 效能 措施 举措 方式 形式 过程 情况 工作任务 重点工作
    重点 关键 核心 主要 一流 一线 一系列 作为 精神 思想 意识 理念 思路 观念 标准 质量 高质量
    高质量发展 会议 大会 讲话 报告 记者 通讯员 编辑 责任编辑 本报讯 新闻 来源 时间 今年 去年
    明年 当前 目前 近日 日前 同时 其中 此外 通过 进行 作出 提出 指出 强调 表示 认为 需要
    第一 一是 二是 三是 四是 五是 六是 七是 八是 上下 全方位 新 突出 先进 优势 动力 活力
    机遇 挑战 短板 差距 不足 难题 困难 方向 路径 定位 位置 事业 事情 东西 地方 单位 部门
    责任 责任感 步伐 征程 未来 历史 实际 实践 行动 力量 氛围 态势 趋势 形势 环境 条件
    """.split()
)
STOP_TERMS |= set(
    """
    有限公司 公司 集团 区委 市委 县委 省委 党委 书记 总书记 县长 市长 区长 省长 主任 活动 办公室
    负责同志 同志们 大家 全体 广大 方面 层面 一批 之年 关键时期 主线 党政 县级 市级 区级
    主持会议 人员 与会人员 表态 研究部署 实地 总体 意见 行政 工作会 会上 会后 期间 全年 上半年 下半年
    """.split()
)

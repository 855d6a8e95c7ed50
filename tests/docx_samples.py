"""Official documents built directly as `Document` objects (as `build` will hand them to the writer,
Document.structured = True), for the writer's XML and render tests: every kind at several lengths,
with the 版头 and notice, 附件说明, tables, 抄送 and 印发 where the kind has them."""

from __future__ import annotations

from drafter.core import document as D

PARAGRAPH = ("今年以来，我局坚持以习近平法治思想为指导，紧紧围绕区委、区政府中心工作，"
             "扎实推进法治政府建设，持续优化法治化营商环境，全力服务保障经济社会高质量发展，"
             "各项工作取得明显成效，全年办理行政复议案件158件，同比增长27%。")
SHORT = "全面落实行政执法“三项制度”，规范执法行为。"

HEADINGS = ["一、统筹协调谋新抓手，充分聚合法治护航动能", "二、法助共富拓新载体，有力推动法治为民实践",
            "三、维护稳定见新成效，持续守牢除险保安底线", "四、法治宣传呈新气象，加速基层依法治理进程",
            "五、改革创新探新路径，不断突破传统模式桎梏", "六、双建双争创新样板，全面优化队伍管理教育"]
SUBHEADINGS = ["（一）聚焦政治建设，提升司法铁军素养", "（二）聚焦依法行政，提升法治政府建设水平",
               "（三）聚焦矛盾化解，提升平安建设质效"]

TABLE = D.Table(caption="表1　2022年主要业务数据", header_rows=1, rows=[
    ["项目", "2021年", "2022年", "同比"],
    ["新收行政诉讼案件（件）", "567", "262", "-53.79%"],
    ["行政复议案件（件）", "124", "158", "27%"],
    ["人民调解纠纷（件）", "7652", "8418", "10.01%"],
    ["法律援助案件（件）", "986", "1014", "2.84%"],
])


class _Builder:
    def __init__(self):
        self.blocks: list[D.Block] = []

    def add(self, kind: str, text: str = "", **kw) -> D.Block:
        b = D.Block(kind=kind, line=len(self.blocks) + 1, text=text, **kw)
        self.blocks.append(b)
        return b

    def heading(self, text: str, level: int) -> None:
        marker = text[: text.index("、") + 1] if level == 1 else text[: text.index("）") + 1]
        self.add(D.HEADING, text, level=level, marker=marker, title=text[len(marker):])

    def run_in(self, marker: str, title: str, body: str, level: int = 2) -> None:
        self.add(D.HEADING, f"{marker}{title}。{body}", level=level, marker=marker, title=title, body=body,
                 run_in=True)

    def body(self, sections: int, paras: int, subsections: int = 0, table: bool = False,
             last_short: bool = False) -> None:
        for s in range(sections):
            self.heading(HEADINGS[s % len(HEADINGS)], 1)
            for k in range(subsections):
                self.heading(SUBHEADINGS[k % len(SUBHEADINGS)], 2)
                for _ in range(paras):
                    self.add(D.PARAGRAPH, PARAGRAPH)
            if not subsections:
                for _ in range(paras):
                    self.add(D.PARAGRAPH, PARAGRAPH)
            if table and s == 0:
                self.add(D.TABLE, TABLE.caption, table=TABLE)
        if last_short:
            self.add(D.PARAGRAPH, SHORT)

    def doc(self, kind: str, seal: bool | None = None) -> D.Document:
        return D.Document(path=None, lines=[b.text for b in self.blocks], blocks=self.blocks, format="txt",
                          kind=kind, seal=seal, structured=True)


def summary_plan(paras: int = 2, sections: int = 6, seal: bool | None = None, cc: bool = True) -> D.Document:
    """版头 + 印发 notice + the 印发ed 工作总结暨工作思路 + 版记 (seed 001's form)."""
    b = _Builder()
    b.add(D.ISSUER_MARK, "温州市龙湾区司法局文件")
    b.add(D.DOC_NUMBER, "龙司发〔2023〕3号")
    b.add(D.COVER, "关于印发《2022年全区司法行政工作总结暨2023年工作思路》的通知", detail="title")
    b.add(D.COVER, "各司法所、局机关各科室（中心），各律师事务所、基层法律服务所：", detail="recipients")
    b.add(D.COVER, "现将《2022年全区司法行政工作总结暨2023年工作思路》印发给你们，请结合实际，认真抓好落实。",
          detail="notice")
    b.add(D.COVER, "温州市龙湾区司法局", detail="issuer")
    b.add(D.COVER, "2023年1月13日", detail="date")
    b.add(D.COVER, "（此件公开发布）", detail="note")
    b.add(D.TITLE, "2022年全区司法行政工作总结")
    b.add(D.TITLE, "暨2023年工作思路")
    b.add(D.PARAGRAPH, PARAGRAPH)
    b.body(sections, paras, table=True)
    if cc:
        b.add(D.CC, "抄送：区委办公室，区政府办公室，市司法局。")
    b.add(D.IMPRINT, "温州市龙湾区司法局办公室 2023年1月13日印发")
    return b.doc("summary-plan", seal)


def report(kind: str, paras: int = 2, sections: int = 3, seal: bool | None = None, attachments: int = 0,
           long_title: bool = False, subsections: int = 0, last_short: bool = False) -> D.Document:
    """A report sent upward: title, 主送机关, body, optional 附件说明, signature and date."""
    b = _Builder()
    title = ("中共杭州市滨江区委全面依法治区委员会办公室关于2025年度法治政府建设工作情况的报告"
             if long_title else "杭州市滨江区司法局2025年工作总结")
    b.add(D.TITLE, title)
    b.add(D.SALUTATION, "区委、区政府：")
    b.add(D.PARAGRAPH, PARAGRAPH)
    b.body(sections, paras, subsections=subsections, last_short=last_short)
    names = ["2025年主要业务数据统计表", "2025年度法治政府建设重点任务完成情况一览表（含各街道、各部门报送材料汇总）",
             "2026年工作要点"]
    for k in range(attachments):
        b.add(D.ATTACHMENT_NOTE, ("附件：" if k == 0 else "") + f"{k + 1}.{names[k % len(names)]}")
    b.add(D.SIGNATURE, "杭州市滨江区司法局")
    b.add(D.DATE, "2026年1月15日")
    return b.doc(kind, seal)


def highlights(paras: int = 3) -> D.Document:
    b = _Builder()
    b.add(D.TITLE, "滨江区司法局2025年亮点工作回眸")
    b.add(D.BYLINE, "通讯员　张三")
    for h in ("争做笃学践行习近平法治思想的“排头兵”", "争做推动良法善治的“主力军”"):
        b.add(D.HEADING, h, level=1, title=h)
        for _ in range(paras):
            b.add(D.PARAGRAPH, PARAGRAPH)
    return b.doc("highlights")


def half_year(paras: int = 2) -> D.Document:
    b = _Builder()
    b.add(D.TITLE, "罗湖区司法局2024年上半年工作总结")
    b.add(D.PARAGRAPH, PARAGRAPH)
    for s in range(3):
        b.heading(HEADINGS[s], 1)
        b.run_in("（一）", "着眼全局谋划法治建设", PARAGRAPH * paras)
        b.run_in("（二）", "强化监督推进行政执法现代化", PARAGRAPH)
    b.add(D.SIGNATURE, "深圳市罗湖区司法局")
    b.add(D.DATE, "2024年7月10日")
    return b.doc("half-year")

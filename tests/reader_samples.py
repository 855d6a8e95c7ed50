"""Real-shaped Word files for the reader tests, written as raw WordprocessingML: a 红头 text box in
mc:AlternateContent (DrawingML choice + VML fallback), a title with a manual line break, Word
heading styles without typed numbers, a statistics table, a tracked insertion and deletion, a
field, a footnote and an endnote, a comment, a picture."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def text_box(*paras: str) -> str:
    """A floating text box as Word writes it: DrawingML in mc:Choice, the same content as VML in
    mc:Fallback (read once)."""
    inner = "".join(paras)
    choice = ('<w:drawing><wp:anchor><wp:extent cx="5000000" cy="800000"/><wp:docPr id="1" name="TB"/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    fallback = f'<w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>'
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def picture() -> str:
    return ('<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="2" name="P"/><a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic/></a:graphicData>'
            '</a:graphic></wp:inline></w:drawing></w:r>')


def table(rows: list[list[str]]) -> str:
    trs = "".join("<w:tr>" + "".join(f"<w:tc>{para(run(c))}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{trs}</w:tbl>'


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>'''

HEADER_BOX = text_box(para(run("某县司法局文件")), para(run("纪要")))
CELLS = [["指标", "2025年", "2026年"],
         ["法律援助案件", "1014件", "1312件"],
         ["截止年底XX件", "法制思想宣传", "90场"]]

BODY = "".join([
    para(HEADER_BOX),                                                      # 1 anchor; 2-3 the box
    para(run("某县司法局"), '<w:r><w:br/></w:r>', run("2026年工作总结"), style="Title"),  # 4
    para(run("今年以来，我局坚持依法治县，各项工作稳步推进。")),                    # 5
    para(run("总体情况"), style="Heading1"),                                  # 6
    para(run("全年办理法律援助案件1312件"),
         '<w:ins w:id="1" w:author="王科长" w:date="2026-01-05T00:00:00Z">' + run("，同比增长29.4%") + "</w:ins>",
         '<w:del w:id="2" w:author="王科长" w:date="2026-01-05T00:00:00Z"><w:r><w:delText>（删去的旧数字）</w:delText></w:r></w:del>',
         run("。"), '<w:r><w:footnoteReference w:id="1"/></w:r>'),         # 7
    para(run("表1 主要指标完成情况")),                                          # 8
    table(CELLS),                                                           # 9-17
    para(run("法治宣传"), style="Heading2"),                                   # 18
    para('<w:commentRangeStart w:id="0"/>', run("开展法治宣传活动90场，覆盖群众2万人次。"),
         '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("第3页") +
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
         '<w:r><w:endnoteReference w:id="1"/></w:r>'),                      # 19
    para(picture()),                                                        # 20
    para(run("存在问题"), style="Heading1"),                                  # 21
    para(run("基层法治力量还不足。")),                                          # 22
    para(run("某县司法局")),                                                   # 23
    para(run("2026年1月5日")),                                                # 24
])

FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{run(" 数据来源：县统计局。")}</w:p></w:footnote>
</w:footnotes>'''
ENDNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes {NS}>
<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>{run(" 活动名单见附件。")}</w:p></w:endnote>
</w:endnotes>'''
COMMENTS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {NS}><w:comment w:id="0" w:author="李主任"><w:p>{run("场次请核实")}</w:p></w:comment></w:comments>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>'''
ROOT_RELS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{RT}officeDocument" Target="word/document.xml"/></Relationships>'''
DOC_RELS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{RT}styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{RT}footnotes" Target="footnotes.xml"/>
<Relationship Id="rId3" Type="{RT}endnotes" Target="endnotes.xml"/>
<Relationship Id="rId4" Type="{RT}comments" Target="comments.xml"/></Relationships>'''


def write_docx(path: Path, body: str = BODY) -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/footnotes.xml", FOOTNOTES)
        z.writestr("word/endnotes.xml", ENDNOTES)
        z.writestr("word/comments.xml", COMMENTS)
    return path

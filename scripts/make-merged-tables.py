#!/usr/bin/env python3
"""make-merged-tables.py - writes one small ITA report whose tables merge cells, in the forms office programs give
it, plus its text form, for the tests of office tables (src/test/resources/office-merged/ by default).

  scripts/make-merged-tables.py [OUT_DIR]

The report: a measures table whose header row repeats on every page, section headings written as rows spanning
the whole table, a responsible office and a period merged down over two measures, one measure written over two
rows (its title merged down) and a result merged across the result and suggestion columns; an indicators table
whose form column (IIT/EIT/OIT) is merged down over its indicators.

  merged-word.docx     as Word writes it: <w:vMerge w:val="restart"/> then bare <w:vMerge/>, <w:gridSpan>,
                       <w:tblHeader/> on the header row, widths in dxa
  merged-gdocs.docx    as Google Docs writes it: <w:vMerge w:val="continue"/>, a table style, explicit
                       w:val="1" flags, every run with its fonts, a header row pinned with tblHeader w:val="1"
  merged.odt           table:number-columns-spanned / number-rows-spanned with covered cells, the header row
                       in <table:table-header-rows>
  merged.doc           merged-word.docx saved by LibreOffice as Word 97 (only when soffice is on PATH)
  merged.txt           the text form: each row as the reader sees it, tab-separated, section headings as lines

Deterministic: fixed zip dates, no timestamps in the XML (the DOC keeps LibreOffice's save time).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_ZIP_DATE = (2023, 2, 9, 9, 0, 0)

TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"
BODY = "องค์การบริหารส่วนตำบลหนองโสน อำเภอเมือง จังหวัดเพชรบุรี"

MEASURE_HEADER = ["มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ข้อเสนอแนะ"]
MEASURE_WIDTHS = [1900, 2200, 1300, 1300, 1900, 1000]
INDICATOR_HEADER = ["แบบ", "ตัวชี้วัด", "ประเด็นที่ต้องปรับปรุง", "ผลการดำเนินงาน"]
INDICATOR_WIDTHS = [900, 2600, 3000, 3100]

# A table is a list of rows; a row is a list of cells; a cell is (lines, colspan, rowspan) where rowspan > 1 opens
# a vertical merge and None stands for a grid position covered by a merge from the row above.
SECTION = "section"


def cell(text, colspan=1, rowspan=1):
    return (text.split("\n") if text else [], colspan, rowspan)


MEASURES = [
    [cell(h) for h in MEASURE_HEADER],
    [cell("๑. ด้านการเปิดเผยข้อมูล", colspan=6)],
    [cell("๑.๑ เผยแพร่ข้อมูลข่าวสารของหน่วยงานทางเว็บไซต์"),
     cell("๑. ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน\n๒. ตรวจสอบความถูกต้องของข้อมูล"),
     cell("สำนักปลัด", rowspan=2), cell("ตลอดปีงบประมาณ", rowspan=2),
     cell("ดำเนินการแล้ว เผยแพร่ข้อมูลครบทุกหัวข้อ"), cell("-")],
    [cell("๑.๒ จัดทำช่องทางรับฟังความคิดเห็นของประชาชน"), cell("จัดทำแบบรับฟังความคิดเห็นออนไลน์"), None, None,
     cell("มีผู้แสดงความคิดเห็น ๔๕ ราย"), cell("ควรประชาสัมพันธ์ช่องทางให้มากขึ้น")],
    [cell("๑.๓ รายงานผลการใช้จ่ายงบประมาณ", rowspan=2), cell("๑. สรุปผลการใช้จ่ายงบประมาณรายไตรมาส"),
     cell("กองคลัง"), cell("ต.ค. ๒๕๖๔ - ก.ย. ๒๕๖๕"), cell("รายงานครบ ๔ ไตรมาส", colspan=2)],
    [None, cell("๒. เผยแพร่รายงานต่อสาธารณะ"), cell(""), cell(""), cell("เผยแพร่ทางเว็บไซต์แล้ว"), cell("")],
    [cell("๒. ด้านการป้องกันการทุจริต", colspan=6)],
    [cell("๒.๑ ประกาศเจตจำนงสุจริตของผู้บริหาร"), cell("ผู้บริหารประกาศเจตจำนงต่อสาธารณะ"), cell("นายก อบต."),
     cell("มกราคม ๒๕๖๕"), cell("ดำเนินการแล้ว"), cell("-")],
]

INDICATORS = [
    [cell(h) for h in INDICATOR_HEADER],
    [cell("IIT", rowspan=2), cell("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"), cell("ควรปฏิบัติงานตามขั้นตอนที่กำหนด"),
     cell("จัดอบรมเจ้าหน้าที่เรื่องมาตรฐานการปฏิบัติงาน")],
    [None, cell("ตัวชี้วัดที่ ๒ การใช้งบประมาณ"), cell("ควรเปิดเผยแผนการใช้จ่ายงบประมาณ"),
     cell("เผยแพร่แผนการใช้จ่ายงบประมาณบนเว็บไซต์")],
    [cell("EIT", rowspan=2), cell("ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"), cell("ควรให้บริการด้วยความเสมอภาค"),
     cell("จัดคิวบริการตามลำดับ")],
    [None, cell("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร"), cell("ควรเผยแพร่ข้อมูลหลายช่องทาง"),
     cell("เพิ่มช่องทาง Facebook และ Line")],
    [cell("OIT"), cell("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"), cell("(O๑) โครงสร้าง\n(O๒) ข้อมูลผู้บริหาร"),
     cell("ปรับปรุงข้อมูลบนเว็บไซต์ครบถ้วน")],
]


# ---------------------------------------------------------------- the text form

def text_rows(table):
    """The rows a reader should see: a merged cell's text stands in each row it covers, except in a row that
    continues the row above (its first cell covered), where covered cells are empty; a cell spanning columns
    fills its first column. A row that is one cell across the whole table is a heading line."""
    rows, origin = [], {}
    width = len(table[0])
    for row in table:
        if len(row) == 1 and row[0][1] == width:
            rows.append((SECTION, row[0][0]))
            continue
        continues = row[0] is None
        out = []
        for c in row:
            if c is None:
                out.append("" if continues else origin[len(out)])
                continue
            lines, colspan, rowspan = c
            if rowspan > 1:
                origin[len(out)] = "\n".join(lines)
            out.append("\n".join(lines))
            out.extend([""] * (colspan - 1))
        rows.append(("row", out))
    return rows


def text_form():
    out = [TITLE, BODY, ""]
    for table in (MEASURES, INDICATORS):
        for kind, value in text_rows(table):
            if kind == SECTION:
                out += ["", "\n".join(value), ""]
                continue
            # one line per row: a cell of several lines holds them as paragraphs, as the text exports do
            out.append("\t".join("".join("<p>%s</p>" % l for l in v.split("\n")) if "\n" in v else v
                                  for v in value))
        out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


class Word:
    """Word's habits."""
    gdocs = False

    def run(self, text):
        return '<w:r><w:rPr><w:rFonts w:ascii="TH SarabunPSK" w:hAnsi="TH SarabunPSK" w:cs="TH SarabunPSK"/>' \
               '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)

    def para(self, text):
        return "<w:p>%s</w:p>" % (self.run(text) if text else "")

    def vmerge(self, restart):
        return '<w:vMerge w:val="restart"/>' if restart else "<w:vMerge/>"

    def header_row(self):
        return "<w:trPr><w:tblHeader/></w:trPr>"

    def table_pr(self, widths):
        return ('<w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
                '<w:tblLayout w:type="fixed"/></w:tblPr>' % (sum(widths), "".join(
                    '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                    for s in ("top", "left", "bottom", "right", "insideH", "insideV"))))


class GoogleDocs(Word):
    """Google Docs' habits: explicit flags, a table style, fonts on every run, spacing on every paragraph."""
    gdocs = True

    def run(self, text):
        return ('<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr><w:rFonts w:ascii="Sarabun" '
                'w:cs="Sarabun" w:eastAsia="Sarabun" w:hAnsi="Sarabun"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
                '<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text))

    def para(self, text):
        return ('<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000">'
                '<w:pPr><w:widowControl w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
                '<w:rPr/></w:pPr>%s</w:p>' % (self.run(text) if text else ""))

    def vmerge(self, restart):
        return '<w:vMerge w:val="restart"/>' if restart else '<w:vMerge w:val="continue"/>'

    def header_row(self):
        return '<w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="1"/></w:trPr>'

    def table_pr(self, widths):
        return ('<w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="left"/>'
                '<w:tblInd w:w="100.0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
                '<w:tblLook w:val="0600"/></w:tblPr>' % sum(widths))


def docx_table(table, widths, style):
    out = ["<w:tbl>", style.table_pr(widths), "<w:tblGrid>%s</w:tblGrid>" % "".join(
        '<w:gridCol w:w="%d"/>' % w for w in widths)]
    for r, row in enumerate(table):
        out.append("<w:tr>" + (style.header_row() if r == 0 else ""))
        col = 0
        for c in row:
            if c is None:
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                           % (widths[col], style.vmerge(False), style.para("")))
                col += 1
                continue
            lines, colspan, rowspan = c
            props = '<w:tcW w:w="%d" w:type="dxa"/>' % sum(widths[col:col + colspan])
            if colspan > 1:
                props += '<w:gridSpan w:val="%d"/>' % colspan
            if rowspan > 1:
                props += style.vmerge(True)
            paras = "".join(style.para(l) for l in lines) or style.para("")
            out.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, paras))
            col += colspan
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_document(style):
    body = [style.para(TITLE), style.para(BODY), style.para(""),
            docx_table(MEASURES, MEASURE_WIDTHS, style), style.para(""),
            docx_table(INDICATORS, INDICATOR_WIDTHS, style), style.para("")]
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" '
            'w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body>'
            '</w:document>' % (W, "".join(body), sect))


def write_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            # an ODF package starts with its mimetype, stored
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_docx(path, style):
    write_zip(path, [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                     ("word/document.xml", docx_document(style))])


# ---------------------------------------------------------------- ODT

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"')


def odt_table(name, table):
    width = len(table[0])
    out = ['<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>' % (name, width)]
    for r, row in enumerate(table):
        if r == 0:
            out.append("<table:table-header-rows>")
        out.append("<table:table-row>")
        for c in row:
            if c is None:
                out.append("<table:covered-table-cell/>")
                continue
            lines, colspan, rowspan = c
            attrs = ' office:value-type="string"'
            if colspan > 1:
                attrs += ' table:number-columns-spanned="%d"' % colspan
            if rowspan > 1:
                attrs += ' table:number-rows-spanned="%d"' % rowspan
            paras = "".join("<text:p>%s</text:p>" % escape(l) for l in lines) or "<text:p/>"
            out.append("<table:table-cell%s>%s</table:table-cell>" % (attrs, paras))
            out.extend(["<table:covered-table-cell/>"] * (colspan - 1))
        out.append("</table:table-row>")
        if r == 0:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "".join(out)


def write_odt(path):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>'
               '<text:p>%s</text:p><text:p>%s</text:p>%s<text:p/>%s<text:p/></office:text></office:body>'
               '</office:document-content>' % (ODF_NS, escape(TITLE), escape(BODY), odt_table("Measures", MEASURES),
                                               odt_table("Indicators", INDICATORS)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                     ("META-INF/manifest.xml", manifest)])


# ---------------------------------------------------------------- main

def main(argv):
    root = Path(__file__).resolve().parent.parent
    out = Path(argv[1]) if len(argv) > 1 else root / "src/test/resources/office-merged"
    out.mkdir(parents=True, exist_ok=True)
    (out / "merged.txt").write_text(text_form(), encoding="utf-8")
    write_docx(out / "merged-word.docx", Word())
    write_docx(out / "merged-gdocs.docx", GoogleDocs())
    write_odt(out / "merged.odt")
    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, HOME=tmp)
            subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "doc:MS Word 97", "--outdir", tmp,
                            str(out / "merged-word.docx")], check=True, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, "merged-word.doc"), out / "merged.doc")
    print("wrote", ", ".join(sorted(p.name for p in out.iterdir())))


if __name__ == "__main__":
    main(sys.argv)

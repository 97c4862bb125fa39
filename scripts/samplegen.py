#!/usr/bin/env python3
"""Helpers for scripts/make-samples.sh and scripts/make-bad-inputs.sh (python3 stdlib only).

Subcommands:
  html SEED OUT.html [--landscape-from REGEX]  seed text export -> HTML pandoc can read
  refdoc PANDOC_DEFAULT.docx OUT.docx           pandoc's default reference.docx -> Thai styles
  fixdocx IN.docx OUT.docx                      page setup, table borders, fixed dates/zip order
  fixpdf FILE.pdf                               pin CreationDate/ModDate and /ID (same length, in place)
  jpeg2pdf OUT.pdf DPI PAGE.jpg...              image-only PDF, one JPEG per page (DCTDecode)
  zipbomb OUT.docx MEGABYTES                    DOCX whose document.xml inflates to MEGABYTES MiB
  corrupt IN OUT                                copy IN with a block of its middle overwritten
  fakeexe OUT                                   a tiny MZ/PE-looking binary (not runnable)

Everything here is deterministic: same input, same bytes out.
"""
import hashlib
import html
import re
import struct
import sys
import zipfile
import zlib

FONT = "Laksaman"          # fonts-thai-tlwg; metric clone of TH Sarabun
FIXED_ZIP_DATE = (2023, 2, 9, 9, 0, 0)
FIXED_ISO_DATE = "2023-02-09T09:00:00Z"
THAI_DIGIT = "๐๑๒๓๔๕๖๗๘๙"

# ---------------------------------------------------------------- seed -> HTML

SECTION_MARK = "@@SECTION-BREAK-PORTRAIT@@"
TAG = re.compile(r"</?(?:p|ul|ol|li)\b[^>]*>", re.I)


def to_int(num):
    return int("".join(str(THAI_DIGIT.index(c)) if c in THAI_DIGIT else c for c in num))


def split_numbered(line):
    """'๑. a ๒. b ๓. c' -> ['๑. a', '๒. b', '๓. c'] (only when ๑/1 and ๒/2 both occur in order)."""
    first = re.search(r"(?:^|\s)([๑1])\.\s", line)
    if not first:
        return [line]
    thai = first.group(1) == "๑"
    cuts, pos, n = [first.start(1)], first.end(), 2
    while True:
        digits = "".join(THAI_DIGIT[int(d)] for d in str(n)) if thai else str(n)
        m = re.compile(r"\s(" + digits + r")\.\s").search(line, pos)
        if not m:
            break
        cuts.append(m.start(1))
        pos, n = m.end(), n + 1
    if len(cuts) < 2:
        return [line]
    parts = [line[:cuts[0]]] + [line[a:b] for a, b in zip(cuts, cuts[1:] + [len(line)])]
    return [p.strip() for p in parts if p.strip()]


def split_dashes(line):
    """Dash lists typed inline: '- a - b', 'head - a - b' -> one line per item."""
    seps = list(re.finditer(r"\s+(?=-\s?\S)", line))
    if not (line.startswith("-") and seps) and len(seps) < 2:
        return [line]
    out, start = [], 0
    for m in seps:
        out.append(line[start:m.start()])
        start = m.end()
    out.append(line[start:])
    return [p.strip() for p in out if p.strip()]


def cell_lines(raw):
    """A table cell of the seed (text with <p>/<ul>/<li> fragments) -> list of display lines."""
    lines = []
    for chunk in TAG.sub("\n", raw).split("\n"):
        chunk = html.unescape(re.sub(r"\s+", " ", chunk)).strip()
        if not chunk:
            continue
        for part in split_numbered(chunk):
            lines.extend(split_dashes(part))
    return lines


def inline(text):
    """Escape, then **bold** -> <strong>."""
    text = html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text, flags=re.S)


COL_WIDTHS = {6: [17, 24, 12, 11, 24, 12], 4: [9, 17, 32, 42]}


def table_html(rows):
    ncols = max(len(r) for r in rows)
    widths = COL_WIDTHS.get(ncols, [round(100 / ncols)] * ncols)
    out = ["<table>", "<colgroup>"]
    out += ['<col style="width: %d%%">' % w for w in widths]
    out.append("</colgroup>")
    for i, row in enumerate(rows):
        row = row + [""] * (ncols - len(row))
        tag, style = ("th", "Table Heading") if i == 0 else ("td", "Table Text")
        if i == 0:
            out.append("<thead>")
        elif i == 1:
            out.append("<tbody>")
        out.append("<tr>")
        for cell in row:
            paras = "".join("<p>%s</p>" % inline(l) for l in cell_lines(cell)) or "<p></p>"
            out.append('<%s><div data-custom-style="%s">%s</div></%s>' % (tag, style, paras, tag))
        out.append("</tr>")
        if i == 0:
            out.append("</thead>")
    if len(rows) > 1:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def seed_to_html(text, landscape_from=None):
    lines = text.replace("\r\n", "\n").split("\n")
    out, block, table, kind = [], [], [], None
    marked = landscape_from is None

    def flush_block():
        nonlocal marked
        if not block:
            return
        joined = "\n".join(block)
        if not marked and re.search(landscape_from, joined):
            out.append("<p>%s</p>" % SECTION_MARK)
            marked = True
        m = re.match(r"(#{1,6})\s+(.*)", block[0])
        if m and len(block) == 1:
            n = len(m.group(1))
            out.append("<h%d>%s</h%d>" % (n, inline(m.group(2).strip()), n))
        else:
            # each line of the export was a line of the document: keep the breaks
            body = inline("\n".join(l.rstrip() for l in block))
            out.append("<p>%s</p>" % body.replace("\n", "<br />"))
        block.clear()

    def flush_table():
        if table:
            out.append(table_html(table))
            table.clear()

    for line in lines:
        is_tab = "\t" in line
        is_pipe = line.startswith("|")
        if is_tab or is_pipe:
            flush_block()
            this = "tab" if is_tab else "pipe"
            if kind != this:
                flush_table()
            kind = this
            if is_pipe:
                if re.fullmatch(r"\|[\s:|-]*\|?\s*", line):
                    continue            # |---|---| separator
                cells = line.strip().strip("|").split("|")
            else:
                cells = line.rstrip("\n").split("\t")
            table.append([c.strip() for c in cells])
            continue
        flush_table()
        kind = None
        if line.strip():
            block.append(line)
        else:
            flush_block()
    flush_block()
    flush_table()
    return ('<!DOCTYPE html>\n<html lang="th">\n<head><meta charset="utf-8"><title></title></head>\n'
            "<body>\n%s\n</body>\n</html>\n" % "\n".join(out))


# ---------------------------------------------------------------- reference.docx

RFONTS = '<w:rFonts w:ascii="{0}" w:hAnsi="{0}" w:eastAsia="{0}" w:cs="{0}" />'.format(FONT)
SIZES = {"Normal": 32, "Title": 40, "Heading1": 40, "Heading2": 36, "Heading3": 32,
         "Heading4": 32, "Compact": 28}
EXTRA_STYLES = """
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
  <w:name w:val="Table Text" /><w:basedOn w:val="Normal" /><w:qFormat />
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto" /></w:pPr>
  <w:rPr><w:sz w:val="28" /><w:szCs w:val="28" /></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading">
  <w:name w:val="Table Heading" /><w:basedOn w:val="TableText" /><w:qFormat />
  <w:pPr><w:jc w:val="center" /></w:pPr>
  <w:rPr><w:b /><w:bCs /></w:rPr>
</w:style>
"""


def set_size(style, half_points):
    style = re.sub(r"<w:sz(Cs)? w:val=\"\d+\" />\s*", "", style)
    tag = '<w:sz w:val="%d" /><w:szCs w:val="%d" />' % (half_points, half_points)
    if "<w:rPr>" in style:
        return style.replace("<w:rPr>", "<w:rPr>" + tag, 1)
    return style.replace("</w:style>", "<w:rPr>%s</w:rPr></w:style>" % tag)


def make_styles(xml):
    xml = re.sub(r"<w:rFonts [^>]*/>", RFONTS, xml)
    xml = re.sub(r"<w:color [^>]*/>", "", xml)                       # black, like a memo
    xml = xml.replace('w:bidi="ar-SA"', 'w:bidi="th-TH"')
    xml = re.sub(r'(<w:rPrDefault>.*?)<w:sz w:val="24" />\s*<w:szCs w:val="24" />',
                 r'\1<w:sz w:val="32" /><w:szCs w:val="32" />', xml, flags=re.S)
    xml = re.sub(r'(<w:pPrDefault>\s*<w:pPr>\s*)<w:spacing w:after="200" />',
                 r'\1<w:spacing w:after="0" />', xml)

    def fix(m):
        style = m.group(0)
        sid = re.search(r'w:styleId="([^"]*)"', style).group(1)
        if sid in SIZES and sid != "Normal":
            style = set_size(style, SIZES[sid])
        if sid == "BodyText":
            style = style.replace('w:before="180" w:after="180"', 'w:before="0" w:after="120"')
        return style
    xml = re.sub(r"<w:style .*?</w:style>", fix, xml, flags=re.S)
    return xml.replace("</w:styles>", EXTRA_STYLES + "</w:styles>")


def rewrite_zip(src, dst, edit):
    """Copy a zip, passing each member through edit(name, bytes); fixed dates, deflate."""
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            data = edit(name, data)
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data, compresslevel=9)


def refdoc(src, dst):
    def edit(name, data):
        if name == "word/styles.xml":
            return make_styles(data.decode("utf-8")).encode("utf-8")
        return data
    rewrite_zip(src, dst, edit)


# ---------------------------------------------------------------- DOCX post-processing

A4 = (11906, 16838)


def sect_pr(landscape):
    w, h = (A4[1], A4[0]) if landscape else A4
    orient = ' w:orient="landscape"' if landscape else ""
    mar = ('w:top="1134" w:right="851" w:bottom="1134" w:left="851"' if landscape
           else 'w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"')
    return ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s /><w:pgMar %s w:header="709" w:footer="709"'
            ' w:gutter="0" /><w:cols w:space="708" /><w:docGrid w:linePitch="435" /></w:sectPr>'
            % (w, h, orient, mar))


def text_width(landscape):
    return A4[1] - 2 * 851 if landscape else A4[0] - 1701 - 1134


BORDERS = ("<w:tblBorders>" + "".join(
    '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000" />' % side
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")


def fix_document(xml):
    """Sections (portrait memo, then landscape if the seed asked), table borders and widths."""
    marker = re.search(r"<w:p>(?:(?!<w:p>).)*?%s.*?</w:p>" % re.escape(SECTION_MARK), xml, re.S)
    landscape = marker is not None
    if marker:
        xml = xml[:marker.start()] + "<w:p><w:pPr>%s</w:pPr></w:p>" % sect_pr(False) + xml[marker.end():]
    body_end = xml.rindex("</w:body>")
    head = re.sub(r"<w:sectPr\s*/>|<w:sectPr>.*?</w:sectPr>\s*$", "", xml[:body_end], flags=re.S)
    xml = head + sect_pr(landscape) + xml[body_end:]
    width = text_width(landscape)

    def table(m):
        # widths in twips, not percent: LibreOffice resolves a percent width against the first
        # section's page, which shrinks the landscape tables to the portrait text width
        tbl = m.group(0)
        cols = [int(c) for c in re.findall(r'<w:gridCol w:w="(\d+)" />', tbl)]
        total = sum(cols) or 1
        cols = [round(c * width / total) for c in cols]
        tbl = re.sub(r"<w:tblGrid>.*?</w:tblGrid>", "<w:tblGrid>%s</w:tblGrid>" % "".join(
            '<w:gridCol w:w="%d" />' % c for c in cols), tbl, flags=re.S)
        tbl = tbl.replace('<w:tblW w:type="pct" w:w="5000" />',
                          '<w:tblW w:type="dxa" w:w="%d" />' % sum(cols) + BORDERS
                          + '<w:tblLayout w:type="fixed" />')

        def row(r):
            k = iter(cols)
            return re.sub(r"<w:tcPr />", lambda _: '<w:tcPr><w:tcW w:type="dxa" w:w="%d" /></w:tcPr>'
                          % next(k), r.group(0))
        return re.sub(r"<w:tr>.*?</w:tr>", row, tbl, flags=re.S)
    xml = re.sub(r"<w:tbl>.*?</w:tbl>", table, xml, flags=re.S)
    # header cells: let the Table Heading style centre them
    xml = xml.replace('<w:pStyle w:val="TableHeading" /><w:jc w:val="left" />',
                      '<w:pStyle w:val="TableHeading" />')
    return xml


def fixdocx(src, dst):
    def edit(name, data):
        if name == "word/document.xml":
            return fix_document(data.decode("utf-8")).encode("utf-8")
        if name == "docProps/core.xml":
            text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", FIXED_ISO_DATE, data.decode("utf-8"))
            return text.encode("utf-8")
        return data
    rewrite_zip(src, dst, edit)


# ---------------------------------------------------------------- PDF

def fixpdf(path):
    """LibreOffice stamps the export time, a random /ID and a checksum over them. Pin both without moving any byte
    (same-length replacements, so the xref offsets stay valid)."""
    data = open(path, "rb").read()

    def date(m):
        fixed = b"D:20230209090000"
        return m.group(1) + fixed + m.group(2)[len(fixed):]
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:\d{14}[^)]*)", date, data)
    digest = hashlib.md5(path.rsplit("/", 1)[-1].encode()).hexdigest().upper().encode()

    def ident(hexid):
        return b"<" + (digest * 4)[:len(hexid)] + b">"
    data = re.sub(rb"(/ID\s*\[\s*)<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group(1) + ident(m.group(2)) + b" " + ident(m.group(3)), data)
    # LibreOffice's own /DocChecksum covers the time-stamped bytes: recompute it from the result
    blank = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", rb"\g<1>" + b"0" * 32, data)
    check = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", lambda m: m.group(1) + check, data)
    open(path, "wb").write(data)


def jpeg_size(data):
    """(width, height, components) from a JPEG's SOF marker."""
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError("bad JPEG marker")
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return w, h, data[i + 9]
        i += 2 + length
    raise ValueError("no SOF in JPEG")


def jpeg2pdf(out, dpi, jpegs):
    """Minimal PDF 1.4: each page is one full-page JPEG, like a scanner's output."""
    objs = []                       # index i holds object i+1

    def add(body):
        objs.append(body)
        return len(objs)
    catalog = add(None)
    pages = add(None)
    kids = []
    for path in jpegs:
        data = open(path, "rb").read()
        w, h, comps = jpeg_size(data)
        cs = "/DeviceGray" if comps == 1 else "/DeviceRGB"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                  % (w, h, cs.encode(), len(data)) + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        cont = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                        b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages, pw, ph, img, cont)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Producer (scan-sim) /CreationDate (D:20230209090000Z) >>")
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(buf))
        buf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    buf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    fid = hashlib.md5(bytes(buf)).hexdigest().encode()
    buf += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, fid, fid, xref))
    open(out, "wb").write(buf)


# ---------------------------------------------------------------- bad inputs

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def zipbomb(out, megabytes):
    """document.xml = one paragraph whose single <w:t> holds MEGABYTES MiB of "ITA ITA ...".
    Streamed through zipfile (deflate), so memory stays at one chunk."""
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>' % W_NS).encode()
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    chunk = ("ITA " * (1 << 18)).encode()               # 1 MiB of highly compressible text
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)):
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        info = zipfile.ZipInfo("word/document.xml", FIXED_ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=megabytes >= 2048) as f:
            f.write(head)
            for _ in range(megabytes):
                f.write(chunk)
            f.write(tail)


def corrupt(src, dst):
    """Overwrite 512 bytes with a fixed pattern: in the middle of word/document.xml's compressed
    data when SRC is a DOCX (the zip directory stays intact, inflating that part fails or its
    CRC does not match), else in the middle of the file."""
    data = bytearray(open(src, "rb").read())
    mid = len(data) // 2
    try:
        with zipfile.ZipFile(src) as z:
            info = z.getinfo("word/document.xml")
        name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
        start = info.header_offset + 30 + name_len + extra_len
        mid = start + info.compress_size // 2 - 256
    except (zipfile.BadZipFile, KeyError):
        pass
    data[mid:mid + 512] = bytes((i * 37 + 11) & 0xFF for i in range(512))
    open(dst, "wb").write(data)


def fakeexe(dst):
    """A few hundred bytes that look like a Windows PE file to a type sniffer (MZ header,
    DOS stub text, PE signature, an AMD64 COFF header with no sections). It is not runnable."""
    stub = b"This program cannot be run in DOS mode.\r\r\n$"
    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<HHHHH", dos, 2, 0x90, 3, 0, 4, 0)       # bytes on last page, pages, ...
    struct.pack_into("<I", dos, 60, 128)                        # e_lfanew -> PE header
    body = bytes(dos) + b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21" + stub
    body = body.ljust(128, b"\0")
    coff = struct.pack("<4sHHIIIHH", b"PE\0\0", 0x8664, 0, 0x63DEB6D0, 0, 0, 0, 0x0022)
    open(dst, "wb").write((body + coff).ljust(384, b"\0"))


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "html":
        landscape = args[args.index("--landscape-from") + 1] if "--landscape-from" in args else None
        text = open(args[0], encoding="utf-8").read()
        open(args[1], "w", encoding="utf-8").write(seed_to_html(text, landscape))
    elif cmd == "refdoc":
        refdoc(args[0], args[1])
    elif cmd == "fixdocx":
        fixdocx(args[0], args[1])
    elif cmd == "fixpdf":
        fixpdf(args[0])
    elif cmd == "jpeg2pdf":
        jpeg2pdf(args[0], int(args[1]), args[2:])
    elif cmd == "zipbomb":
        zipbomb(args[0], int(args[1]))
    elif cmd == "corrupt":
        corrupt(args[0], args[1])
    elif cmd == "fakeexe":
        fakeexe(args[0])
    else:
        sys.exit("unknown subcommand " + cmd)


if __name__ == "__main__":
    main(sys.argv)

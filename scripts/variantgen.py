#!/usr/bin/env python3
"""Renders the two seed reports into a matrix of DOCX/ODT/DOC, text-layer PDF and scanned forms (called by
scripts/make-variants.sh, which checks the tools; python3 stdlib plus the tools on PATH).

  variantgen.py SEEDS_DIR OUT_DIR [--matrix tuned|fresh|fresh2|fresh3] [--only ID_SUBSTRING]

"tuned" (the default) is the matrix the heuristics are measured on while they change. "fresh" renders the same
seeds with properties the tuned matrix never has (other TLWG fonts, Letter paper, other margins and type sizes,
tables sized to their content, pandoc's standalone HTML printed by Chromium, DOCX written by LibreOffice and then
exported by it); every fresh variant is held out. "fresh2" is a second held-out matrix, text layer only, with
properties neither of the others has: the monospaced and typewriter TLWG fonts, a bold body, Legal paper, narrow
tables left to size themselves, a pandoc DOCX saved again by LibreOffice before its PDF export, Chromium in other
fonts and page sizes, and first columns wider or narrower than the seeds'. "fresh3" is a third held-out matrix, text
and scans, measured only once the readings it tests are done: other fonts through the same producers, frames and
boxed headers, and scans at 250 dpi and in colour (a cream-tinted page, as a colour copier gives).

Each variant changes one property of the baseline (LibreOffice PDF from a pandoc DOCX, Laksaman, full borders,
normal columns, portrait), and a few combine several. Scans are rasterised from a text-layer variant. Writes
OUT_DIR/manifest.tsv (one line per variant, its properties and file) and the files next to it.

Deterministic: the same seeds give the same documents. PDF dates and /ID are pinned (samplegen.fixpdf), zip
members get fixed dates, the scan noise is seeded per page; only the DOC form keeps LibreOffice's save time.
"""
import base64
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import samplegen  # noqa: E402  (same folder)

SEEDS = {"000": "000_2065e0d738ff9e85", "003": "003_de5ae8d4d3f592eb"}
NARROW = 0.5                      # narrow tables: half the text width, header words wrap to a few letters
GOLDEN_NARROW = 0.55              # the same for the golden DOCX, whose header words are shorter
FIELDS = ["id", "seed", "layer", "source", "format", "producer", "font", "borders", "columns", "orientation", "cells",
          "dpi", "colour", "skew", "noise", "heldout", "file", "paper", "margins", "size", "tables", "weight",
          "firstcol"]

# the page as the tuned matrix has it: A4, the memo margins, 16 pt body and 14 pt cells, fixed column widths
# (fresh2 adds the body's weight and the first column's width as a factor of the seed's)
PAGE = dict(paper="a4", margins="", size="16", tables="fixed", weight="regular", firstcol="1")
PAPERS_TWIPS = {"a4": (11906, 16838), "letter": (12240, 15840), "legal": (12240, 20160)}
PAPERS_CSS = {"letter": ("8.5in", "11in"), "legal": ("8.5in", "14in")}
TWIPS_PER_MM = 1440 / 25.4

# Kept out of tuning: everything set in this font and everything printed by this producer. Benchmarks report
# them apart; nobody reads their failures to adjust a heuristic.
HELDOUT_FONT = "Norasi"
HELDOUT_PRODUCER = "chromium"


def text_variant(producer, font="Laksaman", borders="full", columns="normal", orientation="portrait",
                 cells="paras", fmt="pdf", **page):
    """page: paper (a4|letter|legal), margins ("T-R-B-L" in mm, empty for the memo margins), size (body pt), tables
    (fixed widths, or autofit: sized by the producer from their content), weight (regular|bold body) and firstcol
    (the first column's width as a factor of the seed's, the other columns sharing what is left)."""
    return dict(dict(PAGE, **page), layer="text", format=fmt, producer=producer, font=font, borders=borders,
                columns=columns, orientation=orientation, cells=cells, dpi="", colour="", skew="", noise="")


TEXT_MATRIX = [
    # baseline, then one property at a time
    text_variant("lo-docx"),
    text_variant("lo-docx", font="Garuda"),
    text_variant("lo-docx", font="Loma"),
    text_variant("lo-docx", font="Kinnari"),
    text_variant("lo-docx", font="Norasi"),
    text_variant("lo-html"),
    text_variant("chromium"),
    text_variant("lo-docx", borders="none"),
    text_variant("lo-docx", borders="horizontal"),
    text_variant("lo-docx", columns="narrow"),
    text_variant("lo-docx", orientation="landscape"),
    text_variant("lo-html", cells="lists"),
    text_variant("lo-html", cells="breaks"),
    # combinations
    text_variant("lo-docx", borders="none", columns="narrow"),
    text_variant("lo-html", font="Garuda", borders="none", orientation="landscape"),
    text_variant("lo-html", font="Loma", borders="horizontal", columns="narrow", cells="lists"),
    text_variant("lo-docx", font="Kinnari", borders="horizontal", columns="narrow", orientation="landscape"),
    text_variant("chromium", font="Garuda", borders="none"),
    text_variant("chromium", font="Loma", borders="horizontal", columns="narrow"),
    text_variant("lo-docx", font="Norasi", borders="none", columns="narrow"),
    # the golden DOCX (cell borders on every cell, percent widths) with its rulings taken away
    text_variant("lo-golden", font="Garuda", borders="none"),
    text_variant("lo-golden", font="Garuda", borders="horizontal"),
    text_variant("lo-golden", borders="frame"),
    text_variant("lo-golden", font="Garuda", borders="none", columns="narrow"),
    # partial rulings and borderless tables in other fonts
    text_variant("lo-docx", font="Garuda", borders="none"),
    text_variant("lo-docx", font="Garuda", borders="horizontal"),
    text_variant("lo-docx", borders="frame"),
    text_variant("lo-docx", font="Loma", borders="headbox"),
    text_variant("lo-docx", font="Garuda", borders="none", columns="narrow"),
    text_variant("lo-html", font="Loma", borders="none", columns="narrow"),
    # office documents: who wrote the file and how its cells hold text
    text_variant("pandoc", fmt="docx"),
    text_variant("pandoc", fmt="docx", cells="lists", borders="none"),
    text_variant("lo-html", fmt="docx", cells="lists"),
    text_variant("lo-html", fmt="docx", cells="breaks", borders="horizontal"),
    text_variant("lo-roundtrip", fmt="docx"),
    text_variant("lo-html", fmt="odt", cells="lists"),
    text_variant("lo-html", fmt="doc", cells="lists"),
    text_variant("lo-html", fmt="docx", cells="source"),
    text_variant("lo-html", fmt="odt", cells="source", borders="none"),
    text_variant("pandoc", fmt="docx", cells="source"),
    text_variant("lo-html", cells="source"),
]

# Held out as a whole: nothing here is tuned on. Producers: lo-docx (pandoc DOCX -> LibreOffice PDF), lo-html-docx
# (HTML -> DOCX written by LibreOffice -> LibreOffice PDF), pandoc-chromium (pandoc DOCX -> pandoc standalone HTML
# with its own stylesheet -> Chromium print), chromium, lo-html.
FRESH_TEXT_MATRIX = [
    text_variant("lo-docx", font="Umpush", paper="letter", margins="25-25-25-25", size="15"),
    text_variant("lo-docx", font="Sawasdee", borders="none", margins="30-20-25-30", size="14"),
    text_variant("lo-docx", font="Waree", borders="horizontal", orientation="landscape", paper="letter",
                 margins="20-20-20-20", size="14"),
    text_variant("lo-docx", font="Tlwg Typo", margins="20-15-20-20", size="13"),
    text_variant("lo-docx", font="Purisa", paper="letter", size="14", tables="autofit"),
    text_variant("lo-html-docx", font="Sawasdee", paper="letter", margins="25-20-25-25", size="15",
                 tables="autofit"),
    text_variant("lo-html-docx", font="Waree", borders="none", size="14", tables="autofit", cells="lists"),
    text_variant("lo-html-docx", font="Umpush", borders="horizontal", size="16", tables="autofit",
                 cells="breaks", margins="15-15-15-15"),
    text_variant("pandoc-chromium", font="Umpush", borders="pandoc", paper="letter", size="14", tables="autofit"),
    text_variant("pandoc-chromium", font="Waree", borders="full", margins="25-25-25-25", size="13",
                 tables="autofit"),
    text_variant("chromium", font="Purisa", borders="horizontal", paper="letter", size="14",
                 margins="20-20-20-20"),
    text_variant("lo-html", font="Tlwg Typo", cells="lists", paper="letter", size="14", margins="25-20-20-25"),
    text_variant("lo-docx", font="Waree", borders="none", columns="narrow", size="14", margins="25-20-25-25"),
    text_variant("lo-html", fmt="docx", font="Sawasdee", tables="autofit", cells="lists"),
    text_variant("lo-html", fmt="odt", font="Umpush", tables="autofit", cells="breaks", borders="none"),
]

# Held out as a whole, text layer only; each line mixes properties the tuned and fresh matrices never have.
# lo-roundtrip as a PDF: the pandoc DOCX saved again by LibreOffice (its own DOCX), then exported to PDF.
FRESH2_TEXT_MATRIX = [
    text_variant("lo-docx", font="Tlwg Typist", margins="20-20-20-20", size="14"),
    text_variant("lo-docx", font="Tlwg Mono", borders="horizontal", paper="letter", size="13"),
    text_variant("lo-docx", font="Kinnari", weight="bold", margins="25-25-20-30"),
    text_variant("lo-docx", font="Garuda", paper="letter", borders="none", size="14"),
    text_variant("lo-docx", columns="narrow", tables="autofit", borders="none", size="15"),
    text_variant("lo-docx", font="Laksaman", firstcol="0.6", margins="15-15-15-15", size="15"),
    text_variant("lo-docx", font="Loma", firstcol="1.6", borders="horizontal", orientation="landscape"),
    text_variant("lo-roundtrip", font="Loma", borders="horizontal", size="15"),
    text_variant("lo-roundtrip", font="Kinnari", paper="letter", firstcol="1.4", size="14"),
    text_variant("chromium", font="Tlwg Typist", paper="letter", size="14"),
    text_variant("chromium", font="Kinnari", borders="none", orientation="landscape", size="15"),
    text_variant("chromium", font="Garuda", paper="legal", firstcol="1.5", margins="20-20-20-20", size="14"),
    text_variant("lo-html", font="Tlwg Typewriter", cells="breaks", firstcol="0.6", size="14"),
    text_variant("lo-html", font="Garuda", cells="lists", borders="none", paper="letter", size="15"),
    text_variant("lo-html", font="Kinnari", weight="bold", columns="narrow", tables="autofit", cells="lists"),
    text_variant("lo-html-docx", font="Loma", cells="lists", firstcol="1.4", size="14", tables="autofit"),
    text_variant("pandoc-chromium", font="Tlwg Typist", borders="full", paper="legal", size="13", tables="autofit"),
    text_variant("lo-roundtrip", fmt="docx", font="Tlwg Mono", firstcol="0.6"),
]

# Held out as a whole, text and scans, measured only once its readings are done: combinations none of the other
# matrices have (Purisa, Sawasdee and Tlwg Typewriter tables through LibreOffice, frames and boxed headers in other
# fonts, Chromium without borders on Letter, a fixed-width HTML -> DOCX chain) and scans at 250 dpi and in colour.
FRESH3_TEXT_MATRIX = [
    text_variant("lo-docx", font="Purisa", borders="none", size="15"),
    text_variant("lo-docx", font="Sawasdee", borders="horizontal", columns="narrow", orientation="landscape"),
    text_variant("lo-docx", font="Umpush", borders="frame", columns="narrow", size="14"),
    text_variant("lo-docx", font="Kinnari", borders="headbox", paper="letter", size="14", firstcol="1.3"),
    text_variant("lo-docx", font="Tlwg Typewriter", borders="none", margins="20-20-20-25", size="14"),
    text_variant("lo-roundtrip", font="Waree", borders="none", columns="narrow", size="15"),
    text_variant("lo-html", font="Purisa", borders="horizontal", paper="letter", size="15"),
    text_variant("lo-html-docx", font="Garuda", size="14"),
    text_variant("chromium", font="Umpush", borders="none", paper="letter", size="13"),
    text_variant("chromium", font="Laksaman", borders="frame", size="15", firstcol="0.8"),
    text_variant("pandoc-chromium", font="Sawasdee", borders="none", size="14", tables="autofit"),
    text_variant("lo-html", font="Norasi", borders="none", columns="narrow", cells="breaks"),
    text_variant("lo-docx", font="Garuda", weight="bold", borders="none", size="15", firstcol="0.8"),
]

FRESH3_SCAN_MATRIX = [
    (0, 300, "grey", 0.0, "none", "pdf"),           # a clean scan of a borderless table
    (1, 250, "grey", -1.0, "jpeg", "tiff"),
    (3, 300, "colour", 0.6, "jpeg", "pdf"),
    (5, 200, "bilevel", 0.0, "none", "pdf"),
    (7, 300, "grey", 0.0, "none", "pdf"),
    (12, 400, "colour", 1.0, "jpeg", "pdf"),     # a multi-page colour TIFF this size exceeds ImageMagick's default limits
]

FRESH_SCAN_MATRIX = [
    (0, 300, "grey", 0.8, "jpeg", "pdf"),
    (0, 200, "bilevel", -0.6, "none", "tiff"),
    (5, 300, "grey", -0.7, "jpeg", "tiff"),
    (5, 200, "bilevel", 0.5, "specks", "pdf"),
]

# scans: (source text variant index in TEXT_MATRIX, dpi, colour, skew degrees, noise, format)
SCAN_MATRIX = [
    (0, 150, "grey", 0.0, "jpeg", "pdf"),
    (0, 200, "grey", 0.0, "jpeg", "pdf"),
    (0, 300, "grey", 0.0, "none", "pdf"),
    (0, 400, "grey", 0.0, "jpeg", "pdf"),
    (0, 200, "bilevel", 0.0, "none", "tiff"),
    (0, 300, "bilevel", -3.0, "specks", "tiff"),
    (0, 300, "grey", 3.0, "jpeg", "tiff"),
    (7, 300, "grey", -2.0, "jpeg", "pdf"),          # borderless table
    (9, 200, "bilevel", 1.5, "specks", "pdf"),      # narrow columns
    (4, 400, "bilevel", 0.0, "none", "tiff"),       # held-out font
]

MATRICES = {"tuned": (TEXT_MATRIX, SCAN_MATRIX), "fresh": (FRESH_TEXT_MATRIX, FRESH_SCAN_MATRIX),
            "fresh2": (FRESH2_TEXT_MATRIX, []), "fresh3": (FRESH3_TEXT_MATRIX, FRESH3_SCAN_MATRIX)}


def variant_id(seed, v):
    if v["layer"] == "scan":
        return "%s-scan-%s-%sdpi-%s-skew%+.1f-%s-%s" % (seed, v["source"], v["dpi"], v["colour"], float(v["skew"]),
                                                     v["noise"], v["format"])
    return "%s-%s-%s-%s-%s-%s-%s-%s%s" % (seed, v["format"], v["producer"], v["font"].lower().replace(" ", ""),
                                          v["borders"], v["columns"], v["orientation"][:4], v["cells"], page_id(v))


def page_id(v):
    """The page properties that differ from the tuned matrix's page, as an id suffix (empty for that page)."""
    parts = []
    if v.get("paper", "a4") != PAGE["paper"]:
        parts.append(v["paper"])
    if v.get("margins"):
        parts.append("m" + v["margins"])
    if v.get("size", PAGE["size"]) != PAGE["size"]:
        parts.append(v["size"] + "pt")
    if v.get("tables", "fixed") != PAGE["tables"]:
        parts.append(v["tables"])
    if v.get("weight", PAGE["weight"]) != PAGE["weight"]:
        parts.append(v["weight"])
    if v.get("firstcol", PAGE["firstcol"]) != PAGE["firstcol"]:
        parts.append("col1x" + v["firstcol"])
    return "".join("-" + p for p in parts)


def short_id(v):
    """The configuration without its seed: the two seeds in one configuration share an index in the benchmark."""
    return variant_id("x", v)[2:]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


# ---------------------------------------------------------------- HTML forms

def cell_markup(lines, cells):
    """The lines of one table cell as paragraphs, as a bullet list where the seed typed dashes, or as one
    paragraph with line breaks."""
    if cells == "breaks":
        return "<p>%s</p>" % "<br />".join(samplegen.inline(l) for l in lines) if lines else "<p></p>"
    if cells == "lists":
        out, items = [], []
        for line in lines + [None]:
            if line is not None and re.match(r"-\s?\S", line):
                items.append("<li>%s</li>" % samplegen.inline(re.sub(r"^-\s?", "", line)))
                continue
            if items:
                out.append("<ul>%s</ul>" % "".join(items))
                items = []
            if line is not None:
                out.append("<p>%s</p>" % samplegen.inline(line))
        return "".join(out) or "<p></p>"
    return "".join("<p>%s</p>" % samplegen.inline(l) for l in lines) or "<p></p>"


RAW = "RAWCELL"


def seed_html(text, cells):
    """samplegen's seed HTML (pandoc-ready), with the cells rewritten for the cell mode. "source" keeps each
    cell's own markup from the text export (its paragraphs and dash lists as it wrote them)."""
    if cells == "source":
        split_cells = samplegen.cell_lines
        samplegen.cell_lines = lambda raw: [RAW + base64.b32encode(raw.encode("utf-8")).decode("ascii")]
        try:
            html_text = samplegen.seed_to_html(text)
        finally:
            samplegen.cell_lines = split_cells

        def raw(m):
            return samplegen.inline(base64.b32decode(m.group(1)).decode("utf-8")).replace("&lt;", "<").replace(
                "&gt;", ">").replace("&quot;", '"')
        return re.sub(r"<p>%s([A-Z2-7=]*)</p>" % RAW, raw, html_text)
    html_text = samplegen.seed_to_html(text)
    if cells == "paras":
        return html_text

    def cell(m):
        tag, style, inner = m.group(1), m.group(2), m.group(3)
        lines = [samplegen.html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", inner)]
        lines = [l for l in lines if l.strip()]
        # inline() escapes again and turns **x** into <strong>: undo the <strong> first
        lines = [re.sub(r"<strong>(.*?)</strong>", r"**\1**", l) for l in lines]
        return '<%s><div data-custom-style="%s">%s</div></%s>' % (tag, style, cell_markup(lines, cells), tag)
    return re.sub(r'<(t[hd])><div data-custom-style="([^"]*)">(.*?)</div></t[hd]>', cell, html_text, flags=re.S)


# "pandoc": the rules pandoc's own stylesheet draws (above and below the header row, below the table)
BORDER_CSS = {"full": "td, th { border: 1px solid black }",
              "horizontal": "td, th { border-top: 1px solid black; border-bottom: 1px solid black }",
              "none": "td, th { border: none }",
              "frame": "td, th { border: none } table { border: 1px solid black }",
              "headbox": "td, th { border: none } tr:first-child > * { border: 1px solid black }",
              "pandoc": ""}


def css_page_size(v):
    """LibreOffice's HTML import reads "A4 <orientation>" but not "letter": Letter and Legal are given by their
    lengths."""
    if v.get("paper") in PAPERS_CSS:
        w, h = PAPERS_CSS[v["paper"]]
        return "%s %s" % (h, w) if v["orientation"] == "landscape" else "%s %s" % (w, h)
    return "A4 %s" % v["orientation"]


def first_column(html_text, v):
    """firstcol: every table's first column widened or narrowed by the factor, the others sharing the rest."""
    factor = float(v.get("firstcol", PAGE["firstcol"]))
    if factor == 1.0:
        return html_text

    def colgroup(m):
        widths = [int(w) for w in re.findall(r'width: (\d+)%', m.group(0))]
        first = min(80, round(widths[0] * factor))
        rest = sum(widths[1:]) or 1
        widths = [first] + [round(w * (100 - first) / rest) for w in widths[1:]]
        return "<colgroup>%s</colgroup>" % "".join('<col style="width: %d%%">' % w for w in widths)
    return re.sub(r"<colgroup>.*?</colgroup>", colgroup, html_text, flags=re.S)


def css_margins(v):
    return " ".join(m + "mm" for m in v["margins"].split("-")) if v.get("margins") else "20mm 15mm 20mm 25mm"


def styled_html(html_text, v):
    """CSS for the browser and LibreOffice's HTML import: page, font, borders, column widths."""
    border = BORDER_CSS[v["borders"]]
    width = "%d%%" % (100 * (NARROW if v["columns"] == "narrow" else 1))
    size = css_page_size(v)
    body = int(v.get("size", PAGE["size"]))
    layout = "width: %s; table-layout: fixed" % width
    if v.get("tables") == "autofit":
        # no column widths: the producer sizes every column from its content (within the width when narrow)
        layout = "table-layout: auto" if v["columns"] != "narrow" else "width: %s; table-layout: auto" % width
        html_text = re.sub(r"<colgroup>.*?</colgroup>\s*", "", html_text, flags=re.S)
    weight = "; font-weight: bold" if v.get("weight") == "bold" else ""
    css = ("@page { size: %s; margin: %s }\n"
           "body { font-family: '%s'; font-size: %dpt%s }\n"
           "h1, h2, h3, h4 { font-family: '%s' }\n"
           "table { border-collapse: collapse; %s }\n"
           "td, th { font-size: %dpt; vertical-align: top; padding: 1pt 3pt }\n"
           "td p, th p, li { margin: 0 }\n%s\n" % (size, css_margins(v), v["font"], body, weight, v["font"],
                                                    layout, body - 2, border))
    html_text = html_text.replace("<title></title>", "<title></title><style>\n%s</style>" % css)
    return re.sub(r'<div data-custom-style="[^"]*">(.*?)</div>', r"\1", html_text, flags=re.S)


# ---------------------------------------------------------------- DOCX forms

NIL = '<w:%s w:val="nil" />'


def borders_xml(borders):
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    ruled = {"full": sides, "horizontal": ("top", "bottom", "insideH"), "none": (), "pandoc": (), "headbox": (),
             "frame": ("top", "left", "bottom", "right")}[borders]
    return "<w:tblBorders>" + "".join(
        ('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000" />' % s) if s in ruled else NIL % s
        for s in sides) + "</w:tblBorders>"


def box_header_rows(xml):
    """borders="headbox": every cell of each table's first row boxed, the body without lines."""
    box = "<w:tcBorders>%s</w:tcBorders>" % "".join(
        '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000" />' % s for s in ("top", "left", "bottom", "right"))

    def first_row(m):
        return re.sub(r"<w:tcPr>", "<w:tcPr>" + box, m.group(0))
    return re.sub(r"<w:tbl>.*?</w:tr>", first_row, xml, flags=re.S)


def page_sect_pr(v):
    """The section of the variant's page: paper, orientation and margins; the memo's own when all are default."""
    landscape = v["orientation"] == "landscape"
    if v.get("paper", "a4") == "a4" and not v.get("margins"):
        return samplegen.sect_pr(landscape), samplegen.text_width(landscape)
    w, h = PAPERS_TWIPS[v["paper"]]
    if landscape:
        w, h = h, w
    top, right, bottom, left = [round(int(m) * TWIPS_PER_MM) for m in (v["margins"] or "25-20-20-30").split("-")]
    orient = ' w:orient="landscape"' if landscape else ""
    return ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s /><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d"'
            ' w:header="709" w:footer="709" w:gutter="0" /><w:cols w:space="708" /><w:docGrid w:linePitch="435" />'
            '</w:sectPr>' % (w, h, orient, top, right, bottom, left)), w - left - right


def adjust_document(xml, v):
    """Borders, page, column widths and table layout of samplegen's fixed DOCX."""
    xml = xml.replace(samplegen.BORDERS, borders_xml(v["borders"]))
    if v["borders"] == "headbox":
        xml = box_header_rows(xml)
    sect, width = page_sect_pr(v)
    xml = xml.replace(samplegen.sect_pr(False), sect)
    scale = (NARROW if v["columns"] == "narrow" else 1.0) * width / samplegen.text_width(False)
    if round(scale, 4) != 1.0:
        xml = re.sub(r'(<w:(?:gridCol|tblW|tcW)(?: w:type="dxa")? w:w=")(\d+)(")',
                     lambda m: "%s%d%s" % (m.group(1), round(int(m.group(2)) * scale), m.group(3)), xml)
    if v.get("tables") == "autofit":
        # as Word leaves a table sized to its contents: automatic layout and width, no cell widths
        xml = xml.replace('<w:tblLayout w:type="fixed" />', '<w:tblLayout w:type="autofit" />')
        xml = re.sub(r'<w:tblW w:type="dxa" w:w="\d+" />', '<w:tblW w:type="auto" w:w="0" />', xml)
        xml = re.sub(r'<w:tcW w:type="dxa" w:w="\d+" />', "", xml)
    return xml


def scale_sizes(styles, body_points):
    """Every style's type size in proportion to the body size (the reference document's body is 16 pt)."""
    factor = body_points / int(PAGE["size"])
    return re.sub(rb'(<w:szC?s? w:val=")(\d+)(")',
                  lambda m: b"%s%d%s" % (m.group(1), round(int(m.group(2)) * factor), m.group(3)), styles)


def body_weight(styles, bold):
    """weight=bold: every run bold unless its style says otherwise (the document default)."""
    if not bold:
        return styles
    return re.sub(rb"(<w:rPrDefault>\s*<w:rPr>)", rb"\1<w:b /><w:bCs />", styles, count=1)


def pandoc_docx(html_text, v, work, out):
    size = int(v.get("size", PAGE["size"]))
    bold = v.get("weight") == "bold"
    ref = work / ("ref-%s-%d%s.docx" % (v["font"], size, "-bold" if bold else ""))
    if not ref.exists():
        default = work / "pandoc-default.docx"
        if not default.exists():
            run(["pandoc", "-o", str(default), "--print-default-data-file", "reference.docx"])
        samplegen.refdoc(str(default), str(ref))
        samplegen.rewrite_zip(str(ref), str(ref) + ".tmp", lambda n, d: body_weight(scale_sizes(d.replace(
            samplegen.FONT.encode(), v["font"].encode()), size), bold) if n == "word/styles.xml" else d)
        os.replace(str(ref) + ".tmp", ref)
    src = work / "in.html"
    src.write_text(html_text, encoding="utf-8")
    raw = work / "raw.docx"
    run(["pandoc", "-f", "html", "-t", "docx", "--reference-doc", str(ref), "-o", str(raw), str(src)])
    fixed = work / "fixed.docx"
    samplegen.fixdocx(str(raw), str(fixed))
    samplegen.rewrite_zip(str(fixed), str(out), lambda n, d: adjust_document(d.decode("utf-8"), v).encode("utf-8")
                          if n == "word/document.xml" else d)


def golden_docx(seed, v, out):
    """The seed's golden DOCX (src/test/resources/golden/seedNNN/report.docx, as Word-like tools write it: cell
    borders on every cell, percent widths) restyled: font, borders, narrow columns, landscape."""
    src = Path(__file__).resolve().parent.parent / "src/test/resources/golden" / ("seed" + seed) / "report.docx"

    def edit(name, data):
        if name in ("word/styles.xml", "word/fontTable.xml"):
            return re.sub(rb"Garuda|Laksaman", v["font"].encode(), data)
        if name != "word/document.xml":
            return data
        xml = data.decode("utf-8")
        # every cell's own borders go; the table's borders then say what is drawn
        xml = re.sub(r"<w:tcBorders>.*?</w:tcBorders>", "", xml)
        xml = re.sub(r"<w:tblBorders>.*?</w:tblBorders>", "", xml)
        xml = xml.replace("<w:tblPr>", "<w:tblPr>" + borders_xml(v["borders"]))
        if v["borders"] == "headbox":
            xml = box_header_rows(xml)
        if v["columns"] == "narrow":
            xml = re.sub(r'(<w:(?:gridCol|tcW) w:w=")(\d+)(")',
                         lambda m: "%s%d%s" % (m.group(1), int(int(m.group(2)) * GOLDEN_NARROW), m.group(3)), xml)
            xml = xml.replace('<w:tblW w:w="5000" w:type="pct"/>', '<w:tblW w:w="0" w:type="auto"/>')
        if v["orientation"] == "landscape":
            xml = re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*/>',
                         lambda m: '<w:pgSz w:w="%s" w:h="%s" w:orient="landscape"/>' % (m.group(2), m.group(1)), xml)
        return xml.encode("utf-8")
    samplegen.rewrite_zip(str(src), str(out), edit)


def pin_zip_dates(path):
    def edit(name, data):
        if name in ("docProps/core.xml", "meta.xml"):
            return re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", samplegen.FIXED_ISO_DATE.encode(), data)
        return data
    tmp = str(path) + ".tmp"
    samplegen.rewrite_zip(str(path), tmp, edit)
    os.replace(tmp, path)


def soffice(src, target, work, html_import=False):
    """LibreOffice conversion; returns the output file. target is a --convert-to value."""
    outdir = work / "lo-out"
    outdir.mkdir(exist_ok=True)
    for f in outdir.iterdir():
        f.unlink()
    cmd = ["soffice", "--headless", "--norestore"]
    if html_import:
        cmd += ["--infilter=HTML (StarWriter)"]
    run(cmd + ["--convert-to", target, "--outdir", str(outdir), str(src)])
    produced = list(outdir.iterdir())
    if len(produced) != 1:
        raise RuntimeError("LibreOffice made %s from %s" % (produced, src))
    return produced[0]


# ---------------------------------------------------------------- renderers

def render_text(text, v, work, out, seed):
    if v["producer"] == "lo-golden":
        docx = work / "golden.docx"
        golden_docx(seed, v, docx)
        os.replace(soffice(docx, "pdf:writer_pdf_Export", work), out)
        samplegen.fixpdf(str(out))
        return
    html_text = first_column(seed_html(text, v["cells"]), v)
    web = work / "page.html"
    web.write_text(styled_html(html_text, v), encoding="utf-8")
    fmt, producer = v["format"], v["producer"]
    if producer in ("lo-docx", "pandoc", "lo-roundtrip"):
        docx = work / "page.docx"
        pandoc_docx(html_text, v, work, docx)
        if fmt == "docx" and producer == "pandoc":
            os.replace(docx, out)
            return
        if producer == "lo-roundtrip":
            if fmt == "docx":
                os.replace(soffice(docx, "docx:MS Word 2007 XML", work), out)
                pin_zip_dates(out)
                return
            written = work / "written.docx"
            os.replace(soffice(docx, "docx:MS Word 2007 XML", work), written)
            docx = written
        os.replace(soffice(docx, "pdf:writer_pdf_Export", work), out)
        samplegen.fixpdf(str(out))
        return
    if producer == "lo-html":
        target = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML", "odt": "odt:writer8",
                  "doc": "doc:MS Word 97"}[fmt]
        os.replace(soffice(web, target, work, html_import=True), out)
        if fmt == "pdf":
            samplegen.fixpdf(str(out))
        elif fmt in ("docx", "odt"):
            pin_zip_dates(out)
        return
    if producer == "lo-html-docx":
        docx = work / "written.docx"
        os.replace(soffice(web, "docx:MS Word 2007 XML", work, html_import=True), docx)
        os.replace(soffice(docx, "pdf:writer_pdf_Export", work), out)
        samplegen.fixpdf(str(out))
        return
    if producer == "chromium":
        chromium_pdf(web, work, out)
        return
    if producer == "pandoc-chromium":
        docx = work / "page.docx"
        pandoc_docx(html_text, v, work, docx)
        chromium_pdf(pandoc_html(docx, v, work), work, out)
        return
    raise ValueError("unknown producer " + producer)


def chromium_pdf(page, work, out):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=%s" % (work / "chromium"), "--print-to-pdf=%s" % out, page.as_uri()])
    samplegen.fixpdf(str(out))


def pandoc_html(docx, v, work):
    """The DOCX as pandoc writes it to a standalone page with its own stylesheet (a narrow centred column, rules
    only around the header row); the variant adds its page, type size and, unless borders="pandoc", its borders."""
    size = int(v.get("size", PAGE["size"]))
    paper = css_page_size(v)
    weight = "; font-weight: bold" if v.get("weight") == "bold" else ""
    extra = ("@page { size: %s; margin: %s }\n@media print { body { font-size: %dpt%s } }\n"
             % (paper, css_margins(v), size, weight))
    if v["borders"] == "none":
        extra += "thead, tbody { border: none }\n"
    extra += BORDER_CSS[v["borders"]]
    header = work / "pandoc-header.html"
    header.write_text("<style>\n%s\n</style>\n" % extra, encoding="utf-8")
    page = work / "pandoc.html"
    run(["pandoc", "-f", "docx", "-t", "html5", "--standalone", "--metadata", "pagetitle=report", "-V",
         "mainfont=%s" % v["font"], "-V", "fontsize=%dpt" % size, "-H", str(header), "-o", str(page), str(docx)])
    return page


def render_scan(pdf, v, work, out, seed_number):
    pages = work / "scan"
    if pages.exists():
        for f in pages.iterdir():
            f.unlink()
    pages.mkdir(exist_ok=True)
    dpi = int(v["dpi"])
    colour = v["colour"] == "colour"
    run(["pdftoppm"] + ([] if colour else ["-gray"]) + ["-r", str(dpi), str(pdf), str(pages / "page")])
    done = []
    for n, pgm in enumerate(sorted(pages.glob("page-*.p?m")), start=1):
        size = subprocess.run(["identify", "-format", "%wx%h", str(pgm)], check=True,
                              capture_output=True, text=True).stdout
        # each page turned by the variant's skew, give or take a little, as a feeder does
        angle = float(v["skew"]) + (0.3 * ((n * 7 + seed_number) % 3 - 1) if float(v["skew"]) else 0)
        cmd = ["convert", str(pgm), "-seed", str(n * 31 + seed_number), "-background", "white",
               "-rotate", "%.2f" % angle, "-gravity", "center", "-extent", size, "+repage"]
        if v["noise"] in ("jpeg", "specks"):
            cmd += ["-blur", "0x0.7", "-attenuate", "0.5", "+noise", "Gaussian", "-level", "6%,88%",
                    "-attenuate", "0.01", "+noise", "Impulse"]
        page = pages / ("scan-%03d" % n)
        if v["colour"] == "bilevel":
            run(cmd + ["-colorspace", "Gray", "-threshold", "55%", "-type", "Bilevel", "-compress", "Group4",
                       "-density", str(dpi), "-units", "PixelsPerInch", "-strip", str(page) + ".tif"])
            done.append(Path(str(page) + ".tif"))
        elif colour:
            # a colour scan of slightly yellowed paper: the page multiplied by a cream tint
            quality = "35" if v["noise"] == "jpeg" else "85"
            run(cmd + ["(", "+clone", "-fill", "#f6efd8", "-colorize", "100", ")", "-compose", "multiply",
                       "-composite", "-depth", "8", "-strip", "-quality", quality,
                       "-density", str(dpi), "-units", "PixelsPerInch", str(page) + ".jpg"])
            done.append(Path(str(page) + ".jpg"))
        else:
            quality = "35" if v["noise"] == "jpeg" else "85"
            run(cmd + ["-colorspace", "Gray", "-depth", "8", "-strip", "-quality", quality,
                       "-density", str(dpi), "-units", "PixelsPerInch", str(page) + ".jpg"])
            done.append(Path(str(page) + ".jpg"))
    if v["format"] == "pdf":
        if v["colour"] == "bilevel":
            run(["img2pdf", "--creationdate", "2023-02-09T09:00:00", "--moddate", "2023-02-09T09:00:00",
                 "--nodate", "-o", str(out)] + [str(p) for p in done])
        else:
            samplegen.jpeg2pdf(str(out), dpi, [str(p) for p in done])
        return
    compress = ["-compress", "Group4"] if v["colour"] == "bilevel" else ["-compress", "JPEG", "-quality", "60"]
    run(["convert"] + [str(p) for p in done] + compress + ["-density", str(dpi), "-units", "PixelsPerInch",
                                                           "-define", "tiff:timestamp=false", str(out)])


# ---------------------------------------------------------------- main

def heldout(v, matrix):
    return matrix != "tuned" or v.get("font") == HELDOUT_FONT or v.get("producer") == HELDOUT_PRODUCER


def main(argv):
    seeds_dir, out_dir = Path(argv[1]), Path(argv[2])
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    matrix = argv[argv.index("--matrix") + 1] if "--matrix" in argv else "tuned"
    text_matrix, scan_matrix = MATRICES[matrix]
    out_dir.mkdir(parents=True, exist_ok=True)
    rows, jobs = [], []
    for seed in SEEDS:
        for v in text_matrix:
            vid = variant_id(seed, v)
            rows.append(dict(v, id=vid, seed=seed, heldout="yes" if heldout(v, matrix) else "no",
                             file=vid + "." + v["format"]))
            jobs.append((seed, v, None))
        for source, dpi, colour, skew, noise, fmt in scan_matrix:
            src = text_matrix[source]
            v = dict(src, layer="scan", format=fmt, source=short_id(src), dpi=str(dpi), colour=colour,
                     skew="%.1f" % skew, noise=noise)
            vid = variant_id(seed, v)
            rows.append(dict(v, id=vid, seed=seed, heldout="yes" if heldout(src, matrix) else "no",
                             file=vid + "." + fmt))
            jobs.append((seed, v, src))
    # the manifest first, so a benchmark can run on what is already made
    with open(out_dir / "manifest.tsv", "w", encoding="utf-8") as f:
        f.write("\t".join(FIELDS) + "\n")
        for row in rows:
            f.write("\t".join(str(row.get(k, "")) for k in FIELDS) + "\n")
    texts = {seed: (seeds_dir / (name + ".txt")).read_text(encoding="utf-8") for seed, name in SEEDS.items()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)

        def ensure(seed, v):
            out = out_dir / (variant_id(seed, v) + "." + v["format"])
            if not out.exists():
                render_text(texts[seed], v, work, out, seed)
                print("made", out.name, flush=True)
            return out
        for seed, v, src in jobs:
            vid = variant_id(seed, v)
            if only and only not in vid:
                continue
            if src is None:
                ensure(seed, v)
                continue
            out = out_dir / (vid + "." + v["format"])
            if not out.exists():
                render_scan(ensure(seed, src), v, work, out, int(seed))
                print("made", out.name, flush=True)
    print("%d variants in %s" % (len(rows), out_dir / "manifest.tsv"))


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Renders the two seed reports into a matrix of DOCX/ODT/DOC, text-layer PDF and scanned forms (called by
scripts/make-variants.sh, which checks the tools; python3 stdlib plus the tools on PATH).

  variantgen.py SEEDS_DIR OUT_DIR [--only ID_SUBSTRING]

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
FIELDS = ["id", "seed", "layer", "source", "format", "producer", "font", "borders", "columns", "orientation", "cells",
          "dpi", "colour", "skew", "noise", "heldout", "file"]

# Kept out of tuning: everything set in this font and everything printed by this producer. Benchmarks report
# them apart; nobody reads their failures to adjust a heuristic.
HELDOUT_FONT = "Norasi"
HELDOUT_PRODUCER = "chromium"


def text_variant(producer, font="Laksaman", borders="full", columns="normal", orientation="portrait",
                 cells="paras", fmt="pdf"):
    return dict(layer="text", format=fmt, producer=producer, font=font, borders=borders, columns=columns,
                orientation=orientation, cells=cells, dpi="", colour="", skew="", noise="")


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


def variant_id(seed, v):
    if v["layer"] == "scan":
        return "%s-scan-%s-%sdpi-%s-skew%+.1f-%s-%s" % (seed, v["source"], v["dpi"], v["colour"], float(v["skew"]),
                                                     v["noise"], v["format"])
    return "%s-%s-%s-%s-%s-%s-%s-%s" % (seed, v["format"], v["producer"], v["font"].lower(), v["borders"],
                                        v["columns"], v["orientation"][:4], v["cells"])


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


def styled_html(html_text, v):
    """CSS for the browser and LibreOffice's HTML import: page, font, borders, column widths."""
    border = {"full": "td, th { border: 1px solid black }",
              "horizontal": "td, th { border-top: 1px solid black; border-bottom: 1px solid black }",
              "none": "td, th { border: none }"}[v["borders"]]
    width = "%d%%" % (100 * (NARROW if v["columns"] == "narrow" else 1))
    size = "A4 landscape" if v["orientation"] == "landscape" else "A4 portrait"
    css = ("@page { size: %s; margin: 20mm 15mm 20mm 25mm }\n"
           "body { font-family: '%s'; font-size: 16pt }\n"
           "h1, h2, h3, h4 { font-family: '%s' }\n"
           "table { border-collapse: collapse; width: %s; table-layout: fixed }\n"
           "td, th { font-size: 14pt; vertical-align: top; padding: 1pt 3pt }\n"
           "td p, th p, li { margin: 0 }\n%s\n" % (size, v["font"], v["font"], width, border))
    html_text = html_text.replace("<title></title>", "<title></title><style>\n%s</style>" % css)
    return re.sub(r'<div data-custom-style="[^"]*">(.*?)</div>', r"\1", html_text, flags=re.S)


# ---------------------------------------------------------------- DOCX forms

NIL = '<w:%s w:val="nil" />'


def borders_xml(borders):
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    ruled = {"full": sides, "horizontal": ("top", "bottom", "insideH"), "none": ()}[borders]
    return "<w:tblBorders>" + "".join(
        ('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000" />' % s) if s in ruled else NIL % s
        for s in sides) + "</w:tblBorders>"


def adjust_document(xml, v):
    """Borders, orientation and column widths of samplegen's fixed DOCX."""
    xml = xml.replace(samplegen.BORDERS, borders_xml(v["borders"]))
    scale = NARROW if v["columns"] == "narrow" else 1.0
    if v["orientation"] == "landscape":
        xml = xml.replace(samplegen.sect_pr(False), samplegen.sect_pr(True))
        scale *= samplegen.text_width(True) / samplegen.text_width(False)
    if scale != 1.0:
        xml = re.sub(r'(<w:(?:gridCol|tblW|tcW)(?: w:type="dxa")? w:w=")(\d+)(")',
                     lambda m: "%s%d%s" % (m.group(1), round(int(m.group(2)) * scale), m.group(3)), xml)
    return xml


def pandoc_docx(html_text, v, work, out):
    ref = work / ("ref-%s.docx" % v["font"])
    if not ref.exists():
        default = work / "pandoc-default.docx"
        if not default.exists():
            run(["pandoc", "-o", str(default), "--print-default-data-file", "reference.docx"])
        samplegen.refdoc(str(default), str(ref))
        samplegen.rewrite_zip(str(ref), str(ref) + ".tmp", lambda n, d: d.replace(
            samplegen.FONT.encode(), v["font"].encode()) if n == "word/styles.xml" else d)
        os.replace(str(ref) + ".tmp", ref)
    src = work / "in.html"
    src.write_text(html_text, encoding="utf-8")
    raw = work / "raw.docx"
    run(["pandoc", "-f", "html", "-t", "docx", "--reference-doc", str(ref), "-o", str(raw), str(src)])
    fixed = work / "fixed.docx"
    samplegen.fixdocx(str(raw), str(fixed))
    samplegen.rewrite_zip(str(fixed), str(out), lambda n, d: adjust_document(d.decode("utf-8"), v).encode("utf-8")
                          if n == "word/document.xml" else d)


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

def render_text(text, v, work, out):
    html_text = seed_html(text, v["cells"])
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
            os.replace(soffice(docx, "docx:MS Word 2007 XML", work), out)
            pin_zip_dates(out)
            return
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
    if producer == "chromium":
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             "--user-data-dir=%s" % (work / "chromium"), "--print-to-pdf=%s" % out, web.as_uri()])
        samplegen.fixpdf(str(out))
        return
    raise ValueError("unknown producer " + producer)


def render_scan(pdf, v, work, out, seed_number):
    pages = work / "scan"
    if pages.exists():
        for f in pages.iterdir():
            f.unlink()
    pages.mkdir(exist_ok=True)
    dpi = int(v["dpi"])
    run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(pages / "page")])
    done = []
    for n, pgm in enumerate(sorted(pages.glob("page-*.pgm")), start=1):
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

def heldout(v):
    return v.get("font") == HELDOUT_FONT or v.get("producer") == HELDOUT_PRODUCER


def main(argv):
    seeds_dir, out_dir = Path(argv[1]), Path(argv[2])
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    out_dir.mkdir(parents=True, exist_ok=True)
    rows, jobs = [], []
    for seed in SEEDS:
        for v in TEXT_MATRIX:
            vid = variant_id(seed, v)
            rows.append(dict(v, id=vid, seed=seed, heldout="yes" if heldout(v) else "no",
                             file=vid + "." + v["format"]))
            jobs.append((seed, v, None))
        for source, dpi, colour, skew, noise, fmt in SCAN_MATRIX:
            src = TEXT_MATRIX[source]
            v = dict(src, layer="scan", format=fmt, source=short_id(src), dpi=str(dpi), colour=colour,
                     skew="%.1f" % skew, noise=noise)
            vid = variant_id(seed, v)
            rows.append(dict(v, id=vid, seed=seed, heldout="yes" if heldout(src) else "no", file=vid + "." + fmt))
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
                render_text(texts[seed], v, work, out)
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

#!/usr/bin/env python3
"""make-layout-variants.py - renders the golden seed DOCX files into PDFs whose tables carry few or no ruling
lines, so table rebuilding from word positions can be measured against the seeds' expected.json.

Usage: scripts/make-layout-variants.py OUT_DIR [SPEC ...]
  SPEC is  <producer>-<borders>-<width>-<font>[-landscape]  with
    producer  lo    (LibreOffice DOCX -> PDF)  |  chrome  (pandoc DOCX -> HTML -> headless Chromium PDF)
    borders   full | none | hrules (top/bottom of every cell only) | frame (outer box only) | headbox (header
              row boxed, body without lines)
    width     normal | narrow (every column at 55 % of its width, so header words wrap letter by letter)
    font      any installed TLWG family (Garuda, Laksaman, Loma, Norasi, Kinnari, Sawasdee, Umpush, Waree...)
  Without SPECs a default matrix is written. Output: OUT_DIR/<seed>/<spec>.pdf for seed000 and seed003.
Needs: python3, soffice (LibreOffice), pandoc and chromium for the chrome producer, fonts-thai-tlwg.
Deterministic apart from the producers' own timestamps.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = ["seed000", "seed003"]
DEFAULT = [
    "lo-none-normal-Garuda", "lo-hrules-normal-Garuda", "lo-frame-normal-Laksaman", "lo-headbox-normal-Loma",
    "lo-none-narrow-Garuda", "lo-none-normal-Norasi", "lo-none-narrow-Laksaman-landscape",
    "chrome-none-normal-Garuda", "chrome-none-narrow-Loma",
]
SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"]


def borders(tag, keep):
    inner = "".join(
        f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' if s in keep else f'<w:{s} w:val="nil"/>'
        for s in SIDES if tag == "tblBorders" or s in ("top", "left", "bottom", "right"))
    return f"<w:{tag}>{inner}</w:{tag}>"


def restyle(xml, mode, width, landscape):
    # every cell's own borders go; the table's borders then say what is drawn
    keep_table = {"full": SIDES, "none": [], "hrules": ["top", "bottom", "insideH"],
                  "frame": ["top", "left", "bottom", "right"], "headbox": []}[mode]
    xml = re.sub(r"<w:tcBorders>.*?</w:tcBorders>", "", xml)
    xml = re.sub(r"<w:tblBorders>.*?</w:tblBorders>", "", xml)
    xml = xml.replace("<w:tblPr>", "<w:tblPr>" + borders("tblBorders", keep_table))
    if mode == "headbox":
        box = "<w:tcPr>" + borders("tcBorders", SIDES)

        def first_row(m):
            return m.group(0).replace("<w:tcPr>", box)
        xml = re.sub(r"<w:tbl>.*?</w:tr>", first_row, xml, flags=re.S)
    if width == "narrow":
        def scale(m):
            return f'{m.group(1)}"{int(int(m.group(2)) * 0.55)}"'
        xml = re.sub(r'(<w:gridCol w:w=)"(\d+)"', scale, xml)
        xml = re.sub(r'(<w:tcW w:w=)"(\d+)"', scale, xml)
        xml = xml.replace('<w:tblW w:w="5000" w:type="pct"/>', '<w:tblW w:w="0" w:type="auto"/>')
    if landscape:
        xml = re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*/>',
                     lambda m: f'<w:pgSz w:w="{m.group(2)}" w:h="{m.group(1)}" w:orient="landscape"/>', xml)
    return xml


def make_docx(src, dst, mode, width, font, landscape):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = restyle(data.decode("utf-8"), mode, width, landscape).encode("utf-8")
            elif item.filename in ("word/styles.xml", "word/fontTable.xml"):
                data = re.sub(r"Garuda|Laksaman", font, data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def chrome_pdf(docx, pdf, mode, font, work):
    html = os.path.join(work, "page.html")
    css = os.path.join(work, "page.css")
    rule = {"none": "none", "full": "1px solid black", "hrules": "none", "frame": "none", "headbox": "none"}[mode]
    with open(css, "w", encoding="utf-8") as f:
        f.write(f"body{{font-family:'{font}';font-size:14pt}} table{{border-collapse:collapse;width:100%}}"
                f" td,th{{border:{rule};vertical-align:top;padding:2px 4px}}"
                + (" tr{border-top:1px solid black}" if mode == "hrules" else "")
                + (" table{border:1px solid black}" if mode == "frame" else ""))
    subprocess.run(["pandoc", docx, "-s", "--metadata", "title=-", "-c", css, "-o", html], check=True)
    for exe in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(exe):
            subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={pdf}", "file://" + html], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return
    raise SystemExit("chromium not found")


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    out = os.path.abspath(sys.argv[1])
    specs = sys.argv[2:] or DEFAULT
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, HOME=work)
        for seed in SEEDS:
            os.makedirs(os.path.join(out, seed), exist_ok=True)
            for spec in specs:
                parts = spec.split("-")
                producer, mode, width, font = parts[:4]
                landscape = "landscape" in parts[4:]
                docx = os.path.join(work, spec + ".docx")
                make_docx(os.path.join(ROOT, "src/test/resources/golden", seed, "report.docx"), docx,
                          mode, width, font, landscape)
                pdf = os.path.join(out, seed, spec + ".pdf")
                if producer == "lo":
                    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, docx],
                                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    shutil.move(os.path.join(work, spec + ".pdf"), pdf)
                else:
                    chrome_pdf(docx, pdf, mode, font, work)
                print(pdf)


if __name__ == "__main__":
    main()

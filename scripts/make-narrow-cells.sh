#!/usr/bin/env bash
# Makes the narrow-column table fixture for the wrapped-line tests: a small indicators table whose narrow columns
# wrap words, numbers and Latin codes mid-word, and a cell with spaces that fall at line ends, written as HTML and
# exported to PDF by LibreOffice Writer in the TLWG font Laksaman. The cell texts are in narrow-cells.tsv so the
# test compares what it reads with what was written. Needs: libreoffice-writer-nogui, fonts-thai-tlwg (Debian).
#   scripts/make-narrow-cells.sh        # writes src/test/resources/layout/narrow-cells.{pdf,tsv}
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/layout
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cat > "$out/narrow-cells.tsv" <<'TSV'
แบบ	ตัวชี้วัด	ประเด็นที่ต้องปรับปรุง	ระยะเวลา
EIT	ตัวชี้วัดที่ 8 การปรับปรุงระบบ การทำงาน	ลดขั้นตอนการให้บริการ ผ่านระบบ E-Service ของหน่วยงาน	พฤศจิกายน ๒๕๖๓ – สิงหาคม ๒๕๖๔
OIT	ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล	(O๑๗) E-Service (O๑๘) แผนการใช้จ่ายงบประมาณประจำปี	ธันวาคม ๒๕๖๓ – มิถุนายน ๒๕๖๔
TSV
python3 - "$out/narrow-cells.tsv" "$work/narrow-cells.html" <<'PY'
import html, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
widths = [28, 50, 70, 40]  # pixels: narrow enough that every column wraps its words
cells = lambda row, tag: "".join(
    f'<{tag} width="{w}">{html.escape(c)}</{tag}>' for c, w in zip(row, widths))
body = "".join(f"<tr>{cells(r, 'th' if i == 0 else 'td')}</tr>" for i, r in enumerate(rows))
open(sys.argv[2], "w", encoding="utf-8").write(
    '<html><head><meta charset="utf-8"><style>body, td, th {font-family: Laksaman; font-size: 14pt; '
    'vertical-align: top} table {border-collapse: collapse} td, th {border: 1px solid black}</style></head>'
    f'<body><table width="{sum(widths)}">{body}</table></body></html>')
PY
(cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export narrow-cells.html >/dev/null 2>&1)
cp "$work/narrow-cells.pdf" "$out/"
ls -la "$out"

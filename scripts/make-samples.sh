#!/usr/bin/env bash
# make-samples.sh - builds sample-input/ from the two seed text exports and the real Word PDFs:
#   seeds as given (.txt); .docx with real Word tables (seed -> HTML by samplegen.py -> pandoc ->
#   page setup/borders); .pdf exported from the .docx by LibreOffice (Thai font Laksaman embedded);
#   "-scanned.pdf" image-only PDFs (200 dpi grey, rotated, noisy, JPEG); one scanned PNG page;
#   a bilevel G4 multi-page TIFF; three real memo PDFs under sample-input/real/.
# Needs (Debian 12): apt-get install pandoc libreoffice-writer-nogui fonts-thai-tlwg poppler-utils
#   imagemagick python3 coreutils   (qpdf optional, for the structure check at the end)
# Inputs: SEEDS_DIR (default: the seed .txt files already in sample-input/), REAL_DOCS_DIR (a folder of the
#   original real PDFs; when unset, the copies already in sample-input/real/ are kept).
# Re-run: scripts/make-samples.sh   (idempotent: rebuilds every output; same inputs -> same bytes,
#   LibreOffice PDFs included: their dates, /ID and /DocChecksum are pinned by samplegen.py fixpdf)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SEEDS_DIR="${SEEDS_DIR:-$ROOT/sample-input}"
REAL_DOCS_DIR="${REAL_DOCS_DIR:-}"
OUT="$ROOT/sample-input"
GEN="python3 $ROOT/scripts/samplegen.py"
SEEDS=(000_2065e0d738ff9e85 003_de5ae8d4d3f592eb)
REAL=(nysso-EB1-1.3.pdf nysso-EB2-2.1.pdf nysso-EB2-2.3.pdf)   # one-page memos (บันทึกข้อความ)
DPI=200

for tool in pandoc soffice pdftoppm pdftotext convert python3; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
[[ -n "$(fc-list Laksaman family)" ]] || { echo "font Laksaman missing (apt-get install fonts-thai-tlwg)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" SOURCE_DATE_EPOCH=1675933200   # LibreOffice profile out of the way
mkdir -p "$HOME" "$OUT/real"

# Thai reference.docx: Laksaman 16 pt body, 14 pt table text, black headings, bordered tables.
pandoc -o "$WORK/pandoc-ref.docx" --print-default-data-file reference.docx
$GEN refdoc "$WORK/pandoc-ref.docx" "$WORK/reference.docx"

declare -A LANDSCAPE_FROM=(
  # seed 000: the memo stays portrait; the report with the 6-column measure table is landscape
  [000_2065e0d738ff9e85]='รายงานผลการดำเนินการตามมาตรการส่งเสริม'
  [003_de5ae8d4d3f592eb]=''
)

for s in "${SEEDS[@]}"; do
  if [[ "$SEEDS_DIR" != "$OUT" ]]; then
    cp "$SEEDS_DIR/$s.txt" "$OUT/$s.txt"
  fi
  chmod 644 "$OUT/$s.txt"

  # 1. seed -> HTML (tab/pipe rows -> <table>, cell fragments -> one paragraph per line)
  if [[ -n "${LANDSCAPE_FROM[$s]}" ]]; then
    $GEN html "$SEEDS_DIR/$s.txt" "$WORK/$s.html" --landscape-from "${LANDSCAPE_FROM[$s]}"
  else
    $GEN html "$SEEDS_DIR/$s.txt" "$WORK/$s.html"
  fi
  # 2. HTML -> DOCX, then page setup, table borders/widths, fixed dates
  pandoc -f html -t docx --reference-doc "$WORK/reference.docx" -o "$WORK/$s.raw.docx" "$WORK/$s.html"
  $GEN fixdocx "$WORK/$s.raw.docx" "$OUT/$s.docx"

  # 3. DOCX -> PDF with LibreOffice (embeds the Thai font subset, like Word's "Save as PDF")
  soffice --headless --norestore --convert-to pdf --outdir "$WORK" "$OUT/$s.docx" >/dev/null
  cp "$WORK/$s.pdf" "$OUT/$s.pdf"
  $GEN fixpdf "$OUT/$s.pdf"

  # 4. "scanned": grey 200 dpi, each page turned a little, soft, noise (mostly on the ink edges:
  #    the levels clip it off the paper, which keeps the JPEGs small), a few specks, grey paper,
  #    JPEG q35, wrapped one image per page into a PDF without any text layer
  rm -f "$WORK"/page-*
  pdftoppm -gray -r "$DPI" "$OUT/$s.pdf" "$WORK/page"
  n=0
  jpegs=()
  for pgm in "$WORK"/page-*.pgm; do
    n=$((n + 1))
    p=$(printf '%02d' "$n")
    angle=$(awk -v n="$n" 'BEGIN { a[0]=0.7; a[1]=-1.1; a[2]=0.9; a[3]=-0.6; a[4]=1.3; print a[n % 5] }')
    size=$(identify -format '%wx%h' "$pgm")
    convert "$pgm" -seed "$n" \
      -background white -rotate "$angle" -gravity center -extent "$size" \
      -blur 0x0.8 -attenuate 0.6 +noise Gaussian -level 6%,88% +level 3%,95% \
      -attenuate 0.01 +noise Impulse -colorspace Gray -depth 8 "$WORK/scan-$p.pgm"
    convert "$WORK/scan-$p.pgm" -strip -quality 35 "$WORK/scan-$p.jpg"
    jpegs+=("$WORK/scan-$p.jpg")
  done
  $GEN jpeg2pdf "$OUT/$s-scanned.pdf" "$DPI" "${jpegs[@]}"

  if [[ "$s" == 003_* ]]; then
    convert "$WORK/scan-01.pgm" -strip -define png:compression-level=9 \
      -define png:exclude-chunks=date,time "$OUT/$s-scanned-p1.png"
  fi
  if [[ "$s" == 000_* ]]; then
    # a fax-like bilevel scan: CCITT G4 keeps a multi-page TIFF small
    convert "$WORK"/scan-*.pgm -strip -threshold 55% -type Bilevel -compress Group4 \
      -density "$DPI" -units PixelsPerInch -define tiff:timestamp=false "$OUT/$s-scanned.tiff" 2>/dev/null \
      || convert "$WORK"/scan-*.pgm -strip -threshold 55% -type Bilevel -compress Group4 \
           -density "$DPI" -units PixelsPerInch "$OUT/$s-scanned.tiff"
  fi
done

if [[ -n "$REAL_DOCS_DIR" ]]; then
  for f in "${REAL[@]}"; do
    cp "$REAL_DOCS_DIR/$f" "$OUT/real/$f"
    chmod 644 "$OUT/real/$f"
  done
fi

if command -v qpdf >/dev/null; then
  for f in "$OUT"/*.pdf; do qpdf --check "$f" >/dev/null || { echo "qpdf check failed: $f" >&2; exit 1; }; done
fi
du -ab "$OUT" | sort -k2
